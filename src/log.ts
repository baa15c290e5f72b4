import pino from 'pino';

export type Logger = pino.Logger;

/**
 * Structured JSON lines on stdout. Message text and card inputs are never passed to
 * info-level calls; `redact` is a second line of defence for fields that carry them.
 * Stdout is written asynchronously and in batches of at least 4 KB, or after a second at most: a write
 * per line cost as much CPU as answering the question. Pino flushes what is left when the process exits.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'lro-assist' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: ['text', 'value', '*.text', '*.value', 'activity.text', 'activity.value'], censor: '[redacted]' },
    },
    destination ?? pino.destination({ dest: 1, sync: false, minLength: 4096, periodicFlush: 1000 }),
  );
}
