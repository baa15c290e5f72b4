import type Database from 'better-sqlite3';
import {
  referenceKey,
  type Cadence,
  type DropInException,
  type DropInRepository,
  type DropInSchedule,
  type PlanRecord,
  type PlanRepository,
  type SiteAuditEntry,
  type SiteRecord,
  type SiteRepository,
} from '../plan-types';
import type { Store } from '../types';
import type { Migration } from './migrations';

type Row = Record<string, unknown>;

/** Plan, drop-in and site tables: versions 200–299, and 320 (site reviews held, closing and the site audit trail). */
export const planMigrations: Migration[] = [
  {
    version: 200,
    sql: `
      CREATE TABLE plans (
        id TEXT PRIMARY KEY,
        tenant_id TEXT NOT NULL,
        reference TEXT NOT NULL,
        reference_key TEXT NOT NULL,
        owner_aad_object_id TEXT NOT NULL,
        owner_name TEXT NOT NULL,
        cadence TEXT NOT NULL,
        last_reviewed TEXT NOT NULL,
        next_review TEXT NOT NULL,
        snoozed_until TEXT,
        digest_conversation_id TEXT,
        last_note TEXT,
        status TEXT NOT NULL,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE UNIQUE INDEX plans_active_reference ON plans (tenant_id, reference_key) WHERE status = 'active';
      CREATE INDEX plans_due ON plans (status, next_review);
      CREATE INDEX plans_owner ON plans (tenant_id, owner_aad_object_id, status);
      CREATE TABLE dropin_schedule (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        rule TEXT NOT NULL,
        end_time TEXT NOT NULL,
        meeting_url TEXT NOT NULL,
        calendar_token TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE dropin_exceptions (
        occurrence_id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        start_at TEXT,
        end_at TEXT,
        by TEXT NOT NULL,
        at TEXT NOT NULL
      );
      CREATE TABLE dropin_subscribers (
        conversation_id TEXT PRIMARY KEY,
        by TEXT NOT NULL,
        at TEXT NOT NULL
      );
      CREATE TABLE dropin_rsvps (
        occurrence_id TEXT NOT NULL,
        aad_object_id TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (occurrence_id, aad_object_id)
      );
      CREATE TABLE sites (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        force TEXT NOT NULL,
        launch_date TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 320,
    sql: `
      ALTER TABLE sites ADD COLUMN last_review_held TEXT;
      ALTER TABLE sites ADD COLUMN last_review_note TEXT;
      ALTER TABLE sites ADD COLUMN closed_on TEXT;
      CREATE TABLE site_audit (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        site_id TEXT NOT NULL,
        site_name TEXT NOT NULL,
        action TEXT NOT NULL,
        date TEXT,
        by TEXT NOT NULL,
        at TEXT NOT NULL
      );
      CREATE INDEX site_audit_site ON site_audit (site_id, seq);
    `,
  },
];

function toPlan(r: Row): PlanRecord {
  return {
    id: r.id as string,
    tenantId: r.tenant_id as string,
    reference: r.reference as string,
    ownerAadObjectId: r.owner_aad_object_id as string,
    ownerName: r.owner_name as string,
    cadence: JSON.parse(r.cadence as string) as Cadence,
    lastReviewed: r.last_reviewed as string,
    nextReview: r.next_review as string,
    ...(r.snoozed_until ? { snoozedUntil: r.snoozed_until as string } : {}),
    ...(r.digest_conversation_id ? { digestConversationId: r.digest_conversation_id as string } : {}),
    ...(r.last_note ? { lastNote: r.last_note as string } : {}),
    status: r.status as PlanRecord['status'],
    createdBy: r.created_by as string,
    createdAt: r.created_at as string,
    updatedBy: r.updated_by as string,
    updatedAt: r.updated_at as string,
  };
}

function planRow(p: PlanRecord) {
  return {
    ...p,
    referenceKey: referenceKey(p.reference),
    cadence: JSON.stringify(p.cadence),
    snoozedUntil: p.snoozedUntil ?? null,
    digestConversationId: p.digestConversationId ?? null,
    lastNote: p.lastNote ?? null,
  };
}

function plans(db: Database.Database): PlanRepository {
  const columns = `id, tenant_id, reference, reference_key, owner_aad_object_id, owner_name, cadence, last_reviewed, next_review,
    snoozed_until, digest_conversation_id, last_note, status, created_by, created_at, updated_by, updated_at`;
  const values = `@id, @tenantId, @reference, @referenceKey, @ownerAadObjectId, @ownerName, @cadence, @lastReviewed, @nextReview,
    @snoozedUntil, @digestConversationId, @lastNote, @status, @createdBy, @createdAt, @updatedBy, @updatedAt`;
  const insert = db.prepare(`INSERT INTO plans (${columns}) VALUES (${values}) ON CONFLICT DO NOTHING`);
  const replace = db.prepare(`INSERT OR REPLACE INTO plans (${columns}) VALUES (${values})`);
  return {
    async insert(plan) {
      return insert.run(planRow(plan)).changes === 1;
    },
    async save(plan) {
      replace.run(planRow(plan));
    },
    async get(id) {
      const row = db.prepare('SELECT * FROM plans WHERE id = ?').get(id) as Row | undefined;
      return row && toPlan(row);
    },
    async findActiveByReference(tenantId, reference) {
      const row = db.prepare(`SELECT * FROM plans WHERE tenant_id = ? AND reference_key = ? AND status = 'active'`).get(tenantId, referenceKey(reference)) as
        Row | undefined;
      return row && toPlan(row);
    },
    async listActiveByOwner(tenantId, owner) {
      const rows = db
        .prepare(`SELECT * FROM plans WHERE tenant_id = ? AND owner_aad_object_id = ? AND status = 'active' ORDER BY next_review, reference_key`)
        .all(tenantId, owner) as Row[];
      return rows.map(toPlan);
    },
    async listDueBy(date) {
      const rows = db.prepare(`SELECT * FROM plans WHERE status = 'active' AND next_review <= ? ORDER BY next_review, id`).all(date) as Row[];
      return rows.map(toPlan);
    },
  };
}

function toException(r: Row): DropInException {
  const base = { occurrenceId: r.occurrence_id as string, by: r.by as string, at: r.at as string };
  return r.kind === 'moved' ? { ...base, kind: 'moved', start: r.start_at as string, end: r.end_at as string } : { ...base, kind: 'cancelled' };
}

function dropIns(db: Database.Database): DropInRepository {
  return {
    async getSchedule() {
      const r = db.prepare('SELECT * FROM dropin_schedule WHERE id = 1').get() as Row | undefined;
      if (!r) return undefined;
      return {
        rule: r.rule as string,
        endTime: r.end_time as string,
        meetingUrl: r.meeting_url as string,
        calendarToken: r.calendar_token as string,
        updatedBy: r.updated_by as string,
        updatedAt: r.updated_at as string,
      } satisfies DropInSchedule;
    },
    async saveSchedule(s) {
      db.prepare(
        `INSERT OR REPLACE INTO dropin_schedule (id, rule, end_time, meeting_url, calendar_token, updated_by, updated_at)
                  VALUES (1, ?, ?, ?, ?, ?, ?)`,
      ).run(s.rule, s.endTime, s.meetingUrl, s.calendarToken, s.updatedBy, s.updatedAt);
    },
    async setException(e) {
      db.prepare(`INSERT OR REPLACE INTO dropin_exceptions (occurrence_id, kind, start_at, end_at, by, at) VALUES (?, ?, ?, ?, ?, ?)`).run(
        e.occurrenceId,
        e.kind,
        e.kind === 'moved' ? e.start : null,
        e.kind === 'moved' ? e.end : null,
        e.by,
        e.at,
      );
    },
    async clearException(occurrenceId) {
      return db.prepare('DELETE FROM dropin_exceptions WHERE occurrence_id = ?').run(occurrenceId).changes > 0;
    },
    async listExceptions() {
      return (db.prepare('SELECT * FROM dropin_exceptions ORDER BY occurrence_id').all() as Row[]).map(toException);
    },
    async subscribe(conversationId, by, at) {
      return (
        db.prepare('INSERT INTO dropin_subscribers (conversation_id, by, at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING').run(conversationId, by, at).changes === 1
      );
    },
    async unsubscribe(conversationId) {
      return db.prepare('DELETE FROM dropin_subscribers WHERE conversation_id = ?').run(conversationId).changes > 0;
    },
    async listSubscribers() {
      return (db.prepare('SELECT conversation_id FROM dropin_subscribers ORDER BY conversation_id').all() as Row[]).map((r) => r.conversation_id as string);
    },
    async addRsvp(occurrenceId, aad, at) {
      return (
        db.prepare('INSERT INTO dropin_rsvps (occurrence_id, aad_object_id, at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING').run(occurrenceId, aad, at).changes ===
        1
      );
    },
    async removeRsvp(occurrenceId, aad) {
      return db.prepare('DELETE FROM dropin_rsvps WHERE occurrence_id = ? AND aad_object_id = ?').run(occurrenceId, aad).changes > 0;
    },
    async hasRsvp(occurrenceId, aad) {
      return db.prepare('SELECT 1 FROM dropin_rsvps WHERE occurrence_id = ? AND aad_object_id = ?').get(occurrenceId, aad) !== undefined;
    },
    async listRsvps(occurrenceId) {
      return (db.prepare('SELECT aad_object_id FROM dropin_rsvps WHERE occurrence_id = ? ORDER BY at, aad_object_id').all(occurrenceId) as Row[]).map(
        (r) => r.aad_object_id as string,
      );
    },
    async countRsvps(occurrenceId) {
      return (db.prepare('SELECT COUNT(*) AS n FROM dropin_rsvps WHERE occurrence_id = ?').get(occurrenceId) as { n: number }).n;
    },
  };
}

function toSite(r: Row): SiteRecord {
  return {
    id: r.id as string,
    name: r.name as string,
    force: r.force as string,
    launchDate: r.launch_date as string,
    ...(r.last_review_held ? { lastReviewHeld: r.last_review_held as string } : {}),
    ...(r.last_review_note ? { lastReviewNote: r.last_review_note as string } : {}),
    ...(r.closed_on ? { closedOn: r.closed_on as string } : {}),
    updatedBy: r.updated_by as string,
    updatedAt: r.updated_at as string,
  };
}

function sites(db: Database.Database): SiteRepository {
  return {
    async upsert(s) {
      const existed = db.prepare('SELECT 1 FROM sites WHERE id = ?').get(s.id) !== undefined;
      db.prepare(
        `INSERT OR REPLACE INTO sites (id, name, force, launch_date, last_review_held, last_review_note, closed_on, updated_by, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(s.id, s.name, s.force, s.launchDate, s.lastReviewHeld ?? null, s.lastReviewNote ?? null, s.closedOn ?? null, s.updatedBy, s.updatedAt);
      return !existed;
    },
    async remove(id) {
      return db.prepare('DELETE FROM sites WHERE id = ?').run(id).changes > 0;
    },
    async audit(e) {
      db.prepare('INSERT INTO site_audit (site_id, site_name, action, date, by, at) VALUES (?, ?, ?, ?, ?, ?)').run(
        e.siteId,
        e.siteName,
        e.action,
        e.date ?? null,
        e.by,
        e.at,
      );
    },
    async auditTrail(siteId) {
      return (db.prepare('SELECT * FROM site_audit WHERE site_id = ? ORDER BY seq').all(siteId) as Row[]).map((r) => ({
        siteId: r.site_id as string,
        siteName: r.site_name as string,
        action: r.action as SiteAuditEntry['action'],
        ...(r.date ? { date: r.date as string } : {}),
        by: r.by as string,
        at: r.at as string,
      }));
    },
    async get(id) {
      const r = db.prepare('SELECT * FROM sites WHERE id = ?').get(id) as Row | undefined;
      return r && toSite(r);
    },
    async list() {
      return (db.prepare('SELECT * FROM sites ORDER BY launch_date, id').all() as Row[]).map(toSite);
    },
  };
}

/** The plans, drop-ins and sites repositories on SQLite. */
export function sqlitePlansDropInsSites(db: Database.Database): Pick<Store, 'plans' | 'dropIns' | 'sites'> {
  return { plans: plans(db), dropIns: dropIns(db), sites: sites(db) };
}
