import assert from 'node:assert/strict';
import { RateLimiter } from '../../src/scheduler/rate-limiter';

describe('the rate limiter', () => {
  // A virtual clock: sleeping moves it on.
  let clock = 0;
  const sleep = async (ms: number) => {
    await new Promise((r) => setImmediate(r));
    clock += Math.max(1, ms);
  };

  beforeEach(() => (clock = 0));

  it('gives the next place to the conversation that has sent least, so a storm progresses evenly', async () => {
    const limiter = new RateLimiter([{ max: 100, ms: 60_000 }], [{ max: 1, ms: 100 }], sleep, () => clock);
    const order: string[] = [];
    const send = async (id: string) => {
      const release = await limiter.acquire(id, () => false);
      assert.ok(release);
      order.push(id);
      release();
    };
    await Promise.all([...Array.from({ length: 6 }, () => send('a')), ...Array.from({ length: 6 }, () => send('b'))]);
    assert.deepEqual(order, ['a', 'b', 'a', 'b', 'a', 'b', 'a', 'b', 'a', 'b', 'a', 'b']);
  });

  it('keeps each conversation in the order its requests asked', async () => {
    const limiter = new RateLimiter([{ max: 1, ms: 1_000 }], [{ max: 50, ms: 1_000 }], sleep, () => clock);
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 5 }, async (_, i) => {
        const release = await limiter.acquire('a', () => false);
        order.push(i);
        release?.();
      }),
    );
    assert.deepEqual(order, [0, 1, 2, 3, 4]);
  });

  it('lets a waiting request go, with no place, once the sender stops', async () => {
    const limiter = new RateLimiter([{ max: 1, ms: 60_000 }], [{ max: 50, ms: 1_000 }], sleep, () => clock);
    let stopping = false;
    const first = await limiter.acquire('a', () => stopping);
    first?.();
    const second = limiter.acquire('a', () => stopping);
    stopping = true;
    assert.equal(await second, undefined);
  });
});
