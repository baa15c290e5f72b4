import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'mocha';
import { TRANSITIONS } from '../../../src/features/support/catalogue';
import { changeRequest, findVisible, requestIdFor, submitRequest, visibleEvents, type Change, type Requester } from '../../../src/features/support/requests';
import { openSqliteStore } from '../../../src/store';
import type { SupportDetails } from '../../../src/store/support-types';
import type { Store } from '../../../src/store/types';

// Fictional people.
const LRO: Requester = { aadObjectId: 'aad-lro-1', name: 'Alex Example', tenantId: 't1' };
const LRO2: Requester = { aadObjectId: 'aad-lro-2', name: 'Jordan Sample', tenantId: 't1' };
const CC: Requester = { aadObjectId: 'aad-cc-1', name: 'Casey Placeholder', tenantId: 't1' };
const CC2: Requester = { aadObjectId: 'aad-cc-2', name: 'Sam Standin', tenantId: 't1' };
const CONFIG = { coordinatorAadIds: ['aad-cc-1', 'aad-cc-2'] };
const NOW = new Date('2026-11-25T10:00:00Z');
const LATER = new Date('2026-11-25T11:00:00Z');
const DETAILS: SupportDetails = {
  force: 'Dorset',
  operation: 'Op Fictional',
  supportType: 'disruption-tactics',
  urgency: 'priority',
  summary: 'Disruption options.',
};
const FORM_KEY = '6a1f0d7e-1111-4a2b-8c3d-000000000001';

describe('support: request lifecycle and rules', () => {
  let store: Store;
  let id: string;
  const change = (actor: Requester, c: Change) => changeRequest(store, CONFIG, actor, id, c, LATER);

  beforeEach(async () => {
    store = openSqliteStore(':memory:');
    id = (await submitRequest(store, LRO, DETAILS, FORM_KEY, NOW)).request.id;
  });

  it('numbers a request by its year in London and records who raised it', async () => {
    const request = (await store.support.get(id))!;
    assert.equal(request.reference, 'RDT-2026-0001');
    assert.deepEqual(request.requester, { aadObjectId: 'aad-lro-1', name: 'Alex Example' });
    const newYear = await submitRequest(store, LRO, DETAILS, '6a1f0d7e-1111-4a2b-8c3d-000000000002', new Date('2026-12-31T23:30:00Z'));
    assert.equal(newYear.request.reference, 'RDT-2026-0002', '23:30 UTC on 31 December is still 2026 in London');
  });

  it('creates one request when the same form is submitted twice', async () => {
    const again = await submitRequest(store, LRO, { ...DETAILS, summary: 'double click' }, FORM_KEY, LATER);
    assert.equal(again.created, false);
    assert.equal(again.request.id, id);
    assert.equal((await store.support.list({})).length, 1);
  });

  it('gives someone else submitting a shared form their own request', async () => {
    const theirs = await submitRequest(store, LRO2, DETAILS, FORM_KEY, LATER);
    assert.equal(theirs.created, true);
    assert.notEqual(theirs.request.id, id);
    assert.equal(requestIdFor('aad-lro-1', FORM_KEY), id);
  });

  it('lets a coordinator acknowledge, assign, start and resolve a request, recording each step', async () => {
    for (const [actor, c] of [
      [CC, { kind: 'acknowledge' }],
      [CC, { kind: 'assign', assignee: { aadObjectId: 'aad-cc-2', name: 'Sam Standin' } }],
      [CC2, { kind: 'status', to: 'in-progress' }],
      [CC2, { kind: 'status', to: 'resolved' }],
    ] as [Requester, Change][]) {
      const outcome = await change(actor, c);
      assert.ok(outcome.ok, JSON.stringify(outcome));
    }
    const request = (await store.support.get(id))!;
    assert.equal(request.status, 'resolved');
    assert.equal(request.assignee?.name, 'Sam Standin');
    assert.equal(request.acknowledgedAt, LATER.toISOString());
    const events = await store.support.events(id);
    assert.deepEqual(
      events.map((e) => `${e.by.name}: ${e.from ?? '-'} → ${e.to}`),
      [
        'Alex Example: - → new',
        'Casey Placeholder: new → acknowledged',
        'Casey Placeholder: acknowledged → assigned',
        'Sam Standin: assigned → in-progress',
        'Sam Standin: in-progress → resolved',
      ],
    );
  });

  it('refuses a triage action from anyone but a coordinator, and changes nothing', async () => {
    const outcome = await change(LRO, { kind: 'acknowledge' });
    assert.equal(outcome.ok, false);
    if (!outcome.ok) {
      assert.equal(outcome.reason, 'forbidden');
      assert.match(outcome.message, /Only SOC Community Coordinators/);
    }
    assert.equal((await store.support.get(id))?.version, 1);
  });

  it('hides a request from anyone but its requester and the coordinators', async () => {
    const outcome = await change(LRO2, { kind: 'withdraw' });
    assert.equal(outcome.ok, false);
    if (!outcome.ok) {
      assert.equal(outcome.reason, 'not-found');
      assert.equal(outcome.request, undefined, 'nothing about the request is handed back');
    }
    const triage = await change(LRO2, { kind: 'acknowledge' });
    assert.ok(!triage.ok && triage.reason === 'forbidden' && !triage.request);
    assert.equal(await findVisible(store, CONFIG, LRO2, 'rdt-2026-0001'), undefined);
    assert.equal((await findVisible(store, CONFIG, LRO, 'rdt-2026-0001'))?.id, id);
    assert.equal((await findVisible(store, CONFIG, CC, 'RDT-2026-0001'))?.id, id);
    assert.equal(await findVisible(store, CONFIG, { ...LRO, tenantId: 'other' }, 'RDT-2026-0001'), undefined, 'same id in another tenant is someone else');
  });

  it('refuses transitions the lifecycle does not allow', async () => {
    const skip = await change(CC, { kind: 'status', to: 'resolved' });
    assert.equal(skip.ok, false);
    if (!skip.ok) assert.match(skip.message, /New; it can't move to Resolved/);
    await change(CC, { kind: 'acknowledge' });
    const twice = await change(CC, { kind: 'acknowledge' });
    assert.equal(twice.ok, false);
    const bogus = await change(CC, { kind: 'status', to: 'withdrawn' });
    assert.equal(bogus.ok, false, 'coordinators cannot withdraw on the requester’s behalf');
    assert.equal((await store.support.get(id))?.status, 'acknowledged');
    assert.equal((await store.support.events(id)).length, 2);
  });

  it('never moves a closed request again', async () => {
    await change(CC, { kind: 'status', to: 'declined', reason: 'Outside the RDT’s remit' });
    for (const c of [{ kind: 'acknowledge' }, { kind: 'assign', assignee: { aadObjectId: 'aad-cc-1' } }, { kind: 'status', to: 'in-progress' }] as Change[]) {
      assert.equal((await change(CC, c)).ok, false);
    }
    assert.deepEqual(TRANSITIONS.declined, []);
  });

  it('needs a reason to decline, and keeps it', async () => {
    const none = await change(CC, { kind: 'status', to: 'declined', reason: '  ' });
    assert.equal(none.ok, false);
    const outcome = await change(CC, { kind: 'status', to: 'declined', reason: 'Refer to the force’s own team' });
    assert.ok(outcome.ok);
    if (outcome.ok) {
      assert.equal(outcome.request.declineReason, 'Refer to the force’s own team');
      assert.equal(outcome.event.note, 'Refer to the force’s own team');
    }
  });

  it('assigns only to coordinators', async () => {
    const outcome = await change(CC, { kind: 'assign', assignee: { aadObjectId: 'aad-lro-2' } });
    assert.equal(outcome.ok, false);
    assert.ok((await change(CC, { kind: 'assign', assignee: { aadObjectId: 'aad-cc-1', name: 'Casey Placeholder' } })).ok);
    const same = await change(CC, { kind: 'assign', assignee: { aadObjectId: 'aad-cc-1' } });
    assert.equal(same.ok, false, 'already assigned to them');
    assert.ok((await change(CC, { kind: 'assign', assignee: { aadObjectId: 'aad-cc-2' } })).ok, 'reassigning is allowed');
  });

  it('lets the requester withdraw while New or Acknowledged, and only them', async () => {
    assert.equal((await change(CC, { kind: 'withdraw' })).ok, false);
    await change(CC, { kind: 'acknowledge' });
    const outcome = await change(LRO, { kind: 'withdraw', reason: 'Sorted locally' });
    assert.ok(outcome.ok);
    assert.equal((await store.support.get(id))?.status, 'withdrawn');
  });

  it('does not let the requester withdraw once the work is assigned', async () => {
    await change(CC, { kind: 'assign', assignee: { aadObjectId: 'aad-cc-1' } });
    const outcome = await change(LRO, { kind: 'withdraw' });
    assert.equal(outcome.ok, false);
    if (!outcome.ok) assert.match(outcome.message, /can no longer be withdrawn/);
  });

  it('keeps coordinators’ internal notes from the requester', async () => {
    await change(CC, { kind: 'note', note: 'Internal: check with the partner first', toRequester: false });
    await change(CC, { kind: 'note', note: 'We will call you tomorrow', toRequester: true });
    assert.equal((await change(CC, { kind: 'note', note: '   ', toRequester: true })).ok, false);
    const events = await store.support.events(id);
    assert.deepEqual(
      visibleEvents(CONFIG, LRO, events)
        .filter((e) => e.kind === 'note')
        .map((e) => e.note),
      ['We will call you tomorrow'],
    );
    assert.equal(visibleEvents(CONFIG, CC, events).filter((e) => e.kind === 'note').length, 2);
  });

  it('checks a change again when another coordinator changed the request at the same moment', async () => {
    const [a, b] = await Promise.all([change(CC, { kind: 'acknowledge' }), change(CC2, { kind: 'acknowledge' })]);
    assert.equal([a, b].filter((o) => o.ok).length, 1, 'only one acknowledgement is recorded');
    const [x, y] = await Promise.all([
      change(CC, { kind: 'assign', assignee: { aadObjectId: 'aad-cc-1' } }),
      change(CC2, { kind: 'note', note: 'Taking a look', toRequester: false }),
    ]);
    assert.ok(x.ok && y.ok, 'a note and an assignment can both be recorded, one after the other');
    assert.deepEqual(
      (await store.support.events(id)).map((e) => e.seq),
      [1, 2, 3, 4],
    );
  });
});
