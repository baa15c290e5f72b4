// A bare echo bot on the same stack as LRO Assist (botbuilder CloudAdapter + restify, auth disabled as
// in local runs): the floor that turn.bench.ts compares a knowledge turn against.
//   PORT=3979 node --import tsx test/bench/echo-bot.ts
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, type ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import * as restify from 'restify';

const adapter = new CloudAdapter(
  new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: '',
    MicrosoftAppPassword: '',
    MicrosoftAppType: '',
    MicrosoftAppTenantId: '',
  } as ConfigurationBotFrameworkAuthenticationOptions),
);
const bot = new ActivityHandler().onMessage(async (ctx, next) => {
  await ctx.sendActivity(ctx.activity.text ?? '');
  await next();
});
const server = restify.createServer({ name: 'echo', handleUncaughtExceptions: false });
server.use(restify.plugins.bodyParser({ mapParams: false }));
server.get('/healthz', async (_req, res) => {
  res.send(200, { status: 'ok' });
});
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, (ctx) => bot.run(ctx));
});
server.listen(Number(process.env.PORT ?? 3979), '127.0.0.1');
