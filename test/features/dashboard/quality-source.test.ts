import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { loadConfig } from '../../../src/config';
import { qualityDashboard } from '../../../src/features/dashboard/quality-source';
import { allEntries } from '../../../src/features/knowledge/content';
import { emptyStrands } from '../../../src/features/plans/structure';
import { markReviewed, registerPlan } from '../../../src/features/plans/plans';
import { openSqliteStore } from '../../../src/store';

const config = loadConfig({ FORCES: 'Dorset,Wiltshire' });
const lro = { aadObjectId: 'aad-lro-1', name: 'Alex Example', tenantId: 'tenant-sw-test' };

describe('dashboard plan balance and site progress', () => {
  it('reads plan balance by force, reviews on time by month and site progress from the store', async () => {
    const store = openSqliteStore(':memory:');
    const at = new Date('2026-01-05T09:00:00Z');
    const plan = await registerPlan(
      store,
      { reference: 'OCG-D1', ownerAadObjectId: lro.aadObjectId, cadence: { kind: 'monthly' }, lastReviewed: '2026-01-05', digestHere: false },
      lro,
      [],
      undefined,
      at,
    );
    const strands = emptyStrands();
    strands.pursue = { planned: 3, active: 0, completed: 0, partners: ['police'] };
    strands.prevent = { planned: 1, active: 0, completed: 0, partners: ['education'] };
    await store.quality.plans.saveStructure({
      planId: plan.id,
      tenantId: lro.tenantId,
      force: 'Wiltshire',
      strands,
      updatedBy: lro.aadObjectId,
      updatedAt: at.toISOString(),
    });
    const reviewed = await markReviewed(store, plan, lro.aadObjectId, undefined, new Date('2026-02-04T09:00:00Z'));
    await markReviewed(store, reviewed, lro.aadObjectId, undefined, new Date('2026-03-10T09:00:00Z'));
    await store.sites.upsert({
      id: 'example ward',
      name: 'Example Ward',
      force: 'Dorset',
      launchDate: '2026-01-01',
      updatedBy: 'aad-cc',
      updatedAt: at.toISOString(),
    });
    await store.quality.sites.save({
      siteId: 'example ward',
      phases: [{ phase: 'clear', began: '2026-01-01' }],
      blocks: [{ block: 1, status: 'in-place', on: '2026-01-02' }],
      planIds: [],
      updatedBy: 'aad-cc',
      updatedAt: at.toISOString(),
    });
    await store.quality.sites.addMeasure({
      id: 'm1',
      siteId: 'example ward',
      measure: 'drug-offences',
      subject: '',
      periodStart: '2025-10-01',
      periodEnd: '2025-12-31',
      value: 20,
      baseline: true,
      by: 'aad-cc',
      at: at.toISOString(),
    });
    await store.quality.sites.addMeasure({
      id: 'm2',
      siteId: 'example ward',
      measure: 'drug-offences',
      subject: '',
      periodStart: '2026-01-01',
      periodEnd: '2026-02-28',
      value: 25,
      baseline: false,
      by: 'aad-cc',
      at: at.toISOString(),
    });

    const view = await qualityDashboard(store, config, allEntries, new Date('2026-03-20T09:00:00Z'));
    assert.deepEqual(
      view.planBalance.map((f) => [f.force, f.plans, f.balanced, f.strands]),
      [['Wiltshire', 1, 0, { pursue: 3, prevent: 1, protect: 0, prepare: 0 }]],
    );
    const months = view.reviewsOnTime[0].months.filter((m) => m.reviews);
    assert.deepEqual(months, [
      { month: '2026-02', reviews: 1, onTime: 1 },
      { month: '2026-03', reviews: 1, onTime: 0 },
    ]);
    assert.deepEqual(
      view.siteProgress.map((s) => [s.name, s.phase, s.blocksInPlace, s.blocksTotal, s.measures.map((m) => m.change)]),
      [['Example Ward', 'Clear', 1, 10, ['+5 (+25%)']]],
    );
    await store.close();
  });
});
