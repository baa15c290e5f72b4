import assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import type { Store } from '../../src/store/types';

/** Opens a store before a suite's tests and drops and closes it after them; the getter gives the open store. */
export function suiteStore(open: () => Promise<Store>, drop: (s: Store) => Promise<void>): () => Store {
  let store: Store | undefined;
  before(async () => {
    store = await open();
  });
  after(async () => {
    if (!store) return;
    await drop(store);
    await store.close();
  });
  return () => store!;
}

const ref = (id: string) => ({ conversation: { id }, serviceUrl: 'http://127.0.0.1:1/', channelId: 'msteams' });

/** The one contract every store implementation must keep. */
export function describeStoreContract(name: string, open: () => Promise<Store>, drop: (s: Store) => Promise<void> = async () => {}) {
  describe(`store contract: ${name}`, () => {
    const opened = suiteStore(open, drop);

    it('answers a ping', async () => {
      await opened().ping();
    });

    it('stores a conversation reference and reads it back', async () => {
      await opened().conversations.upsert({
        id: 'c-channel',
        tenantId: 't1',
        kind: 'channel',
        teamId: 'team-1',
        reference: ref('c-channel'),
        updatedAt: '2026-11-25T10:00:00.000Z',
      });
      const got = await opened().conversations.get('c-channel');
      assert.deepEqual(got, {
        id: 'c-channel',
        tenantId: 't1',
        kind: 'channel',
        teamId: 'team-1',
        reference: ref('c-channel'),
        active: true,
        updatedAt: '2026-11-25T10:00:00.000Z',
      });
    });

    it('replaces a conversation on upsert rather than duplicating it', async () => {
      await opened().conversations.upsert({ id: 'c-dup', tenantId: 't1', kind: 'groupChat', reference: ref('a'), updatedAt: '2026-11-25T10:00:00.000Z' });
      await opened().conversations.upsert({ id: 'c-dup', tenantId: 't1', kind: 'groupChat', reference: ref('b'), updatedAt: '2026-11-25T11:00:00.000Z' });
      const all = (await opened().conversations.listActive('groupChat')).filter((c) => c.id === 'c-dup');
      assert.equal(all.length, 1);
      assert.deepEqual(all[0].reference, ref('b'));
    });

    it('finds the active personal chat with a user, and forgets it once inactive', async () => {
      await opened().conversations.upsert({
        id: 'c-personal',
        tenantId: 't1',
        kind: 'personal',
        userAadObjectId: 'aad-1',
        reference: ref('c-personal'),
        updatedAt: '2026-11-25T10:00:00.000Z',
      });
      assert.equal((await opened().conversations.findPersonal('t1', 'aad-1'))?.id, 'c-personal');
      assert.equal(await opened().conversations.findPersonal('t2', 'aad-1'), undefined, 'tenants are kept apart');
      assert.equal(await opened().conversations.markInactive('c-personal', '2026-11-25T12:00:00.000Z'), true);
      assert.equal(await opened().conversations.findPersonal('t1', 'aad-1'), undefined);
      const got = await opened().conversations.get('c-personal');
      assert.equal(got?.active, false);
      assert.equal(got?.updatedAt, '2026-11-25T12:00:00.000Z');
      assert.ok(!(await opened().conversations.listActive()).some((c) => c.id === 'c-personal'));
    });

    it('reports false when marking an unknown conversation inactive', async () => {
      assert.equal(await opened().conversations.markInactive('no-such', '2026-11-25T12:00:00.000Z'), false);
    });

    it('reactivates a conversation on the next upsert', async () => {
      await opened().conversations.upsert({ id: 'c-back', tenantId: 't1', kind: 'channel', reference: ref('x'), updatedAt: '2026-11-25T10:00:00.000Z' });
      await opened().conversations.markInactive('c-back', '2026-11-25T10:30:00.000Z');
      await opened().conversations.upsert({ id: 'c-back', tenantId: 't1', kind: 'channel', reference: ref('x'), updatedAt: '2026-11-25T11:00:00.000Z' });
      assert.equal((await opened().conversations.get('c-back'))?.active, true);
    });

    it('keeps feedback per entry in the order given', async () => {
      await opened().feedback.add({ entryId: 'fb-4', reaction: 'like', at: '2026-11-25T10:00:00.000Z' });
      await opened().feedback.add({ entryId: 'fb-4', reaction: 'dislike', comment: 'too short', at: '2026-11-25T10:01:00.000Z' });
      await opened().feedback.add({ entryId: 'other', reaction: 'like', at: '2026-11-25T10:02:00.000Z' });
      assert.deepEqual(await opened().feedback.listForEntry('fb-4'), [
        { entryId: 'fb-4', reaction: 'like', at: '2026-11-25T10:00:00.000Z' },
        { entryId: 'fb-4', reaction: 'dislike', comment: 'too short', at: '2026-11-25T10:01:00.000Z' },
      ]);
    });

    it('counts unanswered questions and lists the most frequent first', async () => {
      await opened().unanswered.record('what is xyz', '2026-11-25T10:00:00.000Z');
      await opened().unanswered.record('budget codes', '2026-11-25T10:01:00.000Z');
      await opened().unanswered.record('what is xyz', '2026-11-25T10:02:00.000Z');
      const top = await opened().unanswered.mostFrequent(5);
      assert.deepEqual(top[0], { question: 'what is xyz', count: 2, firstAt: '2026-11-25T10:00:00.000Z', lastAt: '2026-11-25T10:02:00.000Z' });
      assert.equal(top[1].question, 'budget codes');
      assert.equal((await opened().unanswered.mostFrequent(1)).length, 1);
    });

    describe('deliveries', () => {
      const base = {
        kind: 'test.reminder',
        conversationId: 'c1',
        payload: { text: 'hello', card: { $schema: 'http://adaptivecards.io/schemas/adaptive-card.json' } },
        claimedAt: '2026-11-25T09:00:00.000Z',
      };

      it('lets exactly one of many concurrent claims of a key win', async () => {
        const results = await Promise.all(
          Array.from({ length: 10 }, (_, i) => opened().deliveries.claim({ ...base, key: 'd-race', claimedBy: `instance-${i}` })),
        );
        assert.equal(results.filter(Boolean).length, 1);
        const d = await opened().deliveries.get('d-race');
        assert.equal(d?.status, 'pending');
        assert.deepEqual(d?.payload, base.payload);
      });

      it('records a sent delivery with its activity id', async () => {
        await opened().deliveries.claim({ ...base, key: 'd-sent', claimedBy: 'a' });
        await opened().deliveries.markSent('d-sent', '2026-11-25T09:00:01.000Z', 'act-9');
        const d = await opened().deliveries.get('d-sent');
        assert.equal(d?.status, 'sent');
        assert.equal(d?.activityId, 'act-9');
        assert.equal(d?.attempts, 1);
      });

      it('lists the sent deliveries whose key starts with a prefix, taken literally', async () => {
        for (const key of ['dropins:2026-02-03:a', 'dropins:2026-02-03:b', 'dropins:2026-02-03:pending', 'dropins:2026-03-03:a', 'dropins:2026-02-0.:x']) {
          await opened().deliveries.claim({ ...base, key, claimedBy: 'a' });
          if (!key.endsWith('pending')) await opened().deliveries.markSent(key, '2026-11-25T09:00:01.000Z', `act-${key}`);
        }
        const sent = await opened().deliveries.listSent('dropins:2026-02-03:');
        assert.deepEqual(
          sent.map((d) => [d.key, d.activityId]),
          [
            ['dropins:2026-02-03:a', 'act-dropins:2026-02-03:a'],
            ['dropins:2026-02-03:b', 'act-dropins:2026-02-03:b'],
          ],
        );
        assert.deepEqual(
          (await opened().deliveries.listSent('dropins:2026-02-0.')).map((d) => d.key),
          ['dropins:2026-02-0.:x'],
        );
      });

      it('offers failed and stale pending deliveries for retry, to one instance only', async () => {
        await opened().deliveries.claim({ ...base, key: 'd-failed', claimedBy: 'a' });
        await opened().deliveries.markFailed('d-failed', '2026-11-25T09:00:02.000Z', 'HTTP 502');
        await opened().deliveries.claim({ ...base, key: 'd-stale', claimedBy: 'dead', claimedAt: '2026-11-25T08:00:00.000Z' });
        await opened().deliveries.claim({ ...base, key: 'd-fresh', claimedBy: 'b', claimedAt: '2026-11-25T09:59:00.000Z' });
        await opened().deliveries.claim({ ...base, key: 'd-gone', claimedBy: 'b' });
        await opened().deliveries.markFailed('d-gone', '2026-11-25T09:00:03.000Z', 'HTTP 403', 'gone');
        const staleBefore = '2026-11-25T09:30:00.000Z';
        const keys = (await opened().deliveries.listRetryable(staleBefore, '2026-11-25T10:00:00.000Z', 50)).map((d) => d.key);
        assert.ok(keys.includes('d-failed') && keys.includes('d-stale'));
        assert.ok(!keys.includes('d-fresh') && !keys.includes('d-sent') && !keys.includes('d-gone'));
        assert.equal((await opened().deliveries.get('d-gone'))?.status, 'gone');
        assert.equal((await opened().deliveries.get('d-failed'))?.lastError, 'HTTP 502');

        const takes = await Promise.all(['x', 'y', 'z'].map((by) => opened().deliveries.claimRetry('d-failed', by, '2026-11-25T10:00:00.000Z', staleBefore)));
        assert.equal(takes.filter(Boolean).length, 1);
        assert.equal(await opened().deliveries.claimRetry('d-fresh', 'x', '2026-11-25T10:00:00.000Z', staleBefore), false);
      });

      it('keeps a deferred delivery out of retries until its time, and does not count a released run', async () => {
        await opened().deliveries.claim({ ...base, key: 'd-later', claimedBy: 'a' });
        await opened().deliveries.markFailed('d-later', '2026-11-25T09:00:00.000Z', 'HTTP 429', 'failed', { notBefore: '2026-11-26T09:00:00.000Z' });
        const staleBefore = '2026-11-25T09:30:00.000Z';
        const retryable = async (now: string) => (await opened().deliveries.listRetryable(staleBefore, now, 50)).map((d) => d.key);
        assert.ok(!(await retryable('2026-11-25T10:00:00.000Z')).includes('d-later'));
        assert.equal(await opened().deliveries.claimRetry('d-later', 'x', '2026-11-25T10:00:00.000Z', staleBefore), false);
        assert.ok((await retryable('2026-11-26T09:00:00.000Z')).includes('d-later'));
        await opened().deliveries.claim({ ...base, key: 'd-released', claimedBy: 'a' });
        await opened().deliveries.markFailed('d-released', '2026-11-25T09:00:00.000Z', 'stopping', 'failed', { countRun: false });
        assert.equal((await opened().deliveries.get('d-released'))?.attempts, 0);
        assert.equal((await opened().deliveries.get('d-later'))?.attempts, 1);
      });

      it('marks a stale pending delivery unknown or re-posted, and lists what was given up', async () => {
        const staleBefore = '2026-11-25T09:30:00.000Z';
        await opened().deliveries.claim({ ...base, key: 'd-crash-once', claimedBy: 'dead', claimedAt: '2026-11-25T08:00:00.000Z' });
        await opened().deliveries.claim({ ...base, key: 'd-crash-twice', atLeastOnce: true, claimedBy: 'dead', claimedAt: '2026-11-25T08:00:00.000Z' });
        assert.equal(await opened().deliveries.markUnknown('d-crash-once', staleBefore, '2026-11-25T10:00:00.000Z'), true);
        assert.equal(await opened().deliveries.markUnknown('d-crash-once', staleBefore, '2026-11-25T10:00:00.000Z'), false);
        assert.equal(await opened().deliveries.claimRetry('d-crash-twice', 'x', '2026-11-25T10:00:00.000Z', staleBefore, { repost: true }), true);
        const reposted = await opened().deliveries.get('d-crash-twice');
        assert.equal(reposted?.reposted, true);
        assert.equal(reposted?.atLeastOnce, true);
        await opened().deliveries.claim({ ...base, key: 'd-hopeless', claimedBy: 'a' });
        await opened().deliveries.markFailed('d-hopeless', '2026-11-25T09:00:00.000Z', 'HTTP 500', 'given-up');
        const listed = (await opened().deliveries.listUndelivered(10)).map((d) => d.key);
        assert.deepEqual(listed.sort(), ['d-crash-once', 'd-hopeless']);
        assert.ok(!(await opened().deliveries.listRetryable(staleBefore, '2026-11-26T00:00:00.000Z', 50)).some((d) => listed.includes(d.key)));
      });

      it('records a card update under one key, the latest state replacing an earlier one', async () => {
        await opened().deliveries.claimUpdate({ ...base, key: 'd-card', op: 'update', activityId: 'act-1', atLeastOnce: true, claimedBy: 'a' });
        await opened().deliveries.markFailed('d-card', '2026-11-25T09:00:01.000Z', 'HTTP 500');
        await opened().deliveries.claimUpdate({
          ...base,
          key: 'd-card',
          op: 'update',
          activityId: 'act-1',
          atLeastOnce: true,
          payload: { text: 'newer' },
          claimedBy: 'b',
        });
        const d = await opened().deliveries.get('d-card');
        assert.equal(d?.status, 'pending');
        assert.equal(d?.op, 'update');
        assert.equal(d?.activityId, 'act-1');
        assert.equal(d?.attempts, 0);
        assert.deepEqual(d?.payload, { text: 'newer' });
        assert.equal(d?.lastError, undefined);
      });
    });

    it('keeps a setting with who changed it and when', async () => {
      assert.equal(await opened().settings.get('triage-channel'), undefined);
      await opened().settings.set({ key: 'triage-channel', value: 'c-1', updatedBy: 'aad-cc', updatedAt: '2026-11-25T09:00:00.000Z' });
      await opened().settings.set({ key: 'triage-channel', value: 'c-2', updatedBy: 'aad-cc2', updatedAt: '2026-11-25T10:00:00.000Z' });
      assert.deepEqual(await opened().settings.get('triage-channel'), {
        key: 'triage-channel',
        value: 'c-2',
        updatedBy: 'aad-cc2',
        updatedAt: '2026-11-25T10:00:00.000Z',
      });
    });
  });
}
