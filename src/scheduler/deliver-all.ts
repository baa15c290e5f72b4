import { deliver, type OutgoingMessage } from './outbox';
import type { Job, JobReport } from './scheduler';
import type { ProactiveSender } from './sender';
import type { Store } from '../store/types';

// Several sends in flight, so one conversation backing off after a 429 does not hold up the rest;
// the sender still paces every conversation and the app as a whole.
const IN_FLIGHT = 10;

export function tally(report: JobReport, key: string, n = 1): void {
  report[key] = (report[key] ?? 0) + n;
}

/** Delivers each message once (by its key) and counts the outcomes as `<kind>.<result>`. */
export async function deliverAll(store: Store, sender: ProactiveSender, messages: OutgoingMessage[], now: Date, report: JobReport = {}): Promise<JobReport> {
  let next = 0;
  const worker = async () => {
    while (next < messages.length) {
      const msg = messages[next++];
      tally(report, `${msg.kind}.${await deliver(store, sender, msg, now)}`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, messages.length) }, worker));
  return report;
}

/** A job that works out the messages due (counting what it skipped) and then delivers each once. */
export function deliveringJob(name: string, cron: string, due: (store: Store, now: Date) => Promise<{ messages: OutgoingMessage[]; report?: JobReport }>): Job {
  return {
    name,
    cron,
    async run(store, sender, now) {
      const { messages, report } = await due(store, now);
      return deliverAll(store, sender, messages, now, report);
    },
  };
}
