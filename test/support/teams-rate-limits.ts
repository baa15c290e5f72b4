import type { ConnectorCall, Responder } from './connector';

/**
 * Teams' published limits (rate-limit.md), kept here apart from the sender's own copy so that a
 * mistake in the sender's cannot hide itself. Per bot per conversation, for sends:
 */
export const TEAMS_CONVERSATION_LIMITS = [
  { max: 7, ms: 1_000 },
  { max: 8, ms: 2_000 },
  { max: 60, ms: 30_000 },
  { max: 1_800, ms: 3_600_000 },
];

/** Per app per tenant, for every request. */
export const TEAMS_GLOBAL_LIMIT = { max: 50, ms: 1_000 };

export const limitName = (l: { max: number; ms: number }, scope: string) => `${scope} ${l.max}/${l.ms / 1000} s`;

export interface RateLimitStats {
  /** 429s by cause: the limit broken (e.g. "conversation 7/1 s", "app 50/1 s"), or "random". */
  byCause: Record<string, number>;
  /** Arrival times of the requests accepted, overall and by conversation. */
  accepted: number[];
  acceptedBy: Map<string, number[]>;
}

/** The most of `times` (ms) that fall within any window of `ms`. */
export function busiestWindow(times: number[], ms: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[i] - sorted[j] >= ms) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

/**
 * A connector responder that answers 429 like Teams: when a request breaks the app's limit or a
 * conversation's (with Retry-After: 1), and at random for a share of sends (without Retry-After).
 * Refused requests do not count towards the limits. `random` is injectable so runs can be repeated.
 */
export function teamsRateLimits(randomShare = 0.02, random: () => number = Math.random): { responder: Responder; stats: RateLimitStats } {
  const stats: RateLimitStats = { byCause: {}, accepted: [], acceptedBy: new Map() };
  const refuse = (cause: string, retryAfter: boolean) => {
    stats.byCause[cause] = (stats.byCause[cause] ?? 0) + 1;
    return { status: 429, headers: retryAfter ? { 'retry-after': '1' } : undefined, body: { error: { code: 'TooManyRequests', message: cause } } };
  };
  const within = (times: number[], at: number, l: { max: number; ms: number }) => {
    let n = 0;
    for (let i = times.length - 1; i >= 0 && times[i] > at - l.ms; i--) n++;
    return n < l.max;
  };
  const responder: Responder = (call: ConnectorCall) => {
    if (!within(stats.accepted, call.at, TEAMS_GLOBAL_LIMIT)) return refuse(limitName(TEAMS_GLOBAL_LIMIT, 'app'), true);
    const isSend = call.method === 'POST' && !!call.conversationId;
    const mine = isSend ? (stats.acceptedBy.get(call.conversationId!) ?? []) : [];
    if (isSend) {
      const broken = TEAMS_CONVERSATION_LIMITS.find((l) => !within(mine, call.at, l));
      if (broken) return refuse(limitName(broken, 'conversation'), true);
      if (random() < randomShare) return refuse('random', false);
    }
    insertSorted(stats.accepted, call.at);
    if (isSend) stats.acceptedBy.set(call.conversationId!, insertSorted(mine, call.at));
    return undefined;
  };
  return { responder, stats };
}

/** Keeps arrival times in order (requests may be answered out of order). */
function insertSorted(times: number[], at: number): number[] {
  let i = times.length;
  while (i > 0 && times[i - 1] > at) i--;
  times.splice(i, 0, at);
  return times;
}
