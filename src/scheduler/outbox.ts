import type { Reply } from '../messages';
import type { Delivery, Store } from '../store/types';
import type { ProactiveSender, SendOutcome } from './sender';

/**
 * One proactive message: its delivery key makes it go out once across every instance.
 * `atLeastOnce`: if its sender dies mid-send, it is re-sent once, marked as re-posted (see README,
 * "Delivery guarantees"); otherwise it is at most once and the next cadence covers it.
 */
export interface OutgoingMessage {
  key: string;
  kind: string;
  conversationId: string;
  reply: Reply;
  atLeastOnce?: boolean;
}

/** A card update: the latest state of message `activityId`, recorded under one key per card. */
export interface OutgoingUpdate extends OutgoingMessage {
  activityId: string;
}

/** `released`: not sent because the instance is stopping; left for the next run or instance. */
export type DeliveryResult = SendOutcome['status'] | 'duplicate' | 'released' | 'given-up' | 'unknown';

/** How long a claimed delivery may stay pending before it counts as abandoned by a dead instance. */
export const STALE_CLAIM_MS = 10 * 60_000;

export const REPOSTED_NOTE = 'Re-posted after a restart: this may repeat an earlier message.';

/** The same message, saying it may be a repeat: its first sending's outcome was lost in a crash. */
export function markReposted(reply: Reply): Reply {
  const card = reply.card && {
    ...reply.card,
    body: [{ type: 'TextBlock', text: REPOSTED_NOTE, isSubtle: true, wrap: true }, ...((reply.card.body as unknown[]) ?? [])],
  };
  return { text: `${REPOSTED_NOTE}\n\n${reply.text}`, ...(card ? { card } : {}) };
}

async function sendAndRecord(
  store: Store,
  sender: ProactiveSender,
  d: Pick<Delivery, 'key' | 'conversationId' | 'op' | 'activityId' | 'attempts'>,
  reply: Reply,
  now: Date,
): Promise<DeliveryResult> {
  const outcome = d.op === 'update' && d.activityId ? await sender.update(d.conversationId, d.activityId, reply) : await sender.send(d.conversationId, reply);
  const at = now.toISOString();
  if (outcome.status === 'sent') {
    await store.deliveries.markSent(d.key, at, d.op === 'update' ? undefined : outcome.activityId);
    return 'sent';
  }
  if (outcome.status === 'gone') {
    await store.deliveries.markFailed(d.key, at, outcome.error, 'gone');
    return 'gone';
  }
  if (outcome.released) {
    await store.deliveries.markFailed(d.key, at, outcome.error, 'failed', { countRun: false });
    return 'released';
  }
  const givenUp = d.attempts + 1 >= sender.maxRuns;
  await store.deliveries.markFailed(d.key, at, outcome.error, givenUp ? 'given-up' : 'failed', {
    notBefore: outcome.deferMs === undefined ? undefined : new Date(now.getTime() + outcome.deferMs).toISOString(),
  });
  return givenUp ? 'given-up' : 'failed';
}

function claimOf(msg: OutgoingMessage, sender: ProactiveSender, now: Date) {
  return {
    key: msg.key,
    kind: msg.kind,
    conversationId: msg.conversationId,
    payload: msg.reply as unknown as Record<string, unknown>,
    atLeastOnce: msg.atLeastOnce ?? false,
    claimedBy: sender.instanceId,
    claimedAt: now.toISOString(),
  };
}

/** Claims the message's key, then sends it. A key claimed before (here or elsewhere) is not sent again. */
export async function deliver(store: Store, sender: ProactiveSender, msg: OutgoingMessage, now: Date): Promise<DeliveryResult> {
  // A stopping instance claims nothing more: the job's next run (here or elsewhere) makes the message again.
  if (sender.isStopping) return 'released';
  if (!(await store.deliveries.claim(claimOf(msg, sender, now)))) return 'duplicate';
  return sendAndRecord(store, sender, { key: msg.key, conversationId: msg.conversationId, op: 'send', attempts: 0 }, msg.reply, now);
}

/** Records a card update in the outbox, then makes it; a failed one is retried by `retryFailed` with the latest state. */
export async function deliverUpdate(store: Store, sender: ProactiveSender, msg: OutgoingUpdate, now: Date): Promise<DeliveryResult> {
  await store.deliveries.claimUpdate({ ...claimOf(msg, sender, now), op: 'update', activityId: msg.activityId, atLeastOnce: true });
  if (sender.isStopping) {
    await store.deliveries.markFailed(msg.key, now.toISOString(), 'the instance is stopping', 'failed', { countRun: false });
    return 'released';
  }
  return sendAndRecord(
    store,
    sender,
    { key: msg.key, conversationId: msg.conversationId, op: 'update', activityId: msg.activityId, attempts: 0 },
    msg.reply,
    now,
  );
}

/** Called after `retryFailed` gets a delivery of its kind through, e.g. to correct a card that said it failed. */
export type DeliveredFollowUp = (delivery: Delivery, store: Store, sender: ProactiveSender, now: Date) => Promise<void>;

/**
 * Sends again what failed on an earlier run, and settles deliveries left pending by an instance
 * that died mid-send: at-most-once ones are marked `unknown` (not re-sent); at-least-once ones are
 * re-sent once, marked as re-posted; a second crash leaves them `unknown`.
 */
export async function retryFailed(
  store: Store,
  sender: ProactiveSender,
  now: Date,
  options: { followUps?: Record<string, DeliveredFollowUp>; limit?: number } = {},
): Promise<Record<DeliveryResult, number>> {
  const counts: Record<DeliveryResult, number> = { sent: 0, failed: 0, gone: 0, duplicate: 0, released: 0, 'given-up': 0, unknown: 0 };
  const at = now.toISOString();
  const staleBefore = new Date(now.getTime() - STALE_CLAIM_MS).toISOString();
  for (const d of await store.deliveries.listRetryable(staleBefore, at, options.limit ?? 500)) {
    if (sender.isStopping) break;
    const crashed = d.status === 'pending';
    const repost = crashed && d.atLeastOnce && !d.reposted && d.op === 'send';
    if (crashed && !repost && !(d.op === 'update' && d.atLeastOnce)) {
      if (await store.deliveries.markUnknown(d.key, staleBefore, at)) counts.unknown++;
      continue;
    }
    if (!(await store.deliveries.claimRetry(d.key, sender.instanceId, at, staleBefore, { repost, now: at }))) {
      counts.duplicate++;
      continue;
    }
    const payload = d.payload as unknown as Reply;
    const result = await sendAndRecord(store, sender, d, repost || d.reposted ? markReposted(payload) : payload, now);
    counts[result]++;
    if (result === 'sent') await options.followUps?.[d.kind]?.(d, store, sender, now);
  }
  return counts;
}

/** Conversations sent to at once by `deliverMany`; the sender's limiter does the pacing. */
const CONVERSATIONS_AT_ONCE = 50;

/**
 * Delivers many messages: one queue per conversation, each in order, several conversations at once,
 * so a conversation waiting out its limits (or a Retry-After) never holds up the others.
 */
export async function deliverMany(
  store: Store,
  sender: ProactiveSender,
  messages: OutgoingMessage[],
  now: Date,
  onResult: (msg: OutgoingMessage, result: DeliveryResult) => void,
): Promise<void> {
  const queues = new Map<string, OutgoingMessage[]>();
  for (const msg of messages) {
    const queue = queues.get(msg.conversationId);
    if (queue) queue.push(msg);
    else queues.set(msg.conversationId, [msg]);
  }
  const waiting = [...queues.values()];
  const worker = async () => {
    for (let queue = waiting.shift(); queue; queue = waiting.shift()) {
      for (const msg of queue) onResult(msg, await deliver(store, sender, msg, now));
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONVERSATIONS_AT_ONCE, waiting.length) }, worker));
}
