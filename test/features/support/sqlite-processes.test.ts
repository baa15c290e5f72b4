import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, it } from 'mocha';
import { openSqliteStore } from '../../../src/store';

const run = promisify(execFile);

describe('support: references on one SQLite file shared by several processes', () => {
  it('never gives two requests the same number when four processes record them at once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lro-support-'));
    try {
      const path = join(dir, 'shared.db');
      await openSqliteStore(path).close(); // migrate once, before the race
      const worker = join(__dirname, 'allocate-worker.ts');
      const outputs = await Promise.all(
        [1, 2, 3, 4].map((n) => run(process.execPath, ['--require', require.resolve('tsx/cjs'), worker, path, String(n), '10'])),
      );
      const references = outputs.flatMap((o) => JSON.parse(o.stdout) as string[]);
      assert.equal(references.length, 40);
      assert.equal(new Set(references).size, 40);
      assert.deepEqual(
        [...references].sort(),
        Array.from({ length: 40 }, (_, i) => `RDT-2026-${String(i + 1).padStart(4, '0')}`),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
