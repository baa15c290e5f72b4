import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { allEntries } from '../../../src/features/knowledge/content';
import { ALL_QUESTIONS, COURSE } from '../../../src/features/induction/course';

// The induction is content under test: every card and question points at a knowledge entry that
// exists, and every question's right answer is traceable to the text of the entry it names.
// A missing id fails loudly with the id, so ids renamed in the knowledge base are caught on merge.

const byId = new Map(allEntries.map((e) => [e.id, e]));
const squash = (s: string) => s.toLowerCase().replace(/[‘’]/g, "'").replace(/\s+/g, ' ');
const textOf = (id: string) => {
  const entry = byId.get(id);
  assert.ok(entry, `induction refers to knowledge entry "${id}", which does not exist`);
  return squash(`${entry.answer} ${entry.detail ?? ''}`);
};

describe('induction course content', () => {
  it('has the six modules of the issue, each with reading cards and three or four check questions', () => {
    assert.equal(COURSE.length, 6);
    for (const m of COURSE) {
      assert.ok(m.entryIds.length >= 2, `${m.id} has reading cards`);
      assert.ok(m.questions.length >= 3 && m.questions.length <= 4, `${m.id} has ${m.questions.length} questions`);
    }
  });

  it('gives modules and questions unique ids', () => {
    assert.equal(new Set(COURSE.map((m) => m.id)).size, COURSE.length);
    assert.equal(new Set(ALL_QUESTIONS.map((q) => q.id)).size, ALL_QUESTIONS.length);
  });

  for (const m of COURSE) {
    it(`module "${m.id}": every reading card is an existing knowledge entry, with a source`, () => {
      for (const id of m.entryIds) {
        textOf(id);
        assert.ok(byId.get(id)!.sources.length > 0, `${id} has a source`);
      }
    });
  }

  for (const q of ALL_QUESTIONS) {
    it(`question "${q.id}": the right answer is stated in entry "${q.entryId}"`, () => {
      const entry = textOf(q.entryId);
      assert.ok(q.options.length >= 3, 'at least three options');
      assert.ok(Number.isInteger(q.answer) && q.answer >= 0 && q.answer < q.options.length, 'the answer is one of the options');
      assert.ok(q.fact.length > 0, 'names the fact it checks');
      const right = squash(q.options[q.answer]);
      const asked = `${squash(q.prompt)} ${right}`;
      for (const phrase of q.fact.map(squash)) {
        assert.ok(entry.includes(phrase), `entry ${q.entryId} does not contain "${phrase}"`);
        assert.ok(asked.includes(phrase), `"${phrase}" is in neither the prompt nor the right option`);
      }
      assert.ok(
        q.fact.some((p) => right.includes(squash(p))),
        'the right option states part of the fact',
      );
      q.options.forEach((option, i) => {
        if (i === q.answer) return;
        for (const phrase of q.fact.map(squash).filter((p) => right.includes(p))) {
          assert.ok(!squash(option).includes(phrase), `wrong option ${i + 1} also states "${phrase}"`);
        }
      });
    });
  }

  it('fails loudly when a module names an entry that does not exist', () => {
    assert.throws(() => textOf('no-such-entry'), /"no-such-entry", which does not exist/);
  });
});
