import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'mocha';
import { crashRun, type CrashFigures } from '../support/crash';

describe('delivery after a crash (kill -9 of a real process mid-send, SQLite)', function () {
  this.timeout(120000);
  let dir: string;
  let figures: CrashFigures;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lro-crash-'));
    figures = await crashRun({ sqlitePath: join(dir, 'crash.db') }, { total: 120, conversations: 30, latencyMs: 200, killAfter: 40 });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('left sends whose outcome was unknown (so the rule was exercised)', () => {
    assert.ok(figures.pendingAtCrash > 0, JSON.stringify(figures));
  });

  it('never sends a reminder twice: at most once, the next cadence covers a lost one', () => {
    const r = figures.byKind['plans.owner'];
    assert.equal(r.duplicates, 0, JSON.stringify(r));
    assert.equal(r.markedReposts, 0, JSON.stringify(r));
  });

  it('loses no triage post: at least once, a repeat only as a marked re-post', () => {
    const t = figures.byKind['support.triage'];
    assert.equal(t.lost, 0, JSON.stringify(t));
    assert.equal(t.duplicates, 0, JSON.stringify(t));
    assert.equal(t.delivered, t.messages);
  });
});
