import { renderCard } from '../cards';
import type { Logger } from '../log';
import type { Store } from '../store/types';
import type { MessageInput } from './inputs';
import type { Reply } from './replies';

/** What every route may use; passed in explicitly by the composition root. */
export interface BotDeps {
  store: Store;
  log: Logger;
  now: () => Date;
  coordinatorAadIds: string[];
}

/** A text command. The first route whose pattern matches the whole (trimmed) text wins. */
export interface TextRoute {
  name: string;
  pattern: RegExp;
  /** Shown on the help card; routes without it are not listed. */
  help?: { usage: string; description: string };
  handle(input: MessageInput, match: RegExpMatchArray): Promise<Reply>;
}

export interface Routes {
  text: TextRoute[];
}

/** The help card lists every route that has help text, in table order. */
export function helpReply(routes: TextRoute[]): Reply {
  const commands = routes.filter((r) => r.help).map((r) => r.help!);
  const intro = 'I help Lead Responsible Officers in the South West with Clear, Hold, Build and 4P plans. Try one of these:';
  return {
    text: [intro, ...commands.map((c) => `• ${c.usage}: ${c.description}`)].join('\n'),
    card: renderCard('help', {
      title: 'LRO Assist: what I can do',
      intro,
      commands,
      footer: 'In a channel or group chat, @mention me first. Please do not send intelligence or personal details to me.',
    }),
  };
}

/** The routing table, in rank order. The last route catches everything else. */
export function createRoutes(_deps: BotDeps): Routes {
  const text: TextRoute[] = [];
  text.push(
    {
      name: 'help',
      pattern: /^(help|\?|commands|menu|what can you do\??)$/i,
      help: { usage: 'help', description: 'Show this list.' },
      handle: async () => helpReply(text),
    },
    {
      name: 'fallback',
      pattern: /[\s\S]*/,
      handle: async () => ({
        text: "Sorry, I can't answer that yet. Type **help** to see what I can do.",
      }),
    },
  );
  return { text };
}

/** Finds the first route that matches; the table always ends with a catch-all. */
export function matchTextRoute(routes: TextRoute[], text: string): { route: TextRoute; match: RegExpMatchArray } {
  for (const route of routes) {
    const match = text.match(route.pattern);
    if (match) return { route, match };
  }
  throw new Error('routing table has no catch-all route');
}
