import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ScheduledTask } from 'node-cron';
import type { Logger } from '../log';
import { ZONE } from '../time-zone';
import type { Store } from '../store/types';
import { retryFailed, type DeliveredFollowUp } from './outbox';
import type { ProactiveSender } from './sender';

/** What a run did, as counts (e.g. { sent: 3, duplicate: 1 }). */
export type JobReport = Record<string, number>;

/** A scheduled job: a plain function of (store, sender, now), so it can run on demand too. */
export interface Job {
  name: string;
  /** A cron expression, evaluated in Europe/London. */
  cron: string;
  run(store: Store, sender: ProactiveSender, now: Date): Promise<JobReport>;
}

export const RETRY_JOB = 'retry-failed';

/**
 * Re-sends failed deliveries from earlier runs; registered alongside every feature's jobs.
 * `followUps`, by delivery kind, run once a retried delivery gets through.
 */
export function retryJob(followUps: Record<string, DeliveredFollowUp> = {}): Job {
  return {
    name: RETRY_JOB,
    cron: '*/10 * * * *',
    run: (store, sender, now) => retryFailed(store, sender, now, { followUps }),
  };
}

export interface SchedulerDeps {
  jobs: Job[];
  store: Store;
  sender: ProactiveSender;
  log: Logger;
  now: () => Date;
  /** Register the cron timers (on `start()`); off, jobs still run on demand (tests, operators). */
  timers: boolean;
}

export interface Scheduler {
  /** Every job's name, in registration order. */
  readonly jobNames: string[];
  /** Runs one job now, by name; throws for an unknown name. */
  runNow(name: string, now?: Date): Promise<JobReport>;
  /**
   * Registers the cron timers, one job a turn of the event loop (each costs milliseconds of time-zone
   * set-up), when `timers` is on: called once the server listens, so a start answers sooner.
   */
  start(): Promise<void>;
  /** Runs every job once, e.g. to catch up after downtime. */
  catchUp(): Promise<void>;
  /**
   * Stops the timers and the sender, then waits for running jobs: their sends not yet made come back
   * at once and stay in the outbox (or are made again by the job's next run). Bounded by the
   * connector client's timeout for the requests in flight.
   */
  stop(): Promise<void>;
}

export function findJob(jobs: Job[], name: string): Job | undefined {
  return jobs.find((j) => j.name === name);
}

/** Runs jobs on demand, and on `start()` registers every job with node-cron in Europe/London. Overlapping runs of one job are skipped. */
export function createScheduler({ jobs, store, sender, log, now, timers }: SchedulerDeps): Scheduler {
  const running = new Set<Promise<unknown>>();
  const run = async (job: Job, at: Date): Promise<JobReport> => {
    const jobLog = log.child({ job: job.name });
    const started = Date.now();
    const work = job.run(store, sender, at);
    running.add(work);
    try {
      const report = await work;
      jobLog.info({ report, ms: Date.now() - started }, 'job finished');
      return report;
    } catch (err) {
      jobLog.error({ err }, 'job failed');
      throw err;
    } finally {
      running.delete(work);
    }
  };
  const tasks: ScheduledTask[] = [];
  let stopped = false;
  return {
    jobNames: jobs.map((j) => j.name),
    async start() {
      if (!timers) return;
      // Loaded here: a process that only runs jobs on demand never needs it.
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily on purpose (see above)
      const cron = require('node-cron') as typeof import('node-cron');
      for (const job of jobs) {
        await nextTurn();
        if (stopped) return;
        const onTime = () =>
          run(job, now()).then(
            () => undefined,
            () => undefined,
          );
        tasks.push(cron.schedule(job.cron, onTime, { name: job.name, timezone: ZONE, noOverlap: true }));
      }
    },
    async runNow(name, at = now()) {
      const job = findJob(jobs, name);
      if (!job) throw new Error(`unknown job "${name}"`);
      return run(job, at);
    },
    async catchUp() {
      for (const job of jobs) {
        // Start-up is not held up by the catch-up, and turns run between its jobs.
        await nextTurn();
        if (sender.isStopping) return;
        await run(job, now()).catch(() => undefined);
      }
    },
    async stop() {
      stopped = true;
      await Promise.all(tasks.map((t) => t.stop()));
      await Promise.allSettled([sender.stop(), ...running]);
    },
  };
}
