import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import type { MeasureRecord, PlanStructure, ProfileRecord, SiteProgress } from '../../src/store/quality-types';
import type { Store } from '../../src/store/types';
import { suiteStore } from './contract';

const structure: PlanStructure = {
  planId: 'plan-1',
  tenantId: 't1',
  force: 'Avon and Somerset',
  strands: {
    pursue: { planned: 3, active: 2, completed: 1, partners: ['police', 'hmrc'] },
    prevent: { planned: 1, active: 0, completed: 0, partners: ['education'] },
    protect: { planned: 0, active: 1, completed: 0, partners: [] },
    prepare: { planned: 0, active: 0, completed: 2, partners: ['voluntary-community'] },
  },
  updatedBy: 'aad-lro',
  updatedAt: '2026-11-01T09:00:00.000Z',
};

const progress: SiteProgress = {
  siteId: 'weston central',
  phases: [
    { phase: 'foundations', began: '2026-01-05' },
    { phase: 'clear', began: '2026-03-01' },
  ],
  blocks: [{ block: 7, status: 'in-place', on: '2026-02-01', note: 'Baseline agreed' }],
  lroAadObjectId: 'aad-lro',
  lroName: 'Sam Fictional',
  planIds: ['plan-1'],
  updatedBy: 'aad-cc',
  updatedAt: '2026-03-01T09:00:00.000Z',
};

function measure(id: string, fields: Partial<MeasureRecord> = {}): MeasureRecord {
  return {
    id,
    siteId: 'weston central',
    measure: 'asb',
    subject: '',
    periodStart: '2026-01-01',
    periodEnd: '2026-03-31',
    value: 10,
    baseline: false,
    by: 'aad-cc',
    at: '2026-04-01T09:00:00.000Z',
    ...fields,
  };
}

const profile: ProfileRecord = {
  id: 'plymouth',
  area: 'Plymouth',
  force: 'Devon and Cornwall',
  profileDate: '2025-10-15',
  ownerAadObjectId: 'aad-lro',
  ownerName: 'Sam Fictional',
  updatedBy: 'aad-cc',
  updatedAt: '2025-10-15T09:00:00.000Z',
};

/** The plan-quality and site-delivery repositories' contract, kept by SQLite and the MongoDB wire alike. */
export function describeQualityContract(name: string, open: () => Promise<Store>, drop: (s: Store) => Promise<void> = async () => {}) {
  describe(`quality store contract: ${name}`, () => {
    const opened = suiteStore(open, drop);

    it("stores a plan structure, replaces it, and lists a tenant's structures", async () => {
      await opened().quality.plans.saveStructure(structure);
      assert.deepEqual(await opened().quality.plans.getStructure('plan-1'), structure);
      const changed = { ...structure, force: 'Gloucestershire' };
      await opened().quality.plans.saveStructure(changed);
      await opened().quality.plans.saveStructure({ ...structure, planId: 'plan-x', tenantId: 't2' });
      assert.deepEqual(await opened().quality.plans.listStructures('t1'), [changed]);
      assert.equal(await opened().quality.plans.getStructure('missing'), undefined);
    });

    it('keeps review history, oldest first, from a date', async () => {
      const review = (reviewedOn: string, planId = 'plan-1') => ({
        planId,
        tenantId: 't1',
        reviewedOn,
        dueOn: '2026-05-01',
        by: 'aad-lro',
        at: `${reviewedOn}T09:00:00.000Z`,
      });
      for (const d of ['2026-06-01', '2026-04-01', '2025-01-01']) await opened().quality.plans.addReview(review(d));
      await opened().quality.plans.addReview(review('2026-05-01', 'plan-2'));
      assert.deepEqual(await opened().quality.plans.listReviews('plan-1', '2026-01-01'), [review('2026-04-01'), review('2026-06-01')]);
      assert.deepEqual(
        (await opened().quality.plans.listTenantReviews('t1', '2026-01-01')).map((r) => r.reviewedOn),
        ['2026-04-01', '2026-05-01', '2026-06-01'],
      );
    });

    it('stores site progress and measures by period', async () => {
      await opened().quality.sites.save(progress);
      assert.deepEqual(await opened().quality.sites.get('weston central'), progress);
      assert.deepEqual(await opened().quality.sites.list(), [progress]);
      await opened().quality.sites.addMeasure(measure('m2', { periodEnd: '2026-06-30' }));
      await opened().quality.sites.addMeasure(measure('m1', { baseline: true, note: 'FB7 baseline' }));
      await opened().quality.sites.addMeasure(measure('m3', { siteId: 'other' }));
      assert.deepEqual(await opened().quality.sites.listMeasures('weston central'), [
        measure('m1', { baseline: true, note: 'FB7 baseline' }),
        measure('m2', { periodEnd: '2026-06-30' }),
      ]);
    });

    it('upserts profiles and says when one is new', async () => {
      assert.equal(await opened().quality.profiles.upsert(profile), true);
      assert.equal(await opened().quality.profiles.upsert({ ...profile, profileDate: '2026-10-01' }), false);
      assert.equal((await opened().quality.profiles.get('plymouth'))?.profileDate, '2026-10-01');
      assert.equal((await opened().quality.profiles.list()).length, 1);
    });

    it('keeps pack links until they are purged', async () => {
      const link = {
        tokenHash: 'h1',
        siteId: 'weston central',
        tenantId: 't1',
        createdBy: 'aad-cc',
        createdAt: '2026-12-01T09:00:00.000Z',
        expiresAt: '2026-12-01T09:15:00.000Z',
      };
      await opened().quality.packLinks.add(link);
      assert.deepEqual(await opened().quality.packLinks.get('h1'), link);
      assert.equal(await opened().quality.packLinks.purge('2026-12-01T09:10:00.000Z'), 0);
      assert.equal(await opened().quality.packLinks.purge('2026-12-01T09:15:00.000Z'), 1);
      assert.equal(await opened().quality.packLinks.get('h1'), undefined);
    });
  });
}
