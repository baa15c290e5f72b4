import { renderCard, type AdaptiveCard } from '../cards';
import type { Config } from '../config';
import type { Logger } from '../log';
import type { Reply } from '../messages';
import type { ProactiveSender } from '../scheduler/sender';
import type { Scheduler } from '../scheduler/scheduler';
import type { Store } from '../store/types';
import type { KnowledgeBase } from '../features/knowledge/answer';
import { knowledgeRoutes } from './handlers/knowledge';
import { supportRoutes } from './handlers/support';
import { planRoutes } from './handlers/reminders';
import { dropInRoutes } from './handlers/dropins';
import { siteRoutes } from './handlers/sites';
import { qualityRoutes } from './handlers/quality';
import type { Actor, MessageInput, Place } from './inputs';

/** What every route may use; passed in explicitly by the composition root. */
export interface BotDeps {
  store: Store;
  knowledge: KnowledgeBase;
  log: Logger;
  now: () => Date;
  config: Config;
  sender: ProactiveSender;
  /** Coordinator commands run jobs on demand through it. */
  scheduler: Scheduler;
}

/** A text command. The first route whose pattern matches the whole (trimmed) text wins. */
export interface TextRoute {
  name: string;
  pattern: RegExp;
  /** Shown on the help card; routes without it are not listed. */
  help?: { usage: string; description: string };
  handle(input: MessageInput, match: RegExpMatchArray): Promise<Reply>;
}

/** A card button: an Action.Execute (or Action.Submit) carrying `verb` and data. */
export interface ActionInput {
  verb: string;
  data: Record<string, unknown>;
  actor: Actor;
  place: Place;
  now: Date;
  /** The id of the message that holds the card, when Teams sends it. */
  messageId?: string;
  /** True for a Universal Actions automatic refresh. */
  refresh: boolean;
}

/** A card to show in place of the one clicked, a short message for the person who clicked, or a new reply. */
export type ActionResult = { card: AdaptiveCard } | { message: string } | { reply: Reply };

export interface ActionRoute {
  verb: string;
  handle(input: ActionInput): Promise<ActionResult>;
}

/** One messaging-extension result: the card inserted when picked, and its preview in the list. */
export interface ExtensionResult {
  card: AdaptiveCard;
  preview: { title: string; text?: string };
}

export interface ExtensionInput {
  commandId: string;
  actor: Actor;
  place: Place;
  now: Date;
}

/** Messaging-extension commands by id: search (query) and action (fetchTask / submitAction). */
export interface ExtensionRoutes {
  query?: Record<string, (input: ExtensionInput & { query: string }) => Promise<ExtensionResult[]>>;
  fetchTask?: Record<string, (input: ExtensionInput & { messageText?: string }) => Promise<TaskCard>>;
  submitAction?: Record<string, (input: ExtensionInput & { data: Record<string, unknown> }) => Promise<TaskCard | { done: string }>>;
}

/** A dialog (task module) showing a card. */
export interface TaskCard {
  title: string;
  card: AdaptiveCard;
}

/** What one feature contributes to the routing table. */
export interface FeatureRoutes {
  text?: TextRoute[];
  actions?: ActionRoute[];
  extensions?: ExtensionRoutes;
}

export interface Routes {
  text: TextRoute[];
  actions: Map<string, ActionRoute>;
  extensions: Required<ExtensionRoutes>;
}

/** Help sections, by the feature prefix of a route's name, in the order the card shows them. */
const HELP_SECTIONS: Record<string, string> = {
  help: 'Getting started',
  knowledge: 'Clear, Hold, Build and 4P questions',
  support: 'Support from the Regional Disruption Team',
  plans: '4P plan reviews',
  dropins: 'LRO drop-ins',
  sites: 'CHB sites',
  reminders: 'Coordinators',
};

/** The help card lists every route that has help text, grouped by feature, in table order. */
export function helpReply(routes: TextRoute[]): Reply {
  const listed = routes.filter((r) => r.help);
  const sections = Object.entries(HELP_SECTIONS)
    .map(([prefix, title]) => ({ title, commands: listed.filter((r) => r.name.split('.')[0] === prefix).map((r) => r.help!) }))
    .filter((section) => section.commands.length > 0);
  const intro = 'I help Lead Responsible Officers in the South West with Clear, Hold, Build and 4P plans. You can also just ask a question.';
  return {
    text: [intro, ...sections.flatMap((sec) => [`${sec.title}:`, ...sec.commands.map((c) => `• ${c.usage}: ${c.description}`)])].join('\n'),
    card: renderCard('help', {
      title: 'LRO Assist: what I can do',
      intro,
      sections,
      footer: 'In a channel or group chat, @mention me first. Please do not send intelligence or personal details to me.',
    }),
  };
}

/**
 * The routing table, in rank order: help, then each feature's commands, then the catch-all.
 * Card verbs and extension command ids must be unique across features.
 */
export function createRoutes(features: FeatureRoutes[], fallback: TextRoute): Routes {
  const text: TextRoute[] = [];
  const help: TextRoute = {
    name: 'help',
    pattern: /^(help|\?|commands|menu|what can you do\??)$/i,
    help: { usage: 'help', description: 'Show this list.' },
    handle: async () => helpReply(text),
  };
  text.push(help, ...features.flatMap((f) => f.text ?? []), fallback);

  const actions = new Map<string, ActionRoute>();
  const extensions: Required<ExtensionRoutes> = { query: {}, fetchTask: {}, submitAction: {} };
  for (const f of features) {
    for (const a of f.actions ?? []) {
      if (actions.has(a.verb)) throw new Error(`card verb "${a.verb}" is routed twice`);
      actions.set(a.verb, a);
    }
    for (const kind of ['query', 'fetchTask', 'submitAction'] as const) {
      for (const [id, handler] of Object.entries(f.extensions?.[kind] ?? {})) {
        if (extensions[kind][id]) throw new Error(`extension command "${id}" (${kind}) is routed twice`);
        (extensions[kind] as Record<string, unknown>)[id] = handler;
      }
    }
  }
  return { text, actions, extensions };
}

/** The bot's routing table: every feature's handlers, in rank order; free text falls through to the knowledge base. */
export function routingTable(deps: BotDeps): Routes {
  const knowledge = knowledgeRoutes(deps);
  return createRoutes([knowledge.routes, supportRoutes(deps), qualityRoutes(deps), planRoutes(deps), dropInRoutes(deps), siteRoutes(deps)], knowledge.ask);
}

/** Finds the first route that matches; the table always ends with a catch-all. */
export function matchTextRoute(routes: TextRoute[], text: string): { route: TextRoute; match: RegExpMatchArray } {
  for (const route of routes) {
    const match = text.match(route.pattern);
    if (match) return { route, match };
  }
  throw new Error('routing table has no catch-all route');
}
