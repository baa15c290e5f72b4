import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import type { InductionProgress } from '../../src/store/induction-types';
import type { Store } from '../../src/store/types';
import { suiteStore } from './contract';

export function progress(overrides: Partial<InductionProgress> = {}): InductionProgress {
  return {
    tenantId: 't1',
    aadObjectId: 'aad-lro',
    force: 'Dorset Police',
    module: 0,
    card: 0,
    answers: [],
    startedAt: '2026-03-01T09:00:00.000Z',
    remindersOff: false,
    updatedAt: '2026-03-01T09:00:00.000Z',
    ...overrides,
  };
}

/** The induction progress repository's contract, kept by SQLite and the MongoDB wire (FerretDB) alike. */
export function describeInductionContract(name: string, open: () => Promise<Store>, drop: (s: Store) => Promise<void> = async () => {}) {
  describe(`induction store contract: ${name}`, () => {
    const opened = suiteStore(open, drop);

    it('stores progress with every field and reads it back', async () => {
      const full = progress({
        aadObjectId: 'aad-full',
        name: 'Alex Example',
        module: 2,
        card: 3,
        answers: [{ questionId: 'q1', chosen: 1, correct: false, at: '2026-03-02T09:00:00.000Z' }],
        completedAt: '2026-03-05T09:00:00.000Z',
        remindersOff: true,
        nudgedAt: '2026-03-04T09:00:00.000Z',
      });
      await opened().induction.save(full);
      assert.deepEqual(await opened().induction.get('t1', 'aad-full'), full);
      const bare = progress({ aadObjectId: 'aad-bare' });
      await opened().induction.save(bare);
      assert.deepEqual(await opened().induction.get('t1', 'aad-bare'), bare);
      assert.equal(await opened().induction.get('t2', 'aad-bare'), undefined);
    });

    it('replaces a record on save, keeping one per person', async () => {
      await opened().induction.save(progress({ aadObjectId: 'aad-move' }));
      await opened().induction.save(progress({ aadObjectId: 'aad-move', module: 1, card: 2, completedAt: undefined }));
      const all = (await opened().induction.list()).filter((p) => p.aadObjectId === 'aad-move');
      assert.equal(all.length, 1);
      assert.equal(all[0].module, 1);
      assert.equal(all[0].card, 2);
    });

    it('lists for a reminder only the unfinished, reminders on, not yet reminded, started by the cut-off', async () => {
      const cut = '2026-03-10T00:00:00.000Z';
      await opened().induction.save(progress({ tenantId: 'tn', aadObjectId: 'due-2', startedAt: '2026-03-02T00:00:00.000Z' }));
      await opened().induction.save(progress({ tenantId: 'tn', aadObjectId: 'due-1', startedAt: '2026-02-20T00:00:00.000Z' }));
      await opened().induction.save(progress({ tenantId: 'tn', aadObjectId: 'too-new', startedAt: '2026-03-11T00:00:00.000Z' }));
      await opened().induction.save(progress({ tenantId: 'tn', aadObjectId: 'done', completedAt: '2026-03-05T00:00:00.000Z' }));
      await opened().induction.save(progress({ tenantId: 'tn', aadObjectId: 'off', remindersOff: true }));
      await opened().induction.save(progress({ tenantId: 'tn', aadObjectId: 'nudged', nudgedAt: '2026-03-09T00:00:00.000Z' }));
      const due = (await opened().induction.listToNudge(cut)).filter((p) => p.tenantId === 'tn');
      assert.deepEqual(
        due.map((p) => p.aadObjectId),
        ['due-1', 'due-2'],
      );
    });
  });
}
