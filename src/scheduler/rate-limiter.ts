import { AsyncLocalStorage } from 'node:async_hooks';

/** At most `max` requests in any `ms` milliseconds. */
export interface Limit {
  max: number;
  ms: number;
}

/** Teams' limits for one bot (rate-limit.md): per conversation, sends and conversation creation. */
export const TEAMS_CONVERSATION_LIMITS: Limit[] = [
  { max: 7, ms: 1_000 },
  { max: 8, ms: 2_000 },
  { max: 60, ms: 30_000 },
  { max: 1_800, ms: 3_600_000 },
];

/** Teams' limit for all requests of one app in one tenant. */
export const TEAMS_GLOBAL_LIMITS: Limit[] = [{ max: 50, ms: 1_000 }];

/** While a request that blocks the next one is still in flight, look again after this long. */
const IN_FLIGHT_POLL_MS = 5;

/**
 * Sliding windows over the requests one key (a conversation, or the app) made. A request holds its
 * place in a window from the moment it leaves until its answer is back plus the window's length: Teams
 * counts it at some moment in between, so whatever the network's latency, Teams never sees more than
 * `max` in any window.
 */
class Windows {
  private slots: { end: number }[] = [];
  /** No request before this instant (a 429's Retry-After). */
  blockedUntil = 0;
  private readonly longest: number;
  private lastLeft = -Infinity;

  /** `spacingMs`: requests leave at least this far apart rather than all at once when a window opens. */
  constructor(
    private readonly limits: Limit[],
    private readonly spacingMs = 0,
  ) {
    this.longest = Math.max(...limits.map((l) => l.ms));
  }

  /** How long to wait before the next request may leave; 0 when it may leave now. */
  waitMs(now: number): number {
    this.slots = this.slots.filter((s) => s.end > now - this.longest);
    let wait = Math.max(0, this.blockedUntil - now, this.lastLeft + this.spacingMs - now);
    for (const { max, ms } of this.limits) {
      const ends = this.slots.filter((s) => s.end > now - ms).map((s) => s.end);
      if (ends.length < max) continue;
      ends.sort((a, b) => a - b);
      const leaving = ends[ends.length - max];
      wait = Math.max(wait, leaving === Infinity ? IN_FLIGHT_POLL_MS : leaving + ms - now);
    }
    return wait;
  }

  /** Requests made within the longest window (for a conversation, the last hour). */
  get recent(): number {
    return this.slots.length;
  }

  take(now: number): { end: number } {
    this.lastLeft = now;
    const slot = { end: Infinity };
    this.slots.push(slot);
    return slot;
  }
}

/** Releases a request's place once its answer is back (or it failed); later calls change nothing. */
export type Release = () => void;

/**
 * The release of the proactive request being made, so the connector client can call it the moment
 * the HTTP answer arrives rather than after the SDK's turn around it has unwound.
 */
export const requestAnswered = new AsyncLocalStorage<Release>();

interface Waiter {
  conversationId: string;
  stopped: () => boolean;
  resolve: (release: Release | undefined) => void;
}

/**
 * Paces requests so that each conversation and the app as a whole stay within their limits. One loop
 * hands out every place, and when several conversations may send, the one that has sent least in the
 * last hour goes first: conversations then progress evenly, and none is left at the end of a storm
 * to finish alone at its own per-conversation pace.
 */
export class RateLimiter {
  private readonly global: Windows;
  private readonly conversations = new Map<string, Windows>();
  private waiting: Waiter[] = [];
  private dispatching = false;
  private wakeUp?: () => void;

  constructor(
    private readonly conversationLimits: Limit[],
    globalLimits: Limit[],
    private readonly sleep: (ms: number) => Promise<void>,
    private readonly clock: () => number = Date.now,
  ) {
    // Spread out rather than in bursts: every request costs the SDK milliseconds of synchronous work,
    // and a burst of 50 at once would hold the event loop (and the bot's turns) that long. Half the
    // even spacing, so the windows, not the spacing, set the pace.
    this.global = new Windows(globalLimits, Math.max(0, ...globalLimits.map((l) => l.ms / l.max / 2)));
  }

  private windows(conversationId: string): Windows {
    let w = this.conversations.get(conversationId);
    if (!w) this.conversations.set(conversationId, (w = new Windows(this.conversationLimits)));
    return w;
  }

  /** When the conversation was told to wait (Retry-After) until a later instant, that instant. */
  blockedUntil(conversationId: string): number | undefined {
    const now = this.clock();
    const until = this.conversations.get(conversationId)?.blockedUntil ?? 0;
    return until > now ? until : undefined;
  }

  block(conversationId: string, until: number): void {
    const w = this.windows(conversationId);
    w.blockedUntil = Math.max(w.blockedUntil, until);
  }

  /** Waits until a request to the conversation may leave, unless `stopped()` says to give up (then undefined). */
  acquire(conversationId: string, stopped: () => boolean): Promise<Release | undefined> {
    return new Promise((resolve) => {
      this.waiting.push({ conversationId, stopped, resolve });
      if (this.dispatching) this.wakeUp?.();
      else void this.dispatch();
    });
  }

  private async dispatch(): Promise<void> {
    this.dispatching = true;
    while (this.waiting.length > 0) {
      const left: Waiter[] = [];
      for (const w of this.waiting) {
        if (w.stopped()) w.resolve(undefined);
        else left.push(w);
      }
      this.waiting = left;
      const now = this.clock();
      let wait = this.global.waitMs(now);
      let next: Waiter | undefined;
      if (wait === 0) {
        wait = Infinity;
        for (const w of this.waiting) {
          const conv = this.windows(w.conversationId);
          const convWait = conv.waitMs(now);
          if (convWait > 0) wait = Math.min(wait, convWait);
          else if (!next || conv.recent < this.windows(next.conversationId).recent) next = w;
        }
      }
      if (next) {
        this.waiting.splice(this.waiting.indexOf(next), 1);
        next.resolve(this.take(next.conversationId, now));
      } else if (this.waiting.length > 0) {
        await Promise.race([this.sleep(Math.min(wait, 250)), new Promise<void>((resolve) => (this.wakeUp = resolve))]);
        this.wakeUp = undefined;
      }
    }
    this.dispatching = false;
  }

  private take(conversationId: string, now: number): Release {
    const slots = [this.windows(conversationId).take(now), this.global.take(now)];
    return () => {
      const end = this.clock();
      for (const s of slots) if (s.end === Infinity) s.end = end;
    };
  }
}

/** Teams' limits, with the per-second ones lowered to the configured rates. */
export function limitsWithin(limits: Limit[], perSecond: number): Limit[] {
  return limits.map((l) => (l.ms === 1_000 ? { ...l, max: Math.min(l.max, perSecond) } : l));
}
