/**
 * Complaints (`complaints` and their events `complaint_events`, migration 0004): the state row
 * and its events written in one transaction, the row updated only from the version read — of
 * two officials deciding at once, one wins and the other gets `store.conflict` with nothing
 * written. What a complaint command does: src/appeals/complaint.ts.
 */
import type pg from 'pg';
import type { ComplaintState, RecordedComplaintEvent } from '../appeals/complaint.ts';
import { ConflictError } from './store.ts';
import { withTransaction } from './transaction.ts';

export interface ComplaintFilter {
  applicationId?: string;
  providerId?: string;
  status?: string;
}

export class ComplaintRepository {
  constructor(private readonly pool: pg.Pool) {}

  /**
   * Reads the complaint (null when new), lets `change` compute the new state and its events,
   * and writes both; ConflictError when another writer moved the complaint meanwhile.
   * `serviceId` is recorded when the complaint is created.
   */
  change<R extends { state: ComplaintState; events: RecordedComplaintEvent[] }>(
    complaintId: string,
    serviceId: string | null,
    change: (before: ComplaintState | null) => R,
  ): Promise<R> {
    return withTransaction(this.pool, async (client) => {
      const current = await client.query<{ state: ComplaintState }>(
        'SELECT state FROM complaints WHERE id = $1',
        [complaintId],
      );
      const before = current.rows[0]?.state ?? null;
      const result = change(before);
      const { state, events } = result;
      if (before === null) {
        await client.query(
          `INSERT INTO complaints (id, application_id, provider_id, service_id, version, status, state)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [state.id, state.applicationId, state.providerId, serviceId, state.version, state.status, state],
        );
      } else {
        const updated = await client.query(
          `UPDATE complaints SET version = $2, status = $3, state = $4, updated_at = now()
           WHERE id = $1 AND version = $5`,
          [complaintId, state.version, state.status, state, before.version],
        );
        if (updated.rowCount !== 1) throw new ConflictError(complaintId, before.version);
      }
      for (const [i, e] of events.entries()) {
        const { type, at, ...data } = e;
        await client.query(
          'INSERT INTO complaint_events (complaint_id, seq, type, at, data) VALUES ($1, $2, $3, $4, $5)',
          [state.id, (before?.version ?? 0) + i + 1, type, at, data],
        );
      }
      return result;
    });
  }

  /** The complaint with the service it is about (null when none), if there is one. */
  async find(id: string): Promise<{ state: ComplaintState; serviceId: string | null } | undefined> {
    const { rows } = await this.pool.query<{ state: ComplaintState; service_id: string | null }>(
      'SELECT state, service_id FROM complaints WHERE id = $1',
      [id],
    );
    const row = rows[0];
    return row === undefined ? undefined : { state: row.state, serviceId: row.service_id };
  }

  /** The complaints still open (under review or to forward), of one provider or all, by id. */
  async open(providerId?: string): Promise<ComplaintState[]> {
    const { rows } = await this.pool.query<{ state: ComplaintState }>(
      `SELECT state FROM complaints WHERE status IN ('under-review', 'to-forward') AND ($1::text IS NULL OR provider_id = $1)
       ORDER BY id`,
      [providerId ?? null],
    );
    return rows.map((r) => r.state);
  }

  /** Complaints about an application, or of a provider (every provider's for none), newest first; 500 at most. */
  async list(filter: ComplaintFilter): Promise<ComplaintState[]> {
    const { rows } = await this.pool.query<{ state: ComplaintState }>(
      `SELECT state FROM complaints
       WHERE ($1::text IS NULL OR application_id = $1) AND ($2::text IS NULL OR provider_id = $2)
         AND ($3::text IS NULL OR status = $3)
       ORDER BY state->>'filedOn' DESC, id LIMIT 500`,
      [filter.applicationId ?? null, filter.providerId ?? null, filter.status ?? null],
    );
    return rows.map((r) => r.state);
  }
}
