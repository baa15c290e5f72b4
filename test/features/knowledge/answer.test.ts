import assert from 'node:assert/strict';
import {
  type Answer,
  answerForEntry,
  answerQuestion,
  answerText,
  createKnowledgeBase,
  define,
  entryById,
  foundationBlock,
  searchEntries,
  sourceLabel,
  startingTopics,
  topicList,
} from '../../../src/features/knowledge/answer';
import { defaultContactsPath, parseContacts, readContactsFile } from '../../../src/features/knowledge/contacts';
import { allEntries, exampleQuestions } from '../../../src/features/knowledge/content';
import type { KnowledgeEntry } from '../../../src/features/knowledge/entry';

const kb = createKnowledgeBase(allEntries, readContactsFile(defaultContactsPath), exampleQuestions);

function answered(a: Answer): Extract<Answer, { kind: 'answer' }> {
  assert.equal(a.kind, 'answer', `expected an answer, got ${JSON.stringify(a.kind === 'unsure' ? a.suggestions.map((s) => s.id) : a.kind)}`);
  return a as Extract<Answer, { kind: 'answer' }>;
}

function answerId(text: string): string {
  return answered(answerQuestion(kb, text)).entry.id;
}

describe('knowledge answers', () => {
  it('gives a repeated question the answer it gave before, keeping a digest of the question and not its text', () => {
    const fresh = createKnowledgeBase(allEntries, readContactsFile(defaultContactsPath), exampleQuestions);
    const question = 'Is the Hold phase the one after Clear?';
    const first = answerQuestion(fresh, question);
    assert.equal(answerQuestion(fresh, question), first);
    assert.notEqual(answerQuestion(fresh, question.toLowerCase()), first, 'a different text is answered afresh');
    const keys = [...fresh.recentAnswers.keys()];
    assert.equal(keys.length, 2);
    for (const key of keys) assert.ok(!key.toLowerCase().includes('hold'), 'the key is a digest');
  });

  describe('finding the right entry', () => {
    it('answers "fb4" with foundation block 4', () => {
      assert.equal(answerId('fb4'), 'fb-4-locality-profile');
      assert.equal(answerId('foundation blok 4'), 'fb-4-locality-profile');
    });

    it('answers "wats the hold phase" with the Hold phase', () => {
      assert.equal(answerId('wats the hold phase'), 'phase-hold');
    });

    it('tolerates typos in topic words', () => {
      assert.equal(answerId('exit stratergy for police'), 'legacy-exit-strategy');
      assert.equal(answerId('when is the 6 month reveiw'), 'asks-six-month-review');
    });

    it('answers a Pursue-heavy plan worry with the 4P plan-quality entry', () => {
      assert.equal(answerId('my 4p is all pursue is that ok'), '4p-plan-quality');
    });

    it('prefers the full topic to its glossary line for "what is" questions', () => {
      assert.equal(answerId('what is gain'), 'gain');
      assert.equal(answerId('what is clear hold build'), 'chb-overview');
    });

    it('returns at most three related entries, all real', () => {
      const a = answered(answerQuestion(kb, 'what is clear hold build'));
      assert.ok(a.related.length > 0 && a.related.length <= 3);
      for (const r of a.related) assert.equal(entryById(kb, r.id), r);
      assert.ok(a.score > 0 && a.score <= 1);
    });
  });

  // The commands that reach these ("phases", "fb 3", "define X") are routed by the table: test/bot/routes.test.ts.
  describe('topic lists and foundation blocks', () => {
    it('lists the phases, the ten foundation blocks in order, the 4Ps and the glossary', () => {
      const phases = topicList(kb, 'phases');
      assert.equal(phases.kind, 'list');
      const blocks = topicList(kb, 'foundation-blocks');
      assert.deepEqual(
        blocks.entries.map((e) => e.block),
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      );
      const fourP = topicList(kb, '4p');
      assert.ok(fourP.entries.some((e) => e.id === '4p-prevent'));
      const glossary = topicList(kb, 'glossary');
      assert.ok(glossary.entries.every((e) => e.category === 'glossary'));
    });

    it('opens a foundation block by number, and offers suggestions for a block that does not exist', () => {
      assert.equal(answered(foundationBlock(kb, 3)).entry.id, 'fb-3-lro-support');
      assert.equal(answered(foundationBlock(kb, 7)).entry.id, 'fb-7-performance-baseline');
      const missing = foundationBlock(kb, 11);
      assert.ok(missing.kind === 'unsure');
      assert.equal(missing.suggestions[0].id, 'fb-overview');
    });

    it('starts from a short list of topics', () => {
      assert.ok(startingTopics(kb).length > 0);
    });
  });

  describe('definitions', () => {
    it('defines an acronym from the glossary, however the question is phrased', () => {
      assert.equal(answered(define(kb, 'sro')).entry.id, 'glossary-sro');
      assert.equal(answerId('define sro'), 'glossary-sro');
      assert.equal(answerId('what does vawg stand for'), 'glossary-vawg');
      assert.equal(answerId('pup meaning'), 'glossary-pup');
    });

    it('falls back to the topic for a word that is not an acronym', () => {
      assert.equal(answerId('what does hold mean'), 'phase-hold');
    });

    it('is unsure, with suggestions, about an unknown term', () => {
      const a = define(kb, 'xyzzy');
      assert.ok(a.kind === 'unsure');
      assert.ok(a.suggestions.length >= 2 && a.suggestions.length <= 3);
    });
  });

  describe('low confidence', () => {
    it('is unsure about a vague one-word question and offers two or three close topics', () => {
      const a = answerQuestion(kb, 'partners');
      assert.ok(a.kind === 'unsure');
      assert.ok(a.suggestions.length >= 2 && a.suggestions.length <= 3);
      assert.match(answerText(a), /not sure/i);
    });

    it('does not answer a bare number', () => {
      assert.notEqual(answerQuestion(kb, 'what about the other one').kind, 'answer');
    });

    it('offers both entries rather than guessing when the runner-up matches a telling word the best hit misses', () => {
      // The performance baseline and the six-month review both speak to a site's progress: neither is clearly meant.
      // The search's own call: the example questions teach the classifier this very question.
      const searchOnly = createKnowledgeBase(allEntries, readContactsFile(defaultContactsPath), []);
      const a = answerQuestion(searchOnly, 'how do we measure progress on our chb site');
      assert.ok(a.kind === 'unsure', a.kind);
      assert.deepEqual(
        a.suggestions.slice(0, 2).map((e) => e.id),
        ['fb-7-performance-baseline', 'asks-six-month-review'],
      );
    });

    it('names the NPCC lead for SOC from the national rollout entry', () => {
      assert.equal(answerId("who's the npcc soc lead"), 'chb-rollout-2023');
    });

    it('answers a scenario told in many unknown words when one entry is far ahead', () => {
      assert.equal(answerId("we've arrested the main players and seized their assets, what should we be doing now to stop a takeover"), 'phase-hold');
    });
  });

  describe('declining', () => {
    it('declines out-of-scope questions politely and says what it can help with', () => {
      for (const q of ['how do i book annual leave', 'reset my password', 'whats the weather in exeter tomorrow', 'tell me a joke']) {
        const a = answerQuestion(kb, q);
        assert.equal(a.kind, 'out-of-scope', q);
        assert.match(answerText(a), /Clear, Hold, Build/);
      }
    });

    it('refuses intelligence and system checks without repeating what was asked', () => {
      const phoneLike = ['0', '7', '7', '0', '0'].join('') + ' ' + '9'.repeat(6);
      const requests = [
        'run a pnc on John Smith',
        'who owns reg AB12 CDE',
        'check address 12 High St',
        'intel on Alex Example',
        `is ${phoneLike} known to us`,
        'is dave jones in an ocg',
      ];
      for (const q of requests) {
        const a = answerQuestion(kb, q);
        assert.equal(a.kind, 'intelligence-refusal', q);
        const text = answerText(a);
        assert.match(text, /authorised systems/);
        for (const word of ['John', 'Smith', 'AB12', 'High St', 'Alex', 'Example', 'dave']) assert.ok(!text.includes(word), `echoed ${word}`);
      }
    });

    it('does not mistake questions about topics for intelligence requests', () => {
      assert.equal(answerId('what happens to ocg members in the clear phase'), 'phase-clear');
      assert.equal(answerId('what do you know about the knowledge hub'), 'glossary-knowledge-hub');
      assert.equal(answerId('check my 4p plan is balanced'), '4p-plan-quality');
      assert.equal(answerId('what intel does the locality profile need?'), 'fb-4-locality-profile');
      assert.equal(answerQuestion(kb, 'what intel does the ROCU need on him').kind, 'intelligence-refusal');
    });
  });

  describe('contacts', () => {
    it('lists the role title, and no personal details, when the contacts file has none', () => {
      const a = answered(answerQuestion(kb, 'who do i ask abt gain'));
      assert.equal(a.entry.id, 'gain');
      assert.deepEqual(
        a.contacts.map((c) => c.role),
        ['gain-coordinator'],
      );
      const text = answerText(a);
      assert.match(text, /Regional GAIN Coordinator/);
      assert.doesNotMatch(text, /@/);
    });

    it('includes a name and e-mail address when the deployment provides them', () => {
      const contacts = parseContacts({
        contacts: [{ role: 'gain-coordinator', title: 'Regional GAIN Coordinator', name: 'Alex Example', email: 'alex.example@example.invalid' }],
      });
      const withPeople = createKnowledgeBase(allEntries, contacts, exampleQuestions);
      const a = answered(answerQuestion(withPeople, 'who do i ask abt gain'));
      assert.equal(a.contacts[0].name, 'Alex Example');
      assert.match(answerText(a), /Regional GAIN Coordinator: Alex Example, alex\.example@example\.invalid/);
    });

    it("answers a question naming a deployment's contact with how to reach their role, and still refuses checks on them", () => {
      const contacts = parseContacts({
        contacts: [
          { role: 'soc-cc', title: 'SOC Community Coordinator', name: 'DI 1234 Robin Tester' },
          { role: 'gain-coordinator', title: 'Regional GAIN Coordinator', name: 'Casey Sample' },
        ],
      });
      const withPeople = createKnowledgeBase(allEntries, contacts, exampleQuestions);
      assert.equal(answered(answerQuestion(withPeople, "Who's Robin Tester?")).entry.id, 'soc-cc-contact');
      assert.equal(answered(answerQuestion(withPeople, "What's Robin Tester's mobile number and email?")).entry.id, 'soc-cc-contact');
      assert.equal(answered(answerQuestion(withPeople, 'how do I get in touch with casey sample')).entry.id, 'gain');
      assert.equal(answerQuestion(withPeople, 'run a PNC check on Robin Tester').kind, 'intelligence-refusal');
      assert.notEqual(answerQuestion(kb, "Who's Robin Tester?").kind, 'answer');
    });

    it('omits contacts for entries without contact roles', () => {
      const a = answered(answerQuestion(kb, 'wats the hold phase'));
      assert.deepEqual(a.contacts, []);
      assert.doesNotMatch(answerText(a), /Contacts:/);
    });
  });

  describe('searching for the messaging extension', () => {
    it('offers the starting topics for an empty query', () => {
      assert.deepEqual(searchEntries(kb, '  '), startingTopics(kb));
      assert.equal(searchEntries(kb, '', 3).length, 3);
    });

    it('ranks entries for a query and respects the limit', () => {
      const results = searchEntries(kb, 'fb4', 5);
      assert.equal(results[0].id, 'fb-4-locality-profile');
      assert.ok(results.length <= 5);
    });

    it('returns nothing for an intelligence request', () => {
      assert.deepEqual(searchEntries(kb, 'run a pnc on John Smith'), []);
    });
  });

  describe('plain-text rendering', () => {
    it('ends an answer with its source', () => {
      const text = answerText(answered(answerQuestion(kb, 'fb4')));
      assert.match(text, /Source: Regional briefing \(South West ROCU, 2023\), section "Clear Hold Build – The Foundation Blocks"/);
    });

    it('labels briefing and public sources', () => {
      assert.equal(
        sourceLabel({ id: 'asks', kind: 'briefing', section: 'What we ask of you' }),
        'Regional briefing (South West ROCU, 2023), section "What we ask of you"',
      );
      assert.equal(
        sourceLabel({ id: 'x', kind: 'public', title: 'Evaluation of CHB', publisher: 'Home Office', date: 'January 2025' }),
        'Evaluation of CHB, Home Office, January 2025',
      );
      assert.equal(
        sourceLabel({ id: 'y', kind: 'public', title: 'Evaluation', publisher: 'Home Office', date: '2025', url: 'https://www.gov.uk/x' }),
        'Evaluation, Home Office, 2025: https://www.gov.uk/x',
      );
    });

    it('renders a list as its title and entry titles', () => {
      assert.match(answerText(topicList(kb, 'phases')), /^The three CHB phases\n\n- The Clear phase/);
    });
  });

  describe('building the knowledge base', () => {
    const base: KnowledgeEntry = allEntries[0];

    it('rejects duplicate ids and related ids that do not exist', () => {
      const contacts = parseContacts({ contacts: [] });
      assert.throws(() => createKnowledgeBase([base, base], contacts, []), /Duplicate knowledge entry id/);
      assert.throws(() => createKnowledgeBase([{ ...base, related: ['nowhere'] }], contacts, []), /unknown related ids: nowhere/);
    });

    it('answers for a known entry id, and with suggestions for an unknown one', () => {
      assert.equal(answered(answerForEntry(kb, 'gain')).entry.id, 'gain');
      assert.equal(answerForEntry(kb, 'nowhere').kind, 'unsure');
    });
  });
});

describe('knowledge reachability', () => {
  it('answers every topic entry when its title is typed, and every glossary term through "define"', () => {
    for (const entry of allEntries) {
      const answer = entry.category === 'glossary' ? define(kb, entry.term!) : answerQuestion(kb, entry.title);
      assert.equal(answer.kind === 'answer' && answer.entry.id, entry.id, entry.title);
    }
  });
});
