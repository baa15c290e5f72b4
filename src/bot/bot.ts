import {
  ActivityTypes,
  CardFactory,
  TeamsActivityHandler,
  TurnContext,
  type Activity,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type MessagingExtensionAction,
  type MessagingExtensionActionResponse,
  type MessagingExtensionQuery,
  type MessagingExtensionResponse,
  type TaskModuleContinueResponse,
} from 'botbuilder';
import { renderCard } from '../cards';
import { isAppError } from '../errors';
import type { ConversationKind } from '../store/types';
import type { Actor, Place } from './inputs';
import { toActivity } from './replies';
import { matchTextRoute, routingTable, type ActionResult, type BotDeps, type ExtensionResult, type Routes, type TaskCard } from './routes';

const MAX_TEXT = 4000;
const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/** The tenant an activity came from; Teams puts it in channelData, other clients on the conversation. */
export function tenantOf(activity: Partial<Activity>): string {
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

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function taskResponse(task: TaskCard): MessagingExtensionActionResponse {
  const value: TaskModuleContinueResponse['value'] = { title: task.title, width: 'large', height: 'large', card: CardFactory.adaptiveCard(task.card) };
  return { task: { type: 'continue', value } };
}

function extensionAttachment(r: ExtensionResult) {
  return {
    ...CardFactory.adaptiveCard(r.card),
    preview: CardFactory.heroCard(r.preview.title, r.preview.text ?? ''),
  };
}

/** The Teams activity handler: turns activities into plain inputs and features' results into replies. */
export class LroAssistBot extends TeamsActivityHandler {
  private readonly routes: Routes;

  constructor(private readonly deps: BotDeps) {
    super();
    this.routes = routingTable(deps);

    this.onMessage(async (ctx, next) => {
      await this.rememberConversation(ctx);
      if (isRecord(ctx.activity.value) && typeof ctx.activity.value.verb === 'string') {
        await this.onSubmit(ctx, ctx.activity.value);
        return next();
      }
      const text = commandText(ctx.activity);
      if (text.length > MAX_TEXT) {
        await ctx.sendActivity(`That message is too long for me (over ${MAX_TEXT} characters). Please shorten it.`);
        return next();
      }
      const { route, match } = matchTextRoute(this.routes.text, text);
      const reply = await route.handle({ text, actor: actorOf(ctx.activity), place: placeOf(ctx.activity), now: deps.now() }, match);
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

  /** Runs a card verb; user-facing failures become a message rather than a failed turn. */
  private async runAction(ctx: TurnContext, verb: string, data: Record<string, unknown>, refresh: boolean): Promise<ActionResult> {
    const route = this.routes.actions.get(verb);
    if (!route) return { message: "Sorry, I don't recognise that button. It may be from an older card; type help to start again." };
    try {
      return await route.handle({
        verb,
        data,
        actor: actorOf(ctx.activity),
        place: placeOf(ctx.activity),
        now: this.deps.now(),
        messageId: ctx.activity.replyToId,
        refresh,
      });
    } catch (err) {
      if (isAppError(err)) return { message: err.userMessage };
      throw err;
    }
  }

  /** Action.Submit and messageBack buttons: a card replaces the one clicked; anything else is said in chat. */
  private async onSubmit(ctx: TurnContext, value: Record<string, unknown>): Promise<void> {
    const { verb, msteams: _msteams, ...data } = value;
    const result = await this.runAction(ctx, verb as string, data, false);
    if ('reply' in result) await ctx.sendActivity(toActivity(result.reply));
    else if ('message' in result) await ctx.sendActivity(result.message);
    else if (ctx.activity.replyToId) await ctx.updateActivity({ ...toActivity({ text: '', card: result.card }), id: ctx.activity.replyToId });
    else await ctx.sendActivity(toActivity({ text: '', card: result.card }));
  }

  protected async onAdaptiveCardInvoke(ctx: TurnContext, value: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    await this.rememberConversation(ctx);
    const verb = value?.action?.verb;
    if (!verb) return { statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message: 'missing verb' } as never };
    const data = isRecord(value.action.data) ? value.action.data : {};
    // `trigger` is sent by Teams for Universal Actions but missing from the SDK's type.
    const trigger = (value as AdaptiveCardInvokeValue & { trigger?: string }).trigger;
    const result = await this.runAction(ctx, verb, data, trigger === 'automatic');
    if ('card' in result) return { statusCode: 200, type: CARD_CONTENT_TYPE, value: result.card };
    if ('reply' in result) await ctx.sendActivity(toActivity(result.reply));
    const message = 'message' in result ? result.message : 'Done: see my reply below.';
    return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: message as never };
  }

  protected async handleTeamsMessagingExtensionQuery(ctx: TurnContext, query: MessagingExtensionQuery): Promise<MessagingExtensionResponse> {
    const handler = this.routes.extensions.query[query.commandId ?? ''];
    if (!handler) return { composeExtension: { type: 'message', text: 'That search is not available.' } };
    const text = String(query.parameters?.find((p) => p.name === 'query')?.value ?? query.parameters?.[0]?.value ?? '');
    const results = await handler({ commandId: query.commandId!, query: text.trim(), actor: actorOf(ctx.activity), place: placeOf(ctx.activity), now: this.deps.now() });
    return { composeExtension: { type: 'result', attachmentLayout: 'list', attachments: results.map(extensionAttachment) } };
  }

  protected async handleTeamsMessagingExtensionFetchTask(ctx: TurnContext, action: MessagingExtensionAction): Promise<MessagingExtensionActionResponse> {
    const handler = this.routes.extensions.fetchTask[action.commandId ?? ''];
    if (!handler) return { task: { type: 'message', value: 'That action is not available.' } };
    const messageText = action.messagePayload?.body?.content;
    const task = await handler({
      commandId: action.commandId!,
      actor: actorOf(ctx.activity),
      place: placeOf(ctx.activity),
      now: this.deps.now(),
      messageText: typeof messageText === 'string' ? messageText : undefined,
    });
    return taskResponse(task);
  }

  protected async handleTeamsMessagingExtensionSubmitAction(ctx: TurnContext, action: MessagingExtensionAction): Promise<MessagingExtensionActionResponse> {
    const handler = this.routes.extensions.submitAction[action.commandId ?? ''];
    if (!handler) return { task: { type: 'message', value: 'That action is not available.' } };
    const result = await handler({
      commandId: action.commandId!,
      actor: actorOf(ctx.activity),
      place: placeOf(ctx.activity),
      now: this.deps.now(),
      data: isRecord(action.data) ? action.data : {},
    });
    return 'done' in result ? { task: { type: 'message', value: result.done } } : taskResponse(result);
  }

  /** Keeps a fresh conversation reference so features can message this chat or channel later. */
  private async rememberConversation(ctx: TurnContext): Promise<void> {
    const activity = ctx.activity;
    if (activity.type === ActivityTypes.Invoke && !activity.conversation?.id) return;
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
    const offerInduction = kind === 'personal';
    const highlights = ['Ask about CHB phases, the foundation blocks or 4P plans, e.g. "what is fb4?"', ...(offerInduction ? ['New to the LRO role? Type "induction" for a short guided course'] : []), 'Type "help" to see every command'];
    const privacy = 'Do not send me intelligence, names, vehicles or addresses: use your force systems for those.';
    return {
      text: `Hello, I'm LRO Assist. ${intro} Type "help" to see what I can do.`,
      card: renderCard('welcome', { greeting: "Hello, I'm LRO Assist", intro, highlights, privacy, offerInduction }),
    };
  }
}
