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

/** One aggregate of repositories; `src/index.ts` picks the implementation. */
export interface Store {
  readonly kind: 'sqlite' | 'mongo';
  conversations: ConversationRepository;
  feedback: FeedbackRepository;
  unanswered: UnansweredRepository;
  /** Resolves while the store answers; rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
