import assert from 'node:assert/strict';
import { trainClassifier } from '../../../src/features/knowledge/classifier';

describe('classifier', () => {
  const classifier = trainClassifier([
    { q: 'we took out the top tier, what now', ids: ['phase-hold'] },
    { q: 'the main players are in custody', ids: ['phase-hold'] },
    { q: 'who funds the coordinators', ids: ['soc-cc-role'] },
    { q: 'how is the coordinator post paid for', ids: ['soc-cc-role'] },
    { q: 'what is GAIN', ids: ['gain', 'glossary-gain'] },
  ]);

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

  it('reads words it has seen only in other forms: plurals and tenses fold together', () => {
    assert.equal(classifier.classify('who is funding the coordinator')[0].id, 'soc-cc-role');
  });

  it('guesses nothing for a text with no word its examples use', () => {
    assert.deepEqual(classifier.classify('is the canteen open'), []);
  });
});
