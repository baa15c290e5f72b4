import assert from 'node:assert/strict';
import { answerQuestion, createKnowledgeBase } from '../../../src/features/knowledge/answer';
import { defaultContactsPath, readContactsFile } from '../../../src/features/knowledge/contacts';
import { allEntries, asTrainingExamples, exampleQuestions } from '../../../src/features/knowledge/content';
import evalSet from '../../../src/features/knowledge/content/example-questions.json';

/** Most questions expect one entry; two-part, comparison and range questions expect several. */
const expected = (q: { expect: string | string[] }) => (Array.isArray(q.expect) ? q.expect : [q.expect]);

const contacts = readContactsFile(defaultContactsPath);
const kb = createKnowledgeBase(allEntries, contacts, exampleQuestions);

/**
 * The questions also teach the classifier, so the floor is measured on questions it has not learned
 * from: every fifth question, answered by a knowledge base trained on the rest.
 */
const FOLDS = 5;
const unseen = evalSet.inScope.filter((_, i) => i % FOLDS === 0);
const trainedOnTheRest = createKnowledgeBase(allEntries, contacts, asTrainingExamples(evalSet.inScope.filter((_, i) => i % FOLDS !== 0)));

/**
 * A regression floor, not the target: the benchmark (test/bench/qa.bench.ts) reports the real figures,
 * cross-validated over all five folds. The floor sits a little below today's result on this fold
 * (90.8%, 19,892 of 21,904) so small content edits pass.
 */
const FLOOR = 0.87;

describe('knowledge evaluation set', function () {
  // Answering a fifth of the examples (about 22,000 questions) took 50 s in the last CI run, more on a busy machine.
  this.timeout(120_000);

  it('has at least 90 in-scope questions and 20 decline cases, each expecting something real', () => {
    const ids = new Set(allEntries.map((e) => e.id));
    assert.ok(evalSet.inScope.length >= 90);
    assert.ok(evalSet.declines.length >= 20);
    for (const q of evalSet.inScope) for (const id of expected(q)) assert.ok(ids.has(id), `${q.q} expects unknown ${id}`);
    for (const q of evalSet.declines) assert.ok(['out-of-scope', 'other-region', 'legal-advice', 'intelligence-refusal'].includes(q.expect));
  });

  it(`answers at least ${FLOOR * 100}% of the questions its classifier has not learned from with the expected entry`, () => {
    const correct = unseen.filter((q) => {
      const a = answerQuestion(trainedOnTheRest, q.q);
      const want = expected(q);
      if (want.length === 1) return a.kind === 'answer' && a.entry.id === want[0];
      const shown = a.kind === 'answer' ? [a.entry, ...a.also] : a.kind === 'list' ? a.entries : [];
      // "anyOf": each listed entry is a right answer on its own.
      if ('anyOf' in q && q.anyOf) return a.kind === 'answer' && shown.every((e) => want.includes(e.id));
      return want.every((id) => shown.some((e) => e.id === id));
    });
    assert.ok(correct.length / unseen.length >= FLOOR, `${correct.length}/${unseen.length}`);
  });

  it('never answers a decline case from the knowledge base', () => {
    for (const q of evalSet.declines) assert.notEqual(answerQuestion(kb, q.q).kind, 'answer', q.q);
  });

  it('refuses every intelligence request', () => {
    for (const q of evalSet.declines.filter((d) => d.expect === 'intelligence-refusal')) {
      assert.equal(answerQuestion(kb, q.q).kind, 'intelligence-refusal', q.q);
    }
  });
});
