import assert from 'node:assert/strict';
import { answerQuestion, createKnowledgeBase } from '../../../src/features/knowledge/answer';
import { acronymAsked } from '../../../src/features/knowledge/acronym-question';
import { defaultContactsPath, readContactsFile } from '../../../src/features/knowledge/contacts';
import { COMMON_WORDS, wordWeight } from '../../../src/features/knowledge/common-words';
import shipped from '../../../src/features/knowledge/common-words.json';
import { allEntries, exampleQuestions } from '../../../src/features/knowledge/content';
import { commonTokens } from './common-words-source';

const kb = createKnowledgeBase(allEntries, readContactsFile(defaultContactsPath), exampleQuestions);

describe('everyday words and the domain vocabulary', () => {
  it('ships the most frequent words of the frequency package as search tokens, in order', () => {
    assert.deepEqual(shipped, commonTokens());
  });

  it('weighs everyday words below distinctive ones', () => {
    assert.ok(COMMON_WORDS.has('gym') && !COMMON_WORDS.has('morile'));
    assert.ok(wordWeight('right') < wordWeight('gym'));
    assert.ok(wordWeight('gym') < wordWeight('governance'));
    assert.equal(wordWeight('governance'), 1);
  });

  it('counts everyday words that many entries share, and names of entries, as domain words, but not chance everyday words', () => {
    for (const word of ['force', 'crime', 'partner', 'hold', 'gain', 'governance', 'kennedy']) assert.ok(kb.index.mentionsDomain([word]), word);
    for (const word of ['gym', 'new', 'tonight', 'lasagne']) assert.ok(!kb.index.mentionsDomain([word]), word);
  });

  it('declines a question none of whose words belong to the knowledge base', () => {
    for (const q of ['what time does the gym open on saturday', 'any good podcasts for the commute', 'where can I buy a cheap bicycle']) {
      assert.deepEqual(answerQuestion(kb, q), { kind: 'out-of-scope', reason: 'off-topic' }, q);
    }
  });

  it('offers suggestions, not a decline, for a vague question made only of everyday words', () => {
    assert.equal(answerQuestion(kb, 'how does the thing with the stuff work').kind, 'unsure');
  });

  it('does not let chatty filler hide the topic', () => {
    for (const [q, id] of [
      ['hiya, quick one, what is the deal with the hold phase then?', 'phase-hold'],
      ['right so basically what is the point of morile', 'morile'],
      ['csps - what do they cover', 'csps'],
    ]) {
      const a = answerQuestion(kb, q);
      assert.equal(a.kind === 'answer' ? a.entry.id : a.kind, id, q);
    }
  });
});

describe('questions about what a term stands for', () => {
  it('finds the term in the usual wordings', () => {
    assert.equal(acronymAsked('What does SIO stand for?'), 'sio');
    assert.equal(acronymAsked('chb stands for what'), 'chb');
    assert.equal(acronymAsked("what's vawg short for"), 'vawg');
    assert.equal(acronymAsked('rocu - what does the acronym mean'), 'rocu');
    assert.equal(acronymAsked('gold silver bronze meaning'), 'gold silver bronze');
    assert.equal(acronymAsked('what is the hold phase'), undefined);
  });

  it('reads the shortened "abbrev" and "abbr" after the term: "spoc abbrev"', () => {
    assert.equal(acronymAsked('spoc abbrev'), 'spoc');
    assert.equal(acronymAsked('morile abbr?'), 'morile');
  });

  it('reads past asides around the question: "ngl what does RDT even stand for"', () => {
    assert.equal(acronymAsked('ngl what does RDT even stand for'), 'rdt');
    assert.equal(acronymAsked('lol whats GAIN actually short for'), 'gain');
  });

  it('reads "full form" with or without "the", after a courtesy: "Kindly tell what is full form of SOC"', () => {
    assert.equal(acronymAsked('Kindly tell what is full form of SOC in this context'), 'soc');
    assert.equal(acronymAsked('please tell me the full form of RDT'), 'rdt');
    assert.equal(acronymAsked('full form of SPOC?'), 'spoc');
  });

  it('finds the term asked in full, spelled out, "who or what", or in a field or place ("in policing", "in the resourcing block")', () => {
    assert.equal(acronymAsked("what's HMICFRS in full?"), 'hmicfrs');
    assert.equal(acronymAsked('what does spoc mean in general'), 'spoc');
    assert.equal(acronymAsked('what does PUP stand for in policing?'), 'pup');
    assert.equal(acronymAsked('SWROCU – can you spell that out for me?'), 'swrocu');
    assert.equal(acronymAsked('can you spell out swrocu'), 'swrocu');
    assert.equal(acronymAsked('who or what is the RDT?'), 'rdt');
    assert.equal(acronymAsked('what does SRO stand for in the resourcing block?'), 'sro');
    assert.equal(acronymAsked("PCC - what's the full title?"), 'pcc');
    assert.equal(acronymAsked("what's the full name behind SWROCU?"), 'swrocu');
    assert.equal(acronymAsked('swrocu full name'), 'swrocu');
  });

  it('reads "X - what are the letters short for" as asking about X, and leaves out who uses the term', () => {
    assert.equal(acronymAsked('RDT – what are the letters short for?'), 'rdt');
    assert.equal(acronymAsked('Who or what is the PCC people keep mentioning?'), 'pcc');
    assert.equal(acronymAsked('what does SOC CC stand for that everyone talks about'), 'soc cc');
    assert.equal(acronymAsked('GAIN - is that short for something?'), 'gain');
  });

  const id = (q: string) => {
    const a = answerQuestion(kb, q);
    return a.kind === 'answer' ? a.entry.id : a.kind;
  };

  it('answers from the glossary when the term is in it, and from the full entry otherwise', () => {
    assert.equal(id('what does gain stand for'), 'glossary-gain');
    assert.equal(id('what does lro stand for'), 'glossary-lro');
    assert.equal(id('what does prepare mean'), '4p-prepare');
  });

  it('answers "what is X" from the glossary when the full entries only mention X, and from the entry about X otherwise', () => {
    assert.equal(id('what is the spoc'), 'glossary-spoc');
    assert.equal(id('what are the foundation blocks'), 'fb-overview');
  });
});
