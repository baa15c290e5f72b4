import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { loadConfig } from '../../src/config';
import { isAppError } from '../../src/errors';

function configError(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (err) {
    assert.ok(isAppError(err, 'config.invalid'));
    return err.userMessage;
  }
  throw new Error('expected loadConfig to fail');
}

describe('config', () => {
  it('has sensible defaults with an empty environment', () => {
    const c = loadConfig({});
    assert.equal(c.port, 3978);
    assert.equal(c.sqlitePath, './data/lro-assist.db');
    assert.equal(c.mongo, undefined);
    assert.equal(c.bot.appId, undefined);
    assert.deepEqual(c.allowedTenantIds, []);
  });

  it('listens on loopback only when authentication is off and HOST is not set', () => {
    const c = loadConfig({});
    assert.equal(c.host, '127.0.0.1');
    assert.equal(c.exposedWithoutAuth, false);
  });

  it('listens on every interface when an app id is set and HOST is not', () => {
    const c = loadConfig({ MicrosoftAppId: 'app', MicrosoftAppPassword: 'p', MicrosoftAppTenantId: 't' });
    assert.equal(c.host, '0.0.0.0');
    assert.equal(c.exposedWithoutAuth, false);
  });

  it('lets HOST override the bind address, and flags a non-loopback one while authentication is off', () => {
    assert.deepEqual([loadConfig({ HOST: '0.0.0.0' }).host, loadConfig({ HOST: '0.0.0.0' }).exposedWithoutAuth], ['0.0.0.0', true]);
    assert.equal(loadConfig({ HOST: '10.1.2.3' }).exposedWithoutAuth, true);
    assert.equal(loadConfig({ HOST: 'localhost' }).exposedWithoutAuth, false);
    assert.equal(loadConfig({ HOST: '::1' }).exposedWithoutAuth, false);
    assert.equal(loadConfig({ HOST: '127.0.0.1', MicrosoftAppId: 'app', MicrosoftAppPassword: 'p', MicrosoftAppTenantId: 't' }).host, '127.0.0.1');
  });

  it('names PORT when it is not a number', () => {
    assert.match(configError({ PORT: 'eighty' }), /^Invalid PORT \(got "eighty"\)/);
  });

  it('names MicrosoftAppPassword when an app id has no password, without echoing secrets', () => {
    const msg = configError({ MicrosoftAppId: 'app', MicrosoftAppTenantId: 't' });
    assert.match(msg, /MicrosoftAppPassword/);
  });

  it('names MicrosoftAppTenantId for a single-tenant app without a tenant', () => {
    assert.match(configError({ MicrosoftAppId: 'app', MicrosoftAppPassword: 'p' }), /MicrosoftAppTenantId/);
  });

  it('names MicrosoftAppType when it is not a known type', () => {
    assert.match(configError({ MicrosoftAppType: 'Everyone' }), /MicrosoftAppType/);
  });

  it('reads comma-separated tenant and coordinator lists, ignoring blanks', () => {
    const c = loadConfig({ ALLOWED_TENANT_IDS: ' a, ,b ', COORDINATOR_AAD_IDS: 'x' });
    assert.deepEqual(c.allowedTenantIds, ['a', 'b']);
    assert.deepEqual(c.coordinatorAadIds, ['x']);
  });

  it('uses MongoDB only when MONGODB_URI is set', () => {
    assert.deepEqual(loadConfig({ MONGODB_URI: 'mongodb://127.0.0.1:1/' }).mongo, {
      uri: 'mongodb://127.0.0.1:1/',
      db: 'lro-assist',
      connectAttempts: 3,
    });
  });
});
