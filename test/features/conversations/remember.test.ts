import assert from 'node:assert/strict';
import { forgetConversation, rememberConversation } from '../../../src/features/conversations/use-cases';
import type { ConversationRecord } from '../../../src/store/types';
import { featureDeps, LRO, type TestDeps } from '../../support/feature-deps';

const T0 = new Date('2026-03-02T09:00:00Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000).toISOString();

function record(at: string, changes: Partial<Omit<ConversationRecord, 'active'>> = {}): Omit<ConversationRecord, 'active'> {
  const id = `a:${LRO.aadObjectId}`;
  return {
    id,
    tenantId: LRO.tenantId,
    kind: 'personal',
    userAadObjectId: LRO.aadObjectId,
    reference: { activityId: `activity-${at}`, conversation: { id }, user: { aadObjectId: LRO.aadObjectId }, serviceUrl: 'https://smba.example/emea/' },
    updatedAt: at,
    ...changes,
  };
}

describe('remembering a conversation on each turn', () => {
  let deps: TestDeps;
  beforeEach(() => {
    deps = featureDeps(T0);
  });
  afterEach(() => deps.close());

  it('says a conversation is new once, and again when it comes back after being removed', async () => {
    assert.equal(await rememberConversation(deps, record(minutes(0))), true);
    assert.equal(await rememberConversation(deps, record(minutes(1))), false);
    await forgetConversation(deps, record(minutes(0)).id, new Date(minutes(2)));
    assert.equal(await rememberConversation(deps, record(minutes(3))), true);
    assert.equal((await deps.store.conversations.get(record(minutes(0)).id))?.active, true);
  });

  it('does not rewrite an unchanged reference within the hour, only a newer activity id', async () => {
    await rememberConversation(deps, record(minutes(0)));
    await rememberConversation(deps, record(minutes(59)));
    assert.equal((await deps.store.conversations.get(record(minutes(0)).id))?.updatedAt, minutes(0));
  });

  it('rewrites a reference that has changed, or that is an hour old', async () => {
    await rememberConversation(deps, record(minutes(0)));
    const moved = record(minutes(5), { reference: { ...record(minutes(5)).reference, serviceUrl: 'https://smba.example/uk/' } });
    await rememberConversation(deps, moved);
    const stored = await deps.store.conversations.get(moved.id);
    assert.equal(stored?.reference.serviceUrl, 'https://smba.example/uk/');
    await rememberConversation(deps, record(minutes(65), { reference: moved.reference }));
    assert.equal((await deps.store.conversations.get(moved.id))?.updatedAt, minutes(65));
  });

  it('reads the store once a minute for a conversation in full flow, and every time the bot is added', async () => {
    let reads = 0;
    const get = deps.store.conversations.get.bind(deps.store.conversations);
    deps.store.conversations.get = (id) => (reads++, get(id));
    for (const at of [0, 0.25, 0.5, 0.75]) await rememberConversation(deps, record(minutes(at)));
    assert.equal(reads, 1);
    await rememberConversation(deps, record(minutes(1)));
    assert.equal(reads, 2);
    await rememberConversation(deps, record(minutes(1.25)), true);
    assert.equal(reads, 3);
  });

  it('takes a removal recorded elsewhere into account when the bot is added again, or a minute later', async () => {
    const id = record(minutes(0)).id;
    await rememberConversation(deps, record(minutes(0)));
    await deps.store.conversations.markInactive(id, minutes(0.25));
    assert.equal(await rememberConversation(deps, record(minutes(0.5)), true), true);
    assert.equal((await deps.store.conversations.get(id))?.active, true);
    await deps.store.conversations.markInactive(id, minutes(0.75));
    assert.equal(await rememberConversation(deps, record(minutes(0.9))), false);
    assert.equal(await rememberConversation(deps, record(minutes(2))), true);
    assert.equal((await deps.store.conversations.get(id))?.active, true);
  });
});
