/**
 * The pool of DATABASE_READ_URL: reads that tolerate a standby's replay lag (the public
 * registry, the indicators; docs/deploy.md) go to a standby, taking that load off the primary.
 * A standby that cannot serve a read does not take those pages down: the read runs on the
 * primary's pool instead — when the standby is unreachable or was lost mid-statement (it may be
 * the member that just died or is being promoted), or cancelled the query for a conflict with
 * the WAL it replays (SQLSTATE 40001 on a hot standby).
 */
import pg from 'pg';

/** Whether a read failed for the standby's sake rather than the statement's: then the primary answers. */
export function standbyFailed(error: unknown): boolean {
  if (!(error instanceof pg.DatabaseError)) return true; // refused, reset, timed out: not reached
  const code = error.code ?? '';
  return (
    error.severity === 'FATAL' ||
    error.severity === 'PANIC' ||
    code.startsWith('08') ||
    code.startsWith('57P') ||
    code === '40001'
  );
}

export class StandbyPool extends pg.Pool {
  constructor(config: pg.PoolConfig, primary: pg.Pool) {
    super(config);
    const query = this.query.bind(this) as (...args: unknown[]) => unknown;
    const onPrimary = primary.query.bind(primary) as (...args: unknown[]) => unknown;
    // The repositories call query(text, values) and await it; a callback form is passed through.
    this.query = ((...args: unknown[]) => {
      const result = query(...args);
      return result instanceof Promise
        ? result.catch((error: unknown) => {
            if (!standbyFailed(error)) throw error;
            return onPrimary(...args);
          })
        : result;
    }) as pg.Pool['query'];
  }
}
