import { renderCard } from '../../cards';
import {
  answerForEntry,
  answerQuestion,
  answerText,
  define,
  foundationBlock,
  searchEntries,
  topicList,
  type Answer,
  type TopicListName,
} from '../../features/knowledge/answer';
import { answerCardData, listCardData, unsureCardData } from '../../features/knowledge/cards';
import { AppError } from '../../errors';
import { isCoordinator } from '../../features/coordinators';
import { nextDropInSummary } from '../../features/dropins/schedule';
import { OPEN_FORM_VERB } from '../../features/support/catalogue';
import { containsIntelligence, INTELLIGENCE_REFUSAL } from '../../features/safety/intelligence-guard';
import type { Reply } from '../../messages';
import type { BotDeps, FeatureRoutes, TextRoute } from '../routes';

export const KNOWLEDGE_VERBS = { feedback: 'knowledge.feedback', ask: 'knowledge.ask' } as const;
export const SEARCH_GUIDANCE = 'searchGuidance';

const LIST_HINTS: Record<TopicListName, string> = {
  phases: 'Ask about one phase for more, e.g. "what is the hold phase".',
  'foundation-blocks': 'Type "fb 4" (or any number from 1 to 10) for the detail of a block.',
  '4p': 'Ask about one P for more, e.g. "what is prevent".',
  glossary: 'Type "define" and a term for its meaning, e.g. "define SRO".',
};
const GENERIC_LIST_HINT = 'Ask about any of these for more detail.';

/** Unanswered questions are kept without identity, folded so that repeats count together. */
export function normaliseQuestion(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(/[?!.\s]+$/, '').trim().slice(0, 200);
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

/** Knowledge commands, card buttons and the guidance search; `ask` is the catch-all for questions. */
export function knowledgeRoutes(deps: BotDeps): { routes: FeatureRoutes; ask: TextRoute } {
  const kb = deps.knowledge;
  const list = (topic: TopicListName) => async () => knowledgeReply(topicList(kb, topic), { hint: LIST_HINTS[topic] });

  /** Answers about the drop-ins also say when the next one is, from the live schedule. */
  async function answerReply(answer: Answer, now: Date, options: { feedbackGiven?: boolean } = {}): Promise<Reply> {
    if (answer.kind !== 'answer' || answer.entry.live !== 'next-drop-in') return knowledgeReply(answer, options);
    const extra = (await nextDropInSummary(deps.store, now)) ?? 'No drop-in schedule has been set up in LRO Assist yet.';
    return knowledgeReply(answer, { ...options, extra });
  }

  const ask: TextRoute = {
    name: 'knowledge.ask',
    pattern: /[\s\S]*/,
    async handle(input) {
      if (!input.text) return { text: 'Ask me a question about Clear, Hold, Build or 4P plans, or type "help".' };
      const answer = answerQuestion(kb, input.text);
      // Unanswered questions are kept, so one that carries intelligence is refused instead.
      if (answer.kind === 'unsure' && containsIntelligence(input.text)) return { text: INTELLIGENCE_REFUSAL };
      if (answer.kind === 'unsure') await deps.store.unanswered.record(normaliseQuestion(input.text), input.now.toISOString());
      return answerReply(answer, input.now);
    },
  };

  const text: TextRoute[] = [
    {
      name: 'knowledge.phases',
      pattern: /^(the )?(chb |clear,? hold,? build )?phases$/i,
      help: { usage: 'phases', description: 'The three Clear, Hold, Build phases.' },
      handle: list('phases'),
    },
    {
      name: 'knowledge.foundation-blocks',
      pattern: /^(the )?(chb )?(foundation|building) blocks$/i,
      help: { usage: 'foundation blocks', description: 'The ten CHB foundation blocks.' },
      handle: list('foundation-blocks'),
    },
    {
      name: 'knowledge.foundation-block',
      pattern: /^(?:fb|foundation block|block)\s*-?\s*(\d{1,2})$/i,
      help: { usage: 'fb 4', description: 'One foundation block, by number.' },
      handle: async (_input, match) => knowledgeReply(foundationBlock(kb, Number(match[1]))),
    },
    {
      name: 'knowledge.4p',
      pattern: /^(the )?(4 ?ps?|four ?ps?)$/i,
      help: { usage: '4p', description: 'Pursue, Prevent, Protect and Prepare.' },
      handle: list('4p'),
    },
    {
      name: 'knowledge.glossary',
      pattern: /^(glossary|acronyms|abbreviations)$/i,
      help: { usage: 'glossary', description: 'Every acronym I know.' },
      handle: list('glossary'),
    },
    {
      name: 'knowledge.define',
      pattern: /^(?:define|meaning of|what does)\s+(.+?)(?:\s+(?:stand for|mean))?\??$/i,
      help: { usage: 'define SRO', description: 'What a term or acronym means.' },
      handle: async (_input, match) => knowledgeReply(define(kb, match[1])),
    },
    {
      name: 'knowledge.unanswered',
      pattern: /^unanswered( questions)?$/i,
      help: { usage: 'unanswered', description: 'Coordinators: the questions I could not answer most often.' },
      async handle(input) {
        if (!isCoordinator(deps.config, input.actor.aadObjectId)) {
          return { text: 'Sorry, only SOC Community Coordinators can see unanswered questions.' };
        }
        const top = await deps.store.unanswered.mostFrequent(15);
        if (top.length === 0) return { text: 'No unanswered questions have been recorded yet.' };
        return {
          text: ['Questions I could not answer, most frequent first:', ...top.map((q) => `• ${q.question} (asked ${q.count}×, last ${q.lastAt.slice(0, 10)})`)].join('\n'),
        };
      },
    },
  ];

  return {
    ask,
    routes: {
      text,
      actions: [
        {
          verb: KNOWLEDGE_VERBS.feedback,
          async handle(input) {
            const entryId = String(input.data.entryId ?? '');
            const reaction = input.data.reaction;
            const answer = answerForEntry(kb, entryId);
            if (answer.kind !== 'answer' || (reaction !== 'like' && reaction !== 'dislike')) {
              throw new AppError('input.invalid', 'Sorry, I could not record that feedback: the card is out of date.');
            }
            await deps.store.feedback.add({ entryId, reaction, at: input.now.toISOString() });
            return { card: (await answerReply(answer, input.now, { feedbackGiven: true })).card! };
          },
        },
        {
          verb: KNOWLEDGE_VERBS.ask,
          handle: async (input) => ({ reply: await answerReply(answerForEntry(kb, String(input.data.entryId ?? '')), input.now) }),
        },
      ],
      extensions: {
        query: {
          [SEARCH_GUIDANCE]: async ({ query }) =>
            containsIntelligence(query)
              ? { message: INTELLIGENCE_REFUSAL }
              : searchEntries(kb, query, 10).map((entry) => {
              const answer = answerForEntry(kb, entry.id) as Extract<Answer, { kind: 'answer' }>;
              return {
                card: renderCard('knowledge-answer', answerCardData(answer, { feedback: false })),
                preview: { title: entry.title, text: entry.answer.slice(0, 120) },
              };
            }),
        },
      },
    },
  };
}
