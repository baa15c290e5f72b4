import assert from 'node:assert/strict';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'mocha';
import { message } from '../support/activities';
import { FakeConnector } from '../support/connector';
import { freePort } from '../support/ports';

const root = join(__dirname, '..', '..');

interface Proc {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** The node arguments of the `npm start` script ("node --flags… scripts/start.js"). */
function startScriptArgs(): string[] {
  const [command, ...args] = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start.split(/\s+/);
  assert.equal(command, 'node', 'npm start runs node');
  return args;
}

/** Starts the service as `npm start` does (the bundle in dist/, built in before()), with only the given environment. */
function startService(env: Record<string, string>): Proc {
  const child = spawn(process.execPath, startScriptArgs(), {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

// Start-up is not what these tests measure: on a loaded machine tsx alone can take many seconds, so the
// wait is generous, and it ends early (with the output) if the process exits instead.
const START_UP_MS = 90_000;

async function waitForHealth(proc: Proc, port: number, timeoutMs = START_UP_MS): Promise<void> {
  let exited = false;
  void proc.exited.then(() => (exited = true));
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (exited) throw new Error(`the service exited before answering /healthz:\n${proc.output()}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no /healthz within ${timeoutMs} ms:\n${proc.output()}`);
}

describe('the service process', function () {
  this.timeout(START_UP_MS + 30_000);
  let dir: string;
  before(function () {
    // As `npm start` does: build when a source is newer than dist/ (a generous wait on a busy machine).
    this.timeout(240_000);
    execFileSync(process.execPath, [join(root, 'scripts', 'build.js'), '--if-stale'], { cwd: root, stdio: 'ignore' });
    dir = mkdtempSync(join(tmpdir(), 'lro-proc-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('stops at once with a one-line message naming a bad PORT', async () => {
    const proc = startService({ PORT: 'abc' });
    const code = await proc.exited;
    assert.notEqual(code, 0);
    assert.match(proc.output(), /Invalid PORT/);
  });

  it('stops with a message naming MicrosoftAppPassword when an app id has none', async () => {
    const proc = startService({ MicrosoftAppId: 'x', MicrosoftAppTenantId: 't' });
    assert.notEqual(await proc.exited, 0);
    assert.match(proc.output(), /MicrosoftAppPassword/);
  });

  it('stops with a message naming MONGODB_URI when it is unreachable', async () => {
    const proc = startService({ MONGODB_URI: 'mongodb://127.0.0.1:9/', MONGODB_CONNECT_ATTEMPTS: '1', SQLITE_PATH: join(dir, 'x.db') });
    assert.notEqual(await proc.exited, 0);
    assert.match(proc.output(), /MONGODB_URI is unreachable/);
  });

  it('with no app id and no HOST, listens on 127.0.0.1 only and gives no exposure warning', async () => {
    const port = await freePort();
    const proc = startService({ PORT: String(port), SQLITE_PATH: join(dir, 'loopback.db') });
    try {
      await waitForHealth(proc, port);
      const listening = proc
        .output()
        .split('\n')
        .find((l) => l.includes('"msg":"listening"'));
      assert.equal(JSON.parse(listening!).host, '127.0.0.1');
      assert.doesNotMatch(proc.output(), /exposed-without-auth/);
    } finally {
      proc.child.kill('SIGTERM');
      await proc.exited;
    }
  });

  it('with no app id and HOST=0.0.0.0, warns in the structured log that it is exposed without authentication', async () => {
    const port = await freePort();
    const proc = startService({ PORT: String(port), HOST: '0.0.0.0', SQLITE_PATH: join(dir, 'exposed.db') });
    try {
      await waitForHealth(proc, port);
      const warning = proc
        .output()
        .split('\n')
        .find((l) => l.includes('http.exposed-without-auth'));
      assert.ok(warning, 'a warning line');
      const line = JSON.parse(warning!);
      assert.equal(line.level, 40);
      assert.equal(line.host, '0.0.0.0');
      assert.match(line.msg, /authentication DISABLED/);
    } finally {
      proc.child.kill('SIGTERM');
      await proc.exited;
    }
  });

  it('starts with no app id, warns once that auth is disabled, and finishes a turn in flight on SIGTERM', async () => {
    const port = await freePort();
    const proc = startService({ PORT: String(port), SQLITE_PATH: join(dir, 'lro.db') });
    await waitForHealth(proc, port);
    assert.equal(proc.output().match(/authentication is DISABLED/g)?.length, 1);
    assert.doesNotMatch(
      proc.output(),
      /DeprecationWarning/,
      "restify's unused spdy support reads process.binding (DEP0111); npm start silences that one warning",
    );

    const connector = await new FakeConnector().start();
    connector.delayMs = 3000;
    try {
      const turn = fetch(`http://127.0.0.1:${port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(message('help', { serviceUrl: connector.url })),
      });
      // SIGTERM once the turn is in flight: its reply has reached the (slow) connector.
      while (connector.inFlight === 0) await new Promise((r) => setTimeout(r, 20));
      proc.child.kill('SIGTERM');
      const res = await turn;
      assert.equal(res.status, 200, 'the turn in flight finished');
      assert.equal(connector.sent().length, 1, 'its reply was delivered');
      assert.equal(await proc.exited, 0);
      assert.match(proc.output(), /"msg":"stopped"/);
    } finally {
      if (proc.child.exitCode === null) proc.child.kill('SIGKILL');
      await connector.stop();
    }
  });

  it('ends within the grace period on SIGTERM although a connector accepts a reply and never answers', async () => {
    const grace = 2000;
    const port = await freePort();
    // The connector timeout is longer than the grace period: only the shutdown itself can end it in time.
    const proc = startService({ PORT: String(port), SQLITE_PATH: join(dir, 'hung.db'), SHUTDOWN_GRACE_MS: String(grace), SEND_TIMEOUT_MS: '14000' });
    await waitForHealth(proc, port);
    const connector = await new FakeConnector().start();
    connector.hang = true;
    try {
      void fetch(`http://127.0.0.1:${port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(message('help', { serviceUrl: connector.url })),
      }).catch(() => undefined);
      while (connector.hung === 0) await new Promise((r) => setTimeout(r, 20));
      const signalled = Date.now();
      proc.child.kill('SIGTERM');
      const ended = await Promise.race([proc.exited.then(() => Date.now()), new Promise<undefined>((r) => setTimeout(r, grace + 10_000))]);
      assert.ok(ended, 'the process ended by itself, without SIGKILL');
      assert.ok(ended - signalled < grace + 1500, `it ended ${ended - signalled} ms after SIGTERM, grace ${grace} ms`);
    } finally {
      if (proc.child.exitCode === null) proc.child.kill('SIGKILL');
      await connector.stop();
    }
  });
});
