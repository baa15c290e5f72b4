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

describeStoreContract('SQLite (in memory)', async () => openSqliteStore(':memory:'));
describeSupportContract('SQLite (in memory)', async () => openSqliteStore(':memory:'));
describePlansContract('SQLite (in memory)', async () => openSqliteStore(':memory:'));

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
      assert.deepEqual(versions.map((v) => v.version), migrations.map((m) => m.version));
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
});
