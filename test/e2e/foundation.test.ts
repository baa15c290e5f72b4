import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'mocha';
import { BOT, CHANNEL_ID, GROUP_CHAT_ID, USERS, botMembership, installationUpdate, invoke, message, personalConversationId } from '../support/activities';
import { cardOf, textOf } from '../support/cards';
import { startHarness, type Harness } from '../support/harness';

function cardText(card: any): string {
  return JSON.stringify(card);
}

describe('foundation: the bot over HTTP', () => {
  let h: Harness;
  const opts = () => ({ serviceUrl: h.connector.url });

  before(async () => {
    h = await startHarness();
  });
  after(async () => h.close());
  beforeEach(() => h.connector.reset());

  it('welcomes a user with a card when installed in a personal chat', async () => {
    const res = await h.post(installationUpdate('add', opts()));
    assert.equal(res.status, 200);
    const [sent] = h.connector.sent(personalConversationId(USERS.lro));
    assert.ok(sent, 'a welcome was sent');
    assert.match(cardText(cardOf(sent)), /LRO Assist/);
    assert.equal(cardOf(sent).version, '1.5');
  });

  it('welcomes a team with a card when installed in a channel', async () => {
    await h.post(installationUpdate('add', { ...opts(), where: 'channel' }));
    const [sent] = h.connector.sent(CHANNEL_ID);
    assert.ok(cardOf(sent));
    assert.match(textOf(sent), /@mention|help/i);
  });

  it('answers help with a card in a personal chat', async () => {
    await h.post(message('help', opts()));
    const [sent] = h.connector.sent(personalConversationId(USERS.lro));
    const card = cardOf(sent);
    const titles = JSON.stringify(card);
    for (const command of ['help', 'request support', 'my plans', 'next drop-in', 'sites']) assert.ok(titles.includes(`"title":"${command}"`), command);
    for (const section of ['Support from the Regional Disruption Team', '4P plan reviews', 'LRO drop-ins']) assert.ok(titles.includes(section), section);
    assert.ok(textOf(sent).includes('help'), 'plain text is carried for clients without cards');
  });

  for (const [what, text] of [
    ['help', 'help'],
    ['a knowledge answer', 'what is the hold phase'],
    ['my plans', 'my plans'],
  ]) {
    it(`answers ${what} with one message: the card, its text only as fallback, its first line as summary`, async () => {
      if (text === 'my plans') {
        const plan = { owner: USERS.lro.aadObjectId, reference: 'OCG-SW-0901', cadence: 'monthly', lastReviewed: '2026-03-03' };
        const added = await h.post(invoke('adaptiveCard/action', { action: { type: 'Action.Execute', verb: 'plans.add', data: plan } }, opts()));
        assert.match(JSON.stringify(added.body), /planId/, 'a plan to list');
        h.connector.reset();
      }
      await h.post(message(text, opts()));
      const sent = h.connector.sent(personalConversationId(USERS.lro)).filter((a) => a.type === 'message');
      assert.equal(sent.length, 1, 'exactly one message activity');
      const [reply] = sent;
      const card = cardOf(reply);
      assert.ok(card, 'the reply is a card');
      assert.equal(reply.text ?? '', '', 'no text alongside the card');
      assert.ok(card.fallbackText, 'the card carries its plain text as fallbackText');
      assert.equal(reply.summary, card.fallbackText.split('\n')[0], 'the first line is the notification summary');
      assert.equal(reply.attachments.length, 1, 'one card, shown once');
    });
  }

  it('answers help when @mentioned in a channel, replying in the thread', async () => {
    const activity = message('help', { ...opts(), where: 'channel' });
    await h.post(activity);
    const call = h.connector.calls.find((c) => c.conversationId === CHANNEL_ID)!;
    assert.ok(call, 'a reply reached the channel');
    assert.equal(call.activityId, activity.id, 'the reply goes to …/activities/{replyToId}');
    assert.match(JSON.stringify(cardOf(call.body)), /"title":"help"/);
  });

  it('answers help when @mentioned in a group chat', async () => {
    await h.post(message('HELP', { ...opts(), where: 'groupChat' }));
    assert.ok(cardOf(h.connector.sent(GROUP_CHAT_ID)[0]));
  });

  it('stores a conversation reference on install and marks it inactive on removal', async () => {
    await h.post(botMembership('added', { ...opts(), where: 'channel' }));
    const stored = await h.app.store.conversations.get(CHANNEL_ID);
    assert.ok(stored?.active);
    assert.equal(stored.kind, 'channel');
    assert.equal((stored.reference as any).serviceUrl, h.connector.url);
    assert.equal((stored.reference as any).bot.id, BOT.id);

    await h.post(botMembership('removed', { ...opts(), where: 'channel' }));
    assert.equal((await h.app.store.conversations.get(CHANNEL_ID))?.active, false);
  });

  it('marks a personal chat inactive on uninstall and active again on the next message', async () => {
    const user = USERS.lro2;
    await h.post(installationUpdate('add', { ...opts(), user }));
    assert.equal((await h.app.store.conversations.findPersonal('tenant-sw-test', user.aadObjectId))?.id, personalConversationId(user));
    await h.post(installationUpdate('remove', { ...opts(), user }));
    assert.equal(await h.app.store.conversations.findPersonal('tenant-sw-test', user.aadObjectId), undefined);
    await h.post(message('help', { ...opts(), user }));
    assert.equal((await h.app.store.conversations.get(personalConversationId(user)))?.active, true);
  });

  it('does not log message text at info level', async () => {
    const secret = 'operation nightjar target address';
    await h.post(message(secret, opts()));
    assert.ok(h.logs.length > 0);
    assert.ok(!JSON.stringify(h.logs).includes('nightjar'));
  });

  it('puts a request or activity id on each request log line', async () => {
    const activity = message('help', opts());
    await h.post(activity);
    const lines = h.logs.filter((l) => l.activityId === activity.id);
    assert.ok(lines.some((l) => l.msg === 'activity processed' && l.statusCode === 200 && typeof l.ms === 'number'));
    assert.ok(lines.every((l) => typeof l.reqId === 'string'));
  });

  describe('bad input gets a 4xx and the server stays healthy', () => {
    const cases: [string, () => Promise<{ status: number }>, number][] = [
      ['malformed JSON', () => h.post('{"type": "message",'), 400],
      ['an empty body', () => h.post(''), 400],
      ['an empty activity', () => h.post({}), 400],
      ['a JSON array', () => h.post([1, 2]), 400],
      ['an activity without a conversation', () => h.post({ type: 'message', channelId: 'msteams', serviceUrl: h.connector.url, from: { id: 'x' } }), 400],
      ['an activity with a non-string type', () => h.post({ ...message('hi', opts()), type: 42 }), 400],
      ['a body over 1 MB', () => h.post({ ...message('x', opts()), padding: 'a'.repeat(1_100_000) }), 413],
      ['a non-JSON content type', () => h.post('hello', { 'content-type': 'text/plain' }), 415],
    ];
    for (const [name, send, status] of cases) {
      it(`${name} gets ${status}`, async () => {
        const res = await send();
        assert.equal(res.status, status);
        const health = await fetch(`${h.baseUrl}/healthz`);
        assert.equal(health.status, 200);
      });
    }

    it('an over-long message gets a clear reply, not a crash', async () => {
      const res = await h.post(message('a'.repeat(5000), opts()));
      assert.equal(res.status, 200);
      assert.match(textOf(h.connector.sent()[0]), /too long/);
    });

    it('an invoke the bot does not handle gets a 4xx/5xx status, not a crash', async () => {
      const res = await h.post(invoke('unknown/thing', {}, opts()));
      assert.ok(res.status >= 400);
      assert.equal((await fetch(`${h.baseUrl}/healthz`)).status, 200);
    });
  });

  it('reports ready while the store answers', async () => {
    const res = await fetch(`${h.baseUrl}/readyz`);
    assert.equal(res.status, 200);
    assert.equal((await res.json()).store, 'sqlite');
  });
});

describe('foundation: authentication and tenants', () => {
  it('answers 401 to a request without a JWT when an app id is set', async () => {
    const h = await startHarness({
      MicrosoftAppId: '00000000-0000-4000-8000-000000000001',
      MicrosoftAppPassword: 'test-only-not-a-secret',
      MicrosoftAppTenantId: 'tenant-sw-test',
    });
    try {
      const res = await h.post(message('help', { serviceUrl: h.connector.url }));
      assert.equal(res.status, 401);
      const forged = await h.post(message('help', { serviceUrl: h.connector.url }), { authorization: 'Bearer not.a.jwt' });
      assert.equal(forged.status, 401);
      assert.equal(h.connector.calls.length, 0);
      assert.equal(await h.app.store.conversations.get(personalConversationId(USERS.lro)), undefined);
    } finally {
      await h.close();
    }
  });

  it('refuses activities from a tenant that is not allowed, storing nothing', async () => {
    const h = await startHarness({ ALLOWED_TENANT_IDS: 'tenant-sw-test, tenant-other-allowed' });
    try {
      const foreign = { serviceUrl: h.connector.url, tenantId: 'tenant-elsewhere' };
      await h.post(installationUpdate('add', foreign));
      await h.post(message('help', foreign));
      const inv = await h.post(invoke('composeExtension/query', { commandId: 'searchGuidance', parameters: [] }, foreign));
      assert.equal(inv.status, 403);
      assert.equal(h.connector.calls.length, 0);
      assert.deepEqual(await h.app.store.conversations.listActive(), []);

      await h.post(message('help', { serviceUrl: h.connector.url }));
      assert.equal(h.connector.sent().length, 1, 'an allowed tenant is still answered');
    } finally {
      await h.close();
    }
  });
});
