import pino from 'pino';

export type Logger = pino.Logger;

/**
 * Structured JSON lines on stdout. Message text and card inputs are never passed to
 * info-level calls; `redact` is a second line of defence for fields that carry them.
 * Stdout is written asynchronously (lines written meanwhile go out together; pino flushes on exit):
 * a synchronous write per line cost as much CPU as answering the question.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'lro-assist' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: ['text', 'value', '*.text', '*.value', 'activity.text', 'activity.value'], censor: '[redacted]' },
    },
    destination ?? pino.destination({ dest: 1, sync: false }),
  );
}
