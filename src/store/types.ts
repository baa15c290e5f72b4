import type { SupportRepository } from './support-types';
import type { DropInRepository, PlanRepository, SiteRepository } from './plan-types';

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

/** `gone`: the bot was removed from the conversation; recorded and never retried. */
export type DeliveryStatus = 'pending' | 'sent' | 'failed' | 'gone';

/**
 * One proactive message, claimed under a unique key before it is sent, so that several
 * instances sharing a store never send it twice. The payload is kept for retries.
 */
export interface Delivery {
  key: string;
  kind: string;
  conversationId: string;
  payload: Record<string, unknown>;
  status: DeliveryStatus;
  attempts: number;
  claimedBy: string;
  claimedAt: string;
  sentAt?: string;
  activityId?: string;
  lastError?: string;
}

export interface DeliveryRepository {
  /** Records the delivery as pending for `by`; false when the key exists already (claimed elsewhere). */
  claim(d: Pick<Delivery, 'key' | 'kind' | 'conversationId' | 'payload' | 'claimedBy' | 'claimedAt'>): Promise<boolean>;
  markSent(key: string, at: string, activityId?: string): Promise<void>;
  /** Records a failed attempt: `failed` is retried on a later run, `gone` never is. */
  markFailed(key: string, at: string, error: string, status?: 'failed' | 'gone'): Promise<void>;
  /** Failed deliveries, and pending ones claimed before `staleBefore` (their sender died), oldest first. */
  listRetryable(staleBefore: string, limit: number): Promise<Delivery[]>;
  /** Atomically takes a retryable delivery for `by`; false when another instance took it first. */
  claimRetry(key: string, by: string, at: string, staleBefore: string): Promise<boolean>;
  get(key: string): Promise<Delivery | undefined>;
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
  /** Resolves while the store answers; rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
