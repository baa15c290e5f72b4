import {
  ActivityTypes,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type TurnContext,
} from 'botbuilder';
import { tenantOf } from '../bot/bot';
import type { Config } from '../config';
import { isAppError } from '../errors';
import type { Logger } from '../log';

async function answerInvoke(ctx: TurnContext, status: number, message: string): Promise<void> {
  await ctx.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status, body: { error: message } } });
}

/** The authentication a CloudAdapter runs on (botbuilder does not export its type by name). */
export type BotFrameworkAuthentication = ConstructorParameters<typeof CloudAdapter>[0] & object;

/** Bot Framework authentication from config; the HTTP layer checks tokens with it before the adapter sees a request. */
export function createBotAuthentication(config: Pick<Config, 'bot'>): BotFrameworkAuthentication {
  const metadata = config.bot.openIdMetadataUrl;
  return new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.bot.appId ?? '',
    MicrosoftAppPassword: config.bot.appPassword ?? '',
    // With no app id (local tools), the app type must be left empty or auth set-up refuses to start.
    MicrosoftAppType: config.bot.appId ? config.bot.appType : '',
    MicrosoftAppTenantId: config.bot.tenantId ?? '',
    ...(metadata ? { ToBotFromChannelOpenIdMetadataUrl: metadata, ToBotFromEmulatorOpenIdMetadataUrl: metadata } : {}),
  } as ConfigurationBotFrameworkAuthenticationOptions);
}

/** CloudAdapter with Bot Framework auth from config, a tenant allow-list, and turn errors that never leak. */
export function createAdapter(
  config: Pick<Config, 'bot' | 'allowedTenantIds'>,
  log: Logger,
  auth: BotFrameworkAuthentication = createBotAuthentication(config),
): CloudAdapter {
  const adapter = new CloudAdapter(auth);

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
    const message = isAppError(err)
      ? err.userMessage
      : 'Sorry, something went wrong on my side and nothing was changed. Please try again in a moment.';
    try {
      if (ctx.activity.type === ActivityTypes.Invoke) await answerInvoke(ctx, isAppError(err, 'store.unavailable') ? 503 : 500, message);
      else if (ctx.activity.type === ActivityTypes.Message) await ctx.sendActivity(message);
    } catch (sendErr) {
      turnLog.error({ err: sendErr }, 'could not tell the user about the failed turn');
    }
  };
  return adapter;
}
