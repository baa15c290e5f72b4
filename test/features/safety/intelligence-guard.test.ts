import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { containsIntelligence, fieldsWithIntelligence, findIntelligence } from '../../../src/features/safety/intelligence-guard';
import texts from './intelligence-texts.json';

describe('intelligence guard', () => {
  it('has at least 50 ordinary and 50 intelligence-bearing texts to measure against', () => {
    assert.ok(texts.ordinary.length >= 50);
    assert.ok(texts.intelligence.length >= 50);
  });

  it('refuses none of the ordinary requests, notes, references and site names', () => {
    const falselyRefused = texts.ordinary.filter((t) => containsIntelligence(t)).map((t) => `${findIntelligence(t)}: ${t}`);
    assert.deepEqual(falselyRefused, []);
  });

  it('refuses every intelligence-bearing text', () => {
    assert.deepEqual(
      texts.intelligence.filter((t) => !containsIntelligence(t)),
      [],
    );
  });

  it('finds each shape of personal data on its own', () => {
    assert.equal(findIntelligence('AB12 CDE'), 'vehicle');
    assert.equal(findIntelligence('12 Acacia Avenue'), 'address');
    assert.equal(findIntelligence('BS5 9QQ'), 'address');
    assert.equal(findIntelligence('her flat on Elm Road'), 'address');
    assert.equal(findIntelligence('07700 900123'), 'phone');
    assert.equal(findIntelligence('someone@example.com'), 'email');
    assert.equal(findIntelligence('12/04/1988'), 'date-of-birth');
    assert.equal(findIntelligence('PNC'), 'police-system');
  });

  it('is not fooled by hidden spacing or look-alike characters', () => {
    assert.ok(containsIntelligence('P\u200bN\u200bC check please'));
    assert.ok(containsIntelligence('ＰＮＣ checks'));
  });

  it('lets district postcodes, FB numbers, meeting dates, MoRiLE scores and a site on an estate through', () => {
    for (const t of ['BS5', 'FB4 and FB10', 'meeting on 14/01/2027', 'MoRiLE 120', '2027-01-20', 'the CHB site on the Hill estate'])
      assert.equal(findIntelligence(t), undefined, t);
  });

  it('finds a full name written bare, in any case or spacing, and lets a name the knowledge base gives or a single first name through', () => {
    for (const t of [
      'members are Liam Ashdown and Ricky Vance',
      'ricky vance runs it',
      'Jordan Madeup',
      "Callum O'Neill",
      'Liam  Ashdown',
      'Liam\u200b Ashdown',
    ])
      assert.equal(findIntelligence(t), 'person', t);
    for (const t of ['a note from Professor John Coxhead', 'ask Sarah at the council', 'Liam, Ricky and the council', 'Grace Darling House'])
      assert.equal(findIntelligence(t), undefined, t);
  });

  it('names the form fields that carry intelligence', () => {
    assert.deepEqual(fieldsWithIntelligence({ a: 'Op Fictional', b: 'DOB 01/02/1979', c: '' }, ['a', 'b', 'c']), ['b']);
  });
});
