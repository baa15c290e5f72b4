import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type {
  ConversationKind,
  ConversationRecord,
  ConversationRepository,
  FeedbackRecord,
  FeedbackRepository,
  Store,
  UnansweredQuestion,
  UnansweredRepository,
} from '../types';
import { migrations } from './migrations';

type Row = Record<string, unknown>;

/** Applies every migration newer than the database's recorded version, each in its own transaction. */
export function migrate(db: Database.Database): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  const current = (db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0;
  for (const m of migrations.filter((m) => m.version > current)) {
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(m.version, new Date().toISOString());
    })();
  }
  return migrations.at(-1)?.version ?? 0;
}

function toConversation(r: Row): ConversationRecord {
  return {
    id: r.id as string,
    tenantId: r.tenant_id as string,
    kind: r.kind as ConversationKind,
    ...(r.user_aad_object_id ? { userAadObjectId: r.user_aad_object_id as string } : {}),
    ...(r.team_id ? { teamId: r.team_id as string } : {}),
    reference: JSON.parse(r.reference as string) as Record<string, unknown>,
    active: r.active === 1,
    updatedAt: r.updated_at as string,
  };
}

function conversations(db: Database.Database): ConversationRepository {
  const upsert = db.prepare(`
    INSERT INTO conversations (id, tenant_id, kind, user_aad_object_id, team_id, reference, active, updated_at)
    VALUES (@id, @tenantId, @kind, @userAadObjectId, @teamId, @reference, 1, @updatedAt)
    ON CONFLICT (id) DO UPDATE SET tenant_id = excluded.tenant_id, kind = excluded.kind,
      user_aad_object_id = excluded.user_aad_object_id, team_id = excluded.team_id,
      reference = excluded.reference, active = 1, updated_at = excluded.updated_at`);
  return {
    async upsert(rec) {
      upsert.run({
        ...rec,
        userAadObjectId: rec.userAadObjectId ?? null,
        teamId: rec.teamId ?? null,
        reference: JSON.stringify(rec.reference),
      });
    },
    async markInactive(id, at) {
      return db.prepare('UPDATE conversations SET active = 0, updated_at = ? WHERE id = ?').run(at, id).changes > 0;
    },
    async get(id) {
      const row = db.prepare('SELECT * FROM conversations WHERE id = ?').get(id) as Row | undefined;
      return row && toConversation(row);
    },
    async findPersonal(tenantId, userAadObjectId) {
      const row = db
        .prepare(`SELECT * FROM conversations WHERE tenant_id = ? AND user_aad_object_id = ? AND kind = 'personal' AND active = 1
                  ORDER BY updated_at DESC LIMIT 1`)
        .get(tenantId, userAadObjectId) as Row | undefined;
      return row && toConversation(row);
    },
    async listActive(kind) {
      const rows = kind
        ? db.prepare('SELECT * FROM conversations WHERE active = 1 AND kind = ? ORDER BY id').all(kind)
        : db.prepare('SELECT * FROM conversations WHERE active = 1 ORDER BY id').all();
      return (rows as Row[]).map(toConversation);
    },
  };
}

function feedback(db: Database.Database): FeedbackRepository {
  return {
    async add(rec) {
      db.prepare('INSERT INTO feedback (entry_id, reaction, comment, at) VALUES (?, ?, ?, ?)').run(
        rec.entryId,
        rec.reaction,
        rec.comment ?? null,
        rec.at,
      );
    },
    async listForEntry(entryId) {
      const rows = db.prepare('SELECT * FROM feedback WHERE entry_id = ? ORDER BY seq').all(entryId) as Row[];
      return rows.map(
        (r): FeedbackRecord => ({
          entryId: r.entry_id as string,
          reaction: r.reaction as FeedbackRecord['reaction'],
          at: r.at as string,
          ...(r.comment ? { comment: r.comment as string } : {}),
        }),
      );
    },
  };
}

function unanswered(db: Database.Database): UnansweredRepository {
  return {
    async record(question, at) {
      db.prepare(`INSERT INTO unanswered (question, count, first_at, last_at) VALUES (?, 1, ?, ?)
                  ON CONFLICT (question) DO UPDATE SET count = count + 1, last_at = excluded.last_at`).run(question, at, at);
    },
    async mostFrequent(limit) {
      const rows = db.prepare('SELECT * FROM unanswered ORDER BY count DESC, last_at DESC LIMIT ?').all(limit) as Row[];
      return rows.map(
        (r): UnansweredQuestion => ({
          question: r.question as string,
          count: r.count as number,
          firstAt: r.first_at as string,
          lastAt: r.last_at as string,
        }),
      );
    },
  };
}

/** The embedded default store: one SQLite file in WAL mode. `':memory:'` suits unit tests. */
export function openSqliteStore(path: string): Store {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return {
    kind: 'sqlite',
    conversations: conversations(db),
    feedback: feedback(db),
    unanswered: unanswered(db),
    async ping() {
      db.prepare('SELECT 1').get();
    },
    async close() {
      if (db.open) db.close();
    },
  };
}
