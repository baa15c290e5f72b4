// A child process for crash tests: starts the app on the store named by the environment (as
// `npm start` would, timers off), and delivers the crash test's load through the real outbox,
// sender and adapter until it is killed.
import { loadConfig } from '../../src/config';
import { startApp } from '../../src/index';
import { deliverMany } from '../../src/scheduler/outbox';
import { crashLoad } from './crash';

async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', SCHEDULER_ENABLED: 'false', LOG_LEVEL: 'warn' });
  const app = await startApp(config);
  const { messages, now } = crashLoad(process.env.CONNECTOR_CONVERSATIONS!, Number(process.env.CRASH_MESSAGES));
  await deliverMany(app.store, app.sender, messages, now, () => undefined);
  await app.close();
}

void main();
