import type { ConnectorCall, Responder } from './connector';

/** Teams' per-bot, per-conversation send limits (rate-limit.md): at most `max` sends in any `ms`. */
export const TEAMS_CONVERSATION_LIMITS = [
  { max: 7, ms: 1_000 },
  { max: 8, ms: 2_000 },
  { max: 60, ms: 30_000 },
];

export interface RateLimitStats {
  /** Sends refused because a conversation went over a limit. */
  overLimit: number;
  /** Sends refused at random, as Teams sometimes does under load. */
  random: number;
}

/**
 * A connector responder that answers 429 like Teams: when a conversation goes over its limits
 * (with Retry-After: 1), and at random for a share of sends (without Retry-After). Refused
 * sends do not count towards the limits. `random` is injectable so runs can be repeated.
 */
export function teamsRateLimits(randomShare = 0.02, random: () => number = Math.random): { responder: Responder; stats: RateLimitStats } {
  const stats: RateLimitStats = { overLimit: 0, random: 0 };
  const accepted = new Map<string, number[]>();
  const longest = Math.max(...TEAMS_CONVERSATION_LIMITS.map((l) => l.ms));
  const responder: Responder = (call: ConnectorCall) => {
    if (call.method !== 'POST' || !call.conversationId) return undefined;
    const times = (accepted.get(call.conversationId) ?? []).filter((t) => t > call.at - longest);
    if (TEAMS_CONVERSATION_LIMITS.some((l) => times.filter((t) => t > call.at - l.ms).length >= l.max)) {
      stats.overLimit++;
      accepted.set(call.conversationId, times);
      return { status: 429, headers: { 'retry-after': '1' }, body: { error: { code: 'TooManyRequests', message: 'over the conversation limit' } } };
    }
    if (random() < randomShare) {
      stats.random++;
      return { status: 429, body: { error: { code: 'TooManyRequests', message: 'throttled' } } };
    }
    accepted.set(call.conversationId, [...times, call.at]);
    return undefined;
  };
  return { responder, stats };
}
