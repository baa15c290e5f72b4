import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import cron from 'node-cron';
import { createLogger } from '../../src/log';
import { createScheduler, type Job } from '../../src/scheduler/scheduler';
import type { ProactiveSender } from '../../src/scheduler/sender';
import type { Store } from '../../src/store/types';

/** A scheduler over two jobs that do nothing; the store and sender are never reached. */
function schedulerWith(prefix: string, timers: boolean) {
  const jobs: Job[] = ['a', 'b'].map((n) => ({ name: `${prefix}-${n}`, cron: '0 8 * * *', run: async () => ({}) }));
  const sender = { isStopping: false, stop: async () => undefined } as unknown as ProactiveSender;
  return createScheduler({ jobs, store: {} as Store, sender, log: createLogger('silent'), now: () => new Date(), timers });
}

/** node-cron's registered tasks whose names start with `prefix`, with their status. */
function tasks(prefix: string): [string, string][] {
  return [...cron.getTasks().values()].flatMap((t) => (t.name?.startsWith(prefix) ? [[t.name, t.getStatus()] as [string, string]] : []));
}

describe('the job timers', () => {
  it('are registered on start(), one per job, not before, and stopped by stop()', async () => {
    const scheduler = schedulerWith('timers-on', true);
    assert.deepEqual(tasks('timers-on'), []);
    await scheduler.start();
    assert.deepEqual(tasks('timers-on'), [
      ['timers-on-a', 'idle'],
      ['timers-on-b', 'idle'],
    ]);
    await scheduler.stop();
    assert.deepEqual(tasks('timers-on'), [
      ['timers-on-a', 'stopped'],
      ['timers-on-b', 'stopped'],
    ]);
  });

  it('are not registered when timers are off', async () => {
    const scheduler = schedulerWith('timers-off', false);
    await scheduler.start();
    assert.deepEqual(tasks('timers-off'), []);
    await scheduler.stop();
  });

  it('are not registered when the scheduler stops while starting', async () => {
    const scheduler = schedulerWith('timers-stopping', true);
    const starting = scheduler.start();
    await scheduler.stop();
    await starting;
    assert.deepEqual(tasks('timers-stopping'), []);
  });
});
