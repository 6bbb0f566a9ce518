/**
 * The officials' work queue as one named query: the applications of a provider whose current
 * unfinished step is the role's (the generated columns `queue_role`, `queue_due` of migration
 * 0005, indexed on (provider_id, queue_role, queue_due)), plus — for the registering roles —
 * submissions waiting for registration, soonest due first. Replaces reading every application
 * of the provider in memory.
 */
import type pg from 'pg';
import { toApplication, type ApplicationDbRow } from './application-row.ts';
import type { ApplicationRow } from './store.ts';

export const workQueueSql = `
  SELECT id, version, state, service_id, provider_id, status, applicant_id, updated_at, queue_due
  FROM (
    SELECT * FROM applications WHERE provider_id = $1 AND queue_role = $2
    UNION ALL
    SELECT * FROM applications
    WHERE $3::boolean AND provider_id = $1 AND status = 'submitted' AND queue_role IS DISTINCT FROM $2
  ) AS q
  WHERE $5::text IS NULL
     OR NOT EXISTS (SELECT 1 FROM application_units u WHERE u.application_id = q.id AND u.unit_id <> $5)
  ORDER BY queue_due NULLS LAST, id
  LIMIT $4`;

export interface WorkQueueQuery {
  providerId: string;
  role: string;
  registering: boolean;
  limit?: number;
  unitId?: string;
}

/**
 * The queue of `role` at `providerId`; `registering` adds submissions awaiting registration.
 * With `unitId`, applications addressed to another territorial unit (`application_units`,
 * migration 0008) are left out.
 */
export async function findWorkQueue(pool: pg.Pool, query: WorkQueueQuery): Promise<ApplicationRow[]> {
  const { rows } = await pool.query<ApplicationDbRow>(workQueueSql, [
    query.providerId,
    query.role,
    query.registering,
    query.limit ?? 500,
    query.unitId ?? null,
  ]);
  return rows.map(toApplication);
}

/** The work queue of one database, for the platform's repositories. */
export class WorkQueueRepository {
  constructor(private readonly pool: pg.Pool) {}

  find(query: WorkQueueQuery): Promise<ApplicationRow[]> {
    return findWorkQueue(this.pool, query);
  }
}
