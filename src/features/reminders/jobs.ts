import type { Config } from '../../config';
import type { Job } from '../../scheduler/scheduler';
import { dropInReminderJob } from '../dropins/job';
import { siteReviewJob } from '../sites/job';
import { profileStalenessJob } from '../profiles/job';
import { planReviewJob } from './job';

/** The reminder jobs, in the order a catch-up runs them. */
export function reminderJobs(config: Config): Job[] {
  return [planReviewJob(config), dropInReminderJob(config), siteReviewJob(config), profileStalenessJob(config)];
}
