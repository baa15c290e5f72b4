import type Database from 'better-sqlite3';
import type {
  MeasureRecord,
  PackLinkRepository,
  PlanQualityRepository,
  PlanReviewEvent,
  ProfileRecord,
  ProfileRepository,
  QualityStore,
  SiteProgressRepository,
} from '../quality-types';
import type { Migration } from './migrations';

type Row = Record<string, unknown>;

/** Plan quality and site delivery tables: versions 300–399. Records are JSON beside the columns queried. */
export const qualityMigrations: Migration[] = [
  {
    version: 300,
    sql: `
      CREATE TABLE plan_structures (plan_id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL, doc TEXT NOT NULL);
      CREATE INDEX plan_structures_tenant ON plan_structures (tenant_id);
      CREATE TABLE plan_reviews (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        plan_id TEXT NOT NULL,
        tenant_id TEXT NOT NULL,
        reviewed_on TEXT NOT NULL,
        due_on TEXT NOT NULL,
        by TEXT NOT NULL,
        at TEXT NOT NULL
      );
      CREATE INDEX plan_reviews_plan ON plan_reviews (plan_id, reviewed_on);
      CREATE INDEX plan_reviews_tenant ON plan_reviews (tenant_id, reviewed_on);
      CREATE TABLE site_progress (site_id TEXT PRIMARY KEY, doc TEXT NOT NULL);
      CREATE TABLE site_measures (id TEXT PRIMARY KEY, site_id TEXT NOT NULL, period_end TEXT NOT NULL, at TEXT NOT NULL, doc TEXT NOT NULL);
      CREATE INDEX site_measures_site ON site_measures (site_id, period_end, at);
      CREATE TABLE soc_profiles (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
      CREATE TABLE pack_links (token_hash TEXT PRIMARY KEY, site_id TEXT NOT NULL, tenant_id TEXT NOT NULL, created_by TEXT NOT NULL, created_at TEXT NOT NULL, expires_at TEXT NOT NULL);
    `,
  },
];

const docs = <T>(rows: unknown[]): T[] => (rows as { doc: string }[]).map((r) => JSON.parse(r.doc) as T);

function toReview(r: Row): PlanReviewEvent {
  return {
    planId: r.plan_id as string,
    tenantId: r.tenant_id as string,
    reviewedOn: r.reviewed_on as string,
    dueOn: r.due_on as string,
    by: r.by as string,
    at: r.at as string,
  };
}

function plans(db: Database.Database): PlanQualityRepository {
  return {
    async saveStructure(s) {
      db.prepare(
        'INSERT INTO plan_structures (plan_id, tenant_id, doc) VALUES (?, ?, ?) ON CONFLICT (plan_id) DO UPDATE SET tenant_id = excluded.tenant_id, doc = excluded.doc',
      ).run(s.planId, s.tenantId, JSON.stringify(s));
    },
    async getStructure(planId) {
      return docs<never>(db.prepare('SELECT doc FROM plan_structures WHERE plan_id = ?').all(planId))[0];
    },
    async listStructures(tenantId) {
      return docs(db.prepare('SELECT doc FROM plan_structures WHERE tenant_id = ? ORDER BY plan_id').all(tenantId));
    },
    async addReview(r) {
      db.prepare('INSERT INTO plan_reviews (plan_id, tenant_id, reviewed_on, due_on, by, at) VALUES (?, ?, ?, ?, ?, ?)').run(
        r.planId,
        r.tenantId,
        r.reviewedOn,
        r.dueOn,
        r.by,
        r.at,
      );
    },
    async listReviews(planId, since) {
      return (db.prepare('SELECT * FROM plan_reviews WHERE plan_id = ? AND reviewed_on >= ? ORDER BY reviewed_on, seq').all(planId, since) as Row[]).map(
        toReview,
      );
    },
    async listTenantReviews(tenantId, since) {
      return (db.prepare('SELECT * FROM plan_reviews WHERE tenant_id = ? AND reviewed_on >= ? ORDER BY reviewed_on, seq').all(tenantId, since) as Row[]).map(
        toReview,
      );
    },
  };
}

function sites(db: Database.Database): SiteProgressRepository {
  return {
    async save(p) {
      db.prepare('INSERT INTO site_progress (site_id, doc) VALUES (?, ?) ON CONFLICT (site_id) DO UPDATE SET doc = excluded.doc').run(
        p.siteId,
        JSON.stringify(p),
      );
    },
    async get(siteId) {
      return docs<never>(db.prepare('SELECT doc FROM site_progress WHERE site_id = ?').all(siteId))[0];
    },
    async list() {
      return docs(db.prepare('SELECT doc FROM site_progress ORDER BY site_id').all());
    },
    async addMeasure(m) {
      db.prepare('INSERT INTO site_measures (id, site_id, period_end, at, doc) VALUES (?, ?, ?, ?, ?)').run(
        m.id,
        m.siteId,
        m.periodEnd,
        m.at,
        JSON.stringify(m),
      );
    },
    async listMeasures(siteId) {
      return docs<MeasureRecord>(db.prepare('SELECT doc FROM site_measures WHERE site_id = ? ORDER BY period_end, at, id').all(siteId));
    },
  };
}

function profiles(db: Database.Database): ProfileRepository {
  return {
    async upsert(p) {
      const existed = db.prepare('SELECT 1 FROM soc_profiles WHERE id = ?').get(p.id);
      db.prepare('INSERT INTO soc_profiles (id, doc) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET doc = excluded.doc').run(p.id, JSON.stringify(p));
      return !existed;
    },
    async get(id) {
      return docs<ProfileRecord>(db.prepare('SELECT doc FROM soc_profiles WHERE id = ?').all(id))[0];
    },
    async list() {
      return docs<ProfileRecord>(db.prepare('SELECT doc FROM soc_profiles ORDER BY id').all());
    },
  };
}

function packLinks(db: Database.Database): PackLinkRepository {
  return {
    async add(l) {
      db.prepare('INSERT INTO pack_links (token_hash, site_id, tenant_id, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)').run(
        l.tokenHash,
        l.siteId,
        l.tenantId,
        l.createdBy,
        l.createdAt,
        l.expiresAt,
      );
    },
    async get(tokenHash) {
      const r = db.prepare('SELECT * FROM pack_links WHERE token_hash = ?').get(tokenHash) as Row | undefined;
      return (
        r && {
          tokenHash: r.token_hash as string,
          siteId: r.site_id as string,
          tenantId: r.tenant_id as string,
          createdBy: r.created_by as string,
          createdAt: r.created_at as string,
          expiresAt: r.expires_at as string,
        }
      );
    },
    async purge(before) {
      return db.prepare('DELETE FROM pack_links WHERE expires_at <= ?').run(before).changes;
    },
  };
}

export function sqliteQuality(db: Database.Database): QualityStore {
  return { plans: plans(db), sites: sites(db), profiles: profiles(db), packLinks: packLinks(db) };
}
