import type { Logger } from '../log';

/**
 * Runs work beside a turn: waits for it at most `waitMs` (0: not at all), and lets it carry on after
 * that. A failure is logged under `task`, never thrown, so a slow or failed follow-up never fails the turn.
 */
export async function followUp<T>(log: Logger, task: string, work: () => Promise<T>, waitMs = 0): Promise<T | undefined> {
  const guarded = work().catch((err: unknown) => {
    log.warn({ err, task }, 'follow-up failed');
    return undefined;
  });
  if (waitMs <= 0) return undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), waitMs);
  });
  try {
    return await Promise.race([guarded, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
