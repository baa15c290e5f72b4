import { renderCard } from '../../cards';
import {
  answerForEntry,
  answerQuestion,
  answerText,
  decline,
  define,
  foundationBlock,
  searchEntries,
  startingTopics,
  topicList,
  type Answer,
  type TopicListName,
} from './answer';
import { AppError } from '../../errors';
import type { Reply } from '../../messages';
import type { ActionInput, ActionResult, ExtensionQueryInput, ExtensionResult, MessageInput } from '../../use-case-types';
import type { FeatureDeps } from '../deps';
import { nextDropInSummary } from '../dropins/schedule';
import { refuseIntelligence } from '../safety/intelligence-guard';
import { OPEN_FORM_VERB } from '../support/catalogue';
import { answerCardData, listCardData, unsureCardData } from './cards';
import { mayNameSomeone } from './guards';

const LIST_HINTS: Record<TopicListName, string> = {
  phases: 'Ask about one phase for more, e.g. "what is the hold phase".',
  'foundation-blocks': 'Type "fb 4" (or any number from 1 to 10) for the detail of a block.',
  '4p': 'Ask about one P for more, e.g. "what is prevent".',
  glossary: 'Type "define" and a term for its meaning, e.g. "define SRO".',
};
const GENERIC_LIST_HINT = 'Ask about any of these for more detail.';

/**
 * Unanswered questions are kept without identity, folded so that repeats count together, and with each
 * word the bot does not know (a name, a place, a make of car) left out as "…": the bot keeps the shape
 * of a question, never the intelligence that may have slipped into it.
 */
export function normaliseQuestion(text: string, knowsWord: (word: string) => boolean): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[?!.\s]+$/, '')
    .trim()
    .split(' ')
    .map((word) => (knowsWord(word) ? word : '…'))
    .join(' ')
    .replace(/…(?: …)+/g, '…')
    .slice(0, 200);
}

/** A knowledge answer as a reply: a card for every kind but the declines, with plain text alongside. */
export function knowledgeReply(answer: Answer, options: { feedbackGiven?: boolean; hint?: string; extra?: string } = {}): Reply {
  const text = answerText(answer);
  switch (answer.kind) {
    case 'answer':
      return {
        text: options.extra ? `${text}\n\n${options.extra}` : text,
        card: renderCard('knowledge-answer', answerCardData(answer, { feedback: true, feedbackGiven: options.feedbackGiven, extra: options.extra })),
      };
    case 'list':
      return { text, card: renderCard('knowledge-list', listCardData(answer, options.hint ?? GENERIC_LIST_HINT)) };
    case 'unsure':
      return { text, card: renderCard('knowledge-unsure', unsureCardData(answer, OPEN_FORM_VERB)) };
    case 'out-of-scope':
    case 'intelligence-refusal':
      return { text };
  }
}

// A recent question's answer comes back as the same object (answerQuestion keeps them), and so does its reply.
const replies = new WeakMap<Answer, Reply>();

/** The reply to an answer with no live part, built once per answer. */
function storedReply(answer: Answer): Reply {
  let reply = replies.get(answer);
  if (!reply) replies.set(answer, (reply = Object.freeze(knowledgeReply(answer))));
  return reply;
}

/** Answers about the drop-ins also say when the next one is, from the live schedule. */
async function answerReply(deps: FeatureDeps, answer: Answer, now: Date, options: { feedbackGiven?: boolean } = {}): Promise<Reply> {
  if (answer.kind !== 'answer' || answer.entry.live !== 'next-drop-in') return options.feedbackGiven ? knowledgeReply(answer, options) : storedReply(answer);
  const extra = (await nextDropInSummary(deps.store, now)) ?? 'No drop-in schedule has been set up in LRO Assist yet.';
  return knowledgeReply(answer, { ...options, extra });
}

/** Any other text: a question for the knowledge base. Unanswered ones are counted, without identity. */
export async function ask(deps: FeatureDeps, input: MessageInput): Promise<Reply> {
  if (!input.text) return { text: 'Ask me a question about Clear, Hold, Build or 4P plans, or type "help".' };
  const answer = answerQuestion(deps.knowledge, input.text);
  // Unanswered questions are kept; one that carries intelligence never gets here, as answerQuestion
  // refuses it first, one that may name someone is not kept either, and words the bot does not know
  // are left out of the rest (normaliseQuestion).
  if (answer.kind === 'unsure' && !mayNameSomeone(input.text, deps.knowledge.index.isTopicPhrase)) {
    await deps.store.unanswered.record(normaliseQuestion(input.text, deps.knowledge.index.knowsWord), input.now.toISOString());
  }
  return answerReply(deps, answer, input.now);
}

/** `phases`, `foundation blocks`, `4p`, `glossary`: a topic list with a hint for going further. */
export async function listTopic(deps: FeatureDeps, _input: MessageInput, topic: TopicListName): Promise<Reply> {
  return knowledgeReply(topicList(deps.knowledge, topic), { hint: LIST_HINTS[topic] });
}

/** A greeting or `topics`: where to start. */
export async function startingTopicList(deps: FeatureDeps, _input: MessageInput): Promise<Reply> {
  return knowledgeReply({ kind: 'list', title: 'Things I can help with', entries: startingTopics(deps.knowledge) });
}

/** `fb 4`: one foundation block by number. */
export async function showFoundationBlock(deps: FeatureDeps, _input: MessageInput, number: number): Promise<Reply> {
  return knowledgeReply(foundationBlock(deps.knowledge, number));
}

/** `define SRO`: the same declines as any question come first. */
export async function defineTerm(deps: FeatureDeps, input: MessageInput, term: string): Promise<Reply> {
  return knowledgeReply(decline(deps.knowledge, input.text) ?? define(deps.knowledge, term));
}

/** `unanswered` (coordinators; the route guards): the questions most often left unanswered. */
export async function unansweredQuestions(deps: FeatureDeps, _input: MessageInput): Promise<Reply> {
  const top = await deps.store.unanswered.mostFrequent(15);
  if (top.length === 0) return { text: 'No unanswered questions have been recorded yet.' };
  return {
    text: ['Questions I could not answer, most frequent first:', ...top.map((q) => `• ${q.question} (asked ${q.count}×, last ${q.lastAt.slice(0, 10)})`)].join(
      '\n',
    ),
  };
}

/** 👍/👎 on an answer: recorded without identity; the card shows it was given. */
export async function giveFeedback(deps: FeatureDeps, input: ActionInput): Promise<ActionResult> {
  const entryId = String(input.data.entryId ?? '');
  const reaction = input.data.reaction;
  const answer = answerForEntry(deps.knowledge, entryId);
  if (answer.kind !== 'answer' || (reaction !== 'like' && reaction !== 'dislike')) {
    throw new AppError('input.invalid', 'Sorry, I could not record that feedback: the card is out of date.');
  }
  await deps.store.feedback.add({ entryId, reaction, at: input.now.toISOString() });
  return { card: (await answerReply(deps, answer, input.now, { feedbackGiven: true })).card! };
}

/** A related-topic button: that entry's answer as a new reply. */
export async function askAboutEntry(deps: FeatureDeps, input: ActionInput): Promise<ActionResult> {
  return { reply: await answerReply(deps, answerForEntry(deps.knowledge, String(input.data.entryId ?? '')), input.now) };
}

/** The guidance search in the compose box: up to ten answer cards; an intelligence query is refused, not answered with an empty list. */
export async function searchGuidance(deps: FeatureDeps, input: ExtensionQueryInput): Promise<ExtensionResult[]> {
  refuseIntelligence(input.query);
  return searchEntries(deps.knowledge, input.query, 10).map((entry) => {
    const answer = answerForEntry(deps.knowledge, entry.id) as Extract<Answer, { kind: 'answer' }>;
    return {
      card: renderCard('knowledge-answer', answerCardData(answer, { feedback: false })),
      preview: { title: entry.title, text: entry.answer.slice(0, 120) },
    };
  });
}
