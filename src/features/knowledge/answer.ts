import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { acronymAsked, IN_A_FIELD, WHERE_MET } from './acronym-question';
import { type Classifier, type EntryGuess, type LabelledQuestion, trainClassifiers } from './classifier';
import { SPOKEN_WORDS } from './common-words';
import { type Contact, type Contacts, contactsForRoles } from './contacts';
import type { ContactRole, KnowledgeEntry, Source } from './entry';
import { intelligenceRequest, isAboutOtherPolicing, isIntelligenceRequest, isLegalAdviceRequest, isOtherRegionContactRequest, isOutOfScope } from './guards';
import { STOP_WORDS, canonicalTokens, nameKey, searchTokens, withHouseSpellings } from './normalise';
import { type SplitQuestion, splitJoinedNames, splitOnAnd, splitQuestion } from './parts';
import { ORDINALS, type Series, findNeighbourReference, findSeriesReference } from './references';
import { type SearchHit, type SearchIndex, createSearchIndex } from './search';
import { createSpeller } from './spelling';

/** Entries, contacts and the search index, built once at start-up. */
export interface KnowledgeBase {
  readonly entries: readonly KnowledgeEntry[];
  readonly contacts: Contacts;
  readonly byId: ReadonlyMap<string, KnowledgeEntry>;
  readonly index: SearchIndex;
  /** Learned from example questions and the entries' own names: a second opinion on single answers (see withSecondOpinion). */
  readonly classifier: Classifier;
  /**
   * The same, with each set of entries asked together as one label ("a+b"): which pairs people ask for in one
   * message (see pairedAnswer).
   */
  readonly together: Classifier;
  /** Glossary entries by each of their names, normalised (see nameKey). */
  readonly glossaryByName: ReadonlyMap<string, KnowledgeEntry>;
  /**
   * The entry on how to reach each named contact, by the name in the deployment's contacts file (padded
   * with spaces, lower case): "who's <name>" finds the role. The committed default names nobody.
   */
  readonly contactNames: ReadonlyMap<string, KnowledgeEntry>;
  /** Each glossary entry's full entries that its term names, and the other way round (see isTwin). */
  readonly twins: ReadonlyMap<string, ReadonlySet<string>>;
  /** Each entry's words in its title and answer, by id: what a comparison's side covers (see ledByCoverage). */
  readonly ownWords: ReadonlyMap<string, ReadonlySet<string>>;
  /** The text with hurried typos read as the words the entries and examples use (see createSpeller). */
  readonly respell: (text: string) => string;
  /**
   * Answers already given, by a digest of the question: the entries never change while the bot runs,
   * and questions recur (popular topics, and the See-also buttons, which send an entry's title).
   * Digests, not text, so no question an officer typed is held in memory.
   */
  readonly recentAnswers: LRUCache<string, Answer>;
}

/** Why a question is declined: outside the assistant's topics, a contact in another region, or legal advice. */
export type DeclineReason = 'off-topic' | 'other-region' | 'legal-advice';

export type Answer =
  | {
      kind: 'answer';
      entry: KnowledgeEntry;
      /**
       * Further entries answered together with `entry`: the other side of a comparison, the other
       * part of a two-part question, or the rest of a range of blocks. Empty for a single answer.
       */
      also: KnowledgeEntry[];
      shape: 'single' | 'comparison' | 'parts';
      /** At most three related entries, in the entry's order. */
      related: KnowledgeEntry[];
      /** Contacts for the entry's roles, from the deployment's contacts file. */
      contacts: Contact[];
      /** Confidence from 0 to 1: query coverage times the margin over the runner-up; direct lookups are 1. */
      score: number;
    }
  | { kind: 'list'; title: string; entries: KnowledgeEntry[] }
  | { kind: 'unsure'; suggestions: KnowledgeEntry[] }
  | { kind: 'out-of-scope'; reason: DeclineReason }
  | { kind: 'intelligence-refusal'; namedPerson: boolean };

export type TopicListName = 'phases' | 'foundation-blocks' | '4p' | 'glossary';

/**
 * Decision thresholds, tuned on the "tuning" half of the evaluation set.
 * An answer needs at least half the query's terms matched, a clear lead over the runner-up,
 * and a minimum relevance per query term; a query that exactly names an entry always qualifies.
 */
const MIN_COVERAGE = 0.5;
const MIN_LEAD_RATIO = 1.1;
const MIN_SCORE_PER_TERM = 6;
const MIN_SINGLE_TERM_LEAD = 2;
const UNKNOWN_WORD_WEIGHT = 1;
/** A word at least this weighty (see wordWeight) tells what a question is about. */
const MIN_TELLING_WEIGHT = 0.5;
/** Unknown words weighing this much (about two of them) make an everyday sense of a strand's name off-topic. */
const UNKNOWN_WORDS_OFF_TOPIC = 2;
/**
 * A best hit this far ahead of the runner-up may cover less of the question: a scenario told in the
 * officer's own words ("arrested the main players and seized their assets") has many words no entry uses.
 */
const CLEAR_LEAD = 2;
const CLEAR_LEAD_COVERAGE = 0.35;
/** Coverage times margin over the runner-up: below this, a search answer is offered as a suggestion instead. */
const MIN_CONFIDENCE = 0.1;
/** A comparison with described sides shows the second entry when it scores at least this share of the first. */
const SIDE_SCORE_SHARE = 0.5;
/** The question after a situation is answered alone only with an entry among this many the whole question finds first. */
const CONTEXT_SUPPORT = 3;
/** Below this lead, a runner-up that matches telling words the best hit does not makes the answer uncertain. */
const MIN_UNCONTESTED_LEAD = 2;

const STARTING_TOPIC_IDS = ['chb-overview', 'phases-overview', 'fb-overview', '4p-overview', 'soc-cc-role', 'lro-drop-ins', 'gain', 'asks-six-month-review'];

/** The entry that says how to reach each contact role. */
const ROLE_ENTRY: Record<ContactRole, string> = { 'soc-cc': 'soc-cc-contact', 'gain-coordinator': 'gain', rdt: 'lro-drop-ins' };
/** The entries that name each role: "who are the SOC CCs" asks for the people, so it gets the role's contact entry. */
const ROLE_NAMED_BY: Record<string, ContactRole> = {
  'soc-cc-role': 'soc-cc',
  'glossary-soc-cc': 'soc-cc',
  'glossary-gain': 'gain-coordinator',
  'glossary-rdt': 'rdt',
};

/** Validates the entries (unique ids, related ids exist), builds the search index and trains the classifier. */
export function createKnowledgeBase(entries: readonly KnowledgeEntry[], contacts: Contacts, examples: readonly LabelledQuestion[]): KnowledgeBase {
  const byId = new Map<string, KnowledgeEntry>();
  for (const entry of entries) {
    if (byId.has(entry.id)) throw new Error(`Duplicate knowledge entry id: ${entry.id}`);
    byId.set(entry.id, entry);
  }
  for (const entry of entries) {
    const missing = entry.related.filter((id) => !byId.has(id));
    if (missing.length) throw new Error(`Entry ${entry.id} has unknown related ids: ${missing.join(', ')}`);
  }
  const unlabelled = examples.flatMap((e) => e.ids).filter((id) => !byId.has(id));
  if (unlabelled.length) throw new Error(`Example questions name unknown entries: ${[...new Set(unlabelled)].join(', ')}`);
  const glossaryByName = new Map<string, KnowledgeEntry>();
  for (const entry of entries.filter((e) => e.category === 'glossary')) {
    for (const name of [entry.term ?? '', entry.title, ...entry.aliases]) {
      const key = nameKey(name);
      if (key && !glossaryByName.has(key)) glossaryByName.set(key, entry);
    }
  }
  const twins = new Map<string, Set<string>>();
  const pair = (a: string, b: string) => twins.set(a, (twins.get(a) ?? new Set()).add(b));
  for (const g of entries) {
    if (g.category !== 'glossary' || !g.term) continue;
    const term = ` ${searchTokens(g.term).join(' ')} `;
    for (const full of g.related.map((id) => byId.get(id)!)) {
      if ([full.title, ...full.aliases].some((n) => ` ${searchTokens(n).join(' ')} `.includes(term))) {
        pair(g.id, full.id);
        pair(full.id, g.id);
      }
    }
  }
  const index = createSearchIndex(entries);
  const ownWords = entries.flatMap((e) => [e.title, ...e.aliases, ...(e.askedAs ?? [])].map((q) => ({ q, ids: [e.id] })));
  const [classifier, together] = trainClassifiers(
    [...ownWords, ...examples],
    [(e) => (e.together ? [] : e.ids), (e) => (e.together ? [setLabel(e.ids)] : e.ids)],
  );
  const contactNames = new Map(
    contacts.contacts.flatMap((c) => (c.name ? [[` ${lettersOnly(c.name).replace(RANKS, '')} `, byId.get(ROLE_ENTRY[c.role])!] as const] : [])),
  );
  return {
    entries,
    contacts,
    byId,
    index,
    classifier,
    together,
    glossaryByName,
    twins,
    ownWords: new Map(entries.map((e) => [e.id, new Set(searchTokens(`${e.title} ${e.answer}`))])),
    // Single-entry examples only: the two-part questions' wording would tip "gang injuction" to "induction".
    respell: createSpeller(
      [
        ...entries.flatMap((e) => [e.title, ...e.aliases, ...e.keywords, ...(e.askedAs ?? []), e.answer]),
        ...examples.filter((e) => !e.together).map((e) => e.q),
      ],
      SPOKEN_WORDS,
    ),
    contactNames,
    recentAnswers: new LRUCache({ max: 1000 }),
  };
}

export function entryById(kb: KnowledgeBase, id: string): KnowledgeEntry | undefined {
  return kb.byId.get(id);
}

/** Good first topics for someone new to CHB: shown for an empty search and for "help". */
export function startingTopics(kb: KnowledgeBase): KnowledgeEntry[] {
  return STARTING_TOPIC_IDS.flatMap((id) => kb.byId.get(id) ?? []);
}

/** The full answer for a known entry, e.g. when a user picks a suggestion or a related topic. */
export function answerForEntry(kb: KnowledgeBase, id: string): Answer {
  const entry = kb.byId.get(id);
  return entry ? answerWith(kb, entry, 1) : { kind: 'unsure', suggestions: startingTopics(kb).slice(0, 3) };
}

export function topicList(kb: KnowledgeBase, topic: TopicListName): Extract<Answer, { kind: 'list' }> {
  switch (topic) {
    case 'phases':
      return { kind: 'list', title: 'The three CHB phases', entries: byCategory(kb, 'phase') };
    case 'foundation-blocks':
      return {
        kind: 'list',
        title: 'The ten CHB foundation blocks',
        entries: byCategory(kb, 'foundation-block')
          .filter((e) => e.block !== undefined)
          .sort((a, b) => (a.block ?? 0) - (b.block ?? 0)),
      };
    case '4p':
      return { kind: 'list', title: 'The 4P framework', entries: byCategory(kb, '4p') };
    case 'glossary':
      return {
        kind: 'list',
        title: 'Glossary',
        entries: byCategory(kb, 'glossary').sort((a, b) => (a.term ?? a.title).localeCompare(b.term ?? b.title)),
      };
  }
}

/** Foundation block `n` (1..10); any other number gets the overview and the nearest blocks as suggestions. */
export function foundationBlock(kb: KnowledgeBase, n: number): Answer {
  const blocks = kb.entries.filter((e) => e.category === 'foundation-block' && e.block !== undefined);
  const entry = blocks.find((e) => e.block === n);
  if (entry) return answerWith(kb, entry, 1);
  const nearest = [...blocks].sort((a, b) => Math.abs((a.block ?? 0) - n) - Math.abs((b.block ?? 0) - n)).slice(0, 2);
  const overview = kb.byId.get('fb-overview');
  return { kind: 'unsure', suggestions: [...(overview ? [overview] : []), ...nearest] };
}

/** A glossary definition; a term outside the glossary falls back to an ordinary question, else suggestions. */
export function define(kb: KnowledgeBase, term: string): Answer {
  const entry = glossaryEntry(kb, term);
  if (entry) return answerWith(kb, entry, 1);
  const fromSearch = searchAnswer(kb, term);
  if (fromSearch.kind === 'answer' || fromSearch.kind === 'unsure') return fromSearch;
  return { kind: 'unsure', suggestions: padSuggestions(kb, []) };
}

/** The glossary entry whose term, title or an alias is exactly `term` (word order and plurals aside). */
function glossaryEntry(kb: KnowledgeBase, term: string): KnowledgeEntry | undefined {
  return kb.glossaryByName.get(nameKey(term));
}

/** Ranked entries for the messaging extension; an empty query gives the starting topics. */
export function searchEntries(kb: KnowledgeBase, query: string, limit = 10): KnowledgeEntry[] {
  if (query.trim() === '') return startingTopics(kb).slice(0, limit);
  if (isIntelligenceRequest(query, kb.index.isTopicPhrase)) return [];
  return kb.index
    .rank(query)
    .hits.slice(0, limit)
    .map((h) => h.entry);
}

/**
 * The declines every question and typed form meets first: intelligence, legal advice, other regions, off-topic;
 * for the text as typed, or as meant when a typo hides what it asks ("serch warant", "the OGC memebers").
 */
export function decline(kb: KnowledgeBase, typed: string): Answer | undefined {
  const text = withoutSignature(withHouseSpellings(typed));
  const asTyped = declineAsWritten(kb, text);
  if (asTyped) return asTyped;
  const respelled = kb.respell(text);
  return respelled === text.toLowerCase() ? undefined : declineAsWritten(kb, respelled);
}

/** A closing thanks, in either case: "Thanks and best wishes", "cheers, sorry for the essay", "Many thanks". */
const THANKS = String.raw`(?:(?:[Mm]any|[Hh]uge|[Bb]ig) )?(?:[Tt]hanks|[Tt]hank you|[Tt]hx|[Tt]a|[Cc]heers|(?:[Kk]ind |[Ww]arm )?[Rr]egards|[Bb]est(?: wishes)?|[Aa]ll the best|[Mm]uch appreciated)`;
/** The sender's name or rank after it, capitalised and not a question: "Mrs Hughes", "Ch Insp R", "DC Morgan", "Lee-Anne", "Nicola (HR business partner)". */
const SIGNED_WORD = String.raw`[A-Z][A-Za-z]*(?:-[A-Z][a-z]+)?\.?`;
/** Then perhaps a title or team on its own line (read as " / ", see withHouseSpellings) or after a comma: "Dorset Police", "Office of the PCC", "Children's Services". */
const SIGNED_TITLE = String.raw`[A-Z][\w'’&-]*(?: (?:[A-Z][\w'’&-]*|of|the|and|for)){0,4}`;
const SIGNED = String.raw`(?!(?:Is|Are|Was|Were|Who|Whos|What|Whats|Where|When|Which|How|Has|Have|Had|Does|Do|Did|Can|Could|Will|Would|Should|Check|Run|Tell|Find|Any)\b)${SIGNED_WORD}(?:(?:\s+|\s*\/\s*)${SIGNED_WORD}){0,3}(?: ?\([^)]*\))?(?:(?:,|\s*\/|\n)\s*${SIGNED_TITLE})?[.!]*`;
const SIGNATURE = new RegExp(String.raw`(?:(?<=(?:^|[.?!]\s+)${THANKS}\b[^.?!]*),\s*${SIGNED}|(?<=(?:^|[.?!]\s+)${THANKS}\b[^?]*[.!]\s+)${SIGNED})\s*$`);

/**
 * The sender's name after a closing thanks ("... Thanks and best wishes, Mrs Hughes", "Many thanks. Sophie") names
 * who asks, not whom the question is about; nor does an HR business partner's title make the question HR, nor "Office
 * of the PCC" ask about the PCC.
 */
function withoutSignature(text: string): string {
  return text.replace(SIGNATURE, '');
}

function declineAsWritten(kb: KnowledgeBase, text: string): Answer | undefined {
  const intelligence = intelligenceRequest(text, kb.index.isTopicPhrase);
  const legal = isLegalAdviceRequest(text);
  const otherRegion = isOtherRegionContactRequest(text);
  // A legal question, or a request for another region's contact, that asks after people or places but holds no
  // personal details is declined as what it asks; neither decline keeps or repeats the text.
  if (intelligence && !((legal || otherRegion) && intelligence.noDetails)) return { kind: 'intelligence-refusal', namedPerson: intelligence.namedPerson };
  if (legal) return { kind: 'out-of-scope', reason: 'legal-advice' };
  if (otherRegion) return { kind: 'out-of-scope', reason: 'other-region' };
  // "HR keep talking about logging CPD hours. What does CPD stand for?", "... What's CPD?" and "what does PUP mean in the
  // coordinator job description" ask a term the glossary holds.
  // A scene of other policing ("a spate of shed burglaries") makes the question after it about that policing.
  const offTopic = isOutOfScope(text) && isOutOfScope(text.replace(PLEASANTRIES, ' ').trim() || text) && !askedBesideThingsInPassing(kb, text);
  const termAskedAbout = termDefinedInClause(kb, text) ?? termToDefine(kb, lastSentence(text)) ?? termMeantIn(kb, text);
  if (offTopic && !termAskedAbout && (isAboutOtherPolicing(text) || !answeredAfterContext(kb, text))) {
    return { kind: 'out-of-scope', reason: 'off-topic' };
  }
  return undefined;
}

/** Words in a question short enough to lean on the scene before it. */
const SHORT_QUESTION_WORDS = 8;

/** The distinct terms of a text that are topic words. */
function topicTerms(kb: KnowledgeBase, text: string): string[] {
  return [...new Set(kb.index.terms(text).filter((t) => kb.index.mentionsDomain([t])))];
}

/** How many words a text has, as typed. */
function wordCount(text: string): number {
  return text.trim().split(/\s+/).length;
}

/** A short question's one topic word, after "the", may be the scene's own: "... swap a rest day - how do I put the request in?". */
function pointsBackAtScene(kb: KnowledgeBase, question: string): boolean {
  const terms = topicTerms(kb, question);
  const [only] = terms;
  return (
    terms.length === 1 && wordCount(question) <= SHORT_QUESTION_WORDS && new RegExp(String.raw`\bthe ${only}`, 'i').test(canonicalTokens(question).join(' '))
  );
}

/** Topic words a question must name to stand on its own after a scene: one ("the request", "the process") may point back at it. */
const OWN_TOPIC_WORDS = 2;

/**
 * A question that asks ("?" or a question word) in more than a pointer's words and names topic words of its own, not
 * everyday senses: "What do ROCUs provide to forces?"; not "What's the reporting process?".
 */
function namesATopic(kb: KnowledgeBase, question: string): boolean {
  return asksItself(question) && wordCount(question) > POINTER_WORDS && namesTopicWords(kb, question);
}

/** The text names topic words of its own, not everyday senses of them. */
function namesTopicWords(kb: KnowledgeBase, text: string): boolean {
  return topicTerms(kb, text).filter((t) => !EVERYDAY_SENSES.has(t)).length >= OWN_TOPIC_WORDS;
}

/** A sentence that is a question, marked or not: "what's FB1 about?", "how do the drop-ins work". */
function asksItself(sentence: string): boolean {
  return sentence.includes('?') || ASKS_OPENING.test(sentence);
}

/**
 * Everyday things mentioned in passing: "someone in the canteen said CHB came from the army", "a boxing gym on the
 * estate wants to help", "my analyst is grilling me over coffee", "taxi drivers spotting exploitation - which P?".
 */
const IN_PASSING =
  /\b(?:coffee(?! mornings?)|canteen|meal deal|diary|(?:boxing )?gym|quiz|taxis?(?: firms?| drivers?)?|takeaways?|tenants?|tenancy|landlords?|dissertation)\b/gi;

/** How sure the answer must be once the things mentioned in passing are set aside. */
const IN_PASSING_ANSWER = 0.3;

/** A question the knowledge base answers once the everyday things it mentions in passing are set aside, naming topics of its own: not "what time does the gym open". */
function askedBesideThingsInPassing(kb: KnowledgeBase, text: string): boolean {
  const rest = text.replace(IN_PASSING, ' ');
  if (rest === text || isOutOfScope(rest) || !namesTopicWords(kb, rest)) return false;
  const answer = freshAnswer(kb, rest);
  return answer.kind === 'answer' && answer.score >= IN_PASSING_ANSWER;
}

/**
 * Small talk around a question ("hope you're well despite the rain!", "hope you've managed to grab a coffee ☕",
 * "sorry to bother you on a bank holiday"), up to a stop or a spaced dash: its everyday words do not make the question off-topic.
 */
const PLEASANTRIES =
  /\b(?:hope (?:you|your|ur|all|alls|the|that|everyone|things|its|this)|sorry to (?:bother|bug|trouble|disturb) you (?:on|during|over|at))\b(?:[^.!?,;:–—\p{Extended_Pictographic}-]|-(?!\s))*/giu;

/** A sentence that asks for something itself: "Road policing want advice on ...", "write me a plan for ...". */
const ASKS_FOR_HELP =
  /\b(?:want|wants|need|needs|asked|asking|after)\b.{0,20}\b(?:advice|help|tips|guidance|ideas)\b|\b(?:asked|asking|wants? to know|wondering)\b.{0,20}\bhow (?:to|do|can|should)\b|^\s*(?:please |pls )?(?:write|give|tell|send|draft|make|help|show|find)\b/i;
/** A remark after the question that is itself a question, though unmarked: "what's the capital of australia lol". */
const ASKS_OPENING = /^\s*(?:what|whats|how|which|who|whos|when|where|why|can|could|should|would|will|is|are|do|does|did)\b/i;
/** A last sentence this short that points back ("talk me through it?") asks about the scene, not on its own. */
const POINTER_WORDS = 5;
/**
 * The question's own answer must be at least this sure after an everyday scene, unless it names topics of its own; a
 * question before the everyday remarks, or one naming its own topics, needs only the lower bar. A statement ("before
 * the CHB meeting") is not a question before them.
 */
const SCENE_SET_ANSWER = 0.3;
const OWN_QUESTION_ANSWER = 0.1;

/**
 * "Putting dates in my diary for the year. How often do the drop-ins run?": statements that set the scene, then a
 * question the knowledge base answers on its own, perhaps with a remark after it ("what's FB1 about? sounds like a
 * team night out"). The everyday words of the scene and the remark do not make it off-topic.
 */
function answeredAfterContext(kb: KnowledgeBase, text: string): boolean {
  const sentences = splitSentences(text);
  const onTopic = sentences.map((s) => !isOutOfScope(s));
  // The question is the last on-topic sentence that asks, before any closing thanks and remarks; else the last on-topic one.
  const questionAt = sentences.map((s, i) => onTopic[i] && s.includes('?')).lastIndexOf(true);
  const at = questionAt >= 0 ? questionAt : onTopic.lastIndexOf(true);
  const asked = sentences[at];
  const asks = (s: string) => s.includes('?') || ASKS_FOR_HELP.test(s);
  if (sentences.length < 2 || !asked || sentences.slice(0, at).some(asks) || sentences.slice(at + 1).some((s) => asks(s) || ASKS_OPENING.test(s))) return false;
  if (REFERS_BACK.test(asked) && wordCount(asked) <= POINTER_WORDS) return false;
  // Only a question after the everyday scene may be about it; one before a remark ("sounds like a team night out") is not.
  const sceneBefore = onTopic.slice(0, at).includes(false);
  if (sceneBefore && pointsBackAtScene(kb, asked)) return false;
  const answer = freshAnswer(kb, asked);
  const standsAlone = sceneBefore ? namesATopic(kb, asked) : asksItself(asked);
  return answer.kind === 'answer' && answer.score >= (standsAlone ? OWN_QUESTION_ANSWER : SCENE_SET_ANSWER);
}

/**
 * Answers free text (the typed forms are rows of the routing table): guards first, then a question that stands on its
 * own after sentences that set the scene, a term asked after (in the whole question, in any clause or in its last
 * sentence), a quoted phrase asked about, a block or phase named by its neighbour, the question after a situation
 * told in clauses, the people in a role, "which phase / which block / which P", a part named within its overview,
 * several members of a numbered series, two-part and comparison questions part by part (unless a later part points
 * back at the first and one entry answers the whole), a single numbered reference, and finally search with a
 * confidence check: asked again without "for the south west" when only the region was found, both entries for a
 * comparison whose sides are described, narrowed from an overview to the parts it names, and relaxed to the two
 * halves of an "A and B" question when the whole finds no clear answer.
 * A question still unclear is asked again with its typos corrected. Last, the classifier may overrule an answer it
 * all but excludes (see doubtChecked), a closing check of one strand or phase gets it (see memberChecked), a pair
 * people ask together completes a single answer (see pairedAnswer), a part asking what letters stand for gets the
 * glossary entry (see lettersPart), the size of a change goes to the entry giving the figure in full (see figureInFull),
 * "how many X" goes to the entry that gives a number of X, and a comparison leads with the side that answers it.
 */
export function answerQuestion(kb: KnowledgeBase, typed: string): Answer {
  const text = withoutSignature(withHouseSpellings(typed));
  const key = createHash('sha256').update(text).digest('base64');
  const known = kb.recentAnswers.get(key);
  if (known) return known;
  const answer = unsureIfInDomain(
    kb,
    text,
    phaseTimingAsked(
      kb,
      text,
      ledByCoverage(
        kb,
        text,
        countFound(
          kb,
          text,
          figureInFull(
            kb,
            text,
            knownLast(
              kb,
              text,
              lettersPart(
                kb,
                text,
                pairedAnswer(kb, text, memberChecked(kb, text, doubtChecked(kb, text, respelledIfUnsure(kb, text, freshAnswer(kb, text))))),
              ),
            ),
          ),
        ),
      ),
    ),
  );
  kb.recentAnswers.set(key, answer);
  return answer;
}

/**
 * "new LRO here, had zero training, is that normal?": once its opener is set aside the question names nothing the
 * knowledge base knows, but the message does; unless a guard declined it, it is "not sure", with suggestions.
 */
function unsureIfInDomain(kb: KnowledgeBase, text: string, found: Answer): Answer {
  if (!isOffTopic(found) || decline(kb, text)) return found;
  // The names of the strands and phases are everyday words too ("protect my plants from frost").
  if (!kb.index.mentionsDomain(kb.index.terms(text).filter((t) => !EVERYDAY_SENSES.has(t)))) return found;
  return { kind: 'unsure', suggestions: padSuggestions(kb, distinctEntries(kb, kb.index.rank(text).hits, 3)) };
}

/** An off-topic decline: the guards', or the search's when the question has no word of the knowledge base's. */
function isOffTopic(answer: Answer): boolean {
  return answer.kind === 'out-of-scope' && answer.reason === 'off-topic';
}

/**
 * "is the Coxhed report worth a read": a question the search is unsure of as typed may be clear as spelt. One that
 * finds nothing of the knowledge base's ("knowlege hub", "hmicrfs?") is, only when the spelling names an entry: a
 * respelt "taser refresher" or "PDR grading" may land anywhere.
 */
function respelledIfUnsure(kb: KnowledgeBase, text: string, found: Answer): Answer {
  const respelled = kb.respell(text);
  const offTopic = isOffTopic(found);
  if ((found.kind !== 'unsure' && !offTopic) || respelled === text.toLowerCase()) return found;
  const again = freshAnswer(kb, respelled);
  if (again.kind !== 'answer') return found;
  return !offTopic || kb.index.rank(respelled).hits.some((h) => h.namesEntry && h.entry === again.entry) ? again : found;
}

/** How long a phase lasts, when it ran in Merseyside, and whether it overlaps or waits for another: the overview's subject. */
const PHASE_TIMING =
  /\b(?:how long|length|duration|when did|dates?|from when|overlap\w*|one after (?:the )?other|at the same time|while (?:we(?:['’]?re| are) )?still|strict(?:ly)?|sequence|wait (?:until|for)|(?:4th|fourth) (?:one|phase)|phase 4|in (?:that|what|which) order)\b/i;
/** "whats hold and how long does it last": the phase is asked too. */
const PHASE_ASKED_TOO = /\b(?:what(?:s| is| does)?|explain|describe)\b[^?]*?(?:\band\b|\?|,)\s*(?:also )?how long\b/i;

/**
 * "how long should clear last", "when did Merseyside launch their Build phase", "can we start build while still
 * clearing": a question about one phase's timing or order is answered by the entry on how the phases fit together.
 */
function phaseTimingAsked(kb: KnowledgeBase, text: string, answer: Answer): Answer {
  if (answer.kind !== 'answer' || answer.also.length > 0 || !SERIES_IDS.phase.includes(answer.entry.id) || !PHASE_TIMING.test(text)) return answer;
  const overview = kb.byId.get(SERIES_OVERVIEW.phase)!;
  return PHASE_ASKED_TOO.test(text) ? answerWith(kb, answer.entry, answer.score, [overview], 'parts') : answerWith(kb, overview, answer.score);
}

/** "I've seen", "we have already read", "I've heard of": what the asker has met already. */
const HAS_SEEN = String.raw`(?:i|we)(?:'ve|’ve|ve| have)? (?:already )?(?:seen|read|heard (?:about|of))`;
/**
 * What the asker says they know or have seen already, unless pointed at ("I know it's ..."): "I know GAIN stands for
 * ...", "Got the smarter practice bit.", "we've seen the evaluation;", "SIO I know, ...".
 */
const KNOWN_CLAUSE = new RegExp(
  String.raw`(?:^|[.?!;]\s+|,\s*)(?:(?:ok|okay|right|so),?\s+)?(?:i know|i get(?: that)?|i understand|understood|got the|${HAS_SEEN})\s+(?!(?:it|its|it's|they|they're|theyre|this|that|there)\b)([^.?!,;]+?)(?=\s*(?:[.?!,;]|\s[-–—]\s|\s+but\b))|(?:^|[.?!;]\s+)([^.?!,;]{2,30}?) i (?:know|get)\s*(?=[,.;-])`,
  'i',
);

/**
 * "I know GAIN stands for Government Agency Intelligence Network. What does it actually do?": of two entries answered,
 * the one for what the asker says they know already goes second, after the one they ask about.
 */
function knownLast(kb: KnowledgeBase, text: string, answer: Answer): Answer {
  if (answer.kind !== 'answer' || answer.also.length !== 1) return answer;
  const known = KNOWN_CLAUSE.exec(text);
  const [background] = (known && partEntries(kb, known[1] ?? known[2])) ?? [];
  return background === answer.entry ? answerWith(kb, answer.also[0], answer.score, [answer.entry], answer.shape) : answer;
}

/** How many more of the question's words the second side's text must hold to lead a comparison. */
const COVERAGE_LEAD = 1;

/** The briefing's section on how CHB differs from the usual local response. */
const DIFFERENCE_ID = 'chb-what-is-different';

/**
 * "Pursue or Prepare - which one is about reducing the impact?", "how does the 4P plan sit alongside the force SOC
 * management plan": a comparison leads with the side whose own text holds clearly more of the question's words,
 * since that side answers it; otherwise the sides stay in the order asked. "How is CHB different from the usual
 * SOC response" is answered by the section on what CHB changes, with the other side as background to it.
 */
function ledByCoverage(kb: KnowledgeBase, text: string, answer: Answer): Answer {
  if (answer.kind !== 'answer' || answer.shape !== 'comparison') return answer;
  const shown = [answer.entry, ...answer.also];
  const difference = shown.find((e) => e.id === DIFFERENCE_ID);
  if (difference)
    return answerWith(
      kb,
      difference,
      answer.score,
      shown.filter((e) => e !== difference),
      'parts',
    );
  if (answer.also.length !== 1) return answer;
  const words = [...new Set(searchTokens(text))].filter((w) => !kb.index.isEverywhere(w));
  const covers = (entry: KnowledgeEntry) => words.filter((w) => kb.ownWords.get(entry.id)!.has(w)).length;
  const [first, second] = [answer.entry, answer.also[0]];
  return covers(second) > covers(first) + COVERAGE_LEAD ? answerWith(kb, second, answer.score, [first], 'comparison') : answer;
}

/** "by how much did the crime severity index fall", "over what period": the size or span of a change. */
const CHANGE_SIZE_ASKED =
  /\b(?:how (?:much|far|quickly|fast|long|big)|over (?:what|which|how many)|in (?:what|how many) (?:time|period|months|weeks)|by what|what (?:percentage|per ?cent|%))\b/i;
/** What a term is, asked beside its change: "what does that index measure", "what is the CSI". */
const DEFINITION_ASKED =
  /\b(?:mean|means|meaning|measures?|measured|measuring|stands? for|define|definition)\b|\bwhat(?:'?s| is| are)\b(?! (?:the )?(?:figure|drop|fall|reduction|percentage|period))/i;
const PERCENTAGE = /\d+%/g;

/**
 * "by how much did the crime severity index fall": a glossary term that is a figure from a fuller entry (its
 * percentages all given there), asked the size or span of its change, wants that entry, which gives the figure among
 * the others; "what is the index" stays the glossary's.
 */
function figureInFull(kb: KnowledgeBase, text: string, answer: Answer): Answer {
  if (answer.kind !== 'answer' || answer.also.length > 0 || answer.entry.category !== 'glossary') return answer;
  const figures = answer.entry.answer.match(PERCENTAGE);
  if (!figures || !CHANGE_SIZE_ASKED.test(text) || DEFINITION_ASKED.test(text)) return answer;
  const full = answer.entry.related.map((id) => kb.byId.get(id)!).filter((entry) => figures.every((figure) => entry.answer.includes(figure)));
  return full.length === 1 ? answerWith(kb, full[0], answer.score) : answer;
}

/** "How many capabilities does SWROCU have", "how many pilot sites": the two words after, one of them the thing counted. */
const HOW_MANY = /\bhow many ([a-z-]+(?: [a-z-]+)?)/i;
const A_COUNT = String.raw`(?:\d+(?:-plus|\+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|twenty)`;
/** Among the entries the search finds first, where to look for the one that gives the count. */
const COUNT_CANDIDATES = 5;

/**
 * A single answer to "how many X" that gives no number of X gives way to the one entry, among those the search
 * finds first, that does: "how many capabilities does SWROCU have" is the microsite's "20-plus capabilities".
 */
function countFound(kb: KnowledgeBase, text: string, answer: Answer): Answer {
  const asked = HOW_MANY.exec(text);
  if (!asked || answer.kind !== 'answer' || answer.also.length > 0) return answer;
  const counts = asked[1]
    .toLowerCase()
    .split(' ')
    .map((w) => w.replace(/s$/, ''))
    .filter((w) => w.length > 2 && !STOP_WORDS.has(w) && !kb.index.isEverywhere(w))
    .map((w) => new RegExp(String.raw`\b${A_COUNT} (?:[\w-]+ ){0,2}?${w}s?\b`, 'i'));
  const gives = (entry: KnowledgeEntry) => counts.some((count) => count.test(entry.answer));
  if (counts.length === 0 || gives(answer.entry)) return answer;
  const giving = distinctEntries(kb, kb.index.rank(text).hits, COUNT_CANDIDATES).filter(gives);
  return giving.length === 1 ? answerWith(kb, giving[0], answer.score) : answer;
}

/** Past this probability the classifier is sure: the rules' single answer, if different, becomes "not sure". */
const CLASSIFIER_SURE = 0.95;
/** Past this, it is near certain, and its entry is answered instead. */
const CLASSIFIER_CERTAIN = 0.98;
/**
 * A question with no word of the knowledge base's ("which block is about getting the message out", "who's Lucy
 * Edgeworth?") is answered only past this: on everyday words alone ("recommend some boots") the classifier is often sure.
 */
const CLASSIFIER_BEYOND_WORDS = 0.999;

/**
 * The rules read a question's structure; the classifier has learned how people word a need. Where the rules
 * give one entry or none and the classifier is sure of another, it speaks: it answers a "not sure" (and, when all but
 * certain, a search that found no word of the knowledge base's), turns a contested answer into "not sure" with both
 * entries offered, and overrules only when near certain. Comparisons, parts, lists and the guards' declines are the
 * rules' alone.
 */
function withSecondOpinion(kb: KnowledgeBase, text: string, answer: Answer, only: (entry: KnowledgeEntry) => boolean): Answer {
  const offTopic = isOffTopic(answer);
  if (answer.kind !== 'unsure' && !offTopic && !(answer.kind === 'answer' && answer.also.length === 0)) return answer;
  const best = kb.classifier.classify(text).find((g) => only(kb.byId.get(g.id)!));
  if (!best || best.p <= (offTopic ? CLASSIFIER_BEYOND_WORDS : CLASSIFIER_SURE)) return answer;
  const entry = kb.byId.get(best.id)!;
  if (answer.kind === 'answer' && (answer.entry === entry || siblingNamedOnly(text, answer.entry, entry))) return answer;
  if (answer.kind !== 'answer' || best.p > CLASSIFIER_CERTAIN) return answerWith(kb, entry, best.p);
  return { kind: 'unsure', suggestions: [entry, answer.entry] };
}

/** Words that ask for a phase or strand next to the one named: "once hold is stable what comes next". */
const BESIDE_NAMED = /\b(?:after|next|before|then|once|comes?|move|follows?|following|previous|instead|rather)\b/i;

/**
 * "is clear about making the area safer or is it just about arrests?": the classifier's words for one phase or strand
 * do not overrule the rules' answer of another in the same series that the question names by name, the classifier's not.
 */
function siblingNamedOnly(text: string, ours: KnowledgeEntry, theirs: KnowledgeEntry): boolean {
  const overview = seriesOverviewOf(ours);
  if (overview === undefined || overview !== seriesOverviewOf(theirs) || BESIDE_NAMED.test(text)) return false;
  const named = membersNamed(text, overview);
  return named.has(ours.id) && !named.has(theirs.id);
}

/** Below this, a single answer's match is weak. */
const WEAK_MATCH = 0.5;
/** Below this, the classifier all but rules the answer out. */
const CLASSIFIER_RULES_OUT = 0.01;

/** Below this, the classifier contradicts even a strong match: the question's wording is another entry's. */
const CLASSIFIER_CONTRADICTS = 1e-8;

/** A place in a series asked after in words: "which is the last of the three phases", "what's the second block". */
const POSITION_ASKED = new RegExp(
  String.raw`\b(?:which|what)(?:'?s| is| one is)? (?:the )?(?:${Object.keys(ORDINALS).join('|')}|last|final|penultimate|middle)\b`,
  'i',
);

/** "the one after community asset mapping": a member asked for by its neighbour, the series left unsaid. */
const ONE_BESIDE = /\bthe one (?:just |right |straight )?(?:after|before|following|preceding)\b/i;

/** A comparison that asks the difference between its sides. */
const DIFFERENCE_ASKED = /\b(?:difference|differences|differ)\b/i;

/**
 * A weak match that the classifier all but rules out is a guess: it becomes "not sure", offering it beside the
 * classifier's choice, or the classifier's choice is answered when near certain. A strong match, or an answer of
 * several entries, is overruled only when the classifier is near certain of another entry and all but excludes
 * every entry shown; not a comparison that asks the difference.
 */
function doubtChecked(kb: KnowledgeBase, text: string, answer: Answer): Answer {
  // "What does CHB stand for? It's in the HMICFRS report": what letters stand for is the glossary's to say.
  if (answer.kind !== 'answer' || (answer.entry.category === 'glossary' && LETTERS_ASKED.test(text))) return answer;
  // "whats the difference between protect and prepare, writing my first 4p plan": a difference asked is the sides'.
  if (answer.shape === 'comparison' && DIFFERENCE_ASKED.test(text)) return answer;
  // The classifier reads words, not places in a series: "what comes after the resource block" names FB2 but asks for FB3,
  // and "which is the last of the three CHB phases" names none. Only where the series is named: "after a hit comes back
  // on GAIN, what next?" is no block or phase; and only a place asked after, not one in passing ("nearly all the first P").
  const ref = POSITION_ASKED.test(text) ? findSeriesReference(text) : undefined;
  const placed =
    (ref?.positions.length === 1 && seriesEntry(kb, ref.series, ref.positions[0]) === answer.entry) ||
    ((SERIES_NAMED.test(text) || ONE_BESIDE.test(text)) && memberByPlace(kb, text, text) === answer.entry);
  // Nor does it overrule the phase or strand a claim is checked about: "prevent is about locks and CCTV, isn't it?".
  if (answer.also.length === 0 && (placed || claimedMember(text) === answer.entry.id)) return answer;
  const weak = answer.also.length === 0 && answer.score < WEAK_MATCH;
  const supported = (guesses: readonly EntryGuess[]) =>
    [answer.entry, ...answer.also].some((e) => (guesses.find((g) => g.id === e.id)?.p ?? 0) >= (weak ? CLASSIFIER_RULES_OUT : CLASSIFIER_CONTRADICTS));
  let guesses = kb.classifier.classify(text);
  if (supported(guesses)) return answer;
  // "I know about CSPs but what's an OCG?": what the asker knows is background, so the question is read alone. Not a
  // scene or a remark, which the whole message's reading often needs ("Can the SOC CCs help?" after a scene).
  const asked = askedAfterBut(questionPart(kb, text));
  if (asked !== undefined) {
    guesses = kb.classifier.classify(asked);
    if (supported(guesses)) return answer;
  }
  const best = guesses[0] && kb.byId.get(guesses[0].id);
  if (!best) return answer;
  if (guesses[0].p > CLASSIFIER_CERTAIN) return answerWith(kb, best, guesses[0].p);
  return weak ? { kind: 'unsure', suggestions: [best, answer.entry] } : answer;
}

/** One part of a message asks what letters stand for: "FB = ?", "SRO abbrev", "what's GAIN short for". */
const LETTERS_PART = /\b(?:stands? for|short for|in full|letters|acronym|abbrev\w*|spell(?:ed|t)? (?:it |that |them )?out)\b|=\s*(?:\?|$)/i;
/** Where a message divides into parts. */
const PART_BREAK = /[?.!;]+\s*|\s+[-–—=+]\s+|,?\s+(?:and|also|plus|then|separately)\s+|,\s+/i;
/** A part that asks without a question word: "tell me how a request works". */
const ASKS_MORE_OF = /^(?:tell|explain|give|show|send|list|summari[sz]e|describe)\b/i;

/**
 * "SOC CC - what is that acronym, and what's the role actually for": a part asking what a glossary term's letters
 * stand for, or a part that asks for the term alone ("What's an OCG? Then how does Clear target them", "NPCC ="), gets
 * the glossary entry, beside the single answer found for the other part. With nothing else asked ("someone wrote 'cc
 * your LRO' - what does that abbreviation mean"), the glossary entry is the answer.
 */
function lettersPart(kb: KnowledgeBase, text: string, answer: Answer): Answer {
  if (answer.kind !== 'answer' || answer.also.length > 0 || answer.entry.category === 'glossary') return answer;
  // "+ SRO = ?" keeps its "=" with the term, which the break at " = " would otherwise take.
  const parts = text
    .replace(/\s*=\s*\?+/g, '=?')
    .split(PART_BREAK)
    .filter((p) => wordCount(p) >= 2 || termOnly(kb, p));
  const asked = parts.findIndex((p) => LETTERS_PART.test(p) || termOnly(kb, p));
  if (parts.length < 2 || asked < 0) return answer;
  // "saw 'CHB' on the CSP agenda, what does it stand for": a quoted term is the one asked.
  const quoted = QUOTED.exec(text)?.[1];
  const term =
    termIn(kb, parts[asked], true) ?? (quoted ? termIn(kb, quoted, true) : undefined) ?? (asked > 0 ? termIn(kb, parts[asked - 1], true) : undefined);
  if (!term || term === answer.entry) return answer;
  // "What's a CSP and who sits on it" asks about the partnership itself: a term named alone is its full entry's.
  if (!LETTERS_PART.test(parts[asked]) && isTwin(kb, term, answer.entry)) return answer;
  const alsoAsks = parts.some((p, i) => {
    const part = p.trim().replace(/^(?:and|also|plus|then|but|so)\s+/i, '');
    return i !== asked && (part.includes('?') || STARTS_QUESTION.test(part) || ASKS_MORE_OF.test(part));
  });
  return alsoAsks ? answerWith(kb, term, answer.score, [answer.entry], 'parts') : answerWith(kb, term, answer.score);
}

/** The words around a term asked on its own: "what's an OCG", "+ whats PUP", "btw what's the RDT", "NPCC =", "what does SIO mean btw". */
const AROUND_TERM =
  /^\s*(?:and |also |plus |ps |btw |\+ ?)?(?:what(?:'s|’s|s| is| are| does| do)? )?(?:the |an? )?|\s*(?:mean|means)?\s*(?:btw|again|even)?\s*$/gi;

/** A part that asks for a glossary term alone, with "what", "=" or an add-on's "+", "ps" or "btw": "whats RDT", "NPCC =", "+ NCA", "CSP btw?". */
function termOnly(kb: KnowledgeBase, part: string): boolean {
  if (!/[?=]|^\s*(?:\+|ps\b|btw\b)|\bbtw\s*$|^\s*(?:and |also |plus )?what/i.test(part)) return false;
  const term = kb.glossaryByName.get(canonicalTokens(part.replace(/[?=!.]+/g, ' ').replace(AROUND_TERM, '')).join(' '));
  // "working out key messages for the comms plan - what FB?" asks which block, not what FB stands for.
  return !!term && !(SERIES_TERMS.has(term.id) && WHICH_MEMBER_WORDING.test(part));
}

/** "what FB", "what foundation block": "what" straight before a series' name asks which member. */
const WHICH_MEMBER_WORDING = /\bwhat\s+(?!(?:'?s|’s|is|are|does|do)\b)\w/i;

/** The label of entries asked together, in one order whatever order they were asked in. */
function setLabel(ids: readonly string[]): string {
  return [...ids].sort().join('+');
}

/** Past this, the classifier of entry sets is sure which two entries are asked together. */
const PAIR_SURE = 0.97;
/** Past this, it is near certain, and its pair replaces a two-entry answer's second entry. */
const PAIR_CERTAIN = 0.999;

/**
 * "What's MoRiLE and does it go in the baseline?": people ask some pairs of entries in one message, in words the
 * rules do not read as two parts. When the classifier of entry sets is sure of such a pair, a single answer found
 * by search (not a direct lookup) that is one of the two gets the other beside it, and a "not sure" gets both.
 * When near certain, a two-entry answer led by one of the pair gets the other as its second entry: "qualitative
 * vs quantitative benefits" is the two kinds of benefit, not one kind and the overview.
 */
function pairedAnswer(kb: KnowledgeBase, text: string, answer: Answer): Answer {
  const single = answer.kind === 'answer' && answer.also.length === 0 && answer.score < 1;
  const twoShown = answer.kind === 'answer' && answer.also.length === 1;
  if (answer.kind !== 'unsure' && !single && !twoShown) return answer;
  const best = kb.together.best(text);
  if (!best || best.p <= PAIR_SURE) return answer;
  const pair = best.id.split('+').flatMap((id) => kb.byId.get(id) ?? []);
  if (pair.length !== 2) return answer;
  if (answer.kind === 'unsure') {
    // "What's a SPOC, and why do they want one?": a term asked first leads, as withDefinition has it.
    const defined = termToDefine(kb, firstClause(text));
    const rank = (e: KnowledgeEntry) => (e === defined ? -1 : answer.suggestions.includes(e) ? answer.suggestions.indexOf(e) : Infinity);
    const [first, second] = [...pair].sort((a, b) => rank(a) - rank(b));
    return answerWith(kb, first, best.p, [second], 'parts');
  }
  const other = pair.find((e) => e !== answer.entry);
  if (!other || !pair.includes(answer.entry)) return answer;
  if (single) return answerWith(kb, answer.entry, answer.score, [other], 'parts');
  return answer.also[0] !== other && best.p > PAIR_CERTAIN ? answerWith(kb, answer.entry, answer.score, [other], answer.shape) : answer;
}

/** The message without its preamble, opener and asides, with a topic put back where a pronoun stands for it. */
function questionPart(kb: KnowledgeBase, text: string): string {
  return topicPutBack(kb, withoutAside(kb, withoutOpener(kb, withoutPreamble(text))));
}

function freshAnswer(kb: KnowledgeBase, text: string): Answer {
  const declined = decline(kb, text);
  if (declined) return declined;
  const contact = contactNamed(kb, text);
  if (contact) return answerWith(kb, contact, 1);

  const question = questionPart(kb, text);
  const withContact = andWhoToAsk(kb, question) ?? whoToAskThen(kb, question);
  if (withContact) return withContact;
  const afterScene =
    questionAfterBut(kb, question) ??
    questionAfterLabel(kb, text) ??
    questionAfterScene(kb, question) ??
    memberMeantLast(kb, question) ??
    memberClaimed(kb, text);
  if (afterScene) return afterScene;
  // After a sentence of context, the last sentence asks: "The SOC CC role is 'supported through the PUP'. What's the PUP?"
  // It may open as a message does: "Reading a police document. Quick one, what's an SRO?"
  const lastAsTyped = lastSentence(question);
  const last = withoutPreamble(lastAsTyped);
  const context = lastAsTyped !== question;
  // Unless the rest is a second question: "What's a PCC? And what does ASB stand for?" has two parts.
  // A statement then a question is one: "Quick acronym question. What's SOC short for?"; so is a question then a
  // remark: "What does CHB stand for? It's all over the CSP papers."
  const first = firstClause(question);
  const twoQuestions =
    (/\?/.test(question.slice(0, question.length - lastAsTyped.length)) && asksSomething(lastAsTyped)) ||
    (asksSomething(first) && asksAgain(question.slice(first.length)));
  const defined =
    termDefined(kb, question) ??
    (context && !twoQuestions ? termDefined(kb, last) : undefined) ??
    (twoQuestions ? undefined : (termDefined(kb, first) ?? termDefinedInClause(kb, question))) ??
    termReferredTo(kb, text) ??
    expansionChecked(kb, question) ??
    termAskedAtTheEnd(kb, text);
  const spelled = termsSpelledOut(kb, question) ?? termsPointedAt(kb, question);
  if (spelled) return spelled;
  const afterFirst = question.slice(first.length);
  const definedThenMore = definitionAndLaterPart(kb, first, afterFirst) ?? definitionAndAnother(kb, first, afterFirst);
  if (definedThenMore) return definedThenMore;
  if (defined) return answerWith(kb, defined, 1);
  const quoted = quotedAsked(kb, text);
  if (quoted) return quoted;
  // "A youth worker asked me what the 'four Ps' are. How do I explain them?": the term inside is asked.
  // "asked what ROCU means" asks for the meaning, as "what does ROCU mean" would.
  const reported = EMBEDDED_WHAT.exec(question);
  // "Tell me who the SOC CCs are and who the GAIN coordinator is": a second question of its own makes two parts, answered below.
  const reportedFirstOfTwo = reported && secondQuestionAfter(question.slice(reported.index + reported[0].length));
  const embedded = reportedFirstOfTwo ? undefined : (reported?.[1] ?? identityChecked(kb, question));
  const inner = embedded === undefined ? undefined : freshAnswer(kb, reported?.[2] ? `what does ${embedded} mean` : `what is ${embedded}`);
  if (inner?.kind === 'answer') return inner;
  const next = memberByPlace(kb, text, question);
  if (next) return answerWith(kb, next, 1);
  // "We've done the locality profile and governance, but what should the comms plan cover?": statements, then the question.
  // The context still counts: the entry must be among those the whole question finds first, unless the
  // question asks what a term is ("Before I go to the drop-in, what is the RDT?").
  const split = splitQuestion(question);
  // "The briefing says 8 pilot sites, but the evaluation mentions 13": a claim checked against another source.
  const claim = claimChecked(kb, question) ?? orderOfTwo(kb, question);
  if (claim) return claim;
  const asked = split?.kind === 'comparison' ? undefined : questionAfterContext(question);
  const afterContext = asked === undefined ? undefined : freshAnswer(kb, asked);
  if (
    afterContext?.kind === 'answer' &&
    (termToDefine(kb, asked ?? '') === afterContext.entry || distinctEntries(kb, kb.index.rank(question).hits, CONTEXT_SUPPORT).includes(afterContext.entry))
  ) {
    return afterContext;
  }
  const people = whoHoldsRole(kb, question);
  if (people) return answerWith(kb, people, 1);
  // A term asked in one of two parts is that part's answer ("What's the NPCC, and who there leads on organised crime?"),
  // and the whole question's answer only when the parts do not both find one.
  const explained = EXPLAIN_ASKED.test(text);
  const wholeTerm = termAsked(kb, question, explained);
  const term = (split?.kind === 'parts' ? undefined : wholeTerm) ?? (context && !twoQuestions ? termAsked(kb, last, explained) : undefined);
  if (term) return term;
  // "Which block ..." asked in one part of two is for that part: "what does Build involve, and which block ...";
  // asked of a comparison ("prevent or protect, which P covers ..."), both sides are shown.
  // A numbered member ("what's the fourth block about") is the series' to answer.
  const member = split || findSeriesReference(question)?.positions.length ? undefined : memberAsked(kb, question);
  if (member?.kind === 'answer') return member;
  const part = withinOverview(kb, question);
  const partAnswer = part === undefined ? undefined : freshAnswer(kb, part);
  if (partAnswer?.kind === 'answer') return partAnswer;
  // A question whose later part points back at the first ("what's X and how do they help", "what goes wrong
  // with 4P plans? reviewing ours next week") is about one topic: an entry that answers the whole beats
  // splitting it, unless the asker says it has parts. Only such a question needs the whole searched this early.
  // "What legacy is CHB meant to leave? And has the College recognised it?": "it" is CHB itself, which every entry is about.
  const oneTopic =
    split?.kind === 'parts' &&
    !PARTS_ANNOUNCED.test(text) &&
    !aboutChbItself(kb, split.parts[0]) &&
    split.parts
      .slice(1)
      .some((p) => REFERS_BACK.test(p) && !asksWhatNamed(kb, p) && !asksAboutAnother(kb, split.parts[0], p) && !guessedApart(kb, split.parts[0], p));
  // Whether the parts are one topic is the rules' call: the classifier knows single topics only.
  const ranked = oneTopic ? rankedAnswer(kb, question, anyEntry) : undefined;
  const early = ranked && split ? withDefinition(kb, split.parts[0], withSecondOpinion(kb, question, ranked, anyEntry)) : undefined;
  // Several members of a series named together ("the second and third strands") are answered from the series.
  const series = seriesAnswer(kb, question);
  if (series && (series.kind !== 'answer' || series.also.length > 0)) return withLaterPart(kb, laterPart(split), series);
  const byParts =
    split && ranked?.kind !== 'answer' && answerParts(kb, question, split.parts, split.kind, split.kind === 'comparison' ? sideEntries : partEntries);
  if (byParts) return withLaterPart(kb, split.later, byParts);
  if (wholeTerm) return wholeTerm;
  const together = membersNamedTogether(kb, question) ?? namesJoined(kb, question);
  if (together) return together;
  if (series) return series;
  // "what does VAWG stand for, a partner asked me": the question before the remark is what is asked.
  const head = questionHead(question);
  const headAnswer = head === undefined ? undefined : freshAnswer(kb, head);
  if (headAnswer?.kind === 'answer') return headAnswer;
  const whole = early ?? searchAnswer(kb, question);
  // "... prosecute them. Which P is that?" found a phase: a member of the other series answers another question, so
  // the members of the series asked stay the suggestions.
  if (
    member?.kind === 'unsure' &&
    whole.kind === 'answer' &&
    whole.also.length === 0 &&
    seriesOverviewOf(whole.entry) &&
    !member.suggestions.includes(whole.entry)
  )
    return member;
  const regionless = beyondOurRegion(kb, question, whole);
  if (regionless) return regionless;
  const compared =
    whole.kind !== 'answer' || whole.also.length === 0
      ? (sidesCompared(kb, question) ?? eachOfTwo(kb, question) ?? eachCoordinated(kb, question, whole))
      : undefined;
  if (compared) return compared;
  const halves = splitOnAnd(question);
  // An overview found for "explain pursue and prepare" is there because both of its parts are named: the parts are asked.
  if (whole.kind === 'answer' && whole.entry.id.endsWith('-overview') && whole.also.length === 0) {
    return (
      (halves && answerParts(kb, question, halves, 'parts', namedEntries)) ||
      (SERIES_WIDE.test(question) ? undefined : onlyMemberNamed(kb, question, whole.entry)) ||
      eachCoordinated(kb, question) ||
      whole
    );
  }
  if (whole.kind === 'answer') return whole;
  // Unsure between an overview and its parts, for a question naming one part ("what does Prepare cover"): the part.
  // So is a first suggestion that is the one part named as a strand or phase ("what counts as pursue activity").
  const [firstSuggestion] = whole.kind === 'unsure' ? whole.suggestions : [];
  const namedPart = firstSuggestion
    ? (onlyMemberNamed(kb, question, firstSuggestion) ??
      (NAMED_AS_TOPIC.test(question.toLowerCase()) ? memberNamedFirst(kb, question, firstSuggestion) : undefined))
    : undefined;
  if (namedPart) return namedPart;
  const relaxed = whole.kind === 'unsure' ? domainWordsAnswer(kb, question) : undefined;
  if (relaxed) return relaxed;
  return (halves && answerParts(kb, question, halves, 'parts', namedEntries)) || eachCoordinated(kb, question) || whole;
}

/** The part asked last: the last of several parts, or a question of its own after a comparison. */
function laterPart(split: SplitQuestion | undefined): string | undefined {
  return split?.kind === 'parts' ? split.parts.at(-1) : split?.later;
}

/**
 * "FB6 + FB7, what are they - and when are the drop-ins", "hold vs build? and who's our SOC CC": a later part that names
 * no member of a series, and does not point back at what was asked before it, is answered beside it.
 */
function withLaterPart(kb: KnowledgeBase, later: string | undefined, members: Answer): Answer {
  if (!later || members.kind !== 'answer' || findSeriesReference(later) || REFERS_BACK.test(later)) return members;
  const shown = [members.entry, ...members.also];
  const added = (partEntries(kb, later) ?? []).filter((e) => !shown.includes(e));
  return added.length ? answerWith(kb, members.entry, members.score, [...members.also, ...added], 'parts') : members;
}

/** Two words joined by "and" that share what follows: "the qualitative and (the) quantitative benefits". */
const COORDINATED = /\b([a-z0-9-]+) (?:and|&) (?:the )?([a-z0-9-]+)\b/gi;

/**
 * "qualitative and quantitative benefits from the pilots": the question asked once with each of the two words,
 * when each finds its own clear answer, asks about both, unless the whole found another single answer.
 */
function eachCoordinated(kb: KnowledgeBase, question: string, whole?: Answer): Answer | undefined {
  for (const m of question.matchAll(COORDINATED)) {
    // Both words must be the knowledge base's own: "where does clear end and hold start" joins two clauses, not two words.
    if (!kb.index.mentionsDomain([m[1].toLowerCase()]) || !kb.index.mentionsDomain([m[2].toLowerCase()])) continue;
    const [before, after] = [question.slice(0, m.index), question.slice(m.index + m[0].length)];
    // "the phase between clear and build" asks for the one in between.
    if (/\bbetween\s+$/i.test(before)) continue;
    const [one, other] = [m[1], m[2]].map((word) => searchAnswer(kb, `${before}${word}${after}`));
    if (one.kind !== 'answer' || other.kind !== 'answer' || one.also.length || other.also.length) continue;
    // A single answer found for the whole stands unless it is one of the two ("HMICFRS and CHB" names one entry).
    const wholeElsewhere = whole?.kind === 'answer' && whole.entry !== one.entry && whole.entry !== other.entry;
    if (one.entry !== other.entry && !isTwin(kb, one.entry, other.entry) && !wholeElsewhere) return answerWith(kb, one.entry, 1, [other.entry], 'parts');
  }
  return undefined;
}

/** "Who's <name>", "<name> phone number": the entry on reaching the contact the deployment's file names. */
function contactNamed(kb: KnowledgeBase, text: string): KnowledgeEntry | undefined {
  const padded = ` ${lettersOnly(text.replace(/[’‘`´']s\b/g, ''))} `;
  return [...kb.contactNames].find(([name]) => padded.includes(name))?.[1];
}

/** Ranks and titles before a contact's name ("DI 1234 Casey Sample"): people ask by the name alone. */
const RANKS = /^(?:(?:detective|di|ds|dc|dci|dsi|pc|ps|sgt|insp|inspector|sergeant|constable|superintendent|supt|chief|mr|mrs|ms|miss|dr) )+/;

function lettersOnly(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

/** "... and what is the Police Uplift Programme that supports it": a part asking what a thing it names is asks about that thing. */
function asksWhatNamed(kb: KnowledgeBase, part: string): boolean {
  const named = /^\s*(?:and\s+)?(?:what|who)(?:'?s| is| are) (?:the |a |an )?(.+)$/i.exec(part)?.[1];
  return named !== undefined && kb.index.rank(named.replace(/\s+(?:that|which|on|in)\b.*$/i, '')).hits[0]?.namesEntry === true;
}

/**
 * The question before a remark that follows it ("what does VAWG stand for, a partner asked me", "what's PUP?
 * it's in the first paragraph"): a clause starting with a question word, cut at the first comma, question
 * mark or dash, when what follows asks nothing ("..., and what do they provide?" is a second question).
 */
function questionHead(question: string): string | undefined {
  const m = /^\s*((?:what|whats|what's|who|whos|who's|how|where|when|which|why|is|are|does|do|can)\b[^,?;]*?)\s*(?:[,?;]|\s[-–—]\s)\s*(\S.*)$/i.exec(question);
  if (!m || /\?\s*$/.test(m[2]) || ASKS_MORE.test(m[2])) return undefined;
  return m[1];
}

/** The term a later part compares with: "how is it different from an SRO?". */
const OTHER_SIDE = /\b(?:different (?:from|to|than)|differs? from|compared? (?:with|to)|vs|versus)\s+(?:an?\s+|the\s+)?([a-z0-9&/ -]{1,30}?)\s*\??\s*$/i;

/**
 * "What's an SRO, and how is that different from the LRO?": a term asked after, then a question about it. The
 * later part is read with the term in place of "it", "that" or "them", and each part is answered on its own.
 * Both are shown when they differ; a later part the term's own full entry answers ("What's a CSP, and which law set
 * them up?") is one topic, unless the first asked what the acronym stands for. A twin that is about more than the
 * term is not its own: "What's a SPOC, and why do the SOC CCs want one?" is the definition and the ask.
 */
function definitionAndLaterPart(kb: KnowledgeBase, first: string, rest: string): Answer | undefined {
  const later = rest.replace(/^[\s?.!,;:–-]*/, '');
  if (!ASKS_MORE.test(later)) return undefined;
  const acronym = termDefined(kb, first);
  const term = acronym ?? termToDefine(kb, first);
  if (!term) return undefined;
  const firstAnswer = freshAnswer(kb, first);
  const laterAnswer = searchAnswer(kb, later.replace(/^(?:and|or|but|also|plus)[,\s]+/i, '').replace(REFERS_BACK_ALL, term.term ?? term.title));
  if (firstAnswer.kind !== 'answer' || firstAnswer.also.length > 0) return undefined;
  const one = firstAnswer.entry;
  // "What does SIO stand for, and how is it different from an SRO?": where the search finds the term again, or nothing
  // sure, the other side is the term named.
  const found = laterAnswer.kind === 'answer' && laterAnswer.entry !== one ? laterAnswer.entry : undefined;
  const side = OTHER_SIDE.exec(later)?.[1];
  const other = found ?? (side === undefined ? undefined : glossaryEntry(kb, side));
  // A twin of the term's definition that is not the term's own entry (the SOC CCs' ask for a SPOC) is a second topic.
  if (!other || one === other || (!acronym && (isOwnEntry(kb, term, other) || (isTwin(kb, one, other) && one !== term)))) return undefined;
  return answerWith(kb, one, 1, [other], 'parts');
}

/** A later part that only names another term: "? And a CSP?", ". plus LRO", ", also VAWG?". */
const ANOTHER_TERM = /^[\s?.!,;:–-]*(?:and|also|plus|or|what about|how about)\s+(?:an?\s+|the\s+)?([a-z0-9&/ -]{1,30}?)\s*\??\s*$/i;

/** "What's a PCC? And a CSP?": a term asked after, then another asked in the same words; both are defined. */
function definitionAndAnother(kb: KnowledgeBase, first: string, rest: string): Answer | undefined {
  const named = ANOTHER_TERM.exec(rest)?.[1];
  const one = termDefined(kb, first) ?? termToDefine(kb, first);
  // "and can CSPs use it too" asks a question, not after another term.
  const other = named === undefined || ASKS_MORE.test(named) ? undefined : glossaryEntry(kb, named);
  if (!one || !other || one === other) return undefined;
  return answerWith(kb, one, 1, [other], 'parts');
}

/** A clause that asks rather than tells: it ends with a question mark or opens with a question word. */
function asksSomething(clause: string): boolean {
  return /\?\s*$/.test(clause) || STARTS_QUESTION.test(clause) || asksFor(clause);
}

/** A request without a question word asks too: "Give me an overview of the blocks. And what does RDT stand for", "... and tell me the governance block". */
function asksFor(clause: string): boolean {
  return ASKS_MORE_OF.test(clause.trim().replace(/^(?:and|also|plus|then)[\s,]+/i, ''));
}

/** What follows a first clause is another question about something else: ", and which strand links to VAWG", "? Also what is ...". */
function asksAgain(rest: string): boolean {
  const next = rest.replace(/^[\s?.!,;:–-]*(?:separately|also|plus|unrelated|q2|different subject)?[\s,:-]*/i, '');
  return (ASKS_MORE.test(next) || /\?\s*$/.test(next) || asksFor(next)) && !REFERS_BACK.test(next);
}

const MIN_CONTEXT_WORDS = 5;
const SELF_INTRODUCTION = /^\s*(?:as an?|i)\b|\bhere\s*$/i;
/**
 * A clause that says what is known or done already: "i know fb2 is resources", "hold I get", "we've done FB6 already",
 * "the asset map is done".
 */
const ALREADY_SETTLED =
  /^\s*(?:i know|i get|i understand|we(?:'ve|’ve|ve| have) (?:done|got|finished|completed|sorted|covered|had)\b|.*\b(?:is|are) (?:done|sorted|finished|complete|completed|in place|covered)\b|.*\b(?:already|i (?:get|understand|know)(?: (?:that|it|them))?)\s*$)/i;
const CLAUSES = /\s*(?:[,;]\s*(?:but|so)?|\s(?:but|so)|\s[-–—])\s+/i;
const STARTS_QUESTION = /^(?:what|whats|how|hows|who|whos|where|wheres|when|whens|which|why|can|could|should|is|are|does|do)\b/i;

/** A question that weighs what came before: "What's the difference?", "Do I need both?". */
const WEIGHS_UP = /\b(?:difference|different|differ|compare|compared|vs|versus|both|each|either|the two|same)\b/i;
/** A second question in the same sentence: "What's the ask, and what does a tactical adviser do?", "... for? When ...". */
const ASKS_TWICE =
  /\?.*\S.*$|(?:,|\band\b|\bor\b|\balso\b)\s+(?:what|whats|who|whos|how|hows|when|where|which|why|is|are|do|does|did|can|could|should|would)\b/i;
/** Words that join a question to the sentence before it: "But what is 4P?", "So who do I ring?". */
const JOINS_ON = /^(?:but|so|ok|okay|anyway|and|right)\b[,\s]*/i;

/**
 * "FB7 baseline is done. What are we meant to achieve in the clear phase?": sentences that tell where things stand,
 * then a question that needs nothing from them. The topics the sentences name are background, not the question: the
 * question alone is answered when it is clear on its own.
 */
function questionAfterScene(kb: KnowledgeBase, question: string): Answer | undefined {
  // Only a full stop or an exclamation mark ends a scene: "Clear vs Hold - what's the difference?" is one question.
  const sentences = question.split(/(?<=[.!])\s+/).filter((s) => s.trim());
  const asked = withoutPreamble(sentences.at(-1) ?? '').replace(JOINS_ON, '');
  const scene = sentences.slice(0, -1);
  if (scene.length === 0 || !STARTS_QUESTION.test(asked) || REFERS_BACK.test(asked) || WEIGHS_UP.test(asked) || ASKS_TWICE.test(asked)) return undefined;
  // "Locality profile written. What's the next block?" asks for the block after the one the scene names.
  if (memberByPlace(kb, question, question)) return undefined;
  if (
    scene.some(
      (s) =>
        s.includes('?') ||
        splitSentences(s).some((p) => STARTS_QUESTION.test(p) || ASKS_MORE_OF.test(p)) ||
        ASKS_FOR_HELP.test(s) ||
        /\bv(?:s|ersus)\b/i.test(s),
    )
  ) {
    return undefined;
  }
  const answer = freshAnswer(kb, asked);
  return answer.kind === 'answer' && answer.score >= SCENE_SET_ANSWER ? answer : undefined;
}

/** "sorry if daft q but what's GAIN?", "I know what CHB is but what does RDT stand for?": the question after "but". */
const THEN_BUT_ASKED =
  /^([^?]{8,}?)(?:,|\s[-–—]|\.)?\s+but\s+((?:what|whats|what's|how|who|whos|who's|where|when|which|why|is|are|does|do|can|should|could|has|have)\b[^]*)$/i;
/** An apology for asking, which says nothing of the topic. */
const APOLOGY = /\b(?:sorry|daft|silly|stupid|basic|obvious|embarrass\w*|random|right place|not being funny|dumb|naive)\b/i;
/** What the asker knows already, has seen or is content with, which is not what they ask: "I've read the guide, but ...". */
const ALREADY_KNOWN = new RegExp(
  String.raw`\b(?:i|we|(?:i|we)(?:['’]?m| am|['’]?re| are) [^,]{1,40} and)(?: already)? (?:know|understand)\b|^\W*(?:(?:ok|okay|right|so),? )?(?:already )?(?:know|understand)\b|\bi get (?:what|that|the)\b|\b${HAS_SEEN}\b|\b(?:is|s|are|was|were|sounds?|looks?) (?:really |very |all )?(?:great|fine|good|helpful|useful|clear|brilliant|ok|okay|interesting)\b`,
  'i',
);

/**
 * An apology, or what the asker already knows, has seen or likes, then "but" and a question that needs nothing from it:
 * the question is answered alone when it is clear alone ("I know HMICFRS flagged it, but has the College of Policing
 * recognised CHB?").
 */
function questionAfterBut(kb: KnowledgeBase, question: string): Answer | undefined {
  const asked = askedAfterBut(question);
  const answer = asked === undefined ? undefined : freshAnswer(kb, asked);
  return answer?.kind === 'answer' ? answer : undefined;
}

/** The question after "but", when the words before it apologise or say what the asker knows (see questionAfterBut). */
function askedAfterBut(question: string): string | undefined {
  const m = THEN_BUT_ASKED.exec(question);
  return m && (APOLOGY.test(m[1]) || ALREADY_KNOWN.test(m[1])) && !REFERS_BACK.test(m[2]) ? m[2] : undefined;
}

/**
 * "housing officer - what's our part in hold?", "new LRO - what is CHB short for?": the asker's job, then a dash. A job
 * the topics do not name; an LRO only when new or the like, since "LRO - what does it stand for" asks about the LRO.
 */
const JOB_THEN_DASH =
  /^\s*(?:(?!(?:vs|versus|v|or|and|sro|sio|lro|soc|gain|chb|rocu|swrocu)\b)[a-z]+\s+){0,3}?(?:manager|officer|worker|analyst|inspector|insp|sergeant|sgt|pcso|pc|dci|di|ds|dc|supt|(?:new|experienced|trainee|acting) lro)\s*[-–—]\s+([^]+)$/i;

/** The question after the asker's job and a dash, answered alone when it is clear alone. */
function questionAfterLabel(kb: KnowledgeBase, question: string): Answer | undefined {
  const asked = JOB_THEN_DASH.exec(question)?.[1];
  const answer = asked === undefined ? undefined : freshAnswer(kb, asked);
  return answer?.kind === 'answer' ? answer : undefined;
}

/**
 * A closing clause asking what one phase or strand means or covers, after words that only set the scene: "We're in the
 * Clear phase - in 4P terms what does Prevent mean?", "Our plan is all Pursue. Remind me what Pursue is supposed to
 * cover exactly?". The phase or strand asked is the answer, whatever else the scene names.
 */
const MEMBER_MEANT_LAST = new RegExp(
  String.raw`(?:[.?!:;,]\s+|\s[-–—]\s+)(?:(?:so|ok|okay|right|then|remind me|in (?:the )?4 ?ps? (?:terms|sense|speak)),?\s+)*` +
    String.raw`what(?:'?s| is| are| does| do)? (?:(?:the )?['‘"“]?(pursue|prevent|protect|prepare|clear|hold|build)['’"”]?(?: (?:strand|phase|stage|p|bit|side))?|(?:that|this) (strand|phase|stage|p))(?: is| are)?` +
    String.raw`(?: (?:actually|exactly|really|even|supposed to|meant to))* (?:mean|cover|involve|entail|include|look like|achieve|for)` +
    String.raw`(?:,? (?:exactly|actually|then|again|in practice|in (?:the )?4 ?ps? (?:terms|sense)|(?:in|within) (?:a |the |our )?(?:4 ?p|chb)(?: (?:plan|framework|model|approach|sense|terms))?))*\s*[?.!]*\s*$`,
  'i',
);

/** A check closing a sentence of the scene ("Pursue is prosecute and disrupt right?") tells rather than asks. */
const CHECK_TAG = String.raw`(?:right|yeah|yes|no|innit|isnt it|correct)`;
const TAG_CHECK = new RegExp(String.raw`\b${CHECK_TAG}\s*\?+\s*$`, 'i');

function memberMeantLast(kb: KnowledgeBase, question: string): Answer | undefined {
  const m = MEMBER_MEANT_LAST.exec(question);
  if (!m) return undefined;
  // The scene keeps the mark that ends it, so a question mark there still shows.
  const before = question.slice(0, m.index + 1);
  // A scene that asks something of its own makes two questions: "Who could advise on Prevent? Also, what does Prevent cover?".
  if (splitSentences(before).some((s) => (s.includes('?') && !TAG_CHECK.test(s)) || STARTS_QUESTION.test(s) || ASKS_MORE_OF.test(s))) return undefined;
  // "that strand" points at the one strand the scene names: "the GAIN coordinator mentioned Protect - what does that strand cover?".
  const overview = m[2] === undefined ? undefined : /^(?:phase|stage)$/i.test(m[2]) ? 'phases-overview' : '4p-overview';
  const pointed = overview === undefined ? undefined : onlyMemberNamed(kb, before, kb.byId.get(overview)!);
  const member = m[1] === undefined ? undefined : MEMBER_BY_NAME.get(m[1].toLowerCase());
  return pointed ?? (member && answerWith(kb, kb.byId.get(member.id)!, 1));
}

/** A phase or strand by its one-word name, perhaps quoted, perhaps with its series word: "'clear' phase", "the Hold bit". */
const NAMED_MEMBER = String.raw`['‘"“]?(pursue|prevent|protect|prepare|clear|hold|build)['’"”]?(?: (?:phase|strand|stage|bit|p|side))?`;

/**
 * "prevent is about protecting victims isnt it?", "Build is where police build the prosecution file, right?": a claim
 * about one phase or strand, checked. That phase or strand is the answer, which confirms or corrects the claim,
 * whatever the claim names.
 */
const MEMBER_CLAIMED = new RegExp(
  String.raw`^\W*(?:(?:so|ok|okay|just to check|quick check),?\s+)?(?:the )?${NAMED_MEMBER} (?:is|are|means?|covers?|involves?|=)\b[^?]*?\b(?:${CHECK_TAG}|doesnt it|surely)\s*\?*\s*$`,
  'i',
);

/**
 * "hold phase - is that the one where we build community resilience?", "is build the bit where police do the
 * enforcement?": whether a phase or strand is the one that does something asks about that one, whatever the rest names.
 */
const MEMBER_AS_THE_ONE = new RegExp(
  String.raw`^\W*(?:is (?:the )?${NAMED_MEMBER} the|(?:the )?${NAMED_MEMBER}\s*[-–—:,]\s*is (?:that|it|this)(?: the)?) (?:one|bit|phase|strand|stage|part|p|side) (?:where|when|that|which|for|about)\b[^?]*\?*\s*$`,
  'i',
);

/** The id of the phase or strand a claim is checked about, if the text is such a check and names no other of its series. */
function claimedMember(text: string): string | undefined {
  const plain = withoutPreamble(text);
  const asTheOne = MEMBER_AS_THE_ONE.exec(plain);
  if (asTheOne) return MEMBER_BY_NAME.get((asTheOne[1] ?? asTheOne[2]).toLowerCase())?.id;
  const member = MEMBER_BY_NAME.get(MEMBER_CLAIMED.exec(plain)?.[1]?.toLowerCase() ?? '');
  return member && membersNamed(text, member.overview).size === 1 ? member.id : undefined;
}

function memberClaimed(kb: KnowledgeBase, text: string): Answer | undefined {
  const id = claimedMember(text);
  return id === undefined ? undefined : answerWith(kb, kb.byId.get(id)!, 1);
}

/** The last clause, when it is the only one that asks something: the clauses before it tell the situation (not for a comparison). */
function questionAfterContext(question: string): string | undefined {
  const clauses = question.split(CLAUSES).filter((c) => c.trim());
  const last = clauses.at(-1);
  if (clauses.length < 2 || !last || !STARTS_QUESTION.test(last) || REFERS_BACK.test(last)) return undefined;
  const context = clauses.slice(0, -1);
  // A few words before the question introduce the asker ("nbh sgt here - how can ..."), and who asks shapes the answer.
  // So does the asker telling of themselves, at any length ("As a SOC tactical adviser, ...", "I chair a CSP in Devon - ...").
  // Not when they say what is known or done already: "i know fb2 is resources but what's fb3 asking for".
  const settled = context.every((c) => ALREADY_SETTLED.test(c));
  if (!settled && (context.join(' ').split(/\s+/).length < MIN_CONTEXT_WORDS || SELF_INTRODUCTION.test(context[0]))) return undefined;
  return context.some((c) => STARTS_QUESTION.test(c) || /\?/.test(c)) ? undefined : last;
}

/**
 * "What is FB5, and how does it feed into the Build phase?": a later part whose subject points back but that
 * names an entry of its own, other than the first part's, asks about that entry too. Where the pointer is
 * the object ("can CSPs use it too"), the later part still asks about the first.
 */
function asksAboutAnother(kb: KnowledgeBase, first: string, later: string): boolean {
  if (!POINTS_BACK_AS_SUBJECT.test(later)) return false;
  const [mine] = namedEntries(kb, later.replace(REFERS_BACK_ALL, ' ')) ?? [];
  const [theirs] = partEntries(kb, first) ?? [];
  return !!mine && !!theirs && mine !== theirs && !isTwin(kb, mine, theirs);
}

/** A part that names CHB but no entry of its own: a pronoun after it points at CHB, not at the part's answer. */
function aboutChbItself(kb: KnowledgeBase, part: string): boolean {
  return searchTokens(part).includes('chb') && namedEntries(kb, part) === undefined;
}

/** A second question after the first: "and what do they provide", "or can the inspector ...". */
const ASKS_MORE =
  /^(?:(?:and|or|but|also|plus)[,\s]+)?(?:what|whats|how|hows|who|whos|when|whens|where|wheres|which|why|is|are|was|does|do|did|has|have|can|could|should|would|will)\b/i;

/** A later part that points back at the first: "... and how can they help", "... and who runs it". */
const REFERS_BACK = /\b(?:they|them|their|it|its|this|that|these|those|ours|one)\b/i;
const REFERS_BACK_ALL = new RegExp(REFERS_BACK.source, 'gi');
/** A second question of its own after a first: "... and who the GAIN coordinator is"; not "... and how do I explain them". */
function secondQuestionAfter(rest: string): boolean {
  const second = /^\s*,?\s*and\s+((?:who|what|when|where|which|how)\b.*)$/is.exec(rest)?.[1];
  return second !== undefined && !REFERS_BACK.test(second);
}
/** "does it ...", or "after it", "different from it": the later part's own subject is another than the one pointed back to. */
const POINTS_BACK_AS_SUBJECT =
  /\b(?:does|do|is|are|can|could|will|would|did|has|have|should)\s+(?:it|they|this|that|these|those)\b|\b(?:after|before|following|than|from|with)\s+(?:it|them|that|this)\b/i;

/** Words for the whole series: "a 4P approach in each phase or just clear", "the 4 p's", "how does it fit with the other two". */
const SERIES_WIDE = /\b(?:every|each|all|across|whole|other (?:two|three|ones?|ps)|(?:4|four|three|3) p'?s|phases|strands)\b/i;

/** The one-word names of the phases and the 4P strands, by the overview they belong to. */
const MEMBER_NAMES: Record<string, Record<string, string>> = {
  '4p-overview': { pursue: '4p-pursue', prevent: '4p-prevent', protect: '4p-protect', prepare: '4p-prepare' },
  'phases-overview': { clear: 'phase-clear', hold: 'phase-hold', build: 'phase-build' },
};

/** "What goes under Prepare in a plan against an OCG": an overview found for a question naming just one of its parts gives the part. */
function onlyMemberNamed(kb: KnowledgeBase, question: string, overview: KnowledgeEntry): Answer | undefined {
  const named = membersNamed(question, overview.id);
  const [only] = named;
  return named.size === 1 ? answerWith(kb, kb.byId.get(only)!, 1) : undefined;
}

/** The ids of the phases or strands of a series (by its overview's id) that a text names by their one-word names. */
function membersNamed(text: string, overviewId: string): Set<string> {
  const members = MEMBER_NAMES[overviewId] ?? {};
  return new Set(
    text
      .toLowerCase()
      .split(/[^a-z]+/)
      .flatMap((w) => members[w] ?? []),
  );
}

/** Every phase and strand by its one-word name, with the overview of its series. */
const MEMBER_BY_NAME = new Map(
  Object.entries(MEMBER_NAMES).flatMap(([overview, members]) => Object.entries(members).map(([name, id]) => [name, { id, overview }] as const)),
);

/** The overview of the series a phase or strand belongs to; undefined for any other entry. */
function seriesOverviewOf(entry: KnowledgeEntry): string | undefined {
  return Object.keys(MEMBER_NAMES).find((id) => Object.values(MEMBER_NAMES[id]).includes(entry.id));
}

/**
 * A closing check of one phase or strand: "civil orders against OCG members - is that pursue?", "does that count as
 * Hold?", "licensing powers on their businesses - Pursue or something else?".
 */
const MEMBER_CHECKED = new RegExp(
  String.raw`(?:\b(?:is (?:that|this|it) (?:still |really |just |actually |more |all )?|counts? as |(?:come|comes|fall|falls|go|goes|sit|sits) (?:under|in|into) )(?:a |an |the )?['‘"“]?(pursue|prevent|protect|prepare|clear|hold|build)|\b(pursue|prevent|protect|prepare|clear|hold|build)(?= (?:strand |phase )?,? ?or (?:something|somewhere|anything) else\b))` +
    String.raw`['’"”]?(?: (strand|phase|stage|p|work|activity|territory|then))?(?: (?:in|on|under) (?:the |our |my |a )?(?:4 ?p )?plan)?(?:,? or (?:not|something else|somewhere else|anything else|what)\b[^?.!]{0,30})?\s*[?.!]*\s*$`,
  'i',
);

/**
 * Whether an action belongs to the phase or strand named is answered by that phase or strand: an answer from the
 * other series (a phase for "is that pursue?"), the series' overview, "not sure", or an off-topic decline gives way
 * to it. An answer from the other series that the message itself names ("target hardening in the hold phase - is that
 * protect?") stays beside it.
 */
function memberChecked(kb: KnowledgeBase, text: string, answer: Answer): Answer {
  const checked = MEMBER_CHECKED.exec(text);
  const member = checked && MEMBER_BY_NAME.get((checked[1] ?? checked[2]).toLowerCase());
  if (!member) return answer;
  const single = answer.kind === 'answer' && answer.also.length === 0 ? answer.entry : undefined;
  const overview = single && seriesOverviewOf(single);
  const other = overview !== member.overview ? overview : undefined;
  // "is that clear?" is everyday English: a phase checked without the word "phase" only corrects the other series.
  const everyday = member.overview === 'phases-overview' && !/^(?:phase|stage)$/i.test(checked[3] ?? '');
  const unanswered = answer.kind === 'unsure' || isOffTopic(answer);
  if (!other && single?.id !== member.overview && (everyday || !unanswered)) return answer;
  const entry = kb.byId.get(member.id)!;
  const named = other === undefined ? undefined : onlyMemberNamed(kb, text.slice(0, checked.index), kb.byId.get(other)!);
  return named?.kind === 'answer' && named.entry === single ? answerWith(kb, named.entry, 1, [entry], 'parts') : answerWith(kb, entry, 1);
}

/** The first suggestion, when it is the only member of a series the question names. */
function memberNamedFirst(kb: KnowledgeBase, question: string, first: KnowledgeEntry): Answer | undefined {
  const overview = seriesOverviewOf(first);
  const named = overview === undefined ? undefined : onlyMemberNamed(kb, question, kb.byId.get(overview)!);
  return named?.kind === 'answer' && named.entry === first ? named : undefined;
}

/** Words that join a later part on: "and", "also", "plus", "then", "oh and", "&". */
const PART_JOINER = String.raw`(?:and\s+|also\s+|if so,?\s+|so\s+|plus\s+|then\s+|oh,?\s+and\s+|[&+]\s+)`;
/** "who are the SOC CCs", "and who's the GAIN coordinator": the role asked for. */
const WHO_ARE = new RegExp(String.raw`^\s*${PART_JOINER}?(?:who(?:'?s| is| are)|whos) ((?:(?!\band\b)[^,?])+?)\s*[?.!]*\s*$`, 'i');

/** "our regional", "the local" before a role ("who's our regional SOC CC"): every role here is the region's. */
const OURS = /^(?:(?:our|my|the)\s+)?(?:regional|local)\s+/i;

/** "need the names of the SOC community coordinators for a board paper": the role whose people are named. */
const NAMES_OF =
  /^\s*(?:(?:i )?need |can i (?:get|have) |give me |send me |list )?(?:the )?names? (?:of|for) (?:the )?(.+?)(?: (?:please|pls|for|so|to)\b.*)?\s*[?.!]*\s*$/i;

/** "Who are the SOC CCs for the south west?", "names of the SOC CCs": the people in a role, so the entry on reaching them. */
function whoHoldsRole(kb: KnowledgeBase, question: string): KnowledgeEntry | undefined {
  const namesOf = NAMES_OF.exec(question);
  const role = (WHO_ARE.exec(question) ?? namesOf)?.[1]?.replace(OUR_REGION, '').replace(OURS, '');
  const [named] = (role && namedEntries(kb, role)) || [];
  const held = named && ROLE_NAMED_BY[named.id];
  // "who are the RDT" asks what the team is, as "who are the NCA" would; its people are asked by name ("names of the RDT").
  if (held === 'rdt' && !namesOf) return undefined;
  return held && kb.byId.get(ROLE_ENTRY[held]);
}

/**
 * "Which block comes straight after the locality profile?", "the block before governance", "strand after the
 * neighbourhood policing one", "the P before Protect", "which block is 2 places after the locality profile",
 * "whats three blocks before the launch", "after hold what phase comes next", "the phase between clear and build":
 * a member asked for by its neighbours.
 */
const SERIES_WORD = String.raw`(?:foundation )?(block|fb|phase|stage|step|strand|p|ask|one|comes)`;
/** Counted places are plural: "three blocks before the launch". */
const SERIES_WORDS = String.raw`(?:foundation )?(blocks|fbs|phases|stages|steps|strands|ps)`;
const STEPS = String.raw`(?:(\d|two|three|four|five) (?:places?|blocks?|phases?|steps?|ps?|strands?) )?`;
const DIRECTION = String.raw`(?:(?:just|right|straight|immediately) )?(after|following|follows|before|preceding|precedes)`;
const NAME_ENDS = String.raw`(?: (?:one|block|phase|stage|strand))?\s*(?:[?.!,;:]|\s[-–—]\s|$)`;
const NEXT_TO_NAMED = new RegExp(
  String.raw`(?:^|\b(?:the|which|what|whats|what's|a)\s+)${SERIES_WORD}\b(?: that)?(?: comes| is| sits| goes| falls)? ${STEPS}${DIRECTION} (?:the )?(.{3,60}?)${NAME_ENDS}`,
  'i',
);
/** "whats after governance" asks what comes after it. */
const WHATS_AFTER = /\bwhat(?:'s|’s|s| is)\s+(?=(?:(?:just|right|straight|immediately) )?(?:after|before) )/i;
/** "whats three blocks before the launch": how many places away, then the series. */
const STEPS_FROM_NAMED = new RegExp(
  String.raw`\b(?:what|whats|what's|which)(?: is| are)? (\d|two|three|four|five) ${SERIES_WORDS} ${DIRECTION} (?:the )?(.{3,60}?)${NAME_ENDS}`,
  'i',
);
/**
 * "Straight after the locality profile, which block comes next?", "after clear, what's next?", "ok so after the clear
 * phase, what's the next phase for?": the neighbour named first, after a chat's opener.
 */
const NAMED_THEN_ASKED = new RegExp(
  String.raw`^\s*(?:(?:ok(?:ay)?|right|so|and|then|cool|great|thanks)\b[,.!]?\s+)*${DIRECTION} (?:the )?(.{3,40}?),? (?:(?:which|what|whats|what's)(?: is)?(?: the)?(?: next)? ${SERIES_WORD}\b|(?:what|whats|what's)(?: is| comes)? next\b)`,
  'i',
);
/** "the phase between clear and build", "what block is between FB7 and FB9", "whats between fb4 and fb6", "the one between clear and build". */
const BETWEEN_NAMED =
  /(?:^|\b(?:the|which|what|whats|what's|a)\s+)(?:(block|fb|phase|stage|strand|p|one)\b (?:(?:that )?(?:comes|sits|is|lies) )?|(?:comes|sits|is|lies) )?between (?:the )?(.{3,40}?) and (?:the )?(.{3,40}?)\s*(?:[?.!,;:]|\s[-–—]\s|$)/i;
const STEP_COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };
/** "which block comes next", "what's the next phase", "what block is after that": the next member asked for. */
const NEXT_ASKED = String.raw`[\s,.;:!–—-]*(?:(?:so|ok|right|now),? )?(?:which|what|whats|what's)(?: is| comes| would be)?(?: the)? (?:next (?:foundation )?(block|fb|phase|stage)\b|(?:foundation )?(block|fb|phase|stage) (?:comes |is )?(?:next|after (?:that|it|this|those|them))\b)`;
/**
 * "We've done our locality profile, which block comes after that?", "set up gold silver bronze - what's the next block?",
 * "my force has done FB1 and FB2, what's the next block": the member after the last one done.
 */
const DONE_THEN_NEXT = new RegExp(
  String.raw`\b(?:done|finished|completed|ticked off|sorted|set up|set|agreed|held|had|got through)(?: with)? (?:the |our |my |all (?:of )?(?:the )?)?(.{3,50}?)${NEXT_ASKED}`,
  'i',
);
/** "Site picked and locality profile written. What's the next foundation block?": what is done, named first. */
const NAMED_DONE_THEN_NEXT = new RegExp(
  String.raw`(?:^|[.,;!?]\s*)([^.,;!?]{3,60}?) (?:(?:is|are|now|all|been|already) )*(?:done|written|finished|completed|sorted|agreed|in place|mapped|signed off|set up)${NEXT_ASKED}`,
  'i',
);

/** Words that name a series or its list. */
const SERIES_NAMED = /\b(?:blocks?|fbs?|phases?|stages?|strands?|ps|list)\b/i;

/** A member of a series asked for by its place ("not the hold phase, the one after it", "done FB4, what's next", "the 7th block") or as one of it ("is LRO training one of the FBs"). */
function memberByPlace(kb: KnowledgeBase, text: string, question: string): KnowledgeEntry | undefined {
  const neighbour = findNeighbourReference(text);
  return (
    (neighbour && seriesEntry(kb, neighbour.series, neighbour.position)) ||
    neighbourOfNamed(kb, question) ||
    nextAfterDone(kb, question) ||
    memberPlaced(kb, question) ||
    memberCounted(kb, question) ||
    memberOfList(kb, question)
  );
}

/** The series a word names, or every series for "what comes after ..." and "the one after ...". */
function seriesNamed(word: string): Series[] {
  const w = word.toLowerCase().replace(/s$/, '');
  if (w === 'block' || w === 'fb') return ['fb'];
  if (w === 'strand') return ['strand'];
  if (w === 'p') return ['p'];
  if (w === 'ask') return ['ask'];
  return w === 'come' || w === 'one' ? ['fb', 'phase', 'p', 'strand'] : ['phase'];
}

/** Where an entry sits in one of the series, if it is a member. */
function placeIn(entry: KnowledgeEntry, series: Series[]): { series: Series; position: number } | undefined {
  if (entry.block !== undefined) return series.includes('fb') ? { series: 'fb', position: entry.block } : undefined;
  for (const s of series) {
    const at = s === 'fb' ? -1 : SERIES_IDS[s].indexOf(entry.id);
    if (at >= 0) return { series: s, position: at + 1 };
  }
  return undefined;
}

/** The member of the series the words name best: "governance" is FB6 among the blocks. */
function memberNamed(kb: KnowledgeBase, words: string, series: Series[]) {
  return kb.index
    .rank(words)
    .hits.map((h) => placeIn(h.entry, series))
    .find((place) => place !== undefined);
}

/** The member after those the asker has done: the highest numbered, or the one the words name. */
function nextAfterDone(kb: KnowledgeBase, question: string): KnowledgeEntry | undefined {
  const done = DONE_THEN_NEXT.exec(question) ?? NAMED_DONE_THEN_NEXT.exec(question);
  if (!done) return undefined;
  const ref = findSeriesReference(done[1]);
  const last = ref?.positions.length ? { series: ref.series, position: Math.max(...ref.positions) } : memberNamed(kb, done[1], seriesNamed(done[2] ?? done[3]));
  return last && seriesEntry(kb, last.series, last.position + 1);
}

function neighbourOfNamed(kb: KnowledgeBase, question: string): KnowledgeEntry | undefined {
  const between = BETWEEN_NAMED.exec(question);
  if (between) {
    const series = seriesNamed(between[1] ?? 'comes');
    const [a, b] = [memberNamed(kb, between[2], series), memberNamed(kb, between[3], series)];
    return a && b && a.series === b.series && Math.abs(a.position - b.position) === 2 ? seriesEntry(kb, a.series, (a.position + b.position) / 2) : undefined;
  }
  const next = NEXT_TO_NAMED.exec(question.replace(WHATS_AFTER, 'what comes '));
  const counted = STEPS_FROM_NAMED.exec(question);
  const first = NAMED_THEN_ASKED.exec(question);
  const [word, steps, direction, name] = next
    ? [next[1], next[2], next[3], next[4]]
    : counted
      ? [counted[2], counted[1], counted[3], counted[4]]
      : first
        ? [first[3] ?? 'comes', undefined, first[1], first[2]]
        : [];
  // "the one before it" names its neighbour elsewhere; "the stage after the arrests where you ..." names the arrests.
  const bare = name?.replace(/\s+(?:where|which|that|who|when)\b.*$/i, '');
  const named = word && bare && !/^(?:it|that|this|them)$/i.test(bare) ? memberNamed(kb, bare, seriesNamed(word)) : undefined;
  if (!named || !direction) return undefined;
  const distance = steps ? (STEP_COUNTS[steps.toLowerCase()] ?? Number(steps)) : 1;
  return seriesEntry(kb, named.series, named.position + (/^(?:after|following|follows)$/i.test(direction) ? distance : -distance));
}

/** A series' word closing a half: "... and the baseline block", "... and comms blocks?". */
const SERIES_NOUN_LAST = /\s+(block|phase|strand|ask|p)s?\s*[?.!]*\s*$/i;
/** The most words a half naming a member has, series word included: "the comms strategy block". */
const MEMBER_NAME_WORDS = 5;

/**
 * "tell me about the governance block and the baseline block", "the launch and the comms strategy blocks", "the
 * SPOC ask and the CSP boards ask": two members of a series, each named in a few words, are both asked.
 */
function membersNamedTogether(kb: KnowledgeBase, question: string): Answer | undefined {
  const halves = splitOnAnd(question);
  const noun = halves && SERIES_NOUN_LAST.exec(halves[1])?.[1];
  if (!halves || !noun || halves[1].split(' ').length > MEMBER_NAME_WORDS) return undefined;
  const series = seriesNamed(noun);
  const member = (_: KnowledgeBase, half: string) => {
    const name = half
      .replace(SERIES_NOUN_LAST, '')
      .split(' ')
      .slice(-(MEMBER_NAME_WORDS - 1))
      .join(' ');
    const top = kb.index.rank(name).hits[0];
    return top && placeIn(top.entry, series) ? [top.entry] : undefined;
  };
  return answerParts(kb, question, halves, 'parts', member);
}

/** Words that ask about what follows them: "explain", "tell me about", "can someone explain". */
const ASKS_ABOUT = /^(?:(?:can|could) (?:someone|you|anyone) )?(?:explain|tell me about|summari[sz]e|what about)\s+/i;
/** A name rather than a question or a statement: no question word or speaker first, no word pointing back ("the hold phase", "GAIN"). */
const A_NAME_ONLY =
  /^(?!(?:what|whats|how|hows|who|whos|when|where|which|why|is|are|can|could|does|do|did|should|would|will|has|have|i|im|we|were|our|my|using)\b)(?!.*\b(?:it|its|they|them|their|this|that|those|these|where|which|who|whose|when)\b)[^?]{2,60}$/i;
/** "the third and final phase": an ordinal shares the noun after "and", so it names nothing alone. */
const ENDS_IN_ORDINAL = new RegExp(String.raw`\b(?:${Object.keys(ORDINALS).join('|')}|last|final)$`);
/** The most words a name joined to another has: "the comms strategy block". */
const MAX_JOINED_NAME_WORDS = 5;

/**
 * "the performance baseline and the comms strategy", "explain Hold and Build for a housing officer", "pilots n
 * evaluation - quick summary for my supt": two names joined, each answered, when what follows asks about nothing else.
 */
function namesJoined(kb: KnowledgeBase, question: string): Answer | undefined {
  const [head] = question.split(/\s+[-–—:]\s+|[,!]\s+|\?/);
  const halves = splitJoinedNames(head.replace(ASKS_ABOUT, ''));
  if (!halves?.every((half) => A_NAME_ONLY.test(half) && !ENDS_IN_ORDINAL.test(half) && half.split(' ').length <= MAX_JOINED_NAME_WORDS)) return undefined;
  // The tail is searched only for a head that is two names.
  if (kb.index.mentionsDomain(kb.index.terms(question.slice(head.length)))) return undefined;
  return answerParts(kb, question, halves, 'parts', partEntries);
}

/**
 * "is community engagement FB9 or FB10?", "is build phase 2 or 3", "what number is socialisation in the blocks":
 * where a named member sits is asked, so the member is the answer.
 */
const PLACE_GUESSED =
  /^\s*is (?:the )?(.{3,40}?)(?: (?:foundation )?(block|fb|phase|strand|p|stage))? ?(?:no\.? ?)?\d{1,2} or (?:(?:foundation )?block |fb ?|phase |strand |p )?\d{1,2}\s*[?.!]*\s*$/i;
const PLACE_ASKED =
  /\bwhat (?:number|position|place)(?: (?:foundation )?(?:block|fb|phase|strand|p))? (?:is|does) (?:the )?(.{3,40}?)(?: (?:come|sit|have))?(?: in (?:the )?(?:list of )?(?:(?:foundation )?blocks|fbs|phases|4 ?ps|ps|strands|list|order))?\s*(?:[?.!]*\s*$|\?\s+i (?:had|have|put) it (?:down )?as\b)/i;
/** "community engagement is FB9 isn't it?": a place claimed for a named member, which the member's entry confirms or corrects. */
const PLACE_CLAIMED =
  /^\s*(?:the )?(.{3,40}?) is (?:in )?(?:(?:foundation )?(block|fb|phase|strand|p|stage) ?)\d{1,2},? (?:isn['’]?t it|is it not|right|yeah|yes)\s*[?.!]*\s*$/i;

/** The strands and phases by their one-word names, and those names as they appear in a list. */
const MEMBER_IDS: Record<string, string> = Object.assign({}, ...Object.values(MEMBER_NAMES));
const LISTED_MEMBER = new RegExp(String.raw`\b(${Object.keys(MEMBER_IDS).join('|')})\b`, 'gi');
/** "the second one", "the last one", after the list. */
const ONE_OF_THE_LIST = /\bthe (first|second|third|fourth|1st|2nd|3rd|4th|last|final) one\b/i;
const MIN_LISTED = 3;

/**
 * "In Pursue, Prevent, Protect, Prepare, what does the last one mean?": after a list of three or more strands or
 * phases, "the second one" is the second the asker listed, in their order (the briefing's own order differs from others').
 */
function memberOfList(kb: KnowledgeBase, question: string): KnowledgeEntry | undefined {
  const asked = ONE_OF_THE_LIST.exec(question);
  if (!asked) return undefined;
  const listed = [...new Set([...question.slice(0, asked.index).matchAll(LISTED_MEMBER)].map((m) => m[1].toLowerCase()))];
  if (listed.length < MIN_LISTED) return undefined;
  const at = ORDINALS[asked[1].toLowerCase()] ?? listed.length;
  return at <= listed.length ? kb.byId.get(MEMBER_IDS[listed[at - 1]]) : undefined;
}

function memberPlaced(kb: KnowledgeBase, question: string): KnowledgeEntry | undefined {
  const m = PLACE_GUESSED.exec(question) ?? PLACE_ASKED.exec(question) ?? PLACE_CLAIMED.exec(question);
  const placed = m ? memberNamed(kb, m[1], m[2] ? seriesNamed(m[2]) : ['fb', 'phase', 'p', 'strand']) : undefined;
  return placed && seriesEntry(kb, placed.series, placed.position);
}

/** "is LRO training one of the foundation blocks?", "why is communication one of the FBs": a member by what it covers. */
const ONE_OF_SERIES =
  /\bis (?:the |an? )?(.{3,40}?) (?:one of|part of|among) (?:the )?(?:(?:10|ten) )?(?:(?:foundation )?(blocks|fbs)|(phases|stages)|(?:4 ?)?(ps)|(?:soc cc )?(strands))\b/i;

/**
 * The member a question checks for, when it covers every word the question names it by. Not a pointer ("is that one
 * of the blocks"), a choice ("is that build or one of the FBs") or a question with a second part, answered by parts.
 */
function memberCounted(kb: KnowledgeBase, question: string): KnowledgeEntry | undefined {
  const m = ONE_OF_SERIES.exec(question);
  if (!m || /[-–—,;:]|\bor\b|^(?:that|it|this|they)\b/i.test(m[1]) || ASKS_TWICE.test(question.slice(m.index + m[0].length))) return undefined;
  const series: Series = m[2] ? 'fb' : m[3] ? 'phase' : m[4] ? 'p' : 'strand';
  const { terms, hits } = kb.index.rank(m[1]);
  return hits.find((h) => placeIn(h.entry, [series]) && h.matchedTerms.length === terms.length)?.entry;
}

/** "two things -", "couple of quick questions:", "New LRO, two questions:": the asker says the question has parts. */
const PARTS_WORDS = String.raw`(?:two|2|a couple of|couple of)(?: quick| short| small| related)? (?:things|questions|qs|qns|bits|ones)\b`;
const PARTS_ANNOUNCED = new RegExp(String.raw`\b${PARTS_WORDS}\s*[,:;.!?-]`, 'i');
/** The announcement opening a message, which asks nothing itself. */
const PARTS_OPENING = new RegExp(String.raw`^\s*${PARTS_WORDS}[\s,:;.!?-]*`, 'i');

/** Sentences, ended by a full stop, question mark or dash. */
function splitSentences(text: string): string[] {
  return text.split(/(?<=[.?!])\s+|\s+[-–—]\s+/).filter((s) => s.trim());
}

/** The sentence after the last full stop, question mark or dash: "The benefits mention ASB - what's ASB?". */
function lastSentence(question: string): string {
  return splitSentences(question).at(-1) ?? question;
}

/**
 * "VAWG is listed as a programme the coordinators link to. What is it?": a later sentence asking what "it" is
 * (or means, or stands for) asks about the term it quotes ("the police keep saying 'CHB' in meetings. In plain
 * English, what is it?", "the invite is from 'the RDT' - who are they?", "Saw 'SOC CC' in an email. Stands for
 * what?"), or else the abbreviation, written in capitals, that the text starts with, or else the term the sentences
 * before it name. A remark may follow ("what's that short for? not that it matters"). So does a sentence asking what it
 * does ("SOC Community Coordinators keep getting copied in. What do they actually do?").
 */
function termReferredTo(kb: KnowledgeBase, text: string): KnowledgeEntry | undefined {
  const sentences = splitSentences(text);
  const at = sentences.findIndex((s, i) => i > 0 && (WHAT_IS_IT.test(s) || WHAT_IT_DOES.test(s)));
  if (at < 0) return undefined;
  const letters = LETTERS_ASKED.test(sentences[at]);
  const opening = openingAbbreviation(kb, text);
  // A quoted phrase with no glossary term in it ("'No place to hide'", "help 'claim back' the area") is itself asked about: see quotedAsked.
  const quoted = QUOTED.exec(text)?.[1];
  if (quoted !== undefined && !termIn(kb, quoted, true)) return undefined;
  const subject =
    /['‘"“](?:the )?([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)*)['’"”]/.exec(text)?.[1] ??
    (opening && (letters || !describesNext(opening.next.toLowerCase())) ? opening.term : undefined);
  const before = sentences.slice(0, at).join(' ');
  const term = subject === undefined ? termIn(kb, before, letters) : glossaryEntry(kb, subject);
  // What it does ("ROCU keeps coming up. What do they actually do?") is its own entry's to say, however it was met; a
  // term with no entry of its own ("monthly drop in with the RDT - what's it for") is left to the search.
  if (WHAT_IT_DOES.test(sentences[at])) return term && ownEntryOf(kb, term);
  // What "it" is, rather than what it means or stands for, after telling where the term came up, asks for the term's own
  // full entry where it has one; the term alone before the question ("SWROCU - what's that?") asks for the definition.
  const told = (before.match(/\w+/g) ?? []).length > MAX_NAME_WORDS;
  return term && told && !letters && IS_IT.test(sentences[at]) ? (ownEntryOf(kb, term) ?? term) : term;
}

/** "what do they actually do", "what's it for": what something named before does, asked on its own. */
const WHAT_IT_DOES =
  /^\s*(?:so |and |ok,? )?what(?: (?:do|does) (?:they|it|that|this|those)(?: actually| exactly| really)? do|(?:'?s| is| are) (?:they|it|that|this|those)(?: actually| really)? for)(?: (?:exactly|then|for (?:us|me|a force like ours|forces|partners)))?\s*\??\s*$/i;

/** The abbreviation, in capitals, that a text starts with, two words long where the glossary has it so ("SOC CC - expand pls"), and the word after it. */
function openingAbbreviation(kb: KnowledgeBase, text: string): { term: string; next: string } | undefined {
  const m = /^\s*([A-Z]{2,})\b(?: ([A-Z]{2,})\b)?\s*(\w*)/.exec(text);
  if (!m) return undefined;
  const pair = m[2] === undefined ? undefined : `${m[1]} ${m[2]}`;
  return pair !== undefined && glossaryEntry(kb, pair) ? { term: pair, next: m[3] } : { term: m[1], next: m[2] ?? m[3] };
}

/** "what is it", "what actually is it": not what it means or stands for. */
const IS_IT = /\bwhat(?: actually| exactly)?(?:'?s| is) (?:it|that|this)\b(?! (?:actually |exactly )?(?:mean|stand|short))/i;

/** The one full entry about a glossary term ("Clear, Hold, Build" for CHB), if it has one. */
function ownEntryOf(kb: KnowledgeBase, glossary: KnowledgeEntry): KnowledgeEntry | undefined {
  const own = [...(kb.twins.get(glossary.id) ?? [])].map((id) => kb.byId.get(id)!).filter((full) => isOwnEntry(kb, glossary, full));
  return own.length === 1 ? own[0] : undefined;
}

/**
 * The glossary term the context names, the longest name first and then the last named ("this clear hold
 * build thing", "CHB supports the Beating Crime Plan", "gold silver bronze in CHB"), unless it names a
 * member of a series ("last foundation block - what is it" asks about the block; "FB2 mentions an SRO - what's
 * that" asks about the SRO).
 */
function termIn(kb: KnowledgeBase, context: string, letters: boolean): KnowledgeEntry | undefined {
  const words = canonicalTokens(context);
  let best: { entry: KnowledgeEntry; length: number; at: number } | undefined;
  for (const [key, entry] of kb.glossaryByName) {
    const tokens = key.split(' ');
    const at = Math.min(...tokens.map((t) => words.lastIndexOf(t)));
    const end = Math.max(...tokens.map((t) => words.lastIndexOf(t)));
    if (at < 0 || (!letters && describesNext(words[end + 1])) || (best && (tokens.length < best.length || (tokens.length === best.length && at <= best.at))))
      continue;
    best = { entry, length: tokens.length, at };
  }
  if (!best || !findSeriesReference(context)) return best?.entry;
  // "last phase of CHB - what is it", "third strand for the SOC CCs - what is it" ask about the member: the term after
  // "of", "in" or "for" only says where it is.
  const before = words[best.at - 1] === 'the' ? words[best.at - 2] : words[best.at - 1];
  return SERIES_TERMS.has(best.entry.id) || ['of', 'in', 'within', 'for'].includes(before) ? undefined : best.entry;
}

/** The glossary's names for a series: "FB" in "the last FB", "4P" in "the second strand of a 4P plan". */
const SERIES_TERMS = new Set(['glossary-fb', 'glossary-4p']);

/**
 * "the CHB site", "CSP colleagues", "the SOC CC section": a term followed by what it describes is not what "it"
 * refers to, unless the question asks what its letters stand for. A verb after it ("GAIN keeps coming up") makes it the subject.
 */
function describesNext(word: string | undefined): boolean {
  return word !== undefined && word !== '' && !STOP_WORDS.has(word) && !SUBJECT_VERB.test(word);
}
const SUBJECT_VERB = /^(?:keep|kept|come|came|crop|pop|set|say|said|spell|spelt|mention|appear|seem|sound|turn|show|stand|went|sit|sat|refer|relate)\w*$/;
/** What "it" stands for or is short for asks about the letters themselves. */
const LETTERS_ASKED = /\b(?:stands?|short for|in full|expand|letters|acronym|abbreviation|spel\w*)\b/i;

/** "What is it?", "what's that measure?", "who are they?" and the like, asked of a term named before. */
const WHAT_IS_IT =
  /^\s*(?:(?:in plain english|simply|basically|so|ok|okay),?\s*)?(?:what(?: actually| exactly)?(?:'?s| is| does) (?:it|that|this)(?: actually| exactly)?(?: mean| stand for| short for)?|what(?:'?s| is) (?:that|this) (?:measure|metric|index|score|term|phrase|tool|programme|scheme|body|organisation|unit|report)|who(?:'?s| is) (?:that|this|they)|who are (?:they|those)|(?:(?:it|that) )?(?:stands?|short) for(?: what)?|expand(?: (?:it|that))?(?: please| pls)?|(?:what(?:'?s| is) (?:it|that) )?in full|what (?:do|does) (?:the )?(?:letters|acronym|abbreviation) (?:stand for|mean))(?:,? in plain english)?\s*\??\s*$/i;

/** A glossary term asked what it means or stands for: "what does SIO stand for". */
function termDefined(kb: KnowledgeBase, text: string): KnowledgeEntry | undefined {
  const term = acronymAsked(text);
  return term === undefined ? undefined : glossaryEntry(kb, term);
}

/** Asking what abbreviations stand for or mean, in any of the usual words. */
const STANDS_FOR = /\b(?:stands? for|short for|abbreviations?|acronyms?|spell (?:out|them out|those out)|in full|expand|mean|means|meaning|define)\b/i;
/** Besides its terms and the filler search ignores, the words such a question is made of; any other word asks something more. */
const SPELLING_OUT_WORDS = new Set(['v', 'vs', 'versus', 'one', 'two', 'keep', 'mixing', 'short', 'spell', 'full', 'expand', 'letters']);
/** The longest glossary name is read first, so "SOC CC" is one term, not SOC and a stray "cc". */
const MAX_NAME_WORDS = 3;
const ARTICLES = new Set(['a', 'an', 'the']);

/** A term after "in" or "about", or "for a", says where the others are used: "what does gold silver bronze mean in CHB". */
function isContext(words: readonly string[], at: number): boolean {
  const before = ARTICLES.has(words[at - 1]) ? at - 2 : at - 1;
  return words[before] === 'in' || words[before] === 'about' || (words[before] === 'for' && before < at - 1);
}

/**
 * "Spell out HMICFRS and NPCC", "CPD and SPOC - what do those abbreviations mean?", "define SIO and SPOC", "What
 * does CHB stand for? And 4P?": several abbreviations asked what they stand for, and nothing else asked, are
 * defined together.
 */
function termsSpelledOut(kb: KnowledgeBase, question: string): Answer | undefined {
  if (!STANDS_FOR.test(question)) return undefined;
  return definedTogether(kb, glossaryTermsIn(kb, question, true));
}

/**
 * "everyone in the meeting says 'OCG' and 'SOC' like I know. what do those stand for?": a closing ask what "those"
 * mean points at every term before it, whatever else the text says.
 */
const THOSE_SPELLED_OUT =
  /(?:^|[.?!:;,\-–—]\s*)what do (?:those|they|these|both|them|the two|all three|they all|those all|they each|these all)(?: (?:two|three) )?(?: ?(?:letters|acronyms|abbreviations|initials))?(?: all| each| both)? (?:stand for|mean)\s*\?*\s*$/i;

function termsPointedAt(kb: KnowledgeBase, question: string): Answer | undefined {
  const ask = THOSE_SPELLED_OUT.exec(question);
  return ask ? definedTogether(kb, glossaryTermsIn(kb, question.slice(0, ask.index), false)) : undefined;
}

function definedTogether(kb: KnowledgeBase, terms: readonly KnowledgeEntry[] | undefined): Answer | undefined {
  const [first, ...more] = terms ?? [];
  return first && more.length ? answerWith(kb, first, 1, more, 'parts') : undefined;
}

/** The glossary terms a text names, in order; when `only`, undefined if it holds any other word that asks something. */
function glossaryTermsIn(kb: KnowledgeBase, text: string, only: boolean): KnowledgeEntry[] | undefined {
  const words = text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const terms = new Set<KnowledgeEntry>();
  for (let i = 0; i < words.length;) {
    // A name starts and ends on words of its own, so "mean in CHB" is not read as the name CHB.
    const length = [MAX_NAME_WORDS, 2, 1].find(
      (n) =>
        i + n <= words.length &&
        nameKey(words[i]) !== '' &&
        nameKey(words[i + n - 1]) !== '' &&
        kb.glossaryByName.has(nameKey(words.slice(i, i + n).join(' '))),
    );
    const term = length === undefined ? undefined : kb.glossaryByName.get(nameKey(words.slice(i, i + length).join(' ')));
    if (term && !isContext(words, i)) terms.add(term);
    else if (only && !term && !SPELLING_OUT_WORDS.has(words[i]) && nameKey(words[i]) !== '') return undefined;
    i += length ?? 1;
  }
  return [...terms];
}

/** A question typed straight after what prompted it, without a stop: "asb went down in pilots whats asb", "SIO is on my list, who is that". */
const UNPUNCTUATED_TAIL = /^([^?.!"“”]*?\w)(\s*[-–—,:])?\s+(what(?:['’]?s| is| does| do)\b[^?.!,;]*|who(?:['’]?s| is) (?:that|this))\??\s*$/i;
const MIN_STATEMENT_WORDS = 4;
/** A quoted phrase before is what "that" asks about (see quotedAsked). */
const QUOTE_MARK = /(?:^|\s)['‘"“]/;

/**
 * "doc says fb7 what is fb short for", "soc cc links with vawg what is that": a term asked after at the end of
 * a message with no stop before it, or the last term the words before name when "that" is asked.
 */
function termAskedAtTheEnd(kb: KnowledgeBase, question: string): KnowledgeEntry | undefined {
  const m = UNPUNCTUATED_TAIL.exec(question);
  // "..., and what's MoRiLE" is a second question, not one typed straight after a statement.
  if (!m || STARTS_QUESTION.test(m[1]) || QUOTE_MARK.test(m[1]) || /\b(?:and|also|plus|or|then)$/i.test(m[1])) return undefined;
  const [, before, stop, tail] = m;
  // "chb what is it" names its topic, to be searched; a statement before "what is that" tells where the term was met.
  if (WHAT_IS_IT.test(tail)) return before.split(/\s+/).length >= MIN_STATEMENT_WORDS ? termIn(kb, before, LETTERS_ASKED.test(tail)) : undefined;
  // After a comma or dash, the words before may say who asks ("as the CSP manager, what is morile used for").
  return stop ? undefined : (termDefined(kb, tail) ?? termToDefine(kb, tail));
}

/** Words a guessed expansion skips: "Police and Crime Commissioner" spells PCC. */
const EXPANSION_FILLER = new Set(['of', 'and', 'the', 'for']);
const MAX_CHECK_WORDS = 15;

/**
 * "Is SRO Senior Reviewing Officer?", "RDT - regional drugs team?", "NCA is the National Crime Authority,
 * isn't it?": an abbreviation checked against a guess at what it stands for, words whose initials spell it,
 * asks what it stands for. Only in a short check that asks nothing else.
 */
function expansionChecked(kb: KnowledgeBase, text: string): KnowledgeEntry | undefined {
  const words = text
    .replace(/[’‘`´']/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  if (words.length > MAX_CHECK_WORDS || /\b(?:what|whats|how|who|whos|when|where|why|which)\b/i.test(text)) return undefined;
  return words
    .map((word) => ({ word: word.toLowerCase(), term: glossaryEntry(kb, word) }))
    .find(({ word, term }) => term?.aliases[0] === word && word.length > 1 && spelledBy(word, words))?.term;
}

/**
 * Whether a run of two or more of the words has initials that spell the abbreviation, skipping filler that
 * spells nothing ("Police and Crime Commissioner", but the "of" in "Single Point of Contact" spells SPOC's O).
 * A word in capitals counts whole ("South Wales ROCU"), but not the abbreviation itself or a numbered one ("FB5").
 */
function spelledBy(abbreviation: string, words: string[]): boolean {
  return words.some((_, start) => {
    let at = 0;
    let used = 0;
    for (const word of words.slice(start)) {
      const lower = word.toLowerCase();
      if (lower === abbreviation || /\d/.test(lower)) return false;
      if (/^[A-Z]{2,}$/.test(word) && abbreviation.startsWith(lower, at)) at += lower.length;
      else if (lower[0] === abbreviation[at]) at += 1;
      else if (at > 0 && EXPANSION_FILLER.has(lower)) continue;
      else return false;
      used += 1;
      if (at === abbreviation.length) return used > 1;
    }
    return false;
  });
}

/** A phrase in quotes, and what follows it. Quotes open after a space and close before one, so "we've" is no quote. */
const QUOTED = /(?:^|[\s(])['‘"“]([^'’"”?]{3,80}?)['’"”](?=[\s,.?!:;)–-]|$)(.*)$/;
const ASKS_WHAT_IT_IS =
  /\b(?:who or )?what(?:'?s| is| does| do)? (?:that|it|this)(?: (?:actually|exactly|really))?(?: (?:mean|involve|refer to|stand for|cover|supposed to mean))?(?: in practice)?(?=\s*(?:[?.!,;]|and\b|$))|\bwhat(?:'?s| is) (?:that|it|this) (?:all )?about\b|\bwhere does (?:that|it|this) come from\b|\bwhere(?:'?s| is) (?:that|it|this) from\b/i;

/**
 * "The CSP manager keeps asking about 'the SOC local profile' - what is that and who produces it?": the
 * quoted phrase is what is asked, when the question after it asks what "that" is and the phrase finds an entry.
 */
function quotedAsked(kb: KnowledgeBase, text: string): Answer | undefined {
  const m = QUOTED.exec(text);
  if (!m || !ASKS_WHAT_IT_IS.test(m[2])) return undefined;
  const found = searchAnswer(kb, m[1]);
  return found.kind === 'answer' ? found : undefined;
}

/**
 * "sorry to be a pain, daft one, what does LRO stand for? everyone says it", "Message from the CSP chair: what does
 * NPCC stand for?": the clause that asks what a term stands for.
 */
function termDefinedInClause(kb: KnowledgeBase, question: string): KnowledgeEntry | undefined {
  for (const clause of question.split(/[,;:.?!]|\s[-–—]\s/)) {
    const entry = termDefined(kb, clause);
    if (entry) return entry;
  }
  return undefined;
}

/**
 * "asked me what the 'four Ps' are", "wondering what PUP stands for", "wants to know who the PCC is": a question reported
 * inside another, ending there. Not what the asker knows already: "I know what Pursue means, what does Protect cover?".
 */
const EMBEDDED_WHAT = new RegExp(
  String.raw`\b(?:asked|asking|ask|wondering|wonder|(?<!\b(?:i|we)(?: already| do)? )(?:know|understand)|explain(?:ed)?(?: to)?|tell (?:me|them|him|her)|confirm|clarify)(?: me| us)? (?:what|who) (?:the |a |an )?(?:abbreviation |acronym |term )?['‘"“]?([a-z0-9][^'’"”?.,]{1,40}?)['’"”]?(?: actually| exactly)? (?:is|are|(means?|stands? for|denotes?)|does|do)(?=\s*(?:[.?!,;:–-]|$)|\s+(?:and|but|so|how|can|could)\b|\s+${WHERE_MET}\s*(?:[.?!,;:]|$))`,
  'i',
);

/**
 * "Is a 'SOC CC' a committee or a person?", "CHB - is that some kind of housing scheme?", "HMICFRS is the Home Office's
 * audit team?": a guess at what a term is.
 */
const IDENTITY_GUESS = [
  /^\s*(?:is|are) (?:an? |the )?['‘"“]?([a-z][a-z0-9 ]{0,30}?)['’"”]? (?:an?|some (?:kind|sort|type) of)\b/i,
  /^\s*['‘"“]?([a-z][a-z0-9 ]{0,30}?)['’"”]?\s*[-–—:,]\s*(?:is (?:that|it|this)|are (?:they|those)) (?:an?|some (?:kind|sort|type) of)\b/i,
  /^\s*(?!(?:which|what|who|how|where|when|why)\b)(?:an? |the )?['‘"“]?([a-z][a-z0-9 ]{0,30}?)['’"”]? (?:is|are) (?:just|basically|only|simply|really|an?|the|some (?:kind|sort|type) of)\b(?:(?![-–—,;:.]\s*(?:so |and |but )?(?:what|which|who|how|where|when|why)\b)[^?])*\?\s*$/i,
];

/** The glossary term a guess is about. */
function identityChecked(kb: KnowledgeBase, question: string): string | undefined {
  return IDENTITY_GUESS.map((re) => re.exec(question)?.[1]).find((term) => term !== undefined && glossaryEntry(kb, term) !== undefined);
}

/**
 * The question up to its first sentence end, ", and" or ", but", or "and" before a question word: "What does PUP
 * stand for? It's linked to the coordinator posts.", "What does HMICFRS stand for and what's their view of CHB?"
 */
function firstClause(question: string): string {
  return question.split(
    /(?<=[?.!])\s+|,\s*(?:and|but|also|plus)\s+|\s+(?:and|also|plus)\s+(?=(?:what|what'?s|how|who|who'?s|when|where|which|why|did|does|do|is|are|was|has|have|can)\b)/i,
  )[0];
}

/** What may follow a term asked after: a relative clause, or where it was met. */
const TERM_TAIL = new RegExp(
  String.raw`\s+(?:that|which|who|in (?:a|the) [a-z]+(?: [a-z]+)? context|${IN_A_FIELD}|${WHERE_MET}|when (?:its|it is) at home|in a nutshell|in brief|in short|in a (?:sentence|line|few words))\b.*$`,
  'i',
);

/** "what is the RDT", "what does HMICFRS stand for": the glossary term a question asks only the meaning of. */
function termToDefine(kb: KnowledgeBase, question: string): KnowledgeEntry | undefined {
  const asked = acronymAsked(question) ?? WHAT_IS.exec(question)?.[1];
  return asked === undefined ? undefined : glossaryEntry(kb, asked);
}

/** A full entry whose title starts with a glossary term's name ("Community Safety Partnerships (CSPs)") defines it. */
function titledBy(full: KnowledgeEntry, glossary: KnowledgeEntry): boolean {
  const title = ` ${searchTokens(full.title).join(' ')} `;
  return glossary.aliases.some((name) => title.startsWith(` ${searchTokens(name).join(' ')} `));
}

/** The full entry that is about a glossary term, not one that only mentions it ("CSPs" for CSP, not "SOC CCs on CSP boards"). */
function isOwnEntry(kb: KnowledgeBase, glossary: KnowledgeEntry, full: KnowledgeEntry): boolean {
  return isTwin(kb, glossary, full) && (titledBy(full, glossary) || spellsOut(full, glossary));
}

/** A full entry whose title spells out a glossary term ("CHB foundation blocks: overview" for FB) is about it. */
function spellsOut(full: KnowledgeEntry, glossary: KnowledgeEntry): boolean {
  const [, expansion] = glossary.aliases;
  return expansion !== undefined && full.title.toLowerCase().includes(expansion);
}

/**
 * "What is the RDT, and what happens at the drop-ins it runs?": a first part asking what a term is, when the
 * whole is answered by the term's full entry, wants the definition too.
 */
function withDefinition(kb: KnowledgeBase, first: string, whole: Answer): Answer {
  const term = termToDefine(kb, first);
  if (whole.kind !== 'answer' || whole.also.length || !term || !isTwin(kb, term, whole.entry) || titledBy(whole.entry, term)) return whole;
  // "What's a CSP, and should the SOC CC be on ours?": a term with an entry of its own is defined by that entry, unless
  // its letters are asked ("CSP stands for? and how should the SOC CCs be brought into CSPs").
  const definition = LETTERS_ASKED.test(first) ? term : (ownEntryOf(kb, term) ?? term);
  return definition === whole.entry ? whole : answerWith(kb, definition, whole.score, [whole.entry], 'parts');
}

/** "CSP?", "rocu?", "soc cc = ?": a term typed on its own asks what it is, not for the whole topic. */
const BARE_TERM = /^\s*(?!(?:what|whats|who|whos|which|how|where|when|why|is|are|does|do|can)\b)([a-z][a-z0-9 &/-]{0,30}?)\s*=?\s*\?+\s*$/i;

/** "what is X" or "what does X mean in Y", asked of X alone. */
const WHAT_IS = /^\s*(?:what|whats|what's)(?: is| are)? (?:a |an |the )?(.+?)\s*[?.!]*\s*$/i;
const MEANS_IN =
  /^\s*(?:what|whats|what's) (?:does|do|is|are) (.+?) (mean|involve|cover|entail|look like)(?: (in|for) (?:a |an |the |our )?[^,?;]+)?\s*[?.!]*$/i;

/**
 * "what does FB mean in the CHB docs", "what does PUP mean in the coordinator job description": a glossary term's
 * meaning, as "what does FB mean" asks it, wherever it was met; what it means for someone ("for my team") asks more.
 */
function termMeantIn(kb: KnowledgeBase, question: string): KnowledgeEntry | undefined {
  const [, term, verb, where] = MEANS_IN.exec(question) ?? [];
  return term && verb.toLowerCase() === 'mean' && where?.toLowerCase() !== 'for' ? glossaryEntry(kb, term) : undefined;
}

/** "can you explain CHB?": a term left on its own once the asker's request to explain it is set aside wants its topic. */
const EXPLAIN_ASKED = /\b(?:explain|describe|talk (?:me|us) through|run (?:me|us) through)\b/i;

/**
 * A term asked after in its own right. "What does Pursue mean in a 4P plan" asks about Pursue: the plan
 * is only where it was met. "What is knowledge hub" names a glossary term that no full entry is named
 * by, so the glossary answers it rather than the entry that mentions it most. A term typed alone ("CSP?")
 * asks what it is, unless the asker asked for it to be explained (`explained`).
 */
function termAsked(kb: KnowledgeBase, question: string, explained = false): Answer | undefined {
  const meant = termMeantIn(kb, question);
  if (meant) return answerWith(kb, meant, 1);
  const inContext = MEANS_IN.exec(question)?.[1];
  if (inContext) {
    const found = freshAnswer(kb, inContext);
    if (found.kind === 'answer') return found;
  }
  // "what is the PUP that supports the role", "what is an SRO in a CHB context": the term, not what follows it.
  const bare = BARE_TERM.exec(question)?.[1];
  const asked = (bare ?? WHAT_IS.exec(question)?.[1])?.replace(TERM_TAIL, '');
  const glossary = asked && asked.split(' ').length <= 4 ? glossaryEntry(kb, asked) : undefined;
  if (!asked || !glossary) return undefined;
  const namedFull = kb.index.rank(asked).hits.some((h) => h.namesEntry && h.entry.category !== 'glossary');
  if (!namedFull || (bare !== undefined && !explained)) return answerWith(kb, glossary, 1);
  // The full entry its name points to, asked after on its own ("what is CHB in a nutshell").
  // An entry that only mentions it ("A SOC/CHB SPOC or tactical adviser in each force") leaves "what is a SPOC" to the glossary.
  const full = searchAnswer(kb, asked);
  if (full.kind === 'answer' && full.also.length === 0 && !titledBy(full.entry, glossary) && !spellsOut(full.entry, glossary))
    return answerWith(kb, glossary, 1);
  return full.kind === 'answer' ? full : undefined;
}

/**
 * "which foundation block deals with that", "which phase is it", "what's the block for comms", "which P is
 * that": one of a series is wanted, not its overview.
 */
const MEMBER_ASKED =
  /\b(?:which (?:of the )?|the (?=\S+(?: \S+)? (?:for|about|on|covering|dealing with|that covers|that deals with)\b))(?:((?:[a-z]+ ){0,2}blocks?|fbs?)|(4 ?p strands?|strands? of (?:the )?4 ?ps?|strands? of (?:my|our|the|a|this) (?:4 ?p )?plan|4 ?ps?|ps?)|phases?|stages?|bits? of (?:chb|clear hold build)|part of (?:chb|clear hold build))\b/i;
const STRAND_IDS = Object.values(MEMBER_NAMES['4p-overview']);

function memberAsked(kb: KnowledgeBase, question: string): Answer | undefined {
  const m = MEMBER_ASKED.exec(question);
  if (!m) return undefined;
  const isMember = m[1]
    ? (e: KnowledgeEntry) => e.category === 'foundation-block' && e.id !== 'fb-overview'
    : m[2]
      ? (e: KnowledgeEntry) => STRAND_IDS.includes(e.id)
      : (e: KnowledgeEntry) => SERIES_IDS.phase.includes(e.id);
  const found = searchAnswer(kb, question, isMember);
  // The asker wants one member: the member the search suggests and the classifier likes best of the members.
  const agreed = suggestionGuessed(kb, question, found, MEMBER_GUESS, isMember);
  return agreed ? answerWith(kb, agreed.entry, agreed.p) : found;
}

/** The "not sure" suggestion the classifier likes best of the entries allowed, when it gives it at least `least`. */
function suggestionGuessed(
  kb: KnowledgeBase,
  text: string,
  found: Answer,
  least: number,
  only: (entry: KnowledgeEntry) => boolean = anyEntry,
): { entry: KnowledgeEntry; p: number } | undefined {
  if (found.kind !== 'unsure') return undefined;
  const guess = kb.classifier.classify(text).find((g) => only(kb.byId.get(g.id)!));
  const entry = guess && guess.p >= least ? found.suggestions.find((e) => e.id === guess.id) : undefined;
  return entry && guess && { entry, p: guess.p };
}

/** The least the classifier must give the member it likes best for a "which phase" question to be answered with it. */
const MEMBER_GUESS = 0.1;

/** "<question> in a 4P plan", "... of CHB": the last place named, and the question before it. */
const IN_PLACE = /^(.+)\s+(?:in|within|under|of|across)\s+(?:a |an |the |our |my |your )?(.+?)\s*[?.!]*\s*$/i;

/**
 * "What goes under Prepare in a 4P plan": a question that ends by naming the overview it sits within
 * (the 4P framework, CHB, the phases, the foundation blocks) asks about the part before it.
 */
function withinOverview(kb: KnowledgeBase, question: string): string | undefined {
  const m = IN_PLACE.exec(question);
  if (!m) return undefined;
  // "The second strand of a 4P plan": the place says which series the number counts in.
  if (findSeriesReference(m[1])?.series !== findSeriesReference(question)?.series) return undefined;
  const place = kb.index.rank(m[2]).hits[0];
  return place?.namesEntry && place.entry.id.endsWith('-overview') ? m[1] : undefined;
}

/**
 * A self-introduction says who is asking, not what about: "as an LRO,", "I'm an analyst -", "I'm a new analyst supporting an LRO,",
 * "CSP manager here:", "coordinator question:", or a label ("CSP manager:", "Youth worker.", "Insp, Gloucestershire NPT.",
 * "DS, Devon and Cornwall -", "PC on the neighbourhood team here."). Greetings go the same way.
 */
const GREETING = /^\s*(?:hi|hiya|hello|hey|morning|good morning|afternoon|good afternoon|evening)(?: there| all| team)?\b[\s,!.:-]*/i;
/** Roles and ranks that label a message's writer. */
const ROLE = String.raw`(?:lro|officer|analyst|coordinator|manager|partner|chair|lead|worker|inspector|sergeant|member|adviser|advisor)`;
const RANK = String.raw`(?:insp|sgt|pc|ds|dc|di|dci|supt)`;
/** A question about the asker's own part: "what am I responsible for", "what's expected of me", "what's my role". */
const ASKS_ABOUT_SELF = /\b(?:am i|(?:do|should|must) i (?:do|be doing)|expected of me|my (?:role|job|duties|responsibilit\w*))\b/i;
const ROLE_INTRO = new RegExp(
  String.raw`^\s*(?:(?:i'?m|i am|as)\s+(?:an?|the|one of the)\s+(?:[a-z]+\s+){0,3}?(?:lro|officer|analyst|coordinator|manager|partner|chair|lead|worker|member|sergeant|inspector)s?\b(?: here)?(?:\s+(?:supporting|helping|assisting|working (?:with|for))\s+(?:an?|the|our|my)\s+(?:[a-z]+\s+){0,2}?(?:lro|sro|officer|analyst|coordinator|manager|team|di|dci))?|(?:[a-z]+\s+){0,2}?(?:lro|officer|analyst|coordinator|manager|partner|chair|lead)\s+(?:here|question)|(?:(?!(?:vs|versus|or|and)\b)[a-z]+\s+){0,3}?${ROLE}(?=\s*[:.]\s)|(?:[a-z]+\s+){0,3}?(?:${ROLE}|${RANK})(?:\s+(?:on|in|from|at)\s+(?:the\s+)?[a-z&]+(?:\s+[a-z&]+){0,3}?\s+here|,\s*[a-z&]+(?:\s+[a-z&]+){0,3}?(?:\s+here)?)(?=\s*[:.]\s|\s+[-–—]\s))\s*[,:;.!?-]+\s*`,
  'i',
);

/** "<topic> - what does it cover", "<topic>: what's that about", "<topic> - what's the aim": the tail only asks for the topic. */
const TOPIC_TAIL =
  /\s*[-–:,]?\s*\b(?:what does (?:it|that|this) (?:cover|involve|mean)|what do (?:they|those|these) (?:cover|involve|mean)|what(?:s| is| are) (?:that|it|this|they) (?:all )?about|what(?:s| is) (?:it|that)|what are they|how (?:does|do) (?:it|that|this|they|those) work|hows (?:it|that) work|what(?:s| is) (?:that|it|this) referring to|what does (?:that|it|this) refer to|what(?:s| is| are) the (?:aims?|point|purpose|idea|objectives?)(?: of (?:it|that|this))?)\s*[?.!]*\s*$/i;

/** Apologies and asides that open a message: "sorry if this is obvious but", "quick one -", "quick qs -", "two for you:", "new to this,". */
const POLITE_OPENING =
  /^\s*(?:(?:sorry|apologies)(?: if this is (?:obvious|(?:a )?(?:silly|daft|stupid|thick|basic)(?: (?:q|one|question))?)| to (?:bother|bug|pester|trouble|disturb)(?: you)?| to be a pain| for the (?:silly|daft|basic) (?:q|question)| if ive missed it)?|(?:quick|random|daft|silly|basic|genuine|honest|dumb|stupid|newbie)(?: acronym| jargon| terminology)? (?:one|qs?|questions?|check)|(?:two|2|a couple|couple|a few) for you|(?:just )?(?:new|new to this|new to the role)|(?:does )?anyone know|not sure (?:if|whether) you can help(?: (?:with this|me))?(?:,? but here goes)?|(?:can|could) (?:you|someone) (?:tell me|explain|remind me)|(?:(?:pls|please) )?help(?: (?:pls|please))?(?= *[,:;.!?-])|(?:can|could|may) i (?:ask|check)(?: you)?(?: (?:something|a (?:quick )?(?:q|question|thing))|(?=\s*[,:;.!?-])))(?:\s*,?\s+but)?\s*[,:;.!?-]*\s*/i;
/**
 * A closing aside after the question mark that asks nothing: "just been made an LRO", "keep hearing
 * about them", "feels like I got none lol", "thanks".
 */
const ASIDE_AFTER_QUESTION =
  /\?+\s*(?!(?:and|also|plus|what|whats|how|who|whos|when|where|which|why|is|are|does|do|can|should)\b)(?:(?:ive |i )?(?:just|recently) (?:been|started|joined|moved|taken)|keep hearing|kept hearing|cant find|can't find|feels like|thanks|thank you|cheers|ta\b|lol|just asking|no worries|no rush|no biggie|not that it matters|if that makes sense|need (?:it|her|his|their|the)|asking for|someone (?:said|told)|my (?:boss|sergeant|inspector|superintendent|ds|di) )[^?]*$/i;
/**
 * "Not GAIN and not the coordinators: which team ...", "Apart from crime stats, what ...": what the asker
 * rules out says nothing about what is asked.
 */
const NOT_THIS =
  /^\s*(?:not|apart from|aside from|besides|other than|except for) (?:the |a |an )?[^,:;.?!]{1,40}?(?:,? (?:and|or|nor) not (?:the |a |an )?[^,:;.?!]{1,40}?)?\s*[,:;.!–-]+\s*/i;

/** "(FB4)", "(FB8 done)": words in brackets are an aside to the question around them. */
const PARENTHESES = /\s*\([^()]*\)/g;

/**
 * Words that only soften a question: "what actually is", "what are the 4 Ps again", "what even is", "what does CPD stand
 * for sorry", "in plain English", "like I'm brand new to it", "like I've never heard of it", "like I'm a housing officer
 * who's never heard of it".
 */
const SOFTENERS =
  /\b(?:actually|again|exactly|basically|normally|lol|pls|please|sorry)\b|(?<=\b(?:what|whats|who|whos) )even\b|,? ?\bin (?:plain english|simple terms|laymans? terms)\b|\blike (?:i am|im|ive|i have) (?:just |brand |completely |totally |a |an )*(?:new|five|5|never (?:heard of|seen)|beginner|novice|newbie|(?:\w+ ){0,2}officer)\b(?: (?:to|of) (?:it|this|them|that|either|the (?:job|role)))?(?: (?:who|that)(?:s| is| has)? never heard of (?:it|this|them|that|either))?|\bfor dummies\b/gi;

/** Phone typing, spelled out for the patterns below: "wots the diff between clear n hold". */
const CHAT_SPELLINGS: [RegExp, string][] = [
  [/\bw[ao]t(s?)\b/gi, 'what$1'],
  [/\bdiff\b/gi, 'difference'],
  [/\s+n\s+/gi, ' and '],
  [/\bw\/o\b/gi, 'without'],
  [/\bw\/(?=\s)/gi, 'with'],
  [/\bu\b/gi, 'you'],
  [/\br\b/gi, 'are'],
];

function withoutPreamble(text: string): string {
  // "what's" and "whats" alike: the patterns below are written without apostrophes.
  let rest = CHAT_SPELLINGS.reduce((t, [typed, meant]) => t.replace(typed, meant), text.replace(/[’‘`´']/g, '')).replace(GREETING, '');
  for (let before = ''; before !== rest;) {
    before = rest;
    rest = rest.replace(POLITE_OPENING, '').replace(NOT_THIS, '').replace(PARTS_OPENING, '');
    // "As an LRO, what am I responsible for?": a role the rest asks about is the topic, not a label.
    const unlabelled = rest.replace(ROLE_INTRO, '');
    if (!ASKS_ABOUT_SELF.test(unlabelled)) rest = unlabelled;
  }
  rest = rest.replace(PARENTHESES, ' ').replace(ASIDE_AFTER_QUESTION, '?').replace(SOFTENERS, ' ').replace(/\s+/g, ' ').replace(TOPIC_TAIL, '');
  return rest.trim() ? rest : text;
}

/** "<topic> - <question that points back at it>": "MoRiLE - how is it used in practice". */
const TOPIC_THEN_QUESTION = /^\s*([^-–:?!.,]{1,40}?)\s*[-–:]\s+((?:what|whats|how|hows|who|whos|when|where|which|why|is|are|does|do|can|should)\b.*)$/i;
const POINTER = /\b(?:it|that|this|they|them)(?: one)?\b/i;
/** "NCA vs ROCU - how do they fit together" names two topics: a comparison, not one topic put back. */
const TWO_TOPICS = /\b(?:vs?|versus|or|and|compared)\b|[+&/]/i;

/** The topic said first, when it names an entry, takes the place of the word pointing back at it: "how is MoRiLE used in practice". */
function topicPutBack(kb: KnowledgeBase, question: string): string {
  const m = TOPIC_THEN_QUESTION.exec(question);
  if (!m || STARTS_QUESTION.test(m[1]) || TWO_TOPICS.test(m[1]) || !POINTER.test(m[2]) || namedEntries(kb, m[1])?.length !== 1) return question;
  return m[2].replace(POINTER, m[1].trim());
}

/** The most words an opening sentence that only opens the message has ("Got a sec?", "Morning all, quick question."). */
const MAX_OPENER_WORDS = 6;

/**
 * A short first sentence that names nothing the knowledge base knows, not even a member by number ("P1 vs P3?"),
 * only opens the message: "Got a sec? What's a SPOC?".
 */
function withoutOpener(kb: KnowledgeBase, question: string): string {
  const opener = /^[^.?!]+[.?!]+\s+(?=\S)/.exec(question)?.[0];
  if (!opener || wordCount(opener) > MAX_OPENER_WORDS || kb.index.mentionsDomain(kb.index.terms(opener)) || findSeriesReference(opener)) return question;
  return question.slice(opener.length);
}

/** What follows the last question mark ("? we don't have one", "? got a meeting tomorrow"). */
const AFTER_QUESTION = /\?+\s*([^?]+)$/;

/** A remark saying who used the term asked, or where: "the RDT mentioned it at the drop-in", "it came up at the CSP". */
const WHERE_IT_CAME_UP =
  /\b(?:mention(?:ed|s|ing)?|said|says|saying|brought up|talk(?:ed|s|ing)? about|referr?(?:ed|s|ing)? to|quot(?:ed|es|ing)|used|uses|using) (?:it|that|this|them)\b|\b(?:it|that|this|they) (?:came|comes|keeps? coming|come) up\b/i;
/** A sigh at the jargon: "acronym overload", "so many abbreviations", "too many ROs". */
const JARGON_REMARK =
  /\b(?:acronyms?|abbreviations?|jargon|initials) (?:overload|soup|everywhere|galore)\b|\b(?:so|too) many (?:acronyms|abbreviations|initials|\w+s)\b/i;
const ASKS_IN_REMARK = /\b(?:what|whats|how|who|whos|why|when|where|which|is (?:it|there)|are (?:they|there)|can|could|should|would|do|does)\b/i;

/**
 * A remark after the question that names nothing the knowledge base knows is about the asker, not the topic; asking who
 * to turn to is a question. Nor does a remark on who used the term or where, or a sigh at the jargon, change what is asked,
 * whatever it names.
 */
function withoutAside(kb: KnowledgeBase, question: string): string {
  const after = AFTER_QUESTION.exec(question);
  if (!after || WHO_TO_ASK.test(after[1])) return question;
  const aside =
    !kb.index.mentionsDomain(kb.index.terms(after[1])) || ((WHERE_IT_CAME_UP.test(after[1]) || JARGON_REMARK.test(after[1])) && !ASKS_IN_REMARK.test(after[1]));
  return aside ? question.slice(0, after.index + 1) : question;
}

/** "for the south west", "in the SW region": the only region the bot covers. */
const OUR_REGION = /\s*\b(?:for|in|across|covering|of) (?:the )?(?:south west|south-west|sw)(?: region)?\b/gi;

/**
 * "Who is the GAIN coordinator for the south west": a question that finds (or leans to) the entry about the
 * region only because it names the region is asked again without it. "Which forces are in the south west" keeps its answer.
 */
function beyondOurRegion(kb: KnowledgeBase, question: string, found: Answer): Answer | undefined {
  const rest = question.replace(OUR_REGION, '');
  const first = found.kind === 'answer' ? found.entry : found.kind === 'unsure' ? found.suggestions[0] : undefined;
  if (rest === question || first?.id !== kb.index.rank('south west').hits[0]?.entry.id) return undefined;
  const again = searchAnswer(kb, rest);
  return again.kind === 'answer' ? again : undefined;
}

/** Entries in the order the briefing numbers them, for "the second phase" and "the fourth strand". */
const SERIES_IDS: Record<Exclude<Series, 'fb'>, string[]> = {
  phase: ['phase-clear', 'phase-hold', 'phase-build'],
  strand: ['soc-cc-neighbourhood-policing', 'soc-cc-local-partnerships', 'soc-cc-operational-guidance', 'soc-cc-continuous-improvement'],
  p: ['4p-pursue', '4p-prevent', '4p-protect', '4p-prepare'],
  ask: ['asks-early-engagement', 'asks-spoc', 'asks-csp-boards'],
};

/** The entry that sets out a whole series: "list all ten foundation blocks" and "all four Ps" are answered by it. */
const SERIES_OVERVIEW: Record<Series, string> = {
  fb: 'fb-overview',
  phase: 'phases-overview',
  strand: 'soc-cc-role',
  p: '4p-overview',
  ask: 'asks-overview',
};

function seriesEntry(kb: KnowledgeBase, series: Series, position: number): KnowledgeEntry | undefined {
  if (series === 'fb') return kb.entries.find((e) => e.category === 'foundation-block' && e.block === position);
  const id = SERIES_IDS[series][position - 1];
  return id === undefined ? undefined : kb.byId.get(id);
}

/** "the third foundation block", "FB5 to FB7", "all three phases"; undefined when the text names no position. */
function seriesAnswer(kb: KnowledgeBase, text: string): Answer | undefined {
  const ref = findSeriesReference(text);
  if (!ref) return undefined;
  if (ref.all) return answerWith(kb, kb.byId.get(SERIES_OVERVIEW[ref.series])!, 1);
  const entries = ref.positions.map((n) => seriesEntry(kb, ref.series, n));
  const missing = ref.positions.find((_, i) => entries[i] === undefined);
  // "is there a 5th P?": the series' overview says how many there are.
  if (missing !== undefined) return ref.series === 'fb' ? foundationBlock(kb, missing) : answerWith(kb, kb.byId.get(SERIES_OVERVIEW[ref.series])!, 1);
  const [first, ...rest] = entries as KnowledgeEntry[];
  return answerWith(kb, first, 1, rest, 'parts');
}

/**
 * Query relaxation: the question's domain words alone, when they name an entry outright, so chatty
 * wording around a topic does not hide it ("what's the deal with the hold phase then" -> "hold phase").
 * Confidence is the share of the question's terms that were kept.
 */
function domainWordsAnswer(kb: KnowledgeBase, text: string): Answer | undefined {
  const { terms, hits } = kb.index.rank(text);
  const kept = terms.filter((t) => kb.index.mentionsDomain([t]));
  if (kept.length < 2 || kept.length === terms.length) return undefined;
  const relaxed = kb.index.rank(kept.join(' '));
  const top = relaxed.hits[0];
  if (!top?.namesEntry || top.matchedTerms.length !== relaxed.terms.length) return undefined;
  // Dropping words may lose the topic ("training" in "how much training before taking on the role"): the
  // entry kept must be one of the two the whole question found.
  if (!hits.slice(0, 2).some((h) => h.entry === top.entry)) return undefined;
  return answerWith(kb, top.entry, round2(kept.length / terms.length));
}

/**
 * For a bare "A and B": each side must name an entry outright ("the legacy and the exit strategy"),
 * since a clause cut in two ("can the soc cc help with vawg" / "serious violence") answers neither half.
 */
function namedEntries(kb: KnowledgeBase, part: string): KnowledgeEntry[] | undefined {
  const series = seriesAnswer(kb, part);
  if (series?.kind === 'answer') return [series.entry, ...series.also];
  const { terms, hits } = kb.index.rank(part);
  const top = hits[0];
  return top && top.namesEntry && top.matchedTerms.length === terms.length ? [top.entry] : undefined;
}

/** The classifier places each part in an entry of its own with at least this probability: two topics. */
const PARTS_APART = 0.5;

/** From this probability of the first part's entry, the classifier does not place a later part elsewhere. */
const STILL_ON_FIRST = 0.3;

/** "What does the Build phase involve, and how do we plan the comms around it?": the classifier places the parts in different entries. */
function guessedApart(kb: KnowledgeBase, first: string, later: string): boolean {
  const [firstGuesses, laterGuesses] = [first, later].map((part) => kb.classifier.classify(part));
  const [a, b] = [firstGuesses, laterGuesses].map(([best]) => (best && best.p > PARTS_APART ? kb.byId.get(best.id) : undefined));
  // "what's a SOC tactical adviser and how can they help an LRO": a later part the classifier also gives to the first part's entry is about it.
  const laterOnFirst = a ? (laterGuesses.find((g) => g.id === a.id)?.p ?? 0) : 0;
  return !!a && !!b && a !== b && !isTwin(kb, a, b) && laterOnFirst < STILL_ON_FIRST;
}

/** The entries one part of a question asks about, or undefined when the part has no clear answer. */
function partEntries(kb: KnowledgeBase, part: string, guess = PART_GUESS): KnowledgeEntry[] | undefined {
  // "who are the SOC CCs, and ...": the people in a role, as when asked alone.
  const people = whoHoldsRole(kb, part);
  if (people) return [people];
  // "... And what does GAIN stand for?": the definition, as when asked alone.
  const defined = termDefined(kb, part);
  if (defined) return [defined];
  const named = seriesAnswer(kb, part) ?? memberAsked(kb, part) ?? termAsked(kb, part);
  if (named?.kind === 'answer') return [named.entry, ...named.also];
  const contact = WHO_TO_ASK.test(part) ? contactFor(kb, part) : undefined;
  if (contact) return [contact];
  // A part's answer gets the same check against the classifier as a whole question's.
  const searched = doubtChecked(kb, part, searchAnswer(kb, part));
  const found = beyondOurRegion(kb, part, searched) ?? searched;
  if (found.kind === 'answer') return [found.entry];
  // A part is short and leans on the rest ("what training can they get"): the search's suggestion the classifier also favours will do.
  const agreed = suggestionGuessed(kb, part, found, guess);
  return agreed && [agreed.entry];
}

/** How sure the classifier must be of a part's entry that the search only suggested. */
const PART_GUESS = 0.5;
/** The same for a side of a comparison, which names a topic of its own ("benefits vs legacy - what's the difference"). */
const SIDE_GUESS = 0.4;

/** A side of a comparison's entries, as a part's, with the side's lower bar for the classifier's suggestion. */
function sideEntries(kb: KnowledgeBase, side: string): KnowledgeEntry[] | undefined {
  return partEntries(kb, side, SIDE_GUESS);
}

/** Ways to say "contact": "ring", "speak to", "get in touch with", "be talking to". */
const TO_CONTACT = String.raw`(?:be )?(?:ring(?:ing)?|call(?:ing)?|phon(?:e|ing)|contact(?:ing)?|speak(?:ing)? (?:to|with)|ask(?:ing)?|talk(?:ing)? (?:to|with)|(?:talk|go)(?:ing)? (?:it|this|that|things) through with|liais(?:e|ing) with|get(?:ting)? in touch with|e-?mail(?:ing)?|go(?:ing)? to|approach(?:ing)?|send(?:ing)? (?:it|this|that|them|our \w+|the \w+) to|tell|get (?:advice|help|support|guidance|(?:more )?(?:detail|details|info|information)) from)`;
/** Details of whoever was named before: "their phone numbers", "the contact details". */
const THEIR_DETAILS = String.raw`(?:the |their )(?:contact details|phone numbers?|e-?mail address(?:es)?)|their (?:numbers?|e-?mails?)`;
/** Details asked for at the end of a message: "and the SOC CC contact details", "also their phone numbers pls". */
const CONTACT_DETAILS = String.raw`(?:(?:i )?need |send me )?(?:${THEIR_DETAILS}|(?:whats |what's |what is )?the (?:soc ?cc|gain coordinator|rdt)(?:s|'s|’s)? (?:contact details|phone numbers?|numbers?|e-?mail address(?:es)?|e-?mails?|names?))(?=(?:\s+(?:pls|please))?\s*[?.!]*\s*$)`;
/** How to reach the coordinators: "how do I get hold of the SOC CCs". */
const REACH_SOC_CCS = String.raw`how (?:do|can|would|should) (?:i|we) (?:reach|contact|get in touch with|get hold of) (?:the )?(?:soc ?ccs?|soc (?:community )?coordinators?)`;
/** Asked after a statement rather than a question ("Need help with my 4P plan - how do I reach the SOC CCs?"), these are all that is asked. */
const ONLY_AFTER_A_QUESTION = new RegExp(String.raw`^(?:${REACH_SOC_CCS}|${CONTACT_DETAILS})`, 'i');
/**
 * Asking who to turn to: "who do I contact", "who at the ROCU should we ring", "which SOC CC should I be talking to",
 * "who's the regional contact", "how do I reach them", "what's their number", "is there a named person I can ring",
 * "who could go through the findings with me", "or should I just ask the SOC CCs"; "who can help" only when it names nothing
 * to help with ("who could help us plan it").
 */
const ASKS_ANYONE = [
  String.raw`who(?:'s|’s|s| is)?(?: else)? (?:(?:at|from|in) (?:the )?(?:rocu|swrocu|region|police) |regionally )?(?:do|should|can|could|would) (?:i|we|they) ${TO_CONTACT}`,
  String.raw`who (?:(?:at|from|in) (?:the )?(?:rocu|swrocu|region) |regionally )?(?:can|could|would|will|might) (?:go through|talk (?:me|us) through|walk (?:me|us) through|explain|share|know|tell (?:me|us)|point (?:me|us)|(?:help|advise|support)(?: (?:me|us|them))?(?: (?:with|on) (?:it|this|that|them)| \w+ (?:it|this|that|them))?(?=\s*[?.!]*\s*$))`,
  String.raw`which (?:soc ?ccs?|(?:soc )?(?:community )?coordinators?) (?:should|do|can|would) (?:i|we) ${TO_CONTACT}`,
  String.raw`who(?:'s|’s|s| is| are) (?:the |our |my )?(?:regional |local |named |go-to |best |main |right )*(?:contacts?|person|people|point of contact)`,
  String.raw`how (?:do|can|would|should) (?:i|we) (?:(?:reach|contact|get in touch with|get hold of|enlist|involve) (?:them|one of them|someone|somebody|anyone|the right person)|make contact)`,
  String.raw`what(?:'s|’s|s| is) (?:their|the best) (?:mobile|number|phone number|email|contact details|contact)`,
  String.raw`is there (?:a |an |any )?(?:named |specific |particular )?(?:person|someone|anyone|contact|soc ?cc|coordinator) (?:in the region |regionally |at (?:a )?regional level |at (?:the )?(?:rocu|swrocu) )?(?:(?:i|we) (?:can|could) ${TO_CONTACT}|who (?:can |could )?(?:advises?|helps?|supports?) (?:on|with) (?:it|this|that|them))`,
  String.raw`who(?:'s|’s|s| is| would be| will be) (?:the )?(?:best (?:person |people )?|around |available |there )to ${TO_CONTACT}`,
  String.raw`(?:or )?should (?:i|we) (?:just )?(?:ask|ring|call|contact|e-?mail|speak to|talk to|raise it with|approach) (?:the |our |one of the )?(?:soc ?ccs?|soc ?cc team|(?:soc )?(?:community )?coordinators?)`,
  String.raw`who(?:'s|’s|s| is|'d|’d| would| will)(?: be)? (?:the )?(?:best(?: placed)? to (?:advise|help|explain|${TO_CONTACT})|best(?: person| people)?(?=\s*[?.!]*\s*$)|right (?:person|people|contact)|(?:\w+ )?contact)\b`,
  String.raw`who (?:can|could|would|will|might) (?:come (?:and |in and |to \w+ and )?)?(?:help|advise|support|explain|talk|walk|brief|present|look over|look at|check|sense[- ]check|put (?:me|us) in touch|send|get (?:me|us)|give (?:me|us)|set (?:me|us|them))\b`,
  String.raw`is there (?:someone|anyone|somebody|a person)(?: regionally| in the region)? (?:who|that) (?:can|could|would)\b`,
  String.raw`(?:i|we)(?:'d|’d| would) (?:like|love|welcome|appreciate) (?:a chat|to chat|to talk|to speak|someone|to book)\b`,
  String.raw`(?:looking for|need|want|after) (?:someone|somebody|a person) to\b`,
  String.raw`who (?:should|do|can|could|would) (?:our|a|the) \w+(?: \w+)? (?:contact|speak to|talk to|approach|ask)\b`,
].join('|');
/** Asking who to turn to, how to reach the coordinators, or their details. */
const ASKS_WHO = `(?:${ASKS_ANYONE}|${REACH_SOC_CCS}|${CONTACT_DETAILS})\\b`;
/** Where a later part was joined on, at the end of the words before it: "...? and ", " - also ". */
const JOINED_AT_END = new RegExp(String.raw`[\s,;:–—-]*${PART_JOINER}?\s*$`, 'i');
/** A part that asks who to turn to: "and who do I contact", "also, which SOC CC should I be talking to". */
const WHO_TO_ASK = new RegExp(String.raw`^\s*${PART_JOINER}?${ASKS_WHO}`, 'i');
/**
 * A part that only asks who to turn to: "who do I ask", "who should we ring about it". It names nothing, though "ask" is
 * a word of the entry on what the SOC CCs ask of forces.
 */
const ASKS_WHO_ALONE = new RegExp(String.raw`^(?:${ASKS_ANYONE}|${THEIR_DETAILS})\b(?: about (?:it|this|that|them))?(?:\s+(?:pls|please))?$`, 'i');
/** A question, then who to ask about it: "whats the hold phase for who do i contact about it", "...? who do I ring". */
const THEN_WHO_TO_ASK = new RegExp(
  String.raw`^([^a-z0-9]*[a-z0-9].*?)[\s,.;:?!–—-]+${PART_JOINER}?(${ASKS_WHO}(?:\s+(?!and\s+(?:what|whats|how|which|why|when|where)\b)[\w'’-]+){0,10})\s*[?.!]*\s*$`,
  'i',
);

/** The entries that say how to reach someone: each role's, and the ROCU's out-of-hours route. */
const OUT_OF_HOURS_ENTRY = 'swrocu-out-of-hours';
const CONTACT_ENTRIES: ReadonlySet<string> = new Set([...Object.values(ROLE_ENTRY), OUT_OF_HOURS_ENTRY]);
/** The ROCU's out-of-hours route is for when the working day is over: "at 2am", "over a weekend", "out of hrs". */
const OUT_OF_HOURS =
  /\b(?:out of (?:office )?(?:hours|hrs)|after (?:hours|hrs|dark)|outside (?:office |working |normal )?(?:hours|hrs)|at night|overnight|night|nights|weekends?|bank holidays?|\d+ ?(?:am|pm)|ooh)\b/i;

/** Where the asker looks for someone ("at the ROCU", "regionally"), which says nothing of what they ask about. */
const WHERE_TO_ASK = /\b(?:at|from|in|within) (?:the )?(?:sw ?rocu|rocu|region|south west)\b|\bregionally\b/gi;

/**
 * Who a part asking who to turn to should reach: the role or route it finds ("who do I contact for GAIN", "how do I
 * reach them out of hours"), else the SOC CCs, as the briefing offers; undefined when the part names another topic to
 * ask about ("who do I ask about the Hold phase"), other than one the rest of the question is answered with (`about`):
 * "how do we stop a gap opening after arrests? who can advise on the Hold phase?".
 */
function contactFor(kb: KnowledgeBase, asked: string, about: readonly KnowledgeEntry[] = []): KnowledgeEntry | undefined {
  const part = asked.replace(WHERE_TO_ASK, ' ');
  const found = searchAnswer(kb, part);
  const route = found.kind === 'answer' && CONTACT_ENTRIES.has(found.entry.id) ? found.entry : undefined;
  if (route && (route.id !== OUT_OF_HOURS_ENTRY || OUT_OF_HOURS.test(part))) return route;
  const top = kb.index.rank(part).hits[0];
  const namesOther = !!top?.namesEntry && ROLE_NAMED_BY[top.entry.id] !== 'soc-cc' && !ASKS_WHO_ALONE.test(part) && !about.includes(top.entry);
  return namesOther ? undefined : kb.byId.get(ROLE_ENTRY['soc-cc']);
}

/**
 * The coordinators themselves asked about: "who are the SOC community coordinators", "the 2 DIs who are SOC CCs", "who
 * are they"; not "what does FB3 say about who is responsible for training".
 */
const WHO_THEY_ARE =
  /\bwho(?:'s|’s| is| are) (?:they|them|these people|those people|(?:the |our )?(?:(?!gain\b)\w+ ){0,3}(?:soc ?ccs?|(?:soc )?community coordinators?|coordinators?|coordinator people))\b/i;

/**
 * The question before a closing "who do I contact about it" is answered, with the entry on who to reach beside it,
 * unless the answer already gives a contact or the closing part names something else to ask about. "... who are they
 * and how do I reach them" asks for the people alone.
 */
function andWhoToAsk(kb: KnowledgeBase, question: string): Answer | undefined {
  const m = THEN_WHO_TO_ASK.exec(question);
  if (!m) return undefined;
  if (ONLY_AFTER_A_QUESTION.test(m[2]) && !asksSomething(question.slice(0, question.length - m[2].length).replace(JOINED_AT_END, ''))) return undefined;
  const asked = freshAnswer(kb, m[1]);
  const shown = asked.kind === 'answer' ? [asked.entry, ...asked.also] : [];
  const contact = contactFor(kb, m[2], shown);
  if (!contact) return undefined;
  // An answer that already gives a contact stands, unless another is named: "the GAIN coordinator's email, and the SOC CCs'".
  if (shown.includes(contact) || (shown.some((e) => CONTACT_ENTRIES.has(e.id)) && ASKS_WHO_ALONE.test(m[2]))) return asked;
  if (WHO_THEY_ARE.test(m[1]) && contact.id === ROLE_ENTRY['soc-cc']) return answerWith(kb, contact, 1);
  if (asked.kind !== 'answer') return undefined;
  return answerWith(kb, asked.entry, asked.score, [...asked.also, contact], 'parts');
}

/** The words a second question opens with: "what's", "how", "tell me". */
const SECOND_QUESTION_WORD = String.raw`(?:what(?:'s|’s|s)?|how|which|why|when|where|is|are|does|do|can|could|tell|explain)\b`;
/** Who to ask first, then a question after a stop, "&" or "then": "who do I email at SWROCU? also what's the Build phase". */
const WHO_TO_ASK_THEN = new RegExp(
  String.raw`^\s*(${ASKS_WHO}(?:\s+\w+){0,8}?)(?:\s*[?.!;]+\s*|\s+[&+]\s+|,?\s+(?=then\b|oh,? and\b|also\b))${PART_JOINER}?(${SECOND_QUESTION_WORD}.*)$`,
  'i',
);

/** As andWhoToAsk, with who to ask first: the entry on who to reach leads, and the question after it is answered beside it. */
function whoToAskThen(kb: KnowledgeBase, question: string): Answer | undefined {
  const m = WHO_TO_ASK_THEN.exec(question);
  if (!m) return undefined;
  const asked = freshAnswer(kb, m[2]);
  if (asked.kind !== 'answer') return undefined;
  const shown = [asked.entry, ...asked.also];
  const contact = contactFor(kb, m[1], shown);
  if (!contact) return undefined;
  return shown.includes(contact) ? asked : answerWith(kb, contact, asked.score, shown, 'parts');
}

/** Weighing two accounts against each other without naming them as sides: "how do the two compare", "which is right". */
const COMPARES =
  /\b(?:compare|compared|comparison|stack up|match(?:es)? (?:up|what)|agree|line up|tally|square with|which is right|why the difference|the two differ|differ from what)\b/i;

/**
 * "The briefing quotes a 27% fall; does that match what the evaluation found later?": a comparison whose
 * sides are described rather than named is answered from the two entries the question finds, when both
 * are close.
 */
function sidesCompared(kb: KnowledgeBase, question: string): Answer | undefined {
  if (!COMPARES.test(question)) return undefined;
  const { hits } = kb.index.rank(question);
  const [first, second] = distinctEntries(kb, hits, 2);
  const score = (e: KnowledgeEntry | undefined) => hits.find((h) => h.entry === e)?.score ?? 0;
  if (!first || !second || score(second) < SIDE_SCORE_SHARE * score(first)) return undefined;
  return answerWith(kb, first, 1, [second], 'comparison');
}

/** "which came first", "before or after", "did X come before Y": the order of two things asked. */
const ORDER_ASKED =
  /\b(?:(?:which|what)(?: one)? (?:came|comes|come|was|happened)(?: out| published| announced)? (?:first|earlier|sooner)|before or after|(?:come|came|comes|published|announced|out) (?:before|after))\b/i;
/** Where one side of an order asked ends and the other begins; "ORDER" marks where the order was asked. */
const ORDER_SIDES = /\s*(?:[,:?]|\s[-–—]\s|\bor\b|\bthan\b|\bORDER\b)\s*/i;

/**
 * "Which came out first, the HMICFRS spotlight report or the 2023-28 SOC strategy?", "was the evaluation published
 * before or after the updated local profiles guide?": the order of two things, each named by one entry, is told by both.
 * Two phases, or two strands of 4P, are left to their overview, which gives their order.
 */
function orderOfTwo(kb: KnowledgeBase, question: string): Answer | undefined {
  // "when should we bring the SOC CCs in - before or after we launch?" asks when; "how do they differ" asks more.
  if (!ORDER_ASKED.test(question) || /\bwhen\b/i.test(question) || DIFFERENCE_ASKED.test(question)) return undefined;
  const sides = question
    .replace(ORDER_ASKED, ' ORDER ')
    .split(ORDER_SIDES)
    .filter((side) => /\w/.test(side));
  const found = sides.map((side) => searchAnswer(kb, side, (e) => e.category !== 'glossary'));
  const entries = [...new Set(found.flatMap((a) => (a.kind === 'answer' && a.also.length === 0 ? [a.entry] : [])))];
  if (entries.length !== 2) return undefined;
  const [first, second] = entries;
  const overview = seriesOverviewOf(first);
  if (isTwin(kb, first, second) || (overview !== undefined && overview === seriesOverviewOf(second))) return undefined;
  return answerWith(kb, first, 1, [second], 'comparison');
}

/** "The briefing says ...", "the pilots claimed ...": a clause telling what a source says. */
const CLAIM =
  /\b(?:briefing|pilots?|document|it|they)\b.{0,20}\b(?:says?|said|quotes?|quoted|claims?|claimed|talks? about|mentions?|reports?|reported|gives?)\b/i;
/** Where the claim ends and the question starts: a comma, dash, "but" or a sentence's end. */
const CLAIM_SPLIT = /\s*(?:[,;]\s*(?:but|so|and)?|\s(?:but|so|yet)|\s[-–—]|[.?!])\s+/i;
/**
 * "The briefing talks about 8 pilot sites but the evaluation mentions 13 – which is right?": a claim, then a
 * question that checks it against another source, is answered from the entry each clause finds on its own.
 */
function claimChecked(kb: KnowledgeBase, question: string): Answer | undefined {
  const [claim, ...rest] = question.split(CLAIM_SPLIT);
  const asked = rest.join(' ');
  // "The briefing says a SPOC helps roll out CPD. What is CPD?" asks a term in its last clause, not about the claim.
  if (!CLAIM.test(claim) || !asked || termToDefine(kb, rest.at(-1) ?? '')) return undefined;
  // A claim is a fact from an entry, not a term's definition.
  const [a, b] = [searchAnswer(kb, claim, (e) => e.category !== 'glossary'), searchAnswer(kb, asked)];
  if (a.kind !== 'answer' || b.kind !== 'answer' || a.also.length || b.also.length || a.entry === b.entry || isTwin(kb, a.entry, b.entry)) return undefined;
  return answerWith(kb, a.entry, 1, [b.entry], 'comparison');
}

/** Asking after each of two things named before: "what should each contain", "what's the difference". */
const EACH_ASKED =
  /\b(?:each(?! other)|both|the difference|differ(?!ently)\w*|which is which|mix(?:ing)? (?:them )?up|confus\w*|the same(?! (?:time|day|week|place|meeting))|tell (?:them |the two )?apart|distinguish\w*|compare|(?<!\b(?:or|run|ran|running|happen|happening) )side by side)\b/i;
const MAX_SIDE_WORDS = 4;

/**
 * "My Prevent and Protect sections are both thin. What should each contain?": two things named either side of
 * an "and", each naming an entry outright, asked after together.
 */
function eachOfTwo(kb: KnowledgeBase, question: string): Answer | undefined {
  if (!EACH_ASKED.test(question)) return undefined;
  const words = question.split(/\s+/);
  const side = (from: number, to: number) =>
    words
      .slice(Math.max(0, from), to)
      .join(' ')
      .replace(/[^\w\s-]/g, ' ');
  // The longest run of words next to the "and" that names an entry outright; terms alone ("for SOC and CHB") are not topics
  // to contrast, but a term's entry on the question's topic is ("HMICFRS and the College of Policing - what has each said about CHB").
  const sizes = Array.from({ length: MAX_SIDE_WORDS }, (_, i) => MAX_SIDE_WORDS - i);
  const named = (texts: string[]) =>
    texts
      .map((t) => namedEntries(kb, t) ?? confidentEntry(kb, t))
      .flatMap((e) => (e?.length === 1 ? [inTopic(kb, e[0], question)] : []))
      .find((e) => e.category !== 'glossary');
  for (const [at, word] of words.entries()) {
    // "Clear, Hold and Build" is a list, not two things.
    if (word.toLowerCase() !== 'and' || words.slice(Math.max(0, at - MAX_SIDE_WORDS), at).some((w) => w.endsWith(','))) continue;
    const left = named(sizes.map((n) => side(at - n, at)));
    const right = named(sizes.map((n) => side(at + 1, at + 1 + n)));
    if (left && right && left !== right && !isTwin(kb, left, right)) return answerWith(kb, left, 1, [right], 'comparison');
  }
  return undefined;
}

/** How clear a side's match must be when it does not name its entry outright ("the College of Policing"). */
const SIDE_MATCH = 0.7;

/** The entry a few words find clearly, as a one-entry list like namedEntries gives. */
function confidentEntry(kb: KnowledgeBase, text: string): KnowledgeEntry[] | undefined {
  const found = rankedAnswer(kb, text, anyEntry);
  return found.kind === 'answer' && found.score >= SIDE_MATCH ? [found.entry] : undefined;
}

/**
 * "How do I contact the SOC CCs and what do they want from us?": a later part's pronoun stands for the first part's
 * topic. Narrower than REFERS_BACK: "this", "that" and "one" more often stand for something else (measured), except
 * "one" wanted or needed ("what's a SPOC, and why do the SOC CCs want one in each force?").
 */
const PRONOUN_BACK = /\b(?:they|them|their|it|its)\b|\b(?:want|wants|need|needs|have|has|get|appoint|got) one\b/;

/** What an entry is about: its title before any colon ("SOC Community Coordinators (SOC CC)" for "...: the role"). */
function subjectOf(entry: KnowledgeEntry): string {
  return entry.title.split(':')[0];
}

/**
 * Every part must find its own clear answer, and together they must show at least two topics. A later part that
 * points back is asked with the subject of the first part's entry: "how do I contact them" after "what is the SOC
 * CC role" is how to contact the SOC CCs. What that finds counts when it is a new topic; otherwise the part's own answer.
 * A term found for a part stands for its entry on the topic the whole question names (see inTopic), unless a part asks what a term is.
 */
function answerParts(
  kb: KnowledgeBase,
  question: string,
  parts: string[],
  shape: 'comparison' | 'parts',
  entriesFor: (kb: KnowledgeBase, part: string) => KnowledgeEntry[] | undefined,
): Answer | undefined {
  const found: KnowledgeEntry[] = [];
  // A part asking what a term is wants the definition even beside the entry its twin answers.
  const twinsDiffer = parts.some((part) => termToDefine(kb, part));
  for (const [i, part] of parts.entries()) {
    const borrowed = i > 0 && PRONOUN_BACK.test(part) ? entriesFor(kb, `${part} ${subjectOf(found[0])}`) : undefined;
    const entries = (borrowed?.some((e) => !found.includes(e)) ? borrowed : undefined) ?? entriesFor(kb, part) ?? borrowed;
    if (!entries) return undefined;
    for (const e of entries.map((e) => (twinsDiffer ? e : inTopic(kb, e, question))))
      if (!found.some((f) => f.id === e.id || (!twinsDiffer && isTwin(kb, f, e)))) found.push(e);
  }
  if (found.length < 2) return undefined;
  const [first, ...rest] = found;
  return answerWith(kb, first, 1, rest, shape);
}

const anyEntry = () => true;

/** "HMICFRS vs the College - what has each said about CHB": a term's entry on the topic the whole question names ("HMICFRS and CHB"). */
function inTopic(kb: KnowledgeBase, entry: KnowledgeEntry, question: string): KnowledgeEntry {
  if (entry.category !== 'glossary') return entry;
  const words = new Set(searchTokens(question));
  const term = new Set(searchTokens(entry.term ?? ''));
  const topic = (twin: KnowledgeEntry) => searchTokens(subjectOf(twin)).filter((w) => !term.has(w));
  const twin = [...(kb.twins.get(entry.id) ?? [])]
    .map((id) => kb.byId.get(id)!)
    .find((t) => t.category !== 'glossary' && topic(t).length > 0 && topic(t).every((w) => words.has(w)));
  return twin ?? entry;
}

/** Search with a confidence check and the classifier's second opinion; `only` keeps the entries the question can mean (see memberAsked). */
function searchAnswer(kb: KnowledgeBase, text: string, only: (entry: KnowledgeEntry) => boolean = anyEntry): Answer {
  return withSecondOpinion(kb, text, rankedAnswer(kb, text, only), only);
}

function rankedAnswer(kb: KnowledgeBase, text: string, only: (entry: KnowledgeEntry) => boolean): Answer {
  const ranked = kb.index.rank(text);
  const { terms, unknown, topOnTopic } = ranked;
  const hits = ranked.hits.filter((h) => only(h.entry));
  const top = hits[0];
  if (!top) {
    return kb.index.mentionsDomain(terms) || !saysSomething(kb, terms, unknown)
      ? { kind: 'unsure', suggestions: padSuggestions(kb, []) }
      : { kind: 'out-of-scope', reason: 'off-topic' };
  }
  const runnerUp = hits.slice(1).find((h) => !isTwin(kb, h.entry, top.entry));
  // Words no entry uses are dropped from the search, but still count against coverage and score per word:
  // a question that is mostly about something else ("the quarterly widget return") should not look like a match.
  // Everyday words weigh less, so filler ("right so basically ...") does not dilute the match.
  const weightOf = (words: readonly string[]) => words.reduce((sum, t) => sum + kb.index.weight(t), 0);
  const asked = weightOf(terms) + UNKNOWN_WORD_WEIGHT * unknown;
  const coverage = weightOf(top.matchedTerms) / asked;
  const lead = runnerUp ? top.score / runnerUp.score : Infinity;
  // A bare number ("one", "3") says nothing about the topic, and one word needs a clearer lead than several.
  const informative = top.matchedTerms.some((t) => !/^\d+$/.test(t));
  const neededLead = terms.length === 1 ? MIN_SINGLE_TERM_LEAD : MIN_LEAD_RATIO;
  // A question with no domain word ("set up a teams meeting") is off-topic, however well its everyday words match.
  const inDomain = kb.index.mentionsDomain(terms);
  // A close rival that explains more of the question's words than the best hit does on its own ("npcc" in
  // "who's the npcc soc lead") may be the entry meant: offer both rather than guess.
  const telling = (terms: string[], other: string[]) => weightOf(terms.filter((t) => !other.includes(t) && !kb.index.isEverywhere(t)));
  const rivalOnly = runnerUp ? telling(runnerUp.matchedTerms, top.matchedTerms) : 0;
  const topOnly = runnerUp ? telling(top.matchedTerms, runnerUp.matchedTerms) : 0;
  const contested = rivalOnly >= MIN_TELLING_WEIGHT && rivalOnly >= topOnly && lead < MIN_UNCONTESTED_LEAD;
  const confident =
    !contested &&
    informative &&
    (top.namesEntry || (topOnTopic && inDomain)) &&
    ((top.namesEntry && coverage === 1) ||
      (coverage >= (lead >= CLEAR_LEAD ? CLEAR_LEAD_COVERAGE : MIN_COVERAGE) && lead >= neededLead && top.score / Math.max(1, asked) >= MIN_SCORE_PER_TERM));
  // The names of the strands, phases and blocks are everyday words too: "prepare for a half marathon" is
  // off-topic; "does a test purchase count as pursue" and "prevent vs protect" are not.
  const senses = new Set(terms.filter((t) => EVERYDAY_SENSES.has(t)));
  const plain = senses.size > 1 || NAMED_AS_TOPIC.test(text.toLowerCase()) ? terms : terms.filter((t) => !senses.has(t));
  const offTopic = !kb.index.mentionsDomain(plain) && saysSomething(kb, plain, unknown);
  // Words the knowledge base has never seen beside an everyday sense ("build a concrete base for a garden shed")
  // outweigh a confident match on that one word; one such word may be a typo ("wat is hold fase").
  if (offTopic && plain.length < terms.length && unknown >= UNKNOWN_WORDS_OFF_TOPIC) return { kind: 'out-of-scope', reason: 'off-topic' };
  const margin = runnerUp ? 1 - runnerUp.score / top.score : 1;
  if (confident && coverage * margin >= MIN_CONFIDENCE) return answerWith(kb, top.entry, round2(coverage * margin));
  if (offTopic) return { kind: 'out-of-scope', reason: 'off-topic' };
  return { kind: 'unsure', suggestions: padSuggestions(kb, distinctEntries(kb, hits, 3)) };
}

/** A strand or phase named as one: "as pursue", "under prepare", "what is prevent", "the hold phase", "our clear work". */
const NAMED_AS_TOPIC =
  /\b(?:as|under|into|in|the|our|4 ?p|which|what is|whats|what does) (?:pursue|prevent|protect|prepare|clear|hold|build)\b|\b(?:pursue|prevent|protect|prepare|clear|hold|build) (?:strand|phase|stage|block|plan|work|actions?|activit(?:y|ies)|side)s?\b|\b(?:pursue|prevent|protect|prepare|clear|hold|build) ?=/;

/** Domain words that also have an everyday sense, so they alone do not put a question in the domain. */
const EVERYDAY_SENSES: ReadonlySet<string> = new Set(['pursue', 'prevent', 'protect', 'prepare', 'clear', 'hold', 'build', 'foundation', 'stop']);

/**
 * Whether the question has a word that says what it is about, rather than only everyday words: a vague
 * "how does the thing with the stuff work" gets suggestions, "when does the gym open" is off-topic.
 */
function saysSomething(kb: KnowledgeBase, terms: readonly string[], unknown: number): boolean {
  return unknown >= MIN_TELLING_WEIGHT || terms.some((t) => kb.index.weight(t) >= MIN_TELLING_WEIGHT);
}

/**
 * A glossary entry and the full entry it points to that is named by its term ("GAIN" and "GAIN and the
 * GAIN coordinator") describe one topic; neither is a rival to the other. "SRO" only points to the LRO role.
 */
function isTwin(kb: KnowledgeBase, a: KnowledgeEntry, b: KnowledgeEntry): boolean {
  return kb.twins.get(a.id)?.has(b.id) ?? false;
}

/** The first `limit` hits' entries, one of each pair of twins. */
function distinctEntries(kb: KnowledgeBase, hits: readonly SearchHit[], limit: number): KnowledgeEntry[] {
  const out: KnowledgeEntry[] = [];
  for (const { entry } of hits) {
    if (out.length === limit) break;
    if (!out.some((e) => isTwin(kb, e, entry))) out.push(entry);
  }
  return out;
}

/** Unsure answers always offer two or three topics; starting topics fill any gap. */
function padSuggestions(kb: KnowledgeBase, suggestions: KnowledgeEntry[]): KnowledgeEntry[] {
  const out = [...suggestions];
  for (const entry of startingTopics(kb)) {
    if (out.length >= 2) break;
    if (!out.includes(entry)) out.push(entry);
  }
  return out.slice(0, 3);
}

function answerWith(
  kb: KnowledgeBase,
  entry: KnowledgeEntry,
  score: number,
  also: KnowledgeEntry[] = [],
  shape: 'single' | 'comparison' | 'parts' = 'single',
): Answer {
  const shown = [entry, ...also];
  const related = [...new Set(shown.flatMap((e) => e.related))]
    .filter((id) => !shown.some((e) => e.id === id))
    .flatMap((id) => kb.byId.get(id) ?? [])
    .slice(0, 3);
  const roles = [...new Set(shown.flatMap((e) => e.contactRoles ?? []))];
  return { kind: 'answer', entry, also, shape: also.length ? shape : 'single', related, contacts: contactsForRoles(kb.contacts, roles), score };
}

/** Every source the shown entries rest on, each once, in order of first use. */
export function answerSources(answer: Extract<Answer, { kind: 'answer' }>): Source[] {
  const out: Source[] = [];
  for (const e of [answer.entry, ...answer.also]) for (const s of e.sources) if (!out.some((o) => o.id === s.id)) out.push(s);
  return out;
}

/** The heading of a multi-entry answer: "Clear compared with Hold", or the titles in turn. */
export function answerHeading(answer: Extract<Answer, { kind: 'answer' }>): string {
  const titles = [answer.entry, ...answer.also].map((e) => e.title);
  if (titles.length === 1) return titles[0];
  return answer.shape === 'comparison' ? `Comparing: ${titles.join(' and ')}` : titles.join('; ');
}

function byCategory(kb: KnowledgeBase, category: KnowledgeEntry['category']): KnowledgeEntry[] {
  return kb.entries.filter((e) => e.category === category);
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** "Regional briefing (South West ROCU, 2023), section …" or "<title>, <publisher>, <date>", then the URL where there is one. */
/** Every source an entry rests on, labelled, in one line. */
export function entrySourcesLabel(entry: KnowledgeEntry): string {
  return entry.sources.map(sourceLabel).join('; ');
}

export function sourceLabel(source: Source): string {
  const label =
    source.kind === 'briefing'
      ? `Regional briefing (South West ROCU, 2023), section "${source.section}"`
      : `${source.title}, ${source.publisher}, ${source.date}`;
  return source.url ? `${label}: ${source.url}` : label;
}

export const HELP_SUMMARY =
  'I can answer questions about Clear, Hold, Build (its phases and foundation blocks), 4P plans, the LRO role and training, ' +
  'the monthly LRO drop-ins, GAIN, SWROCU services, SOC local profiles and what the SOC Community Coordinators offer and ask of forces.';

/** Plain-text rendering for clients without Adaptive Cards. Never echoes the user's text. */
export function answerText(answer: Answer): string {
  switch (answer.kind) {
    case 'answer': {
      const shown = [answer.entry, ...answer.also];
      const lines = shown.length === 1 ? [answer.entry.title, '', answer.entry.answer] : [answerHeading(answer)];
      if (shown.length > 1) for (const e of shown) lines.push('', e.title, e.answer);
      if (answer.contacts.length) {
        lines.push('', 'Who to contact:');
        for (const c of answer.contacts) lines.push(`- ${contactLine(c)}`);
      }
      if (answer.related.length) lines.push('', `See also: ${answer.related.map((e) => e.title).join('; ')}`);
      const sources = answerSources(answer);
      if (sources.length === 1) lines.push('', `Source: ${sourceLabel(sources[0])}`);
      else lines.push('', 'Sources:', ...sources.map((s) => `- ${sourceLabel(s)}`));
      return lines.join('\n');
    }
    case 'list':
      return [answer.title, '', ...answer.entries.map((e) => `- ${e.title}`)].join('\n');
    case 'unsure':
      return [
        "I'm not sure I have understood your question, and I would rather not guess. Did you mean one of these?",
        '',
        ...answer.suggestions.map((e) => `- ${e.title}`),
        '',
        'You can also rephrase, or type "help" to see where to start.',
      ].join('\n');
    case 'out-of-scope':
      return DECLINES[answer.reason];
    case 'intelligence-refusal':
      return answer.namedPerson ? NAMED_PERSON_REFUSAL : INTELLIGENCE_REFUSAL;
  }
}

const DECLINES: Record<DeclineReason, string> = {
  'off-topic': `Sorry, that is outside what I can help with. ${HELP_SUMMARY}`,
  'other-region':
    'I only cover the South West region (Avon and Somerset, Devon and Cornwall, Dorset, Gloucestershire and Wiltshire). ' +
    'For contacts in another region, your regional ROCU can help.',
  'legal-advice': "I can't give legal advice. Please ask your force legal services; your force SOC lead can point you to them.",
};

const INTELLIGENCE_REFUSAL =
  'I cannot help with that. I have no access to intelligence or police systems, and I cannot say which groups or people ' +
  'are active anywhere. For intelligence and checks, use your force systems: the authorised systems and processes of your force, ' +
  'for example through your intelligence unit.';

const NAMED_PERSON_REFUSAL =
  'I cannot help with that. I hold no information about individuals and cannot check people, vehicles, addresses or ' +
  "phone numbers. Please do not enter people's details here. For intelligence and checks, use your force systems: the authorised " +
  'systems and processes of your force, for example through your intelligence unit.';

/** What a user can act on when the deployment has no contact details for a role. */
export const NO_CONTACT_DETAILS = 'ask through the SWROCU microsite (www.southwestrocu.police.uk, open to the five South West forces) or your force SOC lead';

/** "Title: name, phone, email", or the title and who to ask when the deployment has no details. */
export function contactLine(c: Contact): string {
  const details = [c.name, c.phone, c.email].filter((v): v is string => Boolean(v));
  const main = details.length ? `${c.title}: ${details.join(', ')}` : `${c.title}: ${NO_CONTACT_DETAILS}`;
  return c.note ? `${main} (${c.note})` : main;
}
