/**
 * Complaints kept in PostgreSQL (migration 0004): the state row and its events written in one
 * transaction, the row updated only from the version read — of two officials deciding at once,
 * one wins and the other gets `store.conflict` with nothing written.
 */
import { ConflictError, pgStoreOf, type Store } from '../store/index.ts';
import {
  overdue,
  runComplaint,
  type ComplaintCommand,
  type ComplaintContext,
  type ComplaintState,
  type OverdueFlag,
  type RecordedComplaintEvent,
} from './complaint.ts';

/** Runs a complaint command: the new state and the events it recorded. */
export async function executeComplaint(
  store: Store,
  complaintId: string,
  command: ComplaintCommand,
  ctx: ComplaintContext & { serviceId?: string | null },
): Promise<{ state: ComplaintState; events: RecordedComplaintEvent[] }> {
  const client = await pgStoreOf(store).pool.connect();
  try {
    await client.query('BEGIN');
    try {
      const current = await client.query<{ state: ComplaintState }>(
        'SELECT state FROM complaints WHERE id = $1',
        [complaintId],
      );
      const before = current.rows[0]?.state ?? null;
      const { state, events } = runComplaint(before, command, ctx);
      if (before === null) {
        await client.query(
          `INSERT INTO complaints (id, application_id, provider_id, service_id, version, status, state)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [
            state.id,
            state.applicationId,
            state.providerId,
            ctx.serviceId ?? null,
            state.version,
            state.status,
            state,
          ],
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
      await client.query('COMMIT');
      return { state, events };
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  } finally {
    client.release();
  }
}

export async function findComplaint(store: Store, id: string): Promise<ComplaintState | undefined> {
  const { rows } = await pgStoreOf(store).pool.query<{ state: ComplaintState }>(
    'SELECT state FROM complaints WHERE id = $1',
    [id],
  );
  return rows[0]?.state;
}

/** Complaints with something overdue today, for the supervisors' view. */
export async function overdueComplaints(
  store: Store,
  today: string,
  providerId?: string,
): Promise<{ complaint: ComplaintState; flags: OverdueFlag[] }[]> {
  const { rows } = await pgStoreOf(store).pool.query<{ state: ComplaintState }>(
    `SELECT state FROM complaints WHERE status IN ('under-review', 'to-forward') AND ($1::text IS NULL OR provider_id = $1)
     ORDER BY id`,
    [providerId ?? null],
  );
  return rows
    .map((r) => ({ complaint: r.state, flags: overdue(r.state, today) }))
    .filter((r) => r.flags.length > 0);
}

/** A complaint with the service it is about (whose catalog gives its terms), if there is one. */
export async function findComplaintWithService(
  store: Store,
  id: string,
): Promise<{ state: ComplaintState; serviceId: string | null } | undefined> {
  const { rows } = await pgStoreOf(store).pool.query<{ state: ComplaintState; service_id: string | null }>(
    'SELECT state, service_id FROM complaints WHERE id = $1',
    [id],
  );
  const row = rows[0];
  return row === undefined ? undefined : { state: row.state, serviceId: row.service_id };
}

/** Complaints about an application, or of a provider (every provider's for none), newest first. */
export async function listComplaints(
  store: Store,
  filter: { applicationId?: string; providerId?: string; status?: string },
): Promise<ComplaintState[]> {
  const { rows } = await pgStoreOf(store).pool.query<{ state: ComplaintState }>(
    `SELECT state FROM complaints
     WHERE ($1::text IS NULL OR application_id = $1) AND ($2::text IS NULL OR provider_id = $2)
       AND ($3::text IS NULL OR status = $3)
     ORDER BY state->>'filedOn' DESC, id LIMIT 500`,
    [filter.applicationId ?? null, filter.providerId ?? null, filter.status ?? null],
  );
  return rows.map((r) => r.state);
}
