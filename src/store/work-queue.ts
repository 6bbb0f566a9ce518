/**
 * The officials' work queue as one named query: the applications of a provider whose current
 * unfinished step is the role's (the generated columns `queue_role`, `queue_due` of migration
 * 0005), plus — for the registering roles — submissions waiting for registration, soonest due
 * first. Each branch reads its index in the queue's order (`applications_queue` and
 * `applications_awaiting_registration`, migration 0016) and stops at the limit, so a provider
 * with thousands of open cases is not sorted whole on every look at the queue (at 10 million
 * applications, docs/store.md).
 */
import type pg from 'pg';
import { toApplication, type ApplicationDbRow } from './application-row.ts';
import type { ApplicationRow } from './store.ts';

/**
 * Each row's `state` is the column `queue_card` (migration 0021): the state's shape with only what
 * GET /official/queue shows, written with the state, so the queue reads no state (500 whole states
 * took 122–192 ms to detoast at 3.5 million applications, docs/store.md).
 */
const columns =
  'id, version, queue_card AS state, service_id, provider_id, status, applicant_id, updated_at, queue_due';

/**
 * The query, with or without the unit filter: written out rather than `$5 IS NULL OR …`, which
 * PostgreSQL plans as a hash of every other unit's rows instead of one probe per candidate.
 */
export const workQueueSql = (unit: boolean): string => {
  const ofUnit = unit
    ? 'AND NOT EXISTS (SELECT 1 FROM application_units u WHERE u.application_id = a.id AND u.unit_id <> $5)'
    : '';
  return `
  SELECT * FROM (
    (SELECT ${columns} FROM applications a
     WHERE provider_id = $1 AND queue_role = $2 ${ofUnit}
     ORDER BY queue_due, id LIMIT $4)
    UNION ALL
    (SELECT ${columns} FROM applications a
     WHERE $3::boolean AND provider_id = $1 AND status = 'submitted' AND queue_role IS DISTINCT FROM $2 ${ofUnit}
     ORDER BY queue_due, id LIMIT $4)
  ) AS q
  ORDER BY queue_due NULLS LAST, id
  LIMIT $4`;
};

export interface WorkQueueQuery {
  providerId: string;
  role: string;
  registering: boolean;
  limit?: number;
  unitId?: string;
}

/**
 * The queue of `role` at `providerId`; `registering` adds submissions awaiting registration.
 * Each row's `state` holds only what the queue shows (`queue_card`).
 * With `unitId`, applications addressed to another territorial unit (`application_units`,
 * migration 0008) are left out.
 */
export async function findWorkQueue(pool: pg.Pool, query: WorkQueueQuery): Promise<ApplicationRow[]> {
  const params = [query.providerId, query.role, query.registering, query.limit ?? 500];
  const { rows } = await pool.query<ApplicationDbRow>(
    workQueueSql(query.unitId !== undefined),
    query.unitId === undefined ? params : [...params, query.unitId],
  );
  return rows.map(toApplication);
}

/** The work queue of one database, for the platform's repositories. */
export class WorkQueueRepository {
  constructor(private readonly pool: pg.Pool) {}

  find(query: WorkQueueQuery): Promise<ApplicationRow[]> {
    return findWorkQueue(this.pool, query);
  }
}
