import type { Delivery, Store } from '../../store/types';

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
    reason: givenUp
      ? `gave up after ${d.attempts} runs (${d.lastError ?? 'failed'})`
      : 'outcome unknown after a restart; not re-sent (the next reminder covers it)',
    runs: d.attempts,
    at: d.claimedAt,
  };
}

export async function undelivered(store: Store, limit = UNDELIVERED_SHOWN): Promise<UndeliveredItem[]> {
  return (await store.deliveries.listUndelivered(limit)).map(undeliveredItem);
}
