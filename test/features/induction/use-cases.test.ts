import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'mocha';
import { isAppError } from '../../../src/errors';
import { allEntries } from '../../../src/features/knowledge/content';
import { ALL_QUESTIONS, COURSE, moduleLength } from '../../../src/features/induction/course';
import * as induction from '../../../src/features/induction/use-cases';
import { INDUCTION_VERBS } from '../../../src/features/induction/verbs';
import type { ActionResult, Actor } from '../../../src/use-case-types';
import { COORDINATOR, LRO, LRO2, TENANT, featureDeps, personal, type TestDeps } from '../../support/feature-deps';

const NOW = new Date('2026-03-02T10:00:00Z');
const byId = new Map(allEntries.map((e) => [e.id, e]));
const message = (actor: Actor = LRO, text = 'induction') => ({ text, actor, place: personal(actor), now: NOW });
const click = (data: Record<string, unknown> = {}, actor: Actor = LRO) => ({
  verb: INDUCTION_VERBS.next,
  data,
  actor,
  place: personal(actor),
  now: NOW,
  refresh: false,
});
const cardText = (result: ActionResult) => {
  assert.ok('card' in result, 'a card replaces the clicked one');
  return JSON.stringify(result.card);
};

describe('induction use-cases', () => {
  let deps: TestDeps;
  const position = async (actor: Actor = LRO) => {
    const p = (await deps.store.induction.get(TENANT, actor.aadObjectId!))!;
    return { module: p.module, card: p.card };
  };
  const finish = async (actor: Actor) => {
    await induction.begin(deps, click({ force: 'Wiltshire' }, actor));
    for (const [m, module] of COURSE.entries()) {
      for (let card = 0; card < moduleLength(module); card++) {
        const q = card >= module.entryIds.length ? module.questions[card - module.entryIds.length] : undefined;
        if (q) await induction.answer(deps, click({ questionId: q.id, option: String(q.answer) }, actor));
        await induction.next(deps, click({ module: m, card }, actor));
      }
    }
  };

  beforeEach(() => {
    deps = featureDeps(NOW, { FORCES: 'Dorset,Wiltshire' });
  });
  afterEach(() => deps.close());

  it('offers the start card with the forces first time, and keeps nothing until a force is chosen', async () => {
    const reply = await induction.startOrResume(deps, message());
    assert.match(JSON.stringify(reply.card), /Dorset/);
    assert.match(JSON.stringify(reply.card), new RegExp(INDUCTION_VERBS.begin.replace('.', '\\.')), 'the verb reaches the card as data');
    assert.match(cardText(await induction.begin(deps, click({ force: 'Atlantis' }))), /Choose your force from the list/);
    assert.equal(await deps.store.induction.get(TENANT, LRO.aadObjectId!), undefined);
  });

  it('builds each reading card from its entry text and cites the source', async () => {
    const result = await induction.begin(deps, click({ force: 'Dorset' }));
    const entry = byId.get(COURSE[0].entryIds[0])!;
    assert.ok(cardText(result).includes(entry.answer.slice(0, 60)));
    assert.match((await induction.startOrResume(deps, message())).text, /Source: /);
  });

  it('refuses to move past an unanswered question, and records only the first answer', async () => {
    await induction.begin(deps, click({ force: 'Dorset' }));
    for (let i = 0; i < COURSE[0].entryIds.length; i++) await induction.next(deps, click(await position()));
    const q = COURSE[0].questions[0];
    assert.match(cardText(await induction.next(deps, click(await position()))), /Choose an answer first/);
    await induction.answer(deps, click({ questionId: q.id, option: String((q.answer + 1) % q.options.length) }));
    await induction.answer(deps, click({ questionId: q.id, option: String(q.answer) }));
    const saved = await deps.store.induction.get(TENANT, LRO.aadObjectId!);
    assert.deepEqual(
      saved?.answers.map((a) => a.correct),
      [false],
    );
  });

  it('ignores a Next or Back from an older card, so a double click never skips a card', async () => {
    await induction.begin(deps, click({ force: 'Dorset' }));
    await induction.next(deps, click({ module: 0, card: 0 }));
    await induction.next(deps, click({ module: 0, card: 0 }));
    assert.deepEqual(await position(), { module: 0, card: 1 });
    await induction.back(deps, click({ module: 0, card: 0 }));
    assert.deepEqual(await position(), { module: 0, card: 1 });
    await induction.back(deps, click({ module: 0, card: 1 }));
    assert.deepEqual(await position(), { module: 0, card: 0 });
  });

  it('completes after the last card once every question is answered', async () => {
    await finish(LRO);
    const saved = await deps.store.induction.get(TENANT, LRO.aadObjectId!);
    assert.equal(saved?.completedAt, NOW.toISOString());
    assert.equal(saved?.answers.length, ALL_QUESTIONS.length);
    assert.match((await induction.startOrResume(deps, message())).text, /Induction complete/);
  });

  it('pauses, summarises progress, stops the reminder and restarts', async () => {
    assert.ok('message' in (await induction.stopForNow(deps, click())), 'nothing to pause before starting');
    await induction.begin(deps, click({ force: 'Dorset' }));
    await induction.next(deps, click({ module: 0, card: 0 }));
    assert.match(cardText(await induction.stopForNow(deps, click())), /module 1, card 2/);
    assert.match((await induction.progressSummary(deps, message())).text, /Reminder: On/);
    assert.match((await induction.stopReminders(deps, message())).text, /will not remind you/);
    assert.equal((await deps.store.induction.get(TENANT, LRO.aadObjectId!))?.remindersOff, true);
    assert.match((await induction.restart(deps, message())).text, /Module 1 of 6/);
    assert.deepEqual(await position(), { module: 0, card: 0 });
  });

  it('refuses, as a code, someone Teams does not identify', async () => {
    const anonymous = { tenantId: TENANT };
    await assert.rejects(induction.startOrResume(deps, message(anonymous)), (err) => isAppError(err, 'auth.forbidden'));
  });

  it('reports figures by force with no individual in them', async () => {
    await finish(LRO2);
    await induction.begin(deps, click({ force: 'Dorset' }));
    const reply = await induction.report(deps, message(COORDINATOR, 'induction report'));
    assert.match(reply.text, /2 started, 1 completed/);
    assert.match(reply.text, /Wiltshire: 1 started, 1 completed, average score 100%/);
    assert.doesNotMatch(reply.text, new RegExp(`${LRO.name}|${LRO2.name}`));
  });

  it('gives a short-lived induction export link, and none without PUBLIC_HOSTNAME', async () => {
    const reply = await induction.exportCompletions(deps, message(COORDINATOR, 'induction export'));
    assert.match(reply.text, /^https:\/\/lro\.example\.test\/files\/induction\/[A-Za-z0-9_-]{43}\.csv$/m);
    assert.match(reply.text, /works for 15 minutes/);
    const without = featureDeps(NOW, { PUBLIC_HOSTNAME: '' });
    try {
      assert.match((await induction.exportCompletions(without, message(COORDINATOR, 'induction export'))).text, /PUBLIC_HOSTNAME/);
    } finally {
      await without.close();
    }
  });
});
