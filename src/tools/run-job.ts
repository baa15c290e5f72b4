// Runs one scheduled job now, for operators and tests: `npm run job -- <name> [--now ISO]`.
// It starts the app as `npm start` would (same store and sender), but with the cron timers off and
// HTTP on a random loopback port, runs the job, prints its report as JSON and stops.
import { loadConfig } from '../config';
import { isAppError } from '../errors';
import { startApp } from '../index';
import { allJobs } from '../scheduler/jobs';

const USAGE = 'usage: npm run job -- <name> [--now 2026-03-03T08:00:00Z]';

/** Reads `<name> [--now ISO]`; an error message when the arguments are wrong. */
export function parseJobArgs(args: string[], known: string[]): { name: string; now?: Date } | { error: string } {
  const [name, ...rest] = args;
  if (!name || name.startsWith('-')) return { error: `${USAGE}\njobs: ${known.join(', ')}` };
  if (!known.includes(name)) return { error: `unknown job "${name}"; jobs: ${known.join(', ')}` };
  if (!rest.length) return { name };
  if (rest.length !== 2 || rest[0] !== '--now') return { error: USAGE };
  const now = new Date(rest[1]);
  if (Number.isNaN(now.getTime())) return { error: `--now must be an ISO date and time, e.g. 2026-03-03T08:00:00Z (got "${rest[1]}")` };
  return { name, now };
}

async function main(): Promise<void> {
  const config = loadConfig();
  const args = parseJobArgs(
    process.argv.slice(2),
    allJobs(config).map((j) => j.name),
  );
  if ('error' in args) {
    console.error(args.error);
    process.exit(2);
  }
  const fixed = args.now;
  const app = await startApp({ ...config, port: 0, host: '127.0.0.1', schedulerEnabled: false }, fixed ? { now: () => fixed } : {});
  try {
    const report = await app.scheduler.runNow(args.name, fixed ?? new Date());
    console.log(JSON.stringify({ job: args.name, report }));
  } finally {
    await app.close();
  }
}

if (require.main === module) {
  main().catch((err) => {
    console.error(isAppError(err) ? err.userMessage : `Job failed: ${(err as Error).message}`);
    process.exit(1);
  });
}
