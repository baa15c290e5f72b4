import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'mocha';
import { message } from '../support/activities';
import { FakeConnector } from '../support/connector';

const root = join(__dirname, '..', '..');
const GRACE_MS = 2000;

async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const { port } = srv.address() as { port: number };
  await new Promise((r) => srv.close(r));
  return port;
}

describe('SIGTERM with a connector that accepts and never answers (a real process)', function () {
  this.timeout(60000);
  let dir: string;
  let connector: FakeConnector;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lro-shutdown-'));
    connector = await new FakeConnector().start();
  });
  after(async () => {
    await connector.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('ends the process within the grace period, although a turn is stuck sending its reply', async () => {
    const port = await freePort();
    // The connector timeout is longer than the grace period: only the shutdown itself can end it in time.
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: String(port), SQLITE_PATH: join(dir, 'lro.db'), SHUTDOWN_GRACE_MS: String(GRACE_MS), SEND_TIMEOUT_MS: '14000' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (out += d));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal, at: Date.now() })),
    );
    try {
      for (let i = 0; i < 150 && !out.includes('"msg":"listening"'); i++) await new Promise((r) => setTimeout(r, 100));
      assert.match(out, /"msg":"listening"/);
      connector.hang = true;
      void fetch(`http://127.0.0.1:${port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(message('help', { serviceUrl: connector.url })),
      }).catch(() => undefined);
      while (connector.hung === 0) await new Promise((r) => setTimeout(r, 20));
      const signalled = Date.now();
      child.kill('SIGTERM');
      const end = await Promise.race([exited, new Promise<undefined>((r) => setTimeout(r, GRACE_MS + 10_000))]);
      assert.ok(end, 'the process ended by itself, without SIGKILL');
      assert.equal(end.signal, null);
      assert.ok(end.at - signalled < GRACE_MS + 1500, `it ended ${end.at - signalled} ms after SIGTERM, grace ${GRACE_MS} ms`);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
