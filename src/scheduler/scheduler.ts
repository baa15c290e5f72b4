import { setImmediate as nextTurn } from 'node:timers/promises';
import cron, { type ScheduledTask } from 'node-cron';
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
  /** Register the cron timers; off, jobs still run on demand (tests, operators). */
  timers: boolean;
}

export interface Scheduler {
  /** Every job's name, in registration order. */
  readonly jobNames: string[];
  /** Runs one job now, by name; throws for an unknown name. */
  runNow(name: string, now?: Date): Promise<JobReport>;
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

/** Registers every job with node-cron in Europe/London. Overlapping runs of one job are skipped. */
export function startScheduler({ jobs, store, sender, log, now, timers }: SchedulerDeps): Scheduler {
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
  const tasks: ScheduledTask[] = (timers ? jobs : []).map((job) =>
    cron.schedule(
      job.cron,
      () =>
        run(job, now()).then(
          () => undefined,
          () => undefined,
        ),
      {
        name: job.name,
        timezone: ZONE,
        noOverlap: true,
      },
    ),
  );
  return {
    jobNames: jobs.map((j) => j.name),
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
      await Promise.all(tasks.map((t) => t.stop()));
      await Promise.allSettled([sender.stop(), ...running]);
    },
  };
}
