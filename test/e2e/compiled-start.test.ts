import assert from 'node:assert/strict';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { message } from '../support/activities';
import { cardOf } from '../support/cards';
import { FakeConnector } from '../support/connector';
import { healthy } from '../support/local-process';
import { freePort } from '../support/ports';

// `npm start` runs the compiled JavaScript in dist/ (built by scripts/build.js); these tests run that build.
const root = join(__dirname, '..', '..');

function nodeIn(dir: string, args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, args, {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', SQLITE_PATH: join(dir, 'compiled.db'), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function outputOf(child: ChildProcess): Promise<string> {
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  return new Promise((resolve) => child.on('exit', () => resolve(out)));
}

describe('the compiled service (dist/, as npm start runs it)', function () {
  this.timeout(240_000);
  let dir: string;
  before(() => {
    execFileSync(process.execPath, [join(root, 'scripts', 'build.js'), '--if-stale'], { cwd: root, stdio: 'ignore' });
    dir = mkdtempSync(join(tmpdir(), 'lro-dist-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('serves health, the tab page and a card reply, finding cards/ and the tab files from dist', async () => {
    const port = await freePort();
    const child = nodeIn(dir, ['dist/src/index.js'], { PORT: String(port) });
    const exited = outputOf(child);
    const connector = await new FakeConnector().start();
    try {
      await healthy(`http://127.0.0.1:${port}`);
      const tab = await fetch(`http://127.0.0.1:${port}/tab/index.html`);
      assert.equal(tab.status, 200);
      assert.match(await tab.text(), /<html/i);

      const res = await fetch(`http://127.0.0.1:${port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(message('help', { serviceUrl: connector.url })),
      });
      assert.ok(res.status < 300, `status ${res.status}`);
      await connector.waitForCalls(1, 20_000);
      const card = cardOf(connector.sent()[0]);
      assert.equal(card?.type, 'AdaptiveCard');
    } finally {
      child.kill('SIGTERM');
      await exited;
      await connector.stop();
    }
  });

  it('does not load the MongoDB driver when MONGODB_URI is not set', async () => {
    const script = `
      const { startApp } = require('./dist/src/index.js');
      const { loadConfig } = require('./dist/src/config.js');
      startApp({ ...loadConfig(), port: 0, schedulerEnabled: false }).then(async (app) => {
        const loaded = Object.keys(require.cache).some((f) => f.includes('/node_modules/mongodb/'));
        await app.close();
        console.log('mongodb-loaded=' + loaded);
      });`;
    const out = await outputOf(nodeIn(dir, ['-e', script], {}));
    assert.match(out, /mongodb-loaded=false/);
  });
});
