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
