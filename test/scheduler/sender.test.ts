import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'mocha';
import { CHANNEL_ID, botMembership } from '../support/activities';
import { textOf } from '../support/cards';
import { startHarness, type Harness } from '../support/harness';
import { deliver, retryFailed } from '../../src/scheduler/outbox';
import { ProactiveSender } from '../../src/scheduler/sender';
import { createTeamsTransport } from '../../src/bot/proactive';
import { createAdapter } from '../../src/http/adapter';
import { createLogger } from '../../src/log';
import { loadConfig } from '../../src/config';
import { openSqliteStore } from '../../src/store';

describe('proactive sender through the real adapter', () => {
  let h: Harness;
  const fast = { baseDelayMs: 5, maxDelayMs: 20 };

  before(async () => {
    h = await startHarness({}, undefined, { sender: fast });
  });
  after(async () => h.close());
  beforeEach(async () => {
    h.connector.reset();
    await h.post(botMembership('added', { serviceUrl: h.connector.url, where: 'channel' }));
    h.connector.reset();
  });

  it('sends a proactive message to a stored conversation', async () => {
    const outcome = await h.app.sender.send(CHANNEL_ID, { text: 'hello channel' });
    assert.equal(outcome.status, 'sent');
    assert.equal(textOf(h.connector.sent(CHANNEL_ID)[0]), 'hello channel');
  });

  it('updates a message in place', async () => {
    const outcome = await h.app.sender.update(CHANNEL_ID, 'act-77', { text: 'updated' });
    assert.equal(outcome.status, 'sent');
    const [put] = h.connector.updates();
    assert.equal(put.activityId, 'act-77');
    assert.equal(textOf(put.body), 'updated');
  });

  for (const [status, headers] of [
    [429, { 'retry-after': '0' }],
    [429, {}],
    [412, {}],
    [502, {}],
    [503, {}],
  ] as [number, Record<string, string>][]) {
    it(`retries a ${status}${headers['retry-after'] ? ' with Retry-After' : ''} and delivers the message once`, async () => {
      let failures = 2;
      h.connector.responder = () => (failures-- > 0 ? { status, headers } : undefined);
      const outcome = await h.app.sender.send(CHANNEL_ID, { text: `after ${status}` });
      assert.equal(outcome.status, 'sent');
      assert.equal(h.connector.sent(CHANNEL_ID).filter((a) => textOf(a) === `after ${status}`).length, 1);
    });
  }

  /** A second instance's sender on the same store, giving up after one attempt (botbuilder itself retries 5xx). */
  function secondInstance(maxAttempts = 1) {
    const adapter = createAdapter({ bot: { appType: 'SingleTenant' }, allowedTenantIds: [], sending: loadConfig({}).sending }, h.app.log);
    return new ProactiveSender(h.app.store, createTeamsTransport(adapter, ''), h.app.log, 'instance-b', { ...fast, maxAttempts });
  }

  it('gives up after its attempts and reports the failure, without marking the conversation inactive', async () => {
    h.connector.responder = () => ({ status: 400 });
    const outcome = await secondInstance(3).send(CHANNEL_ID, { text: 'never' });
    assert.equal(outcome.status, 'failed');
    assert.equal((await h.app.store.conversations.get(CHANNEL_ID))?.active, true);
  });

  for (const status of [403, 404]) {
    it(`marks a conversation inactive on ${status} and does not retry`, async () => {
      let calls = 0;
      h.connector.responder = () => (calls++, { status });
      const outcome = await h.app.sender.send(CHANNEL_ID, { text: 'gone' });
      assert.equal(outcome.status, 'gone');
      assert.equal(calls, 1);
      assert.equal((await h.app.store.conversations.get(CHANNEL_ID))?.active, false);
      assert.equal((await h.app.sender.send(CHANNEL_ID, { text: 'again' })).status, 'gone');
    });
  }

  describe('outbox', () => {
    const now = new Date('2026-11-25T09:00:00Z');

    it('sends a delivery key once, even when two instances race for it', async () => {
      const other = secondInstance();
      const msg = { key: 'test:race:1', kind: 'test', conversationId: CHANNEL_ID, reply: { text: 'only once' } };
      const results = await Promise.all([deliver(h.app.store, h.app.sender, msg, now), deliver(h.app.store, other, msg, now)]);
      assert.deepEqual(results.sort(), ['duplicate', 'sent']);
      assert.equal(h.connector.sent(CHANNEL_ID).filter((a) => textOf(a) === 'only once').length, 1);
      assert.equal((await h.app.store.deliveries.get('test:race:1'))?.status, 'sent');
    });

    it('records a failed send and sends it on the next run, never dropping it', async () => {
      h.connector.responder = () => ({ status: 500 });
      const msg = { key: 'test:retry:1', kind: 'test', conversationId: CHANNEL_ID, reply: { text: 'eventually' } };
      assert.equal(await deliver(h.app.store, secondInstance(), msg, now), 'failed');
      assert.equal((await h.app.store.deliveries.get(msg.key))?.status, 'failed');
      h.connector.responder = () => undefined;
      const counts = await retryFailed(h.app.store, h.app.sender, new Date('2026-11-25T09:10:00Z'));
      assert.equal(counts.sent, 1);
      assert.equal(h.connector.sent(CHANNEL_ID).filter((a) => textOf(a) === 'eventually').length, 1);
      assert.equal((await h.app.store.deliveries.get(msg.key))?.status, 'sent');
      assert.equal((await retryFailed(h.app.store, h.app.sender, new Date('2026-11-25T09:20:00Z'))).sent, 0);
    });
  });
});

describe('proactive sender pacing', () => {
  /** A transport that records when the sender handed it each message: the limiter's decisions, free of network jitter. */
  function recording() {
    const sends: { conversation: string; at: number }[] = [];
    const transport = {
      send: async (reference: Record<string, unknown>) => {
        sends.push({ conversation: (reference.conversation as { id: string }).id, at: Date.now() });
        return 'act';
      },
      update: async () => undefined,
    };
    return { sends, transport };
  }

  async function storeWith(ids: string[]) {
    const store = openSqliteStore(':memory:');
    for (const id of ids) {
      await store.conversations.upsert({ id, tenantId: 't', kind: 'channel', reference: { conversation: { id } }, updatedAt: '2026-11-25T09:00:00Z' });
    }
    return store;
  }

  /** The most sends within any one second, less a little slack for the moment between the limiter and the transport. */
  function busiestSecond(times: number[]): number {
    const sorted = [...times].sort((a, b) => a - b);
    let most = 0;
    for (let i = 0, j = 0; i < sorted.length; i++) {
      while (sorted[i] - sorted[j] >= 950) j++;
      most = Math.max(most, i - j + 1);
    }
    return most;
  }

  it('sends at most 7 a second in one conversation', async function () {
    this.timeout(10000);
    const { sends, transport } = recording();
    const sender = new ProactiveSender(await storeWith(['c1']), transport, createLogger('silent'), 'i', {});
    await Promise.all(Array.from({ length: 15 }, (_, i) => sender.send('c1', { text: `burst ${i}` })));
    assert.equal(sends.length, 15);
    const times = sends.map((s) => s.at);
    assert.equal(busiestSecond(times), 7);
    assert.ok(Math.max(...times) - Math.min(...times) >= 1900, '15 sends at 7 a second span at least two seconds');
  });

  it('sends at most the global limit a second across conversations', async function () {
    this.timeout(10000);
    const ids = Array.from({ length: 10 }, (_, i) => `c${i}`);
    const { sends, transport } = recording();
    const sender = new ProactiveSender(await storeWith(ids), transport, createLogger('silent'), 'i', { globalPerSecond: 12 });
    await Promise.all(ids.flatMap((id) => [1, 2, 3].map((n) => sender.send(id, { text: `${id} ${n}` }))));
    assert.equal(sends.length, 30);
    const times = sends.map((s) => s.at);
    assert.equal(busiestSecond(times), 12);
    assert.ok(Math.max(...times) - Math.min(...times) >= 1900, '30 sends at 12 a second span at least two seconds');
  });
});
