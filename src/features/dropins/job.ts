import type { Config } from '../../config';
import type { OutgoingMessage } from '../../scheduler/outbox';
import type { Job } from '../../scheduler/scheduler';
import type { Store } from '../../store/types';
import { addDays, londonDate, londonInstant, reminderDates } from '../dates';
import { deliveringJob } from '../../scheduler/deliver-all';
import { sessionReply } from './cards';
import { occurrencesBetween, type DropInOccurrence } from './schedule';

export const DROPIN_JOB = 'dropins.reminders';

/** The start of every delivery key for one session's reminders, so its posted cards can be found and updated. */
export const sessionKeyPrefix = (occurrenceId: string) => `dropins:${occurrenceId}:`;
/** Reminders go out at this London time: N days before, and on the morning of the session. */
export const DROPIN_REMINDER_TIME = '08:00';

type Kind = 'before' | 'day';

/** The latest reminder day in the catch-up window that comes before the session starts. */
function reminderFor(session: DropInOccurrence, config: Config, now: Date): { kind: Kind; date: string } | undefined {
  const day = londonDate(session.start);
  const days: Record<string, Kind> = { [addDays(day, -config.reminders.dropInDaysBefore)]: 'before', [day]: 'day' };
  for (const date of reminderDates(now, config.reminders.staleHours, DROPIN_REMINDER_TIME)) {
    if (days[date] && londonInstant(date, DROPIN_REMINDER_TIME) < session.start) return { kind: days[date], date };
  }
  return undefined;
}

/**
 * One card per session reminder per subscribed conversation. A moved session is keyed by its new
 * start, so it is announced again; a cancelled one gets a single notice instead of its reminders.
 */
export async function dropInReminderMessages(store: Store, config: Config, now: Date): Promise<OutgoingMessage[]> {
  const messages: OutgoingMessage[] = [];
  const schedule = await store.dropIns.getSchedule();
  const subscribers = await store.dropIns.listSubscribers();
  if (!schedule || !subscribers.length) return messages;
  const horizon = londonInstant(addDays(londonDate(now), config.reminders.dropInDaysBefore + 1), '00:00');
  const sessions = occurrencesBetween(schedule, await store.dropIns.listExceptions(), now, horizon);
  for (const session of sessions) {
    const due = reminderFor(session, config, now);
    if (!due) continue;
    const headline = session.cancelled
      ? 'Cancelled: LRO drop-in with the Regional Disruption Team'
      : due.kind === 'day'
        ? 'Today: LRO drop-in with the Regional Disruption Team'
        : 'Coming up: LRO drop-in with the Regional Disruption Team';
    const reply = await sessionReply(store, config, schedule, session, { headline, attending: false, now });
    const slot = session.cancelled ? 'cancelled' : `${session.start.toISOString()}:${due.kind}`;
    for (const conversationId of subscribers) {
      messages.push({ key: `${sessionKeyPrefix(session.id)}${slot}:${conversationId}`, kind: 'dropins.reminder', conversationId, reply });
    }
  }
  return messages;
}

/** Daily at 08:00 London: reminders N days before each session and on its morning. */
export function dropInReminderJob(config: Config): Job {
  return deliveringJob(DROPIN_JOB, '0 8 * * *', async (store, now) => ({ messages: await dropInReminderMessages(store, config, now) }));
}
