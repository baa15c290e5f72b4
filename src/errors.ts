/** The catalogue of error codes. Users see `userMessage`; logs see `cause`. */
export type ErrorCode =
  | 'config.invalid'
  | 'store.unavailable'
  | 'input.invalid'
  | 'input.too-long'
  | 'input.intelligence'
  | 'auth.forbidden'
  | 'not-found'
  | 'conflict'
  | 'teams.send-failed';

/** The one error type: a code, a message safe to show in chat, and the underlying cause. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly userMessage: string,
    options?: { cause?: unknown },
  ) {
    super(`${code}: ${userMessage}`, options);
    this.name = 'AppError';
  }
}

export function isAppError(err: unknown, code?: ErrorCode): err is AppError {
  return err instanceof AppError && (code === undefined || err.code === code);
}
