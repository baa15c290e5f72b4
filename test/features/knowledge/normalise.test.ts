import assert from 'node:assert/strict';
import { searchTokens } from '../../../src/features/knowledge/normalise';

describe('knowledge query normalisation', () => {
  it('reads every common way of naming a foundation block as the same token', () => {
    for (const q of ['fb4', 'fb 4', 'FB-4', 'foundation block 4', 'foundation blok 4', 'foundaton block four', 'block 4']) {
      assert.deepEqual(searchTokens(q), ['fb4'], q);
    }
    assert.deepEqual(searchTokens('f10'), ['fb10']);
    assert.deepEqual(searchTokens('foundation blocks'), ['fb']);
    assert.deepEqual(searchTokens('the building blocks'), ['fb']);
  });

  it('reads 4P spellings as one token', () => {
    for (const q of ['4p', '4ps', "4 P's", 'four p', '4 p']) assert.deepEqual(searchTokens(q), ['4p'], q);
  });

  it('collapses CHB and spelled-out roles to their acronyms', () => {
    for (const q of ['chb', 'c/h/b', 'Clear, Hold and Build', 'clear hold build']) assert.deepEqual(searchTokens(q), ['chb'], q);
    assert.deepEqual(searchTokens('Senior Responsible Officer'), ['sro']);
    assert.deepEqual(searchTokens('SOC Community Coordinators'), ['soccc']);
    assert.deepEqual(searchTokens('South West Regional Organised Crime Unit'), ['swrocu']);
  });

  it('reads "eval" as the evaluation and "nbhd" as neighbourhood', () => {
    assert.deepEqual(searchTokens('what did the eval find'), searchTokens('what did the evaluation find'));
    assert.deepEqual(searchTokens('nbhd policing'), searchTokens('neighbourhood policing'));
  });

  it('drops filler words and chat shorthand for "what"', () => {
    assert.deepEqual(searchTokens('wats the hold phase'), ['hold', 'phase']);
    assert.deepEqual(searchTokens('whats the comms plan'), ['communication', 'plan']);
  });

  it('reads "council" and "local authority" as one token, so one word is not two matches', () => {
    for (const q of ['council', 'councils', 'local authority', 'local authorities']) assert.deepEqual(searchTokens(q), ['localauthority'], q);
  });

  it('joins multi-word terms such as drop-ins and six-month review', () => {
    assert.deepEqual(searchTokens('monthly drop-ins'), ['monthly', 'dropin']);
    assert.deepEqual(searchTokens('6 month review'), ['sixmonth', 'review']);
    assert.deepEqual(searchTokens('six-month review'), ['sixmonth', 'review']);
  });
});
