import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, it } from 'mocha';
import { openSqliteStore } from '../../src/store';
import { migrate } from '../../src/store/sqlite/sqlite-store';
import { migrations } from '../../src/store/sqlite/migrations';
import { describeStoreContract } from './contract';
import { describeSupportContract } from './support-contract';
import { describePlansContract } from './plans-contract';
import { describeInductionContract } from './induction-contract';
import { describeQualityContract } from './quality-contract';

describeStoreContract('SQLite (in memory)', async () => openSqliteStore(':memory:'));
describeSupportContract('SQLite (in memory)', async () => openSqliteStore(':memory:'));
describePlansContract('SQLite (in memory)', async () => openSqliteStore(':memory:'));
describeInductionContract('SQLite (in memory)', async () => openSqliteStore(':memory:'));
describeQualityContract('SQLite (in memory)', async () => openSqliteStore(':memory:'));

describe('SQLite store', () => {
  it('runs in WAL mode on a file and records each migration once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lro-sqlite-'));
    try {
      const path = join(dir, 'nested', 'lro.db');
      const store = openSqliteStore(path);
      await store.close();
      const reopened = openSqliteStore(path);
      await reopened.close();
      const db = new Database(path);
      assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
      const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[];
      assert.deepEqual(
        versions.map((v) => v.version),
        migrations.map((m) => m.version).sort((a, b) => a - b),
      );
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('applies only the migrations not yet recorded', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    db.exec(migrations[0].sql);
    db.prepare('INSERT INTO schema_migrations VALUES (1, ?)').run('2026-01-01T00:00:00Z');
    assert.equal(migrate(db), migrations.length - 1);
    const count = (db.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get() as { n: number }).n;
    assert.equal(count, migrations.length);
  });

  it('adds the plan-quality tables to a database made before them, keeping its plans', async () => {
    const db = new Database(':memory:');
    migrate(
      db,
      migrations.filter((m) => m.version < 300),
    );
    db.prepare(
      `INSERT INTO plans (id, tenant_id, reference, reference_key, owner_aad_object_id, owner_name, cadence, last_reviewed, next_review, status, created_by, created_at, updated_by, updated_at)
                VALUES ('p1', 't1', 'OCG-1', 'ocg-1', 'a', 'A', '{"kind":"monthly"}', '2026-01-01', '2026-02-01', 'active', 'a', 'x', 'a', 'x')`,
    ).run();
    assert.equal(migrate(db), migrations.filter((m) => m.version >= 300).length);
    assert.equal((db.prepare('SELECT COUNT(*) AS n FROM plans').get() as { n: number }).n, 1);
    db.prepare("INSERT INTO plan_structures (plan_id, tenant_id, doc) VALUES ('p1', 't1', '{}')").run();
    db.close();
  });
});
