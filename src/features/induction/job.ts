import type { OutgoingMessage } from '../../scheduler/outbox';
import type { Job, JobReport } from '../../scheduler/scheduler';
import { deliveringJob, tally } from '../../scheduler/deliver-all';
import type { InductionProgress } from '../../store/induction-types';
import type { Store } from '../../store/types';
import { summaryReply } from './cards';
import { COURSE } from './course';

export const INDUCTION_JOB = 'induction.nudges';
export const NUDGE_AFTER_MS = 14 * 24 * 60 * 60_000;

/** One reminder per person, ever: the delivery key has no date in it. */
export const nudgeKey = (tenantId: string, aadObjectId: string) => `induction.nudge:${tenantId}:${aadObjectId}`;

/** A gentle reminder, in their personal chat, to everyone who started a fortnight ago or more and has not finished. */
export async function nudgeMessages(store: Store, now: Date): Promise<{ messages: OutgoingMessage[]; report: JobReport; nudged: InductionProgress[] }> {
  const messages: OutgoingMessage[] = [];
  const report: JobReport = {};
  const nudged: InductionProgress[] = [];
  for (const p of await store.induction.listToNudge(new Date(now.getTime() - NUDGE_AFTER_MS).toISOString())) {
    const chat = await store.conversations.findPersonal(p.tenantId, p.aadObjectId);
    if (!chat) {
      tally(report, 'induction.nudge.no-chat');
      continue;
    }
    const reply = summaryReply({
      title: 'Your LRO induction is waiting',
      intro: `You started the LRO induction a while ago and got as far as module ${p.module + 1} of ${COURSE.length}: ${COURSE[p.module].title}. Carry on whenever suits you; it takes a few minutes a sitting.`,
      footer: 'This is the only reminder I will send. Type "induction stop reminders" if you would rather not have it.',
      resume: true,
    });
    messages.push({ key: nudgeKey(p.tenantId, p.aadObjectId), kind: 'induction.nudge', conversationId: chat.id, reply });
    nudged.push(p);
  }
  return { messages, report, nudged };
}

/** Marks each person reminded, re-reading the record so progress made meanwhile is kept. */
async function markNudged(store: Store, nudged: InductionProgress[], now: Date): Promise<void> {
  for (const p of nudged) {
    const latest = await store.induction.get(p.tenantId, p.aadObjectId);
    if (latest && !latest.nudgedAt) await store.induction.save({ ...latest, nudgedAt: now.toISOString() });
  }
}

/**
 * Daily at 10:00 London. Each reminder is claimed by its key first, so it goes out once across instances;
 * the record is marked after the hand-over (sent, failed for a retry, or already claimed), so the list stays short.
 */
export function inductionNudgeJob(): Job {
  return deliveringJob(INDUCTION_JOB, '0 10 * * *', async (store, now) => {
    const { messages, report, nudged } = await nudgeMessages(store, now);
    return { messages, report, afterDelivery: () => markNudged(store, nudged, now) };
  });
}
