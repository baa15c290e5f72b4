import {
  ActivityTypes,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type TurnContext,
} from 'botbuilder';
import type { Activity, InvokeResponse } from 'botbuilder';
import type { AuthenticateRequestResult, ClaimsIdentity, ConnectorClient, ConnectorFactory } from 'botframework-connector';

/** The part of @azure/core-rest-pipeline's Pipeline used here (a dependency of botbuilder, not ours). */
interface Pipeline {
  removePolicy(options: { name: string }): unknown;
  addPolicy(policy: {
    name: string;
    sendRequest(request: { timeout: number }, next: (request: { timeout: number }) => Promise<unknown>): Promise<unknown>;
  }): void;
}
import { tenantOf } from '../bot/bot';
import type { Config } from '../config';
import { isAppError } from '../errors';
import type { Logger } from '../log';
import { requestAnswered } from '../scheduler/rate-limiter';

async function answerInvoke(ctx: TurnContext, status: number, message: string): Promise<void> {
  await ctx.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status, body: { error: message } } });
}

/**
 * Bounds every connector request and removes the SDK's own retry policy: without it, one message to a
 * failing connector made the sender's attempts times four requests. The sender's single retry policy
 * (src/scheduler/sender.ts) now decides every retry; a timed-out request fails like a 5xx.
 */
export function boundConnectorClient(client: ConnectorClient, timeoutMs: number): ConnectorClient {
  // The pipeline is private in the SDK's typings; it is the @azure/core-client ServiceClient's.
  const pipeline = (client as unknown as { client: { pipeline: Pipeline } }).client.pipeline;
  pipeline.removePolicy({ name: 'defaultRetryPolicy' });
  pipeline.addPolicy({
    name: 'lroRequestTimeout',
    sendRequest: async (request, next) => {
      request.timeout = timeoutMs;
      try {
        return await next(request);
      } finally {
        // A proactive send's place in the rate windows ends when its answer is back.
        requestAnswered.getStore()?.();
      }
    },
  });
  return client;
}

/** Bot Framework auth whose connector clients (in-turn replies and proactive sends alike) are bounded. */
class BoundedAuthentication extends ConfigurationBotFrameworkAuthentication {
  constructor(
    options: ConfigurationBotFrameworkAuthenticationOptions,
    private readonly timeoutMs: number,
  ) {
    super(options);
  }

  private bounded(inner: ConnectorFactory): ConnectorFactory {
    return { create: async (serviceUrl, audience) => boundConnectorClient(await inner.create(serviceUrl, audience), this.timeoutMs) };
  }

  /** Proactive sends (continueConversationAsync). */
  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.bounded(super.createConnectorFactory(claimsIdentity));
  }

  /** Replies within a turn: the factory comes with the authenticated request. */
  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await super.authenticateRequest(activity, authHeader);
    return result.connectorFactory ? { ...result, connectorFactory: this.bounded(result.connectorFactory) } : result;
  }
}

/** The authentication a CloudAdapter runs on (botbuilder does not export its type by name). */
export type BotFrameworkAuthentication = ConstructorParameters<typeof CloudAdapter>[0] & object;

/** Bot Framework authentication from config, with bounded connector clients; the HTTP layer checks tokens with it before the adapter sees a request. */
export function createBotAuthentication(config: Pick<Config, 'bot' | 'sending'>): BotFrameworkAuthentication {
  const metadata = config.bot.openIdMetadataUrl;
  return new BoundedAuthentication(
    {
      MicrosoftAppId: config.bot.appId ?? '',
      MicrosoftAppPassword: config.bot.appPassword ?? '',
      // With no app id (local tools), the app type must be left empty or auth set-up refuses to start.
      MicrosoftAppType: config.bot.appId ? config.bot.appType : '',
      MicrosoftAppTenantId: config.bot.tenantId ?? '',
      ...(metadata ? { ToBotFromChannelOpenIdMetadataUrl: metadata, ToBotFromEmulatorOpenIdMetadataUrl: metadata } : {}),
    } as ConfigurationBotFrameworkAuthenticationOptions,
    config.sending.timeoutMs,
  );
}

/**
 * A CloudAdapter that runs a turn on a request the HTTP layer has already authenticated: checking the
 * token again in the adapter was a second full authentication on every turn.
 */
export class TurnAdapter extends CloudAdapter {
  runTurn(authenticated: AuthenticateRequestResult, activity: Activity, logic: (ctx: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authenticated, activity, logic);
  }
}

/** CloudAdapter with Bot Framework auth from config, a tenant allow-list, and turn errors that never leak. */
export function createAdapter(
  config: Pick<Config, 'bot' | 'allowedTenantIds' | 'sending'>,
  log: Logger,
  auth: BotFrameworkAuthentication = createBotAuthentication(config),
): TurnAdapter {
  const adapter = new TurnAdapter(auth);

  if (config.allowedTenantIds.length > 0) {
    const allowed = new Set(config.allowedTenantIds);
    adapter.use(async (ctx, next) => {
      const tenant = tenantOf(ctx.activity);
      if (allowed.has(tenant)) return next();
      log.warn({ tenantId: tenant || null, activityType: ctx.activity.type }, 'activity from a tenant that is not allowed was refused');
      if (ctx.activity.type === ActivityTypes.Invoke) await answerInvoke(ctx, 403, 'This tenant is not allowed to use LRO Assist.');
    });
  }

  adapter.onTurnError = async (ctx, err) => {
    const turnLog = log.child({ activityId: ctx.activity.id, activityType: ctx.activity.type });
    if (isAppError(err)) turnLog.warn({ code: err.code, err: err.cause ?? err }, 'turn failed');
    else turnLog.error({ err }, 'turn failed');
    const message = isAppError(err) ? err.userMessage : 'Sorry, something went wrong on my side and nothing was changed. Please try again in a moment.';
    try {
      if (ctx.activity.type === ActivityTypes.Invoke) await answerInvoke(ctx, isAppError(err, 'store.unavailable') ? 503 : 500, message);
      else if (ctx.activity.type === ActivityTypes.Message) await ctx.sendActivity(message);
    } catch (sendErr) {
      turnLog.error({ err: sendErr }, 'could not tell the user about the failed turn');
    }
  };
  return adapter;
}
