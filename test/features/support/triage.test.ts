import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'mocha';
import { supportJob } from '../../../src/features/support';
import { changeRequest, submitRequest, type Requester } from '../../../src/features/support/requests';
import { channelOf, coordinatorChannel, TRIAGE_CHANNEL_SETTING } from '../../../src/features/coordinators';
import { afterChange, postToTriage, refreshUserIds, setTriageChannel } from '../../../src/features/support/triage';
import { createLogger } from '../../../src/log';
import type { Reply } from '../../../src/messages';
import { retryFailed } from '../../../src/scheduler/outbox';
import { ProactiveSender, type Transport } from '../../../src/scheduler/sender';
import { openSqliteStore } from '../../../src/store';
import type { Store } from '../../../src/store/types';

// Fictional people; a stand-in for Teams that records what the bot sends.
const LRO: Requester = { aadObjectId: 'aad-lro-1', name: 'Alex Example', tenantId: 't1' };
const CC: Requester = { aadObjectId: 'aad-cc-1', name: 'Casey Placeholder', tenantId: 't1' };
const CHANNEL = '19:triage@thread.tacv2';
const NOW = new Date('2026-11-25T10:00:00Z');
const CONFIG = { coordinatorAadIds: ['aad-cc-1'], triageChannelId: CHANNEL, sla: { urgentHours: 4, priorityWorkingDays: 1, routineWorkingDays: 3 } };
const DETAILS = {
  force: 'Dorset',
  operation: 'Op Fictional',
  supportType: 'training' as const,
  urgency: 'routine' as const,
  summary: 'Training for a new LRO.',
};

class FakeTeams implements Transport {
  sent: { conversationId: string; reply: Reply }[] = [];
  updated: { conversationId: string; activityId: string; reply: Reply }[] = [];
  failing = false;
  private n = 0;
  async send(reference: Record<string, unknown>, reply: Reply) {
    if (this.failing) throw Object.assign(new Error('unavailable'), { statusCode: 503 });
    this.sent.push({ conversationId: (reference.conversation as { id: string }).id, reply });
    return `act-${++this.n}`;
  }
  async update(reference: Record<string, unknown>, activityId: string, reply: Reply) {
    this.updated.push({ conversationId: (reference.conversation as { id: string }).id, activityId, reply });
  }
}

describe('support: triage channel posts and requester notices', () => {
  let store: Store;
  let teams: FakeTeams;
  let sender: ProactiveSender;
  const log = createLogger('silent');
  const deps = () => ({ store, sender, config: CONFIG, log });
  const addConversation = (id: string, kind: 'channel' | 'personal', user?: string) =>
    store.conversations.upsert({ id, tenantId: 't1', kind, userAadObjectId: user, reference: { conversation: { id } }, updatedAt: NOW.toISOString() });

  beforeEach(() => {
    store = openSqliteStore(':memory:');
    teams = new FakeTeams();
    sender = new ProactiveSender(store, teams, log, 'test-instance', { maxAttempts: 1, baseDelayMs: 1 });
  });

  it('does not claim the post while the triage channel is unknown to the bot, and posts once it is', async () => {
    const { request } = await submitRequest(store, LRO, DETAILS, 'form-key-000000000001', NOW);
    assert.equal(await postToTriage(deps(), request, NOW), 'channel-unreachable');
    assert.equal(await postToTriage({ ...deps(), config: { ...CONFIG, triageChannelId: undefined } }, request, NOW), 'no-channel');
    await addConversation(CHANNEL, 'channel');
    assert.equal(await postToTriage(deps(), request, NOW), 'posted');
    assert.equal(await postToTriage(deps(), request, NOW), 'already-posted');
    assert.equal(teams.sent.length, 1);
    assert.deepEqual((await store.support.get(request.id))?.triage, { conversationId: CHANNEL, activityId: 'act-1' });
  });

  it('posts a request whose first post failed once a retry gets through, and brings its card up to date', async () => {
    await addConversation(CHANNEL, 'channel');
    const { request } = await submitRequest(store, LRO, DETAILS, 'form-key-000000000002', NOW);
    teams.failing = true;
    assert.equal(await postToTriage(deps(), request, NOW), 'failed');
    assert.equal(await changeRequest(store, CONFIG, CC, request.id, { kind: 'acknowledge' }, NOW).then((o) => o.ok), true, 'the state still changes');
    teams.failing = false;
    const later = new Date(NOW.getTime() + 60_000);
    assert.equal((await retryFailed(store, sender, later)).sent, 1);
    const report = await supportJob(CONFIG).run(store, sender, later);
    assert.equal(report.duplicate, 1);
    assert.equal((await store.support.get(request.id))?.triage?.activityId, 'act-1');
    assert.equal(teams.updated.length, 1, 'the card posted from the first attempt is updated');
    assert.match(JSON.stringify(teams.updated[0].reply.card), /"text":"Acknowledged"/);
  });

  it('records on the request when the requester could not be told, and clears it once they are', async () => {
    await addConversation(CHANNEL, 'channel');
    const { request } = await submitRequest(store, LRO, DETAILS, 'form-key-000000000003', NOW);
    await postToTriage(deps(), request, NOW);
    const acked = await changeRequest(store, CONFIG, CC, request.id, { kind: 'acknowledge' }, NOW);
    assert.ok(acked.ok);
    const unreachable = await afterChange(deps(), acked.request, acked.event, NOW);
    assert.equal(unreachable.requesterNotice, 'no-personal-chat');
    assert.match(JSON.stringify(teams.updated.at(-1)?.reply.card), /Requester not notified: they have no personal chat/);

    await addConversation('a:personal-lro', 'personal', 'aad-lro-1');
    teams.failing = true;
    const note = await changeRequest(store, CONFIG, CC, request.id, { kind: 'note', note: 'We will call you.', toRequester: true }, NOW);
    assert.ok(note.ok);
    assert.equal((await afterChange(deps(), note.request, note.event, NOW)).requesterNotice, 'send-failed');
    assert.equal((await store.support.get(request.id))?.requesterNotice, 'send-failed');

    teams.failing = false;
    const assigned = await changeRequest(store, CONFIG, CC, request.id, { kind: 'assign', assignee: { aadObjectId: 'aad-cc-1' } }, NOW);
    assert.ok(assigned.ok);
    assert.equal((await afterChange(deps(), assigned.request, assigned.event, NOW)).requesterNotice, undefined);
    assert.equal((await store.support.get(request.id))?.requesterNotice, undefined);
    assert.deepEqual(
      teams.sent.filter((s) => s.conversationId === 'a:personal-lro').map((s) => s.reply.text),
      ['Your request RDT-2026-0001 is assigned to aad-cc-1.'],
    );
  });

  it('sends nothing to the requester about an internal note', async () => {
    await addConversation('a:personal-lro', 'personal', 'aad-lro-1');
    const { request } = await submitRequest(store, LRO, DETAILS, 'form-key-000000000004', NOW);
    const note = await changeRequest(store, CONFIG, CC, request.id, { kind: 'note', note: 'Internal only', toRequester: false }, NOW);
    assert.ok(note.ok);
    await afterChange(deps(), note.request, note.event, NOW);
    assert.equal(teams.sent.length, 0);
  });

  it('takes the channel a coordinator sets over the configured one, starting new threads at the channel itself', async () => {
    const thread = `${CHANNEL.replace('triage', 'coordinators')};messageid=1700000000000`;
    await addConversation(thread, 'channel');
    assert.equal(await coordinatorChannel(store, CONFIG), CHANNEL);
    const channelId = await setTriageChannel(store, CC, thread, NOW);
    assert.equal(channelId, channelOf(thread));
    assert.equal(await coordinatorChannel(store, CONFIG), channelId);
    assert.deepEqual(await store.settings.get(TRIAGE_CHANNEL_SETTING), {
      key: TRIAGE_CHANNEL_SETTING,
      value: channelId,
      updatedBy: 'aad-cc-1',
      updatedAt: NOW.toISOString(),
    });
    const channel = await store.conversations.get(channelId);
    assert.equal(channel?.active, true);
    assert.deepEqual(channel?.reference.conversation, { id: channelId });
  });

  it('lists coordinators for card refresh by their Teams user id once they have a personal chat, else by AAD id', async () => {
    const store = openSqliteStore(':memory:');
    const config = { ...CONFIG, coordinatorAadIds: ['aad-cc-1', 'aad-cc-2'] };
    await store.conversations.upsert({
      id: 'a:personal-cc-1',
      tenantId: 'tenant-1',
      kind: 'personal',
      userAadObjectId: 'aad-cc-1',
      reference: { user: { id: '29:cc-1', aadObjectId: 'aad-cc-1' }, conversation: { id: 'a:personal-cc-1' } },
      updatedAt: NOW.toISOString(),
    });
    assert.deepEqual(await refreshUserIds(store, config, 'tenant-1'), ['29:cc-1', 'aad-cc-2']);
    assert.deepEqual(await refreshUserIds(store, config, 'tenant-2'), ['aad-cc-1', 'aad-cc-2'], "another tenant's chat does not count");
  });
});
