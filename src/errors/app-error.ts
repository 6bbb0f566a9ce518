/**
 * The one error type of Ruqsat. `code` is stable (tests and API clients match on it);
 * `message` is for logs, in English; the user sees `userMessage(error, lang)` from the
 * translation table, filled with `params`.
 */
import { userMessages, type Lang } from './messages.ts';

export type ErrorCode = keyof typeof userMessages;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: Readonly<Record<string, string | number>>;

  constructor(
    code: ErrorCode,
    message: string,
    params: Record<string, string | number> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
  }
}

/** The message for the person in front of the screen, in their language. */
export function userMessage(error: AppError, lang: Lang): string {
  const template = userMessages[error.code][lang];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = error.params[name];
    return value === undefined ? whole : String(value);
  });
}
