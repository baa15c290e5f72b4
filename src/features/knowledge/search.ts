import MiniSearch, { type SearchResult as MiniSearchResult } from 'minisearch';
import type { KnowledgeEntry } from './entry';
import { COMMON_WORDS, wordWeight } from './common-words';
import { TEXT_MEMO_MAX, remembered } from './memo';
import { STOP_WORDS, editDistance, nameKey, searchTokens } from './normalise';
import { descending } from './order';

/** One ranked entry, with the query terms it matched. */
export interface SearchHit {
  entry: KnowledgeEntry;
  score: number;
  /** Query terms (after normalisation) that matched this entry exactly, by prefix or fuzzily. */
  matchedTerms: string[];
  /** The query names this entry exactly: its title, term, one of its aliases or "asked as" phrases (typos allowed). */
  namesEntry: boolean;
}

export interface RankedResult {
  /** The normalised query terms that the knowledge base knows; words it has never seen are dropped (query relaxation). */
  readonly terms: readonly string[];
  /** The weight (see wordWeight) of the typed words dropped because no entry uses them: "gym" counts more than "quick". */
  readonly unknown: number;
  /** Kept for the texts of the last few questions and shared by every caller, so read-only. */
  readonly hits: readonly Readonly<SearchHit>[];
  /**
   * Some word the best hit matched is one of its own topic words (title, aliases, term, keywords), not
   * just a word its answer or "asked as" phrases happen to use: "a good book" matches prose, not a topic.
   * Only the best hit is asked, so only it is checked.
   */
  readonly topOnTopic: boolean;
}

export interface SearchIndex {
  /** Ranks entries for free text; the best first. */
  rank(text: string): RankedResult;
  /** The terms `rank` would search for, without searching: for asking whether a text names the domain. */
  terms(text: string): string[];
  /**
   * True when the text starts with topic vocabulary (titles, aliases, keywords or terms) once filler is dropped:
   * "the hold phase" and "fraud" do, "john smith" and "alex example" do not.
   */
  isTopicPhrase(text: string): boolean;
  /**
   * True when any normalised query term is a domain word, allowing small typos: a word of an entry's
   * title, aliases, term, keywords or "asked as" phrases that is not an everyday word or that many
   * entries share, a word of an answer outside everyday English ("Kennedy"), or a one-word name of an
   * entry ("hold", "gain"). "what time does the gym open" has none: it is off-topic.
   */
  mentionsDomain(terms: readonly string[]): boolean;
  /** How much a normalised term says about the question: 1 for a domain word, else its everyday-word weight (see wordWeight). */
  weight(term: string): number;
  /** True for a term so many entries' topics use ("chb", "soc") that it cannot tell two entries apart. */
  isEverywhere(term: string): boolean;
  /** True when every token of a typed word is an everyday English word or one the knowledge base uses. */
  knowsWord(word: string): boolean;
}

const FIELDS = ['title', 'aliases', 'askedAs', 'term', 'keywords', 'answer'] as const;
const TOPIC_FIELDS = ['title', 'aliases', 'term', 'keywords'] as const;

/** Titles, aliases and terms say what an entry is about; the answer text only mentions things. */
const BOOST = { title: 3, aliases: 3, askedAs: 2, term: 4, keywords: 1.5, answer: 1 };

/**
 * Glossary entries restate topics that also have a full entry ("GAIN" vs "GAIN and the GAIN
 * coordinator"). Halving their score lets the full entry win; "define X" goes to the glossary directly,
 * and acronyms with no full entry (SIO, VAWG) still rank first.
 */
const GLOSSARY_WEIGHT = 0.5;

/** A term in the topics of more than this share of entries says nothing about which one is meant. */
const EVERYWHERE_SHARE = 0.25;

/** A topic word at least this weighty (rarer than about the 1,500 commonest words) is a domain word. */
const TOPIC_WORD_WEIGHT = 0.6;

/**
 * A commoner topic word is a domain word when the entries using it, times its weight, reach this:
 * one many entries share ("force", "crime") is, one a few share by chance ("new", "team") is not.
 */
const SHARED_TOPIC_WEIGHT = 1.2;

/** A query holding a several-word name or keyword of an entry whole is about that entry rather than about its words singly. */
const PHRASE_BONUS = 1.5;

/** A query that is exactly one of an entry's names (title, term or alias) is a strong signal. */
const NAME_MATCH_BONUS = 2;

/** Words whose corrections and checks are kept; past this the memory starts again. */
const MEMO_MAX = 10_000;

/** Exact match for short terms; one edit from 5 letters, two from 7. Digits never fuzzy (fb1 vs fb10). */
function fuzziness(term: string): number {
  if (/\d/.test(term)) return 0;
  if (term.length >= 7) return 2;
  if (term.length >= 5) return 1;
  return 0;
}

/** Glossary entries are found by their term: indexing their one-line answers only adds noise. */
const GLOSSARY_FIELDS: ReadonlySet<string> = new Set(['title', 'aliases', 'term']);

function extractField(entry: KnowledgeEntry, field: string): string {
  if (field !== 'id' && entry.category === 'glossary' && !GLOSSARY_FIELDS.has(field)) return '';
  const value = (entry as unknown as Record<string, unknown>)[field];
  if (Array.isArray(value)) return value.join(' ; ');
  return typeof value === 'string' ? value : '';
}

/** Words grouped by length, so fuzzy comparisons only visit words of a reachable length. */
function byLength(words: Iterable<string>): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const w of new Set(words)) out.set(w.length, [...(out.get(w.length) ?? []), w]);
  return out;
}

function withinLength(groups: Map<number, string[]>, length: number, spread: number): string[] {
  const out: string[] = [];
  for (let l = length - spread; l <= length + spread; l++) out.push(...(groups.get(l) ?? []));
  return out;
}

/** Binary search over sorted words for one that starts with `prefix`. */
function hasPrefix(sorted: readonly string[], prefix: string): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo].startsWith(prefix);
}

/** A phrase is asked when at least `share` of its words are among the words found. */
function phraseAsked(phrase: readonly string[], found: ReadonlySet<string>, share: number): boolean {
  return phrase.filter((t) => found.has(t)).length >= share * phrase.length;
}

/** Builds the in-memory index: minisearch over normalised tokens, with field boosts, prefix and fuzzy matching. */
export function createSearchIndex(entries: readonly KnowledgeEntry[]): SearchIndex {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const mini = new MiniSearch<KnowledgeEntry>({
    idField: 'id',
    fields: [...FIELDS],
    extractField: (doc, field) => extractField(doc, field),
    tokenize: (text) => [...searchTokens(text)],
    processTerm: (term) => term,
    searchOptions: {
      tokenize: (text) => text.split(' ').filter(Boolean),
      processTerm: (term) => term,
      boost: BOOST,
      prefix: (term) => term.length >= 4 && !/\d/.test(term),
      fuzzy: (term) => fuzziness(term),
      boostDocument: (id) => (byId.get(id as string)?.category === 'glossary' ? GLOSSARY_WEIGHT : 1),
    },
  });
  mini.addAll([...entries]);

  const names = new Map<string, string[]>();
  for (const entry of entries) {
    // An "asked as" phrase that boils down to one word ("why should we do chb" -> chb) names nothing.
    const asked = (entry.askedAs ?? []).map(nameKey).filter((k) => k.includes(' '));
    const keys = [entry.title, entry.term ?? '', ...entry.aliases].map(nameKey).concat(asked).filter(Boolean);
    names.set(entry.id, [...new Set(keys)]);
  }
  const nameWords = new Map([...names].map(([id, keys]) => [id, keys.map((k) => k.split(' '))]));

  /** True when the query's terms, or the document terms they matched (correcting typos), form one of the entry's names. */
  function namesEntry(id: string, termsKey: string, termCount: number, matched: readonly string[], docTerms: readonly string[]): boolean {
    if (names.get(id)?.includes(termsKey)) return true;
    if (matched.length !== termCount) return false;
    const docSet = new Set(docTerms);
    return (nameWords.get(id) ?? []).some((parts) => parts.length === termCount && parts.every((p) => docSet.has(p)));
  }

  /**
   * Each entry's names and "asked as" phrases, and its keywords, as their words. A keyword ("good practice")
   * counts only when asked whole, a name or asked-as phrase when at least half of it is asked.
   */
  const words = (phrases: readonly string[]) => phrases.map((p) => [...new Set(searchTokens(p))]).filter((p) => p.length > 0);
  const topicPhrases = new Map<string, { names: string[][]; keywords: string[][] }>();
  for (const entry of entries) {
    topicPhrases.set(entry.id, {
      names: words([entry.title, entry.term ?? '', ...entry.aliases, ...(entry.askedAs ?? [])]),
      keywords: words(entry.keywords ?? []),
    });
  }
  // Names and keywords of two or more words, by their first word, so a query looks only at the phrases it could hold.
  const phrasesByWord = new Map<string, { id: string; phrase: string[] }[]>();
  for (const [id, { names: entryNames, keywords }] of topicPhrases) {
    for (const phrase of [...entryNames, ...keywords]) {
      if (phrase.length >= 2) phrasesByWord.set(phrase[0], [...(phrasesByWord.get(phrase[0]) ?? []), { id, phrase }]);
    }
  }
  /** The entries one of whose names or keywords of two or more words the query holds whole ("npcc lead for soc"). */
  function entriesAskedByPhrase(asked: ReadonlySet<string>): Set<string> {
    const ids = new Set<string>();
    for (const word of asked) {
      for (const { id, phrase } of phrasesByWord.get(word) ?? []) if (phrase.every((t) => asked.has(t))) ids.add(id);
    }
    return ids;
  }

  function onTopic(id: string, found: ReadonlySet<string>): boolean {
    const phrases = topicPhrases.get(id);
    if (!phrases) return false;
    return phrases.names.some((p) => phraseAsked(p, found, 0.5)) || phrases.keywords.some((p) => phraseAsked(p, found, 1));
  }

  const vocabulary = new Set<string>();
  for (const entry of entries) {
    for (const field of TOPIC_FIELDS) {
      for (const token of searchTokens(extractField(entry, field))) vocabulary.add(token);
    }
  }
  const vocabularyList = [...vocabulary];
  const indexed = new Set<string>();
  for (const entry of entries) {
    for (const field of FIELDS) {
      for (const token of searchTokens(extractField(entry, field))) indexed.add(token);
    }
  }
  const indexedSorted = [...indexed].sort();
  // Domain words: an entry's topic words that are not everyday English, or that several entries share
  // ("force", "crime", "site" are everyday words, but this knowledge base is about them).
  const topicCounts = new Map<string, number>();
  for (const entry of entries) {
    const text = [...TOPIC_FIELDS.map((f) => extractField(entry, f)), ...(entry.askedAs ?? [])].join(' ; ');
    for (const token of new Set(searchTokens(text))) topicCounts.set(token, (topicCounts.get(token) ?? 0) + 1);
  }
  const domainWords = new Set<string>();
  for (const [token, count] of topicCounts) {
    const weight = wordWeight(token);
    if (weight >= TOPIC_WORD_WEIGHT || count * weight >= SHARED_TOPIC_WEIGHT) domainWords.add(token);
  }
  // Names and figures only an answer mentions ("Kennedy", "wiltshire") are the knowledge base's words too.
  for (const token of indexed) if (!COMMON_WORDS.has(token) && !STOP_WORDS.has(token)) domainWords.add(token);
  for (const keys of names.values()) for (const key of keys) if (!key.includes(' ')) domainWords.add(key);
  const domainWordList = [...domainWords];
  const indexedByLength = byLength(indexed);
  /** A term some entry uses, exactly, as a prefix of a longer word, or within fuzzy reach. */
  function isKnown(term: string): boolean {
    if (indexed.has(term)) return true;
    if (term.length >= 4 && !/\d/.test(term) && hasPrefix(indexedSorted, term)) return true;
    const fuzzy = fuzziness(term);
    return fuzzy > 0 && withinLength(indexedByLength, term.length, fuzzy).some((v) => editDistance(v, term, fuzzy) <= fuzzy);
  }

  function isDomainWord(term: string): boolean {
    if (domainWords.has(term)) return true;
    const fuzzy = fuzziness(term);
    if (fuzzy === 0 || COMMON_WORDS.has(term)) return false;
    return domainWordList.some((v) => v.startsWith(term) || (Math.abs(v.length - term.length) <= fuzzy && editDistance(v, term, fuzzy) <= fuzzy));
  }

  /**
   * Corrects a typed word to the one topic word (or filler word) it is a slip away from: one edit
   * from four letters, two from seven. minisearch's own fuzzy matching scores such terms far below
   * exact ones, so "buld" would lose to the exact "phase"; correcting first treats them alike.
   * Slips are rare in a word's first letter, so a candidate must share it: "pool" stays "pool" rather
   * than becoming "tool". Ties go to the candidate sharing the longest start with the word; a word
   * still without a single nearest candidate is left as typed.
   */
  const corrections = byLength([...vocabularyList, ...STOP_WORDS]);
  function correct(term: string): string {
    if (vocabulary.has(term)) return term;
    const base = pastTenseBase(term);
    if (base) return base;
    if (STOP_WORDS.has(term) || COMMON_WORDS.has(term) || /\d/.test(term) || term.length < 4) return term;
    const max = term.length >= 7 ? 2 : 1;
    let best: string[] = [];
    let bestDistance = max + 1;
    for (const candidate of withinLength(corrections, term.length, max)) {
      if (candidate[0] !== term[0]) continue;
      const d = editDistance(term, candidate, max);
      if (d > max) continue;
      if (d < bestDistance) [best, bestDistance] = [[candidate], d];
      else if (d === bestDistance && !best.includes(candidate)) best.push(candidate);
    }
    if (best.length > 1) {
      const shared = (c: string) => [...c].findIndex((ch, i) => ch !== term[i]) >>> 0;
      const longest = Math.max(...best.map(shared));
      best = best.filter((c) => shared(c) === longest);
    }
    return best.length === 1 ? best[0] : term;
  }

  /** "arrested" is "arrest" and "charged" is "charge" when the knowledge base uses the present form. */
  function pastTenseBase(term: string): string | undefined {
    if (term.length < 6 || !term.endsWith('ed')) return undefined;
    const stem = term.slice(0, -2);
    const undoubled = /([b-df-hj-np-tv-z])\1$/.test(stem) ? stem.slice(0, -1) : stem;
    return [stem, `${stem}e`, undoubled].find((c) => vocabulary.has(c));
  }
  /**
   * Corrections, lookups and domain checks depend only on the word and the fixed entries, and the same
   * words come back in question after question: each is worked out once (the fuzzy comparisons are most
   * of a question's cost).
   */
  const correctTerm = remembered(correct, MEMO_MAX);
  const isKnownTerm = remembered(isKnown, MEMO_MAX);
  const isDomainTerm = remembered(isDomainWord, MEMO_MAX);

  /**
   * A term found exactly needs no fuzzy variants: they only cost time and add near-miss noise. Nor does an everyday word,
   * which is no slip ("who do I chase" is not "phase"), as `correct` already holds.
   */
  const searchOptions = { fuzzy: (term: string) => (indexed.has(term) || COMMON_WORDS.has(term) ? 0 : fuzziness(term)) };

  /** A text's words as the search reads them: corrected, without filler, and only the known ones when there are any. */
  function read(text: string): { words: readonly string[]; known: string[]; terms: string[] } {
    const words = searchTokens(text);
    const typed = [...new Set(words.map(correctTerm).filter((t) => !STOP_WORDS.has(t)))];
    const known = typed.filter(isKnownTerm);
    return { words, known, terms: known.length > 0 ? known : typed };
  }

  function rankText(text: string): RankedResult {
    const { words, known, terms } = read(text);
    // Words corrected into filler or never seen anywhere both count as unknown, everyday words for less.
    const unknown = [...new Set(words.filter((t) => !STOP_WORDS.has(t)))]
      .filter((t) => !known.includes(correctTerm(t)))
      .reduce((sum, t) => sum + wordWeight(t), 0);
    if (terms.length === 0) return { terms, unknown, hits: [], topOnTopic: false };
    const results: MiniSearchResult[] = mini.search(terms.join(' '), searchOptions);
    // Worked out once per query rather than once per hit.
    const termsKey = [...terms].sort().join(' ');
    const askedByPhrase = entriesAskedByPhrase(new Set(terms));
    // Every result is an entry: the index holds nothing else.
    const hits = results.map((r): SearchHit => {
      const entry = byId.get(r.id as string)!;
      const named = namesEntry(entry.id, termsKey, terms.length, r.queryTerms, r.terms);
      const score = (named ? r.score * NAME_MATCH_BONUS : r.score) * (askedByPhrase.has(entry.id) ? PHRASE_BONUS : 1);
      return { entry, score, matchedTerms: r.queryTerms, namesEntry: named };
    });
    hits.sort((a, b) => descending(a.score, b.score));
    const topTerms = hits[0] && results.find((r) => r.id === hits[0].entry.id)?.terms;
    const topOnTopic = topTerms !== undefined && onTopic(hits[0].entry.id, new Set([...terms, ...topTerms]));
    return { terms, unknown, hits, topOnTopic };
  }
  return {
    rank: remembered(rankText, TEXT_MEMO_MAX),
    terms(text) {
      return read(text).terms;
    },
    isTopicPhrase(text) {
      const first = searchTokens(text)[0];
      return first !== undefined && vocabulary.has(first);
    },
    mentionsDomain(terms) {
      return terms.some(isDomainTerm);
    },
    weight(term) {
      return domainWords.has(term) ? 1 : wordWeight(term);
    },
    isEverywhere(term) {
      return (topicCounts.get(term) ?? 0) > entries.length * EVERYWHERE_SHARE;
    },
    knowsWord(word) {
      return searchTokens(word).every((t) => indexed.has(t) || COMMON_WORDS.has(t) || STOP_WORDS.has(t));
    },
  };
}
