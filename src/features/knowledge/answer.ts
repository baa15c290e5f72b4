import { type Contact, type Contacts, contactsForRoles } from './contacts';
import type { KnowledgeEntry, Source } from './entry';
import { isIntelligenceRequest, isOutOfScope } from './guards';
import { searchTokens } from './normalise';
import { type SearchHit, type SearchIndex, createSearchIndex } from './search';

/** Entries, contacts and the search index, built once at start-up. */
export interface KnowledgeBase {
  readonly entries: readonly KnowledgeEntry[];
  readonly contacts: Contacts;
  readonly byId: ReadonlyMap<string, KnowledgeEntry>;
  readonly index: SearchIndex;
}

export type Answer =
  | {
      kind: 'answer';
      entry: KnowledgeEntry;
      /** At most three related entries, in the entry's order. */
      related: KnowledgeEntry[];
      /** Contacts for the entry's roles, from the deployment's contacts file. */
      contacts: Contact[];
      /** Confidence from 0 to 1: query coverage times the margin over the runner-up; direct lookups are 1. */
      score: number;
    }
  | { kind: 'list'; title: string; entries: KnowledgeEntry[] }
  | { kind: 'unsure'; suggestions: KnowledgeEntry[] }
  | { kind: 'out-of-scope' }
  | { kind: 'intelligence-refusal' };

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

const STARTING_TOPIC_IDS = [
  'chb-overview',
  'phases-overview',
  'fb-overview',
  '4p-overview',
  'soc-cc-role',
  'lro-drop-ins',
  'gain',
  'asks-six-month-review',
];

/** Validates the entries (unique ids, related ids exist) and builds the search index. */
export function createKnowledgeBase(entries: readonly KnowledgeEntry[], contacts: Contacts): KnowledgeBase {
  const byId = new Map<string, KnowledgeEntry>();
  for (const entry of entries) {
    if (byId.has(entry.id)) throw new Error(`Duplicate knowledge entry id: ${entry.id}`);
    byId.set(entry.id, entry);
  }
  for (const entry of entries) {
    const missing = entry.related.filter((id) => !byId.has(id));
    if (missing.length) throw new Error(`Entry ${entry.id} has unknown related ids: ${missing.join(', ')}`);
  }
  return { entries, contacts, byId, index: createSearchIndex(entries) };
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
  const key = nameKey(term);
  if (key) {
    const entry = kb.entries.find(
      (e) => e.category === 'glossary' && [e.term ?? '', e.title, ...e.aliases].some((n) => nameKey(n) === key),
    );
    if (entry) return answerWith(kb, entry, 1);
  }
  const fromSearch = searchAnswer(kb, term);
  if (fromSearch.kind === 'answer' || fromSearch.kind === 'unsure') return fromSearch;
  return { kind: 'unsure', suggestions: padSuggestions(kb, []) };
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

/** Answers free text: guards first, then typed commands, then search with a confidence check. */
export function answerQuestion(kb: KnowledgeBase, text: string): Answer {
  if (isIntelligenceRequest(text, kb.index.isTopicPhrase)) return { kind: 'intelligence-refusal' };
  if (isOutOfScope(text)) return { kind: 'out-of-scope' };
  return searchAnswer(kb, text);
}

function searchAnswer(kb: KnowledgeBase, text: string): Answer {
  const { terms, hits } = kb.index.rank(text);
  const top = hits[0];
  if (!top) {
    return kb.index.mentionsDomain(terms) || terms.length === 0
      ? { kind: 'unsure', suggestions: padSuggestions(kb, []) }
      : { kind: 'out-of-scope' };
  }
  const runnerUp = hits.slice(1).find((h) => !isTwin(h.entry, top.entry));
  const coverage = top.matchedTerms.length / terms.length;
  const lead = runnerUp ? top.score / runnerUp.score : Infinity;
  // A bare number ("one", "3") says nothing about the topic, and one word needs a clearer lead than several.
  const informative = top.matchedTerms.some((t) => !/^\d+$/.test(t));
  const neededLead = terms.length === 1 ? MIN_SINGLE_TERM_LEAD : MIN_LEAD_RATIO;
  const confident =
    informative &&
    ((top.namesEntry && coverage === 1) ||
      (coverage >= MIN_COVERAGE && lead >= neededLead && top.score / terms.length >= MIN_SCORE_PER_TERM));
  if (confident) {
    const margin = runnerUp ? 1 - runnerUp.score / top.score : 1;
    return answerWith(kb, top.entry, round2(coverage * margin));
  }
  if (!kb.index.mentionsDomain(terms)) return { kind: 'out-of-scope' };
  return { kind: 'unsure', suggestions: padSuggestions(kb, distinctEntries(hits).slice(0, 3)) };
}

/** A glossary entry and the full entry it points to describe one topic; neither is a rival to the other. */
function isTwin(a: KnowledgeEntry, b: KnowledgeEntry): boolean {
  return (a.category === 'glossary' && a.related.includes(b.id)) || (b.category === 'glossary' && b.related.includes(a.id));
}

function distinctEntries(hits: SearchHit[]): KnowledgeEntry[] {
  const out: KnowledgeEntry[] = [];
  for (const { entry } of hits) {
    if (!out.some((e) => isTwin(e, entry))) out.push(entry);
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

function answerWith(kb: KnowledgeBase, entry: KnowledgeEntry, score: number): Answer {
  const related = entry.related.flatMap((id) => kb.byId.get(id) ?? []).slice(0, 3);
  return { kind: 'answer', entry, related, contacts: contactsForRoles(kb.contacts, entry.contactRoles), score };
}

function byCategory(kb: KnowledgeBase, category: KnowledgeEntry['category']): KnowledgeEntry[] {
  return kb.entries.filter((e) => e.category === category);
}

function nameKey(text: string): string {
  return [...new Set(searchTokens(text))].sort().join(' ');
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** "Regional briefing (South West ROCU, 2023): <section>" or "<title>, <publisher>, <date>". */
export function sourceLabel(source: Source): string {
  return source.kind === 'briefing'
    ? `Regional briefing (South West ROCU, 2023), section "${source.section}"`
    : `${source.title}, ${source.publisher}, ${source.date}`;
}

export const HELP_SUMMARY =
  'I can answer questions about Clear, Hold, Build (its phases and foundation blocks), 4P plans, the LRO role and training, ' +
  'the monthly LRO drop-ins, GAIN, SWROCU services, SOC local profiles and what the SOC Community Coordinators offer and ask of forces.';

/** Plain-text rendering for clients without Adaptive Cards. Never echoes the user's text. */
export function answerText(answer: Answer): string {
  switch (answer.kind) {
    case 'answer': {
      const lines = [answer.entry.title, '', answer.entry.answer];
      if (answer.contacts.length) {
        lines.push('', 'Contacts:');
        for (const c of answer.contacts) lines.push(`- ${contactLine(c)}`);
      }
      if (answer.related.length) lines.push('', `See also: ${answer.related.map((e) => e.title).join('; ')}`);
      lines.push('', `Source: ${sourceLabel(answer.entry.source)}`);
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
      return `Sorry, that is outside what I can help with. ${HELP_SUMMARY}`;
    case 'intelligence-refusal':
      return (
        'I cannot help with that. I have no access to intelligence or police systems, and I cannot check people, ' +
        'vehicles, addresses or phone numbers. Please use your force\'s authorised systems and processes, ' +
        'for example through your intelligence unit.'
      );
  }
}

function contactLine(c: Contact): string {
  const details = [c.name, c.phone, c.email].filter((v): v is string => Boolean(v));
  const main = details.length ? `${c.title}: ${details.join(', ')}` : c.title;
  return c.note ? `${main} (${c.note})` : main;
}
