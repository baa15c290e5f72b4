import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * For long synchronous-looking work such as building a reminder run's cards: call the returned
 * function between items, and once `sliceMs` of work has gone by it waits for the event loop's
 * next turn, so turns, health checks and timers run in between.
 */
export function yieldEvery(sliceMs = 10): () => Promise<void> {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < sliceMs) return;
    await nextTurn();
    sliceStart = performance.now();
  };
}
