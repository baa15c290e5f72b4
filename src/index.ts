import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { LroAssistBot } from './bot/bot';
import { prepareCards } from './cards';
import { createTeamsTransport } from './bot/proactive';
import { loadConfig, type Config } from './config';
import { AppError, isAppError } from './errors';
import { type KnowledgeBase, createKnowledgeBase } from './features/knowledge/answer';
import { defaultContactsPath, readContactsFile } from './features/knowledge/contacts';
import { allEntries, exampleQuestions } from './features/knowledge/content';
import { storeDashboardSource, type DashboardSource } from './features/dashboard';
import { createAdapter, createBotAuthentication } from './http/adapter';
import { createHttpServer } from './http/server';
import { createLogger, type Logger } from './log';
import { allJobs } from './scheduler/jobs';
import { createScheduler, type Scheduler } from './scheduler/scheduler';
import { ProactiveSender, type SenderOptions } from './scheduler/sender';
import { openMongoStore, openSqliteStore, type Store } from './store';

export interface RunningApp {
  port: number;
  store: Store;
  log: Logger;
  sender: ProactiveSender;
  scheduler: Scheduler;
  /** Graceful stop, in reverse order of start. */
  close(): Promise<void>;
}

export interface StartOptions {
  /** Where log lines go (tests capture them); stdout by default. */
  logDestination?: Parameters<typeof createLogger>[1];
  now?: () => Date;
  /** Data for the dashboard tab. Until the store-backed source exists, the default is empty. */
  dashboardSource?: DashboardSource;
  /** Lets the tab page take its token from the URL hash: tests and local development only. */
  tabTestHooks?: boolean;
  /** Overrides for proactive pacing and retries (tests use short delays). */
  sender?: Partial<SenderOptions>;
  /** A knowledge base built already, from the configured contacts: tests start many apps in one process, and training one takes seconds. */
  knowledge?: KnowledgeBase;
}

/** The deployment's contacts file, or the committed one with roles and placeholders only. */
function loadContacts(config: Config) {
  try {
    return readContactsFile(config.contactsPath ?? defaultContactsPath);
  } catch (err) {
    throw new AppError('config.invalid', `Invalid CONTACTS_PATH: ${(err as Error).message}`, { cause: err });
  }
}

/**
 * What a start does once the server listens, one piece a turn of the event loop and one thing after
 * another, so that requests are answered in between: the job timers, the card templates, then the
 * catch-up (which sends cards).
 */
async function startUpWork(config: Config, scheduler: Scheduler, log: Logger): Promise<void> {
  await scheduler.start().catch((err: unknown) => log.error({ err }, 'the job timers could not be started'));
  await prepareCards().catch((err: unknown) => log.error({ err }, 'card templates could not be parsed'));
  if (config.schedulerEnabled) await scheduler.catchUp();
}

/** The composition root: config → logger → store → adapter + bot → HTTP server → scheduler. */
export async function startApp(config: Config, options: StartOptions = {}): Promise<RunningApp> {
  const log = createLogger(config.logLevel, options.logDestination);
  if (!config.bot.appId) {
    log.warn(
      'MicrosoftAppId is not set: Bot Framework authentication is DISABLED. Use this only with local tools such as Agents Playground or Bot Framework Emulator.',
    );
  }
  const knowledge = options.knowledge ?? createKnowledgeBase(allEntries, loadContacts(config), exampleQuestions);
  if (!config.contactsPath) {
    // Officers are told to ask via the SWROCU microsite or their force SOC lead; the fix is for administrators.
    log.info({ code: 'knowledge.contacts.default' }, 'no contacts file: set CONTACTS_PATH to show named contacts in answers');
  }
  const store = config.mongo ? await openMongoStore(config.mongo.uri, config.mongo.db, config.mongo.connectAttempts) : openSqliteStore(config.sqlitePath);
  log.info({ store: store.kind }, 'store opened');

  const now = options.now ?? (() => new Date());
  const botAuth = createBotAuthentication(config);
  const adapter = createAdapter(config, log, botAuth);
  const instanceId = `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
  const sender = new ProactiveSender(store, createTeamsTransport(adapter, config.bot.appId ?? ''), log, instanceId, {
    now,
    perConversationPerSecond: config.sending.perConversationPerSecond,
    globalPerSecond: config.sending.globalPerSecond,
    maxAttempts: config.sending.attempts,
    retryAfterCapMs: config.sending.retryAfterCapMs,
    maxRuns: config.sending.maxRuns,
    ...options.sender,
  });
  const scheduler = createScheduler({ jobs: allJobs(config), store, sender, log, now, timers: config.schedulerEnabled });
  const bot = new LroAssistBot({ store, knowledge, log, now, config, sender, jobs: scheduler });
  const tab = { source: options.dashboardSource ?? storeDashboardSource(store, config), testHooks: options.tabTestHooks };
  const http = createHttpServer({ adapter, auth: botAuth, bot, store, log, config, now, tab, entries: knowledge.entries });
  const { port } = await http.listen(config.port, config.host);
  log.info({ port, host: config.host, instanceId }, 'listening');
  if (config.exposedWithoutAuth) {
    log.warn(
      { code: 'http.exposed-without-auth', host: config.host, port },
      'Listening beyond this machine with Bot Framework authentication DISABLED: anyone who can reach this address can act as any Teams user. Set MicrosoftAppId, or unset HOST to listen on 127.0.0.1 only.',
    );
  }
  // Start-up lines go out now rather than with the first batch of turn lines.
  log.flush();
  void startUpWork(config, scheduler, log);

  return {
    port,
    store,
    log,
    sender,
    scheduler,
    async close() {
      // Jobs and queued sends stop first, so a hung connector cannot hold them past the turns' grace.
      await Promise.all([http.close(config.shutdownGraceMs), scheduler.stop()]);
      await store.close();
      log.info('stopped');
    },
  };
}

/** Starts the service from the environment and stops it on SIGTERM/SIGINT; resolves once it listens. */
export async function main(): Promise<void> {
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
    // Whatever the connector or the store do, the process ends within the grace period; what is
    // unsent stays in the outbox for the next instance.
    setTimeout(() => {
      app.log.warn('shutdown did not finish within the grace period; exiting');
      process.exit(1);
    }, config.shutdownGraceMs).unref();
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
