import type { Config } from '../../config';
import type { Reply } from '../../messages';
import type { Delivery, Store } from '../../store/types';
import { isCoordinator } from '../coordinators';
import { londonTime } from '../support/views';

/** How many undelivered messages `failed sends` and the dashboard show. */
export const UNDELIVERED_SHOWN = 20;

/** One undelivered message, without its text (which may be a requester's). */
export interface UndeliveredItem {
  kind: string;
  conversationId: string;
  status: 'given-up' | 'unknown';
  reason: string;
  runs: number;
  at: string;
}

export function undeliveredItem(d: Delivery): UndeliveredItem {
  const givenUp = d.status === 'given-up';
  return {
    kind: d.kind,
    conversationId: d.conversationId,
    status: givenUp ? 'given-up' : 'unknown',
    reason: givenUp ? `gave up after ${d.attempts} runs (${d.lastError ?? 'failed'})` : 'outcome unknown after a restart; not re-sent (the next reminder covers it)',
    runs: d.attempts,
    at: d.claimedAt,
  };
}

export async function undelivered(store: Store, limit = UNDELIVERED_SHOWN): Promise<UndeliveredItem[]> {
  return (await store.deliveries.listUndelivered(limit)).map(undeliveredItem);
}

/** `failed sends`, coordinators only: what the bot gave up sending, newest first. */
export async function failedSendsReply(store: Store, config: Pick<Config, 'coordinatorAadIds'>, actorAadObjectId: string | undefined): Promise<Reply> {
  if (!isCoordinator(config, actorAadObjectId)) return { text: 'Only coordinators can see failed sends.' };
  const items = await undelivered(store);
  if (!items.length) return { text: 'No failed sends: every message the bot tried to send got through or is still being retried.' };
  const lines = items.map((i) => `• ${londonTime(i.at)}: ${i.kind} to ${i.conversationId}: ${i.reason}`);
  return { text: [`${items.length} message${items.length === 1 ? '' : 's'} could not be delivered (newest first):`, ...lines].join('\n') };
}
