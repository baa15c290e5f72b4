import { LroAssistBot } from './bot/bot';
import { loadConfig, type Config } from './config';
import { isAppError } from './errors';
import { createAdapter } from './http/adapter';
import { createHttpServer } from './http/server';
import { createLogger, type Logger } from './log';
import { openMongoStore, openSqliteStore, type Store } from './store';

export interface RunningApp {
  port: number;
  store: Store;
  log: Logger;
  /** Graceful stop, in reverse order of start. */
  close(): Promise<void>;
}

export interface StartOptions {
  /** Where log lines go (tests capture them); stdout by default. */
  logDestination?: Parameters<typeof createLogger>[1];
  now?: () => Date;
}

/** The composition root: config → logger → store → adapter + bot → HTTP server. */
export async function startApp(config: Config, options: StartOptions = {}): Promise<RunningApp> {
  const log = createLogger(config.logLevel, options.logDestination);
  if (!config.bot.appId) {
    log.warn('MicrosoftAppId is not set: Bot Framework authentication is DISABLED. Use this only with local tools such as Agents Playground or Bot Framework Emulator.');
  }
  const store = config.mongo
    ? await openMongoStore(config.mongo.uri, config.mongo.db, config.mongo.connectAttempts)
    : openSqliteStore(config.sqlitePath);
  log.info({ store: store.kind }, 'store opened');

  const now = options.now ?? (() => new Date());
  const adapter = createAdapter(config, log);
  const bot = new LroAssistBot({ store, log, now, coordinatorAadIds: config.coordinatorAadIds });
  const http = createHttpServer({ adapter, bot, store, log });
  const { port } = await http.listen(config.port, config.host);
  log.info({ port, host: config.host }, 'listening');

  return {
    port,
    store,
    log,
    async close() {
      await http.close(config.shutdownGraceMs);
      await store.close();
      log.info('stopped');
    },
  };
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    console.error(isAppError(err) ? err.userMessage : String(err));
    process.exit(1);
  }
  let app: RunningApp;
  try {
    app = await startApp(config);
  } catch (err) {
    console.error(isAppError(err) ? err.userMessage : `Start-up failed: ${(err as Error).message}`);
    process.exit(1);
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    try {
      await app.close();
      process.exit(0);
    } catch (err) {
      app.log.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

if (require.main === module) void main();
