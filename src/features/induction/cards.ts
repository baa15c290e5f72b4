import { renderCard } from '../../cards';
import type { Reply } from '../../messages';
import type { InductionAnswer } from '../../store/induction-types';
import type { KnowledgeEntry } from '../knowledge/entry';
import { entrySourcesLabel } from '../knowledge/answer';
import { COURSE, moduleLength, nextPosition, previousPosition, type Step } from './course';
import { INDUCTION_VERBS } from './verbs';

// Data for cards/induction-*.json. Reading cards show the entry's own text with its source.

export interface Fact {
  title: string;
  value: string;
}

/** Data for cards/induction-step.json: one reading card or one question. */
export interface StepCardData {
  module: string;
  position: string;
  notice: string;
  heading: string;
  text: string;
  source: string;
  questionId: string;
  options: { title: string; value: string }[];
  result: string;
  resultStyle: 'good' | 'attention' | 'default';
  explanation: string;
  canBack: boolean;
  canNext: boolean;
  nextTitle: string;
  at: { module: number; card: number };
  verbs: typeof INDUCTION_VERBS;
}

/** Data for cards/induction-summary.json: progress, completion, report, export and "stopped" cards. */
export interface SummaryCardData {
  title: string;
  intro: string;
  facts: Fact[];
  linesTitle: string;
  lines: string[];
  footer: string;
  resume: boolean;
  resumeTitle: string;
  url: string;
  verbs: typeof INDUCTION_VERBS;
}

/** Data for cards/induction-start.json: what the course covers, and the force question. */
export interface StartCardData {
  title: string;
  intro: string;
  modules: string[];
  forces: string[];
  force: string;
  error: string;
  verbs: typeof INDUCTION_VERBS;
}

declare module '../../cards' {
  interface CardTemplates {
    'induction-step': StepCardData;
    'induction-summary': SummaryCardData;
    'induction-start': StartCardData;
  }
}

/** Looks an entry up by id; a missing id is a content error the content test catches first. */
export type EntryLookup = (id: string) => KnowledgeEntry | undefined;

function entryOf(entries: EntryLookup, id: string): KnowledgeEntry {
  const entry = entries(id);
  if (!entry) throw new Error(`induction refers to unknown knowledge entry "${id}"`);
  return entry;
}

const isLastStep = (at: { module: number; card: number }) => !nextPosition(at.module, at.card);

/** A reading card, or a question with its result once answered. */
export function stepReply(entries: EntryLookup, step: Step, at: { module: number; card: number }, answer: InductionAnswer | undefined, notice = ''): Reply {
  const moduleTitle = `Module ${at.module + 1} of ${COURSE.length}: ${step.module.title}`;
  const position = `Card ${at.card + 1} of ${moduleLength(step.module)}`;
  const base = {
    module: moduleTitle,
    position,
    notice,
    canBack: !!previousPosition(at.module, at.card),
    nextTitle: isLastStep(at) ? 'Finish' : 'Next',
    at,
    verbs: INDUCTION_VERBS,
  };
  if (step.kind === 'read') {
    const entry = entryOf(entries, step.entryId);
    const source = entrySourcesLabel(entry);
    const data: StepCardData = {
      ...base,
      heading: entry.title,
      text: entry.answer,
      source,
      questionId: '',
      options: [],
      result: '',
      resultStyle: 'default',
      explanation: '',
      canNext: true,
    };
    return { text: `${moduleTitle} (${position})\n${entry.title}\n${entry.answer}\nSource: ${source}`, card: renderCard('induction-step', data) };
  }
  const { question } = step;
  const entry = entryOf(entries, question.entryId);
  const right = question.options[question.answer];
  const result = !answer ? '' : answer.correct ? `Right: ${right}.` : `Not quite. The answer is: ${right}.`;
  const data: StepCardData = {
    ...base,
    heading: `Check: ${question.prompt}`,
    text: '',
    source: answer ? `${entry.title}. ${entrySourcesLabel(entry)}` : '',
    questionId: question.id,
    options: answer ? [] : question.options.map((title, i) => ({ title, value: String(i) })),
    result,
    resultStyle: !answer ? 'default' : answer.correct ? 'good' : 'attention',
    // Why: the entry the question is written from, in its own words.
    explanation: answer ? entry.answer : '',
    canNext: !!answer,
  };
  const lines = answer ? [result, entry.answer] : question.options.map((o, i) => `${i + 1}. ${o}`);
  return { text: [`${moduleTitle} (${position})`, `Check: ${question.prompt}`, ...lines].join('\n'), card: renderCard('induction-step', data) };
}

export function startReply(forces: string[], force = '', error = ''): Reply {
  const intro =
    'A short guided course for new Lead Responsible Officers, built from the LRO Assist knowledge base: six modules of a few cards each, with a short check at the end of each. Take it in as many sittings as you like; I remember where you got to.';
  const modules = COURSE.map((m, i) => `${i + 1}. ${m.title}`);
  const data: StartCardData = { title: 'LRO induction', intro, modules, forces, force, error, verbs: INDUCTION_VERBS };
  return { text: [error || intro, ...modules, 'Choose your force on the card to start.'].join('\n'), card: renderCard('induction-start', data) };
}

/** A summary card; `resume` adds a button that opens the current card. */
export function summaryReply(content: Partial<Omit<SummaryCardData, 'verbs'>> & { title: string }): Reply {
  const data: SummaryCardData = {
    intro: '',
    facts: [],
    linesTitle: '',
    lines: [],
    footer: '',
    resume: false,
    resumeTitle: 'Carry on',
    url: '',
    ...content,
    verbs: INDUCTION_VERBS,
  };
  const text = [
    data.title,
    data.intro,
    ...data.facts.map((f) => `${f.title}: ${f.value}`),
    ...(data.lines.length ? [data.linesTitle, ...data.lines] : []),
    data.url,
    data.footer,
  ]
    .filter(Boolean)
    .join('\n');
  return { text, card: renderCard('induction-summary', data) };
}
