import type { Config } from '../../config';
import type { OutgoingMessage } from '../../scheduler/outbox';
import type { Job, JobReport } from '../../scheduler/scheduler';
import type { Store } from '../../store/types';
import { coordinatorChannel } from '../coordinators';
import { londonDate } from '../dates';
import { deliveringJob, tally } from '../../scheduler/deliver-all';
import { siteReminderReply } from './cards';
import { latestSiteReminder } from './reviews';

export const SITE_JOB = 'sites.reviews';

/** A card to the coordinators' channel at each milestone before a site's 6-month formal review. */
export async function siteReminderMessages(store: Store, config: Config, now: Date): Promise<{ messages: OutgoingMessage[]; report: JobReport }> {
  const messages: OutgoingMessage[] = [];
  const report: JobReport = {};
  const due = (await store.sites.list()).flatMap((site) => {
    const reminder = latestSiteReminder(site, config.reminders, now);
    return reminder ? [{ site, reminder }] : [];
  });
  if (!due.length) return { messages, report };
  const channel = await coordinatorChannel(store, config);
  if (!channel) {
    tally(report, 'sites.review.no-channel', due.length);
    return { messages, report };
  }
  const today = londonDate(now);
  for (const { site, reminder } of due) {
    messages.push({ key: reminder.key, kind: 'sites.review', conversationId: channel, reply: siteReminderReply(site, today) });
  }
  return { messages, report };
}

/** Daily at 08:30 London. */
export function siteReviewJob(config: Config): Job {
  return deliveringJob(SITE_JOB, '30 8 * * *', (store, now) => siteReminderMessages(store, config, now));
}
