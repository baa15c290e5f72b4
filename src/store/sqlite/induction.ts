import type Database from 'better-sqlite3';
import type { InductionProgress, InductionRepository } from '../induction-types';
import type { Migration } from './migrations';

type Row = Record<string, unknown>;

/** Induction tables: versions 310–399 (300–309 belong to another feature). */
export const inductionMigrations: Migration[] = [
  {
    version: 310,
    sql: `
      CREATE TABLE IF NOT EXISTS induction_progress (
        tenant_id TEXT NOT NULL,
        aad_object_id TEXT NOT NULL,
        name TEXT,
        force TEXT NOT NULL,
        module INTEGER NOT NULL,
        card INTEGER NOT NULL,
        answers TEXT NOT NULL,
        started_at TEXT NOT NULL,
        completed_at TEXT,
        reminders_off INTEGER NOT NULL,
        nudged_at TEXT,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (tenant_id, aad_object_id)
      );
      CREATE INDEX IF NOT EXISTS induction_to_nudge ON induction_progress (completed_at, reminders_off, nudged_at, started_at);
    `,
  },
];

function fromRow(r: Row): InductionProgress {
  return {
    tenantId: r.tenant_id as string,
    aadObjectId: r.aad_object_id as string,
    ...(r.name ? { name: r.name as string } : {}),
    force: r.force as string,
    module: r.module as number,
    card: r.card as number,
    answers: JSON.parse(r.answers as string) as InductionProgress['answers'],
    startedAt: r.started_at as string,
    ...(r.completed_at ? { completedAt: r.completed_at as string } : {}),
    remindersOff: r.reminders_off === 1,
    ...(r.nudged_at ? { nudgedAt: r.nudged_at as string } : {}),
    updatedAt: r.updated_at as string,
  };
}

export function sqliteInduction(db: Database.Database): InductionRepository {
  const save = db.prepare(`
    INSERT INTO induction_progress (tenant_id, aad_object_id, name, force, module, card, answers, started_at, completed_at, reminders_off, nudged_at, updated_at)
    VALUES (@tenantId, @aadObjectId, @name, @force, @module, @card, @answers, @startedAt, @completedAt, @remindersOff, @nudgedAt, @updatedAt)
    ON CONFLICT (tenant_id, aad_object_id) DO UPDATE SET name = excluded.name, force = excluded.force, module = excluded.module,
      card = excluded.card, answers = excluded.answers, started_at = excluded.started_at, completed_at = excluded.completed_at,
      reminders_off = excluded.reminders_off, nudged_at = excluded.nudged_at, updated_at = excluded.updated_at`);
  return {
    async get(tenantId, aadObjectId) {
      const row = db.prepare('SELECT * FROM induction_progress WHERE tenant_id = ? AND aad_object_id = ?').get(tenantId, aadObjectId) as Row | undefined;
      return row && fromRow(row);
    },
    async save(p) {
      save.run({
        ...p,
        name: p.name ?? null,
        answers: JSON.stringify(p.answers),
        completedAt: p.completedAt ?? null,
        remindersOff: p.remindersOff ? 1 : 0,
        nudgedAt: p.nudgedAt ?? null,
      });
    },
    async list() {
      return (db.prepare('SELECT * FROM induction_progress ORDER BY started_at, aad_object_id').all() as Row[]).map(fromRow);
    },
    async listToNudge(startedBy) {
      const rows = db
        .prepare(
          `SELECT * FROM induction_progress WHERE completed_at IS NULL AND reminders_off = 0 AND nudged_at IS NULL AND started_at <= ?
                  ORDER BY started_at, aad_object_id`,
        )
        .all(startedBy) as Row[];
      return rows.map(fromRow);
    },
  };
}
