/**
 * Runtime settings (`settings`, and their history `settings_changes`, migration 0008) as JSON
 * values by key. What the keys are and their defaults: src/server/admin-settings.ts.
 */
import type pg from 'pg';
import { withTransaction } from './transaction.ts';

export interface SettingChange {
  key: string;
  by: string;
  at: Date;
}

export class SettingsRepository {
  constructor(private readonly pool: pg.Pool) {}

  /** The stored values of these keys (keys never set are absent). */
  async values(keys: readonly string[]): Promise<Map<string, unknown>> {
    const { rows } = await this.pool.query<{ key: string; value: unknown }>(
      'SELECT key, value FROM settings WHERE key = ANY($1)',
      [keys],
    );
    return new Map(rows.map((r) => [r.key, r.value]));
  }

  /** Who last set each of these keys and when, by key. */
  async lastChanges(keys: readonly string[]): Promise<SettingChange[]> {
    const { rows } = await this.pool.query<{ key: string; updated_by: string; updated_at: Date }>(
      'SELECT key, updated_by, updated_at FROM settings WHERE key = ANY($1) ORDER BY key',
      [keys],
    );
    return rows.map((r) => ({ key: r.key, by: r.updated_by, at: r.updated_at }));
  }

  /** Every value the key was ever set to, the latest first. */
  async history(key: string): Promise<unknown[]> {
    const { rows } = await this.pool.query<{ value: unknown }>(
      'SELECT value FROM settings_changes WHERE key = $1 ORDER BY id DESC',
      [key],
    );
    return rows.map((r) => r.value);
  }

  /** Sets the values and records each change, all or nothing. */
  put(values: Record<string, unknown>, by: string, at: Date): Promise<void> {
    return withTransaction(this.pool, async (client) => {
      for (const [key, value] of Object.entries(values))
        await client.query(
          `INSERT INTO settings (key, value, updated_by, updated_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT (key) DO UPDATE SET value = $2, updated_by = $3, updated_at = $4`,
          [key, JSON.stringify(value), by, at],
        );
      for (const [key, value] of Object.entries(values))
        await client.query(
          'INSERT INTO settings_changes (key, value, changed_by, changed_at) VALUES ($1, $2, $3, $4)',
          [key, JSON.stringify(value), by, at],
        );
    });
  }
}
