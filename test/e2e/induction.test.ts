import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'mocha';
import { ALL_QUESTIONS, COURSE } from '../../src/features/induction/course';
import { INDUCTION_JOB, nudgeKey } from '../../src/features/induction/job';
import { INDUCTION_VERBS } from '../../src/features/induction/verbs';
import { TENANT, USERS, installationUpdate, invoke, message, personalConversationId, type User, type Where } from '../support/activities';
import { cardOf, inputsOf, textOf } from '../support/cards';
import { startHarness, type Harness } from '../support/harness';

// Fictional people only. Alex and Jordan are LROs; Casey is a coordinator.
const ENV = { COORDINATOR_AAD_IDS: USERS.coordinator.aadObjectId, PUBLIC_HOSTNAME: 'lro.example.test' };
const FAST = { baseDelayMs: 5, maxDelayMs: 20 };
const DAY = 24 * 60 * 60_000;

class Clock {
  constructor(public current: Date) {}
  now = () => this.current;
  advance(ms: number) {
    this.current = new Date(this.current.getTime() + ms);
  }
}

const json = (card: unknown) => JSON.stringify(card);

async function say(h: Harness, text: string, user: User, where: Where = 'personal') {
  const activity = message(text, { serviceUrl: h.connector.url, user, where });
  await h.post(activity);
  const replies = h.connector.calls.filter((c) => c.method === 'POST' && c.activityId === activity.id).map((c) => c.body);
  assert.equal(replies.length, 1, `one reply to "${text}"`);
  return replies[0];
}

/** Clicks an Action.Execute; returns the card shown in place of the clicked one, or the message. */
async function execute(h: Harness, verb: string, data: Record<string, unknown>, user: User, where: Where = 'personal') {
  const res = await h.post(
    invoke('adaptiveCard/action', { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' }, { serviceUrl: h.connector.url, user, where }),
  );
  assert.equal(res.status, 200);
  return res.body as { type: string; value: any };
}

/** Clicks the button with this title on a card, with the data the card carries. */
async function click(h: Harness, card: any, title: string, user: User = USERS.lro) {
  const action = (card.actions ?? []).find((a: any) => a.title === title);
  assert.ok(action, `the card has a "${title}" button; it has ${(card.actions ?? []).map((a: any) => a.title).join(', ')}`);
  const res = await execute(h, action.verb, action.data, user);
  assert.equal(res.type, 'application/vnd.microsoft.card.adaptive', `"${title}" updates the card in place: ${json(res.value)}`);
  return res.value;
}

async function begin(h: Harness, user: User = USERS.lro, force = 'Dorset') {
  const start = cardOf(await say(h, 'induction', user));
  assert.ok(inputsOf(start).force, 'the first card asks for the force');
  return click(h, { actions: start.actions.map((a: any) => ({ ...a, data: { ...a.data, force } })) }, 'Start the induction', user);
}

/** Presses Next until the card is a question; returns it. */
async function toQuestion(h: Harness, card: any, user: User = USERS.lro) {
  while (!/Check: /.test(json(card))) card = await click(h, card, 'Next', user);
  return card;
}

/** Answers the question on the card: the right option or a wrong one. */
async function answer(h: Harness, card: any, right: boolean, user: User = USERS.lro) {
  const id = card.actions.find((a: any) => a.verb === INDUCTION_VERBS.answer).data.questionId;
  const q = ALL_QUESTIONS.find((x) => x.id === id)!;
  const option = right ? q.answer : (q.answer + 1) % q.options.length;
  return click(h, card, q.options[option], user);
}

/** Goes through the whole course from wherever the card is, answering every question right. */
async function finish(h: Harness, card: any, user: User = USERS.lro) {
  for (;;) {
    const titles = card.actions.map((a: any) => a.title);
    if (card.actions.some((a: any) => a.verb === INDUCTION_VERBS.answer)) card = await answer(h, card, true, user);
    else if (titles.includes('Next')) card = await click(h, card, 'Next', user);
    else if (titles.includes('Finish')) return click(h, card, 'Finish', user);
    else assert.fail(`stuck on ${json(card)}`);
  }
}

describe('LRO induction over HTTP', () => {
  let h: Harness;
  let clock: Clock;
  let dir: string;
  const dbPath = () => join(dir, 'induction.db');

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lro-induction-'));
    clock = new Clock(new Date('2026-03-02T10:00:00Z'));
    h = await startHarness({ ...ENV, SQLITE_PATH: dbPath() }, clock.now, { sender: FAST });
  });
  afterEach(async () => {
    await h.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the welcome card of a new personal chat offers the induction', async () => {
    await h.post(installationUpdate('add', { serviceUrl: h.connector.url, user: USERS.lro }));
    const welcome = cardOf(h.connector.sent(personalConversationId(USERS.lro))[0]);
    assert.ok(welcome.actions.some((a: any) => a.title === 'Start the LRO induction' && a.data.msteams.value === 'induction'));
    await h.post(installationUpdate('add', { serviceUrl: h.connector.url, user: USERS.lro, where: 'channel' }));
    const inChannel = cardOf(h.connector.sent().at(-1));
    assert.ok(!inChannel.actions.some((a: any) => a.title === 'Start the LRO induction'), 'a channel is not offered it');
  });

  it('lists the induction commands on the help card', async () => {
    const help = textOf(await say(h, 'help', USERS.lro));
    assert.match(json(cardOf(await say(h, 'help', USERS.lro))), /"LRO induction"/);
    for (const usage of ['induction', 'induction progress', 'induction restart', 'induction stop reminders', 'induction report', 'induction export']) {
      assert.ok(help.includes(`• ${usage}: `), `help lists "${usage}"`);
    }
  });

  it('starts with a force choice, then shows the first module card from the knowledge base with its source', async () => {
    const start = cardOf(await say(h, 'induction', USERS.lro));
    assert.deepEqual(
      inputsOf(start).force.choices.map((c: any) => c.value),
      ['Avon and Somerset', 'Devon and Cornwall', 'Dorset', 'Gloucestershire', 'Wiltshire'],
    );
    const refused = await execute(h, INDUCTION_VERBS.begin, { force: 'Atlantis' }, USERS.lro);
    assert.match(json(refused.value), /Choose your force from the list/);
    assert.equal(await h.app.store.induction.get(TENANT, USERS.lro.aadObjectId), undefined, 'nothing is saved for a bad force');

    const first = await begin(h);
    assert.match(json(first), /Module 1 of 6: The LRO role/);
    assert.match(json(first), /not tied to rank or grade/, 'the card shows the entry text');
    assert.match(json(first), /Source: Professional profile: Lead responsible officer/);
    const saved = await h.app.store.induction.get(TENANT, USERS.lro.aadObjectId);
    assert.equal(saved?.force, 'Dorset');
    assert.equal(saved?.startedAt, clock.current.toISOString());
  });

  it('Next and Back move through the cards, and a check answered wrong then right is scored and explained', async () => {
    const first = await begin(h);
    const second = await click(h, first, 'Next');
    assert.match(json(second), /Card 2 of/);
    assert.match(json(await click(h, second, 'Back')), /Card 1 of/);
    const again = await click(h, first, 'Next');
    const q1 = await toQuestion(h, again);
    assert.ok(!q1.actions.some((a: any) => a.title === 'Next'), 'no Next before answering');

    const wrong = await answer(h, q1, false);
    assert.match(json(wrong), /Not quite\. The answer is: Anyone: the role is not tied to rank or grade/);
    assert.match(json(wrong), /Source: The Lead Responsible Officer \(LRO\) role/, 'the answer card cites its entry');
    const rightNext = await answer(h, await click(h, wrong, 'Next'), true);
    assert.match(json(rightNext), /Right: On Knowledge Hub/);

    const saved = await h.app.store.induction.get(TENANT, USERS.lro.aadObjectId);
    assert.deepEqual(
      saved?.answers.map((a) => [a.questionId, a.correct]),
      [
        ['role-rank', false],
        ['role-network', true],
      ],
    );
    // Answering the same question again (an old card) does not change the first answer.
    await execute(h, INDUCTION_VERBS.answer, { questionId: 'role-rank', option: '1' }, USERS.lro);
    assert.equal((await h.app.store.induction.get(TENANT, USERS.lro.aadObjectId))?.answers[0].correct, false);

    const progress = cardOf(await say(h, 'induction progress', USERS.lro));
    assert.match(json(progress), /1 of 2 right \(50%\)/);
  });

  it('resumes where someone left off after the app restarts on the same SQLite file', async () => {
    const q = await toQuestion(h, await begin(h));
    const stopped = await click(h, await answer(h, q, true), 'Stop for now');
    assert.match(json(stopped), /Your place is saved: module 1, card 6/);
    await h.close();
    h = await startHarness({ ...ENV, SQLITE_PATH: dbPath() }, clock.now, { sender: FAST });
    const resumed = cardOf(await say(h, 'induction', USERS.lro));
    assert.match(json(resumed), /Module 1 of 6/);
    assert.match(json(resumed), /Card 6 of 9/);
    assert.match(json(resumed), /Right: Anyone/);
  });

  it('completing every module gives the completion card and records the date', async () => {
    const done = await finish(h, await begin(h));
    assert.match(json(done), /Induction complete/);
    assert.match(json(done), new RegExp(`${ALL_QUESTIONS.length} of ${ALL_QUESTIONS.length} right`));
    const saved = await h.app.store.induction.get(TENANT, USERS.lro.aadObjectId);
    assert.equal(saved?.completedAt, clock.current.toISOString());
    assert.equal(saved?.module, COURSE.length - 1);
    assert.match(json(cardOf(await say(h, 'induction', USERS.lro))), /Induction complete/);
    const restarted = cardOf(await say(h, 'induction restart', USERS.lro));
    assert.match(json(restarted), /Module 1 of 6/);
    assert.equal((await h.app.store.induction.get(TENANT, USERS.lro.aadObjectId))?.completedAt, saved?.completedAt, 'the completion date stays');
  });

  it('sends one gentle reminder a fortnight after starting, once, and none after "induction stop reminders"', async () => {
    await begin(h, USERS.lro);
    await begin(h, USERS.lro2, 'Wiltshire');
    const optOut = await say(h, 'induction stop reminders', USERS.lro2);
    assert.match(textOf(optOut), /I will not remind you/);
    h.connector.reset();

    clock.advance(13 * DAY);
    await h.app.scheduler.runNow(INDUCTION_JOB);
    assert.equal(h.connector.sent().length, 0, 'not before a fortnight');

    clock.advance(1 * DAY);
    const report = await h.app.scheduler.runNow(INDUCTION_JOB);
    assert.equal(report['induction.nudge.sent'], 1);
    const sent = h.connector.sent();
    assert.equal(sent.length, 1);
    assert.equal(sent[0].conversation.id, personalConversationId(USERS.lro));
    assert.match(json(cardOf(sent[0])), /Your LRO induction is waiting/);
    assert.equal((await h.app.store.deliveries.get(nudgeKey(TENANT, USERS.lro.aadObjectId)))?.status, 'sent');

    clock.advance(14 * DAY);
    await h.app.scheduler.runNow(INDUCTION_JOB);
    assert.equal(h.connector.sent().length, 1, 'the reminder is sent once');

    const carryOn = await click(h, cardOf(sent[0]), 'Carry on');
    assert.match(json(carryOn), /Module 1 of 6/);
  });

  it('gives a coordinator the report by force with the questions most often missed, and refuses an LRO', async () => {
    const q = await toQuestion(h, await begin(h, USERS.lro, 'Dorset'));
    await answer(h, q, false);
    await finish(h, await begin(h, USERS.lro2, 'Wiltshire'), USERS.lro2);

    const report = cardOf(await say(h, 'induction report', USERS.coordinator));
    const text = json(report);
    assert.match(text, /2 started, 1 completed, average check score 50%/);
    assert.match(text, /"title":"Dorset","value":"1 started, 0 completed, average score 0%"/);
    assert.match(text, /"title":"Wiltshire","value":"1 started, 1 completed, average score 100%"/);
    assert.match(text, /"title":"Gloucestershire","value":"0 started, 0 completed, average score –"/);
    assert.match(text, /1 of 2 wrong: Who can hold the LRO role\?/);
    assert.doesNotMatch(text, /Alex Example|Jordan Sample/, 'no individual in the report');

    const lro = await say(h, 'induction report', USERS.lro);
    assert.match(textOf(lro), /Only the SOC Community Coordinators/);
    const inChannel = await say(h, 'induction report', USERS.coordinator, 'channel');
    assert.match(textOf(inChannel), /in a personal chat/);
    assert.doesNotMatch(json(inChannel), /average/);
  });

  it('gives a coordinator a short-lived CSV of completions by person; not an LRO', async () => {
    await finish(h, await begin(h, USERS.lro2, 'Wiltshire'), USERS.lro2);
    const reply = await say(h, 'induction export', USERS.coordinator);
    const url = cardOf(reply).actions.find((a: any) => a.title === 'Download CSV').url as string;
    assert.match(url, /^https:\/\/lro\.example\.test\/files\/induction\/[A-Za-z0-9_-]{43}\.csv$/);
    const local = url.replace('https://lro.example.test', h.baseUrl);
    const res = await fetch(local);
    assert.equal(res.status, 200);
    const csv = await res.text();
    assert.match(csv, /person,force,started_uk,completed_uk/);
    const n = ALL_QUESTIONS.length;
    assert.ok(csv.includes(`Jordan Sample,Wiltshire,2026-03-02 10:00,2026-03-02 10:00,${n},${n},100`), csv);
    // The requests export does not accept an induction link.
    assert.equal((await fetch(local.replace('/files/induction/', '/files/'))).status, 404);
    clock.advance(16 * 60_000);
    assert.equal((await fetch(local)).status, 404, 'the link expires');
    assert.match(textOf(await say(h, 'induction export', USERS.lro)), /Only the SOC Community Coordinators/);
  });

  it('says in a channel that the induction works in a personal chat, and keeps nothing', async () => {
    const reply = await say(h, 'induction', USERS.lro, 'channel');
    assert.match(textOf(reply), /works in a personal chat/);
    assert.equal(cardOf(reply), undefined);
    const clicked = await execute(h, INDUCTION_VERBS.begin, { force: 'Dorset' }, USERS.lro, 'channel');
    assert.match(json(clicked.value), /works in a personal chat/);
    assert.equal(await h.app.store.induction.get(TENANT, USERS.lro.aadObjectId), undefined);
    assert.ok(
      h.logs.some((l) => l.route === 'induction.start' && l.code === 'auth.forbidden' && l.level === 30),
      'the refusal is logged as a code at info',
    );
  });
});
