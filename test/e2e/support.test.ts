import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'mocha';
import restify from 'restify';
import { registerExportFiles } from '../../src/http/export-files';
import {
  CHANNEL_ID,
  TENANT,
  USERS,
  botMembership,
  installationUpdate,
  invoke,
  message,
  personalConversationId,
  type User,
  type Where,
} from '../support/activities';
import { cardOf, inputsOf, textOf } from '../support/cards';
import { startHarness, type Harness } from '../support/harness';
import { TRIAGE_CHANNEL_SETTING } from '../../src/features/coordinators';

// People and operations are fictional.
const T0 = new Date('2026-11-25T10:00:00Z'); // a Wednesday
const HOUR = 3_600_000;
const ENV = {
  COORDINATOR_AAD_IDS: USERS.coordinator.aadObjectId,
  TRIAGE_CHANNEL_ID: CHANNEL_ID,
  PUBLIC_HOSTNAME: 'lro-assist.example.test',
};
const FORM = {
  force: 'Dorset',
  operation: 'Op Fictional',
  supportType: 'disruption-tactics',
  urgency: 'urgent',
  summary: 'Options to disrupt a fictional county line before the weekend.',
  contact: 'Teams call',
};

const text = (card: unknown) => JSON.stringify(card);

/** Every action in a card, including those inside Action.ShowCard, by title. */
function actionTitles(card: any): string[] {
  return (card?.actions ?? []).flatMap((a: any) => [a.title, ...(a.card ? actionTitles(a.card) : [])]);
}

const formKeyOf = (card: any): string => card.actions[0].data.formKey;

describe('support requests end to end', () => {
  let h: Harness;
  let now = T0;
  const opts = (user: User = USERS.lro, where: Where = 'personal') => ({ serviceUrl: h.connector.url, user, where });

  async function execute(
    verb: string,
    data: Record<string, unknown>,
    user: User,
    where: Where = 'personal',
    extra: { trigger?: string; replyToId?: string } = {},
  ) {
    const res = await h.post(
      invoke(
        'adaptiveCard/action',
        { action: { type: 'Action.Execute', verb, data }, trigger: extra.trigger ?? 'manual' },
        { ...opts(user, where), replyToId: extra.replyToId },
      ),
    );
    assert.equal(res.status, 200);
    return res.body as { statusCode: number; type: string; value: any };
  }

  async function say(words: string, user: User = USERS.lro, where: Where = 'personal') {
    const before = h.connector.calls.length;
    await h.post(message(words, opts(user, where)));
    const replies = h.connector.calls.slice(before).filter((c) => c.method === 'POST');
    assert.equal(replies.length, 1, `one reply to "${words}"`);
    return replies[0].body;
  }

  async function openForm(): Promise<any> {
    const reply = await say('request support');
    return cardOf(reply);
  }

  const requests = () => h.app.store.support.list({});
  const byReference = async (reference: string) => (await h.app.store.support.getByReference(reference))!;
  const channelPosts = () => h.connector.sent(CHANNEL_ID);
  const toRequester = (user: User) => h.connector.sent(personalConversationId(user));
  const channelUpdates = (activityId: string) => h.connector.updates().filter((c) => c.conversationId === CHANNEL_ID && c.activityId === activityId);

  before(async () => {
    h = await startHarness(ENV, () => now);
    await h.post(botMembership('added', opts(USERS.coordinator, 'channel')));
    await h.post(installationUpdate('add', opts(USERS.lro)));
    await h.post(installationUpdate('add', opts(USERS.coordinator)));
  });
  after(async () => h.close());

  describe('capture', () => {
    it('raises a request from the chat form and posts it to the triage channel with a refresh for coordinators', async () => {
      const form = await openForm();
      assert.deepEqual(Object.keys(inputsOf(form)).sort(), ['contact', 'force', 'operation', 'summary', 'supportType', 'urgency']);
      const postsBefore = channelPosts().length;
      const answer = await execute('support.submit', { ...FORM, formKey: formKeyOf(form) }, USERS.lro);
      assert.equal(answer.type, 'application/vnd.microsoft.card.adaptive');
      assert.match(text(answer.value), /Request RDT-2026-0001 recorded/);
      assert.match(text(answer.value), /aims to acknowledge it by 25 Nov 2026, 14:00/, 'urgent: 4 hours');

      const [request] = await requests();
      assert.equal(request.reference, 'RDT-2026-0001');
      assert.deepEqual(request.requester, { aadObjectId: USERS.lro.aadObjectId, name: USERS.lro.name });
      assert.equal(request.tenantId, TENANT);
      assert.equal(request.summary, FORM.summary);

      const posted = channelPosts().slice(postsBefore);
      assert.equal(posted.length, 1);
      const card = cardOf(posted[0]);
      assert.equal(card.version, '1.5');
      assert.match(text(card), /RDT-2026-0001/);
      assert.deepEqual(actionTitles(card), [], 'the posted card is read-only');
      assert.equal(card.refresh.action.type, 'Action.Execute');
      assert.equal(card.refresh.action.verb, 'support.refresh');
      assert.deepEqual(card.refresh.userIds, [USERS.coordinator.id], 'coordinators are listed by the Teams user id from their personal chat');
      assert.ok(request.triage, 'the triage message id is kept for updates');
    });

    it('creates one request when the same form is submitted twice', async () => {
      const form = await openForm();
      const postsBefore = channelPosts().length;
      const first = await execute('support.submit', { ...FORM, urgency: 'priority', formKey: formKeyOf(form) }, USERS.lro);
      const second = await execute('support.submit', { ...FORM, urgency: 'priority', formKey: formKeyOf(form) }, USERS.lro);
      assert.match(text(first.value), /RDT-2026-0002 recorded/);
      assert.match(text(second.value), /already sent as RDT-2026-0002: nothing new was created/);
      assert.equal((await requests()).length, 2);
      assert.equal(channelPosts().length, postsBefore + 1);
    });

    it('brings the form back with the error next to the field and the values kept, storing nothing', async () => {
      const form = await openForm();
      const postsBefore = channelPosts().length;
      const answer = await execute('support.submit', { ...FORM, summary: '', formKey: formKeyOf(form) }, USERS.lro);
      const card = answer.value;
      const inputs = inputsOf(card);
      assert.equal(inputs.operation.value, 'Op Fictional');
      assert.equal(inputs.force.value, 'Dorset');
      const summaryAt = card.body.findIndex((b: any) => b.id === 'summary');
      assert.match(card.body[summaryAt + 1].text, /Describe what you need/);
      assert.equal(formKeyOf(card), formKeyOf(form), 'the retry keeps the form’s idempotency key');
      assert.equal((await requests()).length, 2);
      assert.equal(channelPosts().length, postsBefore);

      const tooLong = await execute('support.submit', { ...FORM, summary: 'x'.repeat(2001), formKey: formKeyOf(form) }, USERS.lro);
      assert.match(text(tooLong.value), /2,000 characters \(it has 2,001\)/);
      assert.equal((await requests()).length, 2);
    });

    it('raises a request from a message through the messaging extension, with the summary pre-filled', async () => {
      const fetched = await h.post(
        invoke(
          'composeExtension/fetchTask',
          {
            commandId: 'requestSupport',
            commandContext: 'message',
            messagePayload: { body: { contentType: 'html', content: '<p>Could the RDT look at <b>Op Fictional</b>?</p>' } },
          },
          opts(USERS.lro2, 'channel'),
        ),
      );
      assert.equal(fetched.status, 200);
      assert.equal(fetched.body.task.type, 'continue');
      const dialog = fetched.body.task.value.card.content;
      assert.equal(inputsOf(dialog).summary.value, 'Could the RDT look at Op Fictional?');
      assert.equal(dialog.actions[0].type, 'Action.Submit', 'dialogs do not support Action.Execute');

      const submitAction = (data: Record<string, unknown>) =>
        h.post(invoke('composeExtension/submitAction', { commandId: 'requestSupport', commandContext: 'message', data }, opts(USERS.lro2, 'channel')));
      const invalid = await submitAction({
        ...FORM,
        force: 'Nowhere',
        urgency: 'routine',
        summary: 'Could the RDT look at Op Fictional?',
        formKey: formKeyOf(dialog),
      });
      assert.equal(invalid.body.task.type, 'continue');
      assert.match(text(invalid.body.task.value.card.content), /Choose your force/);
      assert.equal((await requests()).length, 2);

      const done = await submitAction({ ...FORM, urgency: 'routine', summary: 'Could the RDT look at Op Fictional?', formKey: formKeyOf(dialog) });
      assert.equal(done.body.task.type, 'message');
      assert.match(done.body.task.value, /^Request RDT-2026-0003 recorded/);
      const request = await byReference('RDT-2026-0003');
      assert.equal(request.requester.aadObjectId, USERS.lro2.aadObjectId);
      assert.ok(request.triage);
    });

    it('opens the form from the knowledge base’s "Ask the Regional Disruption Team" button', async () => {
      const answer = await execute('support.open-form', {}, USERS.lro);
      assert.ok(inputsOf(answer.value).summary);
      assert.equal(answer.value.actions[0].verb, 'support.submit');
    });
  });

  describe('triage', () => {
    let first: Awaited<ReturnType<typeof byReference>>;
    before(async () => {
      first = await byReference('RDT-2026-0001');
    });

    it('lets a coordinator acknowledge from the triage card, updating it for everyone and telling the requester', async () => {
      now = new Date(T0.getTime() + HOUR);
      const told = toRequester(USERS.lro).length;
      const answer = await execute('support.acknowledge', { requestId: first.id }, USERS.coordinator, 'channel', { replyToId: first.triage!.activityId });
      assert.match(text(answer.value), /Acknowledged\. RDT-2026-0001 is Acknowledged/);
      assert.ok(actionTitles(answer.value).includes('Assign to me'), 'the coordinator keeps the triage buttons');

      const [update] = channelUpdates(first.triage!.activityId);
      assert.ok(update, 'the channel card was updated in place');
      const updated = cardOf(update.body);
      assert.match(text(updated), /"text":"Acknowledged"/);
      assert.deepEqual(actionTitles(updated), []);
      assert.ok(updated.refresh);

      const messages = toRequester(USERS.lro).slice(told);
      assert.equal(messages.length, 1);
      assert.match(textOf(messages[0]), /RDT-2026-0001 is now Acknowledged \(Casey Placeholder\)/);
      assert.equal((await byReference('RDT-2026-0001')).status, 'acknowledged');
    });

    it('lets a coordinator assign with "Assign to…", picking a coordinator by name', async () => {
      const acknowledged = await execute('support.refresh', { requestId: first.id }, USERS.coordinator, 'channel', { trigger: 'automatic' });
      const picker = inputsOf(acknowledged.value).assignee;
      assert.deepEqual(picker.choices, [{ title: USERS.coordinator.name, value: USERS.coordinator.aadObjectId }], 'names are remembered as coordinators act');

      const updatesBefore = channelUpdates(first.triage!.activityId).length;
      const told = toRequester(USERS.lro).length;
      const answer = await execute('support.assign', { requestId: first.id, assignee: USERS.coordinator.aadObjectId }, USERS.coordinator, 'channel');
      assert.match(text(answer.value), /RDT-2026-0001 is Assigned/);
      const request = await byReference('RDT-2026-0001');
      assert.deepEqual(request.assignee, { aadObjectId: USERS.coordinator.aadObjectId, name: USERS.coordinator.name });
      const updates = channelUpdates(first.triage!.activityId);
      assert.equal(updates.length, updatesBefore + 1);
      assert.match(text(cardOf(updates.at(-1)!.body)), /Casey Placeholder/);
      assert.match(textOf(toRequester(USERS.lro).slice(told)[0]), /assigned to Casey Placeholder/);
    });

    it('refuses anyone who is not a coordinator, changing nothing and telling no one', async () => {
      const before = await byReference('RDT-2026-0001');
      const calls = h.connector.calls.length;
      for (const [user, verb, data] of [
        [USERS.lro2, 'support.set-status', { status: 'resolved' }],
        [USERS.lro, 'support.acknowledge', {}],
        [USERS.lro, 'support.assign-me', {}],
      ] as [User, string, Record<string, unknown>][]) {
        const answer = await execute(verb, { requestId: first.id, ...data }, user, 'channel');
        assert.equal(answer.type, 'application/vnd.microsoft.activity.message');
        assert.match(answer.value, /Only SOC Community Coordinators can triage support requests\. Nothing was changed\./);
      }
      assert.deepEqual(await byReference('RDT-2026-0001'), before);
      assert.equal(h.connector.calls.length, calls, 'no card update and no message');
    });

    it('refuses a transition the lifecycle does not allow, showing the current state', async () => {
      const before = await byReference('RDT-2026-0001');
      const answer = await execute('support.set-status', { requestId: first.id, status: 'resolved' }, USERS.coordinator, 'channel');
      assert.match(text(answer.value), /RDT-2026-0001 is Assigned; it can't move to Resolved\. Nothing was changed\./);
      assert.match(text(answer.value), /"text":"Assigned"/);
      assert.deepEqual(await byReference('RDT-2026-0001'), before);
    });

    it('sends the requester notes addressed to them, and keeps internal notes internal', async () => {
      const told = toRequester(USERS.lro).length;
      await execute('support.set-status', { requestId: first.id, status: 'in-progress', reason: '' }, USERS.coordinator, 'channel');
      await execute('support.add-note', { requestId: first.id, note: 'We will call you at 3pm.', toRequester: 'true' }, USERS.coordinator, 'channel');
      await execute(
        'support.add-note',
        { requestId: first.id, note: 'Internal: check the partner’s availability.', toRequester: 'false' },
        USERS.coordinator,
        'channel',
      );
      const messages = toRequester(USERS.lro)
        .slice(told)
        .map((m) => textOf(m));
      assert.deepEqual(messages, [
        'Your request RDT-2026-0001 is now In progress (Casey Placeholder).',
        'Casey Placeholder added a note to your request RDT-2026-0001: “We will call you at 3pm.”',
      ]);
      const card = cardOf(channelUpdates(first.triage!.activityId).at(-1)!.body);
      assert.match(text(card), /In progress/);
      assert.match(text(card), /Internal: check the partner/, 'the triage card shows the latest notes');
    });

    it('keeps a complete audit trail, shown to the requester without internal notes', async () => {
      const events = await h.app.store.support.events(first.id);
      assert.deepEqual(
        events.map((e) => [e.seq, e.by.aadObjectId, e.from ?? null, e.to, e.kind]),
        [
          [1, USERS.lro.aadObjectId, null, 'new', 'created'],
          [2, USERS.coordinator.aadObjectId, 'new', 'acknowledged', 'status'],
          [3, USERS.coordinator.aadObjectId, 'acknowledged', 'assigned', 'assigned'],
          [4, USERS.coordinator.aadObjectId, 'assigned', 'in-progress', 'status'],
          [5, USERS.coordinator.aadObjectId, 'in-progress', 'in-progress', 'note'],
          [6, USERS.coordinator.aadObjectId, 'in-progress', 'in-progress', 'note'],
        ],
      );
      assert.ok(events.every((e) => e.at && e.state));

      const mine = cardOf(await say('request rdt-2026-0001', USERS.lro));
      assert.match(text(mine), /Audit trail/);
      assert.match(text(mine), /Casey Placeholder: New → Acknowledged/);
      assert.match(text(mine), /We will call you at 3pm/);
      assert.doesNotMatch(text(mine), /Internal: check/);
      const coordinators = cardOf(await say('request RDT-2026-0001', USERS.coordinator));
      assert.match(text(coordinators), /Internal: check/);
      // In a group chat, so the bot does not gain a personal chat with this user for the next test.
      const stranger = await say('request RDT-2026-0001', USERS.lro2, 'groupChat');
      assert.equal(cardOf(stranger), undefined);
      assert.match(textOf(stranger), /can't find RDT-2026-0001 among the requests you can see/);
    });

    it('records the change, and says so on the triage card, when the requester has no personal chat with the bot', async () => {
      const third = await byReference('RDT-2026-0003');
      const answer = await execute('support.acknowledge', { requestId: third.id }, USERS.coordinator, 'channel');
      assert.match(text(answer.value), /Requester not notified/);
      const stored = await byReference('RDT-2026-0003');
      assert.equal(stored.status, 'acknowledged');
      assert.equal(stored.requesterNotice, 'no-personal-chat');
      assert.match(text(cardOf(channelUpdates(third.triage!.activityId).at(-1)!.body)), /Requester not notified/);
      assert.equal(toRequester(USERS.lro2).length, 0);
    });

    it('corrects the triage card once a notice that failed gets through on a retry run', async () => {
      const requesterChat = personalConversationId(USERS.lro);
      h.connector.responder = (call) => (call.method === 'POST' && call.conversationId === requesterChat ? { status: 500 } : undefined);
      await execute('support.add-note', { requestId: first.id, note: 'Please send the partner list.', toRequester: 'true' }, USERS.coordinator, 'channel');
      assert.equal((await byReference('RDT-2026-0001')).requesterNotice, 'send-failed');
      assert.match(text(cardOf(channelUpdates(first.triage!.activityId).at(-1)!.body)), /Requester not notified/);
      h.connector.responder = () => undefined;
      const report = await h.app.scheduler.runNow('retry-failed', new Date(now.getTime() + 10 * 60_000));
      assert.ok(report.sent >= 1, JSON.stringify(report));
      assert.match(textOf(toRequester(USERS.lro).at(-1)), /Please send the partner list/);
      assert.equal((await byReference('RDT-2026-0001')).requesterNotice, undefined);
      assert.doesNotMatch(text(cardOf(channelUpdates(first.triage!.activityId).at(-1)!.body)), /Requester not notified/);
    });

    it('refreshes the triage card to each person’s own view', async () => {
      const asCoordinator = await execute('support.refresh', { requestId: first.id }, USERS.coordinator, 'channel', { trigger: 'automatic' });
      for (const title of ['Assign to…', 'Set status', 'Add note']) assert.ok(actionTitles(asCoordinator.value).includes(title), title);
      const asMember = await execute('support.refresh', { requestId: first.id }, USERS.lro2, 'channel', { trigger: 'automatic' });
      assert.deepEqual(actionTitles(asMember.value), [], 'other channel members get the read-only card');
      assert.match(text(asMember.value), /RDT-2026-0001/);
      const elsewhere = await execute('support.refresh', { requestId: first.id }, USERS.lro2, 'personal', { trigger: 'automatic' });
      assert.doesNotMatch(text(elsewhere.value), /county line/, 'outside the triage channel a stranger sees no details');
      const asRequester = await execute('support.refresh', { requestId: first.id }, USERS.lro, 'personal', { trigger: 'automatic' });
      assert.match(text(asRequester.value), /county line/);
      assert.ok(!actionTitles(asRequester.value).includes('Acknowledge'));
    });

    it('lets the requester withdraw a request that is still New, without messaging them about it', async () => {
      const second = await byReference('RDT-2026-0002');
      const card = cardOf(await say('request RDT-2026-0002', USERS.lro));
      assert.ok(actionTitles(card).includes('Withdraw request'));
      const told = toRequester(USERS.lro).length;
      const answer = await execute('support.withdraw', { requestId: second.id, withdrawReason: 'Sorted locally' }, USERS.lro);
      assert.match(text(answer.value), /Withdrawn\. RDT-2026-0002 is Withdrawn/);
      assert.equal((await byReference('RDT-2026-0002')).status, 'withdrawn');
      assert.equal(toRequester(USERS.lro).length, told);
      assert.match(text(cardOf(channelUpdates(second.triage!.activityId).at(-1)!.body)), /Withdrawn/);
    });
  });

  describe('commands', () => {
    it('lists a requester’s own requests, newest first', async () => {
      const reply = await say('my requests', USERS.lro);
      assert.match(textOf(reply), /RDT-2026-0002[\s\S]*RDT-2026-0001/);
      assert.doesNotMatch(textOf(reply), /RDT-2026-0003/);
      assert.ok(cardOf(reply).body.some((b: any) => b.selectAction?.verb === 'support.view'));
    });

    it('gives coordinators the queue, most urgent first, with filters', async () => {
      const open = await say('queue', USERS.coordinator);
      assert.match(textOf(open), /Support queue: open \(2\)\nRDT-2026-0001[\s\S]*RDT-2026-0003/);
      assert.doesNotMatch(textOf(open), /RDT-2026-0002/, 'withdrawn requests are closed');
      assert.match(textOf(await say('queue urgent', USERS.coordinator)), /\(1\)\nRDT-2026-0001/);
      assert.match(textOf(await say('queue acknowledged', USERS.coordinator)), /\(1\)\nRDT-2026-0003/);
      assert.match(textOf(await say('queue dorset withdrawn', USERS.coordinator)), /\(1\)\nRDT-2026-0002/);
      assert.match(textOf(await say('queue wiltshire', USERS.coordinator)), /No requests match/);
      assert.match(textOf(await say('queue', USERS.lro)), /Only SOC Community Coordinators/);
    });

    it('exports every request as a CSV file, for coordinators only, from a short-lived link', async () => {
      assert.match(textOf(await say('export requests', USERS.lro)), /Only SOC Community Coordinators/);
      assert.match(textOf(await say('export requests', USERS.coordinator, 'channel')), /personal chat/);
      const reply = await say('export requests', USERS.coordinator);
      const card = cardOf(reply);
      const url = new URL(card.actions[0].url);
      assert.equal(card.actions[0].type, 'Action.OpenUrl');
      assert.equal(url.origin, 'https://lro-assist.example.test');
      assert.match(url.pathname, /^\/files\/[A-Za-z0-9_-]{43}\.csv$/);

      const server = restify.createServer();
      registerExportFiles(server, { store: h.app.store, config: { coordinatorAadIds: [USERS.coordinator.aadObjectId] }, log: h.app.log, now: () => now });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
      try {
        const res = await fetch(base + url.pathname);
        assert.equal(res.status, 200);
        assert.equal(res.headers.get('content-type'), 'text/csv; charset=utf-8');
        assert.match(res.headers.get('content-disposition')!, /attachment; filename="rdt-requests-2026-11-25\.csv"/);
        assert.equal(res.headers.get('cache-control'), 'no-store');
        const csv = await res.text();
        const lines = csv.trim().split('\r\n');
        assert.equal(lines.length, 4, 'a header and three requests');
        assert.match(lines[0], /^\uFEFF?reference,status,force/);
        assert.match(csv, /RDT-2026-0001,In progress,Dorset,Op Fictional,Disruption tactics,Urgent,Alex Example,Casey Placeholder/);

        assert.equal((await fetch(`${base}/files/${'A'.repeat(43)}.csv`)).status, 404);
        now = new Date(now.getTime() + 16 * 60_000);
        assert.equal((await fetch(base + url.pathname)).status, 404, 'the link expires');
      } finally {
        server.close();
      }
    });
  });
});

describe('support: the triage channel set by a coordinator', () => {
  let h: Harness;
  const now = T0;
  const opts = (user: User, where: Where) => ({ serviceUrl: h.connector.url, user, where });

  before(async () => {
    h = await startHarness({ COORDINATOR_AAD_IDS: USERS.coordinator.aadObjectId }, () => now);
    await h.post(botMembership('added', opts(USERS.coordinator, 'channel')));
  });
  after(async () => h.close());

  it('keeps a request raised before there is a triage channel, and posts it once one is set', async () => {
    await h.post(message('request support', opts(USERS.lro, 'personal')));
    const form = cardOf(h.connector.sent().at(-1));
    await h.post(
      invoke(
        'adaptiveCard/action',
        { action: { type: 'Action.Execute', verb: 'support.submit', data: { ...FORM, formKey: formKeyOf(form) } } },
        opts(USERS.lro, 'personal'),
      ),
    );
    const [request] = await h.app.store.support.list({});
    assert.equal(request.triage, undefined);
    assert.equal(h.connector.sent(CHANNEL_ID).length, 0);

    await h.post(message('set triage channel', opts(USERS.lro2, 'channel')));
    assert.match(textOf(h.connector.sent(CHANNEL_ID).at(-1)), /Only SOC Community Coordinators/);
    assert.equal(await h.app.store.settings.get(TRIAGE_CHANNEL_SETTING), undefined);

    await h.post(message('set triage channel', opts(USERS.coordinator, 'channel')));
    const setting = await h.app.store.settings.get(TRIAGE_CHANNEL_SETTING);
    assert.deepEqual(setting, { key: TRIAGE_CHANNEL_SETTING, value: CHANNEL_ID, updatedBy: USERS.coordinator.aadObjectId, updatedAt: T0.toISOString() });

    const report = await h.app.scheduler.runNow('support.sla', now);
    assert.equal(report.posted, 1);
    assert.equal((await h.app.store.support.get(request.id))?.triage?.conversationId, CHANNEL_ID);
    assert.equal(h.connector.sent(CHANNEL_ID).filter((a) => /RDT-2026-0001/.test(text(cardOf(a)))).length, 1);
  });
});

describe('support: one SLA reminder with two instances on one store', () => {
  let dir: string;
  let a: Harness;
  let b: Harness;
  const opts = (user: User, where: Where) => ({ serviceUrl: a.connector.url, user, where });
  const reminders = () => a.connector.sent().filter((m) => /has not been acknowledged/.test(textOf(m)));

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lro-support-sla-'));
    const env = { ...ENV, SQLITE_PATH: join(dir, 'shared.db') };
    a = await startHarness(env, () => T0);
    b = await startHarness(env, () => T0);
    await a.post(botMembership('added', opts(USERS.coordinator, 'channel')));
    for (const [urgency, key] of [
      ['urgent', 'sla-form-urgent-0000-000000000001'],
      ['routine', 'sla-form-routine-000-000000000002'],
    ]) {
      await a.post(
        invoke(
          'adaptiveCard/action',
          { action: { type: 'Action.Execute', verb: 'support.submit', data: { ...FORM, urgency, formKey: key } } },
          opts(USERS.lro, 'personal'),
        ),
      );
    }
    assert.equal((await b.app.store.support.list({})).length, 2, 'both instances see the same requests');
  });
  after(async () => {
    await a.close();
    await b.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const runBoth = (at: Date) => Promise.all([a.app.scheduler.runNow('support.sla', at), b.app.scheduler.runNow('support.sla', at)]);

  it('sends nothing before the acknowledgement time', async () => {
    await runBoth(new Date(T0.getTime() + 3 * HOUR));
    assert.equal(reminders().length, 0);
  });

  it('sends one reminder for an overdue request when both instances run the job at once', async () => {
    const reports = await runBoth(new Date(T0.getTime() + 5 * HOUR));
    assert.equal(reminders().length, 1);
    assert.match(textOf(reminders()[0]), /RDT-2026-0001 has not been acknowledged\. It is Urgent.*due to be acknowledged by 25 Nov 2026, 14:00/);
    const { triage } = (await a.app.store.support.getByReference('RDT-2026-0001'))!;
    assert.equal(reminders()[0].conversation.id, `${CHANNEL_ID};messageid=${triage!.activityId}`, 'a reply in the request’s thread');
    assert.equal(a.connector.sent(CHANNEL_ID).filter((m) => /has not been acknowledged/.test(textOf(m))).length, 0, 'not a new channel post');
    assert.equal(reports[0].reminded + reports[1].reminded, 1);
    assert.equal(reports[0].duplicate + reports[1].duplicate, 1);
  });

  it('does not remind again on later runs, nor about a request acknowledged in time', async () => {
    const routine = (await a.app.store.support.getByReference('RDT-2026-0002'))!;
    await a.post(
      invoke(
        'adaptiveCard/action',
        { action: { type: 'Action.Execute', verb: 'support.acknowledge', data: { requestId: routine.id } } },
        opts(USERS.coordinator, 'channel'),
      ),
    );
    await runBoth(new Date(T0.getTime() + 10 * 24 * HOUR));
    await runBoth(new Date(T0.getTime() + 11 * 24 * HOUR));
    assert.equal(reminders().length, 1);
  });
});

describe('support: closing the loop', () => {
  let h: Harness;
  let now = T0;
  const opts = (user: User, where: Where = 'personal') => ({ serviceUrl: h.connector.url, user, where });
  const REASON = 'Two disruption options agreed with the LRO; nothing more needed.';

  async function execute(verb: string, data: Record<string, unknown>, user: User, where: Where = 'personal') {
    const res = await h.post(invoke('adaptiveCard/action', { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' }, opts(user, where)));
    assert.equal(res.status, 200);
    return res.body as { type: string; value: any };
  }
  async function say(words: string, user: User = USERS.lro) {
    const before = h.connector.calls.length;
    await h.post(message(words, opts(user)));
    const replies = h.connector.calls.slice(before).filter((c) => c.method === 'POST');
    assert.equal(replies.length, 1, `one reply to "${words}"`);
    return replies[0].body;
  }
  const byReference = async (reference: string) => (await h.app.store.support.getByReference(reference))!;

  before(async () => {
    h = await startHarness(ENV, () => now);
    await h.post(botMembership('added', opts(USERS.coordinator, 'channel')));
    await h.post(installationUpdate('add', opts(USERS.lro)));
    await h.post(installationUpdate('add', opts(USERS.coordinator)));
    for (const [urgency, formKey] of [
      ['urgent', 'loop-form-urgent-00-000000000001'],
      ['routine', 'loop-form-routine-0-000000000002'],
    ]) {
      await execute('support.submit', { ...FORM, urgency, formKey }, USERS.lro);
    }
  });
  after(async () => h.close());

  it('leads back from a request opened in the queue to the same filtered queue', async () => {
    const list = cardOf(await say('queue urgent', USERS.coordinator));
    const open = list.body.find((b: any) => b.selectAction?.verb === 'support.view').selectAction;
    const opened = await execute(open.verb, open.data, USERS.coordinator);
    const back = opened.value.actions.find((a: any) => a.title === 'Back to the queue');
    assert.ok(back, 'the opened request offers the way back');
    assert.equal(opened.value.refresh.action.data.filters, 'urgent', 'a refresh keeps the way back');

    const acknowledged = await execute('support.acknowledge', opened.value.actions.find((a: any) => a.title === 'Acknowledge').data, USERS.coordinator);
    assert.match(text(acknowledged.value), /RDT-2026-0001 is Acknowledged/);
    assert.ok(
      acknowledged.value.actions.some((a: any) => a.title === 'Back to the queue'),
      'still there after a triage button',
    );

    const again = await execute(back.verb, back.data, USERS.coordinator);
    assert.equal(again.type, 'application/vnd.microsoft.card.adaptive');
    assert.match(text(again.value), /Support queue: open, urgent \(1\)/);
    assert.doesNotMatch(text(again.value), /RDT-2026-0002/, 'the filter is kept');

    const refused = await execute(back.verb, back.data, USERS.lro);
    assert.match(refused.value, /Only SOC Community Coordinators/);
    const mine = cardOf(await say('my requests', USERS.lro));
    const fromMine = await execute('support.view', mine.body.find((b: any) => b.selectAction?.verb === 'support.view').selectAction.data, USERS.lro);
    assert.ok(!fromMine.value.actions?.some((a: any) => a.title === 'Back to the queue'), 'requesters have no queue to go back to');
  });

  it('keeps the reason typed when resolving, tells the requester and shows it in the audit trail', async () => {
    const first = await byReference('RDT-2026-0001');
    now = new Date(T0.getTime() + HOUR);
    await execute('support.assign-me', { requestId: first.id }, USERS.coordinator);
    await execute('support.set-status', { requestId: first.id, status: 'in-progress', reason: '' }, USERS.coordinator);
    const told = h.connector.sent(personalConversationId(USERS.lro)).length;
    const resolved = await execute('support.set-status', { requestId: first.id, status: 'resolved', reason: REASON }, USERS.coordinator);
    assert.match(text(resolved.value), /RDT-2026-0001 is Resolved/);

    const events = await h.app.store.support.events(first.id);
    assert.equal(events.at(-1)!.to, 'resolved');
    assert.equal(events.at(-1)!.note, REASON, 'the reason is stored on the event');
    const [notice] = h.connector.sent(personalConversationId(USERS.lro)).slice(told);
    assert.ok(textOf(notice).includes(REASON), textOf(notice));
    const trail = cardOf(await say('request RDT-2026-0001', USERS.lro));
    assert.ok(text(trail).includes(`In progress → Resolved. “${REASON}”`), 'the requester sees it in the audit trail');
  });

  it('says one true thing when withdrawing a resolved request', async () => {
    const reply = await say('withdraw RDT-2026-0001', USERS.lro);
    assert.match(textOf(reply), /RDT-2026-0001 is Resolved, so it can no longer be withdrawn\. Nothing was changed\./);
    assert.doesNotMatch(JSON.stringify(reply), /is withdrawn/i);
    assert.equal((await byReference('RDT-2026-0001')).status, 'resolved');
  });
});

describe('support: a requester with no personal chat', () => {
  let h: Harness;
  const now = T0;
  const opts = (user: User, where: Where) => ({ serviceUrl: h.connector.url, user, where });
  const personal = personalConversationId(USERS.lro2);
  const missed = () => h.connector.sent(personal).filter((a) => /Now that we have a chat/.test(textOf(a)));

  before(async () => {
    h = await startHarness(ENV, () => now);
    await h.post(botMembership('added', opts(USERS.coordinator, 'channel')));
    await h.post(installationUpdate('add', opts(USERS.coordinator, 'personal')));
  });
  after(async () => h.close());

  it('does not promise a personal message it cannot send, and says how to get updates', async () => {
    const done = await h.post(
      invoke(
        'composeExtension/submitAction',
        { commandId: 'requestSupport', commandContext: 'message', data: { ...FORM, formKey: 'no-chat-form-0000-000000000001' } },
        opts(USERS.lro2, 'channel'),
      ),
    );
    assert.equal(done.body.task.type, 'message');
    const said = done.body.task.value as string;
    assert.match(said, /^Request RDT-2026-0001 recorded/);
    assert.doesNotMatch(said, /I'll message you in our personal chat/);
    assert.match(said, /no personal chat with me/);
    assert.match(said, /open a chat with LRO Assist/);
    assert.match(said, /"my requests"/);
  });

  it('sends what they missed, once, when they open a personal chat', async () => {
    const request = (await h.app.store.support.getByReference('RDT-2026-0001'))!;
    const ack = await h.post(
      invoke(
        'adaptiveCard/action',
        { action: { type: 'Action.Execute', verb: 'support.acknowledge', data: { requestId: request.id } } },
        opts(USERS.coordinator, 'channel'),
      ),
    );
    assert.equal(ack.status, 200);
    assert.equal((await h.app.store.support.get(request.id))!.requesterNotice, 'no-personal-chat');
    assert.equal(h.connector.sent(personal).length, 0);

    await h.post(installationUpdate('add', opts(USERS.lro2, 'personal')));
    assert.equal(missed().length, 1);
    assert.match(textOf(missed()[0]), /RDT-2026-0001 · Acknowledged/);
    assert.equal((await h.app.store.support.get(request.id))!.requesterNotice, undefined, 'the triage card no longer says they were not told');

    await h.post(message('my requests', opts(USERS.lro2, 'personal')));
    await h.post(installationUpdate('add', opts(USERS.lro2, 'personal')));
    assert.equal(missed().length, 1, 'sent once');
  });

  it('sends the missed news on the first personal message too, when there was no installation event', async () => {
    await h.post(
      invoke(
        'composeExtension/submitAction',
        { commandId: 'requestSupport', commandContext: 'message', data: { ...FORM, formKey: 'no-chat-form-0000-000000000002' } },
        opts(USERS.lro, 'channel'),
      ),
    );
    const mine = personalConversationId(USERS.lro);
    await h.post(message('hello', opts(USERS.lro, 'personal')));
    const sent = h.connector.sent(mine).map(textOf);
    assert.equal(sent.length, 2, 'the answer, then what they missed');
    assert.match(sent[1], /Now that we have a chat[\s\S]*RDT-2026-0002 · New/);
    await h.post(message('hello', opts(USERS.lro, 'personal')));
    assert.equal(h.connector.sent(mine).filter((a) => /Now that we have a chat/.test(textOf(a))).length, 1);
  });
});
