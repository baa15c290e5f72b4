import type { Config } from '../config';
import { dropInReminderJob } from '../features/dropins/job';
import { planReviewJob } from '../features/plans/job';
import { siteReviewJob } from '../features/sites/job';
import { supportJob } from '../features/support/job';
import { retryJob, type Job } from './scheduler';

/** Every scheduled job, in the order a catch-up runs them. */
export function allJobs(config: Config): Job[] {
  return [retryJob, supportJob(config), planReviewJob(config), dropInReminderJob(config), siteReviewJob(config)];
}
