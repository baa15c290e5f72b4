import type Database from 'better-sqlite3';
import {
  supportReference,
  type Person,
  type SupportDownload,
  type SupportEvent,
  type SupportRepository,
  type SupportRequest,
  type SupportState,
} from '../support-types';
import type { Migration } from './migrations';

type Row = Record<string, unknown>;

/** Support requests: versions 100–199. Events are append-only, enforced by triggers. */
export const supportMigrations: Migration[] = [
  {
    version: 100,
    sql: `
      CREATE TABLE support_counters (
        year INTEGER PRIMARY KEY,
        last INTEGER NOT NULL
      );
      CREATE TABLE support_requests (
        id TEXT PRIMARY KEY,
        reference TEXT NOT NULL UNIQUE,
        tenant_id TEXT NOT NULL,
        requester TEXT NOT NULL,
        requester_aad_object_id TEXT NOT NULL,
        force TEXT NOT NULL,
        operation TEXT NOT NULL,
        support_type TEXT NOT NULL,
        urgency TEXT NOT NULL,
        summary TEXT NOT NULL,
        contact TEXT,
        status TEXT NOT NULL,
        assignee TEXT,
        decline_reason TEXT,
        acknowledged_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL,
        triage_conversation_id TEXT,
        triage_activity_id TEXT,
        requester_notice TEXT
      );
      CREATE INDEX support_requests_requester ON support_requests (requester_aad_object_id, created_at);
      CREATE INDEX support_requests_status ON support_requests (status, created_at);
      CREATE TABLE support_events (
        request_id TEXT NOT NULL REFERENCES support_requests (id),
        seq INTEGER NOT NULL,
        at TEXT NOT NULL,
        by_person TEXT NOT NULL,
        kind TEXT NOT NULL,
        from_status TEXT,
        to_status TEXT NOT NULL,
        note TEXT,
        to_requester INTEGER,
        state TEXT NOT NULL,
        PRIMARY KEY (request_id, seq)
      );
      CREATE TRIGGER support_events_no_update BEFORE UPDATE ON support_events
        BEGIN SELECT RAISE(ABORT, 'support events are append-only'); END;
      CREATE TRIGGER support_events_no_delete BEFORE DELETE ON support_events
        BEGIN SELECT RAISE(ABORT, 'support events are append-only'); END;
      CREATE TABLE support_downloads (
        token_hash TEXT PRIMARY KEY,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      );
    `,
  },
];

const opt = <K extends string, V>(key: K, value: V | null | undefined) => (value === null || value === undefined ? {} : ({ [key]: value } as Record<K, V>));

function toRequest(r: Row): SupportRequest {
  return {
    id: r.id as string,
    reference: r.reference as string,
    tenantId: r.tenant_id as string,
    requester: JSON.parse(r.requester as string) as Person,
    force: r.force as string,
    operation: r.operation as string,
    supportType: r.support_type as SupportRequest['supportType'],
    urgency: r.urgency as SupportRequest['urgency'],
    summary: r.summary as string,
    ...opt('contact', r.contact as string | null),
    status: r.status as SupportRequest['status'],
    ...opt('assignee', r.assignee ? (JSON.parse(r.assignee as string) as Person) : undefined),
    ...opt('declineReason', r.decline_reason as string | null),
    ...opt('acknowledgedAt', r.acknowledged_at as string | null),
    createdAt: r.created_at as string,
    updatedAt: r.updated_at as string,
    version: r.version as number,
    ...opt('triage', r.triage_activity_id ? { conversationId: r.triage_conversation_id as string, activityId: r.triage_activity_id as string } : undefined),
    ...opt('requesterNotice', r.requester_notice as SupportRequest['requesterNotice'] | null),
  };
}

function toEvent(r: Row): SupportEvent {
  return {
    requestId: r.request_id as string,
    seq: r.seq as number,
    at: r.at as string,
    by: JSON.parse(r.by_person as string) as Person,
    kind: r.kind as SupportEvent['kind'],
    ...opt('from', r.from_status as SupportEvent['from'] | null),
    to: r.to_status as SupportEvent['to'],
    ...opt('note', r.note as string | null),
    ...opt('toRequester', r.to_requester === null || r.to_requester === undefined ? undefined : r.to_requester === 1),
    state: JSON.parse(r.state as string) as SupportState,
  };
}

function toDownload(r: Row): SupportDownload {
  return { tokenHash: r.token_hash as string, createdBy: r.created_by as string, createdAt: r.created_at as string, expiresAt: r.expires_at as string };
}

/** SQLite support requests. Each change is one transaction, so the version check and the event are atomic. */
export function supportRepository(db: Database.Database): SupportRepository {
  const byId = db.prepare('SELECT * FROM support_requests WHERE id = ?');
  const nextNumber = db.prepare('INSERT INTO support_counters (year, last) VALUES (?, 1) ON CONFLICT (year) DO UPDATE SET last = last + 1 RETURNING last');
  const insertRequest = db.prepare(`
    INSERT INTO support_requests (id, reference, tenant_id, requester, requester_aad_object_id, force, operation, support_type,
      urgency, summary, contact, status, created_at, updated_at, version)
    VALUES (@id, @reference, @tenantId, @requester, @requesterAadObjectId, @force, @operation, @supportType,
      @urgency, @summary, @contact, 'new', @createdAt, @createdAt, 1)`);
  const insertEvent = db.prepare(`
    INSERT INTO support_events (request_id, seq, at, by_person, kind, from_status, to_status, note, to_requester, state)
    VALUES (@requestId, @seq, @at, @by, @kind, @from, @to, @note, @toRequester, @state)`);
  const moveState = db.prepare(`
    UPDATE support_requests SET status = @status, assignee = @assignee, decline_reason = @declineReason,
      acknowledged_at = @acknowledgedAt, updated_at = @at, version = version + 1
    WHERE id = @id AND version = @expectedVersion`);

  const addEvent = (requestId: string, seq: number, e: Omit<SupportEvent, 'requestId' | 'seq'>) =>
    insertEvent.run({
      requestId,
      seq,
      at: e.at,
      by: JSON.stringify(e.by),
      kind: e.kind,
      from: e.from ?? null,
      to: e.to,
      note: e.note ?? null,
      toRequester: e.toRequester === undefined ? null : e.toRequester ? 1 : 0,
      state: JSON.stringify(e.state),
    });

  const get = (id: string) => {
    const row = byId.get(id) as Row | undefined;
    return row && toRequest(row);
  };

  const create = db.transaction((draft: Parameters<SupportRepository['create']>[0], year: number) => {
    const existing = get(draft.id);
    if (existing) return { request: existing, created: false };
    const n = (nextNumber.get(year) as { last: number }).last;
    insertRequest.run({
      ...draft,
      reference: supportReference(year, n),
      requester: JSON.stringify(draft.requester),
      requesterAadObjectId: draft.requester.aadObjectId,
      contact: draft.contact ?? null,
    });
    addEvent(draft.id, 1, { at: draft.createdAt, by: draft.requester, kind: 'created', to: 'new', state: { status: 'new' } });
    return { request: get(draft.id)!, created: true };
  });

  const append = db.transaction((id: string, expectedVersion: number, e: Omit<SupportEvent, 'requestId' | 'seq'>) => {
    const moved = moveState.run({
      id,
      expectedVersion,
      at: e.at,
      status: e.state.status,
      assignee: e.state.assignee ? JSON.stringify(e.state.assignee) : null,
      declineReason: e.state.declineReason ?? null,
      acknowledgedAt: e.state.acknowledgedAt ?? null,
    });
    if (moved.changes !== 1) return undefined;
    addEvent(id, expectedVersion + 1, e);
    return get(id);
  });

  return {
    // IMMEDIATE takes the write lock first, so two processes on one file queue rather than deadlock.
    async create(draft, year) {
      return create.immediate(draft, year);
    },
    async get(id) {
      return get(id);
    },
    async getByReference(reference) {
      const row = db.prepare('SELECT * FROM support_requests WHERE reference = ?').get(reference) as Row | undefined;
      return row && toRequest(row);
    },
    async list(filter) {
      const where: string[] = [];
      const params: unknown[] = [];
      if (filter.requesterAadObjectId) {
        where.push('requester_aad_object_id = ?');
        params.push(filter.requesterAadObjectId);
      }
      if (filter.statuses) {
        where.push(`status IN (${filter.statuses.map(() => '?').join(', ') || 'NULL'})`);
        params.push(...filter.statuses);
      }
      if (filter.force) {
        where.push('force = ?');
        params.push(filter.force);
      }
      if (filter.urgency) {
        where.push('urgency = ?');
        params.push(filter.urgency);
      }
      const sql = `SELECT * FROM support_requests ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at, reference`;
      return (db.prepare(sql).all(...params) as Row[]).map(toRequest);
    },
    async append(id, expectedVersion, event) {
      return append.immediate(id, expectedVersion, event);
    },
    async events(id) {
      return (db.prepare('SELECT * FROM support_events WHERE request_id = ? ORDER BY seq').all(id) as Row[]).map(toEvent);
    },
    async setTriage(id, triage) {
      db.prepare('UPDATE support_requests SET triage_conversation_id = ?, triage_activity_id = ? WHERE id = ?').run(
        triage.conversationId,
        triage.activityId,
        id,
      );
    },
    async setRequesterNotice(id, notice) {
      db.prepare('UPDATE support_requests SET requester_notice = ? WHERE id = ?').run(notice ?? null, id);
    },
    async allocateNumber(year) {
      return (nextNumber.get(year) as { last: number }).last;
    },
    async addDownload(d) {
      db.prepare('INSERT INTO support_downloads (token_hash, created_by, created_at, expires_at) VALUES (?, ?, ?, ?)').run(
        d.tokenHash,
        d.createdBy,
        d.createdAt,
        d.expiresAt,
      );
    },
    async getDownload(tokenHash) {
      const row = db.prepare('SELECT * FROM support_downloads WHERE token_hash = ?').get(tokenHash) as Row | undefined;
      return row && toDownload(row);
    },
    async purgeDownloads(at) {
      db.prepare('DELETE FROM support_downloads WHERE expires_at < ?').run(at);
    },
  };
}
