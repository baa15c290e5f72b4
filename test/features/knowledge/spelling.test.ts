import assert from 'node:assert/strict';
import { createSpeller } from '../../../src/features/knowledge/spelling';

describe('reading typos', () => {
  const texts = [...Array<string>(10).fill('nominals of the OCG'), ...Array<string>(9).fill('a serch')];
  const everyday = new Map([
    ['search', 500],
    ['members', 400],
    ['nominees', 300],
    ['lifted', 50],
    ['warrant', 80],
  ]);
  const respell = createSpeller(texts, everyday);

  it('reads a letter left out, two swapped, one too many and one wrong as the word meant', () => {
    assert.equal(respell('serch warant'), 'search warrant');
    assert.equal(respell('the OGC memebers'), 'the ocg members');
  });

  it('weighs a letter left out above a wrong one: "injuction" is the rarer "injunction", not "injection"', () => {
    const speller = createSpeller(
      [],
      new Map([
        ['injunction', 66],
        ['injection', 211],
      ]),
    );
    assert.equal(speller('a gang injuction'), 'a gang injunction');
  });

  it("prefers the knowledge base's own words to everyday ones", () => {
    assert.equal(respell('nominels'), 'nominals');
  });

  it('leaves known words, names and short words alone, and does not learn a typo the texts use fewer than ten times', () => {
    assert.equal(respell('lifted Jason Pendlebury at 6am'), 'lifted jason pendlebury at 6am');
    assert.equal(respell('a serch'), 'a search');
  });
});
