import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { loadConfig } from '../../../src/config';
import { storeDashboardSource } from '../../../src/features/dashboard';
import { setSchedule } from '../../../src/features/dropins/schedule';
import { registerPlan } from '../../../src/features/plans/plans';
import { changeRequest, submitRequest } from '../../../src/features/support/requests';
import { openSqliteStore } from '../../../src/store';

const NOW = new Date('2026-11-25T12:00:00Z');
const TENANT = 'tenant-sw-test';
const lro = { aadObjectId: 'aad-lro-1', name: 'Alex Example', tenantId: TENANT };
const other = { aadObjectId: 'aad-lro-2', name: 'Jordan Sample', tenantId: TENANT };
const coordinator = { aadObjectId: '00000000-0000-4000-8000-00000000c001', name: 'Casey Placeholder', tenantId: TENANT };
const config = loadConfig({ COORDINATOR_AAD_IDS: coordinator.aadObjectId });
const details = (force: string, urgency: 'routine' | 'urgent') => ({
  force,
  operation: 'Op Example',
  supportType: 'training' as const,
  urgency,
  summary: 'Help wanted',
});

async function seeded() {
  const store = openSqliteStore(':memory:');
  const old = new Date('2026-11-16T09:00:00Z');
  const { request } = await submitRequest(store, lro, details('Dorset', 'urgent'), 'form-1', old);
  await submitRequest(store, other, details('Wiltshire', 'routine'), 'form-2', NOW);
  const { request: noted } = await submitRequest(store, lro, details('Dorset', 'routine'), 'form-3', old);
  await changeRequest(store, config, coordinator, noted.id, { kind: 'acknowledge' }, old);
  await changeRequest(store, config, coordinator, noted.id, { kind: 'note', note: 'Call booked for Friday', toRequester: true }, old);
  await changeRequest(store, config, coordinator, noted.id, { kind: 'note', note: 'internal only', toRequester: false }, old);
  const people = [{ aadObjectId: lro.aadObjectId, name: lro.name }];
  await registerPlan(
    store,
    { reference: 'OCG-OLD', ownerAadObjectId: lro.aadObjectId, cadence: { kind: 'monthly' }, lastReviewed: '2026-09-01', digestHere: false },
    lro,
    people,
    undefined,
    old,
  );
  await registerPlan(
    store,
    { reference: 'OCG-NEW', ownerAadObjectId: lro.aadObjectId, cadence: { kind: 'quarterly' }, lastReviewed: '2026-11-01', digestHere: false },
    lro,
    people,
    undefined,
    old,
  );
  await setSchedule(
    store,
    { ordinal: '1', weekday: 'TU', startTime: '10:00', endTime: '11:00', from: '2026-01-01', meetingUrl: 'https://teams.microsoft.com/l/meetup-join/x' },
    coordinator.aadObjectId,
    old,
  );
  await store.dropIns.addRsvp('2026-12-01', lro.aadObjectId, old.toISOString());
  await store.sites.upsert({
    id: 'example ward',
    name: 'Example Ward',
    force: 'Dorset',
    launchDate: '2026-08-31',
    updatedBy: coordinator.aadObjectId,
    updatedAt: old.toISOString(),
  });
  return { store, request };
}

describe('store-backed dashboard source', () => {
  it('gives coordinators counts, ageing, SLA breaches, overdue plans, the next drop-in and sites from the store', async () => {
    const { store, request } = await seeded();
    const view = await storeDashboardSource(store, config).coordinatorView(NOW);
    assert.deepEqual(
      view.requestsByStatus.sort((a, b) => a.key.localeCompare(b.key)),
      [
        { key: 'Acknowledged', count: 1 },
        { key: 'New', count: 2 },
      ],
    );
    assert.deepEqual(
      view.requestsByForce.sort((a, b) => a.key.localeCompare(b.key)),
      [
        { key: 'Dorset', count: 2 },
        { key: 'Wiltshire', count: 1 },
      ],
    );
    assert.equal(
      view.ageingBuckets.reduce((n, b) => n + b.count, 0),
      3,
    );
    assert.deepEqual(
      view.slaBreaches.map((b) => b.reference),
      [request.reference],
      'the acknowledged and the fresh request are not breaches',
    );
    assert.deepEqual(
      view.overduePlans.map((p) => [p.reference, p.owner, p.dueDate]),
      [['OCG-OLD', 'Alex Example', '2026-10-01']],
    );
    assert.equal(view.nextDropIn?.start, '2026-12-01T10:00:00.000Z');
    assert.equal(view.nextDropIn?.rsvpCount, 1);
    assert.deepEqual(view.sites, [{ name: 'Example Ward', launchDate: '2026-08-31', nextReview: '2027-02-28' }]);
  });

  it("shows an LRO only their own requests, with the latest note addressed to them, and their plans' states", async () => {
    const { store } = await seeded();
    const view = await storeDashboardSource(store, config).lroView({ aadObjectId: lro.aadObjectId, tenantId: TENANT }, NOW);
    assert.equal(view.requests.length, 2);
    assert.ok(view.requests.every((r) => r.supportType === 'Training'));
    assert.deepEqual(view.requests.map((r) => r.latestNote ?? null).sort(), ['Call booked for Friday', null]);
    assert.deepEqual(view.plans.map((p) => [p.reference, p.state]).sort(), [
      ['OCG-NEW', 'ok'],
      ['OCG-OLD', 'overdue'],
    ]);
    const elsewhere = await storeDashboardSource(store, config).lroView({ aadObjectId: lro.aadObjectId, tenantId: 'another-tenant' }, NOW);
    assert.deepEqual(elsewhere, { requests: [], plans: [], induction: null });
  });

  it('shows coordinators the induction by force, and an LRO their own induction progress', async () => {
    const { store } = await seeded();
    const at = NOW.toISOString();
    await store.induction.save({
      tenantId: TENANT,
      aadObjectId: lro.aadObjectId,
      force: 'Dorset',
      module: 1,
      card: 2,
      startedAt: at,
      updatedAt: at,
      remindersOff: false,
      answers: [
        { questionId: 'role-rank', chosen: 0, correct: false, at },
        { questionId: 'role-network', chosen: 0, correct: true, at },
      ],
    });
    const view = await storeDashboardSource(store, config).coordinatorView(NOW);
    assert.deepEqual(
      view.induction?.byForce.find((f) => f.force === 'Dorset'),
      { force: 'Dorset', started: 1, completed: 0, averageScore: 50 },
    );
    assert.deepEqual(
      view.induction?.byForce.find((f) => f.force === 'Wiltshire'),
      { force: 'Wiltshire', started: 0, completed: 0 },
    );
    assert.deepEqual(view.induction?.mostMissed, [{ prompt: 'Who can hold the LRO role?', module: 1, wrong: 1, answered: 1 }]);
    const mine = await storeDashboardSource(store, config).lroView({ aadObjectId: lro.aadObjectId, tenantId: TENANT }, NOW);
    assert.deepEqual(mine.induction, {
      module: 2,
      moduleTitle: 'Clear, Hold, Build: the framework and its three phases',
      modules: 6,
      startedAt: at,
      answered: 2,
      correct: 1,
      percent: 50,
    });
  });
});
