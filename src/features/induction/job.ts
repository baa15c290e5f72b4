import type { OutgoingMessage } from '../../scheduler/outbox';
import type { Job, JobReport } from '../../scheduler/scheduler';
import type { Store } from '../../store/types';
import { deliverAll, tally } from '../reminders/deliver-all';
import { summaryReply } from './cards';
import { COURSE } from './course';

export const INDUCTION_JOB = 'induction.nudges';
export const NUDGE_AFTER_MS = 14 * 24 * 60 * 60_000;

/** One reminder per person, ever: the delivery key has no date in it. */
export const nudgeKey = (tenantId: string, aadObjectId: string) => `induction.nudge:${tenantId}:${aadObjectId}`;

/** A gentle reminder, in their personal chat, to everyone who started a fortnight ago or more and has not finished. */
export async function nudgeMessages(store: Store, now: Date): Promise<{ messages: OutgoingMessage[]; report: JobReport; due: { tenantId: string; aadObjectId: string }[] }> {
  const messages: OutgoingMessage[] = [];
  const report: JobReport = {};
  const due = await store.induction.listToNudge(new Date(now.getTime() - NUDGE_AFTER_MS).toISOString());
  for (const p of due) {
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
  }
  return { messages, report, due };
}

/** Daily at 10:00 London. Each reminder is claimed by its key first, so it goes out once across instances. */
export function inductionNudgeJob(): Job {
  return {
    name: INDUCTION_JOB,
    cron: '0 10 * * *',
    async run(store, sender, now) {
      const { messages, report, due } = await nudgeMessages(store, now);
      const result = await deliverAll(store, sender, messages, now, report);
      // Recorded after the hand-over (sent, failed for a retry, or already claimed), so the list stays short.
      for (const p of due) {
        const msg = messages.find((m) => m.key === nudgeKey(p.tenantId, p.aadObjectId));
        if (!msg) continue;
        const latest = await store.induction.get(p.tenantId, p.aadObjectId);
        if (latest && !latest.nudgedAt) await store.induction.save({ ...latest, nudgedAt: now.toISOString() });
      }
      return result;
    },
  };
}
