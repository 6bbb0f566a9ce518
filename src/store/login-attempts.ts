/**
 * Login attempts counted per key within a window (`login_attempts`, migration 0015): one
 * statement increments a key or starts its window again, so concurrent attempts on any server
 * process all count. src/server/login-limits.ts names the keys and sets the limits.
 */
import type pg from 'pg';

/** How long a row is kept after its window ended. */
const SWEEP_AFTER_MS = 86_400_000;

export interface AttemptCount {
  key: string;
  attempts: number;
  /** When the count starts again. */
  windowEnd: Date;
}

export class LoginAttemptRepository {
  constructor(private readonly pool: pg.Pool) {}

  /** Counts one attempt against each key (a window of `windowMs` from the first); returns the counts. */
  async count(keys: string[], windowMs: number, now: Date): Promise<AttemptCount[]> {
    await this.pool.query('DELETE FROM login_attempts WHERE window_end < $1', [
      new Date(now.getTime() - SWEEP_AFTER_MS),
    ]);
    const end = new Date(now.getTime() + windowMs);
    const { rows } = await this.pool.query<{ key: string; attempts: number; window_end: Date }>(
      `INSERT INTO login_attempts AS a (key, attempts, window_start, window_end)
       SELECT k, 1, $2, $3 FROM unnest($1::text[]) AS k
       ON CONFLICT (key) DO UPDATE SET
         attempts = CASE WHEN a.window_end <= $2 THEN 1 ELSE a.attempts + 1 END,
         window_start = CASE WHEN a.window_end <= $2 THEN $2 ELSE a.window_start END,
         window_end = CASE WHEN a.window_end <= $2 THEN $3 ELSE a.window_end END
       RETURNING key, attempts, window_end`,
      [keys, now, end],
    );
    return rows.map((r) => ({ key: r.key, attempts: r.attempts, windowEnd: r.window_end }));
  }

  /** Takes one attempt back from each key (one that turned out legitimate). */
  async forgive(keys: string[]): Promise<void> {
    await this.pool.query(
      'UPDATE login_attempts SET attempts = attempts - 1 WHERE key = ANY($1) AND attempts > 0',
      [keys],
    );
  }

  /** Forgets the keys' counts. */
  async clear(keys: string[]): Promise<void> {
    await this.pool.query('DELETE FROM login_attempts WHERE key = ANY($1)', [keys]);
  }
}
