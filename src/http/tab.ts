import { dirname, join } from 'node:path';
import restify from 'restify';
import type { Config } from '../config';
import type { DashboardSource } from '../features/dashboard/source';
import type { Logger } from '../log';
import { createSsoVerifier, type SsoIdentity } from './sso-token';

/** Hosts allowed to frame the tab: Teams, Outlook and Microsoft 365 (learn.microsoft.com, "Tab requirements"). */
const FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.teams.microsoft.us',
  'https://local.teams.office.com',
  'https://*.office.com',
  'https://*.cloud.microsoft',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://*.microsoft365.com',
];

// connect-src 'self' also stops teams-js fetching its origin list from a CDN; it then uses the
// list bundled with it, as designed.
const TAB_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  `frame-ancestors ${FRAME_ANCESTORS.join(' ')}`,
].join('; ');

const STATIC_DIR = join(__dirname, 'tab');
// Served from node_modules (no CDN). teams-js's main entry is its minified UMD bundle.
const VENDOR_DIRS: Record<string, string> = {
  'MicrosoftTeams.min.js': dirname(require.resolve('@microsoft/teams-js')),
  'chart.umd.min.js': dirname(require.resolve('chart.js')),
};
const MAX_TOKEN_CHARS = 16_384;

export type TabRole = 'coordinator' | 'lro';

export interface TabDeps {
  config: Pick<Config, 'sso' | 'allowedTenantIds' | 'coordinatorAadIds' | 'bot'>;
  log: Logger;
  source: DashboardSource;
  now: () => Date;
  /**
   * Lets the page take a token and theme from its URL hash (`#token=…&theme=dark`) instead of
   * Teams. Tests and local development only: the token is still fully validated here.
   */
  testHooks?: boolean;
}

function isTabPath(path: string): { tab: boolean; api: boolean } {
  const api = path === '/api/tab' || path.startsWith('/api/tab/');
  return { api, tab: api || path === '/tab' || path.startsWith('/tab/') };
}

function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header ?? '');
  return match && match[1].length <= MAX_TOKEN_CHARS ? match[1] : undefined;
}

// Explicit allow-list first; otherwise the bot's own tenant; with neither, any tenant.
function allowedTenants(config: TabDeps['config']): string[] {
  if (config.allowedTenantIds.length > 0) return config.allowedTenantIds;
  return config.bot.tenantId ? [config.bot.tenantId] : [];
}

/** The dashboard tab: static page, vendored browser libraries, and the SSO-protected JSON API. */
export function registerTab(server: restify.Server, { config, log, source, now, testHooks = false }: TabDeps): void {
  const tabLog = log.child({ component: 'tab' });
  const audience = config.sso.audience;
  const verify = audience ? createSsoVerifier({ jwksUrl: config.sso.jwksUrl, audience, allowedTenantIds: allowedTenants(config) }) : undefined;
  const coordinators = new Set(config.coordinatorAadIds);

  // In `pre`, so that 404s and other errors under these paths carry the headers too.
  server.pre((req, res, next) => {
    const { tab, api } = isTabPath(req.getPath());
    if (tab) {
      res.header('Content-Security-Policy', TAB_CSP);
      res.header('X-Content-Type-Options', 'nosniff');
      res.header('Referrer-Policy', 'no-referrer');
      res.header('Cache-Control', api ? 'no-store' : 'no-cache');
    }
    return next();
  });

  async function identify(req: restify.Request, res: restify.Response): Promise<(SsoIdentity & { role: TabRole }) | undefined> {
    if (!verify) {
      res.send(503, { error: 'sso_not_configured', message: 'SSO not configured: the dashboard cannot sign you in yet.' });
      return undefined;
    }
    const token = bearerToken(req.headers.authorization);
    if (!token) {
      res.header('WWW-Authenticate', 'Bearer');
      res.send(401, { error: 'unauthorized', message: 'Sign-in required: send a Teams SSO token as a Bearer token.' });
      return undefined;
    }
    const result = await verify(token);
    if (!result.ok) {
      if (result.kind === 'unavailable') {
        tabLog.warn({ reason: result.reason }, 'could not fetch the SSO signing keys');
        res.send(503, { error: 'sso_unavailable', message: 'Sign-in could not be checked just now. Try again shortly.' });
      } else {
        tabLog.info({ reason: result.reason }, 'tab token refused');
        res.header('WWW-Authenticate', 'Bearer error="invalid_token"');
        res.send(401, { error: 'unauthorized', message: 'Your sign-in was refused or has expired. Sign in again.' });
      }
      return undefined;
    }
    const { identity } = result;
    return { ...identity, role: coordinators.has(identity.aadObjectId) ? 'coordinator' : 'lro' };
  }

  async function answer(res: restify.Response, load: () => Promise<unknown>): Promise<void> {
    try {
      res.send(200, await load());
    } catch (err) {
      tabLog.error({ err }, 'dashboard data failed to load');
      res.send(500, { error: 'internal', message: 'The dashboard could not be loaded. Try again shortly.' });
    }
  }

  server.get('/api/tab/me', async (req, res) => {
    const who = await identify(req, res);
    if (who) res.send(200, { role: who.role, displayName: who.name ?? null });
  });

  server.get('/api/tab/coordinator', async (req, res) => {
    const who = await identify(req, res);
    if (!who) return;
    if (who.role !== 'coordinator') {
      res.send(403, { error: 'forbidden', message: 'Only SOC Community Coordinators can see the regional dashboard.' });
      return;
    }
    await answer(res, () => source.coordinatorView(now()));
  });

  server.get('/api/tab/mine', async (req, res) => {
    const who = await identify(req, res);
    if (who) await answer(res, () => source.lroView({ aadObjectId: who.aadObjectId, tenantId: who.tenantId }, now()));
  });

  for (const [file, directory] of Object.entries(VENDOR_DIRS)) {
    server.get(`/tab/vendor/${file}`, restify.plugins.serveStatic({ directory, file }));
  }
  if (testHooks) {
    server.get('/tab/test-hooks.json', async (_req, res) => {
      res.send(200, { token: true, theme: true });
    });
  }
  server.get('/tab/*', restify.plugins.serveStaticFiles(STATIC_DIR));
}
