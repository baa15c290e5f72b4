import type { Config } from '../config';
import { dropInReminderJob } from '../features/dropins/job';
import { inductionNudgeJob } from '../features/induction/job';
import { planReviewJob } from '../features/plans/job';
import { profileStalenessJob } from '../features/profiles/job';
import { siteReviewJob } from '../features/sites/job';
import { supportJob } from '../features/support/job';
import { noticeDelivered } from '../features/support/triage';
import { retryJob, type Job } from './scheduler';

/** Every scheduled job, in the order a catch-up runs them. */
export function allJobs(config: Config): Job[] {
  return [
    retryJob(noticeDelivered(config)),
    supportJob(config),
    planReviewJob(config),
    dropInReminderJob(config),
    siteReviewJob(config),
    profileStalenessJob(config),
    inductionNudgeJob(),
  ];
}
