import type { SupportRepository } from './support-types';
import type { DropInRepository, PlanRepository, SiteRepository } from './plan-types';
import type { InductionRepository } from './induction-types';
import type { QualityStore } from './quality-types';

/** A Bot Framework conversation reference, kept as plain JSON so the store never imports the bot SDK. */
export type ConversationReferenceJson = Record<string, unknown>;

export type ConversationKind = 'personal' | 'groupChat' | 'channel';

/** Where the bot can post proactively: one record per personal chat, group chat or channel. */
export interface ConversationRecord {
  id: string;
  tenantId: string;
  kind: ConversationKind;
  /** For personal chats: the user's AAD object id, so features can reach a person 1:1. */
  userAadObjectId?: string;
  teamId?: string;
  reference: ConversationReferenceJson;
  active: boolean;
  /** ISO instant, UTC. */
  updatedAt: string;
}

export interface ConversationRepository {
  /** Inserts or replaces the record and marks it active. */
  upsert(record: Omit<ConversationRecord, 'active'>): Promise<void>;
  markInactive(id: string, at: string): Promise<boolean>;
  get(id: string): Promise<ConversationRecord | undefined>;
  /** The active personal chat with a user, if the bot has one. */
  findPersonal(tenantId: string, userAadObjectId: string): Promise<ConversationRecord | undefined>;
  listActive(kind?: ConversationKind): Promise<ConversationRecord[]>;
}

export type Reaction = 'like' | 'dislike';

/** A 👍/👎 on a knowledge answer. No user identity is kept. */
export interface FeedbackRecord {
  entryId: string;
  reaction: Reaction;
  comment?: string;
  at: string;
}

export interface FeedbackRepository {
  add(record: FeedbackRecord): Promise<void>;
  listForEntry(entryId: string): Promise<FeedbackRecord[]>;
}

/** A question the knowledge base could not answer, counted without the asker's identity. */
export interface UnansweredQuestion {
  question: string;
  count: number;
  firstAt: string;
  lastAt: string;
}

export interface UnansweredRepository {
  /** Counts one more asking of `question` (already normalised by the caller). */
  record(question: string, at: string): Promise<void>;
  mostFrequent(limit: number): Promise<UnansweredQuestion[]>;
}

/**
 * `gone`: the bot was removed from the conversation; recorded and never retried.
 * `given-up`: still failing after the configured number of runs. `unknown`: its sender died mid-send
 * and the message is at most once, so it is not sent again. Both are listed for coordinators.
 */
export type DeliveryStatus = 'pending' | 'sent' | 'failed' | 'gone' | 'given-up' | 'unknown';

/**
 * One proactive message (or card update), claimed under a unique key before it is sent, so that
 * several instances sharing a store never send it twice. The payload is kept for retries.
 */
export interface Delivery {
  key: string;
  kind: string;
  conversationId: string;
  payload: Record<string, unknown>;
  /** `update` replaces the message `activityId` in place. */
  op: 'send' | 'update';
  /** Re-sent once (marked) when its outcome is unknown after a crash; otherwise at most once. */
  atLeastOnce: boolean;
  status: DeliveryStatus;
  /** Runs that tried it (each run makes up to SEND_ATTEMPTS requests). */
  attempts: number;
  claimedBy: string;
  claimedAt: string;
  sentAt?: string;
  /** The sent message's id; for an update, the message it replaces. */
  activityId?: string;
  lastError?: string;
  /** Not retried before this instant (Teams asked to wait longer than the cap). */
  notBefore?: string;
  /** Sent again after its first outcome was lost in a crash. */
  reposted?: boolean;
}

export type DeliveryClaim = Pick<Delivery, 'key' | 'kind' | 'conversationId' | 'payload' | 'claimedBy' | 'claimedAt'> &
  Partial<Pick<Delivery, 'op' | 'atLeastOnce' | 'activityId'>>;

export interface DeliveryRepository {
  /** Records the delivery as pending for `by`; false when the key exists already (claimed elsewhere). */
  claim(d: DeliveryClaim): Promise<boolean>;
  /** Records a card update as pending, replacing an earlier one under the same key: the latest state wins. */
  claimUpdate(d: DeliveryClaim & { activityId: string }): Promise<void>;
  markSent(key: string, at: string, activityId?: string): Promise<void>;
  /**
   * Records a failed run: `failed` is retried on a later run (not before `notBefore`), `gone` and
   * `given-up` never are. `countRun: false` when nothing was attempted (the instance was stopping).
   */
  markFailed(
    key: string,
    at: string,
    error: string,
    status?: 'failed' | 'gone' | 'given-up',
    options?: { notBefore?: string; countRun?: boolean },
  ): Promise<void>;
  /** Failed deliveries due for a retry by `now`, and pending ones claimed before `staleBefore` (their sender died), oldest first. */
  listRetryable(staleBefore: string, now: string, limit: number): Promise<Delivery[]>;
  /** Atomically takes a retryable delivery for `by`; false when another instance took it first. `repost` marks a stale one as re-sent. */
  claimRetry(key: string, by: string, at: string, staleBefore: string, options?: { repost?: boolean; now?: string }): Promise<boolean>;
  /** Marks a stale pending delivery's outcome unknown; false when it is no longer stale and pending. */
  markUnknown(key: string, staleBefore: string, at: string): Promise<boolean>;
  /** Given-up and unknown deliveries, newest first, for coordinators. */
  listUndelivered(limit: number): Promise<Delivery[]>;
  get(key: string): Promise<Delivery | undefined>;
  /** Sent deliveries whose key starts with `keyPrefix`, e.g. every card posted for one drop-in, to update them in place. */
  listSent(keyPrefix: string): Promise<Delivery[]>;
}

/** A named setting, with who changed it and when (e.g. the triage channel). */
export interface Setting {
  key: string;
  value: string;
  updatedBy?: string;
  updatedAt: string;
}

export interface SettingsRepository {
  get(key: string): Promise<Setting | undefined>;
  set(setting: Setting): Promise<void>;
}

/** One aggregate of repositories; `src/index.ts` picks the implementation. */
export interface Store {
  readonly kind: 'sqlite' | 'mongo';
  conversations: ConversationRepository;
  feedback: FeedbackRepository;
  unanswered: UnansweredRepository;
  deliveries: DeliveryRepository;
  settings: SettingsRepository;
  support: SupportRepository;
  plans: PlanRepository;
  dropIns: DropInRepository;
  sites: SiteRepository;
  induction: InductionRepository;
  /** Plan structure and review history, site progress and measures, SOC local profiles. */
  quality: QualityStore;
  /** Resolves while the store answers; rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
