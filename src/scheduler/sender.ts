import type { Logger } from '../log';
import type { Reply } from '../messages';
import type { ConversationReferenceJson, Store } from '../store/types';
import { limitsWithin, RateLimiter, requestAnswered, TEAMS_CONVERSATION_LIMITS, TEAMS_GLOBAL_LIMITS } from './rate-limiter';

/** The raw Teams calls; errors carry an HTTP `statusCode` (and `response.headers` for Retry-After). */
export interface Transport {
  send(reference: ConversationReferenceJson, reply: Reply): Promise<string | undefined>;
  update(reference: ConversationReferenceJson, activityId: string, reply: Reply): Promise<void>;
}

export type SendOutcome =
  | { status: 'sent'; activityId?: string }
  /** The bot is no longer in the conversation; it has been marked inactive. */
  | { status: 'gone'; error: string }
  /**
   * Not delivered in this run. `deferMs`: Teams asked to wait longer than the cap, so a later run
   * should try no sooner than this. `released`: never attempted because the instance is stopping.
   */
  | { status: 'failed'; error: string; deferMs?: number; released?: boolean };

export interface SenderOptions {
  perConversationPerSecond: number;
  globalPerSecond: number;
  /** HTTP attempts per message (429, 412, 5xx and timeouts are retried). */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After up to this is waited for; beyond it the message is deferred. */
  retryAfterCapMs: number;
  /** Runs (first send and retry-failed runs) after which the outbox gives a delivery up. */
  maxRuns: number;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  /** Milliseconds, for pacing (tests use a virtual clock). */
  clock: () => number;
  random: () => number;
}

const defaults: SenderOptions = {
  perConversationPerSecond: 7,
  globalPerSecond: 50,
  maxAttempts: 3,
  baseDelayMs: 500,
  maxDelayMs: 10_000,
  retryAfterCapMs: 60_000,
  maxRuns: 6,
  now: () => new Date(),
  sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
  clock: Date.now,
  random: Math.random,
};

interface HttpishError {
  statusCode?: number;
  message?: string;
  response?: { headers?: { get?(name: string): string | null | undefined } };
}

function retryAfterMs(err: HttpishError): number | undefined {
  const value = err.response?.headers?.get?.('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

const THREAD_MARK = ';messageid=';

/** A reply in a channel thread is sent to `<channel id>;messageid=<the thread's first message>`, as Teams names threads. */
export function threadOf(channelId: string, messageId: string): string {
  return `${channelId}${THREAD_MARK}${messageId}`;
}

function inThread(reference: ConversationReferenceJson, threadId: string): ConversationReferenceJson {
  return { ...reference, conversation: { ...(reference.conversation as Record<string, unknown>), id: threadId } };
}

/**
 * The one proactive sender and the one retry policy (the SDK's own is removed in src/http/adapter.ts):
 * keeps every conversation and the app within Teams' limits, retries 429 (honouring Retry-After up
 * to a cap), 412, 5xx and timeouts with jittered backoff, at most `maxAttempts` requests a message,
 * and marks a conversation inactive on 403/404.
 */
export class ProactiveSender {
  private readonly opts: SenderOptions;
  private readonly limiter: RateLimiter;
  private stopping = false;
  private inFlight = 0;
  private idle?: () => void;

  constructor(
    private readonly store: Store,
    private readonly transport: Transport,
    private readonly log: Logger,
    /** Names this instance in delivery claims. */
    readonly instanceId: string,
    options: Partial<SenderOptions> = {},
  ) {
    this.opts = { ...defaults, ...options };
    this.limiter = new RateLimiter(
      limitsWithin(TEAMS_CONVERSATION_LIMITS, this.opts.perConversationPerSecond),
      limitsWithin(TEAMS_GLOBAL_LIMITS, this.opts.globalPerSecond),
      this.opts.sleep,
      this.opts.clock,
    );
  }

  send(conversationId: string, reply: Reply): Promise<SendOutcome> {
    return this.withRetries(conversationId, async (ref) => ({ status: 'sent', activityId: await this.transport.send(ref, reply) }));
  }

  update(conversationId: string, activityId: string, reply: Reply): Promise<SendOutcome> {
    return this.withRetries(conversationId, async (ref) => {
      await this.transport.update(ref, activityId, reply);
      return { status: 'sent', activityId };
    });
  }

  /**
   * Stops taking sends: those waiting for their turn or a retry come back `failed` (and stay in the
   * outbox for the next run or instance). Resolves once the requests in flight are answered or have
   * timed out, which the connector client's timeout bounds.
   */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.inFlight > 0) await new Promise<void>((resolve) => (this.idle = resolve));
  }

  get maxRuns(): number {
    return this.opts.maxRuns;
  }

  get isStopping(): boolean {
    return this.stopping;
  }

  private readonly stopped = () => this.stopping;

  private async withRetries(conversationId: string, attempt: (ref: ConversationReferenceJson) => Promise<SendOutcome>): Promise<SendOutcome> {
    const released: SendOutcome = { status: 'failed', error: 'the instance is stopping', released: true };
    if (this.stopping) return released;
    const [channelId] = conversationId.split(THREAD_MARK);
    const conversation = await this.store.conversations.get(channelId);
    if (!conversation?.active) return { status: 'gone', error: 'the bot is not installed in this conversation' };
    const reference = channelId === conversationId ? conversation.reference : inThread(conversation.reference, conversationId);
    const log = this.log.child({ conversationId });
    for (let n = 1; ; n++) {
      const blocked = this.limiter.blockedUntil(conversationId);
      if (blocked && blocked - this.opts.clock() > this.opts.retryAfterCapMs) return this.deferred(blocked - this.opts.clock());
      const release = await this.limiter.acquire(conversationId, this.stopped);
      if (!release) return n === 1 ? released : { status: 'failed', error: 'the instance is stopping' };
      let err: HttpishError;
      this.inFlight++;
      try {
        return await requestAnswered.run(release, () => attempt(reference));
      } catch (raw) {
        err = raw as HttpishError;
      } finally {
        release();
        if (--this.inFlight === 0) this.idle?.();
      }
      const status = err.statusCode;
      const error = status ? `HTTP ${status}` : 'no answer (timeout or network error)';
      if (status === 403 || status === 404) {
        await this.store.conversations.markInactive(channelId, this.opts.now().toISOString());
        log.warn({ status }, 'bot removed from conversation; marked inactive');
        return { status: 'gone', error };
      }
      const wait = status === 429 ? retryAfterMs(err) : undefined;
      if (wait !== undefined) this.limiter.block(conversationId, this.opts.clock() + wait);
      if (wait !== undefined && wait > this.opts.retryAfterCapMs) {
        log.warn({ status, retryAfterMs: wait }, 'proactive send deferred: Retry-After beyond the cap');
        return this.deferred(wait);
      }
      const retryable = status === undefined || status === 429 || status === 412 || status >= 500;
      if (!retryable || n >= this.opts.maxAttempts) {
        log.warn({ status, attempts: n }, 'proactive send failed');
        return { status: 'failed', error };
      }
      log.debug({ status, attempt: n }, 'retrying proactive send');
      // With a Retry-After, the limiter holds the conversation until then; otherwise back off.
      if (wait === undefined) {
        const backoff = Math.min(this.opts.maxDelayMs, this.opts.baseDelayMs * 2 ** (n - 1));
        await this.pause(backoff / 2 + this.opts.random() * (backoff / 2));
      }
    }
  }

  /** Sleeps, but no longer than it takes the instance to start stopping. */
  private async pause(ms: number): Promise<void> {
    for (let left = ms; left > 0 && !this.stopping; left -= 250) await this.opts.sleep(Math.min(250, left));
  }

  private deferred(ms: number): SendOutcome {
    return { status: 'failed', error: 'HTTP 429 (deferred)', deferMs: ms };
  }
}
