import assert from 'node:assert/strict';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { message } from '../support/activities';
import { cardOf } from '../support/cards';
import { FakeConnector } from '../support/connector';
import { healthy } from '../support/local-process';
import { freePort } from '../support/ports';

// `npm start` runs scripts/start.js: the bundle in dist/ (built by scripts/build.js), through V8's code cache.
const root = join(__dirname, '..', '..');
const START = join(root, 'scripts', 'start.js');

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

describe('the bundled service (dist/, as npm start runs it)', function () {
  this.timeout(240_000);
  let dir: string;
  before(() => {
    execFileSync(process.execPath, [join(root, 'scripts', 'build.js'), '--if-stale'], { cwd: root, stdio: 'ignore' });
    dir = mkdtempSync(join(tmpdir(), 'lro-dist-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('serves health, the tab page and a card reply, finding cards/ and the tab files from dist, and keeps a code cache', async () => {
    const cache = join(root, 'dist', 'src', 'index.js.cache');
    rmSync(cache, { force: true });
    const port = await freePort();
    const child = nodeIn(dir, [START], { PORT: String(port) });
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
      assert.ok(existsSync(cache), 'the next start reads the compiled code from the cache');
    } finally {
      child.kill('SIGTERM');
      await exited;
      await connector.stop();
    }
  });

  it('builds again before starting when a source has changed since the last build', async () => {
    const stamp = join(root, 'dist', '.built-at');
    const builtBefore = readFileSync(stamp, 'utf8');
    const source = join(root, 'src', 'log.ts');
    const { atime, mtime } = statSync(source);
    utimesSync(source, atime, new Date()); // as an edit would
    const port = await freePort();
    const child = nodeIn(dir, [START], { PORT: String(port) });
    const exited = outputOf(child);
    try {
      await healthy(`http://127.0.0.1:${port}`);
      assert.ok(Number(readFileSync(stamp, 'utf8')) > Number(builtBefore), 'dist/ was built again');
    } finally {
      utimesSync(source, atime, mtime);
      child.kill('SIGTERM');
      await exited;
    }
  });

  it('does not load the MongoDB driver when MONGODB_URI is not set', async () => {
    const port = await freePort();
    // Which packages the process has loaded, told once it exits (SQLite's shows that the check sees them).
    const script = `
      process.on('exit', () => {
        const files = Object.keys(require.cache);
        for (const pkg of ['mongodb', 'better-sqlite3']) console.log(pkg + '-loaded=' + files.some((f) => f.includes('/node_modules/' + pkg + '/')));
      });
      require(${JSON.stringify(START)});`;
    const child = nodeIn(dir, ['-e', script], { PORT: String(port) });
    const exited = outputOf(child);
    await healthy(`http://127.0.0.1:${port}`);
    child.kill('SIGTERM');
    const out = await exited;
    assert.match(out, /better-sqlite3-loaded=true/);
    assert.match(out, /mongodb-loaded=false/);
  });
});
