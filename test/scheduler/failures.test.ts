import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'mocha';
import { deliver, retryFailed } from '../../src/scheduler/outbox';
import { message } from '../support/activities';
import { startHarness, type Harness } from '../support/harness';
import { channelAt } from '../support/connector';

const fast = { baseDelayMs: 5, maxDelayMs: 20 };

describe('a connector that fails, throttles for a day or hangs', function () {
  this.timeout(30000);
  let h: Harness;
  const now = new Date('2026-11-25T09:00:00Z');
  const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

  before(async () => {
    h = await startHarness({ SEND_TIMEOUT_MS: '300', SEND_ATTEMPTS: '3', SEND_MAX_RUNS: '2', SEND_RETRY_AFTER_CAP_SECONDS: '5' }, undefined, { sender: fast });
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

  it("answers a turn within the timeout when the connector hangs, instead of holding the turn open", async () => {
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
});
