import { TeamsActivityHandler, TurnContext, type Activity } from 'botbuilder';
import { renderCard } from '../cards';
import type { ConversationKind } from '../store/types';
import type { Actor, Place } from './inputs';
import { toActivity } from './replies';
import { createRoutes, matchTextRoute, type BotDeps, type Routes } from './routes';

const MAX_TEXT = 4000;

function tenantOf(activity: Activity): string {
  return (activity.channelData?.tenant?.id as string | undefined) ?? activity.conversation?.tenantId ?? '';
}

function kindOf(activity: Activity): ConversationKind {
  const type = activity.conversation?.conversationType;
  if (type === 'channel') return 'channel';
  if (type === 'groupChat' || activity.conversation?.isGroup) return 'groupChat';
  return 'personal';
}

export function actorOf(activity: Activity): Actor {
  return { aadObjectId: activity.from?.aadObjectId, name: activity.from?.name, tenantId: tenantOf(activity) };
}

export function placeOf(activity: Activity): Place {
  return {
    conversationId: activity.conversation.id,
    kind: kindOf(activity),
    teamId: activity.channelData?.team?.id as string | undefined,
  };
}

/** The message text with the bot's @mention removed and whitespace folded. */
function commandText(activity: Activity): string {
  const text = activity.text ? TurnContext.removeRecipientMention(activity) : '';
  return text.replace(/<at>[^<]*<\/at>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The Teams activity handler: turns activities into plain inputs and features' results into replies. */
export class LroAssistBot extends TeamsActivityHandler {
  private readonly routes: Routes;

  constructor(private readonly deps: BotDeps) {
    super();
    this.routes = createRoutes(deps);

    this.onMessage(async (ctx, next) => {
      await this.rememberConversation(ctx);
      const text = commandText(ctx.activity);
      if (text.length > MAX_TEXT) {
        await ctx.sendActivity(`That message is too long for me (over ${MAX_TEXT} characters). Please shorten it.`);
        return next();
      }
      const { route, match } = matchTextRoute(this.routes.text, text);
      ctx.turnState.set('route', route.name);
      const reply = await route.handle(
        { text, actor: actorOf(ctx.activity), place: placeOf(ctx.activity), now: deps.now() },
        match,
      );
      await ctx.sendActivity(toActivity(reply));
      await next();
    });

    this.onInstallationUpdateAdd(async (ctx, next) => {
      await this.rememberConversation(ctx);
      await ctx.sendActivity(toActivity(this.welcome(placeOf(ctx.activity).kind)));
      await next();
    });

    this.onInstallationUpdateRemove(async (ctx, next) => {
      await deps.store.conversations.markInactive(ctx.activity.conversation.id, deps.now().toISOString());
      await next();
    });

    this.onMembersAdded(async (ctx, next) => {
      const botId = ctx.activity.recipient?.id;
      if (ctx.activity.membersAdded?.some((m) => m.id === botId)) await this.rememberConversation(ctx);
      await next();
    });

    this.onMembersRemoved(async (ctx, next) => {
      const botId = ctx.activity.recipient?.id;
      if (ctx.activity.membersRemoved?.some((m) => m.id === botId)) {
        await deps.store.conversations.markInactive(ctx.activity.conversation.id, deps.now().toISOString());
      }
      await next();
    });
  }

  /** Keeps a fresh conversation reference so features can message this chat or channel later. */
  private async rememberConversation(ctx: TurnContext): Promise<void> {
    const activity = ctx.activity;
    const place = placeOf(activity);
    await this.deps.store.conversations.upsert({
      id: place.conversationId,
      tenantId: tenantOf(activity),
      kind: place.kind,
      userAadObjectId: place.kind === 'personal' ? activity.from?.aadObjectId : undefined,
      teamId: place.teamId,
      reference: JSON.parse(JSON.stringify(TurnContext.getConversationReference(activity))) as Record<string, unknown>,
      updatedAt: this.deps.now().toISOString(),
    });
  }

  private welcome(kind: ConversationKind) {
    const intro =
      kind === 'personal'
        ? 'I answer questions about Clear, Hold, Build and 4P plans, with the source of every answer, and I help you reach the Regional Disruption Team.'
        : 'I answer questions about Clear, Hold, Build and 4P plans for this team. @mention me with a question or a command.';
    const highlights = [
      'Ask about CHB phases, the foundation blocks or 4P plans, e.g. "what is fb4?"',
      'Type "help" to see every command',
    ];
    const privacy = 'Do not send me intelligence, names, vehicles or addresses: use your force systems for those.';
    return {
      text: `Hello, I'm LRO Assist. ${intro} Type "help" to see what I can do.`,
      card: renderCard('welcome', { greeting: "Hello, I'm LRO Assist", intro, highlights, privacy }),
    };
  }
}
