import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'mocha';
import { staticDashboardSource } from '../../src/features/dashboard';
import { londonDate, addDays } from '../../src/features/dates';
import { registerPlan, snoozePlan } from '../../src/features/plans/plans';
import { submitRequest } from '../../src/features/support/requests';
import { startHarness, type Harness } from '../support/harness';
import { SsoFixture } from '../support/sso';
import { PEOPLE, SEED } from './seed';

const TEAMS_ANCESTORS = [
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.cloud.microsoft',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://*.microsoft365.com',
];

interface Reply {
  status: number;
  headers: Headers;
  body: any;
}

async function get(baseUrl: string, path: string, token?: string, rawAuthorization?: string): Promise<Reply> {
  const authorization = rawAuthorization ?? (token ? `Bearer ${token}` : undefined);
  const res = await fetch(baseUrl + path, { headers: authorization ? { authorization } : {} });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // static files stay text
  }
  return { status: res.status, headers: res.headers, body };
}

function assertTabHeaders(reply: Reply, what: string): void {
  const csp = reply.headers.get('content-security-policy') ?? '';
  const ancestors = /frame-ancestors ([^;]+)/.exec(csp)?.[1].split(' ') ?? [];
  assert.ok(ancestors.includes("'self'"), `${what}: frame-ancestors allows 'self'`);
  for (const host of TEAMS_ANCESTORS) assert.ok(ancestors.includes(host), `${what}: frame-ancestors allows ${host}`);
  assert.match(csp, /default-src 'self'/, what);
  assert.match(csp, /script-src 'self'(;|$)/, `${what}: only same-origin scripts, no 'unsafe-inline'`);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, what);
}

function assertApiHeaders(reply: Reply, what: string): void {
  assertTabHeaders(reply, what);
  assert.equal(reply.headers.get('cache-control'), 'no-store', `${what}: no-store`);
  assert.match(reply.headers.get('content-type') ?? '', /application\/json/, `${what}: JSON`);
}

function unsignedToken(claims: Record<string, unknown>): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
}

describe('dashboard tab API', () => {
  const sso = new SsoFixture();
  let h: Harness;

  before(async () => {
    await sso.start();
    h = await startHarness(sso.env({ COORDINATOR_AAD_IDS: PEOPLE.coordinator.oid, ALLOWED_TENANT_IDS: sso.tenantId }), undefined, {
      dashboardSource: staticDashboardSource(SEED),
    });
  });
  after(async () => {
    await h.close();
    await sso.stop();
  });

  describe('refuses callers without a valid Teams SSO token', () => {
    // Each case names the reason the server should log, so a pass means the intended check fired.
    const refusals: [string, RegExp | null, () => Promise<Reply>][] = [
      ['no token at all', null, () => get(h.baseUrl, '/api/tab/me')],
      ['a malformed Authorization header', null, () => get(h.baseUrl, '/api/tab/me', undefined, 'Basic dXNlcjpwYXNz')],
      ['an expired token', /ERR_JWT_EXPIRED/, async () => get(h.baseUrl, '/api/tab/me', await sso.token({ oid: PEOPLE.lro.oid, expiresIn: -600 }))],
      [
        'a token signed by another key',
        /ERR_JWS_SIGNATURE_VERIFICATION_FAILED/,
        async () => get(h.baseUrl, '/api/tab/me', await sso.forged({ oid: PEOPLE.coordinator.oid })),
      ],
      [
        'a token for another audience',
        /ERR_JWT_CLAIM_VALIDATION_FAILED/,
        async () => get(h.baseUrl, '/api/tab/me', await sso.token({ oid: PEOPLE.lro.oid, aud: 'api://elsewhere.example/123' })),
      ],
      [
        'a token from a tenant that is not allowed',
        /tenant not allowed/,
        async () => get(h.baseUrl, '/api/tab/me', await sso.token({ oid: PEOPLE.lro.oid, tid: 'tenant-other' })),
      ],
      [
        'a token whose issuer is another tenant',
        /issuer/,
        async () => get(h.baseUrl, '/api/tab/me', await sso.token({ oid: PEOPLE.lro.oid, iss: 'https://login.microsoftonline.com/tenant-other/v2.0' })),
      ],
      ['a token without an object id', /missing tid or oid/, async () => get(h.baseUrl, '/api/tab/me', await sso.token({}))],
      [
        'an unsigned token',
        /ERR_JOSE_ALG_NOT_ALLOWED|ERR_JWS_INVALID/,
        () => get(h.baseUrl, '/api/tab/coordinator', unsignedToken({ oid: PEOPLE.coordinator.oid, tid: sso.tenantId, aud: sso.audience, exp: 9999999999 })),
      ],
    ];
    for (const [what, reason, call] of refusals) {
      it(`answers 401 with a JSON error for ${what}`, async () => {
        const logged = h.logs.length;
        const reply = await call();
        assert.equal(reply.status, 401, what);
        assert.equal(reply.body.error, 'unauthorized');
        assert.match(reply.body.message, /sign/i);
        assert.match(reply.headers.get('www-authenticate') ?? '', /^Bearer/);
        assertApiHeaders(reply, what);
        const refusal = h.logs.slice(logged).find((l) => l.msg === 'tab token refused');
        if (reason) assert.match(String(refusal?.reason), reason, `${what}: refused for the right reason`);
        else assert.equal(refusal, undefined, `${what}: refused before any token check`);
      });
    }

    it('never writes a token into the logs', async () => {
      const token = await sso.token({ oid: PEOPLE.lro.oid, expiresIn: -600 });
      await get(h.baseUrl, '/api/tab/me', token);
      const logged = JSON.stringify(h.logs);
      assert.ok(!logged.includes(token.split('.')[2]), 'no token signature in the logs');
      assert.ok(
        h.logs.some((l) => l.msg === 'tab token refused' && l.reason === 'ERR_JWT_EXPIRED'),
        'the refusal reason is logged',
      );
    });
  });

  it('tells an LRO they may not see the coordinator dashboard (403)', async () => {
    const reply = await get(h.baseUrl, '/api/tab/coordinator', await sso.token({ oid: PEOPLE.lro.oid }));
    assert.equal(reply.status, 403);
    assert.equal(reply.body.error, 'forbidden');
    assertApiHeaders(reply, '403');
  });

  it('says who the caller is and which role they have', async () => {
    const lro = await get(h.baseUrl, '/api/tab/me', await sso.token({ oid: PEOPLE.lro.oid, name: PEOPLE.lro.name }));
    assert.deepEqual(lro.body, { role: 'lro', displayName: PEOPLE.lro.name });
    const cc = await get(h.baseUrl, '/api/tab/me', await sso.token({ oid: PEOPLE.coordinator.oid, name: PEOPLE.coordinator.name }));
    assert.deepEqual(cc.body, { role: 'coordinator', displayName: PEOPLE.coordinator.name });
    assertApiHeaders(cc, '/me');
  });

  it('gives a coordinator the regional dashboard', async () => {
    const reply = await get(h.baseUrl, '/api/tab/coordinator', await sso.token({ oid: PEOPLE.coordinator.oid }));
    assert.equal(reply.status, 200);
    assert.deepEqual(reply.body, SEED.coordinator);
    assertApiHeaders(reply, '/coordinator');
  });

  it('gives an LRO only their own requests and plans, whatever the query string says', async () => {
    const token = await sso.token({ oid: PEOPLE.lro.oid });
    const reply = await get(h.baseUrl, `/api/tab/mine?oid=${PEOPLE.lro2.oid}&aadObjectId=${PEOPLE.lro2.oid}`, token);
    assert.equal(reply.status, 200);
    assert.deepEqual(reply.body, SEED.lros[PEOPLE.lro.oid]);
    assert.ok(!JSON.stringify(reply.body).includes('SR-2017'), "no trace of the other LRO's request");
    const other = await get(h.baseUrl, '/api/tab/mine', await sso.token({ oid: PEOPLE.lro2.oid }));
    assert.deepEqual(other.body, SEED.lros[PEOPLE.lro2.oid]);
  });

  it('gives someone with no requests or plans an empty view, not an error', async () => {
    const reply = await get(h.baseUrl, '/api/tab/mine', await sso.token({ oid: 'aad-newcomer' }));
    assert.equal(reply.status, 200);
    assert.deepEqual(reply.body, { requests: [], plans: [] });
  });

  it('puts the CSP and no-store on unknown API paths too', async () => {
    const reply = await get(h.baseUrl, '/api/tab/nothing-here');
    assert.equal(reply.status, 404);
    assertTabHeaders(reply, '404');
    assert.equal(reply.headers.get('cache-control'), 'no-store');
  });

  it('serves the page, its script and styles, and the legal pages with the CSP', async () => {
    for (const [path, type] of [
      ['/tab/index.html', 'text/html'],
      ['/tab/', 'text/html'],
      ['/tab/app.js', 'javascript'],
      ['/tab/styles.css', 'text/css'],
      ['/tab/privacy.html', 'text/html'],
      ['/tab/terms.html', 'text/html'],
    ]) {
      const reply = await get(h.baseUrl, path);
      assert.equal(reply.status, 200, path);
      assert.match(reply.headers.get('content-type') ?? '', new RegExp(type), path);
      assert.equal(reply.headers.get('x-content-type-options'), 'nosniff', path);
      assertTabHeaders(reply, path);
    }
  });

  it('has no inline script or event handler in its HTML, so the CSP needs no exceptions', async () => {
    for (const path of ['/tab/index.html', '/tab/privacy.html', '/tab/terms.html']) {
      const html = (await get(h.baseUrl, path)).body as string;
      for (const tag of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/gi) ?? []) {
        assert.match(tag, /^<script src="[^"]+"( defer)?><\/script>$/, `${path}: only external scripts (${tag})`);
        assert.doesNotMatch(tag, /src="(https?:)?\/\//, `${path}: scripts come from this server, not a CDN`);
      }
      assert.doesNotMatch(html, /\son[a-z]+\s*=/i, `${path}: no inline event handlers`);
      assert.doesNotMatch(html, /javascript:/i, path);
      assert.doesNotMatch(html, /<style\b|\sstyle=/i, `${path}: no inline styles`);
    }
  });

  it('serves teams-js and chart.js from node_modules', async () => {
    const teams = await get(h.baseUrl, '/tab/vendor/MicrosoftTeams.min.js');
    assert.equal(teams.status, 200);
    assert.match(teams.body, /microsoftTeams/);
    assertTabHeaders(teams, 'teams-js');
    const chart = await get(h.baseUrl, '/tab/vendor/chart.umd.min.js');
    assert.equal(chart.status, 200);
    assert.match(chart.body, /Chart\.js v4/);
  });

  it('serves nothing from outside the tab folder', async () => {
    for (const path of ['/tab/../tab.ts', '/tab/%2e%2e/tab.ts', '/tab/..%2fsso-token.ts', '/tab/vendor/package.json', '/tab/vendor/../../config.ts']) {
      const reply = await get(h.baseUrl, path);
      assert.ok(reply.status >= 400, `${path} is refused (got ${reply.status})`);
      assert.doesNotMatch(String(reply.body), /import |export /, `${path} leaks no source`);
    }
  });

  it('does not offer the token test hook unless the server was started with it', async () => {
    const reply = await get(h.baseUrl, '/tab/test-hooks.json');
    assert.equal(reply.status, 404);
  });
});

describe('dashboard tab API configuration', () => {
  const sso = new SsoFixture();
  let h: Harness | undefined;

  before(async () => sso.start());
  // Each test starts its own app with different settings.
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });
  after(async () => sso.stop());

  it('answers 503 "SSO not configured" when no audience is set, even to a good token', async () => {
    h = await startHarness({ SSO_JWKS_URL: sso.jwksUrl });
    const reply = await get(h.baseUrl, '/api/tab/me', await sso.token({ oid: PEOPLE.coordinator.oid }));
    assert.equal(reply.status, 503);
    assert.equal(reply.body.error, 'sso_not_configured');
    assert.match(reply.body.message, /SSO not configured/);
    assertApiHeaders(reply, '503');
  });

  it('answers 503, not 401, when the signing keys cannot be fetched', async () => {
    h = await startHarness({ SSO_JWKS_URL: 'http://127.0.0.1:9/keys', SSO_AUDIENCE: sso.audience });
    const reply = await get(h.baseUrl, '/api/tab/me', await sso.token({ oid: PEOPLE.lro.oid }));
    assert.equal(reply.status, 503);
    assert.equal(reply.body.error, 'sso_unavailable');
  });

  it("accepts only the bot's own tenant when no tenant allow-list is set", async () => {
    h = await startHarness(
      sso.env({ MicrosoftAppId: '00000000-0000-4000-8000-000000000001', MicrosoftAppPassword: 'test-only', MicrosoftAppTenantId: sso.tenantId }),
    );
    assert.equal((await get(h.baseUrl, '/api/tab/me', await sso.token({ oid: PEOPLE.lro.oid }))).status, 200);
    assert.equal((await get(h.baseUrl, '/api/tab/me', await sso.token({ oid: PEOPLE.lro.oid, tid: 'tenant-other' }))).status, 401);
  });

  it('accepts any tenant when neither an allow-list nor a bot tenant is set', async () => {
    h = await startHarness(sso.env());
    const reply = await get(h.baseUrl, '/api/tab/me', await sso.token({ oid: PEOPLE.lro.oid, tid: 'tenant-other' }));
    assert.equal(reply.status, 200);
    assert.equal(reply.body.role, 'lro');
  });

  it("serves the store's requests by default: all of them to a coordinator, their own to an LRO", async () => {
    h = await startHarness(sso.env({ COORDINATOR_AAD_IDS: PEOPLE.coordinator.oid }));
    const details = { force: 'Dorset', operation: 'Op Example', supportType: 'training' as const, urgency: 'urgent' as const, summary: 'Help wanted' };
    const lro = { aadObjectId: PEOPLE.lro.oid, name: PEOPLE.lro.name, tenantId: sso.tenantId };
    const { request } = await submitRequest(h.app.store, lro, details, 'form-1', new Date(Date.now() - 6 * 3_600_000));
    await submitRequest(h.app.store, { ...lro, aadObjectId: PEOPLE.lro2.oid }, details, 'form-2', new Date());

    const coordinator = await get(h.baseUrl, '/api/tab/coordinator', await sso.token({ oid: PEOPLE.coordinator.oid }));
    assert.equal(coordinator.status, 200);
    assert.deepEqual(coordinator.body.requestsByStatus, [{ key: 'New', count: 2 }]);
    assert.deepEqual(
      coordinator.body.slaBreaches.map((b: { reference: string }) => b.reference),
      [request.reference],
    );
    const mine = await get(h.baseUrl, '/api/tab/mine', await sso.token({ oid: PEOPLE.lro.oid }));
    assert.deepEqual(
      mine.body.requests.map((r: { reference: string }) => r.reference),
      [request.reference],
    );
  });

  it('notes a snooze against an overdue plan on the coordinator dashboard', async () => {
    h = await startHarness(sso.env({ COORDINATOR_AAD_IDS: PEOPLE.coordinator.oid }));
    const now = new Date();
    const today = londonDate(now);
    const lro = { aadObjectId: PEOPLE.lro.oid, name: PEOPLE.lro.name, tenantId: sso.tenantId };
    const owner = [{ aadObjectId: lro.aadObjectId, name: lro.name }];
    const cadence = { kind: 'days' as const, days: 10 };
    const snoozed = await registerPlan(
      h.app.store,
      { reference: 'OCG-SNOOZED', ownerAadObjectId: lro.aadObjectId, cadence, lastReviewed: addDays(today, -20), digestHere: false },
      lro,
      owner,
      undefined,
      now,
    );
    await registerPlan(
      h.app.store,
      { reference: 'OCG-LATE', ownerAadObjectId: lro.aadObjectId, cadence, lastReviewed: addDays(today, -20), digestHere: false },
      lro,
      owner,
      undefined,
      now,
    );
    await snoozePlan(h.app.store, snoozed, lro.aadObjectId, addDays(today, 5), now);

    const coordinator = await get(h.baseUrl, '/api/tab/coordinator', await sso.token({ oid: PEOPLE.coordinator.oid }));
    assert.deepEqual(coordinator.body.overduePlans.map((p: { reference: string; snoozedUntil?: string }) => [p.reference, p.snoozedUntil ?? null]).sort(), [
      ['OCG-LATE', null],
      ['OCG-SNOOZED', addDays(today, 5)],
    ]);
  });
});
