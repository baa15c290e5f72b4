import { deliverMany, type OutgoingMessage } from './outbox';
import type { Job, JobReport } from './scheduler';
import type { ProactiveSender } from './sender';
import type { Store } from '../store/types';

export function tally(report: JobReport, key: string, n = 1): void {
  report[key] = (report[key] ?? 0) + n;
}

/** Delivers each message once (by its key) and counts the outcomes as `<kind>.<result>`. */
export async function deliverAll(store: Store, sender: ProactiveSender, messages: OutgoingMessage[], now: Date, report: JobReport = {}): Promise<JobReport> {
  await deliverMany(store, sender, messages, now, (msg, result) => tally(report, `${msg.kind}.${result}`));
  return report;
}

/**
 * A job that works out the messages due (counting what it skipped) and then delivers each once;
 * `afterDelivery`, if given, runs once every message has been handed over.
 */
export function deliveringJob(
  name: string,
  cron: string,
  due: (store: Store, now: Date) => Promise<{ messages: OutgoingMessage[]; report?: JobReport; afterDelivery?: () => Promise<void> }>,
): Job {
  return {
    name,
    cron,
    async run(store, sender, now) {
      const { messages, report, afterDelivery } = await due(store, now);
      const result = await deliverAll(store, sender, messages, now, report);
      await afterDelivery?.();
      return result;
    },
  };
}
