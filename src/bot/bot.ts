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
import { isAppError } from '../errors';
import { forgetConversation, personalChatOpened, rememberConversation, welcome } from '../features/conversations/use-cases';
import type { FeatureDeps } from '../features/deps';
import type { Logger } from '../log';
import type { ConversationKind } from '../store/types';
import type { ActionResult, Actor, ExtensionResult, Place, TaskCard } from '../use-case-types';
import { toActivity } from './replies';
import { matchTextRoute, refusedBy, routingTable, type Guard, type Routes } from './routes';

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
  return text
    .replace(/<at>[^<]*<\/at>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The search text of a messaging-extension query; parameters that are not a list of name/value pairs count as empty. */
function queryText(query: MessagingExtensionQuery): string {
  const parameters: unknown[] = Array.isArray(query.parameters) ? query.parameters : [];
  const values = parameters.filter(isRecord);
  const value = (values.find((p) => p.name === 'query') ?? values[0])?.value;
  return typeof value === 'string' ? value.trim().slice(0, MAX_TEXT) : '';
}

function taskResponse(task: TaskCard): MessagingExtensionActionResponse {
  const value: TaskModuleContinueResponse['value'] = { title: task.title, width: 'large', height: 'large', card: CardFactory.adaptiveCard(task.card) };
  return { task: { type: 'continue', value } };
}

function taskMessage(message: string): MessagingExtensionActionResponse {
  return { task: { type: 'message', value: message } };
}

function extensionAttachment(r: ExtensionResult) {
  return {
    ...CardFactory.adaptiveCard(r.card),
    preview: CardFactory.heroCard(r.preview.title, r.preview.text ?? ''),
  };
}

/**
 * Runs a route's use-case with the one refusal style: a failed guard or an AppError from the use-case
 * becomes its user-facing message, logged at info as a code, never with the user's text. Anything
 * else is a real failure and goes on to the adapter's turn error handler.
 */
async function refusing<T>(log: Logger, route: string, guard: Guard | undefined, work: () => Promise<T>, refuse: (message: string) => T): Promise<T> {
  if (guard) {
    log.info({ route, code: 'auth.forbidden' }, 'refused');
    return refuse(guard.refusal);
  }
  try {
    return await work();
  } catch (err) {
    if (!isAppError(err)) throw err;
    log.info({ route, code: err.code }, 'refused');
    return refuse(err.userMessage);
  }
}

/** The Teams activity handler: turns activities into plain inputs and features' results into replies. */
export class LroAssistBot extends TeamsActivityHandler {
  private readonly routes: Routes;
  private readonly log: Logger;

  constructor(private readonly deps: FeatureDeps) {
    super();
    this.routes = routingTable();
    this.log = deps.log.child({ component: 'bot' });

    this.onMessage(async (ctx, next) => {
      const opened = await this.rememberConversation(ctx);
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
      const input = { text, actor: actorOf(ctx.activity), place: placeOf(ctx.activity), now: deps.now() };
      const guard = refusedBy(deps, route.guards, input.actor, input.place);
      const reply = await refusing(
        this.log,
        route.name,
        guard,
        () => route.run(deps, input, match),
        (message) => ({ text: message }),
      );
      await ctx.sendActivity(toActivity(reply));
      if (opened) await this.personalChatOpened(ctx);
      await next();
    });

    this.onInstallationUpdateAdd(async (ctx, next) => {
      await this.rememberConversation(ctx, true);
      await ctx.sendActivity(toActivity(welcome(placeOf(ctx.activity).kind)));
      // Installing again reopens the chat; what was already sent is not sent twice.
      await this.personalChatOpened(ctx);
      await next();
    });

    this.onInstallationUpdateRemove(async (ctx, next) => {
      await forgetConversation(deps, ctx.activity.conversation.id, deps.now());
      await next();
    });

    this.onMembersAdded(async (ctx, next) => {
      const botId = ctx.activity.recipient?.id;
      if (ctx.activity.membersAdded?.some((m) => m.id === botId)) await this.rememberConversation(ctx, true);
      await next();
    });

    this.onMembersRemoved(async (ctx, next) => {
      const botId = ctx.activity.recipient?.id;
      if (ctx.activity.membersRemoved?.some((m) => m.id === botId)) {
        await forgetConversation(deps, ctx.activity.conversation.id, deps.now());
      }
      await next();
    });
  }

  /** Runs a card verb; user-facing failures become a message rather than a failed turn. */
  private async runAction(ctx: TurnContext, verb: string, data: Record<string, unknown>, refresh: boolean): Promise<ActionResult> {
    const route = this.routes.actions.get(verb);
    if (!route) return { message: "Sorry, I don't recognise that button. It may be from an older card; type help to start again." };
    const input = { verb, data, actor: actorOf(ctx.activity), place: placeOf(ctx.activity), now: this.deps.now(), messageId: ctx.activity.replyToId, refresh };
    const guard = refusedBy(this.deps, route.guards, input.actor, input.place);
    return refusing(
      this.log,
      verb,
      guard,
      () => route.run(this.deps, input),
      (message) => ({ message }),
    );
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
    const input = { commandId: query.commandId!, query: queryText(query), actor: actorOf(ctx.activity), place: placeOf(ctx.activity), now: this.deps.now() };
    return refusing(
      this.log,
      input.commandId,
      undefined,
      async (): Promise<MessagingExtensionResponse> => {
        const results = await handler(this.deps, input);
        return { composeExtension: { type: 'result', attachmentLayout: 'list', attachments: results.map(extensionAttachment) } };
      },
      (message) => ({ composeExtension: { type: 'message', text: message } }),
    );
  }

  protected async handleTeamsMessagingExtensionFetchTask(ctx: TurnContext, action: MessagingExtensionAction): Promise<MessagingExtensionActionResponse> {
    const handler = this.routes.extensions.fetchTask[action.commandId ?? ''];
    if (!handler) return taskMessage('That action is not available.');
    const messageText = action.messagePayload?.body?.content;
    const input = {
      commandId: action.commandId!,
      actor: actorOf(ctx.activity),
      place: placeOf(ctx.activity),
      now: this.deps.now(),
      messageText: typeof messageText === 'string' ? messageText : undefined,
    };
    return refusing(this.log, input.commandId, undefined, async () => taskResponse(await handler(this.deps, input)), taskMessage);
  }

  protected async handleTeamsMessagingExtensionSubmitAction(ctx: TurnContext, action: MessagingExtensionAction): Promise<MessagingExtensionActionResponse> {
    const handler = this.routes.extensions.submitAction[action.commandId ?? ''];
    if (!handler) return taskMessage('That action is not available.');
    const input = {
      commandId: action.commandId!,
      actor: actorOf(ctx.activity),
      place: placeOf(ctx.activity),
      now: this.deps.now(),
      data: isRecord(action.data) ? action.data : {},
    };
    return refusing(
      this.log,
      input.commandId,
      undefined,
      async () => {
        const result = await handler(this.deps, input);
        return 'done' in result ? taskMessage(result.done) : taskResponse(result);
      },
      taskMessage,
    );
  }

  /** After the reply in a personal chat just opened, features send what they could not send before. */
  private async personalChatOpened(ctx: TurnContext): Promise<void> {
    const place = placeOf(ctx.activity);
    if (place.kind === 'personal') await personalChatOpened(this.deps, actorOf(ctx.activity), place.conversationId, this.deps.now());
  }

  /** Keeps a fresh conversation reference so features can message this chat or channel later; true when it is new. */
  private async rememberConversation(ctx: TurnContext, botAdded = false): Promise<boolean> {
    const activity = ctx.activity;
    if (activity.type === ActivityTypes.Invoke && !activity.conversation?.id) return false;
    const place = placeOf(activity);
    return rememberConversation(
      this.deps,
      {
        id: place.conversationId,
        tenantId: tenantOf(activity),
        kind: place.kind,
        userAadObjectId: place.kind === 'personal' ? activity.from?.aadObjectId : undefined,
        teamId: place.teamId,
        reference: JSON.parse(JSON.stringify(TurnContext.getConversationReference(activity))) as Record<string, unknown>,
        updatedAt: this.deps.now().toISOString(),
      },
      botAdded,
    );
  }
}
