import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import restify from 'restify';
import { after, afterEach, before, beforeEach, describe, it } from 'mocha';
import { loadConfig } from '../../src/config';
import { storeDashboardSource } from '../../src/features/dashboard/store-source';
import { londonInstant } from '../../src/features/dates';
import { registerDropInCalendar } from '../../src/http/calendar';
import { parseJobArgs } from '../../src/tools/run-job';
import { CHANNEL_ID, GROUP_CHAT_ID, USERS, invoke, message, personalConversationId, type User, type Where } from '../support/activities';
import type { FakeConnector } from '../support/connector';
import { cardOf, textOf } from '../support/cards';
import { startHarness, type Harness } from '../support/harness';
import { mongoUris } from '../support/mongo';

// Fictional people and places only. The coordinators' channel is the team channel; LROs use the group chat.
const COORDINATORS = CHANNEL_ID;
const MEETING = 'https://teams.microsoft.com/l/meetup-join/fictional-dropin';
const FAST = { baseDelayMs: 5, maxDelayMs: 20 };
const ENV = {
  COORDINATOR_AAD_IDS: USERS.coordinator.aadObjectId,
  TRIAGE_CHANNEL_ID: COORDINATORS,
  PUBLIC_HOSTNAME: 'lro.example.test',
};
const at = (date: string, time = '08:00') => londonInstant(date, time);

function texts(card: any): string {
  return JSON.stringify(card);
}

function actionTitles(card: any): string[] {
  return (card?.actions ?? []).map((a: any) => a.title);
}

/** A test clock the app reads through `now`. */
class Clock {
  constructor(public current: Date) {}
  now = () => this.current;
}

async function start(clock: Clock, env: Record<string, string> = {}): Promise<Harness> {
  return startHarness({ ...ENV, ...env }, clock.now, { sender: FAST });
}

/** Makes the bot know a conversation, as Teams does when someone first writes there. */
async function hello(h: Harness, user: User, where: Where = 'personal', connector: FakeConnector = h.connector) {
  await h.post(message('help', { serviceUrl: connector.url, user, where }));
}

/** Sends a message; returns the bot's replies to it (not proactive messages that arrive meanwhile). */
async function say(h: Harness, text: string, user: User, where: Where = 'personal') {
  const activity = message(text, { serviceUrl: h.connector.url, user, where });
  await h.post(activity);
  return h.connector.calls.filter((c) => c.method === 'POST' && c.activityId === activity.id).map((c) => c.body);
}

/** Clicks an Action.Execute button; returns the card shown in its place, or the message. */
async function execute(h: Harness, verb: string, data: Record<string, unknown>, user: User, where: Where = 'personal', trigger = 'manual') {
  const res = await h.post(
    invoke('adaptiveCard/action', { action: { type: 'Action.Execute', verb, data }, trigger }, { serviceUrl: h.connector.url, user, where }),
  );
  assert.equal(res.status, 200);
  return res.body as { type: string; value: any };
}

async function addPlan(h: Harness, user: User, fields: Record<string, string>, where: Where = 'personal') {
  const res = await execute(
    h,
    'plans.add',
    { owner: user.aadObjectId, cadence: 'monthly', lastReviewed: '2026-03-03', digestHere: 'true', ...fields },
    user,
    where,
  );
  const planId = texts(res.value).match(/"planId":"(plan-[0-9a-f]+)"/)?.[1];
  assert.ok(planId, `the plan was registered: ${texts(res.value).slice(0, 300)}`);
  return { planId, card: res.value };
}

describe('reminders over HTTP', () => {
  let h: Harness;
  let clock: Clock;

  beforeEach(async () => {
    clock = new Clock(new Date('2026-03-10T10:00:00Z'));
    h = await start(clock);
    for (const user of [USERS.lro, USERS.lro2, USERS.coordinator]) await hello(h, user);
    await hello(h, USERS.lro, 'groupChat');
    await hello(h, USERS.coordinator, 'channel');
    h.connector.reset();
  });
  afterEach(async () => h.close());

  describe('4P plan reviews', () => {
    it('an LRO registers a plan from the "add plan" form, choosing an owner the bot can remind', async () => {
      const [reply] = await say(h, 'add plan', USERS.lro, 'groupChat');
      const form = cardOf(reply);
      const owner = form.body.find((b: any) => b.id === 'owner');
      assert.deepEqual(
        owner.choices.map((c: any) => c.title),
        ['Alex Example (me)', 'Casey Placeholder', 'Jordan Sample'],
      );
      assert.equal(owner.value, USERS.lro.aadObjectId);
      assert.ok(
        form.body.some((b: any) => b.id === 'digestHere'),
        'a group chat can have the digest',
      );

      const { card } = await addPlan(h, USERS.lro, { reference: 'OCG-SW-0101', owner: USERS.lro2.aadObjectId }, 'groupChat');
      assert.match(texts(card), /OCG-SW-0101: review due in 24 days/);
      assert.match(texts(card), /Jordan Sample/);
      const plan = await h.app.store.plans.findActiveByReference('tenant-sw-test', 'ocg-sw-0101');
      assert.equal(plan?.nextReview, '2026-04-03');
      assert.equal(plan?.digestConversationId, GROUP_CHAT_ID);
      await h.connector.waitForCalls(2);
      assert.match(textOf(h.connector.sent(personalConversationId(USERS.lro2))[0]), /Alex Example registered this plan with you as its owner/);
    });

    it('shows the form again with every problem and the values typed, saving nothing', async () => {
      const res = await execute(
        h,
        'plans.add',
        { reference: 'OCG-SW-0102', owner: USERS.lro.aadObjectId, cadence: 'days', days: 'ten', lastReviewed: '2026-04-01' },
        USERS.lro,
      );
      assert.match(texts(res.value), /whole number of days/);
      assert.match(texts(res.value), /cannot be in the future/);
      assert.equal(res.value.body.find((b: any) => b.id === 'reference').value, 'OCG-SW-0102');
      assert.equal(await h.app.store.plans.findActiveByReference('tenant-sw-test', 'OCG-SW-0102'), undefined);
      await addPlan(h, USERS.lro, { reference: 'OCG-SW-0102' });
      const again = await execute(
        h,
        'plans.add',
        { reference: 'ocg-sw-0102', owner: USERS.lro.aadObjectId, cadence: 'monthly', lastReviewed: '2026-03-01' },
        USERS.lro,
      );
      assert.match(texts(again.value), /already registered/);
    });

    it("reminds the owner with Mark reviewed and Snooze, and posts one digest per run in the plans' chat", async () => {
      await addPlan(h, USERS.lro, { reference: 'OCG-SW-0201' }, 'groupChat');
      await addPlan(h, USERS.lro, { reference: 'OCG-SW-0202', cadence: 'days', days: '14', lastReviewed: '2026-03-10' }, 'groupChat');
      h.connector.reset();

      const report = await h.app.scheduler.runNow('reminders.plans', at('2026-04-03'));
      assert.deepEqual(report, { 'plans.owner.sent': 1, 'plans.digest.sent': 1 });
      const [personal] = h.connector.sent(personalConversationId(USERS.lro));
      assert.match(textOf(personal), /OCG-SW-0201: review due today/);
      assert.deepEqual(actionTitles(cardOf(personal)), ['Mark reviewed', 'Snooze', 'Transfer or archive', 'Plan health']);
      const digests = h.connector.sent(GROUP_CHAT_ID);
      assert.equal(digests.length, 1, 'one digest card, not one per plan');
      assert.match(texts(cardOf(digests[0])), /2 plans due or overdue/);
      assert.match(textOf(digests[0]), /OCG-SW-0202 \(Alex Example\): overdue by 10 days[\s\S]*OCG-SW-0201 \(Alex Example\): due today/);

      assert.deepEqual(await h.app.scheduler.runNow('reminders.plans', at('2026-04-03', '12:00')), { 'plans.owner.duplicate': 1, 'plans.digest.duplicate': 1 });
      assert.equal(h.connector.sent().length, 2, 'a second run the same day sends nothing');
    });

    it('"Mark reviewed" and "Snooze" update the card in place', async () => {
      const { planId } = await addPlan(h, USERS.lro, { reference: 'OCG-SW-0301' });
      clock.current = at('2026-04-03', '09:00');
      const reviewed = await execute(h, 'plans.review', { planId, note: 'Partners met; Prevent strand updated' }, USERS.lro);
      assert.equal(reviewed.type, 'application/vnd.microsoft.card.adaptive');
      assert.match(texts(reviewed.value), /Marked reviewed on Fri 3 Apr 2026. Next review Sun 3 May 2026./);
      assert.match(texts(reviewed.value), /Partners met; Prevent strand updated/);

      const snoozed = await execute(h, 'plans.snooze', { planId, until: '2026-05-10' }, USERS.lro);
      assert.match(texts(snoozed.value), /Snoozed until Sun 10 May 2026/);
      assert.equal((await h.app.store.plans.get(planId))?.snoozedUntil, '2026-05-10');
      assert.equal(h.connector.calls.length, 0, 'the card is answered in the invoke, not posted again');

      const bad = await execute(h, 'plans.snooze', { planId, until: '2026-04-01' }, USERS.lro);
      assert.match(bad.value, /Snooze to a date after today/);
    });

    it('offers the same changes as commands', async () => {
      await addPlan(h, USERS.lro, { reference: 'OCG-SW-0401' });
      const [reviewed] = await say(h, 'mark reviewed ocg-sw-0401: quarterly meeting held', USERS.lro);
      assert.match(textOf(reviewed), /Marked reviewed on Tue 10 Mar 2026. Next review Fri 10 Apr 2026./);
      const [snoozed] = await say(h, 'snooze OCG-SW-0401 until 14 April', USERS.lro);
      assert.match(textOf(snoozed), /Snoozed until Tue 14 Apr 2026/);
      const [transferred] = await say(h, 'transfer OCG-SW-0401 to jordan', USERS.lro);
      assert.match(textOf(transferred), /Transferred to Jordan Sample/);
      const [mine] = await say(h, 'my plans', USERS.lro2);
      assert.match(textOf(mine), /OCG-SW-0401 \(Jordan Sample\)/);
      const [archived] = await say(h, 'archive plan OCG-SW-0401', USERS.coordinator);
      assert.match(textOf(archived), /Archived/, 'a coordinator may archive any plan');
      const [gone] = await say(h, 'show plan OCG-SW-0401', USERS.lro);
      assert.match(textOf(gone), /can't find an active plan/);
    });

    it('lets only the owner, the registrant or a coordinator change a plan', async () => {
      const { planId } = await addPlan(h, USERS.lro, { reference: 'OCG-SW-0501' });
      const refused = await execute(h, 'plans.review', { planId }, USERS.lro2);
      assert.match(refused.value, /Only the owner of OCG-SW-0501/);
      const view = await execute(h, 'plans.card', { planId }, USERS.lro2, 'personal', 'automatic');
      assert.deepEqual(actionTitles(view.value), ['Plan health'], 'others see the plan and its health, without the buttons that change it');
    });

    it("transfers and archives from the card's manage view", async () => {
      const { planId } = await addPlan(h, USERS.lro, { reference: 'OCG-SW-0601' });
      const manage = await execute(h, 'plans.manage', { planId }, USERS.lro);
      assert.match(texts(manage.value), /Transfer to/);
      const moved = await execute(h, 'plans.transfer', { planId, owner: USERS.lro2.aadObjectId }, USERS.lro);
      assert.match(texts(moved.value), /Transferred to Jordan Sample/);
      await h.connector.waitForCalls(1);
      assert.match(textOf(h.connector.sent(personalConversationId(USERS.lro2))[0]), /Alex Example transferred this plan to you/);
      const archived = await execute(h, 'plans.archive', { planId }, USERS.lro2);
      assert.match(texts(archived.value), /OCG-SW-0601: archived/);
      assert.deepEqual(actionTitles(archived.value), ['Undo archive']);
    });

    it('offers Undo archive for 10 minutes after archiving, then refuses it', async () => {
      const { planId } = await addPlan(h, USERS.lro, { reference: 'OCG-SW-0602' });
      await execute(h, 'plans.archive', { planId }, USERS.lro);
      clock.current = new Date(clock.current.getTime() + 9 * 60_000);
      const undone = await execute(h, 'plans.unarchive', { planId }, USERS.lro);
      assert.match(texts(undone.value), /Archive undone/);
      assert.equal((await h.app.store.plans.get(planId))?.status, 'active');
      assert.deepEqual(actionTitles(undone.value), ['Mark reviewed', 'Snooze', 'Transfer or archive', 'Plan health']);

      await execute(h, 'plans.archive', { planId }, USERS.lro);
      clock.current = new Date(clock.current.getTime() + 11 * 60_000);
      const late = await execute(h, 'plans.unarchive', { planId }, USERS.lro);
      assert.match(texts(late.value), /more than 10 minutes ago/);
      assert.equal((await h.app.store.plans.get(planId))?.status, 'archived');
      const reopened = await execute(h, 'plans.card', { planId }, USERS.lro);
      assert.deepEqual(actionTitles(reopened.value), [], 'the undo is no longer offered');
    });

    it("escalates a plan 28 days overdue to the coordinators' channel", async () => {
      await addPlan(h, USERS.lro, { reference: 'OCG-SW-0701' });
      h.connector.reset();
      const report = await h.app.scheduler.runNow('reminders.plans', at('2026-05-01'));
      assert.equal(report['plans.escalation.sent'], 1);
      const [card] = h.connector.sent(COORDINATORS);
      assert.match(textOf(card), /Escalation: 1 plan review is 28 or more days overdue[\s\S]*OCG-SW-0701 \(Alex Example\): overdue by 28 days/);
    });

    it('run before 08:00, says the overdue plan will be reminded at 08:00; a plan registered overdue is reminded on the next run', async () => {
      // Registered on 10 March at 10:00; due 8 January, so 62 days overdue on 11 March.
      await addPlan(h, USERS.lro, { reference: 'OCG-SW-0801', lastReviewed: '2025-12-08' });
      clock.current = at('2026-03-11', '07:00');
      h.connector.reset();
      await say(h, 'run job reminders.plans', USERS.coordinator);
      await h.connector.waitForCalls(3); // the reply, the escalation of a plan registered 62 days overdue, the result
      const result = h.connector.sent(personalConversationId(USERS.coordinator)).find((a) => /^Job /.test(textOf(a)));
      assert.match(textOf(result!), /^Job reminders.plans finished\. .*reminders go out from 08:00; 1 plan will be reminded then$/);
      assert.doesNotMatch(textOf(result!), /Nothing was due/);

      const report = await h.app.scheduler.runNow('reminders.plans', at('2026-03-11'));
      assert.equal(report['plans.owner.sent'], 1);
      assert.match(textOf(h.connector.sent(personalConversationId(USERS.lro)).pop()!), /OCG-SW-0801: review overdue by 62 days/);
    });

    it('lets a coordinator run a job now, and no one else', async () => {
      const [refused] = await say(h, 'run job reminders.plans', USERS.lro);
      assert.match(textOf(refused), /Only coordinators/);
      const [started] = await say(h, 'run job sites.reviews', USERS.coordinator);
      assert.match(textOf(started), /Running sites.reviews now/);
      await h.connector.waitForCalls(2);
      assert.match(textOf(h.connector.sent(personalConversationId(USERS.coordinator))[1]), /Job sites.reviews finished. Nothing was due./);
      const [unknown] = await say(h, 'run job no.such.job', USERS.coordinator);
      assert.match(textOf(unknown), /no job called "no.such.job"\. The jobs are: .*reminders\.plans/);
    });
  });

  describe('drop-ins', () => {
    const schedule = { ordinal: '1', weekday: 'TU', startTime: '10:00', endTime: '11:00', from: '2026-03-01', meetingUrl: MEETING };

    beforeEach(async () => {
      const saved = await execute(h, 'dropins.schedule', schedule, USERS.coordinator);
      assert.match(texts(saved.value), /Saved: drop-ins on the first Tuesday of each month, 10:00–11:00/);
      await say(h, 'subscribe drop-ins', USERS.lro, 'groupChat');
      h.connector.reset();
    });

    it('only a coordinator may set the schedule, and the form starts from the current one', async () => {
      const refused = await execute(h, 'dropins.schedule', schedule, USERS.lro);
      assert.match(refused.value, /Only coordinators/);
      const [denied] = await say(h, 'set drop-ins', USERS.lro);
      assert.match(textOf(denied), /Only coordinators/);
      const [form] = await say(h, 'set drop-ins', USERS.coordinator);
      const inputs = JSON.stringify(cardOf(form));
      for (const [id, value] of Object.entries({ ordinal: '1', weekday: 'TU', startTime: '10:00', endTime: '11:00', meetingUrl: MEETING })) {
        assert.ok(inputs.includes(`"id":"${id}"`) && inputs.includes(`"value":"${value}"`), `${id} is ${value}`);
      }
      assert.match(inputs, /Now: first Tuesday of each month, 10:00–11:00/);
    });

    it('reminds subscribers 3 days before and on the morning, with Join, Add to calendar and RSVP', async () => {
      assert.deepEqual(await h.app.scheduler.runNow('dropins.reminders', at('2026-04-04')), { 'dropins.reminder.sent': 1 });
      const [before] = h.connector.sent(GROUP_CHAT_ID);
      assert.match(textOf(before), /Coming up: LRO drop-in[\s\S]*Tuesday 7 April 2026, 10:00–11:00 \(UK time\)/);
      const card = cardOf(before);
      assert.deepEqual(actionTitles(card), ['Join', 'Add to calendar', "I'll attend"]);
      assert.match(card.actions[1].url, /^https:\/\/lro\.example\.test\/calendar\/dropins\/2026-04-07\.ics\?t=[0-9a-f]{32}$/);

      await h.app.scheduler.runNow('dropins.reminders', at('2026-04-07'));
      assert.match(textOf(h.connector.sent(GROUP_CHAT_ID)[1]), /Today: LRO drop-in/);
      assert.equal(h.connector.sent().length, 2);
    });

    it('counts RSVPs on the card as people reply', async () => {
      clock.current = at('2026-04-04', '09:00');
      const one = await execute(h, 'dropins.rsvp', { occurrenceId: '2026-04-07', attend: true }, USERS.lro, 'groupChat');
      assert.match(texts(one.value), /1 person has said they will attend/);
      assert.deepEqual(actionTitles(one.value).slice(-1), ["Can't make it now"]);
      await execute(h, 'dropins.rsvp', { occurrenceId: '2026-04-07', attend: true }, USERS.lro, 'groupChat');
      const two = await execute(h, 'dropins.rsvp', { occurrenceId: '2026-04-07', attend: true }, USERS.lro2, 'groupChat');
      assert.match(texts(two.value), /2 people have said they will attend/);
      const withdrawn = await execute(h, 'dropins.rsvp', { occurrenceId: '2026-04-07', attend: false }, USERS.lro, 'groupChat');
      assert.match(texts(withdrawn.value), /1 person has said/);
      const refreshed = await execute(h, 'dropins.card', { occurrenceId: '2026-04-07' }, USERS.lro2, 'groupChat', 'automatic');
      assert.match(texts(refreshed.value), /You said you will attend/);
    });

    it('answers "next drop-in" from the schedule, with moves and cancellations applied', async () => {
      const [next] = await say(h, 'next drop-in', USERS.lro);
      assert.match(textOf(next), /Tuesday 7 April 2026, 10:00–11:00/);
      const [cancelled] = await say(h, 'cancel drop-in 7 April', USERS.coordinator);
      assert.match(textOf(cancelled), /Cancelled the drop-in on Tuesday 7 April 2026/);
      const [moved] = await say(h, 'move drop-in 5 May to 6 May 14:00-15:00', USERS.coordinator);
      assert.match(textOf(moved), /Moved the drop-in to Wednesday 6 May 2026, 14:00–15:00/);
      const [after] = await say(h, 'next drop-in', USERS.lro);
      assert.match(textOf(after), /Wednesday 6 May 2026, 14:00–15:00[\s\S]*Moved from its usual time, Tuesday 5 May 2026, 10:00/);
      const [schedule] = await say(h, 'drop-in schedule', USERS.lro);
      assert.match(textOf(schedule), /7 April 2026, 10:00–11:00 \(cancelled\)/);
    });

    it('on a move, updates the posted card in place, keeps the RSVPs and tells those attending; on a cancel, the card loses its buttons', async () => {
      await h.app.scheduler.runNow('dropins.reminders', at('2026-04-04'));
      const [posted] = await h.app.store.deliveries.listSent('dropins:2026-04-07:');
      assert.equal(posted.conversationId, GROUP_CHAT_ID);
      clock.current = at('2026-04-04', '09:00');
      await execute(h, 'dropins.rsvp', { occurrenceId: '2026-04-07', attend: true }, USERS.lro, 'groupChat');
      await execute(h, 'dropins.rsvp', { occurrenceId: '2026-04-07', attend: true }, USERS.lro2, 'groupChat');
      h.connector.reset();

      const [moved] = await say(h, 'move drop-in 7 April to 8 April 14:00-15:00', USERS.coordinator);
      assert.match(textOf(moved), /Moved the drop-in to Wednesday 8 April 2026, 14:00–15:00.*the 2 people who said they would attend are being told/);
      await h.connector.waitForCalls(4);
      const [update] = h.connector.updates();
      assert.equal(update.conversationId, GROUP_CHAT_ID);
      assert.equal(update.activityId, posted.activityId);
      assert.match(textOf(update.body), /Moved: LRO drop-in[\s\S]*Wednesday 8 April 2026, 14:00–15:00[\s\S]*2 people have said they will attend/);
      assert.deepEqual(actionTitles(cardOf(update.body)), ['Join', 'Add to calendar', "I'll attend"]);
      for (const user of [USERS.lro, USERS.lro2]) {
        const [told] = h.connector.sent(personalConversationId(user));
        assert.match(textOf(told), /Moved: the LRO drop-in you said you would attend[\s\S]*Wednesday 8 April 2026, 14:00–15:00/);
      }
      assert.equal(await h.app.store.dropIns.countRsvps('2026-04-07'), 2, 'the RSVPs stay with the moved session');

      h.connector.reset();
      const [cancelled] = await say(h, 'cancel drop-in 7 April', USERS.coordinator);
      assert.match(textOf(cancelled), /the 2 people who said they would attend are being told/);
      await h.connector.waitForCalls(4);
      const [cancelUpdate] = h.connector.updates();
      assert.equal(cancelUpdate.activityId, posted.activityId);
      assert.match(textOf(cancelUpdate.body), /Cancelled: LRO drop-in[\s\S]*This session is cancelled/);
      assert.deepEqual(actionTitles(cardOf(cancelUpdate.body)), [], 'no Join, Add to calendar or RSVP on a cancelled session');
      assert.match(textOf(h.connector.sent(personalConversationId(USERS.lro))[0]), /Cancelled: the LRO drop-in you said you would attend/);
    });

    it('accepts only a Teams meeting link, saying what a link looks like', async () => {
      for (const meetingUrl of ['https://zoom.example.test/j/1', 'http://teams.microsoft.com/l/meetup-join/x', 'https://teams.microsoft.com.evil.test/l/x']) {
        const refused = await execute(h, 'dropins.schedule', { ...schedule, meetingUrl }, USERS.coordinator);
        assert.match(texts(refused.value), /starts with https:\/\/teams.microsoft.com\/ or https:\/\/teams.live.com\//, meetingUrl);
      }
      const personal = await execute(h, 'dropins.schedule', { ...schedule, meetingUrl: 'https://teams.live.com/meet/9876543210' }, USERS.coordinator);
      assert.match(texts(personal.value), /Saved: drop-ins/);
    });

    it('serves the session as an .ics file at the calendar link, and nothing without its token', async () => {
      const server = restify.createServer();
      registerDropInCalendar(server, { store: h.app.store, config: { publicHostname: 'lro.example.test' }, log: h.app.log, now: clock.now });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
      try {
        const token = (await h.app.store.dropIns.getSchedule())!.calendarToken;
        const res = await fetch(`${base}/calendar/dropins/2026-04-07.ics?t=${token}`);
        assert.equal(res.status, 200);
        assert.match(res.headers.get('content-type') ?? '', /^text\/calendar/);
        const ics = await res.text();
        assert.match(ics, /DTSTART:20260407T090000Z/);
        assert.match(ics, /fictional-dropin/);
        for (const path of ['2026-04-07.ics?t=wrong', '2026-04-07.ics', '2026-04-08.ics?t=' + token, 'secrets.txt?t=' + token]) {
          assert.equal((await fetch(`${base}/calendar/dropins/${path}`)).status, 404, path);
        }
        // A first Tuesday the rule would give, but far outside the schedule's window: refused, not computed.
        assert.equal((await fetch(`${base}/calendar/dropins/9999-12-07.ics?t=${token}`)).status, 404);
      } finally {
        server.close();
      }
    });
  });

  describe('CHB sites', () => {
    it("a coordinator registers a site and the coordinators' channel is reminded before its 6-month review", async () => {
      const refused = await execute(h, 'sites.add', { name: 'Weston Central', force: 'Avon and Somerset', launchDate: '2026-03-02' }, USERS.lro);
      assert.match(refused.value, /Only coordinators/);
      const saved = await execute(h, 'sites.add', { name: 'Weston Central', force: 'Avon and Somerset', launchDate: '2026-03-02' }, USERS.coordinator);
      assert.match(texts(saved.value), /Added Weston Central: formal review due Wed 2 Sept 2026/);

      assert.deepEqual(await h.app.scheduler.runNow('sites.reviews', at('2026-08-05', '08:30')), { 'sites.review.sent': 1 });
      const [reminder] = h.connector.sent(COORDINATORS);
      assert.match(textOf(reminder), /CHB site review: Weston Central[\s\S]*formal review due in 28 days/);
      await h.app.scheduler.runNow('sites.reviews', at('2026-09-02', '08:30'));
      assert.match(textOf(h.connector.sent(COORDINATORS)[1]), /formal review due today/);

      clock.current = at('2026-09-02', '09:00');
      const [list] = await say(h, 'sites', USERS.lro);
      assert.match(textOf(list), /Weston Central \(Avon and Somerset\), launched Mon 2 Mar 2026: formal review due today/);
    });

    it('a coordinator records reviews held, closes a site and removes a mistaken one; each is audited', async () => {
      await execute(h, 'sites.add', { name: 'Yeovil', force: 'Avon and Somerset', launchDate: '2025-01-01' }, USERS.coordinator);
      const [before] = await say(h, 'sites', USERS.lro);
      assert.match(textOf(before), /Yeovil .*formal review was due 252 days ago \(Tue 1 Jul 2025\)/);

      const [refused] = await say(h, 'review held Yeovil on 3 July 2025', USERS.lro);
      assert.match(textOf(refused), /Only .*coordinators/i);
      const [intel] = await say(h, 'review held Yeovil on 3 July 2025: met the owner at 12 High Street', USERS.coordinator);
      assert.match(textOf(intel), /nothing was saved or sent/);
      assert.equal((await h.app.store.sites.get('yeovil'))?.lastReviewHeld, undefined, 'nothing is saved with a refused note');
      const [future] = await say(h, 'review held Yeovil on 3 July 2026', USERS.coordinator);
      assert.match(textOf(future), /is in the future/);

      const [first] = await say(h, 'review held Yeovil on 3 July 2025: Baseline refreshed with partners', USERS.coordinator);
      assert.match(textOf(first), /Recorded the formal review of Yeovil held on Thu 3 Jul 2025\. The next is due Sat 3 Jan 2026\./);
      const [second] = await say(h, 'review held Yeovil on 5 January 2026', USERS.coordinator);
      assert.match(textOf(second), /The next is due Sun 5 Jul 2026/);
      const [after] = await say(h, 'sites', USERS.lro);
      assert.match(textOf(after), /Yeovil .*formal review due in 117 days \(Sun 5 Jul 2026\); last held Mon 5 Jan 2026/);
      assert.doesNotMatch(textOf(after), /was due/);
      const dashboard = storeDashboardSource(h.app.store, loadConfig({}));
      assert.deepEqual((await dashboard.coordinatorView(clock.current)).sites, [{ name: 'Yeovil', launchDate: '2025-01-01', nextReview: '2026-07-05' }]);

      const [closed] = await say(h, 'close site Yeovil', USERS.coordinator);
      assert.match(textOf(closed), /Closed Yeovil/);
      assert.match(textOf(closed), /Yeovil .*formal review no longer due: the site closed on Tue 10 Mar 2026/);
      assert.deepEqual(await h.app.scheduler.runNow('sites.reviews', at('2026-06-07', '08:30')), {}, 'a closed site is not reminded');
      assert.deepEqual((await dashboard.coordinatorView(clock.current)).sites, []);

      await execute(h, 'sites.add', { name: 'Typo Site', force: 'Dorset', launchDate: '2026-03-01' }, USERS.coordinator);
      const [notYours] = await say(h, 'remove site Typo Site', USERS.lro);
      assert.match(textOf(notYours), /Only .*coordinators/i);
      const [removed] = await say(h, 'remove site Typo Site', USERS.coordinator);
      assert.match(textOf(removed), /Removed Typo Site/);
      assert.equal(await h.app.store.sites.get('typo site'), undefined);

      const by = USERS.coordinator.aadObjectId;
      assert.deepEqual(
        (await h.app.store.sites.auditTrail('yeovil')).map((e) => [e.action, e.date ?? null, e.by]),
        [
          ['review-held', '2025-07-03', by],
          ['review-held', '2026-01-05', by],
          ['closed', '2026-03-10', by],
        ],
      );
      assert.deepEqual(
        (await h.app.store.sites.auditTrail('typo site')).map((e) => [e.action, e.siteName, e.by, e.at]),
        [['removed', 'Typo Site', by, clock.current.toISOString()]],
      );
    });
  });

  describe('sending that can be trusted', () => {
    it('retries 429s and loses nothing', async () => {
      for (let i = 0; i < 6; i++) await addPlan(h, USERS.lro, { reference: `OCG-SW-09${i}` }, 'groupChat');
      h.connector.reset();
      // Each message is refused the first time it is sent (sends to different chats run side by side).
      const refused = new Set<string>();
      let throttled = 0;
      h.connector.responder = (call) => {
        const message = `${call.conversationId} ${JSON.stringify(call.body?.attachments ?? call.body?.text)}`;
        if (refused.has(message)) return undefined;
        refused.add(message);
        throttled++;
        return { status: 429, headers: { 'retry-after': '0' } };
      };
      const report = await h.app.scheduler.runNow('reminders.plans', at('2026-04-03'));
      assert.deepEqual(report, { 'plans.owner.sent': 6, 'plans.digest.sent': 1 });
      assert.equal(throttled, 7, 'each message was refused once and then retried');
      const sent = h.connector.sent(personalConversationId(USERS.lro)).map((a) => textOf(a).split(':')[0]);
      assert.deepEqual(sent.sort(), ['OCG-SW-090', 'OCG-SW-091', 'OCG-SW-092', 'OCG-SW-093', 'OCG-SW-094', 'OCG-SW-095']);
    });

    it('records a send that keeps failing and sends it on the next run', async () => {
      await addPlan(h, USERS.lro, { reference: 'OCG-SW-1001' });
      h.connector.reset();
      h.connector.responder = () => ({ status: 400 });
      assert.deepEqual(await h.app.scheduler.runNow('reminders.plans', at('2026-04-03')), { 'plans.owner.failed': 1 });
      h.connector.responder = () => undefined;
      assert.deepEqual(await h.app.scheduler.runNow('retry-failed', at('2026-04-03', '08:10')), {
        sent: 1,
        failed: 0,
        gone: 0,
        duplicate: 0,
        released: 0,
        'given-up': 0,
        unknown: 0,
      });
      assert.equal(h.connector.sent(personalConversationId(USERS.lro)).length, 1);
    });

    it('marks a conversation the bot was removed from as inactive and stops sending there', async () => {
      await execute(h, 'dropins.schedule', { ordinal: '1', weekday: 'TU', startTime: '10:00', endTime: '11:00', meetingUrl: MEETING }, USERS.coordinator);
      await say(h, 'subscribe drop-ins', USERS.lro, 'groupChat');
      await say(h, 'subscribe drop-ins', USERS.coordinator, 'channel');
      h.connector.reset();
      let refusals = 0;
      h.connector.responder = (call) => (call.conversationId === GROUP_CHAT_ID ? (refusals++, { status: 403 }) : undefined);
      assert.deepEqual(await h.app.scheduler.runNow('dropins.reminders', at('2026-04-04')), { 'dropins.reminder.gone': 1, 'dropins.reminder.sent': 1 });
      assert.equal(refusals, 1, 'a 403 is not retried');
      assert.equal((await h.app.store.conversations.get(GROUP_CHAT_ID))?.active, false);
      await h.app.scheduler.runNow('dropins.reminders', at('2026-04-07'));
      await h.app.scheduler.runNow('retry-failed', at('2026-04-07', '09:00'));
      assert.equal(refusals, 1, 'nothing more is sent to the removed conversation');
      assert.equal(h.connector.sent(COORDINATORS).length, 2);
    });
  });
});

/** Two bot instances sharing one store: each runs every reminder job at the same moment. */
async function racingInstances(a: Harness, b: Harness) {
  for (const user of [USERS.lro, USERS.lro2]) await hello(a, user);
  await hello(a, USERS.lro, 'groupChat');
  await hello(a, USERS.coordinator, 'channel');
  for (let i = 0; i < 10; i++) await addPlan(a, i % 2 ? USERS.lro : USERS.lro2, { reference: `OCG-RACE-${i}` }, 'groupChat');
  // First Monday: 6 April, so its "3 days before" reminder is due on 3 April with everything else.
  await execute(a, 'dropins.schedule', { ordinal: '1', weekday: 'MO', startTime: '10:00', endTime: '11:00', meetingUrl: MEETING }, USERS.coordinator);
  await say(a, 'subscribe drop-ins', USERS.lro, 'groupChat');
  await execute(a, 'sites.add', { name: 'Poole Quay', force: 'Dorset', launchDate: '2025-10-03' }, USERS.coordinator);
  a.connector.reset();

  const moment = at('2026-04-03', '08:30');
  for (const job of ['reminders.plans', 'dropins.reminders', 'sites.reviews']) {
    await Promise.all([a.app.scheduler.runNow(job, moment), b.app.scheduler.runNow(job, moment)]);
  }
  // Both instances send through the conversation references, which point at the first connector.
  const texts = a.connector.sent().map((s) => textOf(s).split('\n')[0]);
  const counts = new Map<string, number>();
  for (const t of texts) counts.set(t, (counts.get(t) ?? 0) + 1);
  return { counts, total: texts.length };
}

/** 10 owner reminders, one digest, one drop-in reminder and one site review: each once, none lost. */
function assertExactlyOnce({ counts, total }: { counts: Map<string, number>; total: number }) {
  assert.deepEqual(
    [...counts.values()].filter((n) => n > 1),
    [],
    `duplicates: ${JSON.stringify([...counts])}`,
  );
  assert.equal(total, 13);
  const keys = [...counts.keys()];
  assert.equal(keys.filter((t) => /^OCG-RACE-\d: review due today$/.test(t)).length, 10);
  assert.equal(keys.filter((t) => /^4P plan reviews: 10 plans due or overdue$/.test(t)).length, 1);
  assert.equal(keys.filter((t) => /^Coming up: LRO drop-in/.test(t)).length, 1);
  assert.equal(keys.filter((t) => /^CHB site review: Poole Quay$/.test(t)).length, 1);
}

describe('exactly once with two instances on one SQLite file', () => {
  let dir: string;
  let a: Harness;
  let b: Harness;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lro-two-'));
    const clock = new Clock(new Date('2026-03-10T10:00:00Z'));
    a = await start(clock, { SQLITE_PATH: join(dir, 'shared.db') });
    b = await start(clock, { SQLITE_PATH: join(dir, 'shared.db') });
  });
  after(async () => {
    await a?.close();
    await b?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends each reminder once when both run every job at the same moment', async () => {
    assertExactlyOnce(await racingInstances(a, b));
    assert.equal(b.connector.calls.length, 0);
  });
});

for (const uri of mongoUris()) {
  describe(`exactly once with two instances on one FerretDB (${uri})`, () => {
    const db = `lro-e2e-${randomUUID().slice(0, 8)}`;
    let a: Harness;
    let b: Harness;
    before(async () => {
      const clock = new Clock(new Date('2026-03-10T10:00:00Z'));
      a = await start(clock, { MONGODB_URI: uri, MONGODB_DB: db });
      b = await start(clock, { MONGODB_URI: uri, MONGODB_DB: db });
    });
    after(async () => {
      await a?.close();
      await b?.close();
      const client = await MongoClient.connect(uri);
      await client.db(db).dropDatabase();
      await client.close();
    });

    it('sends each reminder once when both run every job at the same moment', async () => {
      assert.equal(a.app.store.kind, 'mongo');
      assertExactlyOnce(await racingInstances(a, b));
    });
  });
}

describe('catch-up after downtime', () => {
  it('a start-up run sends what was missed within the stale window, once, and nothing older', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lro-catchup-'));
    const env = { SQLITE_PATH: join(dir, 'catchup.db') };
    const clock = new Clock(new Date('2026-03-10T10:00:00Z'));
    const first = await start(clock, env);
    let second: Harness | undefined;
    try {
      await hello(first, USERS.lro);
      const { planId: catch1 } = await addPlan(first, USERS.lro, { reference: 'OCG-CATCH-1', lastReviewed: '2026-03-04' }); // due 4 April
      await addPlan(first, USERS.lro, { reference: 'OCG-CATCH-2', lastReviewed: '2026-03-01' }); // due 1 April
      // The first instance stops on 2 April; its connector stays up as Teams would.
      await first.app.close();
      first.connector.reset();

      // Back at 07:00 on 5 April, before that day's run: the 08:00 run on 4 April was missed. OCG-CATCH-1's
      // "due" reminder (4 April) is within 48 hours, so it goes out; OCG-CATCH-2's first "overdue" reminder
      // (2 April) is older, so it is not sent.
      clock.current = new Date('2026-04-05T06:00:00Z');
      second = await startHarness({ ...ENV, ...env, SCHEDULER_ENABLED: 'true' }, clock.now, { sender: FAST });
      const caughtUp = () => second!.logs.some((l) => l.job === 'sites.reviews' && /^job (finished|failed)$/.test(String(l.msg)));
      while (!caughtUp()) await new Promise((r) => setTimeout(r, 20));
      const sent = first.connector.sent(personalConversationId(USERS.lro)).map((a) => textOf(a).split('\n')[0]);
      assert.deepEqual(sent, ['OCG-CATCH-1: review overdue by 1 day']);
      assert.equal((await second.app.store.deliveries.get(`plans:${catch1}:2026-04-04:due:2026-04-04`))?.status, 'sent');

      await second.app.scheduler.catchUp();
      assert.equal(first.connector.sent().length, 1, 'a second catch-up sends nothing again');
    } finally {
      await second?.close();
      await first.connector.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('npm run job', () => {
  it('reads a job name and an optional --now, refusing anything else with the list of jobs', () => {
    const jobs = ['reminders.plans', 'sites.reviews'];
    assert.deepEqual(parseJobArgs(['sites.reviews'], jobs), { name: 'sites.reviews' });
    assert.deepEqual(parseJobArgs(['reminders.plans', '--now', '2026-04-03T07:00:00Z'], jobs), {
      name: 'reminders.plans',
      now: new Date('2026-04-03T07:00:00Z'),
    });
    assert.match((parseJobArgs([], jobs) as { error: string }).error, /usage: npm run job -- <name>[\s\S]*reminders.plans, sites.reviews/);
    assert.match((parseJobArgs(['nope'], jobs) as { error: string }).error, /unknown job "nope"/);
    assert.match((parseJobArgs(['sites.reviews', '--now', 'soon'], jobs) as { error: string }).error, /--now must be an ISO date/);
  });

  it('runs a job on demand against the configured store, as of --now, and prints its report', async function () {
    this.timeout(60000);
    const dir = mkdtempSync(join(tmpdir(), 'lro-cli-'));
    const env = { SQLITE_PATH: join(dir, 'cli.db') };
    const clock = new Clock(new Date('2026-03-10T10:00:00Z'));
    const h = await start(clock, env);
    try {
      await hello(h, USERS.lro);
      await addPlan(h, USERS.lro, { reference: 'OCG-CLI-1' });
      h.connector.reset();
      const root = join(__dirname, '..', '..');
      const stdout = await new Promise<string>((resolve, reject) =>
        execFile(
          process.execPath,
          ['--import', 'tsx', 'src/tools/run-job.ts', 'reminders.plans', '--now', '2026-04-03T07:00:00Z'],
          { cwd: root, env: { PATH: process.env.PATH ?? '', ...ENV, ...env, LOG_LEVEL: 'silent' } },
          (err, out) => (err ? reject(err) : resolve(out)),
        ),
      );
      assert.deepEqual(JSON.parse(stdout.trim()), { job: 'reminders.plans', report: { 'plans.owner.sent': 1 } });
      assert.match(textOf(h.connector.sent(personalConversationId(USERS.lro))[0]), /^OCG-CLI-1: review due today/);
    } finally {
      await h.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
