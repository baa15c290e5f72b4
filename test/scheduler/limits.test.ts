import assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import { deliverMany, type OutgoingMessage } from '../../src/scheduler/outbox';
import { ProactiveSender } from '../../src/scheduler/sender';
import { createLogger } from '../../src/log';
import { openSqliteStore } from '../../src/store';
import type { Store } from '../../src/store/types';
import { channelAt } from '../support/connector';
import { startHarness, type Harness } from '../support/harness';
import { TEAMS_CONVERSATION_LIMITS, TEAMS_GLOBAL_LIMIT, busiestWindow, limitName, teamsRateLimits } from '../support/teams-rate-limits';

async function storeWith(ids: string[]): Promise<Store> {
  const store = openSqliteStore(':memory:');
  for (const id of ids) {
    await store.conversations.upsert({ id, tenantId: 't', kind: 'personal', reference: { conversation: { id } }, updatedAt: '2026-11-25T09:00:00Z' });
  }
  return store;
}

function messages(ids: string[], perConversation: number): OutgoingMessage[] {
  return ids.flatMap((id) =>
    Array.from({ length: perConversation }, (_, n) => ({ key: `${id}#${n}`, kind: 'test', conversationId: id, reply: { text: `${id} ${n}` } })),
  );
}

/** Every window Teams counts, broken limits listed by name: empty when the sender kept to all of them. */
function brokenLimits(times: number[], byConversation: Map<string, number[]>): string[] {
  const broken: string[] = [];
  if (busiestWindow(times, TEAMS_GLOBAL_LIMIT.ms) > TEAMS_GLOBAL_LIMIT.max) broken.push(limitName(TEAMS_GLOBAL_LIMIT, 'app'));
  for (const [id, mine] of byConversation) {
    for (const l of TEAMS_CONVERSATION_LIMITS) if (busiestWindow(mine, l.ms) > l.max) broken.push(`${limitName(l, 'conversation')} in ${id}`);
  }
  return broken;
}

describe('the sender keeps every Teams limit', () => {
  it('over an hour of virtual time: 1,900 messages to one conversation and 2,000 spread over 50', async function () {
    this.timeout(60000);
    // A virtual clock: sleeping moves it on, so hour-long windows are checked in a moment.
    let clock = 0;
    const sleep = async (ms: number) => {
      await new Promise((r) => setImmediate(r));
      clock += Math.max(1, ms);
    };
    const ids = Array.from({ length: 50 }, (_, i) => `c${i}`);
    const all = new Map<string, number[]>();
    const times: number[] = [];
    const transport = {
      send: async (reference: Record<string, unknown>) => {
        const id = (reference.conversation as { id: string }).id;
        times.push(clock);
        all.set(id, [...(all.get(id) ?? []), clock]);
        return 'act';
      },
      update: async () => undefined,
    };
    const store = await storeWith(['hot', ...ids]);
    const sender = new ProactiveSender(store, transport, createLogger('silent'), 'i', { sleep, clock: () => clock });
    const load = [...messages(['hot'], 1_900), ...messages(ids, 40)];
    let sent = 0;
    await deliverMany(store, sender, load, new Date('2026-11-25T09:00:00Z'), (_m, result) => (sent += result === 'sent' ? 1 : 0));
    assert.equal(sent, load.length);
    assert.deepEqual(brokenLimits(times, all), []);
    assert.ok(busiestWindow(all.get('hot')!, 3_600_000) === 1_800, 'the hourly limit was reached, so it was tested');
  });

  describe('through the real adapter, against a connector that refuses what breaks a limit', () => {
    let h: Harness;
    before(async () => {
      h = await startHarness({ LOG_LEVEL: 'warn' });
    });
    after(async () => h.close());

    it('makes no request that Teams would refuse: 120 messages to 3 conversations and 150 over 75', async function () {
      this.timeout(60000);
      const ids = Array.from({ length: 78 }, (_, i) => `19:limits-${i}@thread.tacv2`);
      for (const id of ids) await h.app.store.conversations.upsert(channelAt(id, h.connector.url));
      const { responder, stats } = teamsRateLimits(0);
      h.connector.responder = responder;
      const load = [...messages(ids.slice(0, 3), 40), ...messages(ids.slice(3), 2)];
      let sent = 0;
      await deliverMany(h.app.store, h.app.sender, load, new Date('2026-11-25T09:00:00Z'), (_m, result) => (sent += result === 'sent' ? 1 : 0));
      assert.equal(sent, load.length);
      assert.deepEqual(stats.byCause, {}, 'no 429s');
      assert.deepEqual(brokenLimits(stats.accepted, stats.acceptedBy), []);
      assert.equal(h.connector.sent().length, load.length);
    });
  });
});
