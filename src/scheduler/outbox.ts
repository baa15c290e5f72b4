import type { Reply } from '../messages';
import type { Store } from '../store/types';
import type { ProactiveSender, SendOutcome } from './sender';

/** One reminder occurrence: its delivery key makes it go out once across every instance. */
export interface OutgoingMessage {
  key: string;
  kind: string;
  conversationId: string;
  reply: Reply;
}

export type DeliveryResult = SendOutcome['status'] | 'duplicate';

/** How long a claimed delivery may stay pending before another instance may take it over. */
export const STALE_CLAIM_MS = 10 * 60_000;

async function sendAndRecord(store: Store, sender: ProactiveSender, key: string, conversationId: string, reply: Reply, now: Date): Promise<SendOutcome> {
  const outcome = await sender.send(conversationId, reply);
  if (outcome.status === 'sent') await store.deliveries.markSent(key, now.toISOString(), outcome.activityId);
  else await store.deliveries.markFailed(key, now.toISOString(), outcome.error, outcome.status);
  return outcome;
}

/** Claims the message's key, then sends it. A key claimed before (here or elsewhere) is not sent again. */
export async function deliver(store: Store, sender: ProactiveSender, msg: OutgoingMessage, now: Date): Promise<DeliveryResult> {
  const claimed = await store.deliveries.claim({
    key: msg.key,
    kind: msg.kind,
    conversationId: msg.conversationId,
    payload: msg.reply as unknown as Record<string, unknown>,
    claimedBy: sender.instanceId,
    claimedAt: now.toISOString(),
  });
  if (!claimed) return 'duplicate';
  return (await sendAndRecord(store, sender, msg.key, msg.conversationId, msg.reply, now)).status;
}

/** Sends again what failed on an earlier run, or was claimed by an instance that died before sending. */
export async function retryFailed(store: Store, sender: ProactiveSender, now: Date, limit = 500): Promise<Record<DeliveryResult, number>> {
  const counts: Record<DeliveryResult, number> = { sent: 0, failed: 0, gone: 0, duplicate: 0 };
  const staleBefore = new Date(now.getTime() - STALE_CLAIM_MS).toISOString();
  for (const d of await store.deliveries.listRetryable(staleBefore, limit)) {
    if (!(await store.deliveries.claimRetry(d.key, sender.instanceId, now.toISOString(), staleBefore))) {
      counts.duplicate++;
      continue;
    }
    counts[(await sendAndRecord(store, sender, d.key, d.conversationId, d.payload as unknown as Reply, now)).status]++;
  }
  return counts;
}
