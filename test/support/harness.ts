import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { loadConfig } from '../../src/config';
import { type KnowledgeBase, createKnowledgeBase } from '../../src/features/knowledge/answer';
import { defaultContactsPath, readContactsFile } from '../../src/features/knowledge/contacts';
import { allEntries, exampleQuestions } from '../../src/features/knowledge/content';
import { remembered } from '../../src/features/knowledge/memo';
import { startApp, type RunningApp, type StartOptions } from '../../src/index';
import { FakeConnector } from './connector';

/** The real server, started in-process on a random loopback port with auth disabled, plus a fake connector. */
export interface Harness {
  app: RunningApp;
  connector: FakeConnector;
  baseUrl: string;
  /** Every log line the app wrote, parsed. */
  logs: Record<string, unknown>[];
  /** POSTs an activity (object or raw string) to /api/messages. */
  post(activity: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

/** The tests use the committed contacts file and a few of their own. */
const KNOWN_CONTACTS_FILES = 8;
/**
 * One knowledge base per contacts file for the whole test run: every app builds the same one from the same files, and
 * training it takes seconds, which two apps started in one hook would spend twice.
 */
const knowledgeFor = remembered(
  (contactsPath: string): KnowledgeBase => createKnowledgeBase(allEntries, readContactsFile(contactsPath), exampleQuestions),
  KNOWN_CONTACTS_FILES,
);

/** `options` passes start options such as the dashboard source, the tab's test hooks or sender pacing. */
export async function startHarness(
  env: Record<string, string> = {},
  now?: () => Date,
  options: Omit<StartOptions, 'logDestination' | 'now'> = {},
): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'lro-assist-test-'));
  const connector = await new FakeConnector().start();
  const logs: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _enc, cb) {
      for (const line of String(chunk).split('\n').filter(Boolean)) logs.push(JSON.parse(line));
      cb();
    },
  });
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    SQLITE_PATH: join(dir, 'test.db'),
    SHUTDOWN_GRACE_MS: '3000',
    SCHEDULER_ENABLED: 'false',
    ...env,
  });
  const app = await startApp(config, { knowledge: knowledgeFor(config.contactsPath ?? defaultContactsPath), ...options, logDestination: destination, now });
  const baseUrl = `http://127.0.0.1:${app.port}`;
  return {
    app,
    connector,
    baseUrl,
    logs,
    async post(activity, headers = {}) {
      const res = await fetch(`${baseUrl}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof activity === 'string' ? activity : JSON.stringify(activity),
      });
      const text = await res.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        // plain-text bodies stay as text
      }
      return { status: res.status, body };
    },
    async close() {
      await app.close();
      await connector.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
