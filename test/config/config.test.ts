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
    const c = loadConfig({ ALLOWED_TENANT_IDS: ' a, ,b ', COORDINATOR_AAD_IDS: ' 00000000-0000-4000-8000-00000000c001 ' });
    assert.deepEqual(c.allowedTenantIds, ['a', 'b']);
    assert.deepEqual(c.coordinatorAadIds, ['00000000-0000-4000-8000-00000000c001']);
  });

  it('names TRIAGE_CHANNEL_ID when it is a channel name rather than a Teams channel id', () => {
    assert.match(configError({ TRIAGE_CHANNEL_ID: 'general' }), /^Invalid TRIAGE_CHANNEL_ID \(got "general"\): must be a Teams channel conversation id/);
    assert.equal(loadConfig({ TRIAGE_CHANNEL_ID: '19:abc123@thread.tacv2' }).triageChannelId, '19:abc123@thread.tacv2');
    assert.equal(loadConfig({ TRIAGE_CHANNEL_ID: '19:abc123@thread.skype' }).triageChannelId, '19:abc123@thread.skype');
  });

  it('names COORDINATOR_AAD_IDS when an id is not a GUID', () => {
    const msg = configError({ COORDINATOR_AAD_IDS: '00000000-0000-4000-8000-00000000c001,casey@example.test' });
    assert.match(msg, /^Invalid COORDINATOR_AAD_IDS .*each a GUID/);
    assert.match(configError({ COORDINATOR_AAD_IDS: 'aad-cc-1' }), /^Invalid COORDINATOR_AAD_IDS/);
    const playground = '00000000-0000-0000-0000-0000000000020';
    assert.deepEqual(loadConfig({ COORDINATOR_AAD_IDS: playground }).coordinatorAadIds, [playground], "Agents Playground's user id is accepted");
  });

  it('uses MongoDB only when MONGODB_URI is set', () => {
    assert.deepEqual(loadConfig({ MONGODB_URI: 'mongodb://127.0.0.1:1/' }).mongo, {
      uri: 'mongodb://127.0.0.1:1/',
      db: 'lro-assist',
      connectAttempts: 3,
    });
  });
});
