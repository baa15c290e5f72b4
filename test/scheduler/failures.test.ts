import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'mocha';
import { deliver, deliverMany, deliverUpdate, retryFailed } from '../../src/scheduler/outbox';
import { londonInstant } from '../../src/features/dates';
import { storeDashboardSource } from '../../src/features/dashboard';
import { loadConfig } from '../../src/config';
import { TENANT, USERS, message, personalConversationId, type User } from '../support/activities';
import { startHarness, type Harness } from '../support/harness';
import { channelAt } from '../support/connector';

const fast = { baseDelayMs: 5, maxDelayMs: 20 };

describe('a connector that fails, throttles for a day or hangs', function () {
  this.timeout(30000);
  let h: Harness;
  const now = new Date('2026-11-25T09:00:00Z');
  const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

  before(async () => {
    h = await startHarness(
      { COORDINATOR_AAD_IDS: USERS.coordinator.aadObjectId, SEND_TIMEOUT_MS: '300', SEND_ATTEMPTS: '3', SEND_MAX_RUNS: '2', SEND_RETRY_AFTER_CAP_SECONDS: '5' },
      undefined,
      { sender: fast },
    );
  });
  after(async () => h.close());
  // A channel of its own for each test: one test's Retry-After must not hold up the next.
  let CHANNEL = '';
  let n = 0;
  beforeEach(async () => {
    h.connector.reset();
    CHANNEL = `19:failures-${++n}@thread.tacv2`;
    await h.app.store.conversations.upsert(channelAt(CHANNEL, h.connector.url));
  });

  it('makes exactly SEND_ATTEMPTS requests for one message to a connector answering 500 (no SDK retries on top)', async () => {
    let requests = 0;
    h.connector.responder = () => (requests++, { status: 500 });
    const outcome = await h.app.sender.send(CHANNEL, { text: 'doomed' });
    assert.equal(outcome.status, 'failed');
    assert.equal(requests, 3);
  });

  it('makes one request for a 429 with a Retry-After beyond the cap, and defers the message to a later run', async () => {
    let requests = 0;
    h.connector.responder = () => (requests++, { status: 429, headers: { 'retry-after': '86400' } });
    const msg = { key: 'fail:day', kind: 'test', conversationId: CHANNEL, reply: { text: 'tomorrow' } };
    assert.equal(await deliver(h.app.store, h.app.sender, msg, now), 'failed');
    assert.equal(requests, 1);
    const d = await h.app.store.deliveries.get(msg.key);
    assert.equal(d?.status, 'failed');
    assert.equal(d?.notBefore, new Date(now.getTime() + 86_400_000).toISOString());
    // The conversation is left alone until then: another send makes no request.
    assert.equal((await h.app.sender.send(CHANNEL, { text: 'also tomorrow' })).status, 'failed');
    assert.equal(requests, 1);
    h.connector.responder = () => undefined;
    assert.equal((await retryFailed(h.app.store, h.app.sender, later(10))).sent, 0, 'not retried before its time');
  });

  it('waits out a Retry-After within the cap, then sends', async () => {
    const arrivals: number[] = [];
    h.connector.responder = (call) => (arrivals.push(call.at), arrivals.length === 1 ? { status: 429, headers: { 'retry-after': '1' } } : undefined);
    await h.app.store.conversations.upsert(channelAt('19:patient@thread.tacv2', h.connector.url));
    assert.equal((await h.app.sender.send('19:patient@thread.tacv2', { text: 'after a second' })).status, 'sent');
    assert.equal(arrivals.length, 2);
    assert.ok(arrivals[1] - arrivals[0] >= 1000, 'the second request came after the Retry-After');
  });

  it('times out a send to a connector that never answers, counts it failed and retries it like a 5xx', async () => {
    h.connector.hang = true;
    const msg = { key: 'fail:hung', kind: 'test', conversationId: CHANNEL, reply: { text: 'into the void' } };
    assert.equal(await deliver(h.app.store, h.app.sender, msg, now), 'failed');
    assert.equal(h.connector.hung, 3, 'each attempt timed out and was retried');
    h.connector.hang = false;
    assert.equal((await retryFailed(h.app.store, h.app.sender, later(10))).sent, 1);
    assert.equal(h.connector.sent(CHANNEL).filter((a) => a.text === 'into the void').length, 1);
  });

  it('answers a turn within the timeout when the connector hangs, instead of holding the turn open', async () => {
    h.connector.hang = true;
    const res = await h.post(message('help', { serviceUrl: h.connector.url }));
    assert.ok(res.status >= 200, 'the turn ended');
    assert.ok(h.connector.hung >= 1);
  });

  it('gives up after SEND_MAX_RUNS runs and lists the delivery for coordinators, never dropping it silently', async () => {
    h.connector.responder = () => ({ status: 500 });
    const msg = { key: 'fail:hopeless', kind: 'test', conversationId: CHANNEL, reply: { text: 'hopeless' } };
    assert.equal(await deliver(h.app.store, h.app.sender, msg, now), 'failed');
    assert.equal((await retryFailed(h.app.store, h.app.sender, later(10)))['given-up'], 1);
    h.connector.responder = () => undefined;
    assert.equal((await retryFailed(h.app.store, h.app.sender, later(20))).sent, 0, 'not retried again');
    const listed = await h.app.store.deliveries.listUndelivered(10);
    assert.ok(listed.some((d) => d.key === msg.key && d.status === 'given-up'));
  });

  it('finishes the reminder job when the connector hangs, leaving its sends for retry', async () => {
    await h.post(message('help', { serviceUrl: h.connector.url }));
    await h.app.store.plans.insert({
      id: 'hung-plan',
      tenantId: TENANT,
      reference: 'OCG-HUNG-1',
      ownerAadObjectId: USERS.lro.aadObjectId,
      ownerName: USERS.lro.name,
      cadence: { kind: 'monthly' },
      lastReviewed: '2026-03-03',
      nextReview: '2026-04-03',
      status: 'active',
      createdBy: USERS.lro.aadObjectId,
      createdAt: '2026-03-03T09:00:00.000Z',
      updatedBy: USERS.lro.aadObjectId,
      updatedAt: '2026-03-03T09:00:00.000Z',
    });
    h.connector.hang = true;
    const report = await h.app.scheduler.runNow('reminders.plans', londonInstant('2026-04-03', '08:00'));
    assert.equal(report['plans.owner.failed'], 1, JSON.stringify(report));
    assert.ok(h.connector.hung >= 1);
  });

  it('records a failed card update and makes it on the next run, with the latest state', async () => {
    h.connector.responder = () => ({ status: 500 });
    const update = { key: 'card:1', kind: 'support.triage-card', conversationId: CHANNEL, activityId: 'act-42', reply: { text: 'first state' } };
    assert.equal(await deliverUpdate(h.app.store, h.app.sender, update, now), 'failed');
    assert.equal(await deliverUpdate(h.app.store, h.app.sender, { ...update, reply: { text: 'latest state' } }, now), 'failed');
    assert.equal((await h.app.store.deliveries.get('card:1'))?.status, 'failed');
    h.connector.responder = () => undefined;
    await retryFailed(h.app.store, h.app.sender, later(10));
    assert.equal((await h.app.store.deliveries.get('card:1'))?.status, 'sent');
    const puts = h.connector.updates();
    assert.equal(puts.length, 1);
    assert.equal(puts[0].activityId, 'act-42');
    assert.equal(puts[0].body.text, 'latest state');
  });

  it('lists what it gave up on for coordinators only, in chat and on the dashboard', async () => {
    h.connector.responder = () => ({ status: 500 });
    const msg = { key: 'fail:listed', kind: 'plans.owner', conversationId: CHANNEL, reply: { text: 'never arrives' } };
    await deliver(h.app.store, h.app.sender, msg, now);
    await retryFailed(h.app.store, h.app.sender, later(10));
    h.connector.responder = () => undefined;
    const ask = async (user: User) => {
      await h.post(message('failed sends', { serviceUrl: h.connector.url, user }));
      return h.connector.sent(personalConversationId(user)).at(-1).text as string;
    };
    assert.match(await ask(USERS.lro), /Only coordinators/);
    const listed = await ask(USERS.coordinator);
    assert.match(listed, new RegExp(`plans.owner to ${CHANNEL}: gave up after 2 runs \\(HTTP 500\\)`));
    assert.doesNotMatch(listed, /never arrives/, 'the message text is not repeated');
    const dashboard = await storeDashboardSource(h.app.store, loadConfig({})).coordinatorView(later(30));
    assert.ok(dashboard.failedSends.some((f) => f.conversationId === CHANNEL && f.kind === 'plans.owner'));
  });
});

describe('stopping while a job sends to a hung connector', function () {
  this.timeout(30000);

  it('abandons the running job at once, leaving what it had not sent for the next instance', async () => {
    const h = await startHarness({ SEND_TIMEOUT_MS: '1000' }, undefined, { sender: fast });
    try {
      const ids = Array.from({ length: 3 }, (_, i) => `19:stopping-${i}@thread.tacv2`);
      for (const id of ids) await h.app.store.conversations.upsert(channelAt(id, h.connector.url));
      h.connector.hang = true;
      const now = new Date('2026-11-25T09:00:00Z');
      const messages = ids.flatMap((id) =>
        Array.from({ length: 20 }, (_, n) => ({
          key: `stop:${id}#${n}`,
          kind: 'support.triage',
          conversationId: id,
          reply: { text: `${id} ${n}` },
          atLeastOnce: true,
        })),
      );
      const results: string[] = [];
      const job = deliverMany(h.app.store, h.app.sender, messages, now, (_m, r) => results.push(r));
      while (h.connector.hung < ids.length) await new Promise((r) => setTimeout(r, 10));
      await h.app.scheduler.stop();
      await job;
      assert.equal(results.length, messages.length, 'every message has an outcome');
      assert.ok(results.filter((r) => r === 'released').length >= messages.length - 2 * ids.length, JSON.stringify(results));
      // Nothing it claimed is left pending: the next instance retries it at once, not after the stale-claim time.
      for (const m of messages) assert.notEqual((await h.app.store.deliveries.get(m.key))?.status, 'pending');
    } finally {
      await h.close();
    }
  });
});
