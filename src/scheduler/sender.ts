import type { Logger } from '../log';
import type { Reply } from '../messages';
import type { ConversationReferenceJson, Store } from '../store/types';

/** The raw Teams calls; errors carry an HTTP `statusCode` (and `response.headers` for Retry-After). */
export interface Transport {
  send(reference: ConversationReferenceJson, reply: Reply): Promise<string | undefined>;
  update(reference: ConversationReferenceJson, activityId: string, reply: Reply): Promise<void>;
}

export type SendOutcome =
  | { status: 'sent'; activityId?: string }
  /** The bot is no longer in the conversation; it has been marked inactive. */
  | { status: 'gone'; error: string }
  | { status: 'failed'; error: string };

export interface SenderOptions {
  perConversationPerSecond: number;
  globalPerSecond: number;
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

const defaults: SenderOptions = {
  perConversationPerSecond: 7,
  globalPerSecond: 30,
  maxAttempts: 6,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  now: () => new Date(),
  sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
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

/** Sliding one-second windows: a send waits until both its conversation and the app are under their limits. */
class RateLimiter {
  private readonly global: number[] = [];
  private readonly perConversation = new Map<string, number[]>();

  constructor(private readonly opts: SenderOptions) {}

  async acquire(conversationId: string): Promise<void> {
    for (;;) {
      const now = Date.now();
      const conv = this.perConversation.get(conversationId) ?? [];
      for (const window of [this.global, conv]) while (window.length && window[0] <= now - 1000) window.shift();
      if (conv.length < this.opts.perConversationPerSecond && this.global.length < this.opts.globalPerSecond) {
        conv.push(now);
        this.global.push(now);
        this.perConversation.set(conversationId, conv);
        return;
      }
      const blocking = [conv.length >= this.opts.perConversationPerSecond ? conv[0] : 0, this.global.length >= this.opts.globalPerSecond ? this.global[0] : 0];
      await new Promise((r) => setTimeout(r, Math.max(1, Math.max(...blocking) + 1000 - now)));
    }
  }
}

/**
 * The one proactive sender: paces sends per conversation and overall, retries 429 (honouring
 * Retry-After), 412 and 5xx with jittered backoff, and marks a conversation inactive on 403/404.
 */
export class ProactiveSender {
  private readonly opts: SenderOptions;
  private readonly limiter: RateLimiter;

  constructor(
    private readonly store: Store,
    private readonly transport: Transport,
    private readonly log: Logger,
    /** Names this instance in delivery claims. */
    readonly instanceId: string,
    options: Partial<SenderOptions> = {},
  ) {
    this.opts = { ...defaults, ...options };
    this.limiter = new RateLimiter(this.opts);
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

  private async withRetries(conversationId: string, attempt: (ref: ConversationReferenceJson) => Promise<SendOutcome>): Promise<SendOutcome> {
    const [channelId] = conversationId.split(THREAD_MARK);
    const conversation = await this.store.conversations.get(channelId);
    if (!conversation?.active) return { status: 'gone', error: 'the bot is not installed in this conversation' };
    const reference = channelId === conversationId ? conversation.reference : inThread(conversation.reference, conversationId);
    const log = this.log.child({ conversationId });
    for (let n = 1; ; n++) {
      await this.limiter.acquire(conversationId);
      try {
        return await attempt(reference);
      } catch (raw) {
        const err = raw as HttpishError;
        const status = err.statusCode;
        const error = status ? `HTTP ${status}` : (err.message ?? 'send failed');
        if (status === 403 || status === 404) {
          await this.store.conversations.markInactive(channelId, this.opts.now().toISOString());
          log.warn({ status }, 'bot removed from conversation; marked inactive');
          return { status: 'gone', error };
        }
        const retryable = status === undefined || status === 429 || status === 412 || status >= 500;
        if (!retryable || n >= this.opts.maxAttempts) {
          log.warn({ status, attempts: n }, 'proactive send failed');
          return { status: 'failed', error };
        }
        const backoff = Math.min(this.opts.maxDelayMs, this.opts.baseDelayMs * 2 ** (n - 1));
        const delay = (status === 429 ? retryAfterMs(err) : undefined) ?? backoff / 2 + this.opts.random() * (backoff / 2);
        log.debug({ status, attempt: n, delay }, 'retrying proactive send');
        await this.opts.sleep(delay);
      }
    }
  }
}
