import assert from 'node:assert/strict';
import { answerQuestion, createKnowledgeBase } from '../../../src/features/knowledge/answer';
import { defaultContactsPath, readContactsFile } from '../../../src/features/knowledge/contacts';
import { allEntries } from '../../../src/features/knowledge/content';
import evalSet from './eval-questions.json';

/** Most questions expect one entry; two-part, comparison and range questions expect several. */
const expected = (q: { expect: string | string[] }) => (Array.isArray(q.expect) ? q.expect : [q.expect]);

const kb = createKnowledgeBase(allEntries, readContactsFile(defaultContactsPath));

/**
 * A regression floor, not the target: the benchmark (test/bench/qa.bench.ts) reports the
 * real figures. These floors sit a little below today's results so small content edits pass.
 * The set now includes questions written blind to the knowledge text (tuning-4 to tuning-8), which
 * score lower than those written alongside it: about 88% overall.
 */
describe('knowledge evaluation set', () => {
  it('has at least 90 in-scope questions and 20 decline cases, each expecting something real', () => {
    const ids = new Set(allEntries.map((e) => e.id));
    assert.ok(evalSet.inScope.length >= 90);
    assert.ok(evalSet.declines.length >= 20);
    for (const q of evalSet.inScope) for (const id of expected(q)) assert.ok(ids.has(id), `${q.q} expects unknown ${id}`);
    for (const q of evalSet.declines) assert.ok(['out-of-scope', 'other-region', 'legal-advice', 'intelligence-refusal'].includes(q.expect));
  });

  it('answers at least 85% of in-scope questions with the expected entry', () => {
    const correct = evalSet.inScope.filter((q) => {
      const a = answerQuestion(kb, q.q);
      const want = expected(q);
      if (want.length === 1) return a.kind === 'answer' && a.entry.id === want[0];
      const shown = a.kind === 'answer' ? [a.entry, ...a.also] : a.kind === 'list' ? a.entries : [];
      // "anyOf": each listed entry is a right answer on its own.
      if ('anyOf' in q && q.anyOf) return a.kind === 'answer' && shown.every((e) => want.includes(e.id));
      return want.every((id) => shown.some((e) => e.id === id));
    });
    assert.ok(correct.length / evalSet.inScope.length >= 0.85, `${correct.length}/${evalSet.inScope.length}`);
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
