import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { ageingBuckets, staticDashboardSource } from '../../../src/features/dashboard';
import { PEOPLE, SEED } from '../../tab/seed';

const NOW = new Date('2025-03-14T12:00:00Z');
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000);

describe('dashboard: ageing buckets', () => {
  it('puts each open request in the bucket for its age, with bounds going to the older bucket', () => {
    const buckets = ageingBuckets([hoursAgo(1), hoursAgo(47.9), hoursAgo(48), hoursAgo(24 * 7), hoursAgo(24 * 20), hoursAgo(24 * 28), hoursAgo(24 * 400)], NOW);
    assert.deepEqual(
      buckets.map((b) => b.count),
      [2, 1, 1, 1, 2],
    );
  });

  it('lists every bucket even when there are no open requests', () => {
    const buckets = ageingBuckets([], NOW);
    assert.deepEqual(
      buckets.map((b) => b.label),
      ['Under 2 days', '2 to 7 days', '1 to 2 weeks', '2 to 4 weeks', '4 weeks or more'],
    );
    assert.ok(buckets.every((b) => b.count === 0));
  });

  it('counts a request stamped slightly in the future as new', () => {
    assert.equal(ageingBuckets([hoursAgo(-1)], NOW)[0].count, 1);
  });
});

describe('dashboard: in-memory sources', () => {
  it('gives each LRO only their own view, and an empty one to strangers', async () => {
    const source = staticDashboardSource(SEED);
    assert.ok(SEED.lros[PEOPLE.lro.oid], 'the seed has a view for the LRO');
    assert.deepEqual(await source.lroView({ aadObjectId: PEOPLE.lro.oid, tenantId: 't' }, NOW), SEED.lros[PEOPLE.lro.oid]);
    assert.deepEqual(await source.lroView({ aadObjectId: 'aad-nobody', tenantId: 't' }, NOW), { requests: [], plans: [] });
    assert.deepEqual(await source.lroView({ aadObjectId: '__proto__', tenantId: 't' }, NOW), { requests: [], plans: [] });
  });

  it('hands out copies, so callers cannot change the seed', async () => {
    const source = staticDashboardSource(SEED);
    (await source.coordinatorView(NOW)).sites.length = 0;
    assert.equal((await source.coordinatorView(NOW)).sites.length, SEED.coordinator.sites.length);
  });
});
