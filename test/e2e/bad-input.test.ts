import assert from 'node:assert/strict';
import { createServer as createHttpServer, type Server } from 'node:http';
import { after, afterEach, before, beforeEach, describe, it } from 'mocha';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { invoke, message } from '../support/activities';
import { startHarness, type Harness } from '../support/harness';
import { freePort } from '../support/ports';

const APP = { MicrosoftAppId: 'app-lro-test', MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppTenantId: 'tenant-sw-test' };

const errorLines = (h: Harness) => h.logs.filter((l) => (l.level as number) >= 50);

/** A token that names the Bot Framework issuer, signed with a key of our own (so it is forged). */
async function forgedToken(kid = 'forged-key'): Promise<string> {
  const { privateKey } = await generateKeyPair('RS256');
  return new SignJWT({ serviceurl: 'http://127.0.0.1:9/' })
    .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
    .setIssuer('https://api.botframework.com')
    .setAudience(APP.MicrosoftAppId)
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(privateKey);
}

describe('bad fields in a valid envelope', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => h.close());
  beforeEach(() => {
    h.logs.length = 0;
  });

  for (const parameters of ['closure orders', { name: 'query', value: 'x' }, [null, 7, 'query'], [{ name: 'query', value: 42 }]]) {
    it(`a composeExtension/query whose parameters are ${JSON.stringify(parameters)} gets a polite answer, not a 500`, async () => {
      const res = await h.post(invoke('composeExtension/query', { commandId: 'searchGuidance', parameters }, { serviceUrl: h.connector.url }));
      assert.equal(res.status, 200);
      assert.equal(res.body.composeExtension.type, 'result');
      assert.deepEqual(errorLines(h), []);
    });
  }

  for (const text of [42, { bold: true }, ['help']]) {
    it(`a message whose text is ${JSON.stringify(text)} gets a 400, not a 500`, async () => {
      const res = await h.post({ ...message('help', { serviceUrl: h.connector.url }), text });
      assert.equal(res.status, 400);
      assert.match(res.body.message, /text/);
      assert.deepEqual(errorLines(h), []);
    });
  }

  it('a deeply nested array inside conversation gets a 400, not a 500', async () => {
    const activity = message('help', { serviceUrl: h.connector.url });
    const raw = JSON.stringify({ ...activity, conversation: { ...activity.conversation, extra: 'NESTED' } }).replace(
      '"NESTED"',
      '['.repeat(5000) + ']'.repeat(5000),
    );
    const res = await h.post(raw);
    assert.equal(res.status, 400);
    assert.deepEqual(errorLines(h), []);
    assert.deepEqual(h.connector.sent(), []);
  });
});

describe('forged Bot Framework tokens with an app id set', () => {
  let consoleErrors: unknown[][];
  const originalError = console.error;
  beforeEach(() => {
    consoleErrors = [];
    console.error = (...args: unknown[]) => void consoleErrors.push(args);
  });
  afterEach(() => {
    console.error = originalError;
  });

  async function assertRefused(h: Harness): Promise<void> {
    const res = await h.post(message('help', { serviceUrl: h.connector.url }), { authorization: `Bearer ${await forgedToken()}` });
    assert.equal(res.status, 401);
    assert.doesNotMatch(JSON.stringify(res.body ?? ''), /fetch|ECONNREFUSED|openid|metadata|stack|at /i);
    assert.deepEqual(h.connector.sent(), []);
    assert.deepEqual(errorLines(h), []);
    assert.ok(
      h.logs.some((l) => l.code === 'auth.failed' && l.level === 40),
      'the failure is in the structured log',
    );
    assert.deepEqual(consoleErrors, [], 'nothing on console.error');
  }

  it('get 401 when the signing keys cannot be fetched', async () => {
    const h = await startHarness({ ...APP, BOT_OPENID_METADATA_URL: `http://127.0.0.1:${await freePort()}/v1/.well-known/openidconfiguration` });
    try {
      await assertRefused(h);
    } finally {
      await h.close();
    }
  });

  describe('against published keys that did not sign them', () => {
    let stub: Server;
    let base = '';
    before(async () => {
      const { publicKey } = await generateKeyPair('RS256', { extractable: true });
      const jwk = { ...(await exportJWK(publicKey)), kid: 'forged-key', use: 'sig', endorsements: ['msteams'] };
      stub = createHttpServer((req, res) => {
        res.setHeader('content-type', 'application/json');
        if (req.url?.includes('openid'))
          res.end(JSON.stringify({ issuer: 'https://api.botframework.com', jwks_uri: `${base}/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
        else res.end(JSON.stringify({ keys: [jwk] }));
      });
      await new Promise<void>((r) => stub.listen(0, '127.0.0.1', r));
      base = `http://127.0.0.1:${(stub.address() as { port: number }).port}`;
    });
    after(() => stub.close());

    it('get 401, logged in the structured log and not on console.error', async () => {
      const h = await startHarness({ ...APP, BOT_OPENID_METADATA_URL: `${base}/v1/.well-known/openidconfiguration` });
      try {
        await assertRefused(h);
      } finally {
        await h.close();
      }
    });
  });
});
