import type { Answer } from './answer';
import { sourceLabel } from './answer';
import type { Contact } from './contacts';
import type { KnowledgeEntry } from './entry';
import { KNOWLEDGE_VERBS } from './verbs';

/** Data for cards/knowledge-answer.json. */
export interface AnswerCardData {
  title: string;
  answer: string;
  detail: string;
  /** Live information added to the curated answer (e.g. the next drop-in date), or ''. */
  extra: string;
  contacts: { line: string }[];
  source: string;
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

function contactLine(c: Contact): string {
  const details = [c.name, c.phone, c.email].filter((v): v is string => Boolean(v));
  const main = details.length ? `**${c.title}**: ${details.join(', ')}` : `**${c.title}**`;
  return c.note ? `${main} (${c.note})` : main;
}

function firstSentence(text: string): string {
  const match = text.match(/^.*?[.!?](\s|$)/);
  return (match ? match[0] : text).trim();
}

export function answerCardData(
  answer: Extract<Answer, { kind: 'answer' }>,
  options: { feedback: boolean; feedbackGiven?: boolean; extra?: string },
): AnswerCardData {
  const { entry } = answer;
  return {
    title: entry.title,
    answer: entry.answer,
    detail: entry.detail ?? '',
    extra: options.extra ?? '',
    contacts: answer.contacts.map((c) => ({ line: contactLine(c) })),
    source: sourceLabel(entry.source),
    related: options.feedback ? answer.related.map((e) => ({ id: e.id, title: e.title })) : [],
    feedback: { show: options.feedback && !options.feedbackGiven, entryId: entry.id, given: options.feedbackGiven ? FEEDBACK_THANKS : '' },
    verbs: KNOWLEDGE_VERBS,
  };
}

export function listCardData(list: Extract<Answer, { kind: 'list' }>, hint: string): ListCardData {
  const sources = [...new Set(list.entries.map((e) => sourceLabel(e.source)))];
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
