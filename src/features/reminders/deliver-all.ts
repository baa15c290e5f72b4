import { deliverMany, type OutgoingMessage } from '../../scheduler/outbox';
import type { JobReport } from '../../scheduler/scheduler';
import type { ProactiveSender } from '../../scheduler/sender';
import type { Store } from '../../store/types';

export function tally(report: JobReport, key: string, n = 1): void {
  report[key] = (report[key] ?? 0) + n;
}

/** Delivers each message once (by its key) and counts the outcomes as `<kind>.<result>`. */
export async function deliverAll(store: Store, sender: ProactiveSender, messages: OutgoingMessage[], now: Date, report: JobReport = {}): Promise<JobReport> {
  await deliverMany(store, sender, messages, now, (msg, result) => tally(report, `${msg.kind}.${result}`));
  return report;
}
