/** One answer to a check question; the first answer is the one that counts. */
export interface InductionAnswer {
  questionId: string;
  /** The index of the option chosen. */
  chosen: number;
  correct: boolean;
  /** ISO instant, UTC. */
  at: string;
}

/** Where one person is in the LRO induction, and how their checks went. One record per user. */
export interface InductionProgress {
  tenantId: string;
  aadObjectId: string;
  /** Teams display name, for the coordinators' completion export. */
  name?: string;
  /** One of the configured FORCES, chosen on the first induction card. */
  force: string;
  /** Index of the current module in the course. */
  module: number;
  /** Index of the current card within the module (its reading cards, then its questions). */
  card: number;
  answers: InductionAnswer[];
  startedAt: string;
  /** When the last module was first finished; kept if the person restarts. */
  completedAt?: string;
  /** Set by `induction stop reminders`. */
  remindersOff: boolean;
  /** When the fortnightly reminder was handed to the outbox. */
  nudgedAt?: string;
  updatedAt: string;
}

export interface InductionRepository {
  get(tenantId: string, aadObjectId: string): Promise<InductionProgress | undefined>;
  /** Inserts or replaces the person's record. */
  save(progress: InductionProgress): Promise<void>;
  /** Everyone's progress, oldest start first. */
  list(): Promise<InductionProgress[]>;
  /** Not completed, reminders on, not yet reminded, and started at or before `startedBy`: oldest first. */
  listToNudge(startedBy: string): Promise<InductionProgress[]>;
}
