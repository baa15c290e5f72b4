/** Versioned schema changes, applied in order at start. Never edit a released step; add a new one. */
export const migrations: { version: number; sql: string }[] = [
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
];
