import type { Answer } from './answer';
import { answerHeading, answerSources, contactLine, sourceLabel } from './answer';
import type { KnowledgeEntry } from './entry';
import { KNOWLEDGE_VERBS } from './verbs';

/** Data for cards/knowledge-answer.json. */
export interface AnswerCardData {
  title: string;
  /** One section per entry answered; a single answer has one section without a heading. */
  sections: { heading: string; text: string }[];
  detail: string;
  /** Live information added to the curated answer (e.g. the next drop-in date), or ''. */
  extra: string;
  contacts: { line: string }[];
  /** "Source: …", or "Sources:" and one line per source; each with its URL where there is one. */
  sources: { line: string }[];
  related: { id: string; title: string }[];
  feedback: { show: boolean; entryId: string; given: string };
  verbs: typeof KNOWLEDGE_VERBS;
}

/** Data for cards/knowledge-list.json. */
export interface ListCardData {
  title: string;
  items: { name: string; summary: string }[];
  hint: string;
  source: string;
}

/** Data for cards/knowledge-unsure.json. */
export interface UnsureCardData {
  message: string;
  suggestions: { id: string; title: string }[];
  rdtVerb: string;
  verbs: typeof KNOWLEDGE_VERBS;
}

export const FEEDBACK_THANKS = 'Thanks, your feedback was recorded.';

function firstSentence(text: string): string {
  const match = text.match(/^.*?[.!?](\s|$)/);
  return (match ? match[0] : text).trim();
}

function sourceLines(labels: string[]): { line: string }[] {
  if (labels.length === 1) return [{ line: `Source: ${labels[0]}` }];
  return [{ line: 'Sources:' }, ...labels.map((l) => ({ line: `- ${l}` }))];
}

export function answerCardData(
  answer: Extract<Answer, { kind: 'answer' }>,
  options: { feedback: boolean; feedbackGiven?: boolean; extra?: string },
): AnswerCardData {
  const shown = [answer.entry, ...answer.also];
  return {
    title: answerHeading(answer),
    sections: shown.map((e) => ({ heading: shown.length > 1 ? e.title : '', text: e.answer })),
    detail: shown.length === 1 ? (answer.entry.detail ?? '') : '',
    extra: options.extra ?? '',
    contacts: answer.contacts.map((c) => ({ line: contactLine(c) })),
    sources: sourceLines(answerSources(answer).map(sourceLabel)),
    related: options.feedback ? answer.related.map((e) => ({ id: e.id, title: e.title })) : [],
    feedback: {
      show: options.feedback && !options.feedbackGiven,
      entryId: answer.entry.id,
      given: options.feedbackGiven ? FEEDBACK_THANKS : '',
    },
    verbs: KNOWLEDGE_VERBS,
  };
}

export function listCardData(list: Extract<Answer, { kind: 'list' }>, hint: string): ListCardData {
  const sources = [...new Set(list.entries.flatMap((e) => e.sources.map(sourceLabel)))];
  return {
    title: list.title,
    items: list.entries.map((e: KnowledgeEntry) => ({ name: e.term ?? e.title, summary: firstSentence(e.answer) })),
    hint,
    source: sources.length === 1 ? sources[0] : 'Regional briefing (South West ROCU, 2023) and the public sources named in each entry',
  };
}

export function unsureCardData(answer: Extract<Answer, { kind: 'unsure' }>, rdtVerb: string): UnsureCardData {
  return {
    message: "I couldn't find a confident answer to that, and I would rather not guess. Did you mean one of these? You can also rephrase your question.",
    suggestions: answer.suggestions.map((e) => ({ id: e.id, title: e.title })),
    rdtVerb,
    verbs: KNOWLEDGE_VERBS,
  };
}

declare module '../../cards' {
  interface CardTemplates {
    'knowledge-answer': AnswerCardData;
    'knowledge-list': ListCardData;
    'knowledge-unsure': UnsureCardData;
  }
}
