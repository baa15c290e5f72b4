import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type {
  ConversationKind,
  Delivery,
  DeliveryRepository,
  SettingsRepository,
  ConversationRecord,
  ConversationRepository,
  FeedbackRecord,
  FeedbackRepository,
  Store,
  UnansweredQuestion,
  UnansweredRepository,
} from '../types';
import { migrations, type Migration } from './migrations';
import { supportRepository } from './support';
import { sqlitePlansDropInsSites } from './plans-dropins-sites';
import { sqliteInduction } from './induction';
import { sqliteQuality } from './quality';

type Row = Record<string, unknown>;

/** Applies, in version order, every migration not yet recorded, each in its own transaction. */
export function migrate(db: Database.Database, all: Migration[] = migrations): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  const applied = new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
  const pending = all.filter((m) => !applied.has(m.version)).sort((a, b) => a.version - b.version);
  for (const m of pending) {
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(m.version, new Date().toISOString());
    })();
  }
  return pending.length;
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
        .prepare(
          `SELECT * FROM conversations WHERE tenant_id = ? AND user_aad_object_id = ? AND kind = 'personal' AND active = 1
                  ORDER BY updated_at DESC LIMIT 1`,
        )
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
      db.prepare('INSERT INTO feedback (entry_id, reaction, comment, at) VALUES (?, ?, ?, ?)').run(rec.entryId, rec.reaction, rec.comment ?? null, rec.at);
    },
    async listForEntry(entryId) {
      const rows = db.prepare('SELECT * FROM feedback WHERE entry_id = ? ORDER BY seq').all(entryId) as Row[];
      return rows.map((r): FeedbackRecord => ({
        entryId: r.entry_id as string,
        reaction: r.reaction as FeedbackRecord['reaction'],
        at: r.at as string,
        ...(r.comment ? { comment: r.comment as string } : {}),
      }));
    },
  };
}

function unanswered(db: Database.Database): UnansweredRepository {
  return {
    async record(question, at) {
      db.prepare(
        `INSERT INTO unanswered (question, count, first_at, last_at) VALUES (?, 1, ?, ?)
                  ON CONFLICT (question) DO UPDATE SET count = count + 1, last_at = excluded.last_at`,
      ).run(question, at, at);
    },
    async mostFrequent(limit) {
      const rows = db.prepare('SELECT * FROM unanswered ORDER BY count DESC, last_at DESC LIMIT ?').all(limit) as Row[];
      return rows.map((r): UnansweredQuestion => ({
        question: r.question as string,
        count: r.count as number,
        firstAt: r.first_at as string,
        lastAt: r.last_at as string,
      }));
    },
  };
}

function toDelivery(r: Row): Delivery {
  return {
    key: r.key as string,
    kind: r.kind as string,
    conversationId: r.conversation_id as string,
    payload: JSON.parse(r.payload as string) as Record<string, unknown>,
    op: r.op as Delivery['op'],
    atLeastOnce: r.at_least_once === 1,
    status: r.status as Delivery['status'],
    attempts: r.attempts as number,
    claimedBy: r.claimed_by as string,
    claimedAt: r.claimed_at as string,
    ...(r.sent_at ? { sentAt: r.sent_at as string } : {}),
    ...(r.activity_id ? { activityId: r.activity_id as string } : {}),
    ...(r.last_error ? { lastError: r.last_error as string } : {}),
    ...(r.not_before ? { notBefore: r.not_before as string } : {}),
    ...(r.reposted === 1 ? { reposted: true } : {}),
  };
}

const RETRYABLE = `(status = 'failed' AND (not_before IS NULL OR not_before <= @now)) OR (status = 'pending' AND claimed_at < @staleBefore)`;

function deliveries(db: Database.Database): DeliveryRepository {
  const claimParams = (d: Parameters<DeliveryRepository['claim']>[0]) => ({
    key: d.key,
    kind: d.kind,
    conversationId: d.conversationId,
    payload: JSON.stringify(d.payload),
    op: d.op ?? 'send',
    atLeastOnce: d.atLeastOnce ? 1 : 0,
    activityId: d.activityId ?? null,
    by: d.claimedBy,
    at: d.claimedAt,
  });
  const insert = `INSERT INTO deliveries (key, kind, conversation_id, payload, op, at_least_once, activity_id, status, attempts, claimed_by, claimed_at)
                  VALUES (@key, @kind, @conversationId, @payload, @op, @atLeastOnce, @activityId, 'pending', 0, @by, @at)`;
  return {
    async claim(d) {
      return db.prepare(`${insert} ON CONFLICT (key) DO NOTHING`).run(claimParams(d)).changes === 1;
    },
    async claimUpdate(d) {
      db.prepare(
        `${insert} ON CONFLICT (key) DO UPDATE SET conversation_id = excluded.conversation_id, payload = excluded.payload,
           activity_id = excluded.activity_id, status = 'pending', attempts = 0, claimed_by = excluded.claimed_by,
           claimed_at = excluded.claimed_at, last_error = NULL, not_before = NULL, reposted = 0`,
      ).run(claimParams(d));
    },
    async markSent(key, at, activityId) {
      db.prepare(`UPDATE deliveries SET status = 'sent', sent_at = ?, activity_id = COALESCE(?, activity_id), attempts = attempts + 1 WHERE key = ?`).run(
        at,
        activityId ?? null,
        key,
      );
    },
    async markFailed(key, at, error, status = 'failed', options = {}) {
      db.prepare(`UPDATE deliveries SET status = ?, last_error = ?, claimed_at = ?, not_before = ?, attempts = attempts + ? WHERE key = ?`).run(
        status,
        error.slice(0, 500),
        at,
        options.notBefore ?? null,
        options.countRun === false ? 0 : 1,
        key,
      );
    },
    async listRetryable(staleBefore, now, limit) {
      const rows = db.prepare(`SELECT * FROM deliveries WHERE ${RETRYABLE} ORDER BY claimed_at LIMIT @limit`).all({ staleBefore, now, limit }) as Row[];
      return rows.map(toDelivery);
    },
    async claimRetry(key, by, at, staleBefore, options = {}) {
      const res = db
        .prepare(
          `UPDATE deliveries SET status = 'pending', claimed_by = @by, claimed_at = @at, reposted = MAX(reposted, @repost)
           WHERE key = @key AND (${RETRYABLE})`,
        )
        .run({ by, at, key, staleBefore, now: options.now ?? at, repost: options.repost ? 1 : 0 });
      return res.changes === 1;
    },
    async markUnknown(key, staleBefore, at) {
      const res = db
        .prepare(
          `UPDATE deliveries SET status = 'unknown', last_error = 'outcome unknown: its sender stopped mid-send', claimed_at = ?
                  WHERE key = ? AND status = 'pending' AND claimed_at < ?`,
        )
        .run(at, key, staleBefore);
      return res.changes === 1;
    },
    async listUndelivered(limit) {
      const rows = db.prepare(`SELECT * FROM deliveries WHERE status IN ('given-up', 'unknown') ORDER BY claimed_at DESC LIMIT ?`).all(limit) as Row[];
      return rows.map(toDelivery);
    },
    async get(key) {
      const row = db.prepare('SELECT * FROM deliveries WHERE key = ?').get(key) as Row | undefined;
      return row && toDelivery(row);
    },
    async listSent(keyPrefix) {
      const rows = db
        .prepare(`SELECT * FROM deliveries WHERE status = 'sent' AND substr(key, 1, ?) = ? ORDER BY key`)
        .all(keyPrefix.length, keyPrefix) as Row[];
      return rows.map(toDelivery);
    },
  };
}

function settings(db: Database.Database): SettingsRepository {
  return {
    async get(key) {
      const r = db.prepare('SELECT * FROM settings WHERE key = ?').get(key) as Row | undefined;
      if (!r) return undefined;
      return {
        key: r.key as string,
        value: r.value as string,
        updatedAt: r.updated_at as string,
        ...(r.updated_by ? { updatedBy: r.updated_by as string } : {}),
      };
    },
    async set(s) {
      db.prepare(
        `INSERT INTO settings (key, value, updated_by, updated_at) VALUES (?, ?, ?, ?)
                  ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
      ).run(s.key, s.value, s.updatedBy ?? null, s.updatedAt);
    },
  };
}

/**
 * better-sqlite3 compiles a statement on every prepare(), which was most of a knowledge turn's store
 * cost. The repositories prepare where they run, so each distinct SQL text is compiled once and kept
 * (none of them changes a statement's mode or iterates it, so sharing one is safe).
 */
function reusePreparedStatements(db: Database.Database): void {
  const compiled = new Map<string, Database.Statement>();
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    let statement = compiled.get(sql);
    if (!statement) {
      statement = prepare(sql);
      compiled.set(sql, statement);
    }
    return statement;
  }) as typeof db.prepare;
}

/** The embedded default store: one SQLite file in WAL mode. `':memory:'` suits unit tests. */
export function openSqliteStore(path: string): Store {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  migrate(db);
  reusePreparedStatements(db);
  return {
    kind: 'sqlite',
    conversations: conversations(db),
    feedback: feedback(db),
    unanswered: unanswered(db),
    deliveries: deliveries(db),
    settings: settings(db),
    support: supportRepository(db),
    ...sqlitePlansDropInsSites(db),
    induction: sqliteInduction(db),
    quality: sqliteQuality(db),
    async ping() {
      db.prepare('SELECT 1').get();
    },
    async close() {
      if (db.open) db.close();
    },
  };
}
