import assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import { MongoClient } from 'mongodb';
import type { NewSupportRequest, SupportEvent, SupportState } from '../../src/store/support-types';
import type { Store } from '../../src/store/types';

// Fictional people and operations only.
const LRO = { aadObjectId: 'aad-lro-1', name: 'Alex Example' };
const LRO2 = { aadObjectId: 'aad-lro-2', name: 'Jordan Sample' };
const CC = { aadObjectId: 'aad-cc-1', name: 'Casey Placeholder' };
const T0 = '2026-11-25T10:00:00.000Z';

let seq = 0;
function draft(overrides: Partial<NewSupportRequest> = {}): NewSupportRequest {
  seq++;
  return {
    id: `req-${seq}-${Math.random().toString(36).slice(2, 10)}`,
    tenantId: 't1',
    requester: LRO,
    force: 'Dorset',
    operation: `Op Example ${seq}`,
    supportType: 'disruption-tactics',
    urgency: 'routine',
    summary: 'Options for disrupting a fictional county line.',
    createdAt: T0,
    ...overrides,
  };
}

function change(from: SupportEvent['from'], state: SupportState, at = '2026-11-25T11:00:00.000Z'): Omit<SupportEvent, 'requestId' | 'seq'> {
  return { at, by: CC, kind: state.status === 'assigned' ? 'assigned' : 'status', from, to: state.status, state };
}

/** Drops a MongoDB test database after its suite. */
export async function dropMongoDatabase(uri: string, dbName: string): Promise<void> {
  const client = await MongoClient.connect(uri);
  await client.db(dbName).dropDatabase();
  await client.close();
}

/** The support repository's contract, run against each store implementation. */
export function describeSupportContract(name: string, open: () => Promise<Store>, drop: () => Promise<void> = async () => {}) {
  describe(`support store contract: ${name}`, () => {
    let store: Store;
    before(async () => {
      store = await open();
    });
    after(async () => {
      if (!store) return;
      await store.close();
      await drop();
    });

    it('numbers requests RDT-YYYY-NNNN from one counter per year', async () => {
      const a = await store.support.create(draft(), 2030);
      const b = await store.support.create(draft(), 2030);
      const c = await store.support.create(draft(), 2031);
      assert.equal(a.request.reference, 'RDT-2030-0001');
      assert.equal(b.request.reference, 'RDT-2030-0002');
      assert.equal(c.request.reference, 'RDT-2031-0001');
      assert.ok(a.created && b.created && c.created);
    });

    it('records a new request with its details, status New, version 1 and a created event', async () => {
      const d = draft({ contact: 'Teams call, mornings', urgency: 'urgent' });
      const { request } = await store.support.create(d, 2032);
      assert.deepEqual(await store.support.get(d.id), request);
      assert.equal(request.status, 'new');
      assert.equal(request.version, 1);
      assert.equal(request.contact, 'Teams call, mornings');
      assert.deepEqual(request.requester, LRO);
      assert.equal(request.updatedAt, T0);
      assert.deepEqual(await store.support.getByReference(request.reference), request);
      assert.deepEqual(await store.support.events(d.id), [{ requestId: d.id, seq: 1, at: T0, by: LRO, kind: 'created', to: 'new', state: { status: 'new' } }]);
    });

    it('returns the first request when the same id is recorded twice, without using a number', async () => {
      const d = draft();
      const first = await store.support.create(d, 2033);
      const again = await store.support.create({ ...d, summary: 'A second click' }, 2033);
      assert.equal(again.created, false);
      assert.deepEqual(again.request, first.request);
      assert.equal((await store.support.create(draft(), 2033)).request.reference, 'RDT-2033-0002');
    });

    it('hands out unique numbers to 25 concurrent allocations', async () => {
      const numbers = await Promise.all(Array.from({ length: 25 }, () => store.support.allocateNumber(2040)));
      assert.equal(new Set(numbers).size, 25);
      assert.deepEqual(
        [...numbers].sort((x, y) => x - y),
        Array.from({ length: 25 }, (_, i) => i + 1),
      );
    });

    it('gives 20 concurrent new requests 20 different references', async () => {
      const created = await Promise.all(Array.from({ length: 20 }, () => store.support.create(draft(), 2041)));
      assert.equal(new Set(created.map((c) => c.request.reference)).size, 20);
      assert.ok(created.every((c) => /^RDT-2041-\d{4}$/.test(c.request.reference)));
    });

    it('creates one request when the same form is recorded 10 times at once', async () => {
      const d = draft();
      const results = await Promise.all(Array.from({ length: 10 }, () => store.support.create(d, 2042)));
      assert.equal(results.filter((r) => r.created).length, 1);
      assert.equal(new Set(results.map((r) => r.request.reference)).size, 1);
      assert.equal((await store.support.list({ requesterAadObjectId: LRO.aadObjectId })).filter((r) => r.id === d.id).length, 1);
      assert.equal((await store.support.events(d.id)).length, 1);
    });

    it('appends an event and moves the request to its state when the version matches', async () => {
      const d = draft();
      await store.support.create(d, 2034);
      const acked = await store.support.append(d.id, 1, change('new', { status: 'acknowledged', acknowledgedAt: '2026-11-25T11:00:00.000Z' }));
      assert.equal(acked?.status, 'acknowledged');
      assert.equal(acked?.version, 2);
      assert.equal(acked?.acknowledgedAt, '2026-11-25T11:00:00.000Z');
      assert.equal(acked?.updatedAt, '2026-11-25T11:00:00.000Z');
      const assigned = await store.support.append(
        d.id,
        2,
        change('acknowledged', { status: 'assigned', assignee: CC, acknowledgedAt: '2026-11-25T11:00:00.000Z' }, '2026-11-25T12:00:00.000Z'),
      );
      assert.deepEqual(assigned?.assignee, CC);
      const declined = await store.support.append(d.id, 3, {
        ...change('assigned', { status: 'declined', declineReason: 'Outside our remit', acknowledgedAt: '2026-11-25T11:00:00.000Z' }),
        note: 'Outside our remit',
      });
      assert.equal(declined?.assignee, undefined, 'a state without an assignee clears it');
      assert.equal(declined?.declineReason, 'Outside our remit');
      const events = await store.support.events(d.id);
      assert.deepEqual(
        events.map((e) => [e.seq, e.from ?? null, e.to]),
        [
          [1, null, 'new'],
          [2, 'new', 'acknowledged'],
          [3, 'acknowledged', 'assigned'],
          [4, 'assigned', 'declined'],
        ],
      );
      assert.equal(events[3].note, 'Outside our remit');
      assert.deepEqual(events[2].state.assignee, CC);
    });

    it('records nothing when a change is based on an old version', async () => {
      const d = draft();
      await store.support.create(d, 2035);
      await store.support.append(d.id, 1, change('new', { status: 'acknowledged' }));
      assert.equal(await store.support.append(d.id, 1, change('new', { status: 'declined', declineReason: 'late' })), undefined);
      assert.equal((await store.support.get(d.id))?.status, 'acknowledged');
      assert.equal((await store.support.events(d.id)).length, 2);
      assert.equal(await store.support.append('no-such-request', 1, change('new', { status: 'acknowledged' })), undefined);
    });

    it('lets exactly one of 10 concurrent changes from the same version through', async () => {
      const d = draft();
      await store.support.create(d, 2036);
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) => store.support.append(d.id, 1, { ...change('new', { status: 'acknowledged' }), note: `click ${i}` })),
      );
      assert.equal(results.filter(Boolean).length, 1);
      const events = await store.support.events(d.id);
      assert.equal(events.length, 2);
      assert.equal((await store.support.get(d.id))?.version, 2);
    });

    it('keeps notes in the audit trail with who they are for', async () => {
      const d = draft();
      await store.support.create(d, 2037);
      await store.support.append(d.id, 1, {
        at: T0,
        by: CC,
        kind: 'note',
        from: 'new',
        to: 'new',
        note: 'Called the LRO',
        toRequester: false,
        state: { status: 'new' },
      });
      await store.support.append(d.id, 2, {
        at: T0,
        by: CC,
        kind: 'note',
        from: 'new',
        to: 'new',
        note: 'We will call you',
        toRequester: true,
        state: { status: 'new' },
      });
      const notes = (await store.support.events(d.id)).filter((e) => e.kind === 'note');
      assert.deepEqual(
        notes.map((n) => [n.note, n.toRequester]),
        [
          ['Called the LRO', false],
          ['We will call you', true],
        ],
      );
    });

    it('lists requests by requester, status, force and urgency, oldest first', async () => {
      const year = 2038;
      const a = await store.support.create(draft({ requester: LRO2, force: 'Wiltshire', urgency: 'urgent', createdAt: '2026-11-26T09:00:00.000Z' }), year);
      const b = await store.support.create(draft({ requester: LRO2, force: 'Wiltshire', urgency: 'routine', createdAt: '2026-11-26T08:00:00.000Z' }), year);
      await store.support.append(b.request.id, 1, change('new', { status: 'acknowledged' }));
      const mine = await store.support.list({ requesterAadObjectId: LRO2.aadObjectId });
      assert.deepEqual(
        mine.map((r) => r.id),
        [b.request.id, a.request.id],
      );
      assert.deepEqual(
        (await store.support.list({ requesterAadObjectId: LRO2.aadObjectId, statuses: ['new'] })).map((r) => r.id),
        [a.request.id],
      );
      assert.deepEqual(
        (await store.support.list({ force: 'Wiltshire', urgency: 'routine' })).map((r) => r.id),
        [b.request.id],
      );
      assert.deepEqual(await store.support.list({ requesterAadObjectId: LRO2.aadObjectId, statuses: [] }), []);
    });

    it('remembers the triage card and whether the requester was told', async () => {
      const d = draft();
      await store.support.create(d, 2039);
      await store.support.setTriage(d.id, { conversationId: '19:triage@thread.tacv2', activityId: 'act-9' });
      await store.support.setRequesterNotice(d.id, 'no-personal-chat');
      let got = await store.support.get(d.id);
      assert.deepEqual(got?.triage, { conversationId: '19:triage@thread.tacv2', activityId: 'act-9' });
      assert.equal(got?.requesterNotice, 'no-personal-chat');
      await store.support.setRequesterNotice(d.id, undefined);
      got = await store.support.get(d.id);
      assert.equal(got?.requesterNotice, undefined);
      assert.equal(got?.triage?.activityId, 'act-9');
    });

    it('keeps export links until they expire', async () => {
      await store.support.addDownload({ tokenHash: 'h-old', createdBy: CC.aadObjectId, createdAt: T0, expiresAt: '2026-11-25T10:15:00.000Z' });
      await store.support.addDownload({ tokenHash: 'h-new', createdBy: CC.aadObjectId, createdAt: T0, expiresAt: '2026-11-25T11:15:00.000Z' });
      assert.deepEqual(await store.support.getDownload('h-old'), {
        tokenHash: 'h-old',
        createdBy: CC.aadObjectId,
        createdAt: T0,
        expiresAt: '2026-11-25T10:15:00.000Z',
      });
      await store.support.purgeDownloads('2026-11-25T11:00:00.000Z');
      assert.equal(await store.support.getDownload('h-old'), undefined);
      assert.equal((await store.support.getDownload('h-new'))?.createdBy, CC.aadObjectId);
    });
  });
}
