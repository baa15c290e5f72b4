import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'mocha';
import { isAppError } from '../../../src/errors';
import { ask, giveFeedback, listTopic, searchGuidance, unansweredQuestions } from '../../../src/features/knowledge/use-cases';
import { KNOWLEDGE_VERBS } from '../../../src/features/knowledge/verbs';
import { COORDINATOR, LRO, featureDeps, personal, type TestDeps } from '../../support/feature-deps';

const NOW = new Date('2026-03-02T10:00:00Z');
const message = (text: string) => ({ text, actor: LRO, place: personal(LRO), now: NOW });

describe('knowledge use-cases', () => {
  let deps: TestDeps;
  beforeEach(() => {
    deps = featureDeps(NOW);
  });
  afterEach(() => deps.close());

  it('answers a question with a card that carries the feedback verbs', async () => {
    const reply = await ask(deps, message('what is the hold phase'));
    assert.ok(reply.card);
    assert.match(JSON.stringify(reply.card), new RegExp(KNOWLEDGE_VERBS.feedback));
  });

  it('gives a repeated question the reply built the first time, which no caller can change', async () => {
    const first = await ask(deps, message('what is the hold phase'));
    const again = await ask(deps, message('what is the hold phase'));
    assert.equal(again, first);
    assert.ok(Object.isFrozen(again) && Object.isFrozen(again.card));
  });

  it('counts an unanswered question, folded, without who asked', async () => {
    await ask(deps, message('Quantum   teleportation budget for a CHB site??'));
    await ask(deps, message('quantum teleportation budget for a chb site'));
    const top = await deps.store.unanswered.mostFrequent(5);
    assert.deepEqual(
      top.map((q) => [q.question, q.count]),
      [['… budget for a chb site', 2]],
    );
    assert.match((await unansweredQuestions(deps, { ...message(''), actor: COORDINATOR })).text, /… budget for a chb site \(asked 2×/);
  });

  it('keeps an unanswered question without the words it does not know: names, places, makes of car', async () => {
    await ask(deps, message('what about the old tannery by hartcliffe for the chb stuff'));
    const kept = (await deps.store.unanswered.mostFrequent(5)).map((q) => q.question);
    assert.equal(kept.length, 1);
    assert.doesNotMatch(kept[0], /tannery|hartcliffe/);
    assert.match(kept[0], /chb stuff/);
  });

  it('does not keep an unanswered question that may name someone', async () => {
    const reply = await ask(deps, message('any thoughts from Sam Fictitious on the nbh stuff'));
    assert.equal(reply.card && JSON.stringify(reply.card).includes('Sam'), false, 'the name is not repeated');
    await ask(deps, message('quantum teleportation budget for a chb site'));
    assert.deepEqual(
      (await deps.store.unanswered.mostFrequent(5)).map((q) => q.question),
      ['… budget for a chb site'],
    );
  });

  it('lists a topic with its hint', async () => {
    const reply = await listTopic(deps, message(''), 'glossary');
    assert.match(JSON.stringify(reply.card), /Type \\"define\\"/);
  });

  it('refuses feedback from an out-of-date card and records nothing', async () => {
    const input = {
      verb: KNOWLEDGE_VERBS.feedback,
      data: { entryId: 'no-such-entry', reaction: 'like' },
      actor: LRO,
      place: personal(LRO),
      now: NOW,
      refresh: false,
    };
    await assert.rejects(giveFeedback(deps, input), (err) => isAppError(err, 'input.invalid'));
    assert.deepEqual(await deps.store.feedback.listForEntry('no-such-entry'), []);
  });

  it('refuses a question it cannot place that carries personal details, and does not keep it as unanswered', async () => {
    const reply = await ask(deps, message('Darren Fictitious darren.fictitious@example.com'));
    assert.match(reply.text ?? '', /intelligence/i);
    assert.ok(!(reply.text ?? '').includes('Darren') && reply.card === undefined);
    assert.deepEqual(await deps.store.unanswered.mostFrequent(5), []);
  });

  it('refuses an intelligence search in the compose box, and searches ordinary words', async () => {
    const search = (query: string) => searchGuidance(deps, { commandId: 'searchGuidance', query, actor: LRO, place: personal(LRO), now: NOW });
    await assert.rejects(search('run PNC checks on a nominal'), (err) => isAppError(err, 'input.intelligence'));
    assert.ok((await search('closure orders')).length > 0);
  });
});
