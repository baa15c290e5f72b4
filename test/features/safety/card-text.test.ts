import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { literalText } from '../../../src/features/safety/card-text';

describe('user text in cards', () => {
  it('escapes links so they are not clickable', () => {
    const shown = literalText('[click here](https://evil.example/login)');
    assert.ok(!shown.includes('[click here]('), shown);
    assert.ok(!shown.includes('https://'), shown);
  });

  it('escapes emphasis, code and strike-through', () => {
    assert.equal(literalText('**urgent** _now_ `x` ~~no~~'), '\\*\\*urgent\\*\\* \\_now\\_ \\`x\\` \\~\\~no\\~\\~');
  });

  it('escapes list and heading markers at the start of a line only', () => {
    assert.equal(literalText('- one\n2. two\n# three\nOp 3-4 weeks'), '\\- one\n2\\. two\n\\# three\nOp 3-4 weeks');
  });

  it('leaves ordinary text as it is', () => {
    for (const t of ['disruption options for OCG Kestrel with the council', 'Op Fictional (OCG) 4P, MoRiLE 120.']) assert.equal(literalText(t), t);
  });

  it('keeps a typed backslash literal', () => {
    assert.equal(literalText('a\\*b'), 'a\\\\\\*b');
  });
});
