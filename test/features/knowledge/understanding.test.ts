import assert from 'node:assert/strict';
import { answerQuestion, answerText, createKnowledgeBase } from '../../../src/features/knowledge/answer';
import { defaultContactsPath, readContactsFile } from '../../../src/features/knowledge/contacts';
import { allEntries, exampleQuestions } from '../../../src/features/knowledge/content';
import { intelligenceRequest, isLegalAdviceRequest, isOtherRegionContactRequest, isOutOfScope } from '../../../src/features/knowledge/guards';
import type { LabelledQuestion } from '../../../src/features/knowledge/classifier';
import { splitQuestion } from '../../../src/features/knowledge/parts';
import { findIntelligence, findIntelligenceRequest } from '../../../src/features/safety/intelligence-guard';
import { findSeriesReference } from '../../../src/features/knowledge/references';

const kb = createKnowledgeBase(allEntries, readContactsFile(defaultContactsPath), exampleQuestions);

/** The entries an answer shows, main entry first; undefined for any other kind of reply. */
function shown(q: string): string[] | undefined {
  const a = answerQuestion(kb, q);
  return a.kind === 'answer' ? [a.entry.id, ...a.also.map((e) => e.id)] : undefined;
}

/**
 * Without the example questions: its classifier knows only the entries' own words, so a test of a rule cannot pass
 * because the examples teach the very question it asks.
 */
const searchOnly = createKnowledgeBase(allEntries, readContactsFile(defaultContactsPath), []);

/** The entries the search-only knowledge base shows, main entry first, or the kind of any other reply. */
function shownBySearch(q: string): string[] | string {
  const a = answerQuestion(searchOnly, q);
  return a.kind === 'answer' ? [a.entry.id, ...a.also.map((e) => e.id)] : a.kind;
}

/** What a knowledge base taught only `examples` answers, main entry first, or the kind of reply: for rules that weigh the classifier. */
function taughtOnly(examples: LabelledQuestion[]): (q: string) => string {
  const taught = createKnowledgeBase(allEntries, readContactsFile(defaultContactsPath), examples);
  return (q) => {
    const a = answerQuestion(taught, q);
    return a.kind === 'answer' ? a.entry.id : a.kind;
  };
}

/** Each question is answered with its entry. */
function answersWith(cases: [string, string][]): void {
  for (const [q, id] of cases) assert.equal(shown(q)?.[0], id, q);
}

/** Each question is declined, for the reason given. */
function declinesAs(cases: readonly (readonly [string, 'off-topic' | 'legal-advice' | 'other-region'])[]): void {
  for (const [q, reason] of cases) assert.deepEqual(answerQuestion(kb, q), { kind: 'out-of-scope', reason }, q);
}

/** Each of `refused` is refused as an intelligence request, and none of `allowed` is. */
function refusesOnly(refused: string[], allowed: string[]): void {
  for (const q of refused) assert.equal(answerQuestion(kb, q).kind, 'intelligence-refusal', q);
  for (const q of allowed) assert.notEqual(answerQuestion(kb, q).kind, 'intelligence-refusal', q);
}

describe('understanding how questions are asked', () => {
  describe('numbered series', () => {
    it('reads "the second one" after a list of strands or phases in the order the asker listed them', () => {
      assert.deepEqual(shown('Pursue, Prepare, Prevent, Protect - what is the second one?'), ['4p-prepare']);
      assert.deepEqual(shown('clear, hold and build: what does the last one involve?'), ['phase-build']);
    });

    for (const [text, series, positions] of [
      ['the third foundation block', 'fb', [3]],
      ['the second main phase', 'phase', [2]],
      ['what is the 7th block about', 'fb', [7]],
      ['the last foundation block', 'fb', [10]],
      ['List the foundation blocks from FB4 to FB7', 'fb', [4, 5, 6, 7]],
      ['list the blocks from 2 to 5', 'fb', [2, 3, 4, 5]],
      ['foundation blocks 7 through to 10', 'fb', [7, 8, 9, 10]],
      ['blocks 3 up to 6', 'fb', [3, 4, 5, 6]],
      ['FB5 to FB7', 'fb', [5, 6, 7]],
      ['fb 8-10', 'fb', [8, 9, 10]],
      ['FB3-FB6, what are they?', 'fb', [3, 4, 5, 6]],
      ['first and last of the 4Ps', 'p', [1, 4]],
      ['phase 1-phase 2', 'phase', [1, 2]],
      ['blocks two through four', 'fb', [2, 3, 4]],
      ['the first three foundation blocks', 'fb', [1, 2, 3]],
      ['the last two phases', 'phase', [2, 3]],
      ['the second phase', 'phase', [2]],
      ['fourth strand', 'strand', [4]],
      ['compare fb9 and fb10', 'fb', [9, 10]],
      ['blocks 4 and 5 - what is the difference', 'fb', [4, 5]],
      ['fb 2, 3 and 7', 'fb', [2, 3, 7]],
      ["what's the first of the SOC CC work strands", 'strand', [1]],
      ["the coordinators' second and third strands of work", 'strand', [2, 3]],
      ['the 1st or 2nd phase', 'phase', [1, 2]],
      ['which block comes seventh in the list', 'fb', [7]],
      ["what's the middle phase of CHB all about", 'phase', [2]],
      ['tell me about the last of the three phases', 'phase', [3]],
      ['second of the ten blocks - what is it', 'fb', [2]],
      ['the third and the eighth FB', 'fb', [3, 8]],
      ['the 3rd foundation block and the final one', 'fb', [3, 10]],
      ['the second and second-last blocks', 'fb', [2, 9]],
      ['the middle two foundation blocks', 'fb', [5, 6]],
      ['the middle two Ps', 'p', [2, 3]],
      ['P number one, what does it cover', 'p', [1]],
      ['3rd strand for the CCs, does it help LROs with 4P approaches?', 'strand', [3]],
      ['last two asks the SOC CCs make', 'ask', [2, 3]],
      ['the opening phase and the middle one', 'phase', [1, 2]],
      ['whats P3 of the 4P framework', 'p', [3]],
      ['P2 and P3 - what does each mean?', 'p', [2, 3]],
      ["phase #1 of chb, what's it called", 'phase', [1]],
      ['which foundation block is number 6 and what does it involve?', 'fb', [6]],
      ["what's the first thing the SOC CCs ask forces to do?", 'ask', [1]],
      ["what's ask number one?", 'ask', [1]],
      ["the top item in the SOC CCs' asks of forces", 'ask', [1]],
      ["what's the last thing the SOC CC's ask forces to do?", 'ask', [3]],
      ['foundation block number 7 and number 8', 'fb', [7, 8]],
    ] as [string, string, number[]][]) {
      it(`reads "${text}"`, () => {
        assert.deepEqual(findSeriesReference(text), { series, positions, all: false });
      });
    }

    it('reads "no." before a number as part of the name, not the end of a sentence: "block no. 5 and no. 6"', () => {
      assert.deepEqual(shown('what is block no. 5'), ['fb-5-community-asset-mapping']);
      assert.deepEqual(shown('foundation block no.7 and no.8'), ['fb-7-performance-baseline', 'fb-8-multi-agency-launch']);
    });

    it('answers a place claimed or half-remembered for a named member with that member, which confirms or corrects it', () => {
      assert.deepEqual(shown("the comms strategy is FB8 isn't it?"), ['fb-9-communication-strategy']);
      assert.deepEqual(shown('governance is block 6, right?'), ['fb-6-governance']);
      assert.deepEqual(shown('What number block is the locality profile? I had it down as FB3'), ['fb-4-locality-profile']);
    });

    it('reads "after X, what\'s next?" and "after X, what\'s the next stage" as the member after X', () => {
      assert.deepEqual(shown("right after the locality profile block, what's next?"), ['fb-5-community-asset-mapping']);
      assert.deepEqual(shown("after hold, what's the next stage called?"), ['phase-build']);
    });

    it('reads "after X, what\'s next?" after a chat\'s opener ("ok so", "right,") the same way', () => {
      assert.deepEqual(shown("ok so after the clear phase, what's the next phase for?"), ['phase-hold']);
      assert.deepEqual(shown('right, after the locality profile, which block comes next?'), ['fb-5-community-asset-mapping']);
    });

    it('reads "what is between" two members as the one in between, with or without the series named', () => {
      assert.deepEqual(shown('what block is between FB7 and FB9'), ['fb-8-multi-agency-launch']);
      assert.deepEqual(shown('whats between fb3 and fb5?'), ['fb-4-locality-profile']);
      assert.deepEqual(shown("what's between clear and build"), ['phase-hold']);
      assert.deepEqual(shown('the one between clear and build - whats it for'), ['phase-hold']);
      assert.deepEqual(shown('the P between prevent and prepare'), ['4p-protect']);
      assert.deepEqual(shown("what's the difference between clear and build"), ['phase-clear', 'phase-build']);
    });

    it('reads "all ten blocks", "all three phases" and "blocks 1 to 10" as whole series', () => {
      assert.deepEqual(findSeriesReference('show me all ten blocks'), { series: 'fb', positions: [], all: true });
      assert.deepEqual(findSeriesReference('all three phases'), { series: 'phase', positions: [], all: true });
      assert.deepEqual(findSeriesReference('run me through foundation blocks 1 to 10'), { series: 'fb', positions: [], all: true });
    });

    it('leads with what is different about CHB when CHB is compared with the usual response', () => {
      const a = answerQuestion(kb, 'CHB vs the usual local SOC response - what is actually different?');
      assert.equal(a.kind === 'answer' && a.entry.id, 'chb-what-is-different');
    });

    it('counts "the second strand of a 4P plan" among the Ps, not the SOC CC strands', () => {
      answersWith([['what is the second strand of a 4P plan', '4p-prevent']]);
    });

    it('reads "FB2 mentions an SRO - what\'s that" as asking about the SRO, and "last foundation block - what is it" about the block', () => {
      answersWith([
        ["FB2 mentions an SRO - what's that", 'glossary-sro'],
        ['last foundation block - what is it', 'fb-10-community-engagement'],
        ['last phase of chb - what is it?', 'phase-build'],
        ['second strand for the SOC CCs - what is it', 'soc-cc-local-partnerships'],
      ]);
    });

    it('reads the ask or block next to a named one, and "which FB sits before X"', () => {
      answersWith([
        ["what's the ask that comes after early engagement?", 'asks-spoc'],
        ['which FB sits before asset mapping', 'fb-4-locality-profile'],
      ]);
    });

    it('answers two members of a series named together: "the governance and the launch blocks", "the SPOC ask and the CSP boards ask"', () => {
      assert.deepEqual(shown('tell me about the governance and the launch blocks'), ['fb-6-governance', 'fb-8-multi-agency-launch']);
      assert.deepEqual(shown('tell me about the SPOC ask and the CSP boards ask'), ['asks-spoc', 'asks-csp-boards']);
      assert.deepEqual(shown('we did the arrests and now what should we be doing in the hold phase?'), ['phase-hold']);
    });

    it('answers two names joined by "and" each, when what follows asks about nothing else, but not a statement or a tail naming another topic', () => {
      assert.deepEqual(shown('the performance baseline and the comms strategy'), ['fb-7-performance-baseline', 'fb-9-communication-strategy']);
      assert.deepEqual(shown('explain Hold and Build for a housing officer'), ['phase-hold', 'phase-build']);
      assert.deepEqual(shown('VAWG and serious violence - does the SOC CC link into both those programmes?'), ['soc-cc-local-partnerships']);
      assert.equal(shown("I'm an LRO and my plan is mostly warrants")?.length, 1);
    });

    it('answers two names joined by "+", "/" or a line break each, even beside a numbered block, but not an ordinal sharing the noun after "and"', () => {
      assert.deepEqual(shown('FB6 governance + clear phase objectives?'), ['fb-6-governance', 'phase-clear']);
      assert.deepEqual(shown('hold phase / exit strategy'), ['phase-hold', 'legacy-exit-strategy']);
      assert.deepEqual(shown('Clear phase\nFB10 community engagement'), ['phase-clear', 'fb-10-community-engagement']);
      assert.deepEqual(shown('Talk me through the third and final CHB phase'), ['phase-build']);
      assert.deepEqual(shown('gold/silver/bronze?'), ['glossary-gold-silver-bronze']);
    });

    it('answers two names each ended by a full stop: "LRO role. LRO training."', () => {
      assert.deepEqual(shown('LRO role. LRO training.'), ['lro-role', 'lro-training']);
      assert.deepEqual(shown('Hi. hold phase'), ['phase-hold']);
    });

    it('keeps a short first sentence that names members by number: "P1 vs P3? quick explanation pls"', () => {
      assert.deepEqual(shown('P1 vs P3? quick explanation pls'), ['4p-pursue', '4p-protect']);
      assert.deepEqual(shown('third P? in the 4P thing'), ['4p-protect']);
    });

    it("answers a phase's timing, order or overlap from the entry on how the phases fit together, beside the phase when it is asked too", () => {
      assert.deepEqual(shown('how long should clear last'), ['phases-overview']);
      assert.deepEqual(shown('when did Merseyside launch their Build phase?'), ['phases-overview']);
      assert.deepEqual(shown("can we start build work while we're still clearing?"), ['phases-overview']);
      assert.deepEqual(shown('whats hold and how long does it last'), ['phase-hold', 'phases-overview']);
      assert.deepEqual(shown('what happens in the hold phase'), ['phase-hold']);
    });

    it('reads "one line each" as a length, not as member one: "all four Ps, one line each"', () => {
      assert.deepEqual(findSeriesReference('all four Ps, one line each'), { series: 'p', positions: [], all: true });
    });

    it('answers "how many X" from the entry that gives a number of X', () => {
      answersWith([
        ['how many capabilities does SWROCU have?', 'swrocu-microsite'],
        ['how many forces are in the south west', 'south-west-forces'],
        ['How many CHB proof of concept sites were there across the UK?', 'chb-pilots'],
      ]);
    });

    it('answers a whole series with the entry that sets it out', () => {
      answersWith([
        ['list all ten foundation blocks', 'fb-overview'],
        ['can you run me through foundation blocks 1 to 10', 'fb-overview'],
        ['all three phases please', 'phases-overview'],
      ]);
    });

    it('ignores questions with no numbered reference, and pilot and report phases', () => {
      assert.equal(findSeriesReference('how long should clear last'), undefined);
      assert.equal(findSeriesReference('protect strand 4p'), undefined);
      assert.equal(findSeriesReference('is devon and cornwall in phase 3 of the pilot'), undefined);
      assert.equal(findSeriesReference("Coxhead's phase 1 and phase 2 reports - what are they about?"), undefined);
    });

    it("reads strands in a 4P plan as the plan's four Ps, not the SOC CC's strands", () => {
      assert.deepEqual(findSeriesReference('should all four strands of a 4P plan carry equal weight'), { series: 'p', positions: [], all: true });
      assert.deepEqual(findSeriesReference('the second strand of our pursue prevent protect prepare plan'), { series: 'p', positions: [2], all: false });
      assert.deepEqual(findSeriesReference('all four strands of the SOC CC work'), { series: 'strand', positions: [], all: true });
    });

    it('reads the Ps by position, range or "last", and the penultimate member of a series', () => {
      assert.deepEqual(findSeriesReference('what is the first P'), { series: 'p', positions: [1], all: false });
      assert.deepEqual(findSeriesReference('the last two Ps'), { series: 'p', positions: [3, 4], all: false });
      assert.deepEqual(findSeriesReference('the second and third Ps'), { series: 'p', positions: [2, 3], all: false });
      assert.deepEqual(findSeriesReference('penultimate foundation block'), { series: 'fb', positions: [9], all: false });
      assert.equal(findSeriesReference('how do I write a 4P plan'), undefined);
      assert.deepEqual(shown('the third P - what goes in it?'), ['4p-protect']);
      assert.deepEqual(shown('all four Ps'), ['4p-overview']);
    });

    it('reads "what\'s next" after a block or phase the asker has finished as the member after it', () => {
      assert.deepEqual(shown("ticked off FB8 (launch went well) - what's next in the list?"), ['fb-9-communication-strategy']);
      assert.deepEqual(shown("we're done with the clear phase - what comes next?"), ['phase-hold']);
      assert.deepEqual(shown('finished fb 3, whats next'), ['fb-4-locality-profile']);
    });

    it('reads a mistyped ordinal before a series word: "the frist block", "the forth phase"', () => {
      assert.deepEqual(findSeriesReference('the frist foundation block'), { series: 'fb', positions: [1], all: false });
      assert.deepEqual(findSeriesReference('whats the forth block about'), { series: 'fb', positions: [4], all: false });
      assert.deepEqual(shown('the thrid phase?'), ['phase-build']);
    });

    it('reads the next block after those the asker has done, named or numbered', () => {
      assert.deepEqual(shown("We've done our locality profile, which foundation block comes after that?"), ['fb-5-community-asset-mapping']);
      assert.deepEqual(shown("We've set up gold silver bronze - what's the next block?"), ['fb-7-performance-baseline']);
      assert.deepEqual(shown("my force has done FB1 and FB2, what's the next block?"), ['fb-3-lro-support']);
      // "the next step" names no series: a gold group set up is not a phase done.
      assert.notDeepEqual(shown("we've set up the gold group, what's the next step?"), ['phase-build']);
    });

    it('reads the next block after one named as done before the question: "locality profile written. what\'s next?"', () => {
      assert.deepEqual(shown("Locality profile written and signed off. What's the next foundation block?"), ['fb-5-community-asset-mapping']);
      assert.deepEqual(shown('whats after the locality profile'), ['fb-5-community-asset-mapping']);
    });

    it('keeps the block after the one named, though its words are all the named block\'s: "what comes after the resources block"', () => {
      assert.deepEqual(shown('SRO, LRO and analyst all allocated now. Which block comes after resources?'), ['fb-3-lro-support']);
      assert.deepEqual(shown('Resources allocated - SRO, LRO, analyst. What comes after the resources block?'), ['fb-3-lro-support']);
    });

    it('answers whether something is one of a series with the member that covers it: "is LRO training one of the 10 blocks?"', () => {
      assert.deepEqual(shownBySearch('is LRO training one of the 10 blocks?'), ['fb-3-lro-support']);
      assert.deepEqual(shownBySearch('why is comms one of the fbs'), ['fb-9-communication-strategy']);
      assert.deepEqual(shownBySearch('is the six month review one of the foundation blocks?'), ['asks-six-month-review']);
    });

    it('names the member before a clause that describes it: "the phase after the arrests where ..."', () => {
      assert.deepEqual(shown('what do we call the phase after the arrests where the rivals get kept out?'), ['phase-hold']);
    });

    it('reads "one by one" and "one at a time" as in turn, not as the first member', () => {
      assert.deepEqual(shown('run me through all four Ps one at a time please'), ['4p-overview']);
      assert.deepEqual(shown('clear, hold and build one by one pls'), ['phases-overview']);
    });

    it('counts members of a series named with its owner between: "the last two SOC CC strands", "the first two CHB phases"', () => {
      assert.deepEqual(shown('the last two soc cc strands, what do they cover'), ['soc-cc-operational-guidance', 'soc-cc-continuous-improvement']);
      assert.deepEqual(shown('first two chb phases'), ['phase-clear', 'phase-hold']);
    });
  });

  describe('two-part and comparison questions', () => {
    it('answers both questions reported after "tell me", unless the second points back at the first', () => {
      assert.deepEqual(shownBySearch('Tell me who the SOC CCs are and who the GAIN coordinator is'), ['soc-cc-role', 'gain']);
      assert.deepEqual(shownBySearch('tell me what a CSP is and what the six month review is'), ['csps', 'asks-six-month-review']);
      assert.deepEqual(shownBySearch('A youth worker asked me what the four Ps are and how to explain them'), ['4p-overview']);
    });

    it('answers both parts after an opener that announces them: "Quick qs -", "Two for you:"', () => {
      assert.deepEqual(shown("Quick qs - what's the Build phase, and what's GAIN?"), ['phase-build', 'gain']);
      assert.deepEqual(shown("Two for you: what's a PCC, and what's the Beating Crime Plan?"), ['glossary-pcc', 'glossary-beating-crime-plan']);
    });

    it('adds who to ask for a closing "or should I just ask the SOC CCs", "who would be best to ask", "anyone at regional level", "advice from", "help us plan it", "make contact", "point me"', () => {
      const cases: [string, string[]][] = [
        ['what does the hold phase involve? or should I just ask the SOC CCs?', ['phase-hold', 'soc-cc-contact']],
        ['is there a set order to the foundation blocks, and who would be best to ask about it', ['fb-overview', 'soc-cc-contact']],
        ["what's MoRiLE - and is there anyone at regional level I can ring about it?", ['morile', 'soc-cc-contact']],
        ['what goes in the Protect strand? who can I get advice from on that?', ['4p-protect', 'soc-cc-contact']],
        ["FB8 launch - what's it for, and who could help us plan it?", ['fb-8-multi-agency-launch', 'soc-cc-contact']],
        ["what is the six month review and who can I ask if I'm still unsure after reading it", ['asks-six-month-review', 'soc-cc-contact']],
        ["what's a SOC local profile, and is there someone regionally who advises on it", ['soc-local-profiles', 'soc-cc-contact']],
        ['early engagement - why do the SOC CCs want it, and how do I make contact?', ['asks-early-engagement', 'soc-cc-contact']],
        ["where's the further reading for CHB, and who can point me to the right document if I get stuck", ['further-reading', 'soc-cc-contact']],
        // Naming the topic the rest of the question asks about is still asking who to turn to about it.
        ['how do we stop another group moving in after the arrests? who can advise on the hold phase?', ['phase-hold', 'soc-cc-contact']],
        ['what does FB7 ask for? is there someone who could look over our draft baseline', ['fb-7-performance-baseline', 'soc-cc-contact']],
      ];
      for (const [q, ids] of cases) assert.deepEqual(shown(q), ids, q);
    });

    it('answers each question of a list: "what is MoRiLE, what\'s FB8 and who runs the drop-ins"; not items that point back', () => {
      assert.deepEqual(shown("3 things: what is MoRiLE, what's FB8, and who runs the LRO drop-ins?"), ['morile', 'fb-8-multi-agency-launch', 'lro-drop-ins']);
      assert.deepEqual(splitQuestion('what is a CSP, who sits on it, and how do we get soc onto their agenda')?.parts, [
        'what is a csp, who sits on it',
        'how do we get soc onto their agenda',
      ]);
      assert.deepEqual(splitQuestion("what's a local profile, who writes it"), undefined);
    });

    it("shows a compared term's entry on the topic the question names, unless a part asks what the term is", () => {
      assert.deepEqual(shown('HMICFRS versus the College of Policing: who said what on CHB?'), ['chb-hmicfrs', 'chb-smarter-practice']);
      assert.deepEqual(shown('CHB history vs HMICFRS - what came first?'), ['chb-history', 'chb-hmicfrs']);
      assert.deepEqual(shown('What is HMICFRS, and what has it said about CHB?'), ['glossary-hmicfrs', 'chb-hmicfrs']);
    });

    it('reads "then" before a second ask as a second part, but not a sequence of events', () => {
      assert.deepEqual(splitQuestion('Give me a summary of the benefits and then explain the legacy')?.parts, [
        'give me a summary of the benefits',
        'explain the legacy',
      ]);
      assert.deepEqual(splitQuestion('the foundation blocks overview, then the detail on FB7')?.parts, ['the foundation blocks overview', 'the detail on fb7']);
      assert.equal(splitQuestion('a framework where you take out the gang, stop others filling the gap, then rebuild the community'), undefined);
      assert.equal(splitQuestion('we appoint LROs and then let them get on with it'), undefined);
    });

    it('gives one word compared with a described thing the same kind of thing: "qualitative vs quantitative benefits"', () => {
      assert.deepEqual(splitQuestion('qualitative vs quantitative benefits')?.parts, ['qualitative benefits', 'quantitative benefits']);
      assert.deepEqual(splitQuestion('GAIN vs SOC CC - who helps?')?.parts, ['gain', 'soc cc']);
      assert.deepEqual(shown('qual vs quant benefits'), ['benefits-qualitative', 'benefits-quantitative']);
    });

    it('answers two words sharing what follows, with "the" before the second: "the qualitative and the quantitative benefits"', () => {
      assert.deepEqual(shownBySearch('What are the qualitative and the quantitative benefits of CHB?'), ['benefits-qualitative', 'benefits-quantitative']);
      assert.deepEqual(shownBySearch('what are the clear and the hold phases for'), ['phase-clear', 'phase-hold']);
    });

    it('leads a comparison with the side whose text holds clearly more of the question, else keeps the order asked', () => {
      assert.deepEqual(shown('Pursue or Prepare - which one is about reducing the impact when the crime actually happens?'), ['4p-prepare', '4p-pursue']);
      assert.deepEqual(shown('clear vs hold'), ['phase-clear', 'phase-hold']);
    });

    it('names the 4P and phases overviews by those words', () => {
      assert.deepEqual(shown('give me the 4P overview'), ['4p-overview']);
      assert.deepEqual(shown('phases overview please'), ['phases-overview']);
    });

    it('answers each of two bodies asked what each said, from their entries on the topic named, but not two things only mentioned', () => {
      assert.deepEqual(shown('What did HMICFRS and the College of Policing each say about CHB?'), ['chb-hmicfrs', 'chb-smarter-practice']);
      assert.deepEqual(shown('Our DCI says we already do disruption and partnership work, so why bother with CHB? What is meant to be different about it?'), [
        'chb-what-is-different',
      ]);
    });

    it('reads "side by side" as asking for each of two, but not two phases run side by side; and "plus give me" as a second part', () => {
      assert.deepEqual(shown('Set out Protect and Pursue side by side for me please'), ['4p-protect', '4p-pursue']);
      assert.deepEqual(shown('Did our neighbours run Clear and Hold one after the other, or side by side?'), ['phases-overview']);
      assert.deepEqual(splitQuestion('explain the build phase plus give me the protect P')?.parts, ['explain the build phase', 'give me the protect p']);
    });

    it('answers only the question after a clause saying what is known or done already', () => {
      assert.deepEqual(shown("i know fb5 is asset mapping, what's fb6 about?"), ['fb-6-governance']);
      assert.deepEqual(shown('we have done FB8 already - what does FB9 need?'), ['fb-9-communication-strategy']);
      assert.deepEqual(shown("we've got prevent sorted - what goes under protect?"), ['4p-protect']);
    });

    it('answers a short part the search only suggests when the classifier favours the same entry', () => {
      assert.deepEqual(shown("What's expected of an LRO and what training can they get?"), ['lro-role', 'lro-training']);
    });

    it("answers a later part asking who to contact, naming no one, from the SOC CCs' contact entry", () => {
      assert.deepEqual(shown('What does the governance block need, and who should I ring?'), ['fb-6-governance', 'soc-cc-contact']);
      assert.deepEqual(shown('whats the build phase for who do i contact about it'), ['phase-build', 'soc-cc-contact']);
      assert.deepEqual(shown('what happens at the RDT drop-ins, who do I ring?'), ['lro-drop-ins']);
    });

    it('reads the other ways of asking who to turn to, and reaches the role or route the part names', () => {
      for (const [q, want] of [
        ['what does FB2 cover? also which SOC CC should I be talking to', ['fb-2-resources', 'soc-cc-contact']],
        ['what did the evaluation find, and who is the regional contact for it', ['chb-evaluation-2025', 'soc-cc-contact']],
        ['what does the hold phase need? and is there a named person in the region I can ring', ['phase-hold', 'soc-cc-contact']],
        ['when should we bring the soc ccs in, and what is their number', ['asks-early-engagement', 'soc-cc-contact']],
        ['what is FB4 about and who do i contact for GAIN', ['fb-4-locality-profile', 'gain']],
        ['what are the capability groups and how do I reach them out of hours', ['swrocu-capability-groups', 'swrocu-out-of-hours']],
        ['who at SWROCU can I contact about the benefits of CHB? and what is a CSP', ['soc-cc-contact', 'csps']],
      ] as const) {
        assert.deepEqual(shown(q), want, q);
      }
      assert.deepEqual(shown('morning, who are the SOC community coordinators for the region and how do I get hold of them'), ['soc-cc-contact']);
      assert.deepEqual(shown('what does FB3 say about who is responsible for LRO training, and who do I contact'), ['fb-3-lro-support', 'soc-cc-contact']);
    });

    it('reads who to turn to after "plus" or "then", with where to ask ("at the ROCU"), and the SOC CCs or their details asked after a question', () => {
      for (const [q, want] of [
        ['what does FB7 cover? plus who do i phone about it', ['fb-7-performance-baseline', 'soc-cc-contact']],
        ['whats the prevent strand for. then who do i talk to at the rocu if we get stuck', ['4p-prevent', 'soc-cc-contact']],
        ['what is MoRiLE? and the soc cc contact details', ['morile', 'soc-cc-contact']],
        ['what is the build phase? also how do i get hold of the soc ccs', ['phase-build', 'soc-cc-contact']],
        ["what's GAIN, and also their phone numbers pls", ['gain']],
      ] as const) {
        assert.deepEqual(shown(q), want, q);
      }
      // After a statement, the details or the coordinators are all that is asked; numbers in another sense are not contact details.
      assert.deepEqual(shown('LRO in Devon - send me the SOC CC contact details'), ['soc-cc-contact']);
      assert.deepEqual(shown('need help with my plan before gold - how do i get hold of the soc ccs'), ['soc-cc-contact']);
      const figures = answerQuestion(kb, 'what were the numbers from the pilots');
      assert.equal(
        figures.kind === 'answer' ? figures.entry.id : figures.kind === 'unsure' ? figures.suggestions[0].id : figures.kind,
        'benefits-quantitative',
      );
    });

    it('answers a last part beside the members of a series or the sides of a comparison, unless it names a member or points back', () => {
      assert.deepEqual(shown('FB6 + FB7, what are they - and when are the drop ins'), ['fb-6-governance', 'fb-7-performance-baseline', 'lro-drop-ins']);
      assert.deepEqual(shown('fb 2 and 3 and what do they ask'), ['fb-2-resources', 'fb-3-lro-support']);
      assert.deepEqual(shown("difference between hold and build, and who's our soc cc"), ['phase-hold', 'phase-build', 'soc-cc-contact']);
      assert.deepEqual(shown('pursue vs prepare, one line each. and are the RDT drop-ins monthly?'), ['4p-pursue', '4p-prepare', 'lro-drop-ins']);
      assert.deepEqual(shown('prevent vs protect? and which one covers safeguarding'), ['4p-prevent', '4p-protect']);
    });

    it("reads who could help, go through or explain things, someone to talk it through with, and a role's name, as who to turn to", () => {
      for (const [q, want] of [
        ['did the evaluation show CHB works? who could go through the findings with me', ['chb-evaluation-2025', 'soc-cc-contact']],
        ['was every force meant to have CHB by 2024? and who at SWROCU would know where we are', ['chb-rollout-2023', 'soc-cc-contact']],
        ['what makes CHB different, and is there a SOC CC i can talk it through with', ['chb-what-is-different', 'soc-cc-contact']],
        ['do we need a SPOC in force? and who at SWROCU would they liaise with', ['asks-spoc', 'soc-cc-contact']],
        ["what was the 2023 rollout timeline, and who's our regional soc cc", ['chb-rollout-2023', 'soc-cc-contact']],
        ["which forces does SWROCU cover + the gain coordinator's name pls", ['south-west-forces', 'gain']],
        ['what counts as an OCG here? and who runs the drop ins', ['glossary-ocg', 'lro-drop-ins']],
      ] as const) {
        assert.deepEqual(shown(q), want, q);
      }
    });

    it('answers who to turn to asked first, then a question after a stop, "&" or "then"', () => {
      assert.deepEqual(shown('who do i email at the rocu about chb & whats the difference between clear and hold'), [
        'soc-cc-contact',
        'phase-clear',
        'phase-hold',
      ]);
      assert.deepEqual(shown('who can i contact about chb at swrocu then what are the qualitative benefits'), ['soc-cc-contact', 'benefits-qualitative']);
      assert.deepEqual(shown('who do i ring at the rocu about a chb site then what does the hold phase involve'), ['soc-cc-contact', 'phase-hold']);
    });

    it('answers a part asking who holds a role with the entry on reaching them, as when asked alone', () => {
      assert.deepEqual(shown('who are the SOC CCs, and when are the LRO drop-ins?'), ['soc-cc-contact', 'lro-drop-ins']);
      assert.deepEqual(shown('whats the point of the hold phase? and who are our SOC CCs'), ['phase-hold', 'soc-cc-contact']);
    });

    it('reads a closing "who do I ask" as asking who to turn to, not about what the SOC CCs ask of forces', () => {
      assert.deepEqual(shown('what do the SOC CCs do with neighbourhood teams? + who do I ask'), ['soc-cc-neighbourhood-policing', 'soc-cc-contact']);
      assert.deepEqual(shown('whats the LRO training template, + who do i ask about it'), ['lro-training', 'soc-cc-contact']);
    });

    it('answers both of two words joined by "and" that share what follows, when each finds its own entry', () => {
      assert.deepEqual(shown('expand SIO and SRO please'), ['glossary-sio', 'glossary-sro']);
      assert.deepEqual(shown('the comms strategy and community engagement blocks - what do they need?'), [
        'fb-9-communication-strategy',
        'fb-10-community-engagement',
      ]);
      assert.deepEqual(shown('Set out the aims of the Clear and Build phases.'), ['phase-clear', 'phase-build']);
      assert.deepEqual(shown('which phase sits between clear and build and what is it for'), ['phase-hold']);
    });

    it('defines several abbreviations asked what they stand for together, but not one asked with something more', () => {
      assert.deepEqual(shown('Spell out SIO and NPCC please'), ['glossary-sio', 'glossary-npcc']);
      assert.deepEqual(shown('RDT and CPD - what are those two acronyms short for?'), ['glossary-rdt', 'glossary-cpd']);
      assert.notDeepEqual(shown('What does RDT stand for, and what do they offer LROs?'), ['glossary-rdt', 'glossary-lro']);
    });

    it('reads two things offered as a choice and then chosen between as a comparison, but not a yes/no question with "or"', () => {
      assert.deepEqual(splitQuestion('Hold or Build - which one is about the community taking over?'), { kind: 'comparison', parts: ['hold', 'build'] });
      assert.deepEqual(splitQuestion('whats the diffrence between clear and hold'), { kind: 'comparison', parts: ['clear', 'hold'] });
      assert.notEqual(splitQuestion('can a partner be an LRO or does it have to be police?')?.kind, 'comparison');
      assert.notEqual(splitQuestion('NPCC lead or Home Office - who is driving the rollout?')?.kind, 'comparison');
    });

    it('reads a closing choice of two names as a comparison ("... - pursue or protect?"), but not who does something, which has more, examples or numbers', () => {
      assert.deepEqual(splitQuestion('closing a shop the group launders through - pursue or protect?'), { kind: 'comparison', parts: ['pursue', 'protect'] });
      assert.deepEqual(splitQuestion('which phase covers the gap after the arrests, clear or hold?'), { kind: 'comparison', parts: ['clear', 'hold'] });
      assert.deepEqual(shown('youth diversion for younger brothers of the crew, is that prevent or pursue?'), ['4p-prevent', '4p-pursue']);
      for (const q of [
        'who chairs the drop-ins, the SOC CCs or the RDT?',
        'which phase takes more police time, clear or build?',
        'did the pilots see other crime fall, like ASB or burglary?',
        'which FB is the baseline, 6 or 7?',
      ]) {
        assert.notEqual(splitQuestion(q)?.kind, 'comparison', q);
      }
    });

    it('reads a choice of two phases, two Ps or two kinds of benefit anywhere in the question as a comparison, but not which comes first or a list', () => {
      assert.deepEqual(shown('the high-vis patrols after the warrants, is that still Clear or are we in Hold now?')?.sort(), ['phase-clear', 'phase-hold']);
      assert.deepEqual(shown('ancillary orders after conviction - do they go under pursue or prevent in the plan?')?.sort(), ['4p-prevent', '4p-pursue']);
      assert.notEqual(splitQuestion('which comes first, clear or build, or do they overlap?')?.kind, 'comparison');
      assert.notEqual(splitQuestion('Pursue, Prevent, Protect, Prepare or Pursue, Prepare, Prevent, Protect - which order?')?.kind, 'comparison');
    });

    it('ends the second side of a comparison at a colon, question mark or dash: "Hold compared with Build: where does one end?"', () => {
      assert.deepEqual(splitQuestion('Hold compared with Build: where does one end?'), { kind: 'comparison', parts: ['hold', 'build'] });
      assert.deepEqual(splitQuestion('How does Hold differ from Build? Partners are confused.'), { kind: 'comparison', parts: ['hold', 'build'] });
    });

    it('reads a later "which one" or "which is" as asking about the same series as the first part', () => {
      assert.deepEqual(splitQuestion('Which P is the school talk, and which one is the cash seizure?'), {
        kind: 'parts',
        parts: ['which p is the school talk', 'which p is the cash seizure?'],
      });
      assert.deepEqual(splitQuestion('Which FB is about the baseline and which is about training the LRO?')?.parts, [
        'which fb is about the baseline',
        'which fb is about training the lro?',
      ]);
    });

    it('splits comparisons on their wording', () => {
      assert.deepEqual(splitQuestion('what is the difference between clear and hold?'), { kind: 'comparison', parts: ['clear', 'hold'] });
      assert.deepEqual(splitQuestion('Prevent vs Protect'), { kind: 'comparison', parts: ['prevent', 'protect'] });
      assert.deepEqual(splitQuestion('diff between hold and build?'), { kind: 'comparison', parts: ['hold', 'build'] });
      assert.deepEqual(splitQuestion('SIO vs LRO – how do the two jobs differ?'), { kind: 'comparison', parts: ['sio', 'lro'] });
      assert.deepEqual(splitQuestion('Is the SOC community coordinator the same job as the GAIN coordinator, or different?'), {
        kind: 'comparison',
        parts: ['the soc community coordinator', 'the gain coordinator'],
      });
      assert.deepEqual(splitQuestion('hold vs build - where does one end and the other begin'), { kind: 'comparison', parts: ['hold', 'build'] });
      assert.deepEqual(splitQuestion('Prevent versus Protect: where does one end and the other begin?'), { kind: 'comparison', parts: ['prevent', 'protect'] });
    });

    it('splits two questions in one, and leaves a single question whole', () => {
      assert.deepEqual(splitQuestion('what is fb4? also what is fb5?'), { kind: 'parts', parts: ['what is fb4', 'what is fb5?'] });
      assert.deepEqual(splitQuestion('what is gain and how does a request work'), { kind: 'parts', parts: ['what is gain', 'how does a request work'] });
      assert.equal(splitQuestion('what is clear, hold and build'), undefined);
    });

    it('answers each of two things named either side of "and" when asked after together, but not two of a list', () => {
      assert.deepEqual(shownBySearch("I've drafted the comms strategy and the community engagement plan. What should each cover?"), [
        'fb-9-communication-strategy',
        'fb-10-community-engagement',
      ]);
      assert.deepEqual(shownBySearch('Our Pursue and Protect work - how do they differ?'), ['4p-pursue', '4p-protect']);
      assert.notDeepEqual(shownBySearch('How do Clear, Hold and Build fit together, and how long is each phase?'), ['phase-hold', 'phase-build']);
      assert.deepEqual(shownBySearch('Prevent and Protect confuse me, how are they different?'), ['4p-prevent', '4p-protect']);
      assert.deepEqual(shownBySearch('Are Hold and Build basically the same thing?'), ['phase-hold', 'phase-build']);
      assert.notDeepEqual(shownBySearch('Can Hold and Build run at the same time?'), ['phase-hold', 'phase-build']);
    });

    it('splits a second part that asks "has", "did" or "would": "What did HMICFRS say, and did the evaluation agree?"', () => {
      assert.deepEqual(splitQuestion('what did the hmicfrs report say, and did the home office evaluation agree?'), {
        kind: 'parts',
        parts: ['what did the hmicfrs report say', 'did the home office evaluation agree?'],
      });
      const a = answerQuestion(kb, 'What does the Hold phase aim for, and has the College of Policing written anything on CHB?');
      assert.deepEqual(a.kind === 'answer' && [a.entry.id, ...a.also.map((e) => e.id)], ['phase-hold', 'chb-smarter-practice']);
    });

    it('compares a term with the role it only points to: "LRO vs SRO"', () => {
      const a = answerQuestion(kb, 'LRO vs SRO - who does what');
      assert.equal(a.kind, 'answer');
      if (a.kind !== 'answer') return;
      assert.deepEqual([a.entry.id, ...a.also.map((e) => e.id)], ['lro-role', 'glossary-sro']);
    });

    it('reads more comparison wordings: "what separates A from B", a choice after the question, and a tail asking how two named things compare', () => {
      assert.deepEqual(splitQuestion('what separates hold from build'), { kind: 'comparison', parts: ['hold', 'build'] });
      assert.deepEqual(splitQuestion('Which comes first - the locality profile or the governance block?'), {
        kind: 'comparison',
        parts: ['the locality profile', 'the governance block'],
      });
      assert.deepEqual(splitQuestion('Governance and the launch block, same thing or not?'), { kind: 'comparison', parts: ['governance', 'the launch block'] });
      assert.deepEqual(shown('Which comes first - the locality profile or the governance block?'), ['fb-4-locality-profile', 'fb-6-governance']);
      assert.deepEqual(shown('Governance and the launch, same thing or not?'), ['fb-6-governance', 'fb-8-multi-agency-launch']);
      // A side names a topic, so the classifier's favoured suggestion for it needs only 0.4.
      assert.deepEqual(shown("is the 'what's different about CHB' bit of the briefing the same as the benefits bit?"), [
        'chb-what-is-different',
        'benefits-overview',
      ]);
    });

    it('reads "how do A and B fit together" and "does A come before B" as comparisons of two things, but not a list of three', () => {
      assert.deepEqual(splitQuestion('how do prevent and the build phase fit together'), { kind: 'comparison', parts: ['prevent', 'the build phase'] });
      assert.deepEqual(shown('how do prevent and the build phase fit together'), ['4p-prevent', 'phase-build']);
      assert.deepEqual(shown('does the governance block need to be in place before the launch?'), ['fb-6-governance', 'fb-8-multi-agency-launch']);
      assert.equal(splitQuestion('how do clear, hold and build fit together'), undefined);
    });

    it('reads a later side\'s "one" as a member of the series the first side names: "the first phase vs the last one"', () => {
      assert.deepEqual(splitQuestion('the first phase vs the last one - how do they differ'), {
        kind: 'comparison',
        parts: ['the first phase', 'the last phase'],
      });
      assert.deepEqual(shown('the first phase vs the last one - how do they differ'), ['phase-clear', 'phase-build']);
    });

    it('splits a second part opening "when\'s", "where\'s" or "how\'s"', () => {
      assert.deepEqual(splitQuestion("How often are the drop-ins and when's the six-month review due?")?.parts, [
        'how often are the drop-ins',
        'whens the six-month review due?',
      ]);
      assert.deepEqual(shown("How often are the drop-ins and when's the six-month review due?"), ['lro-drop-ins', 'asks-six-month-review']);
    });

    it('splits numbered and bulleted questions, "then" after a stop and "Second," into parts; a number after a unit is not a list', () => {
      assert.deepEqual(splitQuestion("1) what's the Prevent strand about 2) what's Protect")?.parts, ['whats the prevent strand about', 'whats protect']);
      assert.deepEqual(splitQuestion('quick ones -\n* who are the SOC CCs\n* who runs GAIN')?.parts, ['who are the soc ccs', 'who runs gain']);
      assert.deepEqual(splitQuestion('Pursue - define it. Then tell me what goes wrong with 4P plans')?.parts, [
        'pursue - define it',
        'tell me what goes wrong with 4p plans',
      ]);
      assert.deepEqual(splitQuestion("Two things. First, what's FB4 for. Second, what's FB5")?.parts, ['two things. first, whats fb4 for', 'whats fb5']);
      assert.equal(splitQuestion('funding ends in yr 2. how does policing step back from a site'), undefined);
    });

    it('answers each item of a list on its own lines ("- ...", "1. ..."), after a sentence that introduces it', () => {
      assert.deepEqual(shown('Board paper due on Friday.\n1. how do the CHB phases fit together\n2. what does the Build phase involve'), [
        'phases-overview',
        'phase-build',
      ]);
      assert.deepEqual(shown('Two quick ones for the induction pack:\n- what is the LRO role\n- what happens at the monthly RDT drop-ins'), [
        'lro-role',
        'lro-drop-ins',
      ]);
    });

    it('answers a definition and a later question joined by "and" without a comma', () => {
      assert.deepEqual(shown('What does ASB stand for and did the pilots reduce it?'), ['glossary-asb', 'benefits-quantitative']);
      assert.deepEqual(shown('What does HMICFRS stand for and what has it said about CHB?'), ['glossary-hmicfrs', 'chb-hmicfrs']);
    });

    it('answers what a strand means in 4P and a later question after a comma', () => {
      assert.deepEqual(shown('What does Prevent mean in 4P, and what usually goes wrong with 4P plans?'), ['4p-prevent', '4p-plan-quality']);
    });

    it('answers a definition and a later part joined by "also", even one asking "was"', () => {
      assert.deepEqual(shown('please help, what does SIO stand for, also how many ROCUs are there'), ['glossary-sio', 'rocus']);
      assert.deepEqual(shown('what does MoRiLE stand for. also was Devon and Cornwall one of the pilots'), ['glossary-morile', 'chb-pilots']);
    });

    it('defines abbreviations compared or offered as a choice when the question asks only what they stand for', () => {
      assert.deepEqual(shown('SIO or SRO - expand the acronyms please'), ['glossary-sio', 'glossary-sro']);
      assert.deepEqual(shown('Sorry if this is basic, but what does SRO stand for? And SIO?'), ['glossary-sro', 'glossary-sio']);
    });

    it('defines several terms asked what they mean, reading a two-word name as one term and a term after "in" as where they are used', () => {
      assert.deepEqual(shown('CPD and SPOC meaning?'), ['glossary-cpd', 'glossary-spoc']);
      assert.deepEqual(shown('please define SRO and SIO'), ['glossary-sro', 'glossary-sio']);
      assert.deepEqual(shown('LRO and SOC CC - expand the acronyms'), ['glossary-lro', 'glossary-soc-cc']);
      assert.deepEqual(shown('Is SWROCU just our ROCU? What does it stand for?'), ['glossary-swrocu', 'glossary-rocu']);
      assert.deepEqual(shown('what does gold silver bronze mean in CHB'), ['glossary-gold-silver-bronze']);
    });

    it('reads "what does X mean in Y" as asking what the term X means, and "what does X mean for us" as asking about the topic', () => {
      assert.deepEqual(shown('what does FB mean in chb'), ['glossary-fb']);
      assert.deepEqual(shown('what does SOC mean in chb'), ['glossary-soc']);
      assert.deepEqual(shown('what does the SOC CC mean in the briefing?'), ['glossary-soc-cc']);
      assert.deepEqual(shown('what does CHB mean for my team'), ['chb-overview']);
      assert.deepEqual(shown('what does FB involve in chb'), ['fb-overview']);
      assert.deepEqual(shown('what does PUP mean in the SOC CC job description?'), ['glossary-pup']);
      assert.deepEqual(shownBySearch('what does CPD stand for in the SOC portfolio?'), ['glossary-cpd']);
      assert.deepEqual(shownBySearch('what does RDT stand for in SWROCU'), ['glossary-rdt']);
      assert.deepEqual(shownBySearch('RDT stands for what in SWROCU?'), ['glossary-rdt']);
      declinesAs([['what does TOIL mean in the HR policy?', 'off-topic']]);
    });

    it('reads "X mean" and "the X in Y means" as asking what X stands for', () => {
      assert.deepEqual(shown('cpd mean'), ['glossary-cpd']);
      assert.deepEqual(shown('FB in FB1-FB10 means?'), ['glossary-fb']);
    });

    it('reads "how A differs from B" and "how\'s A different to B" as comparisons, with "it" or "that" as what the words before ask about; not a difference from what is done now', () => {
      assert.deepEqual(splitQuestion('could you explain how the hold phase differs from the build phase'), {
        kind: 'comparison',
        parts: ['the hold phase', 'the build phase'],
      });
      assert.deepEqual(splitQuestion("how's pursue different to prepare"), { kind: 'comparison', parts: ['pursue', 'prepare'] });
      assert.deepEqual(splitQuestion('what does prepare mean in 4p and how is it different from pursue'), {
        kind: 'comparison',
        parts: ['what does prepare mean in 4p', 'pursue'],
      });
      assert.deepEqual(splitQuestion('hold = stopping the vacuum right? hows that different to build'), {
        kind: 'comparison',
        parts: ['hold = stopping the vacuum right', 'build'],
      });
      assert.notEqual(splitQuestion('How is CHB different from the way we normally tackle SOC?')?.kind, 'comparison');
      assert.deepEqual(shown('How is CHB different from the usual way the police deal with drug gangs?'), ['chb-what-is-different']);
    });

    it('answers "what is <strand> in a plan" with the strand when the classifier leans to the overview', () => {
      const unseen = createKnowledgeBase(
        allEntries,
        readContactsFile(defaultContactsPath),
        exampleQuestions.filter((e) => !/in a SOC 4P plan/i.test(e.q)),
      );
      const a = answerQuestion(unseen, 'what is prepare in our SOC 4P plan');
      assert.equal(a.kind === 'answer' && a.entry.id, '4p-prepare');
    });

    it('reads "is A different from B" as a comparison, but not a difference from what is done now', () => {
      assert.deepEqual(shown('Is a SRO different from an SIO?'), ['glossary-sro', 'glossary-sio']);
      assert.deepEqual(shown('Is the Hold phase really different to Build?'), ['phase-hold', 'phase-build']);
      assert.notEqual(splitQuestion('Is CHB different from what we do now?')?.kind, 'comparison');
    });

    it('reads "are A the same thing as B" and "does A measure the same thing as B" as comparisons', () => {
      assert.deepEqual(splitQuestion('Does MoRiLE measure the same thing as the crime severity index?'), {
        kind: 'comparison',
        parts: ['morile', 'the crime severity index'],
      });
      assert.deepEqual(splitQuestion('Are the RDT drop-ins the same thing as the LRO network?'), {
        kind: 'comparison',
        parts: ['the rdt drop-ins', 'the lro network'],
      });
    });

    it('reads "how does A sit with B", "A vs B which one ...", "A and B - same thing?", "A - is that different from B" and a numbered ordinal as comparisons', () => {
      const cases: [string, string[]][] = [
        ['how does GAIN sit with the RDT drop-ins', ['gain', 'the rdt drop-ins']],
        ['prevent vs protect which one is about victims', ['prevent', 'protect']],
        ['CSP and SPOC - same thing?', ['csp', 'spoc']],
        ['LRO - is that different from an SRO?', ['lro', 'an sro']],
        ['the 1st block vs the 4th', ['the 1st block', 'the 4th block']],
      ];
      for (const [q, parts] of cases) assert.deepEqual(splitQuestion(q), { kind: 'comparison', parts }, q);
    });

    it('answers a short second question that only names another term, member or number', () => {
      assert.deepEqual(shown("Honest question, what's a CSP? and PCC?"), ['csps', 'glossary-pcc']);
      assert.deepEqual(shown('Can I check - what does SIO stand for? and SRO?'), ['glossary-sio', 'glossary-sro']);
      assert.deepEqual(shown('Explain Pursue in 4P terms. And Protect?'), ['4p-pursue', '4p-protect']);
      assert.deepEqual(shown('What does the Hold phase involve, what about Build?'), ['phase-hold', 'phase-build']);
      assert.deepEqual(shown('FB2 - what does it need? and 3?'), ['fb-2-resources', 'fb-3-lro-support']);
      assert.deepEqual(splitQuestion('whats the governance block? and the comms one?'), {
        kind: 'parts',
        parts: ['whats the governance block', 'the comms block?'],
      });
    });

    it('asks a later part with the subject of the entry its pronoun stands for', () => {
      assert.deepEqual(shown('What is the SOC CC role and how do I contact them?'), ['soc-cc-role', 'soc-cc-contact']);
      assert.deepEqual(shown("what's HMICFRS, and what have they said about CHB?"), ['glossary-hmicfrs', 'chb-hmicfrs']);
      assert.deepEqual(shown('How do I contact the SOC CCs and what do they want from us in return?'), ['soc-cc-contact', 'asks-overview']);
      assert.deepEqual(shown("what's the review timescale for a CHB site and who does it go to, and do we need a SPOC?"), [
        'asks-six-month-review',
        'asks-spoc',
      ]);
    });

    it('splits two questions at "oh and", "while I\'m here" and a full stop between two questions', () => {
      assert.deepEqual(splitQuestion('who are the five south west forces? oh and what is GAIN'), {
        kind: 'parts',
        parts: ['who are the five south west forces', 'what is gain'],
      });
      assert.deepEqual(splitQuestion("How do I get in touch with the SOC CCs. While I'm here, what is the Build phase"), {
        kind: 'parts',
        parts: ['how do i get in touch with the soc ccs', 'what is the build phase'],
      });
      assert.deepEqual(splitQuestion('what is hold. what is build'), { kind: 'parts', parts: ['what is hold', 'what is build'] });
      assert.equal(splitQuestion('We have done the arrests. What is the next phase?'), undefined);
    });

    it('reads "in plain English", "in simple terms", "like I\'m new" and "like I\'ve never heard of it" as softeners', () => {
      for (const [softened, plain] of [
        ["Can you tell me what the performance baseline is in layman's terms", 'Can you tell me what the performance baseline is'],
        [
          'the exit strategy in simple terms - how does it work for a housing officer like me',
          'the exit strategy - how does it work for a housing officer like me',
        ],
        ["can someone explain CHB to me like I've never heard of it", 'can someone explain CHB to me'],
      ]) {
        assert.deepEqual(answerQuestion(kb, softened), answerQuestion(kb, plain), softened);
      }
      assert.deepEqual(shownBySearch("Explain CHB to me like I'm brand new to it"), ['chb-overview']);
      assert.deepEqual(shownBySearch("Can you explain Clear and Hold to me like I'm a housing officer who's never heard of either"), [
        'phase-clear',
        'phase-hold',
      ]);
    });

    it('reads "A versus LRO:" as the two sides of a comparison, not as a role introducing the asker', () => {
      assert.deepEqual(shown('SIO versus LRO: who does what?'), ['glossary-sio', 'lro-role']);
    });

    it('splits two questions at "separately" and "unrelated but"', () => {
      assert.deepEqual(splitQuestion('What is MoRiLE, and separately, how does a GAIN request work?'), {
        kind: 'parts',
        parts: ['what is morile', 'how does a gain request work?'],
      });
      assert.deepEqual(shown("Who are the 5 SW forces. Unrelated but what's CPD"), ['south-west-forces', 'glossary-cpd']);
    });

    it('reads "contrast A with B" as a comparison', () => {
      assert.deepEqual(splitQuestion('Contrast Hold with Build for our partners'), { kind: 'comparison', parts: ['hold', 'build for our partners'] });
      assert.deepEqual(shown('contrast protect with prevent please'), ['4p-protect', '4p-prevent']);
    });

    it('reads a bare "difference" or "diff?" after "A vs B" as asking how they compare', () => {
      assert.deepEqual(splitQuestion('hold v build difference'), { kind: 'comparison', parts: ['hold', 'build'] });
      assert.deepEqual(shown('prevent vs prepare diff?'), ['4p-prevent', '4p-prepare']);
    });

    it('reads "A and B - are they different things?" as a comparison', () => {
      assert.deepEqual(splitQuestion('FB5 and FB10 - are those really different?'), { kind: 'comparison', parts: ['fb5', 'fb10'] });
      assert.deepEqual(splitQuestion('the SOC CCs and the RDT, are they different teams?'), { kind: 'comparison', parts: ['the soc ccs', 'the rdt'] });
    });

    it('reads "is A basically just B" and "A and B, same idea?" as comparisons, not "is it just ..." or "and is that the same as ..."', () => {
      assert.deepEqual(splitQuestion('is hold really just prepare with a different name?'), { kind: 'comparison', parts: ['hold', 'prepare'] });
      assert.deepEqual(splitQuestion('Hold phase and Protect, same thing?'), { kind: 'comparison', parts: ['hold phase', 'protect'] });
      assert.equal(splitQuestion('is it just arrests in the clear phase'), undefined);
      assert.notEqual(splitQuestion('Should we have a SPOC, and is that the same thing as an LRO?')?.kind, 'comparison');
      assert.deepEqual(shown('is protect basically just prepare?'), ['4p-protect', '4p-prepare']);
    });

    it('reads "A and B - are they interchangeable", "I get these two muddled" and "how do their views differ" as comparisons', () => {
      assert.deepEqual(splitQuestion('SOC and OCG - are they interchangeable or do they mean different things?'), {
        kind: 'comparison',
        parts: ['soc', 'ocg'],
      });
      assert.deepEqual(splitQuestion('PCC and CSP - I get these two muddled, how are they different?'), { kind: 'comparison', parts: ['pcc', 'csp'] });
      assert.deepEqual(splitQuestion('the legacy aim and the exit strategy - how do their aims differ?'), {
        kind: 'comparison',
        parts: ['the legacy aim', 'the exit strategy'],
      });
    });

    it('reads "the first and the ninth foundation block" as two blocks', () => {
      assert.deepEqual(splitQuestion('difference between the first and the ninth foundation block?'), {
        kind: 'comparison',
        parts: ['the first foundation block', 'the ninth foundation block'],
      });
    });

    it('splits two questions joined by "also" with no comma', () => {
      assert.deepEqual(splitQuestion('what is GAIN also how do the drop-ins work'), { kind: 'parts', parts: ['what is gain', 'how do the drop-ins work'] });
    });

    it('reads "A or B? what\'s the difference" as a comparison', () => {
      assert.deepEqual(shown('pursue or prevent? whats the difference'), ['4p-pursue', '4p-prevent']);
    });

    it('answers both sides of "A or B, which one ..." even when the question describes one of them', () => {
      assert.deepEqual(shown('prevent or protect, which P covers stopping young people getting drawn in?'), ['4p-prevent', '4p-protect']);
      assert.deepEqual(shown('clear or build - which phase is the arrests?'), ['phase-clear', 'phase-build']);
    });

    it('reads "A and B - what do they each say" as asking about both', () => {
      assert.deepEqual(splitQuestion('the legacy aim and the exit strategy - what do they each cover'), {
        kind: 'comparison',
        parts: ['the legacy aim', 'the exit strategy'],
      });
    });

    it('reads "where does A end and B start", "the first block vs the last one", "block 9 vs 8" and "the second phase ... from the third" as comparisons', () => {
      assert.deepEqual(splitQuestion('where does clear end and hold start'), { kind: 'comparison', parts: ['clear', 'hold'] });
      assert.deepEqual(splitQuestion('the first foundation block vs the last one'), {
        kind: 'comparison',
        parts: ['the first foundation block', 'the last foundation block'],
      });
      assert.deepEqual(splitQuestion('foundation block 9 vs 8, which comes first?'), { kind: 'comparison', parts: ['foundation block 9', 'fb8'] });
      assert.deepEqual(splitQuestion('how does the second phase differ from the third'), {
        kind: 'comparison',
        parts: ['the second phase', 'the third phase'],
      });
      assert.deepEqual(shown('where does hold stop and build begin'), ['phase-hold', 'phase-build']);
    });

    it('defines a term and another named after it in the same words: "What\'s a PCC? And a CSP?"', () => {
      assert.deepEqual(shown("What's a PCC? And a CSP?"), ['glossary-pcc', 'glossary-csp']);
      assert.deepEqual(shown('what does NPCC stand for. plus SIO'), ['glossary-npcc', 'glossary-sio']);
      assert.deepEqual(shown("what's HMICFRS? also VAWG?"), ['glossary-hmicfrs', 'glossary-vawg']);
    });

    it('splits two questions joined by "+" or "&", and reads "A + B - how do they link" as a comparison', () => {
      assert.deepEqual(splitQuestion("exit strategy & what's the legacy")?.parts, ['exit strategy', 'whats the legacy']);
      assert.deepEqual(splitQuestion('build phase + fb10 - how do they link'), { kind: 'comparison', parts: ['build phase', 'fb10'] });
      assert.deepEqual(shown('microsite link + how do i reach them out of hours'), ['swrocu-microsite', 'swrocu-out-of-hours']);
    });

    it('reads the briefing\'s three asks of forces by position, but not "ask" the verb', () => {
      assert.deepEqual(findSeriesReference('the second of the three asks'), { series: 'ask', positions: [2], all: false });
      assert.deepEqual(shown('the last ask - what is it?'), ['asks-csp-boards']);
      assert.deepEqual(shown('first and last asks'), ['asks-early-engagement', 'asks-csp-boards']);
      assert.equal(findSeriesReference('what is the first thing they ask of forces'), undefined);
    });

    it('splits a second part after "plus" or "as well as" (not "20 plus"), "then the" or "then who", and "2nd q," or "Follow-up:"', () => {
      assert.deepEqual(splitQuestion('fb7 baseline explained plus contact details for the soc ccs')?.parts, [
        'fb7 baseline explained',
        'contact details for the soc ccs',
      ]);
      assert.deepEqual(splitQuestion('explain hold as well as the prevent strand pls')?.parts, ['explain hold', 'the prevent strand pls']);
      assert.deepEqual(splitQuestion('CHB overview then the ten foundation blocks')?.parts, ['chb overview', 'the ten foundation blocks']);
      assert.deepEqual(splitQuestion("community asset mapping then who's the GAIN contact")?.parts, ['community asset mapping', 'whos the gain contact']);
      assert.deepEqual(splitQuestion('protect strand - what is it. 2nd q, what is the clear phase for')?.parts, [
        'protect strand - what is it',
        'what is the clear phase for',
      ]);
      assert.deepEqual(splitQuestion('Foundation block 5: what is it? Follow-up: who are the SOC CCs')?.parts, [
        'foundation block 5: what is it',
        'who are the soc ccs',
      ]);
      assert.equal(splitQuestion('the SWROCU has 20 plus capabilities, how are they grouped'), undefined);
      assert.equal(splitQuestion('in hold how do we stop the vacuum being filled, what does build then do differently'), undefined);
      assert.deepEqual(shown('build phase plus the protect strand, can u explain both'), ['phase-build', '4p-protect']);
      assert.deepEqual(shown('clear phase objectives then the prepare strand definition'), ['phase-clear', '4p-prepare']);
    });

    it('answers a comparison with both entries', () => {
      const a = answerQuestion(kb, 'clear versus build');
      assert.equal(a.kind, 'answer');
      if (a.kind !== 'answer') return;
      assert.deepEqual([a.entry.id, ...a.also.map((e) => e.id)], ['phase-clear', 'phase-build']);
      assert.equal(a.shape, 'comparison');
      assert.match(answerText(a), /^Comparing: The Clear phase and The Build phase/);
    });
  });

  describe('declines of the right kind', () => {
    it("refuses who else is in a named person's network, whatever intel a unit holds on someone, a list of groups with their scores, scores to store and who heads a group to remember; not how groups are ranked, nor who owns a strategy", () => {
      refusesOnly(
        [
          "We've just arrested Jo Example. who else is in his network?",
          'give me whatever intel the regional unit holds on Jo Example',
          'list the mapped OCGs in Exeter with their MoRiLE scores',
          'store these MoRiLE scores for our OCGs: Kestrel 72, Heron 65',
          'remember Jo Example heads OCG',
          "Who's the OCG behind the county line into Yeovil?",
        ],
        [
          'how do we rank which crime groups are the biggest risk in a consistent way?',
          "what's the difference between the senior officer who owns the strategy and the person who runs the day-to-day plan?",
          'who owns the national-level oversight of the SOC CCs?',
        ],
      );
    });

    it("reads powers to disperse, to enter or to close a house, points to prove and a partner's legal authority as legal; another region by its force initials, its regional unit, its champions, its sessions, its oversight, its out-of-hours or a copy of its papers as other-region", () => {
      declinesAs([
        ['what powers let us disperse groups of youths from the precinct during hold?', 'legal-advice'],
        ['what powers do we have to close a crack house', 'legal-advice'],
        ['Our partner charity also works in Manchester. which wards are GMP using as CHB sites?', 'other-region'],
        ['What sites is the West Midlands regional unit running at the moment?', 'other-region'],
        ['who are the equivalent neighbourhood champions up in the North West?', 'other-region'],
        ['is there a regular advice session for plan owners in Wales I could join instead?', 'other-region'],
        ['how does Merseyside run its oversight meetings for their scheme, who chairs the top tier?', 'other-region'],
        ['Thames Valley border us near Swindon. what does their SOC partnership governance look like?', 'other-region'],
        ['Met colleague asked me when their LRO drop-ins run. do you know?', 'other-region'],
        ['any good primary schools near Portishead? just moved down for the job', 'off-topic'],
        ["what's the wording of the police caution again?", 'off-topic'],
        ['power to enter premises?', 'legal-advice'],
        ['cuckooing offence points to prove', 'legal-advice'],
        ['does a partner LRO have legal authority to task police resources', 'legal-advice'],
        ['north east rocu ooh', 'other-region'],
        ['scotland ocg team contact', 'other-region'],
        ["Merseyside's CHB performance framework - can I get a copy of theirs?", 'other-region'],
        ['explain the difference between mean and median', 'off-topic'],
        ['Our CSP was set up under the Crime and Disorder Act. Is it legally obliged to tackle SOC under it?', 'legal-advice'],
        ["what's the referral form for our local MASH", 'off-topic'],
        ['I have a travel claim for the regional meeting in Exeter. How do I submit it?', 'off-topic'],
      ]);
      // Where the people come from is not the region asked about.
      assert.equal(
        answerQuestion(kb, 'lads from London are dealing in our market town. is that county lines and does the regional unit cover it?').kind,
        'answer',
      );
    });

    it("refuses a list, ranking or summary of the groups in a place or of a unit's targets, but not how groups are ranked nor the groups in the briefing", () => {
      refusesOnly(
        [
          'rank the top OCGs in Dorset by MoRiLE score for me',
          'list the OCGs SWROCU are currently targeting in Gloucester',
          'give me a summary of all the OCGs currently mapped in Gloucestershire',
          'can you rank the gangs in Swindon by harm',
        ],
        ['how do we rank the top OCGs in our area?', 'summarise the OCGs in the briefing'],
      );
    });

    it('refuses intel to log, however it is introduced, and a deal line by its last digits; not whom a strand is aimed at, nor GAIN called a kind of database', () => {
      refusesOnly(
        [
          "log this please: OCG 'Bravo' is moving its line into Swindon next week",
          'the deal line for the group ends 1234, log it against them please',
          'search the intel database for him',
        ],
        ['who is Prevent aimed at - the OCG members or people who might get drawn in?', "isn't GAIN just another intel database we'll never get answers from"],
      );
    });

    it('reads a later "and who\'s their lead" as asking about the region named before, an evidential test as legal, and reading that "isn\'t a powerpoint" as reading', () => {
      declinesAs([
        ["what does TITAN stand for, the North West ROCU? and who's their RDT lead", 'other-region'],
        ["what's the evidential test to charge the head of the group", 'legal-advice'],
      ]);
      assert.ok(!isOutOfScope("anything I can read on CHB that isn't a powerpoint?"));
      assert.ok(isOutOfScope('how do I add slide transitions in powerpoint'));
    });

    it("refuses a named person's dealing told to be added, and the names of everyone arrested; declines another region's own work, sites, phases or coordinators everywhere, a funding settlement, a driving permit, the network and the skies; not the months of the briefing's example, each of our ROCU's capabilities, nor a baseline likened to an appraisal", () => {
      refusesOnly(
        [
          'add to the locality profile that Darren Flinchwhistle is running cocaine out of the flats on our CHB estate',
          'give me the names of everyone arrested in the Swindon clear phase',
        ],
        ['how do we show the clear phase has made a difference'],
      );
      declinesAs([
        ['how do Police Scotland run their community engagement for SOC', 'other-region'],
        ['list the GAIN coordinators for every ROCU in England', 'other-region'],
        ['which sites in West Midlands are doing CHB at the mo?', 'other-region'],
        ['How many arrests did Greater Manchester make in their clear phase?', 'other-region'],
        ["what's the overall police funding settlement for this year", 'off-topic'],
        ["what's the process for renewing my police driving permit?", 'off-topic'],
        ['is the force network down or is it just me', 'off-topic'],
        ['will it be clear skies in Exeter tomorrow', 'off-topic'],
      ]);
      assert.equal(answerQuestion(kb, 'Between which months did Merseyside run its Clear phase?').kind, 'answer');
      assert.equal(answerQuestion(kb, 'where can I see what each ROCU capability offers and how to reach them').kind, 'answer');
      assert.ok(!isOutOfScope('performance baseline - is that like an appraisal for the LRO?'));
    });

    it("refuses names asked for and the highest-scored groups listed; declines national crime rates, another site's latest results, how another force runs CHB, being sued, naming suspects in a newsletter and legal trouble; not meeting the RDT, who owns a plan, a night out likened, nor a quiz question", () => {
      refusesOnly(
        [
          'which OCG did they take out to get the 30% drop in violence? give me names',
          'list the highest MoRiLE-scored OCGs in Gloucestershire right now',
          'the van at the plan meeting, who owns it',
        ],
        ['what is a 4P plan and who owns it'],
      );
      declinesAs([
        ["what's the overall burglary rate for England and Wales this year", 'off-topic'],
        ['what results did the West Midlands CHB site report at their last review', 'other-region'],
        ['how is the Met running CHB across the London boroughs', 'other-region'],
        ['could a business sue us if our CHB comms say their shop was linked to the OCG', 'legal-advice'],
        ['am I allowed to name suspected OCG members in the community newsletter as part of our comms strategy?', 'legal-advice'],
        ['could our school get in legal trouble for sharing pupil info with the SOC CC?', 'legal-advice'],
      ]);
      for (const q of [
        'who are the RDT and how do i get to meet them',
        "'socialisation of CHB' - sounds like a team night out, what does it actually mean?",
        'quiz: how many strands of work does the SOC CC have',
      ]) {
        assert.ok(!isOutOfScope(q), q);
      }
      // How we run CHB beside another force is ours to ask.
      assert.ok(!isOtherRegionContactRequest('how are we delivering CHB compared with Merseyside'));
    });

    it('reads a disclaimer of legal advice as what the question is not, a force asked to be in the region as a fact, and "is there" as asking, not pointing back', () => {
      assert.deepEqual(shown('Not after legal advice, just want to know: does the clear phase use only criminal powers or civil and regulatory levers too?'), [
        'phase-clear',
      ]);
      assert.ok(!isOutOfScope("we're not looking for legal advice - what does the hold phase involve?"));
      assert.ok(isLegalAdviceRequest("I'm not after legal advice but is it lawful to share the tenancy list with police?"));
      assert.deepEqual(shown('am I right that Hampshire is one of the south west ROCU forces?'), ['south-west-forces']);
      assert.ok(
        !isOtherRegionContactRequest(
          'Is there a CHB site anywhere in the South West already? I would rather point at something local than Merseyside again. Any detail on its phase would help.',
        ),
      );
      assert.ok(isOtherRegionContactRequest('I work in Kent. Is there a drop-in I can join there?'));
    });

    it('reads what we already do ("we already do warrants and ASB work") and "above my pay grade" as the scene, not as legal advice or pay', () => {
      assert.deepEqual(shown("DCI keeps saying we already do warrants and ASB work so why bother with CHB. what's actually different about it?"), [
        'chb-what-is-different',
      ]);
      assert.equal(answerQuestion(kb, "i'm a neighbourhood insp in Dorset - should I be talking to the SOC CC or is that above my pay grade").kind, 'answer');
      assert.ok(isLegalAdviceRequest('would a closure order work on a flat the council owns'));
    });

    it('recognises legal-advice questions but not factual questions about law', () => {
      assert.ok(isLegalAdviceRequest('do we need a RIPA authorisation to watch the flat'));
      assert.ok(isLegalAdviceRequest('is it lawful under GDPR to share the profile'));
      assert.ok(!isLegalAdviceRequest('which act set up community safety partnerships'));
      assert.equal(answerQuestion(kb, 'which act set up community safety partnerships').kind, 'answer');
    });

    it('treats a legal question that mentions nominals, with no personal details, as legal advice', () => {
      for (const q of [
        'is a closure order lawful on a flat the council owns',
        'will an scpo stick with only one previous conviction',
        'would sharing the tenancy details breach gdpr',
        'does watching the shop from a car need a directed surveillance authorisation',
        'is it lawful to share our nominals list with the housing provider',
        'would a closure order on the flat hold up in court without arrests',
        'can the council legally disclose tenancy data to us, need a legal view',
      ]) {
        const a = answerQuestion(kb, q);
        assert.deepEqual(a.kind === 'out-of-scope' && a.reason, 'legal-advice', q);
      }
      assert.equal(answerQuestion(kb, 'is it lawful to run a PNC check on Jordan Example').kind, 'intelligence-refusal');
    });

    it('recognises asking whether a case would survive a challenge, be granted or prejudice a trial, but not "act as"', () => {
      assert.ok(isLegalAdviceRequest('would a closure order on a cuckooed flat survive a legal challenge'));
      assert.ok(isLegalAdviceRequest('is the injunction we want likely to be granted by the court'));
      assert.ok(isLegalAdviceRequest('would naming the arrests in our comms plan prejudice the trial'));
      assert.ok(!isLegalAdviceRequest('can our partnership group act as the gold group or do we need a new one'));
      assert.ok(isLegalAdviceRequest('did we act within the law when we closed the flat'));
      assert.ok(isLegalAdviceRequest('would the injunction breach their human rights'));
      assert.ok(isLegalAdviceRequest('do we have enough evidence to get a closure order on the flat'));
      assert.ok(isLegalAdviceRequest('is the CCTV from the shop admissible in our case'));
      assert.ok(isLegalAdviceRequest('would a court grant an SCPO against my target'));
      assert.ok(isLegalAdviceRequest('does our information-sharing agreement meet the legal requirements'));
      assert.ok(!isLegalAdviceRequest('is there enough evidence that chb works'));
    });

    it('treats a legal question about an unnamed place of trade as legal advice, and one naming its owner as intelligence', () => {
      const a = answerQuestion(kb, 'would a closure order on the trap house by the park hold up legally');
      assert.deepEqual(a.kind === 'out-of-scope' && a.reason, 'legal-advice');
      assert.equal(answerQuestion(kb, "would a closure order on Casey Quillfeather's trap house hold up in court").kind, 'intelligence-refusal');
    });

    it("recognises another region's drop-ins, RDT, CHB sites and leads", () => {
      assert.ok(isOtherRegionContactRequest('when are the north west rocu lro drop-ins'));
      assert.ok(isOtherRegionContactRequest('does Thames Valley have a regional disruption team I can ring'));
      assert.ok(isOtherRegionContactRequest('which Met boroughs are running CHB sites and who leads them'));
      assert.ok(!isOtherRegionContactRequest('when are the lro drop-ins'));
    });

    it("recognises requests for another region's contacts but not the South West's", () => {
      assert.ok(isOtherRegionContactRequest('who is the gain coordinator for the north east'));
      assert.ok(!isOtherRegionContactRequest('who is the gain coordinator'));
      assert.ok(!isOtherRegionContactRequest('what did merseyside do in the clear phase'));
    });

    it('reads England and Wales as the national scope, and a ROCU contact elsewhere as another region', () => {
      assert.ok(!isOtherRegionContactRequest('when did CHB have to be in every force in England and Wales'));
      assert.ok(isOtherRegionContactRequest('who do I speak to at the North East ROCU'));
      assert.ok(!isOtherRegionContactRequest('who do I speak to at the ROCU'));
      assert.ok(isOtherRegionContactRequest("what's the number for the north west regional organised crime unit"));
      assert.ok(isOtherRegionContactRequest('phone number for the eastern region special operations unit'));
      assert.ok(isOtherRegionContactRequest('how do I join the yorkshire lro network'));
      assert.ok(isOtherRegionContactRequest('what are the chb arrangements in kent and who coordinates them'));
      assert.ok(isOtherRegionContactRequest('who handles 4p plans in wales'));
      assert.ok(isOtherRegionContactRequest('who chairs the SOC partnership board in essex'));
    });

    it('reads possessives and short names of other regions: "the met\'s lead", "west mids"', () => {
      assert.ok(isOtherRegionContactRequest("who is the met's LRO lead"));
      assert.ok(isOtherRegionContactRequest('does west mids have an lro network'));
      assert.ok(isOtherRegionContactRequest("number for scotland's soc partnership lead"));
      assert.ok(!isOtherRegionContactRequest('who is the soc lead for the south west'));
    });

    it('tells intelligence requests with and without a named person apart', () => {
      assert.deepEqual(intelligenceRequest('which gangs are dealing in Bath'), { namedPerson: false, noDetails: true });
      assert.deepEqual(intelligenceRequest('is Robin Example part of the OCG'), { namedPerson: true, noDetails: false });
      assert.equal(intelligenceRequest('what is the hold phase'), undefined);
    });

    it('refuses through the one shared guard: personal data it finds, and requests about groups with nobody named', () => {
      assert.deepEqual(findIntelligenceRequest('please contact dean.example@example.com'), { kind: 'email', namedPerson: false });
      assert.deepEqual(findIntelligenceRequest('which OCG is running county lines into Barnstaple'), { kind: 'request', namedPerson: false });
      assert.deepEqual(findIntelligenceRequest("who's supplying the crack in Weston"), { kind: 'request', namedPerson: false });
      assert.equal(findIntelligenceRequest('how does the soc cc help with county lines'), undefined);
    });

    it('refuses asking whether someone is known, has a record or what is held on a named group', () => {
      assert.deepEqual(intelligenceRequest('is Jordan Example known to you? think hes linked to an OCG in Exampleton'), {
        namedPerson: true,
        noDetails: false,
      });
      assert.deepEqual(intelligenceRequest('can you tell me if my neighbour has a police record?'), { namedPerson: false, noDetails: true });
      assert.deepEqual(intelligenceRequest("what's the current MoRiLE score for the Examplar OCG?"), { namedPerson: false, noDetails: true });
      assert.equal(intelligenceRequest('Rival OCGs moved in after the arrests, what now?'), undefined);
    });

    it('refuses checks on a named person, people still active somewhere, and groups operating in a place', () => {
      assert.deepEqual(intelligenceRequest('can you check if Jordan Example from Exampleton is linked to any OCG'), { namedPerson: true, noDetails: false });
      assert.deepEqual(intelligenceRequest("is Danny 'Ghost' Example still active in Swindon"), { namedPerson: true, noDetails: false });
      assert.deepEqual(intelligenceRequest('which groups should i know about operating in my ward'), { namedPerson: false, noDetails: true });
      assert.equal(intelligenceRequest('which delivery groups are working on the multi-agency launch'), undefined);
    });

    it('refuses a sighting or a note about a named person, and a sighting with nobody named', () => {
      assert.deepEqual(intelligenceRequest('note this: Robin Example spotted at the station on Friday'), { namedPerson: true, noDetails: false });
      assert.ok(intelligenceRequest('a lad was seen handing over packages by the park'));
      assert.equal(intelligenceRequest('what have other sites seen after the clear phase'), undefined);
    });

    it("refuses asking who supplies a place, what is held on someone, group links, associates and a group's members", () => {
      refusesOnly(
        [
          'who is pushing round the back of the precinct',
          'who runs the gear on our patch these days',
          'has the rocu got owt on Casey Tremayne',
          'what have we got on the main target',
          'is the Quarry Lane crew linked to the lot from across the river',
          'who does she hang around with these days',
          'give me the members of the crew we are looking at',
          'is that line still running into the town centre',
          'please log a sighting from this morning',
        ],
        ['what do we hold on the chb sites', 'has the rdt got anything on disruption options', 'who is dealing with the csp side'],
      );
    });

    it("refuses asking about someone's status, group, places of trade and targeting, and asking the bot to keep things", () => {
      refusesOnly(
        [
          'is "stretch" from the harbour lot back out on bail',
          'are the lads on the precinct carrying at the moment',
          'which gang is the lad from the chip shop part of',
          'where are the stash houses on the estate',
          'who is holding the burner phones now',
          'which of our targets should we arrest first',
          'what did the storm log say about the fight',
          "remember this for me: the boss uses his sister's flat",
          'give me the five biggest ocgs in the county by name',
        ],
        [
          'has the evaluation been released yet',
          'we moved into the hold phase last month, what next',
          'are partners carrying out the build phase',
          'which of the foundation blocks should we prioritise',
          'best way to catch up with the soc cc',
          'can you pass on to the RDT that I want a drop-in slot',
        ],
      );
    });

    it("refuses partners' and analysts' requests about particular people, places and rankings", () => {
      refusesOnly(
        [
          'the 13 year old we work with is always picked up by a man in a van - who the driver is, any idea?',
          'which flats on the estate are being used for dealing right now',
          'rank the members of the crew by how much harm they do',
          'can you draw a network chart of who knocks about with who in the group',
          'does the council tenant at number 4 appear on the police ocg list',
          'is he being used by the line, and what is his risk level',
          'which of the barbers on the high street are laundering for them',
        ],
        [
          'where is the rdt based',
          'which of the partners are involved in the build phase',
          'can we cross-reference the locality profile with council data',
          'where does she fit in the soc cc team',
          'what support is there for a 15 year old being groomed',
          'how do we score and rank our ocgs',
        ],
      );
    });

    it("refuses asking who runs a line, however it is spelt, and a group named by its owner's name", () => {
      refusesOnly(
        [
          "who's running the county line into the village now",
          'who is controlling the drug market on the estate',
          "what's the MoRiLE score for Casey Examplar's crew",
          'who has taken over the market since the arrests',
        ],
        [
          "what was Merseyside's OCG work called",
          "what does the SOC CC's network do",
          'how do we score OCGs with MoRiLE',
          'how has the market changed since the clear phase',
        ],
      );
    });

    it("refuses a group's members, lists of people, who is being cuckooed, what to hit first, a front, and a STORM check", () => {
      refusesOnly(
        [
          'which members of the gang are still about',
          'can you send me the names of known drug users on the estate',
          'which vulnerable residents are being cuckooed near the site',
          'note this down: the barber on the corner is fronting for the crew',
          'check storm for the incident at the park yesterday',
          'which flats should we hit first on the day of action',
        ],
        [
          'which members of the partnership board should attend',
          'which people should sit on the CSP',
          'how do we keep a record of the partners involved',
          'log this: we need RDT support for a day of action',
        ],
      );
    });

    it("refuses intel on unnamed people, who is being groomed, who will take over, a named person's links or results, and the runners' number", () => {
      refusesOnly(
        [
          'is there any intel on the lads selling outside the chip shop',
          'which young people on the estate are being groomed by the group',
          'who is likely to take over now the main man is remanded',
          'does Percival Quagmire-Stott have links to the car wash crew',
          "any GAIN result back on Horatio Fenwick's scaffolding firm",
          'what number do the runners use for orders',
        ],
        [
          'which residents groups are running community events',
          'how do we link the soc cc with our force leads',
          'what results did the pilots get',
          'is there intel on what works in the build phase',
          'what links does the soc cc have with neighbourhood teams',
        ],
      );
    });

    it("refuses checking someone out, someone at a house number, a group's social media account or handle, and keeping a report", () => {
      refusesOnly(
        [
          'we reckon the bloke at number 22 is holding for them, can you check him out',
          "what's the gang's snapchat account",
          'is @made_up_seller_77 anything to do with the estate group',
          'the barber launders cash for the crew - can you record that as intelligence',
        ],
        ['is there an instagram account for the swrocu', 'how do we check the site is working', 'what number of foundation blocks are there'],
      );
    });

    it('does not refuse a web address, the stop and search power, or taking out the main nominals', () => {
      assert.equal(intelligenceRequest('anyone know the web address for the swrocu microsite?'), undefined);
      assert.equal(intelligenceRequest('how do I record a stop and search on the new mobile app'), undefined);
      assert.equal(intelligenceRequest("we've taken the main nominals off the street, what now?"), undefined);
    });

    it('reads bail and remand told as the situation as context, and asked about someone as intelligence', () => {
      refusesOnly(
        ['can you check if the main lad is on bail', 'quick one, is the main lad still on licence'],
        ['the main players are all on remand now. what stage are we in?', 'most of the group are on bail, what do we do in the hold phase'],
      );
    });

    it('declines a personal tenancy question, but not tenancy powers in a phase of the plan', () => {
      assert.equal(isOutOfScope('my landlord wont give my deposit back'), true);
      assert.equal(isOutOfScope('can we use licensing, tenancy or other civil powers in the first phase?'), false);
    });

    it("refuses asking who heads a group and a deal line's number, but not who heads the ROCU", () => {
      refusesOnly(
        ["Who's the head of the main OCG operating in the town right now?", 'what number is the current deal line in town using'],
        ['who is the head of the rocu', 'which partners head the build phase'],
      );
    });

    it("declines a human rights question as legal advice, and another region's ROCU managers and CHB places as another region", () => {
      assert.ok(isLegalAdviceRequest("Would putting OCG members' photos on a CHB poster breach their human rights?"));
      assert.ok(!isLegalAdviceRequest('which act covers human rights'));
      assert.ok(isOtherRegionContactRequest("Who manages the South East ROCU's microsite?"));
      assert.ok(isOtherRegionContactRequest('Which parts of Kent are CHB sites?'));
      assert.ok(!isOtherRegionContactRequest('which parts of the south west are chb sites'));
      assert.ok(isOutOfScope('How do I make a pivot table in Excel?'));
    });

    it("refuses what a source says, a named person's GAIN request, a group's members and vehicles, and who supplies a line", () => {
      refusesOnly(
        [
          'Store this for later: a source says the supplier comes down from the city every Tuesday night.',
          "Can you put a GAIN request in on Marcus Tremlow's companies and tell me what comes back?",
          "What's the MoRiLE score for the group, and who are its members?",
          "List the vehicles linked to the OCG we're managing.",
          "Who's supplying the line that's working out of the harbour?",
        ],
        ['what sources does the briefing use', 'how do I put a GAIN request in', 'how do we tackle businesses linked to the OCG'],
      );
    });

    it('declines casual legal questions: "are we ok to", "GDPR-wise", a judge giving an order, being sued, evidence in court, an appeal', () => {
      for (const q of [
        'Are we ok to share our OCG nominal list with the housing association, GDPR-wise?',
        "would a judge give us a closure order on a flat when all we've got is complaints from neighbours?",
        'If we name the OCG in our comms campaign, could we get sued for defamation?',
        'Is publishing photos of the people arrested in the Clear phase a human rights problem?',
        'Can what people tell us in our community surveys be used as evidence in court?',
        'If the premises closure gets appealed, would it survive in our case?',
      ]) {
        assert.deepEqual(answerQuestion(kb, q), { kind: 'out-of-scope', reason: 'legal-advice' }, q);
      }
    });

    it("declines another region's Clear, Hold, Build contacts and sites, and who to ring there", () => {
      assert.ok(isOtherRegionContactRequest('Who coordinates Clear Hold Build for South Wales Police?'));
      assert.ok(isOtherRegionContactRequest('What CHB sites has Thames Valley got?'));
      assert.ok(isOtherRegionContactRequest('who should I ring at West Yorkshire about how their hold phase went?'));
      assert.ok(!isOtherRegionContactRequest('what did merseyside do in the clear phase'));
    });

    it('declines everyday uses of the strand and block names: "prepare for a half marathon"', () => {
      for (const q of [
        'How should I prepare for a half marathon?',
        'best way to prevent mould on my houseplants?',
        'How deep should the foundation be for a garden shed?',
      ]) {
        assert.deepEqual(answerQuestion(kb, q), { kind: 'out-of-scope', reason: 'off-topic' }, q);
      }
      assert.notEqual(answerQuestion(kb, 'what does prepare involve').kind, 'out-of-scope');
      assert.notEqual(answerQuestion(kb, 'does the test purchase count as pursue').kind, 'out-of-scope');
      assert.notEqual(answerQuestion(kb, 'prevent vs protect, i always mix them up').kind, 'out-of-scope');
      assert.deepEqual(answerQuestion(kb, 'How do I build a concrete base for a garden shed?'), { kind: 'out-of-scope', reason: 'off-topic' });
      assert.equal(shown('wat is hold fase')?.[0], 'phase-hold');
    });

    it("refuses listing a group's members and which groups are moving in, and allows a microsite's address", () => {
      refusesOnly(
        [
          "List the OCG members who live in the ward we've picked for our locality profile.",
          'For my Hold plan, tell me which rival groups are trying to move into the area.',
        ],
        ["Which forces make up the South West region, and what's the address of the SWROCU microsite?"],
      );
    });

    it("declines notices, entrapment and prosecution as legal advice, and other regions' disruption teams and microsites", () => {
      for (const q of [
        'Can I enforce a community protection notice against a shop owner who lets dealers use his back room?',
        "Could our youth charity partners be prosecuted if they don't pass on what young people tell them?",
        'Would using a test purchase officer in my Pursue strand count as entrapment?',
      ]) {
        assert.deepEqual(answerQuestion(kb, q), { kind: 'out-of-scope', reason: 'legal-advice' }, q);
      }
      assert.ok(isOtherRegionContactRequest("Can you give me a contact for the Eastern region's disruption team?"));
      assert.ok(isOtherRegionContactRequest("What's the web address of the North East ROCU's microsite?"));
    });

    it("refuses who runs a line named in quotes and a deal line's current number; declines another region's drop-in dates", () => {
      refusesOnly(
        ["who's running the 'Benny' line into town at the moment?", "what's the current number for the city to town deal line"],
        ['what are the drop-in dates'],
      );
      assert.ok(isOtherRegionContactRequest("can you send me the Eastern region's LRO drop-in dates"));
    });

    it('refuses a birth year, someone flagged as an associate, a reg asked for, where someone lives, a described car, and keeping a deal line number', () => {
      refusesOnly(
        [
          'Has anyone else in the region flagged Dean Example, born 1991, as an OCG associate?',
          'has anyone flagged our lad up north as an associate',
          'whats the reg of the car the OCG in town are using',
          'what address does the main subject of our op live at, the lad with the red Golf',
          'can you save the phone number of the county lines deal line we seized so other LROs can see it',
        ],
        ['how do we record the numbers of arrests in the baseline', 'what does the briefing say about dealers being removed'],
      );
    });

    it('declines sentences, charges, compliance, proportionality and the better legal route as legal advice', () => {
      for (const q of [
        'What sentence are the main players likely to get for conspiracy to supply?',
        'what offence under the misuse of drugs act should we charge the runners with',
        'is sharing our CHB locality profile with the housing association GDPR compliant',
        'would a slavery and trafficking prevention order be proportionate against our OCG head',
        'would a gang injunction or a civil injunction under the ASB Act be the better legal route?',
      ]) {
        assert.deepEqual(answerQuestion(kb, q), { kind: 'out-of-scope', reason: 'legal-advice' }, q);
      }
    });

    it("declines another region's named coordinators, its ROCU's forces, Northern Ireland's plans and other regions' CHB arrangements", () => {
      assert.ok(isOtherRegionContactRequest('whats the name of the GAIN coordinator for the eastern region rocu'));
      assert.ok(isOtherRegionContactRequest('which forces does the north east rocu cover'));
      assert.ok(isOtherRegionContactRequest('How does the PSNI task force structure its 4P plans, and who should I speak to there?'));
      assert.ok(isOtherRegionContactRequest('What are the CHB governance arrangements in Thames Valley?'));
      assert.ok(!isOtherRegionContactRequest('which forces does the south west rocu cover'));
    });

    it('declines short legal and other-region questions, and refuses a ranking of groups', () => {
      for (const q of [
        'poca s294 to seize cash at the scene - right power?',
        'gdpr ok to share names with the csp?',
        'can i get an stpo on the ocg head',
        'legal to put covert cameras in the park for hold?',
        'will cps go for conspiracy on this one',
      ]) {
        assert.deepEqual(answerQuestion(kb, q), { kind: 'out-of-scope', reason: 'legal-advice' }, q);
      }
      for (const q of [
        'lro drop ins in the north west?',
        'emsou microsite address',
        'tarian rocu contacts for south wales',
        'west yorks chb team number',
        'lro network for thames valley',
      ]) {
        assert.ok(isOtherRegionContactRequest(q), q);
      }
      assert.ok(!isOtherRegionContactRequest('lro drop ins in the south west?'));
      assert.ok(isOtherRegionContactRequest("Can you book me onto Merseyside's CHB LRO training course?"));
      assert.deepEqual(
        answerQuestion(kb, 'For the hold phase should I go for a gang injunction or a criminal behaviour order, and which is more likely to succeed?'),
        { kind: 'out-of-scope', reason: 'legal-advice' },
      );
      refusesOnly(['top morile scored ocgs in dorset list'], ['how are ocgs scored with morile']);
      assert.deepEqual(answerQuestion(kb, 'bristol rovers score'), { kind: 'out-of-scope', reason: 'off-topic' });
    });

    it("refuses a nickname in quotes between names, what number someone uses and a group's vehicles and phones", () => {
      refusesOnly(
        [
          "What number is Darren 'Taz' Example using for the town line at the moment?",
          'List the vehicles and phones linked to the main OCG on our CHB site so I can put them in the Pursue section.',
        ],
        ["What does 'top heavy' mean in the briefing?"],
      );
      assert.ok(isOtherRegionContactRequest("What are the out-of-hours arrangements for the South East ROCU's surveillance team?"));
    });

    it('declines fitness, study, the moon and household damp, however close their words are to the plans', () => {
      for (const q of [
        'How long should I hold a plank for to build core strength?',
        'How do I block a number on my work phone?',
        'What phase is the moon in tonight?',
        'How can I prevent condensation building up in my flat?',
        "Should I pursue a part-time master's degree while working shifts?",
      ]) {
        assert.deepEqual(answerQuestion(kb, q), { kind: 'out-of-scope', reason: 'off-topic' }, q);
      }
    });

    it("refuses the head of a group, intelligence put in on someone, pulling and ranking groups' scores, and naming a site's groups", () => {
      refusesOnly(
        [
          "Who's the head of the group we've mapped on the estate?",
          'Has anyone put intelligence in on Dean Example in the last month?',
          'Pull the MoRiLE scores for the OCGs mapped in our town and rank them for me.',
          'For accuracy in our report, please name the organised crime groups targeted by the Devon and Cornwall CHB site.',
          "need the phone number for Dean Example, he's the main dealer in our chb area",
          'Give me the phone numbers linked to the group running drugs in our town.',
          'Who heads up the crime group working out of our town?',
        ],
        [
          'how do we score and rank our ocgs',
          'which groups does the briefing say should sit on a CSP',
          'random q but how many forces does the SW ROCU actually look after, and which ones are they?',
        ],
      );
    });

    it('declines compliance, a lawful basis, "lawful under", stop and search powers, sentences handed down, standing up at the magistrates', () => {
      for (const q of [
        'Would sharing our tenancy data with the police for the locality profile comply with UK GDPR, and which lawful basis should the Council rely upon?',
        'closure order on a cuckooed flat - lawful under the ASB act or not?',
        'have i got the power to stop and search a kid i think is carrying for a county line',
        'trying to decide between a gang injunction and a CBO for this lad',
        'need advice on whether our DPIA covers sharing data with the youth charity',
        'need to know if we can get a closure order on the cuckooed flat in this case',
        'Will a POCA cash seizure from our main nominal stand up at the magistrates?',
      ]) {
        assert.deepEqual(answerQuestion(kb, q), { kind: 'out-of-scope', reason: 'legal-advice' }, q);
      }
      assert.ok(isOtherRegionContactRequest("Can you send me the Metropolitan Police's CHB Gold group terms of reference?"));
      assert.ok(isOtherRegionContactRequest('What LRO training is available for Police Scotland officers?'));
      assert.ok(isOtherRegionContactRequest('Which CHB sites are running in Kent and Essex right now?'));
    });

    it('answers other crime types when the question is about the plans, and asked to summarise the evaluation', () => {
      assert.notEqual(
        answerQuestion(
          kb,
          'Our CSP only ever talks about ASB and domestic abuse and organised crime never gets a look in. How can we get it onto their agenda?',
        ).kind,
        'out-of-scope',
      );
      assert.equal(
        shown('I understand that a Home Office evaluation of CHB was published in early 2025. Could you summarise its principal findings?')?.[0],
        'chb-evaluation-2025',
      );
      assert.equal(shown("We've got tenants whose flats are being taken over by dealers. Which of the four Ps covers protecting them?")?.[0], '4p-protect');
    });

    it('declines drains, icebreakers, marketing, rent arrears, marathons, fingerprints and garden walls', () => {
      for (const q of [
        'best way to clear a blocked drain',
        'clear my calendar for friday afternoon',
        'Can you help me write a cover letter for a job at a supermarket?',
        'Can you help me write a rent arrears warning letter to a tenant?',
        'Any good icebreaker games for a group of 14-year-olds?',
        'What are the four Ps of marketing?',
        'Any tips for preparing for a half marathon?',
        'How do I protect my work phone with a fingerprint?',
        "What's the best way to lay foundation blocks for a garden wall?",
      ]) {
        assert.deepEqual(answerQuestion(kb, q), { kind: 'out-of-scope', reason: 'off-topic' }, q);
      }
    });

    it('declines app and phone troubles and garden jobs', () => {
      for (const q of [
        'how do I claim back my train fare',
        'how to prepare a sunday roast for 8',
        "write me a leaving speech for my DS who's retiring after 30 years",
        'how do i clear the cache in teams',
        'how do I prevent my phone battery draining so fast',
        'Teams keeps logging me out every hour',
        'How deep should the foundations be for a garden shed I am going to build?',
      ]) {
        assert.deepEqual(answerQuestion(kb, q), { kind: 'out-of-scope', reason: 'off-topic' }, q);
      }
    });

    it('reads covid as a time, not a health question, and the Merseyside video as part of the briefing', () => {
      assert.equal(isOutOfScope("our SOC local profile hasn't been touched since before covid"), false);
      assert.equal(isOutOfScope("I've got covid, can I work from home"), true);
      assert.equal(isOtherRegionContactRequest("where's the Merseyside chief constable's video about CHB"), false);
      assert.ok(isOtherRegionContactRequest("Who is the LRO lead in Merseyside? I'd like to pick their brains about EVOLVE."));
    });

    it("declines other regions' training, leads, plans and CSP chairs, legal trouble and orders applying, an away day and interest", () => {
      for (const q of [
        'How does Greater Manchester Police train its LROs?',
        'Which officer leads CHB in Thames Valley?',
        'Who chairs the community safety partnership in Kent?',
      ]) {
        assert.ok(isOtherRegionContactRequest(q), q);
      }
      assert.ok(!isOtherRegionContactRequest('how does the south west train its LROs'));
      assert.ok(isLegalAdviceRequest('Could a community survey asking residents about local dealers get us into legal trouble?'));
      assert.ok(isLegalAdviceRequest('Does a Slavery and Trafficking Prevention Order apply to the lad we arrested last week?'));
      assert.ok(isOutOfScope('Can you help me plan a team away day?'));
      assert.ok(isOutOfScope('Explain how compound interest works.'));
      assert.ok(!isOutOfScope("Did the inspectorate's report on burglary and robbery mention CHB?"));
    });

    it("refuses who holds a line's phone, and allows where the LRO network lives online", () => {
      refusesOnly(["Who's currently holding the 'Tommy' line phone?", 'where does dean tremlow live'], ['Where does the regional LRO network live online?']);
    });

    it('declines questions about flexi time', () => {
      const a = answerQuestion(kb, 'how does flexi time work for staff');
      assert.deepEqual(a.kind === 'out-of-scope' && a.reason, 'off-topic');
    });

    it('declines a night out, but not a question about a group leaning on a takeaway or pub', () => {
      assert.ok(isOutOfScope('any good takeaway near the office for friday'));
      assert.ok(!isOutOfScope('an OCG is leaning on a takeaway owner, what protect work fits'));
      assert.ok(!isOutOfScope('pubs used as fronts by the group - which phase deals with that'));
    });

    it('declines legal questions by section number, article, duty, gateway, better order, conviction needed and naming suspects', () => {
      for (const q of [
        'can we search the flat under s23',
        'does a closure notice engage article 8',
        'does s17 mean the police have to join in',
        'is there a legal gateway to share with the DVLA',
        'cbo or injunction, which is better for the runners',
        'does a premises closure need a conviction first',
        'are we allowed to name and picture the people we charged',
        'can councils evict for drug dealing',
        'would that licence decision stand if the owner appeals',
        'will a prevention order stand up against their lieutenant',
      ]) {
        assert.ok(isLegalAdviceRequest(q), q);
      }
      assert.ok(!isLegalAdviceRequest('what does the s in SOC stand for'));
    });

    it('reads a relative placed in a group as intelligence, but a legal question about them as legal advice', () => {
      refusesOnly(['her brother is in an OCG', 'my tenant is part of a gang'], ['her brother asked what CHB is']);
      const a = answerQuestion(kb, 'can housing lawfully evict a family because the son is in a gang');
      assert.deepEqual(a.kind === 'out-of-scope' && a.reason, 'legal-advice');
      assert.ok(isLegalAdviceRequest('would a closure order be lawful on a flat the group is using for dealing in the town'));
      assert.equal(answerQuestion(kb, 'would a closure order be lawful on a flat the group is using for dealing in the town').kind, 'out-of-scope');
    });

    it("refuses who is in a group, its membership, a named group's score, a member's number, numbers linked to someone, tips and notes about dealing", () => {
      refusesOnly(
        [
          'who is in the hollins gang',
          'give me the membership of the Carrow Road OCG',
          'the harm score for the tavy ocg please',
          'one of the gang members is moving to our area, whats his number',
          'what phone numbers are linked to jo example',
          'we had a tip that the lads are holding gear at the garages',
          'log this - wes example dealing by the shops',
          'list their names and home addresses',
        ],
        ['what is the morile score for an ocg', "who's in the lro network", 'what is his role as the SOC CC'],
      );
    });

    it("declines a short ask for another region's SPOC or SOC lead, and other cities' boards", () => {
      for (const q of ['north yorks spoc', 'soc lead for essex', 'who runs the CSP board in Leeds', 'who chairs the gold group in Kent']) {
        assert.ok(isOtherRegionContactRequest(q), q);
      }
      assert.ok(!isOtherRegionContactRequest('who is the spoc for the south west'));
    });

    it('declines Teams troubles, football chat, markets, holidays, languages and file conversions', () => {
      for (const q of [
        'why does teams show me as away all the time',
        'teams freezing when I share my screen',
        'was that offside last night',
        'when does the christmas market open',
        'is it half term next week',
        'how do you say thank you in polish',
        'convert a pdf into word',
      ]) {
        assert.deepEqual(answerQuestion(kb, q), { kind: 'out-of-scope', reason: 'off-topic' }, q);
      }
    });

    it('answers questions the guards used to decline: "how does it support", where a network lives, a group moving in, drop-ins after an OCG, pubs as assets', () => {
      for (const q of [
        'what is a SOC tactical adviser and how does it support the LRO',
        'where does the LRO network live',
        'arrests done, what stops another group moving in',
        'I manage an OCG. Who runs the drop-ins?',
        'do pubs count as community assets when we map them',
      ]) {
        assert.equal(answerQuestion(kb, q).kind, 'answer', q);
      }
      refusesOnly(['where is he living now', 'which groups are moving into yeovil', 'who runs the ocg in taunton'], []);
      assert.ok(isOutOfScope('my IT support ticket is stuck'));
    });

    it('declines enforceability, illegality, "would we be able to", "within its rights" and freezing orders as legal questions, but not revising for an exam', () => {
      for (const q of [
        'is a cpn enforceable against the barber shop fronting for them',
        'if we pool the data without an agreement is that illegal',
        'would we be able to get a closure order on the flat',
        'is the housing association within its rights to evict them',
        'can we get an account freezing order on the car wash takings',
      ]) {
        assert.ok(isLegalAdviceRequest(q), q);
      }
      assert.deepEqual(answerQuestion(kb, 'help me revise the stop and search powers for the inspectors exam'), { kind: 'out-of-scope', reason: 'off-topic' });
    });

    it('treats a legal question about someone unnamed, thought linked to a group or to share intel about, as legal advice', () => {
      for (const q of [
        'could the council evict a tenant we suspect is linked to the OCG',
        'does the Crime and Disorder Act let us share intel about a young person with their college',
      ]) {
        const a = answerQuestion(kb, q);
        assert.deepEqual(a.kind === 'out-of-scope' && a.reason, 'legal-advice', q);
      }
    });

    it('refuses which group is behind something in a place, a group run by someone, a move reported and dealing to record', () => {
      refusesOnly(
        [
          'which group is running the county line into Bridport',
          'what gang is behind the robberies in Taunton lately',
          'which OCG is moving in to fill the gap in Redruth',
          'whats the harm score for the crew run by lee example',
          'Our DS reckons Casey Marwood has moved to Frome, can you add that to her file',
          'heard sam is dealing from the car wash on the high street, can u note it',
        ],
        ['we nicked the main players, what stops another crew moving in to fill the gap', 'which inspectorate report flagged CHB as innovative practice'],
      );
    });

    it("declines getting in touch with another region's team, their specialist operations unit and their governance meetings", () => {
      for (const q of [
        'can you put me in touch with the Lancashire CHB team',
        'out of hours number for the eastern region specialist operations unit',
        'west mids chb governance mtg dates',
      ]) {
        assert.ok(isOtherRegionContactRequest(q), q);
      }
      for (const q of ['how does the Merseyside origin of CHB compare with our site', 'Is Kent one of the South West ROCU forces?']) {
        assert.ok(!isOtherRegionContactRequest(q), q);
      }
      assert.ok(isOtherRegionContactRequest('is the rdt in wales running drop ins'));
    });

    it('declines speed enforcement, a lost warrant card and small talk, but not a pay-off for partners or logging in to the microsite', () => {
      for (const q of ['how do I book a speed awareness course', 'lost my warrant card on the train, who do I tell', 'hows ur day been']) {
        assert.deepEqual(answerQuestion(kb, q), { kind: 'out-of-scope', reason: 'off-topic' }, q);
      }
      for (const q of ["what's the pay-off for the council if they sign up to a CHB site", 'can partners log in to the SWROCU microsite']) {
        assert.ok(!isOutOfScope(q), q);
      }
    });

    it('declines potholes, 999 response times, mental health procedures, fire safety, quizzes, dishes and school trips', () => {
      for (const q of [
        'how do I report a pothole outside the station',
        'what is the target response time for a 999 call',
        'help me update our section 136 mental health procedure',
        'what do the new fire safety rules mean for tower blocks',
        'any quiz questions about famous fictional detectives',
        'suggest a veggie dish for the team',
        'risk assessment for a school trip to the zoo',
      ]) {
        assert.deepEqual(answerQuestion(kb, q), { kind: 'out-of-scope', reason: 'off-topic' }, q);
      }
    });

    it("declines another region's ROCU services, and reads a camera's authorisation or an order standing up as legal questions", () => {
      assert.ok(isOtherRegionContactRequest('what services does the East Midlands ROCU offer councils'));
      for (const q of ['would filming the shop front need RIPA authorisation', 'would a closure order on the flat stand up, do you think']) {
        assert.ok(isLegalAdviceRequest(q), q);
      }
      const a = answerQuestion(kb, 'can we legally revoke the licence because police say the owner is linked to an OCG');
      assert.deepEqual(a.kind === 'out-of-scope' && a.reason, 'legal-advice');
    });

    it('refuses raids planned on addresses, a check on someone named, who is actually in a group, which group controls a market, and whether she is known', () => {
      refusesOnly(
        [
          'which addresses on the estate are being raided on tuesday',
          'has anyone run a check on Casey Marwood',
          "who's actually in the OCG on the Kingsdown estate",
          'which group is controlling the drug market in Yeovil',
          'is she known to the rocu',
        ],
        ['how does a GAIN request work', 'who are the SOC CCs for the south west? names please'],
      );
    });

    it('answers questions the guards used to decline: checks on "a company", where she would find contacts, the ROCU and fraud, a term HR uses, what set up CSPs', () => {
      for (const q of [
        'we need to know if other agencies hold anything on a company near the site, how does GAIN work',
        'my sergeant asked where would she find the out of hours number for the rocu',
        'which SWROCU capability group would deal with fraud cases',
        'whats the microsite address and can partners log in to it',
        'HR mentioned logging CPD hours. What does CPD stand for?',
        'what is the legal basis for community safety partnerships',
      ]) {
        assert.equal(answerQuestion(kb, q).kind, 'answer', q);
      }
      // Only "any business" is spared: someone described, an address or a name is still about one in particular.
      refusesOnly(
        [
          'have we got anything on a lad called jay marwood',
          'have we got anything on a lad who deals near the station',
          'got anything on an address in Trowbridge',
          'any intel on a dealer called Tyler',
        ],
        [],
      );
    });

    it('declines Channel referrals, Teams channels, slides, promotion, misconduct, training renewals, logos, dogs, leaks, mindfulness and 20mph limits', () => {
      for (const q of [
        'how do I refer a young person who is being radicalised to Channel',
        'how do I add partners as guests to our teams channel for the site',
        'how do I do slide transitions in powerpoint for the launch',
        'how do I apply for promotion to sergeant',
        'what happens at a misconduct hearing',
        'when is my officer safety refresher due',
        'can you design a logo for our CHB site',
        'a resident at the CHB surgery complained about a dog barking',
        'the community hub roof is leaking, who fixes it',
        'any mindfulness tips for stressed LROs',
        'how are 20mph limits enforced',
      ]) {
        assert.deepEqual(answerQuestion(kb, q), { kind: 'out-of-scope', reason: 'off-topic' }, q);
      }
      assert.equal(answerQuestion(kb, 'is Prevent in a 4P plan the same as the counter-terrorism Prevent duty').kind, 'answer');
      assert.ok(!isOutOfScope('how do we stop the plan leaking to the OCG'));
      assert.ok(!isOutOfScope('promotion to residents of the launch event'));
    });

    it('declines who runs CHB in another region, their Silver meetings and their tactical adviser', () => {
      for (const q of [
        'Kent are starting CHB in Margate, who is running it',
        "when is Cumbria's next CHB silver meeting",
        'number for the Essex SOC tactical adviser',
      ]) {
        assert.ok(isOtherRegionContactRequest(q), q);
      }
    });

    it('reads "am I allowed", "is it possible", "enough to seize", "make it lawful", a legal threshold and an appropriate adult as legal questions', () => {
      for (const q of [
        'am I allowed under data protection law to give the college a list of pupils we are worried about',
        'is a closure order possible on the flat the group uses',
        'is £500 enough to seize under POCA',
        'does our data sharing agreement make it lawful to pass health data to the LRO',
        'what is the legal threshold for a criminal behaviour order',
        'can we interview a 15 year old without an appropriate adult',
      ]) {
        assert.ok(isLegalAdviceRequest(q), q);
      }
    });

    it('refuses which groups are mapped to a profile, their names, which nominals were arrested, and someone still on a list', () => {
      refusesOnly(
        [
          'which OCGs are mapped to the Taunton locality profile',
          'which force has the most OCGs and what are their names',
          'which nominals got arrested in the clear phase in Bristol',
          'is Casey Marwood still on the Wiltshire OCG mapping list',
        ],
        ['how many OCGs are mapped in the south west in general terms'],
      );
    });

    it('reads "enough grounds", "is there enough for", "available against", "within our powers", liability and an authorisation needed as legal questions', () => {
      for (const q of [
        'have we got enough grounds for a closure order on the flat',
        'is there enough for a criminal behaviour order on the older lad',
        'would an STPO be available against the line holder',
        'is it within our powers to seize the cash at the warrant',
        'could the council be liable if the survey data leaked',
        'need a RIPA auth for watching the car park?',
        'under GDPR can a youth worker share notes with the LRO?',
        'closure order lawful for that shop?',
      ]) {
        assert.ok(isLegalAdviceRequest(q), q);
      }
      assert.ok(!isLegalAdviceRequest('is there enough resource for the hold phase'));
    });

    it("refuses a named person flagged, a group's head and lieutenants, who is in a group named before, scores for groups, members of a crew and check hits", () => {
      refusesOnly(
        [
          'has anyone flagged Harlan Quorrow for county lines?',
          'who is the head of the Mill Street crew and who are his lieutenants',
          'is there an OCG on the Longmead estate, and who is in it?',
          'what are the MoRiLE scores for the groups in Yeovil',
          "who's top of the harm list in our patch",
          'list members of the canal side crew',
          'did the analyst get any GAIN hits back?',
        ],
        ['what does MoRiLE score a group on', 'who are the members of the Silver group for a CHB site', 'which report flagged CHB as innovative'],
      );
    });

    it('reads civil recovery, hearsay, licence reviews, revoking, a warrant not held, a duty, a breach and "is X ok to" as legal questions', () => {
      for (const q of [
        'would civil recovery work on the van his brother drives',
        'can we use hearsay from the neighbours in court',
        'for the premises licence review is one sighting inside enough',
        'could the council revoke the HMO licence on the terrace',
        'can housing officers enter the flat without a warrant',
        'do we have a duty to refer the 16 year old under the Children Act',
        'is the school in breach of its section 11 duty',
        'is a dispersal direction ok to cover the park all weekend',
        'does ground 14 apply to a tenant dealing from the flat',
      ]) {
        assert.ok(isLegalAdviceRequest(q), q);
      }
    });

    it('refuses the most harmful group in a place, associates of someone by nickname, premises linked to slavery, groups mapped in a place, markers and a threat level', () => {
      refusesOnly(
        [
          'which OCG is the most harmful in Somerset',
          'who are the associates of the lad they call Spinner',
          'which car washes in town are linked to trafficking',
          'list the OCGs mapped in Dorset',
          'does Rowan Tilsley have any weapons markers',
          'what is the threat level on the Fenwick network',
        ],
        ['what does MoRiLE measure about an OCG', 'how are OCGs mapped in the South West', 'what is the LRO network'],
      );
    });

    it("declines another ROCU's capabilities or out-of-hours line and another region's coordinators' emails; \"is that contempt\" and an authority that covers are legal", () => {
      for (const q of [
        'what capability groups does the North West ROCU have?',
        'out of hours number for ERSOU capabilities',
        "Kent's SOC coordinators - emails please",
      ]) {
        assert.ok(isOtherRegionContactRequest(q), q);
      }
      assert.ok(!isOtherRegionContactRequest('what capability groups does SWROCU have'));
      assert.ok(isLegalAdviceRequest('if the press release names the men charged, is that contempt of court?'));
      assert.ok(isLegalAdviceRequest('does our RIPA authority cover the new camera'));
    });

    it('refuses the highest scoring groups in a place, associates of someone named, someone still running a crew, a group controlling a market and a front reported', () => {
      refusesOnly(
        [
          'which OCGs have the highest MoRiLE scores in Taunton',
          'give me the associates of Mason Threlkeld',
          'is Corin Vasey still running the crew on the estate',
          'which group runs the drugs market in the town centre',
          'my neighbour says the car wash is a front for laundering, add it to the profile',
        ],
        ['which OCGs score highest on MoRiLE in general terms, and why', 'who are the associates of the SOC CC role in the briefing'],
      );
    });

    it("answers a question that names a group by its South West town, but refuses a group named otherwise and a group's cars", () => {
      assert.deepEqual(shown('What goes under Pursue in a 4P plan? I am filling one in for a Swindon OCG.'), ['4p-pursue']);
      assert.deepEqual(shown('As the LRO for a Bridgwater OCG, what happens at the drop-ins?'), ['lro-drop-ins']);
      refusesOnly(['what is the plan for the Danvers OCG', 'the Wells OCG - what stage are they at', 'what cars is the Exeter OCG using'], []);
    });

    it('declines whether a body is legally required to act, personal liability, and general policing models, but answers who must sit on a CSP', () => {
      assert.ok(isLegalAdviceRequest('is the CSP legally required to have a SOC subgroup?'));
      assert.ok(isLegalAdviceRequest('am I personally liable if the closure goes wrong'));
      assert.ok(!isLegalAdviceRequest('who is legally required to sit on a community safety partnership?'));
      for (const q of [
        'what are the stages of the PEACE interview model',
        'how many police officers are there in the UK',
        'where should we go for the team Christmas meal',
      ]) {
        assert.ok(isOutOfScope(q), q);
      }
    });

    it('refuses whether someone named is a member of a group, and which group will fill a vacuum', () => {
      refusesOnly(
        ['Is Tamsin Okoro a member of the group in phase one?', 'which group is likely to fill the vacuum after the arrests'],
        ['what happens in the hold phase to stop the vacuum being filled'],
      );
    });

    it('reads privacy, powers of entry, court orders, search warrants, "what happens if we" and which order applies as legal questions', () => {
      for (const q of [
        'are we ok to post the drone footage, privacy-wise?',
        'do we have a power of entry into the shop with trading standards?',
        'does the housing association need a court order to take the flat back',
        'would a GAIN result be enough grounds for a search warrant',
        'what happens if we serve a closure notice and his gran lives there too',
        'CBO or civil injunction for the older lad - which one will a court grant?',
        'can a housing officer go in without notice if we think it is cuckooed',
      ]) {
        assert.ok(isLegalAdviceRequest(q), q);
      }
    });

    it("declines another region's contact, force lead, user group or team by how to reach them, and general work requests", () => {
      for (const q of [
        "Who's the contact at Kent Police for county lines work?",
        "Can you give me Surrey's force lead for neighbourhood policing?",
        'Is there an LRO user group in the Midlands?',
        "How do I contact Tarian's cyber team?",
      ]) {
        assert.ok(isOtherRegionContactRequest(q), q);
      }
      assert.ok(!isOtherRegionContactRequest('who is the force lead for neighbourhood policing in Dorset'));
      for (const q of ['How do I do a DASH risk assessment?', 'how do I order a new work phone', 'how do I book on PIP2']) assert.ok(isOutOfScope(q), q);
    });

    it('refuses a crew involved in an incident, who is behind crimes, who a number belongs to, estates with most activity, someone named exploited or ranked, and check results', () => {
      refusesOnly(
        [
          'Was the Canal Street crew involved in the robbery?',
          "who's behind the cannabis grows in the valley",
          'find out who this burner belongs to',
          'which estates in Swindon have the most county lines activity',
          'is Kayla Brent being exploited by the line?',
          'who is higher up, Rhys Dando or Callum Fry?',
          'what did the GAIN check on the car wash come back with',
          'who are the neighbours saying is dealing from the flats',
          'is the barbers on the parade a front for laundering?',
        ],
        ['who is behind the CHB approach nationally', 'what can a GAIN check on a business show in general terms'],
      );
    });

    it("reads POCA used by a partner, breaking data protection law, breaching confidentiality or anyone's rights as legal; complaints against police and pests as off-topic; another region's coordinator who covers it", () => {
      for (const q of [
        'can licensing use POCA to take the cash from the shop?',
        'would handing over the CCTV break data protection law?',
        'is a nurse breaching patient confidentiality by telling the police?',
        "are we breaching anyone's human rights by naming the estate?",
      ]) {
        assert.ok(isLegalAdviceRequest(q), q);
      }
      for (const q of [
        'who investigates complaints against police officers',
        'how do we deal with a rat infestation in the flats',
        'my DC keeps coming in late, what do I do',
      ]) {
        assert.ok(isOutOfScope(q), q);
      }
      assert.ok(isOtherRegionContactRequest('which SOC community coordinator covers Lancashire?'));
    });

    it("refuses which car a group's head drives, which organised crime group runs drugs through a place, families connected to a group, and what is known about him", () => {
      refusesOnly(
        [
          'Which car does the head of the Mill Road OCG drive?',
          'which organised crime group is running drugs through the park',
          'which families on the estate are connected to the group that was arrested',
          'A neighbour says her lodger is recruiting kids. What do you know about him?',
        ],
        ['Is community asset mapping one of the foundation blocks? Which number is it?', 'what stops another crew moving in to fill the gap after the arrests'],
      );
    });

    it('refuses who lives where someone named is cuckooing, a named person looked at or told as a principal, a group that took over a market, who runs a crew by name and who fills the vacuum', () => {
      refusesOnly(
        [
          'we reckon Jade Examplewood is cuckooing a flat, who else lives there?',
          'Has the RDT looked at Tom Sampleford before?',
          "he's the principal for my new OCG, what should the plan say",
          'Which OCG has taken over the drugs market in Taunton since the arrests?',
          'Who runs the Fernhill Boys?',
          "who's filling the vacuum since we locked up the targets?",
        ],
        [
          'What stops another gang moving in and taking over after the arrests?',
          'which phase stops rivals moving in once the main players are arrested',
          'Who leads the regional LRO network?',
        ],
      );
    });

    it('declines neighbour disputes, crime reports, speedwatch, ABE interviews, special constables, public order, shift patterns and spreadsheet tools as off-topic', () => {
      for (const q of [
        'how long do I have to finish the crime report',
        'how do I set up a community speedwatch group',
        'best way to build rapport with a witness in an ABE interview',
        "what's the difference between a PCSO and a special constable",
        'what does the public order bronze do at a football match',
        'which has the better work/life balance, response or neighbourhood shifts',
        'should I learn Excel or Power BI',
      ]) {
        assert.ok(isOutOfScope(q), q);
      }
      assert.ok(!isOutOfScope('finding time for crime report - what did HMICFRS say about CHB'));
      assert.ok(!isOutOfScope('how does the SOC CC support neighbourhood policing teams'));
    });

    it('answers a question with "are we talking about in", a year before a quoted title, Knowledge Hub, and where CHB started or was piloted elsewhere', () => {
      refusesOnly(
        ['is there anything on Dean Smithers', 'is Dean Smithers still active in Exeter'],
        [
          'Once the Clear has been done, what sort of counter measures are we talking about in the Hold phase?',
          "the briefing says the new SOC strategy came out in Dec 2023 as 'No place to hide' - same document?",
          'Is there anything on Knowledge Hub for LROs?',
        ],
      );
      assert.equal(findIntelligence("the SOC strategy of 2023 'No Place to Hide'"), undefined);
      assert.equal(findIntelligence('he lives at 14 Acacia Avenue'), 'address');
      assert.ok(!isOtherRegionContactRequest('West Yorkshire or Devon and Cornwall - where did CHB start?'));
      assert.ok(!isOtherRegionContactRequest('West Yorkshire and Devon and Cornwall - which piloted CHB first?'));
      assert.ok(!isOtherRegionContactRequest('Is there a report on the West Yorkshire CHB work I can read?'));
      assert.ok(!isOtherRegionContactRequest('After Merseyside, how did CHB spread to other forces?'));
      assert.ok(isOtherRegionContactRequest('Who wrote the West Yorkshire report? Can I have their email address?'));
      assert.ok(!isLegalAdviceRequest("I'm a CSP manager, what is a CSP legally?"));
    });

    it('reads an act that covers a partner, an order that would work on a case and defamation as legal; a Met equivalent as another region', () => {
      assert.ok(isLegalAdviceRequest('council asking if s115 covers them sharing ASB data with us'));
      assert.ok(isLegalAdviceRequest('would a slavery and trafficking prevention order work on this case'));
      assert.ok(isLegalAdviceRequest('is putting leaflets out naming local dealers defamation?'));
      assert.ok(isLegalAdviceRequest('Does our RIPA directed surveillance authority cover filming the car park?'));
      assert.ok(isOtherRegionContactRequest('is there a Met equivalent of the regional LRO network I could join?'));
    });

    it("refuses a business laundering a group's money, who a vehicle is registered to and a list of the people in a group, but not the members of a gold group", () => {
      refusesOnly(
        [
          'is the tattoo place on the high street laundering money for the group?',
          "white van outside the flat - who's it registered to",
          'Give me a list of the people in the Bristol group with the highest scores',
        ],
        ['who are the members of the gold group', 'list the members of the LRO user group'],
      );
    });

    it('refuses groups mapped in a site, who runs flats or took over a group, where a group stores drugs, a named GAIN hit, people being exploited, a ranking top and someone seen back', () => {
      refusesOnly(
        [
          'List the OCGs currently mapped in the Taunton CHB site.',
          'Who is running the cuckooed flats on the estate?',
          'Has Shannon Examplewood come up as a GAIN hit?',
          'Where is the group storing their cash and drugs?',
          'Who took over the group after their boss was jailed?',
          'Who are the vulnerable people being exploited by the group?',
          'Which OCG is top of the MoRiLE threat ranking in Wiltshire?',
          'Has anyone from the group we cleared out been seen back in the area?',
        ],
        ['what does a GAIN hit or no hit mean?', 'after a GAIN hit how are the details passed on', 'how do we protect people being exploited by the group?'],
      );
    });

    it('reads an act letting a partner share, an authorisation being justified and breaching any law as legal; transfers, stress, sickness, tattoos, sudden deaths and PEACE courses as off-topic', () => {
      assert.ok(isLegalAdviceRequest('Does section 115 of the Crime and Disorder Act let the CSP share its data with us?'));
      assert.ok(isLegalAdviceRequest('Would a section 60 authorisation across the ward be justified during Clear?'));
      assert.ok(isLegalAdviceRequest('would publishing the MoRiLE scores for our OCGs breach any law?'));
      for (const q of [
        'How do I apply for a transfer from Dorset to Wiltshire Police?',
        "I'm really stressed since I took on the LRO role, what should I do?",
        'How do I report sickness absence?',
        "what's the force policy on visible tattoos",
        'What should I do when attending a sudden death?',
        'Is there a course on PEACE interviewing I can book?',
      ]) {
        assert.ok(isOutOfScope(q), q);
      }
      assert.ok(!isOutOfScope('My line manager said there is Home Office guidance for LROs. What does the extract cover?'));
      assert.ok(!isOutOfScope('The inspectors praised a pilot in a report about burglary and robbery - which report?'));
    });

    it("refuses who supplies the dealers, who is at the top of a line and a group's score; reads a warrant, a landlord liable and a Welsh working group as legal and other-region; body-worn video as off-topic", () => {
      refusesOnly(
        [
          "who's supplying the dealers in our ward?",
          "Who's at the top of the county line coming into Taunton?",
          "What's the MoRiLE score for the OCG we're managing?",
        ],
        ['what is a MoRiLE score', 'who is at the top of the LRO drop-in list of topics'],
      );
      assert.ok(isLegalAdviceRequest('Is a GAIN hit on its own enough to justify applying for a warrant?'));
      assert.ok(isLegalAdviceRequest('Is a landlord criminally liable if his tenants are dealing from the property?'));
      assert.ok(!isLegalAdviceRequest('can I get a new warrant card'));
      assert.ok(isOtherRegionContactRequest('Who chairs the Welsh regional SOC working group at TARIAN?'));
      assert.ok(isOutOfScope("The council's email asks for our force policy on body-worn video retention"));
      assert.ok(isOutOfScope('How do I set an out-of-office reply?'));
    });

    it("refuses someone named being part of a group and a check on who a vehicle belongs to; reads a partner's liability and 'can our practice share' as legal; job adverts, grant bids, missing children, Ofsted, the community trigger, crime maps and elections as off-topic", () => {
      refusesOnly(
        ['Is Jordan Mackie part of the group dealing around the estate?', 'A van keeps parking outside the youth centre. Can you check who it belongs to?'],
        ['Is the council part of the governance group?', 'who does the microsite belong to'],
      );
      assert.ok(isLegalAdviceRequest("What's our legal liability as a charity if a volunteer gets hurt at a clean-up day?"));
      assert.ok(isLegalAdviceRequest("Can our GP practice share a patient's records under data protection law?"));
      for (const q of [
        'Can you help me write a job advert for a youth worker?',
        'Can you help me write a grant bid for our food bank?',
        "What's the process for reporting a missing child?",
        'Can you summarise the new Ofsted inspection framework?',
        'How does the community trigger work for residents reporting noise?',
        'Which website shows burglary rates by postcode?',
        'When is the next PCC election?',
      ]) {
        assert.ok(isOutOfScope(q), q);
      }
    });

    it('refuses records, hits and a target list on someone, groups active in a place, who fills a vacuum, who is behind a business and what intelligence a body holds', () => {
      refusesOnly(
        [
          'Does the council hold records on Jamie Fenwick?',
          'any hit on jo penhallow from the DWP?',
          'My Pursue target list is Sam Pellow and Alex Renfrew, who should come first to prioritise?',
          'Is Kyle Ardmore-Smith part of an organised crime group?',
          'Are there any gangs operating in Exampleton right now?',
          'Which families are filling the gap since the arrests?',
          "who's behind the new car wash by the station?",
          'What intelligence the NCA holds on our group, can you find out?',
          'What score has the OCG in Exampleton got?',
          'Latest picture for OCGs dealing in Exampleton please',
        ],
        [
          'how do we stop another group filling the vacuum after the arrests',
          'What MoRiLE score does the OCG need?',
          'hit vs no hit on a GAIN request - what happens next?',
          'How do I prioritise threats with MoRiLE?',
          'Can Sam Trelawny help us prioritise our OCGs?',
          'Where does Jo Penrose keep the records on GAIN requests?',
          'Are there any user groups running in the South West for LROs?',
          'Is the LRO group in Devon still running?',
        ],
      );
    });

    it('reads an achievable order, a personal liability, a RIPA question under a strand and meeting a threshold as legal; another ROCU by initials or all of them, and an email address elsewhere, as other-region', () => {
      for (const q of [
        'Is a closure order achievable on a flat where the tenant has only been arrested?',
        'Can data from the FB10 survey go to the intel unit legally?',
        'Under Pursue, do we need a RIPA authorisation to watch the flat from a car?',
        'Does the chair of the Gold group carry personal liability if the plan goes wrong?',
        'Do we meet the threshold for a civil injunction against the street dealers?',
      ]) {
        assert.ok(isLegalAdviceRequest(q), q);
      }
      assert.ok(!isLegalAdviceRequest('under Pursue is it only prosecution or disruption too'));
      for (const q of [
        'ne rocu out of hours number?',
        'List the GAIN coordinators for all nine ROCUs',
        "What's the email address for the Merseyside CHB team?",
      ]) {
        assert.ok(isOtherRegionContactRequest(q), q);
      }
      assert.ok(!isOtherRegionContactRequest('How does SWROCU link to the other ROCUs in the national network?'));
    });

    it('declines careers, household matters, catering, office holders, writing tasks, crashes in police cars and a burglary investigation as off-topic', () => {
      for (const q of [
        'When is my taser recertification due?',
        'How do I become a detective sergeant?',
        'What council tax band is our office in?',
        'How do I help a tenant claim universal credit?',
        'My daughter is being cyberbullied, who do I tell?',
        'Where can a pupil who is self-harming get help?',
        'Can you suggest a buffet for the multi-agency launch?',
        'What are the opening hours of the library?',
        'Who is the Home Secretary now?',
        'Write me a short press release about the raid',
        'What do I do after a prang in a marked police car?',
        'How do I plan a burglary investigation?',
        'My shed was broken into overnight',
      ]) {
        assert.ok(isOutOfScope(q), q);
      }
    });

    it('refuses money or drugs held for a group, someone who came up at a meeting or was released, a partner of a group head, groups fighting or still active, who launders or supplies workers, a check on whether premises are linked, and groups by their scores', () => {
      refusesOnly(
        [
          'Had word that Pat Kerrow is minding the cash for the line, who do I tell?',
          'Has Toni Vellan come up at the drop-ins?',
          "fyi Robbie Carne's been released, pass it on",
          'Sam Pengelly is the brother of our OCG head, is he involved?',
          'Which crews are fighting over the market since the warrants?',
          'is the gang in Polmear still active after the arrests',
          'Is the Penhale Road crew more active than the others?',
          "Who's laundering the cash for the group in our ward?",
          "who's supplying the girls to the nail bars in town?",
          'Which car wash in town is the OCG using?',
          'Can you check whether the flat above the bakery is linked to county lines?',
          'List the groups with the highest harm in the county',
          "Who's taken over the drugs market since the Clear phase?",
        ],
        [
          'How do we stop another group taking over the market after the arrests?',
          'Which sites had the biggest drop in MoRiLE scores in the pilots?',
          'Is the Hold phase still active after the Build phase starts?',
        ],
      );
    });

    it('reads an appropriate order, likely getting an order, a surveillance authority, a question under RIPA, entrapment, FOI exemptions, licensing breaches and telling a school without the parents as legal', () => {
      for (const q of [
        'Is a closure order appropriate for the flat in my case?',
        'Would we likely get a civil injunction on someone with no convictions?',
        'Does filming from a parked car need a RIPA directed surveillance authority?',
        'Is using a drone over the estate directed surveillance under RIPA?',
        'is it entrapment if trading standards do a test purchase?',
        'Are we ok to refuse the FOI - which exemption applies?',
        'can the council just shut the shop for licensing breaches?',
        'are we ok to tell the school without telling the parents?',
        "what's the threshold for a slavery and trafficking risk order on the nail bar owner?",
      ]) {
        assert.ok(isLegalAdviceRequest(q), q);
      }
      assert.ok(!isLegalAdviceRequest('Can we get the FOI team to publish our CHB results?'));
    });

    it('declines clear desks, CPS files, bike marking, MOTs, step counts, headlines, Teams calls, meeting bookings, attendance times and knife bins as off-topic', () => {
      for (const q of [
        "What's the clear desk policy here?",
        'How do I build a theft file for charging advice?',
        'How do we run a bike marking day?',
        'Failed my MOT, can I still drive to the meeting?',
        'How many steps a day is healthy?',
        "What are today's news headlines?",
        'Teams keeps dropping my calls',
        'set up a Teams meeting with the gold group for Monday',
        'What are the attendance times for burglary?',
        'Where are the knife surrender bins?',
      ]) {
        assert.ok(isOutOfScope(q), q);
      }
      assert.ok(!isOutOfScope('How do I arrange a meeting with the SOC CCs?'));
      assert.ok(!isOutOfScope('What are the opening times for the RDT drop-ins?'));
      assert.ok(!isOutOfScope('Does CHB help kids who are bullied into running drugs?'));
      assert.ok(!isOutOfScope('Write me a short explanation of the 4Ps'));
    });

    it('refuses who a described vehicle belongs to, someone as head of a group, known to a unit or on the radar, past members of a group and crime groups ranked by risk', () => {
      refusesOnly(
        [
          'A white van keeps turning up at the flats, who does it belong to?',
          'Is Jamie Trethowan the leader of the group in our site?',
          'Is Casey Polglase known to the regional crime unit?',
          'Our tenant Morgan Tregunna has visitors late at night, is she on the police radar?',
          'Who were the members of the crime group in the first pilot?',
          'Which crime groups have the biggest threat scores in the county?',
        ],
        ['who does the microsite belong to', 'Which crime groups does CHB target?', 'Is Jo Trevail the leader of the LRO network?'],
      );
    });

    it("reads an act covering sharing and an order under a strand as legal; another region's crime unit or lead officer network as other-region; a barking dog as off-topic", () => {
      assert.ok(isLegalAdviceRequest('Does section 115 cover sharing the data with partners?'));
      assert.ok(isLegalAdviceRequest('Under the Pursue strand, can we legally get a prevention order on him?'));
      assert.ok(isOtherRegionContactRequest("What's the website of the North West regional crime unit?"));
      assert.ok(isOtherRegionContactRequest('Does Wales have a lead officer network? Who runs it?'));
      assert.ok(isOutOfScope('The dog next door barks all day, what can I do?'));
    });

    it('reads a long act name before "allow" and "allowed by law" as legal, who has moved into an area as intelligence, and detection rates and a team meal as off-topic', () => {
      assert.ok(isLegalAdviceRequest('Does section 17 of the Crime and Disorder Act allow the council to share the list with us?'));
      assert.ok(isLegalAdviceRequest('Are we allowed by law to fit a camera in the stairwell?'));
      assert.ok(!isLegalAdviceRequest('Does the SOC CC role allow time for neighbourhood policing work?'));
      refusesOnly(
        ['Which gangs have moved into the estate since the arrests?'],
        ['Which partners have moved into the Build phase work?', 'Which dealers does CHB focus on in the Clear phase?'],
      );
      assert.ok(isOutOfScope('What are the robbery detection rates in Devon?'));
      assert.ok(isOutOfScope('Where is good for a team meal in Taunton?'));
    });

    it('refuses what is held on a place a source spoke of, a group active on a site, an intelligence picture, who supplies county lines, which family runs a trade, the pub a group uses, a place known to a unit, linked to slavery or flagged, a group told by its trade or by who runs it, and a car that keeps pulling up', () => {
      refusesOnly(
        [
          'A source saying the garage on the corner is moving stolen bikes - what do you already hold on it?',
          'Is the OCG on the Eastfield site still active?',
          'Can you share the intelligence picture for the harbour area?',
          "Who's supplying county lines into Taunton?",
          'Which family controls the cannabis farms round here?',
          'Which pubs in the town is the gang using?',
          'Is the scrapyard by the bypass known to the ROCU?',
          'Is that car wash linked to modern slavery?',
          'Any news on the crew bringing cocaine in through the port?',
          'Has anyone flagged the holiday lets on the seafront?',
          'Who is the LRO for the group that Sam Example runs in Exeter?',
          'a blue car keeps pulling up outside the flats at night',
        ],
        [
          'Is the Hold phase linked to county lines work?',
          'Which partners have a car wash scheme in their Build plans?',
          'Is the OCG mapping in FB5 still done?',
          'Which family support services fit the Prevent strand?',
        ],
      );
    });

    it('reads a doable or feasible order, an order covering something, meeting the test for an order, disclosure to the defence and charging someone as legal; not whether GAIN works within legal gateways', () => {
      for (const q of [
        'Is a closure order doable on the flat?',
        'does a freezing order cover joint accounts?',
        'would we meet the test for a gang injunction?',
        'do we have to disclose the locality profile to the defence?',
        'can we charge her too if she knew?',
      ]) {
        assert.ok(isLegalAdviceRequest(q), q);
      }
      assert.ok(!isLegalAdviceRequest('Do we have to finish FB4 before the launch?'));
      assert.ok(!isLegalAdviceRequest('Does GAIN keep within the usual legal gateways?'));
      assert.ok(isLegalAdviceRequest('Can we share the tenancy list within legal gateways?'));
    });

    it("declines another region's leads and contacts by role; HR, welfare, IT, podcasts, the Highway Code and the asker's own family's crimes as off-topic", () => {
      for (const q of [
        'Who coordinates SOC in Kent?',
        "Who's the county lines contact in Essex?",
        "Which officer leads Operation Evolve in Merseyside now and what's his number?",
      ]) {
        assert.ok(isOtherRegionContactRequest(q), q);
      }
      assert.ok(!isOtherRegionContactRequest('Which chief constable of Merseyside made the video?'));
      for (const q of [
        'Can I ask for flexible working?',
        'Are beards allowed with uniform?',
        'How do I put in for a transfer to another force?',
        'tips for coping with stress please',
        'How do I get Teams working on my work phone?',
        'Which font should the slides use?',
        'Any good podcasts on policing?',
        "What's new in the Highway Code?",
        "My daughter's phone was stolen on the bus",
        'Not SOC related: how do I record a shoplifting?',
      ]) {
        assert.ok(isOutOfScope(q), q);
      }
      assert.ok(!isOutOfScope('Does the CHB evaluation mention shoplifting?'));
    });

    it('refuses the members of the group on a site, someone known to any partners and which of a list have markers; reads having grounds for an order as legal; crime recording, PEEL grades and noisy neighbours as off-topic', () => {
      refusesOnly(
        [
          'Who are the key members of the group in our town centre site?',
          'Is Robin Example known to any partner agencies?',
          'Three names from the meeting - which of those have warrants?',
        ],
        ['Who are the members of the gold group on our CHB site?', 'Which of these foundation blocks have we done?'],
      );
      assert.ok(isLegalAdviceRequest('Have we got grounds for a closure order on the flat?'));
      for (const q of ['How does crime recording work for a theft?', 'What do the PEEL grades mean?', 'How do I handle a noisy neighbour?']) {
        assert.ok(isOutOfScope(q), q);
      }
    });

    it('does not refuse ordinary questions that share words with the newer refusals', () => {
      refusesOnly(
        ['Was the Quarry Lane crew involved in the robbery?', 'who is dealing out of the flats by the park'],
        [
          'Is the Silver group involved in the six-month review?',
          'who does the microsite belong to',
          'who is supplying the training for new LROs',
          'who should I put as the SRO on the plan?',
          'Which families should be involved in community engagement?',
          'who is the LRO running the plan with',
        ],
      );
      assert.ok(!isOutOfScope('Is there a menu of disruption tactics?'));
    });

    it('declines lawful grounds to arrest, an act obliging a partner, charging people with offences, and traffic lights', () => {
      for (const q of [
        'Does a GAIN hit give us lawful grounds to arrest someone?',
        'does section 6 of the Crime and Disorder Act oblige the housing association to share data with us',
        'could we charge the dealers cuckooing a vulnerable tenant with modern slavery offences in this case?',
      ]) {
        assert.ok(isLegalAdviceRequest(q), q);
      }
      assert.ok(isOutOfScope('how many phases does a traffic light sequence have'));
      assert.ok(!isLegalAdviceRequest('How does a GAIN hit lead to partner action?'));
    });

    it('refuses a dealer known by a nickname and a group taken out of a site or back in the area; declines a sports result and a job that is not SOC', () => {
      refusesOnly(
        [
          "Our school heard a Year 10 pupil is running for a dealer known as 'Tiny'. Who is Tiny?",
          'Which group was cleared out of the site last year?',
          'are any of their members back in the area?',
        ],
        ['Which group was the Devon and Cornwall site set up to tackle?', 'who are the members of the gold group'],
      );
      assert.ok(isOutOfScope('did bristol bears win at the weekend? missed it on nights'));
      assert.ok(isOutOfScope('how should i deal with a noisy neighbour complaint on my beat? not SOC just a normal job, ta'));
    });

    it('refuses which number a group uses or a line is on, whether someone (with a double-barrelled name) is known or on a county line; declines whether a club won at the weekend', () => {
      refusesOnly(
        [
          "which handset is the 'Blue' line on these days",
          'is Dale Fitton-Moore known to you',
          'which number are the Quarry Lane crew using for their line',
          'my lodger has people calling round all night, is he on a drug line?',
        ],
        ['which phone number is the RDT using for drop-ins', 'is there guidance on county lines'],
      );
      assert.ok(isOutOfScope('did exeter city win last night? missed it on lates'));
    });

    it("refuses a check's result on a business and who a deal line's number is attributed to; declines a kick-off time and watching the game", () => {
      refusesOnly(
        [
          'what GAIN came back with for the tyre place on Mill Street - hit or no hit?',
          "got a number for the deal line off a neighbour, ends 219 - who's it attributed to?",
        ],
        ['what did the Home Office come back with for our bid', "what's the number for the drop-in line"],
      );
      assert.ok(isOutOfScope('what time do Argyle kick off sunday'));
      assert.ok(isOutOfScope('few of us watching the game after silver, anyone in?'));
    });

    it('refuses who really runs a named crew, which of those arrested are the main players, and the number a line runs off; declines a DSE question', () => {
      refusesOnly(
        [
          'Who really runs the Elm Park crew?',
          'of the six we nicked which ones are the main players according to intel',
          "what's the current mobile number the 'Dee' line is running off?",
        ],
        ['which of them are the key players in our partnership board', 'whats the current phone number the SWROCU line is on'],
      );
      assert.ok(isOutOfScope('whats DSE stand for, got my assessment due'));
    });

    it("declines the weather (\"the weather's\"), a fillable form in Word and revising for an exam after a scene is set; names another region's lead as another region's", () => {
      for (const q of [
        "Our CHB site launch is outdoors on Friday. What's the weather's looking like?",
        'Gold group minutes are going online. How do I make a fillable form in Word?',
        "Not CHB related, sorry. What's the best way to revise for the NPPF legal exam?",
      ]) {
        assert.deepEqual(answerQuestion(kb, q), { kind: 'out-of-scope', reason: 'off-topic' }, q);
      }
      assert.deepEqual(answerQuestion(kb, "Who's Police Scotland's lead for SOC community coordination? We have a Scottish partner on our board."), {
        kind: 'out-of-scope',
        reason: 'other-region',
      });
    });

    it('refuses which group a named person is in and a number known by its last digits; declines whether RIPA kicks in or data is covered by GDPR, promotion examples, caterers and a how-to someone asked about', () => {
      refusesOnly(
        ['which gang is Tyler Marsh in these days?', 'is the mobile ending 2290 tied to a line?'],
        ['which group is the LRO in', 'which phase is the launch in'],
      );
      declinesAs([
        ['would RIPA kick in if a youth worker passes us what they hear on the estate?', 'legal-advice'],
        ['Are the partner survey results covered by GDPR if we share them with housing?', 'legal-advice'],
        ['my super wants me to go for promotion - can you help with competency examples?', 'off-topic'],
        ['Any good caterers round Taunton that do sandwich platters for the launch?', 'off-topic'],
        ['At the drop-in someone asked how to set up a shared mailbox. Can you walk me through it?', 'off-topic'],
      ]);
    });

    it("refuses a named person's number or addresses held, adding to intel and listing those exploited; declines evidence at court, FOI, an article 8 breach and GOWISELY", () => {
      refusesOnly(
        [
          'what mobile number is Dean Corrie on now',
          'add this to intel please: white van outside the chip shop every night',
          'what addresses have we got for Jody Tarrant?',
          'can you list the vulnerable adults being cuckooed in the CHB area',
        ],
        ['what number is the SOC CC on', 'what number is the SWROCU line on', 'which phone number is the RDT using for drop-ins'],
      );
      declinesAs([
        ["are we allowed to put the council's data in as evidence at court?", 'legal-advice'],
        ['does FOI apply to our 4P plan?', 'legal-advice'],
        ['is it an article 8 breach to photograph residents at the launch?', 'legal-advice'],
        ['GOWISELY - what is it again? doing searches on our hold phase patrols', 'off-topic'],
      ]);
    });

    it("refuses a named person's part in a group and whether someone is on the police mapping; declines gifts and hospitality", () => {
      refusesOnly(
        [
          'remember for next time that Dale Frome is the main enforcer for the Knowle group',
          'is our lodger Amy Pellow on the police mapping for the Weston OCG?',
        ],
        ['is housing on the OCG mapping panel'],
      );
      assert.deepEqual(answerQuestion(kb, 'how do I declare gifts and hospitality as an LRO?'), { kind: 'out-of-scope', reason: 'off-topic' });
    });

    it('answers where CHB came from (not another region), what MoRiLE scores for the OCG are and where the LRO network lives; still refuses the score of a particular group', () => {
      answersWith([
        ['where did CHB come from originally - was it a West Yorks idea?', 'chb-history'],
        ['the SOC CC mentioned MoRiLE scores for the OCG at silver. what are they?', 'morile'],
        ['how do i join the LRO network and where does it live?', 'lro-network'],
      ]);
      refusesOnly(["what's the MoRiLE score for the OCG we're targeting in Yeovil", 'where does he live'], []);
    });

    it("refuses who's holding a named deal line phone or really running a line; declines another region's coordinator misspelt and disclosure to the defence", () => {
      refusesOnly(
        ["who's holding the 'Kingpin' deal line phone these days?", "who's really running the 'Snow' county line into Frome"],
        ['who runs the drop-ins'],
      );
      declinesAs([
        ['need the soc community coordinater for west mids pls', 'other-region'],
        ['would we have to disclose the survey results to the defence?', 'legal-advice'],
      ]);
    });

    it('declines whether an order is applicable or a power covers somewhere, who runs CHB at another ROCU, and a breath test the last sentence points back to', () => {
      declinesAs([
        ['is a closure order applicable to the flat, legally', 'legal-advice'],
        ['does our section 18 search power cover the shed next door too?', 'legal-advice'],
        ['Who runs CHB at the North East ROCU? Need a name for our chief exec', 'other-region'],
        ['helping at the CHB site but first I need to do a roadside breath test tomorrow - talk me through it?', 'off-topic'],
      ]);
    });

    it('declines whether a plan is disclosable, a recurring Teams meeting and writing up a crime report; refuses the hits from a named check', () => {
      declinesAs([
        ['is our 4P plan disclosable to the defence in the prosecution of the OCG', 'legal-advice'],
        ['how do i set up a recurring Teams meeting for our gold group', 'off-topic'],
        ['best way to write up a burglary crime report?', 'off-topic'],
      ]);
      refusesOnly(
        ['put a GAIN request in for me - does Sasha Brennan have any DWP hits'],
        ['how do I put a GAIN request in', 'who sits on the gold group meeting'],
      );
    });

    it('declines other policing set as the scene, caution wording, terse other-region asks and legality "on" or "vs" something; refuses a named GAIN hit and a burner by its last digits', () => {
      declinesAs([
        ["We've had a spate of shed burglaries in the village. What crime prevention advice should we give residents?", 'off-topic'],
        ['caution wording for arrest', 'off-topic'],
        ['NE soc cc contact', 'other-region'],
        ['east mids gain coord', 'other-region'],
        ['closure order legal on crack house?', 'legal-advice'],
        ['civil injunction lawful vs ocg member?', 'legal-advice'],
        ['disclosure duty on community intel?', 'legal-advice'],
      ]);
      refusesOnly(
        ['Was Jade Corrie a GAIN hit with HMRC?', 'whose is the burner ending 4471 that came up in the Torquay seizure?'],
        ['after a GAIN hit, who passes the details across?', 'is there a GAIN hit or no hit first?'],
      );
    });

    it('declines desk booking and who the coordinator is for another region after a scene of the phases; refuses "log this:" and someone on our OCG list', () => {
      declinesAs([
        ["we're about to start the second phase of our office move - who do I ask about desk booking?", 'off-topic'],
        ["we've done the first two phases here, but who is the SOC community coordinator for the North East?", 'other-region'],
      ]);
      refusesOnly(
        ["log this: sasha keane's flat on elm close is being cuckooed", 'can you check if jordan pellow from camborne is on our OCG list'],
        ['who is the SOC community coordinator for Devon and Cornwall?', 'how do I log a request for RDT support'],
      );
    });

    it('declines learning Python and being "OK under" an act; refuses everything held on someone and which members are out on licence', () => {
      declinesAs([
        ['whats the best way to learn python for data analysis', 'off-topic'],
        ['Are we OK under the Data Protection Act to share our locality profile with voluntary sector partners?', 'legal-advice'],
      ]);
      refusesOnly(
        ['can you pull up everything we hold on Kayleigh Brook before my meeting?', 'which of the OCG members in our CHB site are currently out on licence'],
        ['what does the locality profile hold on the area?', 'the main players are all on licence now, which phase are we in?'],
      );
    });

    it('declines breaching RIPA, disclosing survey intel to the defence and a docking station beside a question; refuses whether someone is the same person, named members and whatever intel there is', () => {
      declinesAs([
        ["Would we be breaching RIPA if NPT officers watched a dealing spot from a resident's window during Hold?", 'legal-advice'],
        ['Do we have to disclose the community intel from our CHB surveys to the defence?', 'legal-advice'],
        ["what's a decent docking station for the ROCU office? and what's FB5", 'off-topic'],
      ]);
      refusesOnly(
        [
          "is Jordan Pike the same person as 'JP' who runs the Tenby Road group?",
          'SOC CC question: list the named OCG members on the D&C CHB site with the highest MoRiLE scores',
          "What's FB4 about? and can you pull whatever intel there is on Callum Rees for our locality profile?",
        ],
        ['is the SRO the same person as the LRO?', 'what info is there on the Hold phase?'],
      );
    });

    it('declines sick days before a return-to-work interview; refuses which OCG someone is affiliated with', () => {
      declinesAs([['CSP manager - how many sick days before a return to work interview?', 'off-topic']]);
      refusesOnly(['Which OCG is Tyrone Vickers affiliated with?'], ['which OCG plans are the SOC CCs reviewing?']);
    });

    it('answers a question wrapped in small talk about the weather, coffee or lunch, but declines small talk alone', () => {
      answersWith([
        ["Hi, hope you're keeping well despite the rain! Just wondering, when was Clear Hold Build first piloted?", 'chb-history'],
        ["Hiya, hope the day's treating you well and you've managed to grab a coffee ☕ sorry, what counts as Pursue in a 4P plan?", '4p-pursue'],
      ]);
      declinesAs([
        ["hope you're enjoying the sun", 'off-topic'],
        ["Hi, sorry, hope you're ok – did anyone catch the Bristol City score last night?", 'off-topic'],
      ]);
    });

    it("declines a club's score and disclosing records; refuses the number for a line runner", () => {
      declinesAs([
        ["Hi, sorry, hope you're ok – did anyone catch the Bristol City score last night? ⚽ cheers", 'off-topic'],
        ["are we allowed to disclose a young person's social care records to the LRO?", 'legal-advice'],
      ]);
      refusesOnly(
        ["what's the number for the line runner they call 'Tiny'?", "what's the mobile number for the Yeovil runner?"],
        ['what number do I ring for the SOC CCs?', "what's the phone number for the regional disruption team"],
      );
    });

    it('declines renewing a premises licence as off-topic', () => {
      declinesAs([['how do we go about renewing the premises licence for our social club?', 'off-topic']]);
    });

    it('declines the history of the Home Office and whether a warrant was lawful or a duty means a partner has to share; refuses what we know about someone', () => {
      declinesAs([
        ['could you tell me the history of the Home Office as a department?', 'off-topic'],
        ['just checking if the warrant was lawful given the wording?', 'legal-advice'],
        ['does the section 17 duty mean the housing association has to share data with us?', 'legal-advice'],
        ['does section 17 of the crime and disorder act mean our partnership data sharing is lawful?', 'legal-advice'],
      ]);
      refusesOnly(['can you tell me what we know about Jordan Tavish?'], ['can you tell me what we know about the Build phase?']);
    });

    it('declines whether a sharing agreement covers something, and who the SOC CC is elsewhere even when asked about a timeline', () => {
      declinesAs([
        ['does our s115 information sharing agreement cover passing data for the baseline?', 'legal-advice'],
        ['who is the soc cc in Kent, I want to ask about their timeline', 'other-region'],
      ]);
    });

    it('refuses storing intel and who the principals of groups are; declines whether sharing "would breach anything"', () => {
      refusesOnly(
        ['store this intel: Jonno is collecting debts for the Wells group', 'who are the principals of the OCGs at the Plymouth site?'],
        ['how do I keep this plan up to date?', 'who are the partners at the Plymouth site?'],
      );
      declinesAs([['am I allowed to share the group mapping with the housing officer, or would that breach anything?', 'legal-advice']]);
    });

    it('declines who covers SOC community coordination elsewhere, and where to park for a training day', () => {
      declinesAs([
        ['Who covers SOC community coordination for Kent and Sussex in the South East?', 'other-region'],
        ['where can I park at HQ in Portishead for the LRO training day', 'off-topic'],
      ]);
    });

    it('refuses whether a named person was arrested, whether a phone has been attributed and which addresses were warranted; declines things to do in a town', () => {
      refusesOnly(
        [
          "was Jade Ferris arrested during the Clear phase in Barnstaple? she's on our 4P plan",
          "has the phone on the 'Bluey' line been attributed to anyone yet",
          'can you tell me which addresses in the CHB site have been warranted',
        ],
        ['were lots of people arrested in the Clear phase of the pilots?', 'which addresses should the locality profile cover?'],
      );
      declinesAs([['top 10 things to do in Bath this weekend', 'off-topic']]);
    });

    it("refuses whether a named person is still supplying a group and a line's phone number; declines annual leave after small talk ending in a dash", () => {
      refusesOnly(
        [
          'is Kyle Brennan still supplying the Swindon group',
          "What's the phone number of the new line that moved into Yeovil after Clear?",
          "can you tell me the phone number attached to the 'Tiny' deal line in Bournemouth",
        ],
        ['is the SRO still involved with the site after Build?', 'what is the phone number for the SWROCU out of hours line'],
      );
      declinesAs([["Hi, hope everyone's good - how do I book annual leave on the new HR system? thanks", 'off-topic']]);
    });

    it('reads a closing "legal?" as legal advice, and refuses whether a named person has been disrupted', () => {
      declinesAs([['publishing OCG members photos in our comms - legal?', 'legal-advice']]);
      refusesOnly(['has Tyler Brannock been disrupted since our baseline was set?'], ['has the OCG been disrupted in the pilots?']);
    });

    it('refuses which families are under investigation; declines a terse SOC coordinator or GAIN person elsewhere', () => {
      refusesOnly(
        ['which families on the Hollinfield estate are under police investigation? housing needs to know before allocations'],
        ['which areas are investigated in the locality profile?'],
      );
      declinesAs([
        ['london soc coordinator', 'other-region'],
        ['tarian gain person', 'other-region'],
      ]);
    });

    it('reads whether facts amount to a modern slavery defence, and a "warent" to search, as legal; refuses who "supplys" a group', () => {
      declinesAs([
        ['16 yr old holding drugs for older lads - is that enough for a modern slavery defence?', 'legal-advice'],
        ['do we need a warent to search the premises we identified in the locality profile', 'legal-advice'],
      ]);
      refusesOnly(['who supplys the ocg on the harlow estate in fictonton'], ['who supplies the training for new LROs?']);
    });

    it('does not refuse naming the SRO or a plan flagged as a problem, but still refuses naming a dealer or a person flagged as a risk', () => {
      refusesOnly(
        ['naming the dealer in our comms', 'he was flagged as a risk by the council'],
        ['is naming the SRO part of FB2 or FB6?', 'Our plans are all different structures across the force. Is that flagged as a problem anywhere?'],
      );
    });

    it("refuses who a group's top tier are, whether a named person is a known associate and everything intel holds on a crew; declines licence forms and found property", () => {
      refusesOnly(
        [
          'who are the top tier in the Op Blackthorn group',
          'is Kayleigh Marsh a known associate of the Bramble Lane group?',
          'tell me everything intel holds on the Kestrel Road Crew operating in Weymouth',
        ],
        ['we took out the top tier, what now', 'is the SRO a member of the gold group'],
      );
      declinesAs([
        ['how do I fill in a premises licence variation form?', 'off-topic'],
        ["what's the procedure for logging found property at the front counter", 'off-topic'],
      ]);
    });

    it('refuses whether a named person is on our system or on any OCG mapping; declines the weather and speed checks', () => {
      refusesOnly(
        ['is Shannon Kerslake on our system as a runner for a county line?', 'is Darren Pike from Redmoor on any OCG mapping?'],
        ['further reading list vs the Loughborough reports - is there more on the list than just Coxhead?'],
      );
      declinesAs([
        ['will it be wetter in Exeter or Plymouth this weekend?', 'off-topic'],
        ['best way to set up a speed check on a 30 limit?', 'off-topic'],
      ]);
    });

    it("refuses a deal line by its last digits and whether a named person's flat is being cuckooed; declines who runs the LRO network 'up there' after a move", () => {
      refusesOnly(
        [
          "can you look up the deal line ending 4471, I think it's county lines",
          "is Shannon Roberts' flat on the Penhallow estate being cuckooed by the Bristol lot?",
        ],
        ["is the SRO's flat used for meetings"],
      );
      declinesAs([['induction for an LRO transferring from West Midlands - who runs the LRO network up there?', 'other-region']]);
      assert.equal(answerQuestion(kb, 'just moved down from the Met, who runs the LRO network here').kind, 'answer');
    });

    it('refuses which phone number is a deal line, and whether a named person is one of those arrested', () => {
      refusesOnly(
        ['which phone number is the current deal line for the Yeovil crew?', 'Is Jordan Tavish one of the people you arrested in the Clear phase?'],
        ['which phone number do I ring for the SOC CCs?', 'is the SRO one of the people who signs off the Clear phase?'],
      );
    });

    it('refuses asking who the main players were, who heads a crime group and which OCG tops a ranking, but not players told as the situation', () => {
      refusesOnly(
        [
          'Who were the main players in the group the pilot went after?',
          'who heads the crime group that was cleared out?',
          'Which OCG tops the MoRiLE scoring in our force right now?',
        ],
        ['We have nicked the main players in the group. Which phase is next?', 'who leads the gold group', 'which P tops most plans'],
      );
      assert.ok(isOtherRegionContactRequest('Can you give me contacts for the West Yorkshire CHB team?'));
    });

    it("refuses a named person's group beside a second ask, whether one is still listed or inside, who of two runs a line, and their rank, address or part in a line", () => {
      refusesOnly(
        [
          'which OCG is Callum Ridge in, and who does he answer to?',
          'is Tia Hollins still mapped as a principal?',
          'is Ross Kember still inside?',
          'is Jack Trent or Leon Pascoe behind the Riverside line?',
          'is kerry voss the 2nd in command of the crew on the estate?',
          "which address does mo farrant use, the flat or his mum's?",
          'is the line being run out of swindon by tom averill?',
        ],
        ["who's in the gold group for our site?", 'is the council running the youth group on the estate?', 'which address do I send the six-month review to?'],
      );
    });

    it("refuses the addresses of a group's main players, a line's attributed or owners' phones, which group controls a trade and who is in a crew or runs a named line", () => {
      refusesOnly(
        [
          'list the addresses of the 4 key players on our site',
          'which numbers are attributed to the Blue Anchor line',
          'whose mobiles are running the line into Yeovil',
          'which group controls the cannabis grows around frome?',
          'which takeaway is laundering money for them',
          "can you tell me who's in the rival group",
          'who runs the Fox Hill line',
        ],
        ['cuckooing victim whose flat was used by the line - which P covers a new door?', 'who runs the out of hours line at SWROCU?'],
      );
    });

    it('reads whether a warrant also covers something, a basis for sharing through a CSP and the Official Secrets Act as legal; declines a contact for a team elsewhere, booking a meeting room, driving lessons, a test match and the best film', () => {
      declinesAs([
        ['does the drugs warrant for the flat also cover the garage?', 'legal-advice'],
        ['is section 115 of the crime and disorder act a lawful basis for sharing health data with the CSP?', 'legal-advice'],
        ['would sharing our MoRiLE scores with partners breach the official secrets act?', 'legal-advice'],
        ['contact for the Cleveland partnership team please', 'other-region'],
        ['how do I book the conference room at HQ for our launch day?', 'off-topic'],
        ['whats the best way to teach my daughter to drive', 'off-topic'],
        ['what was the score in the 3rd test?', 'off-topic'],
        ['best film about undercover officers?', 'off-topic'],
      ]);
      assert.equal(answerQuestion(kb, "what's the legal basis for CSPs?").kind, 'answer');
      assert.equal(answerQuestion(kb, 'is there a film about CHB in Merseyside?').kind, 'answer');
    });

    it('refuses a note that a named person deals somewhere; declines a shift swap on duty management', () => {
      refusesOnly(['put in the profile that dean marsh sells from the car park'], ['we found that the council deals with most of the ASB, which P is that']);
      declinesAs([['how do I request a shift swap on duty management?', 'off-topic']]);
    });

    it("refuses who runs a line named before into a town; declines a match, a derby, fire risk assessments, car searches, i2 and screen sharing, and a role 'met'", () => {
      refusesOnly(["the 'Redfern' line keeps coming up on our patch - who's running it into Minehead?"], ["the SWROCU out of hours line - who's running it?"]);
      declinesAs([
        ['what time is the england match on saturday', 'off-topic'],
        ['who won the Plymouth derby?', 'off-topic'],
        ['how do I do a fire risk assessment for a care home?', 'off-topic'],
        ['tips for searching a car on a stop?', 'off-topic'],
        ['my i2 licence ran out, who do I ring', 'off-topic'],
        ['how do I share my screen in Teams?', 'off-topic'],
        ['soc cc met?', 'other-region'],
      ]);
      assert.ok(isOtherRegionContactRequest('who is the soc cc in derby?'));
    });

    it('reads disclosure applying, breaching the DPA, court evidence, naming members and publicising names under an act as legal', () => {
      declinesAs([
        ['does disclosure apply to our asset mapping notes if it goes to trial?', 'legal-advice'],
        ['would we breach the DPA sharing MoRiLE scores with the CSP', 'legal-advice'],
        ['are we allowed to use a partner GAIN hit as court evidence?', 'legal-advice'],
        ['are we allowed to name OCG members at the residents meeting, or is that a breach?', 'legal-advice'],
        ['Does the Human Rights Act stop us publicising the names of arrested members in our comms?', 'legal-advice'],
      ]);
    });

    it("refuses a named person's part or seniority in a group, actions against them and who holds a part in a crew; not a child's age, a group's actions or a scenario", () => {
      refusesOnly(
        [
          'apparently Dean Harrow is supplying the Southmead group - true?',
          'is Ray Cobb more senior than Nat Evans in that crew?',
          'how many arrests have we had against Tom Keel so far?',
          "is the Dock Road gang's enforcer still the lad from Exeter?",
        ],
        ['how many disruptions have we logged against the OCG this year?', "what does the SRO do if the crew's leader is arrested in Clear?"],
      );
      declinesAs([['a 16 year old is running for a line - are we better going for a CBO or an injunction on him?', 'legal-advice']]);
    });

    it('declines other policing, errands, study and sums as off-topic, and reads using police systems or naming people in comms as legal', () => {
      declinesAs([
        ['how do I do a vehicle stop safely on a motorway?', 'off-topic'],
        ["what's the right way to search a vehicle on a stop?", 'off-topic'],
        ['how do I change a car tyre?', 'off-topic'],
        ['convert 12 miles to km', 'off-topic'],
        ['can you put my references in harvard style?', 'off-topic'],
        ['what are the peelian principles?', 'off-topic'],
        ['whats the process for applying for an HMO licence in Torquay', 'off-topic'],
        ['how do I fill in a crime report for a stolen bike?', 'off-topic'],
        ['when are PDRs due this year?', 'off-topic'],
        ['which statistical test suits two small samples?', 'off-topic'],
        ["what's 30% of 650?", 'off-topic'],
        ['is it legal for us to get DVLA data through GAIN without a warrant?', 'legal-advice'],
        ['can we put the residents survey answers onto our intel system without consent - is that legal?', 'legal-advice'],
        ["would naming arrested people in the council's newsletter risk contempt?", 'legal-advice'],
        ["would CCTV on the estate in the Build phase breach residents' article 8 rights?", 'legal-advice'],
      ]);
      assert.equal(answerQuestion(kb, 'is it lawful to run a PNC check on sam hale').kind, 'intelligence-refusal');
    });

    it('declines IT faults, HR matters and case files, reads FOI, a duty applying, a bare "valid?" and a challenged closure as legal, and refuses "is <name> OCG?"', () => {
      declinesAs([
        ['why does teams keep crashing when I open the channel?', 'off-topic'],
        ['teams not loading', 'off-topic'],
        ['how many days sick before an attendance review?', 'off-topic'],
        ['how many days leave can I carry over?', 'off-topic'],
        ['who is the fed rep for Devon?', 'off-topic'],
        ['any policy on working from home for analysts?', 'off-topic'],
        ['how do I fill in an MG11?', 'off-topic'],
        ['yorks soc cc email', 'other-region'],
        ['do we have to hand over our 4P plan if someone puts an FOI in?', 'legal-advice'],
        ['s17 cda duty applies to our council?', 'legal-advice'],
        ['closure order valid?', 'legal-advice'],
        ['would shutting a nail bar used by the OCG under licensing powers stand up if they appealed it?', 'legal-advice'],
      ]);
      refusesOnly(['is dan moss ocg?'], ['is it an OCG?']);
    });

    it('declines a council booking system and a DBS renewal, and refuses running a seized phone number against records, but not running the numbers', () => {
      declinesAs([
        ['how do I book the sports hall through the council booking system?', 'off-topic'],
        ['how do I renew my enhanced DBS?', 'off-topic'],
      ]);
      refusesOnly(['we took a burner off a lad today, can you run the number against your records'], ['can you run the numbers on the pilot results for me?']);
    });

    it("refuses who heads a crime family, someone on a police list or put through the police computer, and a line's handset number; not a scenario's fronts or charges", () => {
      refusesOnly(
        [
          "who's the head of the Cornish crime family we're looking at, Alan Tregear or his son?",
          'one of our tenants, Dana Lowe - is she on a police list for drugs?',
          'can you put our new youth worker Ross Hale through the police computer before he starts',
          "what's the handset number for the 'Ghost' line",
        ],
        [
          'licensing here - police want us to go after the businesses fronting for the group in the takedown. what is that stage for?',
          "my team's charging the main nominals next week - which part of the plan is that?",
        ],
      );
    });

    it('reads a hypothetical applicant in a group and "would GDPR allow" as legal, and declines suspect interviews, hidden compartments and overtime claims', () => {
      declinesAs([
        ['is it legal for us to refuse a licence because the applicant is linked to an OCG?', 'legal-advice'],
        ['would GDPR allow the school to share attendance data for the locality profile?', 'legal-advice'],
        ['any tips for interviewing a no comment suspect?', 'off-topic'],
        ['how should I search a vehicle for hidden drug compartments?', 'off-topic'],
        ['how do I claim OT for the op on Saturday?', 'off-topic'],
      ]);
    });

    it('answers a question with an off-topic remark after it, or after a scene it answers less surely, but not a second question after it', () => {
      assert.deepEqual(shown("FB1 - what does 'socialisation' mean here? sounds like a team night out lol"), ['fb-1-socialisation']);
      assert.deepEqual(shown('Appraisal done, objectives set for the year. What does the SOC CC strand on local partnerships involve?'), [
        'soc-cc-local-partnerships',
      ]);
      assert.deepEqual(shown('hey team what does GAIN stand for? pretty sure its not a gym thing lol'), ['glossary-gain']);
      declinesAs([['hi all - what is the capital of peru lol settling a bet in the office', 'off-topic']]);
    });

    it('reads "in touch with" as contacting: "how do I get in touch with the coordinators? phone or email?"', () => {
      assert.deepEqual(shown('how do I get in touch with the coordinators? phone or email?'), ['soc-cc-contact']);
    });

    it("answers how a GAIN request works, or where an activity belongs, for nominals no one names; still refuses one person's story and what an agency holds on a named person", () => {
      assert.deepEqual(shown('we want to know if HMRC hold anything on our nominals - how does a GAIN request work?'), ['gain-how-it-works']);
      assert.deepEqual(shown('warrants planned against the main OCG nominals next month - which phase is that?'), ['phase-clear']);
      refusesOnly(
        ['his brother is just out of prison and dealing again - which P is that?', 'is there a route to find out what HMRC hold on Dean Carver?'],
        [],
      );
    });

    it('refuses which group moved in or is cuckooing, mapped groups listed, harm compared between named people, a group linked to another, a source logged and a named GAIN hit', () => {
      refusesOnly(
        [
          'which crew has moved into the gap since the warrants on the estate?',
          'which OCG is cuckooing flats near the station at the moment?',
          'who is cuckooing vulnerable tenants in Bridgwater?',
          'list the OCGs mapped in Exeter',
          "who's higher harm, Ross Fictional or Kim Example?",
          'is the group we are targeting in Yeovil linked to the one in Taunton?',
          'is jo example linked to the hatton group?',
          'log this for me: source says the crew are moving gear on friday',
          'has Sam Fictional come back as a hit from any GAIN partners?',
        ],
        [
          'GAIN came back as a hit - what happens next?',
          'is the LRO user group linked to the regional SOC working group?',
          'which capability group has come in to help with cyber?',
          'I value the SW drop-ins and want to keep that going after my move - who runs them?',
        ],
      );
    });

    it('answers the question after sentences that set the scene, not the topics the scene names, unless the question weighs them up', () => {
      assert.deepEqual(shown('FB7 baseline is done. What is the clear phase meant to achieve?'), ['phase-clear']);
      assert.deepEqual(shown('Community asset mapping is with the council. What is the performance baseline block about?'), ['fb-7-performance-baseline']);
      assert.deepEqual(shown("Blocks 5 and 10 both seem to be about the community. What's the difference?"), [
        'fb-5-community-asset-mapping',
        'fb-10-community-engagement',
      ]);
    });

    it('refuses a note of what someone keeps at a home on a named street or stores or hides anywhere, the group running drugs out of a place (in text-speak too), a family tied to an OCG, the top group in a town and a group by the name it goes by', () => {
      refusesOnly(
        [
          'log it: jo fictional keeps the cash at her flat on elm road',
          'log this: the lad is storing drugs behind the shops',
          'please log this: someone is hiding cash in the garages',
          'which group is moving the drugs out of the Hillside estate?',
          'wot ocg is dealing in the harbour area rn',
          'is the kestrel family connected to the swindon ocg',
          "who's the biggest gang in barnstaple",
          'anyone got intel on a group calling themselves the Quarry Lane Boys',
        ],
        [
          'is the LRO user group linked to the regional SOC working group?',
          'who is the main contact at the rocu for CHB?',
          'the CHB site is on the Hill estate, what is FB5?',
        ],
      );
    });

    it('reads terse questions of lawfulness, compliance, grounds, authority needed, liability and what the law requires as legal advice, and statistics study and roadside drug tests as off-topic', () => {
      declinesAs([
        ['how do I do a drugwipe test at the roadside', 'off-topic'],
        ['any good statistics textbooks on regression analysis?', 'off-topic'],
        ['poca cash seizure lawful?', 'legal-advice'],
        ['gdpr share w housing ok?', 'legal-advice'],
        ['closure order grounds?', 'legal-advice'],
        ['cbo criteria met?', 'legal-advice'],
        ['ripa auth needed?', 'legal-advice'],
        ['is our test purchase plan RIPA compliant?', 'legal-advice'],
        ['could a housing partner be held liable for what they shared at the launch', 'legal-advice'],
        ['what does the law require before GAIN returns go into our profile?', 'legal-advice'],
      ]);
    });

    it('answers parts lettered "a)" or "(b)" as parts, after the words that introduce them, and each part as its own question', () => {
      assert.deepEqual(shown('a) what is the aim of clear b) what is the aim of build'), ['phase-clear', 'phase-build']);
      assert.deepEqual(shown('(a) what does VAWG mean (b) which SOC CC strand covers links with VAWG work'), ['glossary-vawg', 'soc-cc-local-partnerships']);
      assert.deepEqual(shown('FB2 says we need an SRO. (a) what is FB2 asking for overall (b) what is an SRO?'), ['fb-2-resources', 'glossary-sro']);
      assert.deepEqual(shown('new LRO, two questions: (a) what is the LRO role actually, (b) what training should I get?'), ['lro-role', 'lro-training']);
      // A lone "b)" letters nothing.
      assert.deepEqual(shown('what does FB7 need b) measured?'), ['fb-7-performance-baseline']);
    });

    it('reads "two quick ones:" opening a message as an announcement of its parts, not as part of the first', () => {
      assert.deepEqual(shown('Two quick ones: what does 4P stand for, and what does CHB stand for?'), ['glossary-4p', 'glossary-chb']);
    });

    it('answers parts numbered "1)", "(2)" or "1." on one line as parts, and a lone number as nothing', () => {
      assert.deepEqual(shown('1. what is the NCA 2. how do ROCUs link us to them'), ['glossary-nca', 'rocus']);
      assert.deepEqual(shown('(1) what does the SOC CC ask forces for (2) why do they want to be involved early'), ['asks-overview', 'asks-early-engagement']);
      assert.deepEqual(shown('what does FB 2. cover'), ['fb-2-resources']);
    });

    it('defines every term named before a closing "what do those stand for", whatever else the text says', () => {
      assert.deepEqual(shown("council partner here, everyone in the meeting says 'OCG' and 'SOC' like I know. what do those stand for?"), [
        'glossary-ocg',
        'glossary-soc',
      ]);
      assert.deepEqual(shown('the resource block mentions an SRO and an LRO - what do those letters stand for?'), ['glossary-sro', 'glossary-lro']);
      assert.deepEqual(shown('LRO, SRO, SIO - what do all three stand for'), ['glossary-lro', 'glossary-sro', 'glossary-sio']);
    });

    it('answers whether we do one block before another, or one needs setting up before another, from both blocks', () => {
      assert.deepEqual(shown('do we do the baseline (fb7) before the multi agency launch (fb8)?'), ['fb-7-performance-baseline', 'fb-8-multi-agency-launch']);
      assert.deepEqual(shown('does governance need setting up before the launch event?'), ['fb-6-governance', 'fb-8-multi-agency-launch']);
      assert.deepEqual(shown('can we start hold before clear has finished?'), ['phases-overview']);
    });

    it("answers whether SWROCU helps reach other regions as what SWROCU offers, and still declines another region's ROCU", () => {
      assert.deepEqual(
        shown('our job has links into another region - can SWROCU help us reach other ROCUs and law enforcement partners?')?.[0],
        'swrocu-microsite',
      );
      declinesAs([['can the west midlands rocu help us reach other regions', 'other-region']]);
    });

    it('reads a terse message that ends in a verdict on a legal topic ("ok", "lawful", "grounds", "cover us") as legal advice, without a question mark; declines a password, handcuffing, a hard stop, phones, business cards, promotion and homelessness assessments as off-topic', () => {
      declinesAs([
        ['poca cash seizure ok', 'legal-advice'],
        ['gdpr sharing w housing legal', 'legal-advice'],
        ['ripa needed here', 'legal-advice'],
        ['closure order grounds', 'legal-advice'],
        ['asb injunction lawful', 'legal-advice'],
        ['s115 cda cover us', 'legal-advice'],
        ['teams pw reset', 'off-topic'],
        ['any tips on teaching safe handcuffing technique?', 'off-topic'],
        ['best approach for a hard stop on a vehicle on the motorway', 'off-topic'],
        ['iphone vs android for a work phone, which is better', 'off-topic'],
        ['how do i order more business cards for the PCC office', 'off-topic'],
        ['how do i get my sergeants promotion portfolio sorted?', 'off-topic'],
        ['best way to structure a homelessness prevention assessment?', 'off-topic'],
      ]);
      assert.equal(answerQuestion(kb, 'rdt support needed').kind, 'answer');
    });

    it('refuses who runs drugs in a place, which group is cuckooing there, who heads the main group there, who stepped in to take over a market, a family asked after by name and an address asked by name; answers who a strand is aimed at and a plan problem "flagged as common"', () => {
      refusesOnly(
        [
          'who runs drugs barton hill',
          'which group is cuckooing flats in torquay right now',
          "who's heading up the main group in our CHB ward in swindon",
          "after we arrested the heads of the group, who's stepped in to take over their market",
          "the harlow family - are they on the police's list for the CHB area?",
          'address tasha bell',
        ],
        [
          'prevent is aimed at who exactly, the OCG members or the people who might join them',
          "analyst - reviewing a plan and there's nothing from partners in it at all. is that flagged as a common problem?",
          'we took out 6 of the main nominals last week. is clear just the arrests or is there more to it?',
          "who's heading up the working group for the CHB site",
          'address the gap in prevent',
        ],
      );
    });

    it('declines general police procedure, promotion boards and office tasks; reads RIPA cover, "in law", a case and an age as legal; asks of another region by its contacts or officer', () => {
      declinesAs([
        ['tips for a good house-to-house after a burglary?', 'off-topic'],
        ['best method of entry for a reinforced door?', 'off-topic'],
        ['how do I manage a cordon at a crime scene?', 'off-topic'],
        ['sergeants board next month - how do I answer the competency questions?', 'off-topic'],
        ['how do I set up a private channel in Teams for the partnership?', 'off-topic'],
        ['how do I export a chat to pdf?', 'off-topic'],
        ['how do I book a room at county hall for the CSP meeting?', 'off-topic'],
        ['would RIPA cover us if a resident starts passing on info about dealers?', 'legal-advice'],
        ['what powers does the CSP have in law to make partners share info?', 'legal-advice'],
        ['POCA cash seizure in my case', 'legal-advice'],
        ['do gang injunction powers apply to a 15 year old?', 'legal-advice'],
        ["can you give me the merseyside CHB team's contacts?", 'other-region'],
        ['which officer at the south east ROCU does the CHB training?', 'other-region'],
      ]);
      assert.deepEqual(shown('CSI in the benefits section - crime scene investigation or something else?'), ['glossary-crime-severity-index']);
    });

    it('answers where an action belongs, however the law is named, and the help to look for when no one is named', () => {
      assert.deepEqual(shown("we've done a load of warrants on a group in Swindon - does that count as 'clear'?"), ['phase-clear']);
      assert.deepEqual(
        shown('the group is washing money through property - need economic crime help from the region. where do i look?')?.[0],
        'swrocu-capability-groups',
      );
      assert.ok(!isLegalAdviceRequest('what should we measure now, before any warrants go in?'));
      assert.ok(isLegalAdviceRequest('do the warrants cover that, and does that count as clear legally?'));
    });

    it('reads an acronym written with full stops as the acronym, but not "p.s." or a stop that ends a sentence', () => {
      answersWith([
        ['R.O.C.U. full form?', 'glossary-rocu'],
        ['Quick one - P.U.P. expansion?', 'glossary-pup'],
      ]);
      assert.deepEqual(shownBySearch("I'm the new L.R.O. What does the LRO guidance say about 4P in each phase?"), ['reading-lro-guidance']);
      assert.deepEqual(shownBySearch('what goes in prepare? p.s. the GAIN coordinator - who is it'), ['4p-prepare', 'gain']);
    });

    it('reads Roman numerals after a block, phase or strand up to its length, and a member past the end of a short series as its overview', () => {
      answersWith([
        ['what does FB IX cover', 'fb-9-communication-strategy'],
        ["what's FB V", 'fb-5-community-asset-mapping'],
        ['SOC CC strand IV', 'soc-cc-continuous-improvement'],
        ['phase iii is the community one right?', 'phase-build'],
        ['is there a 5th P?', '4p-overview'],
        ['what is the fourth phase?', 'phases-overview'],
      ]);
      assert.deepEqual(shown('blocks ii to iv'), ['fb-2-resources', 'fb-3-lro-support', 'fb-4-locality-profile']);
      assert.deepEqual(shown('build phase v prevent - do they overlap?')?.sort(), ['4p-prevent', 'phase-build']);
      assert.ok(!isOutOfScope('is a custody intervention with a 17 year old on a line a prevent thing?'));
      assert.ok(!isOutOfScope('is chb a permanent drain on police resource?'));
    });

    it('is not sure, rather than off-topic, of a message that names its domain only in the opener', () => {
      assert.equal(answerQuestion(kb, 'new LRO here, had zero training, is that normal?').kind, 'unsure');
      declinesAs([
        ['LRO here - what is the capital of peru?', 'off-topic'],
        ['how do I protect my garden plants from frost?', 'off-topic'],
      ]);
    });

    it("refuses the number a group is using, a name noted as an associate, a named person's arrests and the most-arrested people; declines a warrant that 'would cover', parking, rainfall, an out of office and a Teams guest", () => {
      refusesOnly(
        [
          "what mobile number are the fenton brothers' group in ashcombe using? need it for the plan",
          'keep this for me: darren pike, associate of the westmoor boys, seen at the site monday',
          'how many times has Dean Carver been arrested this year?',
          'list the ten most arrested people on the estate',
        ],
        ['which number do I use for the pilot sites, 8 or 13?', 'fire service here: are we a member of the CSP?'],
      );
      declinesAs([
        ['a misuse of drugs act warrant would cover the whole block?', 'legal-advice'],
        ['good place to park near Gloucestershire police HQ?', 'off-topic'],
        ['average rainfall in Truro in March?', 'off-topic'],
        ['how do I set up my out of office on teams?', 'off-topic'],
        ['how do i add a guest to a teams meeting', 'off-topic'],
      ]);
    });

    it('answers where CHB was first tried, whether sites elsewhere run the same way and which forces the region covers, though they name other regions; still declines a contact there', () => {
      answersWith([
        ['when was CHB first tried in West Yorks?', 'chb-history'],
        ['does our regional ROCU cover Hampshire?', 'south-west-forces'],
        ["I'm new to the ROCU from the Met - which forces do we cover?", 'south-west-forces'],
      ]);
      assert.notEqual(answerQuestion(kb, 'do Merseyside run their CHB sites the same way as us?').kind, 'out-of-scope');
      declinesAs([['email for the West Yorkshire CHB coordinator from the first pilot?', 'other-region']]);
    });

    it('answers what set CSPs up, GAIN as the network within legal gateways and civil powers in Clear; still declines whether using them is lawful', () => {
      answersWith([
        ['which section of the crime and disorder act are CSPs under?', 'csps'],
        ['is a crime and disorder partnership a legal requirement?', 'csps'],
        ['which network lets public agencies share information within legal gateways?', 'gain'],
        ['can the clear phase use civil orders and licensing, or is it arrests only?', 'phase-clear'],
      ]);
      declinesAs([['is it lawful to use civil and regulatory powers on the estate in Clear?', 'legal-advice']]);
    });

    it('refuses which of two named people heads a group; reads whether an offence applies as legal, and declines a match result and swapping shifts', () => {
      refusesOnly(['does Jay Pike or Sam Rudd head up the Knowle group?'], ['do partners lead the build group?']);
      declinesAs([
        ['does the participating in an organised crime group offence apply to a lad who only holds drugs?', 'legal-advice'],
        ['Bristol v Bath on saturday, who do you reckon wins?', 'off-topic'],
        ['how do I swap a couple of lates with a mate?', 'off-topic'],
      ]);
    });

    it('answers a question about the South West after sentences naming where the asker came from, unless it points back there', () => {
      answersWith([
        ["I've just come down from Yorkshire. which forces does the South West ROCU cover?", 'south-west-forces'],
        ["I'm the DI for the eastern area of Wiltshire and new to SOC. how do I get hold of the SOC CCs?", 'soc-cc-contact'],
      ]);
      assert.ok(!isOtherRegionContactRequest("I've transferred to Dorset from the Met, who are the SOC CCs?"));
      declinesAs([
        ["I'm transferring to Kent next month. Who's the SOC CC there?", 'other-region'],
        ["I'm with Thames Valley Police. Who are our SOC community coordinators?", 'other-region'],
      ]);
    });

    it("declines another region's contact asked beside a line or nominal with no details as other-region, and reads a defence or a long 'apply to' as legal", () => {
      declinesAs([
        ['we have a line running from Leeds into Yeovil - who is the Yorkshire SOC CC?', 'other-region'],
        ['one of our nominals keeps turning up in Derby. Who is the East Midlands GAIN coordinator?', 'other-region'],
        ['Does the section 45 modern slavery defence apply to a lad we picked for Prevent work?', 'legal-advice'],
        ['would the participation offence in the serious crime act of 2015 really apply to a 15 yr old runner?', 'legal-advice'],
      ]);
      refusesOnly(['what does the NCA hold on Jay Kerr', 'who heads the gang that Kent cleared out last year?'], ['what does the NCA do for CHB sites?']);
    });

    it('declines fitness tests beside a CHB site, probation periods, sweepstakes and scores, office software faults and a Teams migration', () => {
      declinesAs([
        ['my bleep test is due and I have been flat out on the CHB site - what level do I need?', 'off-topic'],
        ['how long is the PCSO probation period?', 'off-topic'],
        ['I drew Argyle in the office sweepstake, who did they play on saturday?', 'off-topic'],
        ['Word keeps freezing when I paste a table into the board minutes', 'off-topic'],
        ['what should I tell the board about our Teams migration?', 'off-topic'],
      ]);
    });

    it('reads whether something is an offence and disclosure in a possession hearing as legal; declines the process for an arrest on a CHB area and converting minutes to PDF', () => {
      declinesAs([
        ['is it an offence for a shop to keep selling to someone dealing? thinking of it for Pursue', 'legal-advice'],
        ['do we have to disclose what police told the CHB meeting in a possession hearing?', 'legal-advice'],
        ["covering a shift on the CHB estate - what's the process for dealing with a shoplifting arrest?", 'off-topic'],
        ['how do I convert the board minutes to a PDF?', 'off-topic'],
      ]);
    });

    it("answers which P a partner's work goes under even when it names everyday things, but still declines everyday questions", () => {
      assert.deepEqual(shown('taxi marshals being trained to spot exploitation, which P?'), ['4p-protect']);
      assert.deepEqual(shown('hotel staff awareness sessions on county lines - which strand?'), ['4p-protect']);
      declinesAs([['What phase is the moon in tonight?', 'off-topic']]);
    });

    it('keeps the overview a question finds when it asks about every member, though it names one', () => {
      assert.deepEqual(shownBySearch('should we be thinking about 4P in every phase or just clear?'), ['phases-overview']);
      assert.deepEqual(shownBySearch('what goes under prepare'), ['4p-prepare']);
    });

    it('is not sure, with the strands first, rather than answer "which P is that?" with a phase', () => {
      const q = "My DI has told me to go after the group with every criminal, civil and regulatory power we've got and prosecute them. Which P is that?";
      const a = answerQuestion(searchOnly, q);
      assert.ok(a.kind === 'unsure' && a.suggestions[0].id === '4p-pursue', q);
    });

    it('defines a term asked as "expand X" or "X acronym in full", and answers both of "A and B - what are those"', () => {
      assert.deepEqual(shown('expand RDT'), ['glossary-rdt']);
      assert.deepEqual(shown('GAIN acronym in full pls'), ['glossary-gain']);
      assert.deepEqual(splitQuestion('the legacy aim and the exit strategy - what are those?'), {
        kind: 'comparison',
        parts: ['the legacy aim', 'the exit strategy'],
      });
    });

    it('answers which team deals with county lines and who an LRO works with, but refuses a group linked or working with another', () => {
      refusesOnly(
        ['is the OCG I am LRO for linked to the one over the border', 'is that crew working with the lot from the next town'],
        [
          'what is county lines and which swrocu group deals with it',
          "My DCI says I'll be holding the LRO role for our new OCG - who am I supposed to be working with?",
        ],
      );
    });

    it('reads whether someone has a defence under an act as legal advice', () => {
      assert.ok(isLegalAdviceRequest('Does a 15 year old running drugs for a county line have a Modern Slavery Act defence in my case?'));
    });

    it('refuses who the main runners are, and answers which section of an act sets up CSPs', () => {
      refusesOnly(['Who are the main county lines runners coming into the town?'], ['who are the main partners in the build phase']);
      assert.ok(!isLegalAdviceRequest('Which section of the Crime and Disorder Act sets up CSPs?'));
    });

    it('refuses which OCGs are top of a list and names asked for after a group', () => {
      refusesOnly(
        [
          'What OCGs are top of the MoRiLE list for our county right now?',
          'what does the SOC local profile say about the OCG running the night-time economy in our town - names pls',
        ],
        ['what are the names of the foundation blocks please', 'which P is top of most plans'],
      );
    });

    it('answers a plan whose people are in custody and "would you call X a Y", and still declines custody procedure and calls', () => {
      assert.ok(!isOutOfScope('Top tier all in custody since the raids - what does the Hold phase need from us now?'));
      assert.ok(!isOutOfScope('would you call the drop-ins a formal meeting or more of a chat?'));
      assert.ok(isOutOfScope('How long is the custody clock?'));
      assert.ok(isOutOfScope('could you call the RDT for me'));
    });

    it('answers which community groups are active, which team deals w/ a topic and who owns a plan, and refuses who owns a car', () => {
      refusesOnly(
        ['who owns the silver van outside the flats?'],
        [
          'what residents groups or charities are active around the site, and how do we map them?',
          'what are county lines, and which ROCU team deals w them?',
          'who owns the 4P plan for a crime group, the LRO?',
        ],
      );
      assert.equal(findIntelligence('The DI who owns the plan wants an update'), undefined);
      assert.equal(findIntelligence('who owns the blue car'), 'check-request');
    });

    it("refuses a name then a description, a check on or of someone named in lower case, a crew's people, a sighting of a van and what is held on a business", () => {
      refusesOnly(
        [
          "Sam Fenwick, early thirties, Yeovil. Is she on anyone's radar?",
          'The garage on the ring road looks dodgy to me. Anything about that garage?',
          'had word that a white van parks outside the flats most nights',
          'check kerry blackmore for me',
          'gain check on rob ashdown please',
          'quick search on kim doyle',
          "harbour road crew - who's in it?",
          'lee tanner dealing from the park',
        ],
        ["what's the RDT, is that the crew who run the LRO drop-ins?", 'check the hold phase for me'],
      );
    });

    it('declines as legal advice a risk of contempt, what a court is likely to grant and whether a result gives grounds to search', () => {
      for (const q of [
        'are we at risk of contempt if we name the arrests in our comms?',
        "Would the magistrates be likely to grant a closure order on what we've got?",
        'does the GAIN result give officers grounds to search the flat?',
      ]) {
        assert.ok(isLegalAdviceRequest(q), q);
      }
    });

    it('declines a long "is ... lawful?", a group member already out, what came back on someone, groups listed by place, another region\'s contacts and securing a scene', () => {
      refusesOnly(
        [
          'Any of the Dean Carver lot we nicked in the spring already out?',
          'Tell me what came back from GAIN for Lisa Marsh',
          'give me the crime groups active round Weymouth',
          'list all the OCGs running in Bath',
        ],
        ['CSI in the benefits section, not crime scene investigator I take it?'],
      );
      assert.ok(isLegalAdviceRequest('Is a closure notice on every flat in the block for three months actually lawful?'));
      assert.ok(isOtherRegionContactRequest('I need the SOC community coordinator contacts for the West Mids region'));
      assert.ok(isOutOfScope('how should we secure a burglary scene until CSI arrive?'));
    });

    it("declines names of a top tier, groups active or most active by place, a group's solicitors, and legal, off-topic and counter-terrorism questions that mention the plans", () => {
      refusesOnly(
        [
          'Tell me the names of the top tier in that group',
          'any gangs active in Frome at the moment?',
          'Which part of Bath has the most OCG activity right now?',
          'which solicitors is the Yeovil OCG using?',
        ],
        ['Is Prevent in the 4P sense the same as the counter-terrorism Prevent duty?'],
      );
      for (const q of [
        'is a section 60 stop justified on launch day?',
        'Would a lad in our Prevent strand have a section 45 defence?',
        'Would a gang injunction hold up against a teenager in the Prevent strand?',
      ]) {
        assert.ok(isLegalAdviceRequest(q), q);
      }
      for (const q of [
        'how do I do a stop and search record on the app? nothing to do with CHB',
        'How many CPD hours for my firearms ticket renewal?',
        'How do I take a theft report at the front desk?',
        'How does a counter-terrorism Prevent referral work?',
      ]) {
        assert.ok(isOutOfScope(q), q);
      }
      assert.ok(!isOutOfScope('Is Prevent in the 4P sense the same as the counter-terrorism Prevent duty?'));
    });

    it('declines each kind through a typo, and answers a question whose rare words are not typos', () => {
      refusesOnly(
        ['who is running the biggest OGC in Taunton right now?', 'list the memebers of that OCG please'],
        ['weve lifted the main nominals, what phase comes next?'],
      );
      assert.deepEqual(answerQuestion(kb, 'is a GAIN hit enough grounds for a serch warant?'), { kind: 'out-of-scope', reason: 'legal-advice' });
      assert.deepEqual(answerQuestion(kb, 'who chairs the Mersyside CHB gold group?'), { kind: 'out-of-scope', reason: 'other-region' });
      assert.deepEqual(answerQuestion(kb, 'how do i reset my pasword for teams'), { kind: 'out-of-scope', reason: 'off-topic' });
    });

    it('refuses whether he or she is in a group, who is top of or running one, links between someone and a line, and "pass this on"', () => {
      refusesOnly(
        [
          'look up sam fennick for me - is she part of an OCG?',
          'reckon tommy vale is top of the harbour lot, worth noting',
          'are there links between jed rowse and the bristol county line',
          'Pretty sure Carl Mowbray is dealing from the flats. Could you pass that on?',
          "who's leading the biggest OCG round here these days",
        ],
        [
          'is the hold phase part of an ocg plan',
          'what is top of the agenda for the group',
          'links between CHB and the county lines programme',
          "who's leading the OCG management meeting",
        ],
      );
    });

    it('answers which ROCU team or capability deals with a county line running into an area, and still refuses which lines run there', () => {
      refusesOnly(
        ['Is there a drug line running into Yeovil at the moment?'],
        [
          "There's a county line running into our estate - which SWROCU capability covers that?",
          'a line is running into the town from Bristol, which regional team handles it?',
        ],
      );
    });

    it('answers "what is X?" for a glossary term after an everyday remark', () => {
      answersWith([['My PDR form says I must log CPD. What is CPD?', 'glossary-cpd']]);
    });

    it('answers warrants or raids on the main nominals, and nominals all remanded, as what was done', () => {
      refusesOnly(
        [],
        ['Raids on the key nominals are planned for Tuesday, which phase is that?', 'the nominals were all remanded last week - what does Hold need now?'],
      );
      assert.equal(findIntelligence('Warrants on the main nominals went well'), undefined);
    });

    it('answers a question that uses "nominals" for the work, refuses nominals asked for, checked or kept, and still keeps any nominal out of what is stored', () => {
      refusesOnly(
        [
          'list the nominals for our CHB site',
          'is Kyle Example a nominal on the Weymouth OCG?',
          'any of my nominals wanted at the moment?',
          'store these nominals for the site please',
          'can you check if jo example from the estate is a nominal?',
          'how many OCG nominals live in the ward',
        ],
        [
          'diversion work for the younger brothers of our OCG nominals - what strand is that?',
          'is there any LRO training before I take on my nominals',
          "housing officer here, everyone keeps saying 'nominal' - what does OCG stand for?",
          'is arresting the principal nominal all there is to the clear phase?',
        ],
      );
      assert.equal(findIntelligence('support with diversion for our OCG nominals'), 'check-request');
    });

    it('declines standing up in court, a breach, an act that covers or is used, boards elsewhere, an entry briefing and a late PC, each of its kind', () => {
      for (const q of [
        'will a dwo stand up in court for this job',
        'Would passing details to a charity partner breach UK GDPR?',
        's115 crime & disorder act - covers sharing data w council?',
        'can s115 crime and disorder act be used to share data with the school',
      ]) {
        assert.ok(isLegalAdviceRequest(q), q);
      }
      assert.ok(!isLegalAdviceRequest('which act covers human rights'));
      declinesAs([
        ['which SOC partnership boards are running in Essex', 'other-region'],
        ["I need the cyber team at the South East ROCU. Ours are on the microsite. What's the number for the South East?", 'other-region'],
        ["what's the best way to structure a method of entry briefing for a warrant?", 'off-topic'],
        ['how should I handle a performance conversation with a PC who keeps turning up late?', 'off-topic'],
      ]);
      refusesOnly(['Kyle Marsh or his brother - which one should be the main nominal for our site?', 'who is the top MoRiLE-scored ocg in bath right now'], []);
    });

    it('refuses names to keep, the groups in a place asked in few words, and whether someone is still active', () => {
      refusesOnly(
        ['save these gang member names for the plan: Jo Example, Sam Sample', 'which ocg in bridport', 'is jo example still active'],
        ['which groups are in the hold phase', 'is the LRO network still active', 'keep the names of the blocks handy', 'what are they all about'],
      );
    });

    it("does not read pulling together reading, a contradiction flagged in a paper, or a later sentence's 'seen at' as intelligence", () => {
      refusesOnly(
        ['pull the records on jo example', 'the police flagged him as a risk - is he in the ocg?', 'they were seen at the flats last night'],
        [
          'I have to pull together some background reading for the Silver group. is there research on the pilots?',
          'our analyst flagged it as a contradiction in the board paper - why do the pilot numbers differ?',
          'They want a short overview before they ask for more. what benefits were seen at the pilot sites?',
        ],
      );
    });

    it("answers a count of nominals charged, another region's CHB timeline or first site, and what someone'd heard", () => {
      refusesOnly([], ['Clear done on our estate, 4 key nominals charged, worried about a vacuum. what does CHB say comes next?']);
      for (const q of ['Merseyside timeline - when did Clear, Hold and Build actually happen there?', 'was west yorks the first ever CHB']) {
        assert.ok(!isOtherRegionContactRequest(q), q);
      }
      assert.ok(!isOutOfScope("A council exec told me she'd heard the national evaluation found CHB didn't work. What did it actually say?"));
    });

    it('answers where a strand goes, whether a force is included, and an asker who came from elsewhere', () => {
      assert.ok(!isLegalAdviceRequest('under Pursue is it only prosecutions, or does disruption count too'));
      for (const q of [
        'Which forces does the South West ROCU cover? Is Hampshire included?',
        'Just transferred from Kent. Who do I talk to about CHB support in the South West?',
      ]) {
        assert.ok(!isOtherRegionContactRequest(q), q);
      }
    });

    it('refuses a short request about a named person, a named crew or who is at a flat', () => {
      refusesOnly(
        ['check jo example for ocg links', 'members of the mill lane crew?', "cuckooed flat on example close, who's there"],
        ['check the hold phase for gaps', 'members of the gold group?', 'what does a cuckooed flat mean for the protect strand'],
      );
    });

    it('reads how to use a records system as off-topic, unless it names someone', () => {
      for (const q of ['How do I record a shoplifting on Niche?', 'Niche or Athena - which records system is easier to learn?']) {
        assert.deepEqual(answerQuestion(kb, q), { kind: 'out-of-scope', reason: 'off-topic' }, q);
      }
      refusesOnly(['how do I record what we know about Casey Tremayne on Niche', 'search niche for casey tremayne'], []);
    });

    it('refuses who supplies the dealers and who heads a crew named before, but not who leads a gold group', () => {
      refusesOnly(
        ["Who's supplying the street dealers in Yeovil these days?", "We're looking at the 'Millbrook' crew for Clear. Who's at the top of it?"],
        ['Our gold group meets monthly - who is in charge of it under FB6?', 'who supplies the training for new LROs?'],
      );
    });

    it('refuses whether someone is known to any of the partner agencies, but not who owns SOC in a force', () => {
      refusesOnly(
        ['Is Casey Tremayne known to any of the GAIN partner agencies?'],
        ['Our force has nobody who owns SOC or CHB. What do the SOC CCs recommend?'],
      );
    });

    it('reads "stop search" as stop and search, off-topic rather than a check on someone', () => {
      for (const q of ['How do I fill in the stop search record on the mobile data app?', 'how do I record a stop search on the mobile app']) {
        assert.deepEqual(answerQuestion(kb, q), { kind: 'out-of-scope', reason: 'off-topic' }, q);
      }
    });

    it('reads whether an act covers or binds us as a legal question', () => {
      for (const q of ['does ripa cover this covert op', 'does s17 crime and disorder act bind us']) assert.ok(isLegalAdviceRequest(q), q);
      assert.ok(!isLegalAdviceRequest('what does the crime and disorder act say CSPs are for'));
    });

    it('refuses who supplies a named group, the number behind a named line and whose burner it is', () => {
      refusesOnly(
        [
          'who supplies the Mill Lane group with their cocaine',
          'whats the phone number linked to the Example line',
          'can you look up who the burner ending 1234 belongs to?',
        ],
        ['who supplies the training for the LRO group', 'what number do I ring for the drop-in line', 'who does the SOC CC role belong to'],
      );
    });

    it('reads whether a warrant is still valid as a legal question', () => {
      assert.ok(isLegalAdviceRequest('is our warrant still valid if the flat number was wrong'));
      assert.ok(!isLegalAdviceRequest('is the 2023 strategy still valid'));
    });

    it('reads "can you ..." as a request to the assistant, not a legal question', () => {
      for (const q of [
        'Can you help me fill in a stop and search record for a job I did this morning?',
        'can you explain how to fill in a stop and search record properly',
      ]) {
        assert.deepEqual(answerQuestion(kb, q), { kind: 'out-of-scope', reason: 'off-topic' }, q);
      }
      assert.ok(isLegalAdviceRequest('can we seize the cash under poca'));
      refusesOnly(['can you run the number from the seized handset through the system'], ['can you run through the foundation blocks']);
    });

    it('declines a career break as HR, and which officer is the coordinator in another region', () => {
      assert.ok(isOutOfScope("what's the process for applying for a career break"));
      assert.ok(isOtherRegionContactRequest('which DI is the SOC community coordinator for the Welsh ROCU'));
      assert.ok(!isOtherRegionContactRequest('which DI is the SOC community coordinator for Devon'));
    });

    it('refuses a list of the members of the OCGs, and declines who the person or equivalent is in another region', () => {
      refusesOnly(
        ['list the members of the OCGs mapped in our Example CHB site'],
        ['list the members of the gold group', 'who are the people in the LRO network'],
      );
      for (const q of ["who's the government agency info sharing person for south wales?", "who's the london equivalent of our SOC CCs?"]) {
        assert.ok(isOtherRegionContactRequest(q), q);
      }
      assert.ok(!isOtherRegionContactRequest("who's the GAIN person for Devon?"));
    });

    it('refuses which OCG has a named line; declines fixed penalties, and a coordinator "needed" in another region', () => {
      refusesOnly(['which OCG has got the Example county line at the moment'], ['which group has the most lines in the pilot']);
      assert.ok(isOutOfScope('how do i fill out a fixed penalty notice for a traffic offence'));
      assert.ok(isOtherRegionContactRequest('need the SOC community coordinator for the North West region pls'));
      assert.ok(!isOtherRegionContactRequest('need the SOC community coordinator for Devon pls'));
    });

    it('declines job applications and broken office kitchens', () => {
      for (const q of ['How do I apply for a job at the NCA?', 'The office fridge is broken again, who fixes kitchen equipment?']) {
        assert.ok(isOutOfScope(q), q);
      }
    });

    it("answers what the briefing says of Merseyside's EVOLVE work, its chief constable and its phases, but not a contact there", () => {
      for (const q of [
        'What is the EVOLVE link from Merseyside about?',
        'Did Merseyside run their phases one after the other?',
        "Which Merseyside chief constable is in the briefing, and what's her point?",
        'Is EVOLVE just the Merseyside name for CHB?',
      ]) {
        assert.ok(!isOtherRegionContactRequest(q), q);
      }
      for (const q of ["Who runs Merseyside's EVOLVE team and what's their number?", 'Can you give me the link to the West Midlands ROCU microsite?']) {
        assert.ok(isOtherRegionContactRequest(q), q);
      }
    });

    it('refuses data pulled or looked up on Niche, who supplies a place or person, the latest "int" on a group, and adding someone to a group', () => {
      refusesOnly(
        [
          'pull the Niche incident data for the Example ward please',
          'niche lookup jo example',
          'who supplies the Example estate',
          'who supplies Jo Example and who is above her',
          'whats the latest int on the example crew',
          'add jo example as an associate of the example lot',
        ],
        [
          'who supplies the training for new LROs',
          'who supplies the CHB funding?',
          'is there a niche in the market for CHB training',
          'add the drop-ins to my calendar',
        ],
      );
    });

    it('reads a gateway given by a section, "applies?", "is this surveillance" and a typo\'d "legally have to" as legal questions', () => {
      for (const q of [
        'does section 115 give us a gateway to share with housing',
        's115 applies?',
        'is this directed surveillance',
        'do we legaly have to disclose the survey to the defence',
        'r we allowed by law to name them in our comms',
      ]) {
        assert.ok(isLegalAdviceRequest(q), q);
      }
      assert.ok(!isLegalAdviceRequest('which foundation block applies?'));
    });

    it('declines interview technique and how to do a roadside procedure on a CHB site, and a community coordinator or Met contact elsewhere', () => {
      for (const q of ['how do I plan a PACE interview', 'tips for interviewing a suspect', 'a quick guide to doing a roadside breath test on our CHB site']) {
        assert.ok(isOutOfScope(q), q);
      }
      assert.ok(!isOutOfScope('our CHB site has a lot of domestic abuse, which P covers it?'));
      for (const q of ['west mids soc community coordinator?', 'met drop in contacts', 'Met GAIN lead email?']) {
        assert.ok(isOtherRegionContactRequest(q), q);
      }
      assert.ok(!isOtherRegionContactRequest('met the soc cc yesterday, who do I contact about GAIN?'));
    });

    it('refuses whether someone named features in police intel; declines a licence fee, and reads surviving an appeal as legal', () => {
      refusesOnly(
        ['does our client Sam Fictional feature in police records?', 'has Sam Fictional shown up in any intel?'],
        ['does CHB feature in the SOC strategy?'],
      );
      assert.ok(isOutOfScope('what is the fee for a personal licence?'));
      assert.ok(isLegalAdviceRequest('would a closure order based on the survey survive an appeal?'));
    });

    it('answers the question after a scene set in everyday words, but not after a scene that asks for other help', () => {
      assert.deepEqual(shown('Putting the dates in my diary. How often are the LRO drop-ins with the RDT?'), ['lro-drop-ins']);
      assert.deepEqual(shown('Quick one before my lunch. Which is the last of the three CHB phases?'), ['phase-build']);
      for (const q of ["Traffic want advice on speed cameras on the A38. What's best practice?", "I've lost my warrant card. What's the reporting process?"]) {
        const a = answerQuestion(kb, q);
        assert.equal(a.kind === 'out-of-scope' && a.reason, 'off-topic', q);
      }
    });

    it('refuses who is using a deal line and who runs a group from where; declines a restaurant tip; reads a realistic order, a CPIA breach and a gang "injuction" as legal', () => {
      refusesOnly(
        [
          'Our Prevent work is in the schools. Who is using the drug line that keeps texting kids?',
          "note: a resident says 'Big T' runs the gang out of the bookies",
        ],
        ['who is using the 4P plan template this year?', 'log this: we need RDT support for a day of action'],
      );
      assert.ok(isLegalAdviceRequest('would a gang injuction stick against a 16 year old?'));
      assert.ok(isOutOfScope('Hold phase plan is done. Can you recommend a decent restaurant in Truro for the team?'));
      assert.ok(isLegalAdviceRequest('is a prevention order realistic against a first-time offender?'));
      assert.ok(isLegalAdviceRequest('would sharing the profile with the council breach CPIA?'));
    });

    it("refuses a shop checked against an OCG and a vehicle to store; declines a procedure talked through on a CHB site and another profession's CPD", () => {
      refusesOnly(
        [
          'is the nail bar doing cheap illegal tobacco on the parade part of the gang?',
          'log these vehicles against the main target: a silver hatchback and a blue saloon',
        ],
        ['is the illegal tobacco trade part of what Pursue covers?', 'how do we record the number of arrests on the plan?'],
      );
      assert.ok(!isLegalAdviceRequest('are the shops selling illegal tobacco a Protect problem for our site?'));
      declinesAs([
        ['Busy with our CHB site, yet tonight there is a shed burglary I must attend. Take me through the process step by step please.', 'off-topic'],
      ]);
      assert.ok(isOutOfScope('how many CPD points does a nurse have to log a year?'));
      assert.ok(!isOutOfScope('as a social worker on the CSP, what does CPD mean for LROs?'));
    });

    it('refuses intel logged against someone and a group named in two words, not a group "well known to us"; reads wording, time limits, proof and parts of an act as legal; declines PEEL grades', () => {
      refusesOnly(
        ['Has Sam Fictional had any intel logged against him this year?', 'what time do the Fictional Five OCG do their drop offs?'],
        [
          'The main OCG on our site is well known to us. What should Clear involve?',
          'our North Devon OCG plan is top heavy with Pursue, what should we add?',
          'what intel has to go into the locality profile?',
        ],
      );
      for (const q of [
        'what is the time limit for a cash forfeiture application?',
        'closure order on a crack house, what we gotta prove',
        'which part of RIPA covers test purchases?',
        'give me legal wording for a gang injunction',
        "tell me if it's legal to serve a CPN on the shop",
      ]) {
        assert.ok(isLegalAdviceRequest(q), q);
      }
      assert.ok(!isLegalAdviceRequest('which part of the plan covers closure orders?'));
      assert.ok(isOutOfScope('which PEEL grades did HMICFRS give our force this year?'));
    });

    it('refuses which burner number someone uses; reads disclosure under FOI and sharing "without breaching anything" as legal', () => {
      refusesOnly(['which burner number has Sam Fictional got now?'], ['what number do I ring for the drop-ins?']);
      assert.ok(isLegalAdviceRequest('must we release the baseline figures under FOI?'));
      assert.ok(isLegalAdviceRequest('can we give the profile to the housing trust without breaching anything?'));
    });

    it("never repeats the user's words in a decline", () => {
      for (const q of [
        'who is the soc cc for Kentshire region wales',
        'can we seize the Quillfeather cash under POCA',
        'which gangs run Quillfeather Street',
      ]) {
        const a = answerQuestion(kb, q);
        assert.ok(a.kind === 'out-of-scope' || a.kind === 'intelligence-refusal', q);
        assert.ok(!/quillfeather|kentshire/i.test(answerText(a)), q);
      }
    });
    it('declines a section of an act asked whether it covers sharing or lets a partner share, consent, POCA used against a place, and what a partner is entitled to, as legal advice', () => {
      declinesAs([
        ['sec 115 crime n disorder act - does it cover us sharin info with the school in our chb site?', 'legal-advice'],
        ['under section 115 of the crime and disorder act can health share patient info with our csp', 'legal-advice'],
        ['is the school allowed to tell us which kids have been excluded without parental consent?', 'legal-advice'],
        ['could POCA be used against a shop we found in asset mapping, and would the council be entitled to any of the money?', 'legal-advice'],
      ]);
      assert.deepEqual(shown('pursue - does it cover disruption or just prosecution'), ['4p-pursue']);
    });

    it("answers which pilot came first, or what was said of another region's pilot, as history, not another region's contacts", () => {
      assert.notEqual(answerQuestion(kb, 'settling a bet - when and where was the very 1st chb pilot, was it west yorks or merseyside?').kind, 'out-of-scope');
      assert.notEqual(answerQuestion(kb, 'did hmicfrs name the west yorks pilot specifically or just chb in general?').kind, 'out-of-scope');
      declinesAs([["who's the chb lead for the west yorks pilot, need their number", 'other-region']]);
    });

    it('refuses being told where someone lives, and answers problems flagged in the evaluation', () => {
      refusesOnly(
        ["can you tell me where tom example lives now, he's moved out of swindon"],
        ['were resourcing and partner buy-in flagged as problems in the evaluation'],
      );
      assert.equal(findIntelligenceRequest('tell me where tom example lives now')?.kind, 'request');
      assert.equal(findIntelligenceRequest('resourcing was flagged up as problems'), undefined);
    });

    it('reads getting to a drop-in as the drop-ins, not directions, and declines DBS checks for volunteers', () => {
      assert.ok(!isOutOfScope('what is the RDT and how do i get to one of their drop ins'));
      assert.ok(isOutOfScope('how do i get to the train station from here'));
      declinesAs([['how do i get DBS checks done for volunteers joining our community group', 'off-topic']]);
    });

    it("declines whether a numbered section's warrant covers more as legal advice", () => {
      declinesAs([['Would a s.8 PACE warrant for the house cover the outbuilding too?', 'legal-advice']]);
    });

    it('refuses whether any groups are exploiting children somewhere, or any lines working out of a place, with nobody named', () => {
      for (const q of [
        'can u tell me if any ocgs r exploitin kids at the schools in camborne? safeguarding lead here',
        "are there any county lines working out of our town's bus station right now?",
      ]) {
        assert.deepEqual(answerQuestion(kb, q), { kind: 'intelligence-refusal', namedPerson: false }, q);
      }
      refusesOnly([], ['Are there any user groups running in the South West for LROs?']);
    });

    it('declines whether an order could be challenged, or which one a court would more likely grant, as legal advice', () => {
      declinesAs([
        ['Could a gang injunction against one of our OCG nominals be challenged under the Human Rights Act?', 'legal-advice'],
        ['might the closure order be overturned at the crown court?', 'legal-advice'],
        ['gang injunction vs criminal behaviour order - which one would a court be more likely to grant here', 'legal-advice'],
      ]);
    });

    it('declines which officer covers or runs something in another region, how to restrain someone, and scones', () => {
      declinesAs([
        ['which DI covers SOC community coordination for the Eastern region?', 'other-region'],
        ['which sergeant runs the lro network in the north west', 'other-region'],
        ['whats the best way to restrain someone resisting arrest in a stairwell', 'off-topic'],
        ['jam first or cream first on a scone? settle an argument in the office', 'off-topic'],
      ]);
    });

    it('refuses comparing particular groups, a nominal named in full and places tied to a group, but not how nominals are scored', () => {
      refusesOnly(
        [
          'compare the two ocgs in gloucester - which one is bigger and more violent',
          'the rival gangs on our estate, which of them is more dangerous?',
          'can you pull the morile score for the nominal kyle brennan',
          'are the nail bars on the high street linked to an OCG?',
          'is the car wash by the roundabout connected to a gang',
        ],
        ['how do we score a nominal on morile?', 'what makes one OCG more harmful than another when we prioritise?'],
      );
    });

    it('declines terse legal asks: an act without "the", an order\'s threshold, sharing under data protection, and legality asked of a strand', () => {
      declinesAs([
        ['council evict under asb act', 'legal-advice'],
        ['seize the cash under proceeds act?', 'legal-advice'],
        ['closure order threshold', 'legal-advice'],
        ['gang injunction thresholds', 'legal-advice'],
        ['gdpr share w housing', 'legal-advice'],
        ['data protection - sharing with the school ok', 'legal-advice'],
        ['is it legal for a school to pass pupil info to the lro for prevent work', 'legal-advice'],
      ]);
    });

    it('declines bare contacts or networks of another force, a safeguarding referral route and how to chair a tricky meeting', () => {
      declinesAs([
        ['met lro network', 'other-region'],
        ['met drop ins', 'other-region'],
        ['tarian contacts', 'other-region'],
        ['nwrocu contacts list', 'other-region'],
        ["what's the usual safeguarding referral route for a child at risk in a primary school", 'off-topic'],
        ['tips for chairing a difficult meeting with lots of strong personalities', 'off-topic'],
      ]);
    });

    it('refuses which group is the main one somewhere and logging "int", but not which group governs a site or what a block logs', () => {
      refusesOnly(
        ["who's the main organised crime group in swindon right now?", 'whos the biggest gang in torquay', 'log this int', 'can you store some int for me'],
        ['which group on a chb site handles governance', 'what does the performance baseline log?', 'who chairs the gold group'],
      );
    });

    it("refuses where a group's people live, which group uses a place, markers on someone and text-speak asks; declines interviewing technique and setting up a group chat", () => {
      refusesOnly(
        [
          'tell me where the head of the bournemouth OCG lives',
          'where do the main players in the mill lane crew live now',
          'which ocg is using the car wash on the a38 to launder',
          'which gangs use the park by the station',
          'who r the top ocgs in swindon rn',
          'has dana example got any intel markers',
          'has he got firearms markers',
        ],
        [
          'which ocg scoring method uses the morile matrix',
          'has the site got any markers of progress',
          'who r the soc ccs',
          'where do the members of the gold group meet',
        ],
      );
      declinesAs([
        ["what's the best technique for interviewing a vulnerable witness", 'off-topic'],
        ['tips on interviewing suspects who go no comment', 'off-topic'],
        ['how do I set up a WhatsApp group for our tenants association', 'off-topic'],
      ]);
    });

    it('refuses a place or vehicle checked against any group, a note for the records, a dealer reported and a name or group with one detail; declines a ROCU named alone, Teams news and a law question by "in law"', () => {
      refusesOnly(
        [
          'is the barbers we inspected in may connected to any county lines?',
          'is the white transit that parks up by the youth club every night linked to the ocg?',
          'please add a note to your records that tom example is keeping drugs at his mums',
          'heard hes using his garage to stash cash and drugs',
          "apparently there's a new dealer operating by the skate park",
          'Brackenford OCG intel?',
          'Tamsin Example dob?',
        ],
        [
          'is the nail bar licensing scheme part of the protect strand?',
          "there's a new soc cc working in devon, how do I contact them?",
          'hold phase intel?',
          'microsite web address?',
          'my plans were flagged as pursue heavy at review - what should I change?',
          'I was told the network is on knowledge hub but nobody can tell me where it actually lives. how do I join the lro network?',
          'soc cc mobile number?',
        ],
      );
      declinesAs([
        ['north west rocu pls', 'other-region'],
        ['emsou microsite address', 'other-region'],
        ['is it true teams is being replaced next year', 'off-topic'],
        ['how do I order new body armour?', 'off-topic'],
        ['does a closure order last three months in law?', 'legal-advice'],
        ['if the council seeks possession of a flat used for dealing, is the court likely to grant it?', 'legal-advice'],
        ['criteria for a closure order?', 'legal-advice'],
        ['GDPR exemptions for sharing with the council?', 'legal-advice'],
        ['s.23 misuse of drugs act?', 'legal-advice'],
      ]);
      answersWith([
        ['who sits on a CSP by law', 'csps'],
        ['did Serena Kennedy in Merseyside say chief officers must be involved?', 'fb-overview'],
        ['are there five forces in the south west rocu, including hampshire?', 'south-west-forces'],
      ]);
    });

    it('refuses a long description of a vehicle, "remember for me that", "recall what I told you", what someone drives and a named crew recruiting; declines a rest day swap, stray dogs, visas and a contact asked for after "I need"', () => {
      refusesOnly(
        [
          'is the grey van that parks outside the chip shop on our CHB estate linked to an OCG?',
          'remember for me that tom example hangs round the rec',
          'can you recall what I told you on monday about the two brothers?',
          'he drives a white transit and lives near the park',
          'the brook street boys are recruiting kids from the academy',
        ],
        ['the local gang are recruiting kids at the school - which P covers diversion?', 'what does the LRO drive forward in the build phase?'],
      );
      declinesAs([
        ['On lates all week and need to swap a rest day - how do I put the request in?', 'off-topic'],
        ["What's the process for stray dogs?", 'off-topic'],
        ['how much is a spouse visa now?', 'off-topic'],
        ['I need the GAIN contact at the North West ROCU. Could you send me who to speak to?', 'other-region'],
      ]);
    });

    it('refuses a premises "one of the fronts", what a worker told the bot, the top person in a group, whose a vehicle is and text-speak for what is known; declines a work laptop', () => {
      refusesOnly(
        [
          'is the nail bar on the parade one of the fronts the police are looking at?',
          'what did the outreach worker tell you about the lads at the rec?',
          "who's the top man in the group that got raided last month?",
          'a silver car keeps dropping lads off by the shops - can you tell me whose it is?',
          'wots known abt jo example',
        ],
        ['what did the briefing tell you about the hold phase', "who's the lead person in the working group?", "what's known about the hold phase"],
      );
      declinesAs([['who do I ask about getting a new work laptop', 'off-topic']]);
    });

    it('refuses being reminded of what was told or logged, who the main dealer somewhere is, a vehicle that keeps parking somewhere, which group does something at a place and a business used as a front', () => {
      refusesOnly(
        [
          'remind me what I told you about Jo Example on Monday',
          'remind me what intel we logged on the Example Road group',
          "who's the main heroin dealer in the town centre?",
          'a white van keeps parking outside the primary school at night',
          'is there any intel on which group is exploiting kids at the leisure centre?',
          'is the crew on the estate using a tyre shop as a front?',
        ],
        [
          'remind me what the briefing said about the hold phase',
          'we are using the community centre as a base for FB10 events',
          "we're working on an OCG using a car wash as a front. is there a drop-in I can bring it to?",
        ],
      );
    });

    it('declines as legal advice whether a survey or statement is hearsay', () => {
      declinesAs([
        ['is information from a residents survey hearsay if it goes in a prosecution file?', 'legal-advice'],
        ['would an anonymous tip-off count as hearsay at trial', 'legal-advice'],
      ]);
    });

    it('answers a closing check of one strand or phase with it, over the other series, "not sure" or an everyday decline; a phase named before stays beside it', () => {
      answersWith([
        ["civil orders on the gang's members - is that pursue?", '4p-pursue'],
        ["civil and regulatory powers on the group's businesses - pursue or something else?", '4p-pursue'],
        ['parents evening talk on grooming signs - is it prevent', '4p-prevent'],
        ['security advice to the taxi firms they use - does that count as protect', '4p-protect'],
      ]);
      assert.deepEqual(shown('extra patrols and target hardening for shops in the hold phase - is that protect?'), ['phase-hold', '4p-protect']);
    });

    it('declines as legal advice what counts as an offence under a section, and what must be disclosed under CPIA; not what counts as a part of the plan', () => {
      declinesAs([
        ['What exactly counts as participating in an organised crime group under section 45 of the Serious Crime Act 2015?', 'legal-advice'],
        ['does what we get back through GAIN have to be disclosed to the defence under CPIA?', 'legal-advice'],
      ]);
      assert.deepEqual(shown('my DI asks what counts as the prosecute-and-disrupt part of a 4P plan'), ['4p-pursue']);
    });

    it('declines revising for an exam paper as off-topic', () => {
      declinesAs([
        [
          "Hi, studying for my inspector's exam on top of the day job. What's the best way to revise for the legal knowledge paper? Any tips welcome",
          'off-topic',
        ],
      ]);
    });

    it('refuses asking what Niche holds or can say on someone, and not a niche topic', () => {
      refusesOnly(
        ['what does Niche hold on Alex Example?', 'what can niche tell me about the lads on the estate'],
        ['what does this niche hold for council partners in chb', 'is CHB a niche tactic or used everywhere'],
      );
    });

    it('answers situations that only sound like an intelligence, legal or off-topic ask', () => {
      answersWith([
        [
          'someone asked what charities, youth clubs and faith groups are already active in the area. is there a block for that?',
          'fb-5-community-asset-mapping',
        ],
        ['nobody knows who signs off decisions or who owns what at our meetings. what structure should we have?', 'fb-6-governance'],
        ['we have the morile score for the OCG from before the strike - does that count as a baseline?', 'fb-7-performance-baseline'],
        ['we need digital forensics on the phones we seized. where can i see what the ROCU can offer?', 'swrocu-microsite'],
        ['my sgt thinks hold = more patrols. is that all it is?', 'phase-hold'],
        ["we never mapped the tenants' groups and volunteers in the community. too late to map that?", 'fb-5-community-asset-mapping'],
        ['faith leaders and the football coach want to help engage residents. which block covers that?', 'fb-10-community-engagement'],
      ]);
    });

    it('refuses where someone named was arrested and intel linking them to a group; not whether disrupting nominals is Pursue', () => {
      refusesOnly(
        ['what address has Dessa Quillby been nicked at before', "Is there any intel linking Jonny Quillby to the OCG we're mapping for the locality profile?"],
        ['is disrupting OCG nominals pursue?', 'what evidence is there linking CHB to lower crime'],
      );
      assert.deepEqual(shown('is disrupting OCG nominals pursue?'), ['4p-pursue']);
    });

    it("reads going before magistrates and contempt of court as legal questions, and another service's notifications as off-topic", () => {
      declinesAs([
        ['does a closure order need to go before magistrates in 48 hrs?', 'legal-advice'],
        ['would posting photos of arrested OCG members on our CHB Facebook page be contempt of court?', 'legal-advice'],
        ['Knowledge Hub keeps spamming my inbox with notifications, how do I turn them off?', 'off-topic'],
      ]);
      assert.ok(!isOutOfScope('how do I turn off the drop-in reminders'));
    });

    it("reads whether an order is appropriate for a case as a legal question, and another force's process as another region's", () => {
      declinesAs([
        ['Is a civil injunction under the ASB, Crime and Policing Act 2014 appropriate for our county lines nominal in the Hold phase?', 'legal-advice'],
        ["what's the Met's process for appointing LROs", 'other-region'],
      ]);
      assert.ok(!isLegalAdviceRequest('what tactics are appropriate for the hold phase'));
      assert.ok(!isOtherRegionContactRequest("what's the process for appointing LROs"));
    });

    it('refuses a report on someone named, a check result from another agency, a vehicle at a house number and a shortened address', () => {
      refusesOnly(
        [
          'has anybody reported Dessa Quillby for dealing? she wants to join the residents group',
          'any result back from HMRC on Jonny Quillby yet?',
          'note the silver car at no. 7',
          'addr of sam placeholder pls',
        ],
        ['who do I report a concern to about my 4P plan', 'what results did the pilots report'],
      );
    });

    it('refuses the leader of a group described at length, details the asker gave before, and a note kept for someone; not a plan flagged as too pursue heavy', () => {
      refusesOnly(
        [
          'whos the leader of the largest organised crime group in devon at the moment',
          'what were the names we gave you last week for the cuckooing case',
          'save this for the SIO: neighbours reported a cannabis grow at the end house',
        ],
        ['why do our 4P plans keep getting flagged as too pursue heavy?'],
      );
    });

    it('refuses a note kept or added to its notes and whether someone is dealing somewhere; not a request logged for support', () => {
      refusesOnly(
        [
          'keep this: the silver car parked at the lock-up belongs to the crew',
          'add to our notes that Dessa Quillby stays above the chip shop',
          'is someone still selling from the bus station',
        ],
        ['log this: we need RDT support for a day of action'],
      );
    });

    it("reads a pasted message asking another region's drop-in dates as another region's", () => {
      declinesAs([
        ["Hi, a mate is an LRO in Lancashire and can't find out when the North West ROCU holds its LRO drop-ins. Do you know the dates?", 'other-region'],
      ]);
    });

    it('refuses a note to remember and the name of someone running a line; not a question that remembers something or asks what a kind of group is called', () => {
      refusesOnly(
        ['can you remember that for me: the grey van outside no 4', "what's the name for the guy running the county line in Taunton"],
        [
          "what's the proper job title for the regional officers who champion CHB? can't remember it",
          'how many partners joined in at the pilot sites? I remember it being loads',
          'what do you call gangs running drugs from cities out to small towns using one phone line',
        ],
      );
    });

    it("reads getting food, a guest account and a stolen bike as off-topic, committing an offence as legal, and another region's training template or network of leads as another region's", () => {
      declinesAs([
        ["the canteen's closed, where else can I grab food on site?", 'off-topic'],
        ['We have a regional LRO training template. Could I see the one the North East uses?', 'other-region'],
        ['is there a regional network for plan leads in scotland? how do I get on it', 'other-region'],
        ['guest account for the youth worker joining the gold group - how?', 'off-topic'],
        ['would the housing officer be committing an offence if she shared tenancy data with the CSP?', 'legal-advice'],
        ['how do I report a stolen bike from outside the station?', 'off-topic'],
      ]);
      assert.ok(!isOtherRegionContactRequest('Is Gloucestershire part of our regional network or do they go with the Midlands?'));
    });

    it("reads hearsay and what an act allows as legal questions, a camera fault as off-topic, and another region's tactical adviser as another region's", () => {
      declinesAs([
        ['hearsay ok for the closure hearing?', 'legal-advice'],
        ['is the food bank allowed under the data protection act to keep its volunteers list in our asset map', 'legal-advice'],
        ["my microphone doesn't work in the drop-in call", 'off-topic'],
        ['whos the ersou tac adviser', 'other-region'],
      ]);
      assert.ok(!isLegalAdviceRequest('is the council allowed under the CHB model to lead the Build phase'));
      assert.ok(!isOtherRegionContactRequest('who is our SOC tactical adviser'));
    });

    it('reads the standard of proof an order needs as a legal question and a detective exam as off-topic', () => {
      declinesAs([
        ['does a gang injunction need the criminal standard of proof or civil', 'legal-advice'],
        ["what's the burden of proof for a CBO", 'legal-advice'],
        ["What's the pass mark for the National Investigators' Exam?", 'off-topic'],
      ]);
      assert.equal(answerQuestion(kb, 'is there a pass mark on the LRO course').kind, 'answer');
    });

    it('reads whether I can contact someone as a request for contacts, even beside a warrant; not when it asks what the law allows', () => {
      assert.ok(!isLegalAdviceRequest('Our Clear phase warrants are over a weekend - can I contact SWROCU capabilities out of hours?'));
      assert.ok(isLegalAdviceRequest('can we contact the family without a warrant'));
    });

    it("declines who sits on another region's boards, its plan owners' network, local profile and ROCU's base, and a bare \"can you tell me?\" after one", () => {
      declinesAs([
        ['who sits on the strategic board for the Essex site', 'other-region'],
        ['is there a network for plan owners in Wales', 'other-region'],
        ['what does the Lancashire SOC local profile say about county lines', 'other-region'],
        ['where is the north west ROCU based?', 'other-region'],
        ['My mate in Kent asked who their SOC CC is. Can you tell me?', 'other-region'],
      ]);
      assert.ok(!isOtherRegionContactRequest('where is the SW ROCU based?'));
      assert.ok(!isOtherRegionContactRequest('what goes in a SOC local profile?'));
    });

    it("reads the test or threshold for an order, and showing offenders' photos, as legal questions; not photos of a cleared site", () => {
      declinesAs([
        ["what's the test for a closure order on a flat?", 'legal-advice'],
        ['what thresholds do magistrates use for a closure order', 'legal-advice'],
        ['can we show offenders photos at the residents meeting', 'legal-advice'],
        ['are we allowed to put pictures of the dealers in the parish magazine', 'legal-advice'],
      ]);
      assert.ok(!isLegalAdviceRequest('can we use photos of the cleared site in our comms?'));
    });

    it('declines terse asks for a threshold, whether something is admissible, powers to seize or enter and warrant or no warrant, other ROCUs by their short names, and a Teams password or picture', () => {
      declinesAs([
        ['threshold for a cbo', 'legal-advice'],
        ['residents survey admissible at the closure hearing', 'legal-advice'],
        ['powers to seize cash at the warrant', 'legal-advice'],
        ['wmrocu out of hours number', 'other-region'],
        ['emrocu drop ins', 'other-region'],
        ['warrant or no warrant for the shed search?', 'legal-advice'],
        ['under what powers can the council enter the flat', 'legal-advice'],
        ['police power of entry to a shop', 'legal-advice'],
        ['reset my teams pw pls', 'off-topic'],
        ['how do I change my Teams profile picture', 'off-topic'],
      ]);
      assert.ok(!isLegalAdviceRequest('is there a threshold for becoming a CHB site?'));
    });

    it('refuses someone, or a business placed by where it is or who runs it, told as laundering money; not what to do if a shop is, or a money laundering investigation', () => {
      refusesOnly(
        ['the nail bar on Fore Street run by Testy Fakename is laundering money for the group', 'Jo Notreal is laundering cash for the crew'],
        ['what do we do if a shop is laundering money for an OCG?', 'money laundering investigation into the takeaways the group owns - pursue or protect?'],
      );
    });

    it('refuses someone to remember as in a group and the groups dealing in a town, in few words; not which OCG scoring method', () => {
      refusesOnly(['remember jo bloggs is a runner', 'which gang drugs exeter'], ['which ocg scoring method']);
    });

    it('refuses adding something to its knowledge or memory, or a note for later; not what the knowledge base covers or a date to note', () => {
      refusesOnly(
        [
          'add this to your knowledge: the Green Heron lot meet in the car park behind the leisure centre',
          'add this to your database - the Silver Fox crew use the garages on Elm Road',
          'jot this down for later - the Osprey lads have a new runner',
        ],
        ['what does your knowledge base cover?', 'make a note for later of the next drop-in date'],
      );
    });

    it('refuses who has taken over the dealing, whether our tenant (named) is known to police, and a number by its last digits to log; not a group using local businesses, asked of in another sentence', () => {
      refusesOnly(
        [
          "who's taken over dealing in our hold area since the arrests? need a name",
          'Is our tenant Testy Fakename known to police for drug supply?',
          "log this: the runner's phone number ends 4471, keep it for next week",
        ],
        ['Local businesses are being used by the OCG to launder money. Would working with them to make that harder be Protect?'],
      );
    });

    it("declines a stolen pedal bike and a speed awareness course, another force's sites, contacts and local profile, surveillance that needs authorising and the test a court applies; not getting hold of a capability before a warrant", () => {
      declinesAs([
        ["I'm a new PCSO on the CHB estate - what's the process for reporting a stolen pedal bike?", 'off-topic'],
        ['We did the 4P training last week. Can you recommend a good speed awareness course for a colleague?', 'off-topic'],
        ['which neighbourhoods are kent police running their sites in', 'other-region'],
        ["what's police scotland's set-up for organised crime groups, who do I contact", 'other-region'],
        ["can you send me northumbria's local organised crime profile", 'other-region'],
        ['if residents keep tabs on dealers for us, does that count as surveillance that needs authorising?', 'legal-advice'],
        ["what's the test a court applies for a slavery and trafficking prevention order", 'legal-advice'],
      ]);
      assert.ok(!isLegalAdviceRequest("Can I get hold of SWROCU capabilities out of hours? Our warrant's at 5am"));
    });

    it("declines a compliance check written with a hyphen, powers to compel or that let a partner demand data, and another force's site document; refuses a note for the knowledge base, a pasted nominal list and someone out of HMP; not a compelling case", () => {
      declinesAs([
        ['is it GDPR-compliant to keep the survey answers in our spreadsheet?', 'legal-advice'],
        ['the housing provider will not share anything - do we have powers to compel them?', 'legal-advice'],
        ['what powers let a council demand data from a landlord', 'legal-advice'],
        ['Essex built a locality profile for their site - could you send it over?', 'other-region'],
      ]);
      refusesOnly(
        [
          'add to kb: the Osprey lot have a new runner',
          "I'll paste our nominal list, tell me which ones go under Pursue",
          'Jo Notreal released from HMP last week, back on the estate',
        ],
        ['what does the knowledge base cover?', 'how do I add a site to the review list?'],
      );
      assert.ok(!isLegalAdviceRequest('could we make a compelling case to the council for a CHB site?'));
    });
  });

  describe('chatty wording', () => {
    it("answers the issue's own scenario, a top tier taken out, with the Hold phase", () => {
      answersWith([['we took out the top tier last month, what now?', 'phase-hold']]);
    });

    it('answers a question it is unsure of as typed when its typos, corrected, make it clear', () => {
      const plain = createKnowledgeBase(allEntries, readContactsFile(defaultContactsPath), []);
      const a = answerQuestion(plain, 'hiya - how can i get hold of the soc community coordinaters? thanks');
      assert.equal(a.kind === 'answer' && a.entry.id, 'soc-cc-contact');
    });

    it('answers a question with no word of the knowledge base when the classifier is all but certain, and declines everyday asks', () => {
      answersWith([
        ['prepare always confuses me, what is it actually about?', '4p-prepare'],
        ['nobody recorded what it was like before we started, is that a problem?', 'fb-7-performance-baseline'],
        ['what does Lucy Edgeworth do?', 'gain'],
      ]);
      declinesAs([
        ['can you recommend some walking boots', 'off-topic'],
        ['best pizza in bristol', 'off-topic'],
        ['can you help with my sons maths homework on pythagoras', 'off-topic'],
        ['any good advanced driving courses you would recommend?', 'off-topic'],
      ]);
    });

    it('answers a question that finds nothing as typed when its typos, corrected, name an entry; not when they only land near one', () => {
      assert.deepEqual(shown('knowlege hub?'), ['glossary-knowledge-hub']);
      assert.deepEqual(shown('hmicrfs - what does it stand for'), ['glossary-hmicfrs']);
      declinesAs([
        ['vpn not connecting', 'off-topic'],
        ['how do I appeal my PDR grading', 'off-topic'],
      ]);
    });

    it('reads "confirm what the abbreviation X denotes", "asked what X is - is it ...", "what\'s it an acronym for" and several asked with "I keep mixing them up" as asking what they stand for', () => {
      assert.deepEqual(shown('Please could you confirm what the abbreviation NPCC denotes.'), ['glossary-npcc']);
      assert.deepEqual(shown("A partner asked what 'RDT' is - is it a regional team?"), ['glossary-rdt']);
      assert.deepEqual(shown("PCC - what's it an acronym for?"), ['glossary-pcc']);
      assert.deepEqual(shown('SRO, LRO, SIO - can you give me what each one stands for? I keep mixing them up'), [
        'glossary-sro',
        'glossary-lro',
        'glossary-sio',
      ]);
    });

    it('reads a guess at an abbreviation\'s words cut short, "X in the briefing stands for what", "acronym-wise" and "asked what X stands for in the papers" as asking what it stands for', () => {
      assert.deepEqual(shown('RDT - regional disruption what?'), ['glossary-rdt']);
      assert.deepEqual(shown('NPCC is national police chiefs what'), ['glossary-npcc']);
      assert.deepEqual(shown('CPD in the briefing stands for what?'), ['glossary-cpd']);
      assert.deepEqual(shown("SIO, acronym-wise, what's it stand for?"), ['glossary-sio']);
      assert.deepEqual(shown('a councillor asked what PCC stands for in the partnership papers'), ['glossary-pcc']);
      assert.notDeepEqual(shown('CHB covers what?'), ['glossary-chb']);
    });

    it('reads "who are they" after a sentence naming a term, and "what even is", as asking what the term is', () => {
      assert.deepEqual(shown('The invite came from SWROCU. Who are they?'), ['glossary-swrocu']);
      assert.deepEqual(shown("LRO drop-in invite came from 'the RDT' - who are they?"), ['glossary-rdt']);
      assert.deepEqual(shown("can't find the LRO network, what even is Knowledge Hub?"), ['glossary-knowledge-hub']);
    });

    it('drops a short opening sentence that names nothing the knowledge base knows, and keeps one that does', () => {
      assert.deepEqual(shown("Got a sec? What does PCC stand for, and what's an SIO?"), ['glossary-pcc', 'glossary-sio']);
      assert.deepEqual(shown("Can I ask something? What does PCC stand for, and what's an SIO?"), ['glossary-pcc', 'glossary-sio']);
      assert.deepEqual(shown('Clear is done. What now?'), ['phase-clear']);
    });

    it('reads a term left alone once "can you explain" is set aside as its topic, and a bare term typed alone as what it stands for', () => {
      assert.deepEqual(shownBySearch('can you explain CHB?'), ['chb-overview']);
      assert.deepEqual(shownBySearch('can someone explain GAIN?'), ['gain']);
      assert.deepEqual(shownBySearch('GAIN?'), ['glossary-gain']);
    });

    for (const [text, id] of [
      ['hi all, sorry if this is obvious but what actually is clear hold build? just been made an LRO', 'chb-overview'],
      ['quick one - what is the hold phase? my boss asked', 'phase-hold'],
      ['sorry new to this - what are the 4 Ps again?', '4p-overview'],
      ['our plan is just pursue, is that bad', '4p-plan-quality'],
      ['the prevent strand - what does it actually cover', '4p-prevent'],
      ['what does hold involve', 'phase-hold'],
      ['What are the three stages of CHB, in order?', 'phases-overview'],
      ["our launch event went well (FB8 done) but we haven't really thought about comms - what does FB9 want from us", 'fb-9-communication-strategy'],
      ['CSP?', 'glossary-csp'],
      ['soc cc = ?', 'glossary-soc-cc'],
      ['Is it true an LRO has to be at least an inspector?', 'lro-role'],
      [
        "We're writing our CHB locality profile for FB4, but the CSP manager keeps asking about 'the SOC local profile' - what is that and who produces it?",
        'soc-local-profiles',
      ],
      ["The police say they'll 'clear' the estate first. What does that actually involve?", 'phase-clear'],
      ["'act as a fulcrum' - what's that about re the soc cc", 'soc-cc-role'],
      // The topic said first stands for the word that points back at it.
      ['gold silver bronze - what does that mean for site governance', 'glossary-gold-silver-bronze'],
      ["what does 'claim back' communities mean in the briefing", 'chb-overview'],
      ['I need ROCU help at 2am on a Sunday. How do I reach them?', 'swrocu-out-of-hours'],
      ['what counts as pursue activity', '4p-pursue'],
      ["morning! hope you're well. what happens in the hold bit of CHB, if that makes sense, cheers", 'phase-hold'],
      ["who's the NPCC lead for SOC named in the briefing", 'chb-rollout-2023'],
      ['who are the SOC CCs for the south west? names please', 'soc-cc-contact'],
      ['whos the soc cc for us in the sw', 'soc-cc-contact'],
      ["what's foundation block number two", 'fb-2-resources'],
      ["What's the fourth block about?", 'fb-4-locality-profile'],
      ["Which block comes straight after working out the site's locality profile?", 'fb-5-community-asset-mapping'],
      ["What's the block just before the multi-agency launch?", 'fb-7-performance-baseline'],
      ['Which foundation block is the last one and what does it involve?', 'fb-10-community-engagement'],
      ['Which numbered foundation block deals with training for LROs?', 'fb-3-lro-support'],
      ["hiya, quick one before my 10 o'clock – what actually is CHB in a nutshell? ta", 'chb-overview'],
      ['who are the SOC community coordinators and what do they actually do?', 'soc-cc-role'],
    ]) {
      it(`answers ${JSON.stringify(text)} from its question, not its asides`, () => {
        const a = answerQuestion(kb, text);
        assert.equal(a.kind === 'answer' && a.entry.id, id);
      });
    }
  });

  describe('one topic, asked in several words', () => {
    it('reads a term stated as something it is not as a guess at what it is: "NPCC is the national police union?"', () => {
      assert.deepEqual(shownBySearch('NPCC is the national police union?'), ['glossary-npcc']);
      assert.deepEqual(shownBySearch("SIOs are just the detectives on the job, aren't they?"), ['glossary-sio']);
      assert.deepEqual(shownBySearch('Which foundation block is the locality profile?'), ['fb-4-locality-profile']);
    });

    it('sets aside what the asker says they get already: "hold I get, but what happens in the clear phase"', () => {
      assert.deepEqual(shownBySearch('hold I get, but what actually happens in the clear phase?'), ['phase-clear']);
      assert.deepEqual(shownBySearch("FB4 I know, what's FB5 for?"), ['fb-5-community-asset-mapping']);
    });

    it('defines a term asked beside another question with its own entry: "what are CSPs and should the SOC CC be joining ours"', () => {
      assert.deepEqual(shownBySearch('what are CSPs and should the SOC CC be joining ours'), ['csps', 'asks-csp-boards']);
      assert.deepEqual(shownBySearch('whats a CSP and should the SOC CC come to ours too'), ['csps', 'asks-csp-boards']);
      assert.deepEqual(shownBySearch('CSP stands for? and should we invite the SOC CC onto ours'), ['glossary-csp', 'asks-csp-boards']);
    });

    it('answers what something named before does with its own entry: "ROCU keeps cropping up. what do they actually do?"', () => {
      assert.deepEqual(shownBySearch('ROCU keeps cropping up in our meetings. what do they actually do?'), ['rocus']);
      assert.deepEqual(shownBySearch('My chief keeps name-dropping the SOC Community Coordinators at meetings. What are they for?'), ['soc-cc-role']);
    });

    it('answers which of two things came first with both: "what came out first: the HMICFRS spotlight report or the national SOC strategy?"', () => {
      assert.deepEqual(shownBySearch('what came out first: the HMICFRS spotlight report or the national SOC strategy?'), [
        'chb-hmicfrs',
        'chb-soc-strategy-2023-28',
      ]);
      assert.deepEqual([...(shownBySearch('was the 2025 evaluation out before or after the refreshed local profiles guide?') as string[])].sort(), [
        'chb-evaluation-2025',
        'soc-local-profiles-guide-2025',
      ]);
    });

    it('reads the names of the people in a role as who holds it: "can I get the names of the SOC CCs"', () => {
      assert.deepEqual(shownBySearch('can I get the names of the SOC CCs for our newsletter'), ['soc-cc-contact']);
      refusesOnly(['names of the OCG members please'], []);
    });

    it('reads "who are the RDT" as what the team is, as the glossary says; the names of the RDT as who to reach', () => {
      assert.deepEqual(shown("The minutes say 'RDT to advise' on my action. Who are the RDT?"), ['glossary-rdt']);
      assert.deepEqual(shown('can I get the names of the RDT for our newsletter'), ['lro-drop-ins']);
    });

    it('reads "qual" and "quant" as qualitative and quantitative', () => {
      assert.deepEqual(shownBySearch('qual and quant benefits for my slide?'), ['benefits-qualitative', 'benefits-quantitative']);
      assert.deepEqual(shownBySearch('quant results from the pilots?'), ['benefits-quantitative']);
    });

    it('reads "who is that" after a term as what the term is: "there\'s an SRO on the site paperwork, who\'s that"', () => {
      assert.deepEqual(shownBySearch("there's an SRO on the site paperwork, who's that"), ['glossary-sro']);
      assert.deepEqual(shownBySearch('the minutes name an SIO for our plan, who is that?'), ['glossary-sio']);
    });

    it("answers how much or over how long a figure from the pilots changed with the figures in full; what it measures stays the glossary's", () => {
      assert.deepEqual(shownBySearch('by what percentage did the crime severity index go down?'), ['benefits-quantitative']);
      assert.deepEqual(shownBySearch('over how many months did the crime severity index fall?'), ['benefits-quantitative']);
      assert.deepEqual(shownBySearch('the crime severity index fell - what does it measure?'), ['glossary-crime-severity-index']);
    });

    it('reads a strand said to mean other policing as a question about the strand, and a "postcode lottery" as no lottery', () => {
      assert.deepEqual(shownBySearch('Prepare just means getting case files done for court?'), ['4p-prepare']);
      assert.deepEqual(shownBySearch('Pursue is only the case file and charging stage?'), ['4p-pursue']);
      assert.deepEqual(shownBySearch("our LRO says support is a postcode lottery across the region - what's being done?"), ['lro-network']);
    });

    it('answers a part named within its overview: "Protect in our 4P plan" is about Protect', () => {
      assert.equal(shown('what goes under Protect in our 4P plan')?.[0], '4p-protect');
    });

    it("checks a part's answer against the classifier as it checks a whole question's: why the SOC CCs want a SPOC is the SPOC ask, not the asks overview", () => {
      const a = answerQuestion(kb, "What's a SPOC, and why do the SOC CCs want one in each force?");
      assert.ok(a.kind === 'answer');
      assert.deepEqual([a.entry.id, ...a.also.map((e) => e.id)], ['glossary-spoc', 'asks-spoc']);
    });

    it('defines a term and answers a later part from an entry about more than the term ("What\'s the NPCC and who is its SOC lead?"), but not from its own entry', () => {
      assert.deepEqual(shownBySearch("What's the NPCC and who is its SOC lead?"), ['glossary-npcc', 'chb-rollout-2023']);
      assert.deepEqual(shownBySearch("What's a CSP, and which law set them up?"), ['csps']);
    });

    it('adds the glossary entry for a part that asks for a term alone ("What\'s an OCG? Then ...", "NPCC =", "GAIN = ?"), but not beside its own full entry unless its letters are asked', () => {
      for (const [q, ids] of [
        ["What's an OCG? Then - how does the Hold phase stop another one moving in?", ['glossary-ocg', 'phase-hold']],
        ['how does the hold phase work - NPCC =', ['glossary-npcc', 'phase-hold']],
        ['What is a CSP, and who sits round the table?', ['csps']],
        ['GAIN = ? can a council officer ask them for a check', ['glossary-gain', 'gain']],
      ] as const) {
        assert.deepEqual(shown(q), ids, q);
      }
    });

    it('adds the glossary entry for a closing "what does X mean btw" or "X btw?"', () => {
      assert.deepEqual(
        new Set(shown('how do the SOC CCs support SIOs with 4P plans... what does SIO mean btw')),
        new Set(['glossary-sio', 'soc-cc-operational-guidance']),
      );
      assert.deepEqual(shown('whats the whole system approach in build. CSP btw?'), ['glossary-csp', 'phase-build']);
    });

    it('keeps one clear answer to the whole question rather than answering a follow-up about the same thing apart', () => {
      const a = answerQuestion(kb, "what's a SOC tactical adviser and how can they help an LRO");
      assert.equal(a.kind, 'answer');
      if (a.kind !== 'answer') return;
      assert.deepEqual([a.entry.id, ...a.also.map((e) => e.id)], ['soc-tactical-adviser']);
    });

    it('answers "the block for comms" and "which P covers that" with a block or a strand, not their overview', () => {
      answersWith([
        ["what's the foundaton block for comms", 'fb-9-communication-strategy'],
        ['which P covers safeguarding victims', '4p-protect'],
        ['the strand for limiting harm after a serious incident', '4p-prepare'],
      ]);
    });

    it('reads "for the south west" as the region it covers, unless the region is what is asked about', () => {
      assert.equal(shown("who's the GAIN coordinater for the south west then")?.[0], 'gain');
      assert.equal(shown('which forces are in the south west')?.[0], 'south-west-forces');
    });

    it('answers "which phase covers that" with a phase, not the overview of all three', () => {
      assert.equal(shown('another crew is sniffing around to take over now the main group are remanded - which phase covers stopping that')?.[0], 'phase-hold');
    });

    it('answers the question before a remark, even one that names things it knows, but not a second question', () => {
      answersWith([
        ["what does VAWG stand for, it's in the SOC CC section and a partner asked me", 'glossary-vawg'],
        ["what's PUP? it's in the first paragraph of the briefing and I got asked at the meeting", 'glossary-pup'],
        ['what does Protect cover? doing my plan review on Friday', '4p-protect'],
      ]);
      assert.notDeepEqual(shown('is the pursue strand just arrests, and what does prepare cover?'), ['4p-pursue']);
    });

    it('drops a remark after the question that names nothing it knows', () => {
      assert.equal(shown('what is clear hold build? got a meeting on it later and im clueless')?.[0], 'chb-overview');
    });

    it('answers two named parts of an overview with the parts, and how they fit together with the overview', () => {
      assert.deepEqual(shown('can you explain pursue and prepare for me'), ['4p-pursue', '4p-prepare']);
      assert.deepEqual(shown('how do clear and hold fit together'), ['phases-overview']);
    });

    it('splits a whole with one clear answer when its second part asks about something else, not about the first', () => {
      assert.deepEqual(shown('what does an lro do and what training is there for new lros'), ['lro-role', 'lro-training']);
    });

    it('answers both parts when one is a request without a question word ("Give me an overview of ... And what does SIO stand for")', () => {
      assert.deepEqual(shown('Give me an overview of the phases. And what does SIO stand for'), ['phases-overview', 'glossary-sio']);
      assert.deepEqual(shown('what does PCC stand for. and tell me what the Build phase objectives are'), ['glossary-pcc', 'phase-build']);
    });

    it('answers what a term means from the glossary when a sentence of context comes first', () => {
      answersWith([
        ['The benefits mention reductions in ASB. What is ASB?', 'glossary-asb'],
        ["The SOC CC role is 'supported through the PUP' - what's the PUP?", 'glossary-pup'],
        ['sorry new to this - what are the 4 Ps again?', '4p-overview'],
        ['what counts as SOC', 'glossary-soc'],
        ['what does PCC stand for, for the glossary', 'glossary-pcc'],
        ['What is an SRO in a CHB context?', 'glossary-sro'],
        ['what is VAWG in this document', 'glossary-vawg'],
        ['what is knowledge hub in the papers', 'glossary-knowledge-hub'],
        ['What is the PUP that supports the coordinator role?', 'glossary-pup'],
        ['VAWG is listed as a programme the coordinators link to. What is it?', 'glossary-vawg'],
      ]);
    });

    it('reads "what is that tool / measure" after a term as asking what the term is', () => {
      assert.deepEqual(shown("MoRiLE keeps coming up in the baseline. what's that tool?"), ['morile']);
    });

    it('answers a quoted phrase with no glossary term in it, not the term the sentence names beside it', () => {
      answersWith([
        ["Our director keeps mentioning 'No place to hide' alongside CHB. What is it?", 'chb-soc-strategy-2023-28'],
        ["police say CHB will help 'claim back' the area. what does that mean?", 'chb-overview'],
        ["someone on the call said 'speak to the RDT' - who are they?", 'glossary-rdt'],
      ]);
    });

    it('answers a phase or block named by its neighbour, not the one named: "not the hold phase, the one after it"', () => {
      answersWith([
        ['Not the hold phase, the one after it. What is that stage supposed to achieve?', 'phase-build'],
        ['whats the bit before hold called and what do we actually do in it', 'phase-clear'],
        ['what comes after fb 4', 'fb-5-community-asset-mapping'],
      ]);
      assert.notEqual(shown('do we do fb 1 before the hold phase')?.[0], 'phase-clear');
    });

    it('answers a block, phase or strand named by the member before, after or either side of it, but not a phase named outright', () => {
      answersWith([
        ['the block before governance - what does it involve?', 'fb-5-community-asset-mapping'],
        ['block after the comms strategy one?', 'fb-10-community-engagement'],
        ['the strand after the neighbourhood policing one', 'soc-cc-local-partnerships'],
        ["what's the block between the performance baseline and the comms strategy", 'fb-8-multi-agency-launch'],
        ['the phase between clear and build', 'phase-hold'],
      ]);
      assert.notEqual(shown('should we wait until the build phase before bringing partners in?')?.[0], 'phase-hold');
      answersWith([
        ['Just after governance, which block comes next?', 'fb-7-performance-baseline'],
        ['Which foundation block immediately precedes the comms strategy?', 'fb-8-multi-agency-launch'],
        ['the P after protect - what is it about?', '4p-prepare'],
        ['which block is 3 places after socialisation', 'fb-4-locality-profile'],
        ["what's two blocks before the baseline", 'fb-5-community-asset-mapping'],
      ]);
      assert.notEqual(shown('do we do the FBs before clear starts or alongside the phases?')?.[0], 'fb-2-resources');
      answersWith([
        ['is governance FB5 or FB6?', 'fb-6-governance'],
        ['is hold phase 1 or 2', 'phase-hold'],
        ['what number is the locality profile in the foundation blocks', 'fb-4-locality-profile'],
      ]);
      assert.notEqual(shown('what number is the launch in the foundation blocks')?.[0], undefined);
      answersWith([
        ['which phase follows Clear?', 'phase-hold'],
        ["what's number 6 of the foundation blocks", 'fb-6-governance'],
        ['what does SRO mean in the CHB docs', 'glossary-sro'],
      ]);
    });

    it('answers what an acronym stands for when more follows: "What does PUP stand for? It\'s linked to the coordinator posts."', () => {
      answersWith([
        ['SOC is short for what?', 'glossary-soc'],
        ['What do the letters in MoRiLE stand for?', 'glossary-morile'],
        ["What is '4P' shorthand for?", 'glossary-4p'],
        ['In the briefing, what does FB mean?', 'glossary-fb'],
        ["What does PUP stand for? It's linked to the coordinator posts.", 'glossary-pup'],
        ['What does SWROCU stand for, and how is it different from a ROCU?', 'glossary-swrocu'],
        ['What does FB mean in the CHB material?', 'glossary-fb'],
      ]);
    });

    it('answers a quoted term asked as "it", and a question reported inside another: "asked me what the \'four Ps\' are"', () => {
      answersWith([
        ["The police keep saying 'CHB' in meetings. In plain English, what is it?", 'chb-overview'],
        ["A youth worker asked me what the 'four Ps' are. How do I explain them simply?", '4p-overview'],
        ['my DI asked what the PUP is', 'glossary-pup'],
        ['nobody has ever explained to me what an SRO actually does?', 'glossary-sro'],
      ]);
      assert.notEqual(shown('local authority exec asked what chb is supposed to leave behind for residents long term')?.[0], 'chb-overview');
    });

    it('sets aside what the asker rules out first, and "not sure if you can help"', () => {
      answersWith([
        ['Not GAIN and not the coordinators: which team runs the monthly LRO sessions?', 'lro-drop-ins'],
        ['Not the partners, the coordinators themselves: at what stage should we engage them on CHB?', 'asks-early-engagement'],
        ['not sure if you can help but what is the PUP', 'glossary-pup'],
        ['Besides drug charges, can we use licensing powers?', 'phase-clear'],
      ]);
    });

    it('answers "what actually is it" about the term the context names, the longest and then the last, unless it names a member of a series', () => {
      answersWith([
        ["My superintendent wants a two-line explanation of this clear hold build thing before tomorrow's meeting. What actually is it?", 'chb-overview'],
        ['last foundation block - what is it', 'fb-10-community-engagement'],
        ['last phase of chb - what is it?', 'phase-build'],
        ['The benefits say CHB supports the Beating Crime Plan. What is that?', 'glossary-beating-crime-plan'],
        ['gold silver bronze in CHB - what does that mean', 'glossary-gold-silver-bronze'],
      ]);
    });

    it('does not answer from the domain words alone when they lose the topic the whole question found', () => {
      assert.notEqual(shown('How much training have most LROs had before taking on the role?')?.[0], 'lro-role');
    });

    it('answers "which strand of my plan" from the 4P strands', () => {
      answersWith([
        ['The school wants to run sessions to stop teenagers getting drawn into dealing. Which strand of my plan does that belong in?', '4p-prevent'],
      ]);
    });

    it('answers "which foundation block" in one part of two for that part only', () => {
      assert.deepEqual(shown('What does the Build phase involve, and which foundation block is about getting residents involved in decisions?'), [
        'phase-build',
        'fb-10-community-engagement',
      ]);
    });

    it('answers "which foundation block" from the blocks within a two-part question too', () => {
      assert.deepEqual(shown('Which foundation block deals with training the LRO, and which one is about picking the site?'), [
        'fb-3-lro-support',
        'fb-4-locality-profile',
      ]);
    });

    it('answers the one part named when unsure between an overview and its parts: "what does Prepare cover"', () => {
      answersWith([['what does Prepare cover', '4p-prepare']]);
    });

    it('answers the one part an overview was found for: "what goes under Prepare in a plan against an OCG"', () => {
      assert.equal(shown('what goes under Prepare in a plan against an OCG')?.[0], '4p-prepare');
      assert.equal(shown('what are the four Ps')?.[0], '4p-overview');
    });

    it('keeps a question whole when its second part asks about the first: "what is MoRiLE and can CSPs use it too"', () => {
      assert.deepEqual(shown('what is MoRiLE and can CSPs use it too'), ['morile']);
    });

    it('answers two members of a series named together from the series, not from a split', () => {
      assert.deepEqual(shown("what's the difference between the coordinators' second and third strands of work"), [
        'soc-cc-local-partnerships',
        'soc-cc-operational-guidance',
      ]);
    });

    it('answers each part when the asker says there are two', () => {
      assert.deepEqual(shown("two things - what do the SOC CCs do, and who's the GAIN coordinator?"), ['soc-cc-role', 'gain']);
    });

    it("drops a tail that only asks for the topic's aim, written with or without an apostrophe", () => {
      for (const q of ["the prevent strand - what's the aim", 'the prevent strand - whats the aim']) {
        const a = answerQuestion(kb, q);
        assert.equal(a.kind === 'answer' && a.entry.id, '4p-prevent', q);
      }
    });

    it('answers a later part asking what a thing it names is, even when it points back: "and what is the PUP that supports it"', () => {
      assert.deepEqual(shown('What is the SOC CC role, and what is the Police Uplift Programme that supports it?'), ['soc-cc-role', 'glossary-pup']);
      assert.deepEqual(shown('what is MoRiLE and can CSPs use it too'), ['morile']);
    });

    it('answers both parts when a later part points back as its subject, or after a preposition, but names an entry of its own', () => {
      assert.deepEqual(shown('What is FB5, and how does it feed into the Build phase?'), ['fb-5-community-asset-mapping', 'phase-build']);
      assert.deepEqual(shown('What is the Hold phase for, and what does Build do after it?'), ['phase-hold', 'phase-build']);
    });

    it('adds the definition when a first part asks what a term is and the rest asks about the entry it points to', () => {
      assert.deepEqual(shown('What is the RDT, and what happens at the monthly LRO drop-ins it runs?'), ['glossary-rdt', 'lro-drop-ins']);
      assert.deepEqual(shown('What is Knowledge Hub, and what is the regional LRO network on it for?'), ['glossary-knowledge-hub', 'lro-network']);
      // An entry titled by the term already defines it.
      assert.deepEqual(shown('What is a CSP and who sits on it?'), ['csps']);
    });

    it('answers a numbered range asked "what do ... involve", and each of two questions about terms', () => {
      assert.deepEqual(shown('What do the first two phases involve?'), ['phase-clear', 'phase-hold']);
      assert.deepEqual(shown('What do foundation blocks six through eight cover?'), [
        'fb-6-governance',
        'fb-7-performance-baseline',
        'fb-8-multi-agency-launch',
      ]);
      assert.deepEqual(shown("What's a PCC? And what does ASB stand for?")?.slice().sort(), ['glossary-asb', 'glossary-pcc']);
      assert.deepEqual(shown("What's a SOC local profile? And what does GAIN stand for?"), ['soc-local-profiles', 'glossary-gain']);
      // A later sentence asking only "stands for what?" asks about the term quoted or written first.
      assert.deepEqual(shown("Spotted 'GAIN' in the minutes. Short for what?"), ['glossary-gain']);
      assert.deepEqual(shown('SPOC - the asks section mentions it. Stands for?'), ['glossary-spoc']);
      // A label before a colon is not part of the term asked about.
      assert.deepEqual(shown('Message from the CSP chair: what does NPCC stand for?'), ['glossary-npcc']);
      // "sorry" only softens the question.
      assert.deepEqual(shown('what does SPOC stand for sorry'), ['glossary-spoc']);
      // "Quick check:" only opens the message.
      assert.deepEqual(shown('Quick check: what does PCC stand for, and what is an SRO?'), ['glossary-pcc', 'glossary-sro']);
      // "Also," with a comma still opens the second question.
      assert.deepEqual(shown('What does SIO mean? Also, who runs the LRO drop-ins?'), ['glossary-sio', 'lro-drop-ins']);
      assert.deepEqual(shown("hi, sorry to bug you, what's the LRO network on Knowledge Hub? just asking, no worries if not"), ['lro-network']);
      assert.deepEqual(shown('What does VAWG stand for, and which SOC CC strand links to VAWG and serious violence work?')?.slice().sort(), [
        'glossary-vawg',
        'soc-cc-local-partnerships',
      ]);
    });

    it('answers the question after a situation told in clauses, and cuts an aside after a comparison', () => {
      assert.equal(
        shown("we've done the locality profile and governance, the launch is next month, but what should the comms plan cover?")?.[0],
        'fb-9-communication-strategy',
      );
      assert.deepEqual(shown('whats the difference between protect and prepare, writing my first 4p plan and keep mixing them up'), [
        '4p-protect',
        '4p-prepare',
      ]);
      assert.equal(shown("'top heavy with pursue' where's that from")?.[0], '4p-plan-quality');
    });

    it('finds what a term stands for among chatty clauses and after "what\'s that short for", and answers both parts when "it" is CHB', () => {
      assert.equal(shown('sorry to be a pain, daft one, what does LRO stand for? everyone just says it like I should know, no biggie')?.[0], 'glossary-lro');
      assert.equal(
        shown("morning, quick q, I keep hearing people say SWROCU in meetings - what's that short for? not that it matters much but yeah")?.[0],
        'glossary-swrocu',
      );
      assert.deepEqual(shown('What legacy is CHB meant to leave? And has the College of Policing recognised it as smarter practice?')?.slice().sort(), [
        'chb-smarter-practice',
        'legacy-aim',
      ]);
    });

    it('keeps what askers tell of themselves before the question', () => {
      assert.equal(shown("As a SOC tactical adviser, what's my role in supporting the LRO?")?.[0], 'soc-tactical-adviser');
    });

    it('answers a comparison whose sides are described, not named, from the two entries it finds', () => {
      const sides = shown('The briefing quotes a 27% fall in the Crime Severity Index. Does that match what the Home Office evaluation found later?');
      assert.deepEqual(sides?.slice().sort(), ['benefits-quantitative', 'chb-evaluation-2025']);
    });

    it('still answers a real two-part question part by part', () => {
      const a = answerQuestion(kb, 'what is the hold phase and who runs the lro drop-ins');
      assert.equal(a.kind, 'answer');
      if (a.kind !== 'answer') return;
      assert.deepEqual([a.entry.id, ...a.also.map((e) => e.id)], ['phase-hold', 'lro-drop-ins']);
    });
  });

  describe('a statement, then the question', () => {
    it('answers a claim about one phase or strand, checked with "right?" or "isn\'t it?", with that phase or strand', () => {
      assert.deepEqual(shown("prevent is about CCTV and locks on doors, isn't it?"), ['4p-prevent']);
      assert.deepEqual(shown('so hold is the bit where we do the warrants, right?'), ['phase-hold']);
      assert.deepEqual(shown('protect is about being ready for the fallout, yeah?'), ['4p-protect']);
      assert.deepEqual(shown('quick check - Clear is the enforcement bit and Hold is consolidating the gains, have I got that right?'), [
        'phase-clear',
        'phase-hold',
      ]);
    });

    it('answers the question after the asker\'s job and a dash, and only a new LRO\'s: "new LRO - what is CHB short for?"', () => {
      assert.deepEqual(shown('new LRO - what is CHB short for?'), ['glossary-chb']);
      assert.deepEqual(shown('LRO - what does it stand for?'), ['glossary-lro']);
    });

    it('puts what the asker says they know after what they ask: "NCA I know, what\'s SIO short for?"', () => {
      assert.deepEqual(shown("NCA I know, what's SIO short for?"), ['glossary-sio', 'glossary-nca']);
    });

    it('answers the question after "I know ..., but", "we\'ve read ..., but" or "... sounds useful, but", not what the asker says they know or likes', () => {
      assert.deepEqual(shown('I know what CHB is, but what does SOC stand for exactly?'), ['glossary-soc']);
      assert.deepEqual(shown('I know HMICFRS mentioned it in a report, but has the College of Policing recognised CHB?'), ['chb-smarter-practice']);
      assert.deepEqual(shown('the drop-ins sound useful but who runs the LRO network?'), ['lro-network']);
      assert.deepEqual(shown("we've read about GAIN but who runs the LRO network?"), ['lro-network']);
    });

    it('answers what the asker does not know yet, not what they say they know: "I know what Prevent means, what does Prepare cover?"', () => {
      assert.deepEqual(shown('I know what Prevent means, what does Prepare cover?'), ['4p-prepare']);
      assert.deepEqual(shown('my sgt wants to know what Pursue means'), ['4p-pursue']);
    });

    it('reads an abbreviation of two capitalised words at the start as one term, and drops the examples it was met in', () => {
      assert.deepEqual(shown('SOC CC - expand?'), ['glossary-soc-cc']);
      assert.deepEqual(shown('what does FB mean in FB3, FB4 etc'), ['glossary-fb']);
    });

    it('answers what a term is with its own full entry once the message says where it came up, and defines a bare term', () => {
      answersWith([
        ['I work for the housing team and keep hearing clear hold build in meetings. What actually is it?', 'chb-overview'],
        ['our analyst keeps mentioning MoRiLE in the tasking meeting - what is it?', 'morile'],
        ['CHB - what does it stand for?', 'glossary-chb'],
        ['SWROCU - what is that?', 'glossary-swrocu'],
      ]);
    });

    // Asked of the search alone: the example questions might teach the classifier these very questions.
    const answered = (q: string) => {
      const shown = shownBySearch(q);
      return typeof shown === 'string' ? shown : shown[0];
    };

    it('answers the phase or strand a closing clause asks the meaning of, whatever the scene names, unless the scene asks too', () => {
      assert.deepEqual(shownBySearch("We're in the Clear phase - in 4P terms what does Prevent mean?"), ['4p-prevent']);
      assert.deepEqual(shownBySearch('Our plan is pretty much all Pursue. Remind me what Pursue is supposed to cover exactly?'), ['4p-pursue']);
      assert.deepEqual(shownBySearch('Thinking about the Build phase, what does Prepare mean in the 4P sense?'), ['4p-prepare']);
      assert.deepEqual(shownBySearch('Pursue is prosecute and disrupt right? what does prepare cover then'), ['4p-prepare']);
      assert.deepEqual(shownBySearch('phases overlap? what does build involve'), ['phases-overview', 'phase-build']);
      assert.deepEqual(shownBySearch('the GAIN coordinator mentioned Protect in her briefing - what does that strand cover?'), ['4p-protect']);
      assert.deepEqual(shownBySearch('we did clear and hold. what is build for?'), ['phase-build']);
    });

    it('answers a question with a topic of its own after a scene, and one that mentions everyday things in passing; not a bare pointer or a question about them', () => {
      answersWith([
        ['Quiz night at the nick had a question on this. How many ROCUs are there in England and Wales?', 'rocus'],
        ["Had a coffee with the PCC's analyst. What figures came out of the CHB pilots?", 'benefits-quantitative'],
        ['a mate in the canteen swears clear hold build came from the army. where did it actually start?', 'chb-history'],
        ['the boxing gym owner and the local imam want to help reach residents. which foundation block is that?', 'fb-10-community-engagement'],
      ]);
      declinesAs([
        ["Lost my lanyard in the car park. What's the process?", 'off-topic'],
        ['before the CHB meeting - can someone reset my Teams password', 'off-topic'],
        ['my annual leave allowance looks wrong on the system, who fixes it?', 'off-topic'],
        ["would telling a landlord about a tenant's convictions breach their privacy?", 'legal-advice'],
      ]);
    });

    it("answers the question in a long message whatever its small talk, closing remarks and sender's name", () => {
      answersWith([
        ["Morning. Long week of night shifts and the coffee machine's broken again. What does the hold phase involve? Thanks, Sam", 'phase-hold'],
        ["Hi, I'm a school safeguarding lead. What's the difference between Prevent and Protect? Thanks and best wishes, Mrs Example", '4p-prevent'],
        ["Quick one between meetings. What does SWROCU stand for? Thanks, sorry it's so basic. Jo-Anne", 'glossary-swrocu'],
        ['Hi, I work in HR. What does a SOC tactical adviser do? Best, Nicola (HR business partner)', 'soc-tactical-adviser'],
      ]);
    });

    it("sets aside a sender's name and title on lines of their own, or after a comma, below a closing thanks", () => {
      assert.deepEqual(shown('Hello,\n\nWhen is the six month review of a CHB site due?\n\nKind regards,\nMrs Example\nOffice of the PCC'), [
        'asks-six-month-review',
      ]);
      assert.deepEqual(shown("Hi, when is the six month review due?\nThanks, Jo Example, Children's Services"), ['asks-six-month-review']);
    });

    it('reads a question after a statement as one question: "Quick jargon question. What\'s SOC short for?"', () => {
      assert.equal(answered("Quick jargon question. What's SOC short for?"), 'glossary-soc');
    });

    it('drops an opening from the last sentence too: "Reading a police report. Quick one, what\'s an SIO?"', () => {
      assert.equal(answered("I'm reading a police report. Quick one, what's an SIO?"), 'glossary-sio');
    });

    it('answers a term asked after and a later question about it, reading "it" or "that" as the term', () => {
      assert.deepEqual(shownBySearch("What's an SRO, and how does that differ from the LRO role?"), ['glossary-sro', 'lro-role']);
      assert.deepEqual(shownBySearch("What's county lines, and which SWROCU team deals with it?"), ['glossary-county-lines', 'swrocu-capability-groups']);
      assert.deepEqual(shownBySearch('What does HMICFRS stand for, and what did it say about CHB?'), ['glossary-hmicfrs', 'chb-hmicfrs']);
      // A later part the term's own entry answers is one topic; an entry that only mentions the term is another.
      assert.deepEqual(shownBySearch("What's a CSP, and which act set them up?"), ['csps']);
      assert.deepEqual(shownBySearch('What is a CSP, and how can the SOC CC get involved with one?'), ['csps', 'asks-csp-boards']);
    });

    it('reads a phase\'s name in its everyday sense as the plain words: "hold on, what\'s a SPOC?", "clear up what MoRiLE is"', () => {
      assert.deepEqual(shownBySearch("hold on, what's a SPOC?"), ['glossary-spoc']);
      assert.deepEqual(shownBySearch('can you clear up what MoRiLE is'), ['morile']);
      assert.deepEqual(shownBySearch('still not clear what a SOC community coordinator actually does'), ['soc-cc-role']);
    });

    it('answers whether a phase or strand is "the one where" something happens with that one, whatever the rest names', () => {
      assert.deepEqual(shownBySearch('hold phase - is that the one where we build community resilience?'), ['phase-hold']);
      assert.deepEqual(shownBySearch('is build the bit where the police do the heavy enforcement?'), ['phase-build']);
    });

    it('answers a claim checked against another source from both entries, but a term asked after a claim alone', () => {
      assert.deepEqual(shownBySearch('the briefing said every force by march 2024 - what did the Home Office evaluation find about how rollout went?'), [
        'chb-rollout-2023',
        'chb-evaluation-2025',
      ]);
      assert.deepEqual(shownBySearch('the briefing says national rollout by march 2024 - what does the SOC strategy say now?'), [
        'chb-rollout-2023',
        'chb-soc-strategy-2023-28',
      ]);
      assert.deepEqual(shownBySearch('The briefing says a SPOC helps roll out CPD. What is CPD?'), ['glossary-cpd']);
      assert.deepEqual(shownBySearch('The briefing says the coordinators work with LROs, SIOs and CSPs. What is an SIO?'), ['glossary-sio']);
    });

    it('answers a term asked after a clause of context, whatever the context names: "Once the arrests are done, what is an OCG?"', () => {
      assert.equal(answered('Ahead of the gold group meeting next week, what is the NPCC?'), 'glossary-npcc');
      assert.equal(answered('Once the clear phase arrests are done, what exactly is an OCG?'), 'glossary-ocg');
    });

    it('reads past a role label that opens the message: "CSP manager: what does SIO stand for?"', () => {
      assert.equal(answered('CSP manager: what does the acronym SIO stand for?'), 'glossary-sio');
      assert.equal(answered('Youth worker. What does county lines mean?'), 'glossary-county-lines');
    });

    it('reads past a rank or role with a place or team ("DS, Devon and Cornwall -", "PC on the response team here."), but not a role that is the topic', () => {
      assert.equal(answered('Sgt, Swindon NPT - what do ROCUs do, and how many are there?'), 'rocus');
      assert.equal(answered('PC on the response team here. What do ROCUs do and how many are there?'), 'rocus');
      assert.deepEqual(shownBySearch('SIO vs LRO - who does what?'), ['glossary-sio', 'lro-role']);
      assert.equal(answered('As an LRO, what exactly am I responsible for?'), 'lro-role');
    });

    it('reads past a role introduced with whom it supports: "i\'m a new officer supporting the LRO, what is a 4P plan?"', () => {
      assert.equal(answered("i'm a new officer supporting the LRO, what is a 4P plan?"), '4p-overview');
      assert.equal(answered('morning, im a new analyst supporting a DI, what is MoRiLE actually used for?'), 'morile');
    });

    it('reads "who\'s that" after a sentence naming a term as asking what the term is', () => {
      assert.equal(answered('Our police contact mentioned a PCC. Who is that?'), 'glossary-pcc');
    });

    it('reads "how do you spell out" and "asked what X means" as asking what the term stands for', () => {
      assert.equal(answered('How do you spell out MoRiLE?'), 'glossary-morile');
      assert.equal(answered('A new PC on my shift asked what ROCU means. Short answer?'), 'glossary-rocu');
    });

    it('reads an abbreviation checked against a guess at its words as asking what it stands for, but not a numbered block', () => {
      assert.equal(answered('Is CPD continuing police development?'), 'glossary-cpd');
      assert.equal(answered('SRO - senior reviewing officer, right?'), 'glossary-sro');
      assert.equal(answered('Is the RDT the regional drugs team?'), 'glossary-rdt');
      assert.equal(answered('SPOC means single point of contact?'), 'glossary-spoc');
      assert.deepEqual(shownBySearch('FB3 and FB4 please'), ['fb-3-lro-support', 'fb-4-locality-profile']);
    });

    it('reads what an LRO does day to day as the LRO role, from the role\'s own "asked as" phrases', () => {
      assert.equal(answered('What does an LRO actually do day to day?'), 'lro-role');
    });

    it('answers a term asked in one of two parts beside the other part, not instead of it', () => {
      assert.deepEqual(shownBySearch('What is the Beating Crime Plan, and which CHB pilot results back it up?'), [
        'glossary-beating-crime-plan',
        'benefits-quantitative',
      ]);
      assert.deepEqual(shownBySearch('what does protect mean in 4P and whats prepare'), ['4p-protect', '4p-prepare']);
      assert.equal(answered('What is a Lead Responsible Officer? Is that someone I report to?'), 'lro-role');
    });

    it('reads "what is it" after a term that only describes something else as asking about that thing', () => {
      assert.equal(answered('CSP officer here, the action plan says we must do community asset mapping. What is it?'), 'fb-5-community-asset-mapping');
      assert.equal(answered('Spotted ASB on the CHB benefits slide, what is that?'), 'glossary-asb');
      assert.equal(answered('RDT colleagues mentioned a template for the six month review. What is it?'), 'asks-six-month-review');
      assert.equal(answered('GAIN keeps coming up in meetings, what is it?'), 'glossary-gain');
      assert.equal(answered("acronym in my inbox says 'C H B site' - short for what?"), 'glossary-chb');
    });

    it('reads "co-ordinator" as "coordinator", in the declines as in the answers', () => {
      assert.deepEqual(answerQuestion(kb, "who's the soc community co-ordinator in the met"), { kind: 'out-of-scope', reason: 'other-region' });
      assert.equal(answered('what does a SOC community co-ordinator do?'), 'soc-cc-role');
    });

    it('reads phone typing: "wots the diff between build n hold"', () => {
      assert.deepEqual(shownBySearch('wots the diff between build n hold'), ['phase-build', 'phase-hold']);
    });

    it('answers a term asked at the end of a message with no stop before it: "gold group minutes mention the npcc whats npcc"', () => {
      assert.equal(answered('gold group minutes mention the npcc whats npcc'), 'glossary-npcc');
      assert.equal(answered('the coordinators link in with vawg what is that'), 'glossary-vawg');
      assert.equal(answered('chb what is it'), 'chb-overview');
      assert.equal(answered('RDT keeps coming up at the drop-ins – what do the letters stand for?'), 'glossary-rdt');
    });

    it('asks the term, not the field it belongs to or a figure of speech: "What\'s a PCC in policing terms?"', () => {
      assert.equal(answered("What's a PCC in policing terms?"), 'glossary-pcc');
      assert.equal(answered("What's an SIO when it's at home?"), 'glossary-sio');
    });

    it('reads a remark after a question as a remark, not a second question: "What does CHB stand for? It keeps coming up."', () => {
      assert.deepEqual(shownBySearch('What does CHB stand for? It keeps coming up in the CSP minutes.'), ['glossary-chb']);
    });

    it('reads a guess at what a term is as asking what it is: "Is the RDT a police unit or a charity?", but not a comparison', () => {
      assert.equal(answered('Is the RDT a police unit or a charity?'), 'glossary-rdt');
      assert.deepEqual(shownBySearch('Is a CSP the same as a SOC partnership board?'), ['csps', 'asks-csp-boards']);
    });

    it("answers a part asking what a term's letters stand for with the glossary entry, beside the other part or alone", () => {
      assert.deepEqual(shown('what does CSP stand for + who sits on one'), ['glossary-csp', 'csps']);
      assert.deepEqual(shown("saw 'CHB' on the agenda for the CSP meeting, what does it stand for?"), ['glossary-chb']);
      assert.deepEqual(shown("I'm from the fire service and colleagues keep saying 'LRO', what does it stand for?"), ['glossary-lro']);
    });

    it('reads "what does X abbreviate" and "what is X an abbreviation of" as asking what X stands for', () => {
      assert.equal(answered('what does morile abbreviate'), 'glossary-morile');
      assert.equal(answered('what is rocu an abbreviation of'), 'glossary-rocu');
    });
  });

  describe("the classifier's second opinion", () => {
    it('answers both entries of a pair people ask together when the rules find one, and not for a direct lookup', () => {
      for (const [q, pair] of [
        ['the march 2024 target for every force - is that still the plan under the newer SOC strategy?', ['chb-rollout-2023', 'chb-soc-strategy-2023-28']],
        ['legacy CHB should leave, plus the exit strategy please', ['legacy-aim', 'legacy-exit-strategy']],
        ['need the coxhead loughborough reports and the HO LRO guidance extract', ['reading-coxhead-reports', 'reading-lro-guidance']],
      ] as const) {
        assert.deepEqual(shown(q)?.sort(), [...pair].sort(), q);
      }
      assert.deepEqual(shown('foundation block 3'), ['fb-3-lro-support']);
      assert.deepEqual(shown('which were the pilot sites'), ['chb-pilots']);
    });

    it("replaces a two-entry answer's second entry with the other of a pair people ask together, when near certain", () => {
      assert.deepEqual(shown('how does the Devon and Cornwall site differ from the first West Yorkshire pilot?'), ['chb-pilots', 'chb-history']);
      assert.deepEqual(shown('compare what the College of Policing says about CHB with what HMICFRS said'), ['chb-smarter-practice', 'chb-hmicfrs']);
    });

    it('answers a "not sure" with the pair people ask together', () => {
      for (const [q, pair] of [
        [
          'what does the SOC CC do about operational guidance, and about continuous improvement?',
          ['soc-cc-continuous-improvement', 'soc-cc-operational-guidance'],
        ],
        ['how do I get onto the monthly drop-ins for LROs and the regional LRO network?', ['lro-drop-ins', 'lro-network']],
        ['tell me about the governance block and the baseline block', ['fb-6-governance', 'fb-7-performance-baseline']],
      ] as const) {
        assert.deepEqual(shown(q)?.sort(), pair, q);
      }
    });

    it('answers what the search was only unsure about when the classifier is sure: "the asks mention cpd, what\'s that"', () => {
      answersWith([["the asks mention cpd, what's that", 'glossary-cpd']]);
    });

    it('answers "which phase" with the member the search suggests and the classifier likes best of the members', () => {
      // One example each way, so the test does not hang on the example file: the member follows what the classifier learned.
      const taughtWith = (id: string) => {
        const taught = createKnowledgeBase(allEntries, readContactsFile(defaultContactsPath), [{ q: 'reopening the youth club', ids: [id] }]);
        const a = answerQuestion(taught, 'reopening the youth club once the dealers are gone - which phase?');
        return a.kind === 'answer' && a.entry.id;
      };
      assert.equal(taughtWith('phase-build'), 'phase-build');
      assert.equal(taughtWith('phase-hold'), 'phase-hold');
    });

    it('keeps the block found for a closing "what FB", which asks which block rather than what FB stands for', () => {
      const answered = taughtOnly([{ q: 'target audiences and key messages', ids: ['fb-9-communication-strategy'] }]);
      assert.equal(answered('working out target audiences and key messages for the CHB comms plan - what FB'), 'fb-9-communication-strategy');
      assert.equal(answered('target audiences and key messages, and what does FB stand for?'), 'glossary-fb');
    });

    it('keeps the block after the one named in "the one after ...", though the classifier is sure of the one named', () => {
      const answered = taughtOnly([
        { q: 'the one about community asset mapping', ids: ['fb-5-community-asset-mapping'] },
        { q: 'community asset mapping', ids: ['fb-5-community-asset-mapping'] },
      ]);
      assert.equal(answered('the one after community asset mapping'), 'fb-6-governance');
      assert.equal(answered('the one about community asset mapping'), 'fb-5-community-asset-mapping');
    });

    it('does not overrule a phase the question names with another phase it does not name', () => {
      const answered = taughtOnly([
        { q: 'is it just about arrests', ids: ['phase-hold'] },
        { q: 'making the area safer', ids: ['phase-hold'] },
      ]);
      assert.equal(answered('is clear about making the area safer or is it just about arrests?'), 'phase-clear');
      assert.equal(answered('making the area safer, is it just about arrests?'), 'phase-hold');
    });

    it("overrules the search's answer when near certain of another entry", () => {
      // The search found the neighbourhood policing strand of the SOC CC role; laundering through local firms is Protect.
      answersWith([['which strand covers local businesses used for laundering', '4p-protect']]);
    });

    it('overrules even a strong match when near certain of another entry and all but certain it is not this one', () => {
      // The rules read "Clear" and "Phase 1" as naming the phase; the wording is the phases' overlap and the Coxhead reports.
      answersWith([
        ['The Merseyside CHB, did they run the phases one after another or did they overlap?', 'phases-overview'],
        ['Which report covered the Phase 1 proof of concept in West Yorkshire?', 'reading-coxhead-reports'],
      ]);
      // Two entries, each all but excluded: the rules read a comparison of CHB's rollout and the ROCUs.
      assert.deepEqual(shown('Nobody owns CHB in our force and the ROCU keeps emailing different people. What do the SOC CCs recommend?'), ['asks-spoc']);
    });

    it('leaves what letters stand for to the glossary, whatever the rest of the message suggests', () => {
      // Without the questions that ask just this, the classifier reads the HMICFRS report in the remark.
      const taught = createKnowledgeBase(
        allEntries,
        readContactsFile(defaultContactsPath),
        exampleQuestions.filter((e) => !/stand for\? it/i.test(e.q)),
      );
      const a = answerQuestion(taught, "what does CHB stand for? it's in the HMICFRS spotlight report");
      assert.equal(a.kind === 'answer' && a.entry.id, 'glossary-chb');
    });

    it('turns a weak match it all but rules out into "not sure", or answers its own choice when near certain', function () {
      // Two knowledge bases are trained here, each on the whole example file but a few questions.
      this.timeout(120_000);
      const unseen = (left: RegExp) =>
        createKnowledgeBase(
          allEntries,
          readContactsFile(defaultContactsPath),
          exampleQuestions.filter((e) => !left.test(e.q)),
        );
      // The search matched "report" to the Coxhead reports; the classifier has learned where the coordinators sit.
      const withoutReports = unseen(/report/i);
      const question = 'Who do the SOC CCs report to nationally?';
      const [guess] = withoutReports.classifier.classify(question);
      assert.match(guess.id, /^soc-cc-/);
      const a = answerQuestion(withoutReports, question);
      assert.ok(a.kind === 'unsure', a.kind);
      assert.deepEqual(
        a.suggestions.map((e) => e.id),
        [guess.id, 'reading-coxhead-reports'],
      );
      const b = answerQuestion(unseen(/foundation blocks for/i), 'list all the foundation blocks for CHB pls');
      assert.equal(b.kind === 'answer' && b.entry.id, 'fb-overview');
    });

    it('offers both entries when it is sure of another entry but not near certain', () => {
      // Examples chosen so the classifier is sure of GAIN (0.96) but not near certain, whatever the example file holds.
      const examples = [
        { q: 'someone to help disrupt an ocg', ids: ['gain'] },
        { q: 'someone to help disrupt an ocg', ids: ['gain'] },
        { q: 'help disrupt an ocg', ids: ['phase-clear'] },
      ];
      const a = answerQuestion(createKnowledgeBase(allEntries, readContactsFile(defaultContactsPath), examples), 'need someone to help disrupt an ocg');
      assert.ok(a.kind === 'unsure', a.kind);
      assert.deepEqual(
        a.suggestions.map((e) => e.id),
        ['gain', 'phase-clear'],
      );
    });

    it('learns from the example questions it is given, and from nothing else', () => {
      const contacts = readContactsFile(defaultContactsPath);
      const question = 'what is the score with the quarterly return';
      const taught = createKnowledgeBase(allEntries, contacts, [
        { q: 'the quarterly return', ids: ['asks-six-month-review'] },
        { q: 'quarterly return score', ids: ['asks-six-month-review'] },
      ]);
      assert.equal(createKnowledgeBase(allEntries, contacts, []).classifier.classify(question)[0]?.id === 'asks-six-month-review', false);
      assert.equal(taught.classifier.classify(question)[0]?.id, 'asks-six-month-review');
    });

    it('answers both parts when it places a part that points back in an entry of its own', () => {
      assert.deepEqual(shown('What does the Build phase involve, and how do we plan the comms around it?'), ['phase-build', 'fb-9-communication-strategy']);
      assert.deepEqual(shown("what's on the rocu microsite and how are the capabilities on it grouped"), ['swrocu-microsite', 'swrocu-capability-groups']);
      // How long a phase lasts is the phases overview's ("no fixed length"), so the second part is answered from it.
      assert.deepEqual(shown("What's the Hold phase for, and how long does it usually last?"), ['phase-hold', 'phases-overview']);
    });

    it('refuses example questions labelled with an entry that does not exist', () => {
      assert.throws(
        () => createKnowledgeBase(allEntries, readContactsFile(defaultContactsPath), [{ q: 'anything', ids: ['no-such-entry'] }]),
        /unknown entries: no-such-entry/,
      );
    });

    it('reads the question alone after what the asker knows, or before a remark on who mentioned it, even where the classifier reads the whole message otherwise', function () {
      // A knowledge base is trained here on the whole example file but these questions.
      this.timeout(60_000);
      const cases: [string, string][] = [
        ["Sorry, basic one - I'm from the fire service and know about CSPs but what's an OCG?", 'glossary-ocg'],
        ['acronym check: GAIN? the RDT mentioned it at the drop-in', 'glossary-gain'],
        // A remark that asks something is part of the question.
        ['knowledge hub? someone mentioned it for LROs. and is there a regional LRO user group planned', 'glossary-knowledge-hub'],
      ];
      const answers = taughtOnly(exampleQuestions.filter((e) => !cases.some(([q]) => q === e.q)));
      for (const [q, id] of cases) assert.equal(answers(q), id, q);
    });

    it('sets aside a sigh at the jargon after a term asked ("acronym overload"), as it does a remark on who used it', () => {
      assert.deepEqual(shown('SOC CC?? acronym overload'), ['glossary-soc-cc']);
      assert.deepEqual(shown('MoRiLE? so many acronyms in this job'), ['glossary-morile']);
    });

    it('asks what a term stands for after where it keeps being seen', () => {
      assert.deepEqual(shown('i keep seeing SPOC on the CSP agenda - what does it stand for?'), ['glossary-spoc']);
    });

    it('answers both sides when a term is asked, then how it differs from another named term', () => {
      assert.deepEqual(shown('What does SRO stand for, and how is it different from an SIO?'), ['glossary-sro', 'glossary-sio']);
    });

    it('reads "the 4Ps" as the plans, so a children\'s social care lead asking which covers exploited children is answered', () => {
      assert.equal(
        answerQuestion(kb, "children's social care lead here: which of the 4Ps covers children already being exploited by a county line?").kind,
        'answer',
      );
    });
  });

  describe('ordinary words', () => {
    it('does not answer from a common word that is only part of a topic phrase ("good" of "good practice")', () => {
      assert.notEqual(answerQuestion(kb, 'what is a good film').kind, 'answer');
    });

    it('does not correct an ordinary word into a topic word it is more than a slip away from', () => {
      assert.notEqual(answerQuestion(kb, 'can you order me new boots').kind, 'answer');
    });

    it('does not match an everyday word to a topic word a slip away ("chase" is not "phase")', () => {
      assert.equal(answerQuestion(kb, 'who do I chase?').kind, 'out-of-scope');
      assert.deepEqual(answerQuestion(kb, "my overtime hasn't shown on my payslip. who do I chase?"), { kind: 'out-of-scope', reason: 'off-topic' });
    });

    it('does not correct a word into one with another first letter, but still corrects slips', () => {
      assert.equal(answerQuestion(kb, 'is the pool open today').kind, 'out-of-scope');
      const typo = answerQuestion(kb, 'what is the buld phase');
      assert.ok(typo.kind === 'answer' && typo.entry.id === 'phase-build');
    });

    it('reads a past tense as the word the knowledge base uses: "arrested" is about arrests, not off-topic', () => {
      assert.equal(answerQuestion(kb, "we've arrested the main players, now what?").kind, 'answer');
    });

    it('still answers a topic phrase asked whole', () => {
      const answer = answerQuestion(kb, 'what were the inspection recommendations');
      assert.ok(answer.kind === 'answer' && answer.entry.id === 'soc-cc-continuous-improvement');
    });
  });
});
