import { randomUUID } from 'node:crypto';
import restify from 'restify';
import { z } from 'zod';
import type { ActivityHandler, CloudAdapter } from 'botbuilder';
import type { Config } from '../config';
import type { Logger } from '../log';
import type { Store } from '../store/types';
import { registerDropInCalendar } from './calendar';
import { registerSupportFiles } from './support-files';
import { registerTab, type TabDeps } from './tab';

const MAX_BODY_BYTES = 1_000_000;

// Just enough shape for the adapter to route a reply; anything less is a 400, not a crash.
const activityShape = z.object({
  type: z.string().min(1),
  channelId: z.string().min(1),
  serviceUrl: z.string().url(),
  conversation: z.object({ id: z.string().min(1) }).passthrough(),
  from: z.object({ id: z.string().min(1) }).passthrough(),
});

export interface HttpServerDeps {
  adapter: CloudAdapter;
  bot: ActivityHandler;
  store: Store;
  log: Logger;
  config: Config;
  now: () => Date;
  tab: Pick<TabDeps, 'source' | 'testHooks'>;
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
 * - GET /files/<token>.csv: the support requests export (support-files.ts)
 * - GET /calendar/dropins/<date>.ics: one drop-in session for a calendar (calendar.ts)
 */
export function createHttpServer({ adapter, bot, store, log, config, now, tab }: HttpServerDeps): HttpServer {
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
    const reqLog = log.child({ reqId: req.headers['x-request-id'] ?? randomUUID() });
    if (typeof req.body !== 'object' || req.body === null || Array.isArray(req.body)) {
      return badRequest(res, 'Expected a JSON activity in the request body.');
    }
    const shape = activityShape.safeParse(req.body);
    if (!shape.success) {
      const issue = shape.error.issues[0];
      return badRequest(res, `The activity is missing or has a bad "${issue.path.join('.')}".`);
    }
    const activity = shape.data;
    const turnLog = reqLog.child({ activityId: (req.body as { id?: string }).id, activityType: activity.type });
    turnLog.info('activity received');
    inFlight++;
    try {
      await adapter.process(req, res, (ctx) => bot.run(ctx));
      turnLog.info({ statusCode: res.statusCode }, 'activity processed');
    } catch (err) {
      turnLog.error({ err }, 'activity failed');
      if (!res.headersSent) res.send(500, { error: 'internal' });
    } finally {
      inFlight--;
      if (inFlight === 0) drained?.();
    }
  });

  registerTab(server, { config, log, now, ...tab });
  registerSupportFiles(server, { store, config, log, now });
  registerDropInCalendar(server, { store, config, log });

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
