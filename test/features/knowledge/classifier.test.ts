import assert from 'node:assert/strict';
import { trainClassifiers } from '../../../src/features/knowledge/classifier';

describe('classifier', () => {
  const [classifier] = trainClassifiers(
    [
      { q: 'we took out the top tier, what now', ids: ['phase-hold'] },
      { q: 'the main players are in custody', ids: ['phase-hold'] },
      { q: 'who funds the coordinators', ids: ['soc-cc-role'] },
      { q: 'how is the coordinator post paid for', ids: ['soc-cc-role'] },
      { q: 'what is GAIN', ids: ['gain', 'glossary-gain'] },
    ],
    [(e) => e.ids],
  );

  it('ranks the entry whose examples use the question words first, with probabilities that sum to 1', () => {
    const guesses = classifier.classify('top tier gone, now what?');
    assert.equal(guesses[0].id, 'phase-hold');
    assert.ok(guesses[0].p > 0.9, String(guesses[0].p));
    assert.ok(Math.abs(guesses.reduce((sum, g) => sum + g.p, 0) - 1) < 1e-9);
  });

  it('learns one question for each of several right entries', () => {
    const ids = classifier
      .classify('GAIN?')
      .slice(0, 2)
      .map((g) => g.id)
      .sort();
    assert.deepEqual(ids, ['gain', 'glossary-gain']);
  });

  it('gives the likeliest entry alone, with the probability the full ranking gives it', () => {
    const [first] = classifier.classify('top tier gone, now what?');
    const best = classifier.best('top tier gone, now what?');
    assert.equal(best?.id, first.id);
    assert.ok(Math.abs((best?.p ?? 0) - first.p) < 1e-12);
    assert.equal(classifier.best('is the canteen open'), undefined);
  });

  it('reads words it has seen only in other forms: plurals and tenses fold together', () => {
    assert.equal(classifier.classify('who is funding the coordinator')[0].id, 'soc-cc-role');
  });

  it('trains one classifier per labelling of the same examples, leaving out an example with no label', () => {
    const examples = [
      { q: 'what is MoRiLE', ids: ['morile'] },
      { q: 'the baseline block', ids: ['fb-7'] },
      { q: 'does MoRiLE go in the baseline', ids: ['morile', 'fb-7'], together: true },
    ];
    const [singles, sets] = trainClassifiers(examples, [(e) => (e.together ? [] : e.ids), (e) => (e.together ? [e.ids.join('+')] : e.ids)]);
    assert.deepEqual(
      singles
        .classify('MoRiLE in the baseline?')
        .map((g) => g.id)
        .sort(),
      ['fb-7', 'morile'],
    );
    assert.equal(sets.classify('does MoRiLE go in the baseline')[0].id, 'morile+fb-7');
  });

  it('guesses nothing for a text with no word its examples use', () => {
    assert.deepEqual(classifier.classify('is the canteen open'), []);
  });
});
