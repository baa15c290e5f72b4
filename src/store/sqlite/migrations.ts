import { supportMigrations } from './support';
import { planMigrations } from './plans-dropins-sites';
import { inductionMigrations } from './induction';
import { qualityMigrations } from './quality';

export interface Migration {
  version: number;
  sql: string;
}

/** Versioned schema changes, applied in order at start. Never edit a released step; add a new one. */
const coreMigrations: Migration[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE conversations (
        id TEXT PRIMARY KEY,
        tenant_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        user_aad_object_id TEXT,
        team_id TEXT,
        reference TEXT NOT NULL,
        active INTEGER NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX conversations_personal ON conversations (tenant_id, user_aad_object_id, kind, active);
    `,
  },
  {
    version: 2,
    sql: `
      CREATE TABLE feedback (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        entry_id TEXT NOT NULL,
        reaction TEXT NOT NULL,
        comment TEXT,
        at TEXT NOT NULL
      );
      CREATE INDEX feedback_entry ON feedback (entry_id);
      CREATE TABLE unanswered (
        question TEXT PRIMARY KEY,
        count INTEGER NOT NULL,
        first_at TEXT NOT NULL,
        last_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 3,
    sql: `
      CREATE TABLE deliveries (
        key TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        conversation_id TEXT NOT NULL,
        payload TEXT NOT NULL,
        status TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        claimed_by TEXT NOT NULL,
        claimed_at TEXT NOT NULL,
        sent_at TEXT,
        activity_id TEXT,
        last_error TEXT
      );
      CREATE INDEX deliveries_retry ON deliveries (status, claimed_at);
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_by TEXT,
        updated_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 4,
    sql: `
      ALTER TABLE deliveries ADD COLUMN op TEXT NOT NULL DEFAULT 'send';
      ALTER TABLE deliveries ADD COLUMN at_least_once INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE deliveries ADD COLUMN not_before TEXT;
      ALTER TABLE deliveries ADD COLUMN reposted INTEGER NOT NULL DEFAULT 0;
    `,
  },
];

/** Every migration. Features number theirs in their own range (support 100+, plans, drop-ins and sites 200+, quality 300, induction 310). */
export const migrations: Migration[] = [...coreMigrations, ...supportMigrations, ...planMigrations, ...qualityMigrations, ...inductionMigrations];
