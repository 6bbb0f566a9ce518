/**
 * What the store's callers see when PostgreSQL fails: an AppError 'store.unavailable' whose
 * reason names the failure, with the driver's error kept as `cause` for the logs. Errors the
 * caller's own code threw inside a transaction (an AppError, a ConflictError) pass unchanged.
 */
import { AppError } from '../errors/app-error.ts';

/** Wraps anything the driver or the server threw; leaves AppErrors alone. */
export function storeError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  return new AppError(
    'store.unavailable',
    `database error: ${describe(error)}`,
    { reason: describe(error) },
    { cause: error },
  );
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // Server errors carry an SQLSTATE; network errors a Node code (ECONNREFUSED, ENOENT …).
  const code = (error as { code?: unknown }).code;
  const message = error instanceof AggregateError ? error.errors.map(describe).join('; ') : error.message;
  return typeof code === 'string' ? `${code}: ${message || error.name}` : message || error.name;
}
