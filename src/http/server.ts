import { randomUUID } from 'node:crypto';
import restify from 'restify';
import { z } from 'zod';
import type { Activity, ActivityHandler } from 'botbuilder';
import type { AuthenticateRequestResult } from 'botframework-connector';
import type { Config } from '../config';
import type { BotFrameworkAuthentication, TurnAdapter } from './adapter';
import type { KnowledgeEntry } from '../features/knowledge/entry';
import type { Logger } from '../log';
import type { Store } from '../store/types';
import { registerDropInCalendar } from './calendar';
import { registerExportFiles } from './export-files';
import { registerPackFiles } from './pack-files';
import { registerTab, type TabDeps } from './tab';

const MAX_BODY_BYTES = 1_000_000;
/** Teams activities nest a handful of levels; far deeper JSON is not an activity and would strain the SDK. */
const MAX_DEPTH = 32;

// Just enough shape for the adapter to route a reply; anything less is a 400, not a crash.
const activityShape = z.object({
  type: z.string().min(1),
  channelId: z.string().min(1),
  serviceUrl: z.string().url(),
  conversation: z.object({ id: z.string().min(1) }).passthrough(),
  from: z.object({ id: z.string().min(1) }).passthrough(),
  text: z.string().optional(),
  name: z.string().optional(),
});

/** True when `value` nests objects or arrays deeper than `max`; checked without recursion. */
function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: { node: unknown; depth: number }[] = [{ node: value, depth: 0 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= max) return true;
    for (const child of Object.values(node)) stack.push({ node: child, depth: depth + 1 });
  }
  return false;
}

export interface HttpServerDeps {
  adapter: TurnAdapter;
  /** Checks the Bot Framework token first, so a bad or uncheckable token is a logged 401, never a 500. */
  auth: BotFrameworkAuthentication;
  bot: ActivityHandler;
  store: Store;
  log: Logger;
  config: Config;
  now: () => Date;
  tab: Pick<TabDeps, 'source' | 'testHooks'>;
  /** Knowledge entries: the review pack quotes the foundation blocks' wording. */
  entries: readonly KnowledgeEntry[];
}

export interface HttpServer {
  server: restify.Server;
  listen(port: number, host: string): Promise<{ port: number }>;
  /** Stops accepting requests and waits (at most `graceMs`) for turns in flight. */
  close(graceMs: number): Promise<void>;
}

function badRequest(res: restify.Response, message: string, status = 400): void {
  res.send(status, { error: status === 413 ? 'payload_too_large' : 'bad_request', message });
}

/**
 * The restify server. Every path it serves:
 * - POST /api/messages: Bot Framework activities (Teams → CloudAdapter → bot)
 * - GET /healthz, GET /readyz: liveness, and readiness with a store ping
 * - GET /tab/*, GET /api/tab/{me,coordinator,mine}: the dashboard tab and its API (tab.ts)
 * - GET /files/<token>.csv: the support requests export (export-files.ts)
 * - GET /files/induction/<token>.csv: the induction completions export (export-files.ts)
 * - GET /packs/<token>.docx: a CHB site's 6-month review pack (pack-files.ts)
 * - GET /calendar/dropins/<date>.ics: one drop-in session for a calendar (calendar.ts)
 */
export function createHttpServer({ adapter, auth, bot, store, log, config, now, tab, entries }: HttpServerDeps): HttpServer {
  const server = restify.createServer({ name: 'lro-assist', handleUncaughtExceptions: false });
  let inFlight = 0;
  let drained: (() => void) | undefined;

  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, rejectUnknown: true }));

  server.on('restifyError', (req: restify.Request, _res: restify.Response, err: Error & { statusCode?: number }, cb: () => void) => {
    log.warn({ statusCode: err.statusCode, errName: err.name, path: req.path() }, 'request rejected');
    return cb();
  });

  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });

  server.get('/readyz', async (_req, res) => {
    try {
      await store.ping();
      res.send(200, { status: 'ready', store: store.kind });
    } catch (err) {
      log.warn({ err }, 'store did not answer the readiness check');
      res.send(503, { status: 'unavailable', store: store.kind });
    }
  });

  server.post('/api/messages', async (req, res) => {
    if (typeof req.body !== 'object' || req.body === null || Array.isArray(req.body)) {
      return badRequest(res, 'Expected a JSON activity in the request body.');
    }
    if (nestedDeeperThan(req.body, MAX_DEPTH)) return badRequest(res, `The activity nests deeper than ${MAX_DEPTH} levels.`);
    const shape = activityShape.safeParse(req.body);
    if (!shape.success) {
      const issue = shape.error.issues[0];
      return badRequest(res, `The activity is missing or has a bad "${issue.path.join('.')}".`);
    }
    const activity = shape.data;
    // Bindings on each line rather than a child logger: a child per turn cost more than the line itself.
    const turn = { reqId: req.headers['x-request-id'] ?? randomUUID(), activityId: (req.body as { id?: string }).id, activityType: activity.type };
    const header = req.headers.authorization;
    let authenticated: AuthenticateRequestResult;
    try {
      authenticated = await auth.authenticateRequest(req.body as Activity, typeof header === 'string' ? header : '');
    } catch (err) {
      // Forged, expired or uncheckable (signing keys unreachable) tokens alike: the caller learns only 401.
      log.warn(
        { ...turn, code: 'auth.failed', errName: (err as Error).name, statusCode: (err as { statusCode?: number }).statusCode },
        'activity refused: authentication failed',
      );
      res.send(401, { error: 'unauthorized', message: 'The request is not authorised.' });
      return;
    }
    // One info line per turn, written when it ends: a second line per turn was a noticeable share of a turn's cost.
    log.debug(turn, 'activity received');
    const startedAt = performance.now();
    inFlight++;
    try {
      const response = await adapter.runTurn(authenticated, req.body as Activity, (ctx) => bot.run(ctx));
      const status = response?.status ?? 200;
      if (response?.body) res.send(status, response.body);
      else res.send(status);
      log.info({ ...turn, statusCode: res.statusCode, ms: Math.round(performance.now() - startedAt) }, 'activity processed');
    } catch (err) {
      log.error({ ...turn, err }, 'activity failed');
      if (!res.headersSent) res.send(500, { error: 'internal' });
    } finally {
      inFlight--;
      if (inFlight === 0) drained?.();
    }
  });

  registerTab(server, { config, log, now, ...tab });
  registerExportFiles(server, { store, config, log, now });
  registerPackFiles(server, { store, config, entries, log, now });
  registerDropInCalendar(server, { store, config, log, now });

  return {
    server,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve({ port: (server.address() as { port: number }).port });
        });
      });
    },
    async close(graceMs) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.server.closeIdleConnections();
      const idle = inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => (drained = resolve));
      await Promise.race([idle, new Promise((r) => setTimeout(r, graceMs).unref())]);
      server.server.closeAllConnections();
      await closed;
    },
  };
}
