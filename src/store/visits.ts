/**
 * Visits to the office (`counter_visits`, migration 0018). The rules (times go forward, a call
 * before an end, the measures against the limits) are src/cases/visit.ts; this keeps the rows.
 * A change is written only from the version read, so of two clerks calling one ticket at once
 * one wins and the other gets `store.conflict` with nothing written.
 */
import type pg from 'pg';
import type { Visit } from '../cases/visit.ts';
import { AppError } from '../errors/app-error.ts';

interface VisitRow {
  id: string;
  provider_id: string;
  unit_id: string | null;
  service_id: string;
  case_id: string | null;
  ticket: number;
  arrived_at: Date;
  called_at: Date | null;
  called_by: string | null;
  ended_at: Date | null;
  ended_by: string | null;
  application_id: string | null;
  wait_limit_ms: number | null;
  wait_limit_source: string | null;
  service_limit_ms: number | null;
  service_limit_source: string | null;
  version: number;
}

const COLUMNS = `id, provider_id, unit_id, service_id, case_id, ticket, arrived_at, called_at, called_by,
  ended_at, ended_by, application_id, wait_limit_ms, wait_limit_source, service_limit_ms,
  service_limit_source, version`;

const limit = (ms: number | null, source: string | null) =>
  ms === null || source === null ? null : { ms, source };

const visitOf = (r: VisitRow): Visit => ({
  id: r.id,
  providerId: r.provider_id,
  unitId: r.unit_id,
  serviceId: r.service_id,
  caseId: r.case_id,
  ticket: r.ticket,
  arrivedAt: r.arrived_at.toISOString(),
  calledAt: r.called_at?.toISOString() ?? null,
  calledBy: r.called_by,
  endedAt: r.ended_at?.toISOString() ?? null,
  endedBy: r.ended_by,
  applicationId: r.application_id,
  limits: {
    wait: limit(r.wait_limit_ms, r.wait_limit_source),
    service: limit(r.service_limit_ms, r.service_limit_source),
  },
  version: r.version,
});

/** The local day (Kazakhstan, UTC+5) an instant falls on: tickets are numbered per office and day. */
export const localDay = (at: Date): string =>
  new Date(at.getTime() + 5 * 3_600_000).toISOString().slice(0, 10);

/** Tries to take the next ticket number this many times when two arrivals race for it. */
const TICKET_TRIES = 5;

export class VisitRepository {
  constructor(private readonly pool: pg.Pool) {}

  /**
   * Records an arrival with the next ticket number of its office and day. An arrival already
   * recorded under the same id (a retried request) is answered as it was, with no second ticket.
   */
  async arrive(v: Omit<Visit, 'ticket' | 'version'>): Promise<Visit> {
    for (let attempt = 1; ; attempt++) {
      try {
        const { rows } = await this.pool.query<VisitRow>(
          `INSERT INTO counter_visits (id, provider_id, unit_id, service_id, case_id, day, ticket, arrived_at,
             wait_limit_ms, wait_limit_source, service_limit_ms, service_limit_source)
           SELECT $1, $2, $3, $4, $5, $6::date,
             coalesce((SELECT max(ticket) FROM counter_visits WHERE provider_id = $2
                         AND coalesce(unit_id, '') = coalesce($3, '') AND day = $6::date), 0) + 1,
             $7, $8, $9, $10, $11
           ON CONFLICT (id) DO NOTHING
           RETURNING ${COLUMNS}`,
          [
            v.id,
            v.providerId,
            v.unitId,
            v.serviceId,
            v.caseId,
            localDay(new Date(v.arrivedAt)),
            v.arrivedAt,
            v.limits.wait?.ms ?? null,
            v.limits.wait?.source ?? null,
            v.limits.service?.ms ?? null,
            v.limits.service?.source ?? null,
          ],
        );
        const row = rows[0];
        if (row !== undefined) return visitOf(row);
        const recorded = await this.find(v.id);
        if (recorded === undefined) throw new Error(`visit ${v.id} neither inserted nor found`);
        return recorded;
      } catch (error) {
        const unique =
          (error as { code?: string; constraint?: string }).constraint === 'counter_visits_ticket';
        if (!unique || attempt >= TICKET_TRIES) throw error;
      }
    }
  }

  async find(id: string): Promise<Visit | undefined> {
    const { rows } = await this.pool.query<VisitRow>(`SELECT ${COLUMNS} FROM counter_visits WHERE id = $1`, [
      id,
    ]);
    return rows[0] === undefined ? undefined : visitOf(rows[0]);
  }

  /** The visit during which the application was registered, if any. */
  async findByApplication(applicationId: string): Promise<Visit | undefined> {
    const { rows } = await this.pool.query<VisitRow>(
      `SELECT ${COLUMNS} FROM counter_visits WHERE application_id = $1 ORDER BY ended_at DESC LIMIT 1`,
      [applicationId],
    );
    return rows[0] === undefined ? undefined : visitOf(rows[0]);
  }

  /**
   * The visits not yet ended at the provider, in one unit (`unitId` a string), in the offices
   * without a unit (`null`), or in every office (`undefined`: an official of the whole provider).
   */
  async open(providerId: string, unitId: string | null | undefined): Promise<Visit[]> {
    const { rows } = await this.pool.query<VisitRow>(
      `SELECT ${COLUMNS} FROM counter_visits
       WHERE provider_id = $1 AND ended_at IS NULL
         AND ($2::boolean OR coalesce(unit_id, '') = coalesce($3, ''))
       ORDER BY arrived_at, ticket LIMIT 500`,
      [providerId, unitId === undefined, unitId ?? null],
    );
    return rows.map(visitOf);
  }

  /** Writes a call or an end, only from the version read; `store.conflict` otherwise. */
  async save(v: Visit): Promise<Visit> {
    const { rows } = await this.pool.query<VisitRow>(
      `UPDATE counter_visits SET called_at = $3, called_by = $4, ended_at = $5, ended_by = $6,
         application_id = $7, version = version + 1
       WHERE id = $1 AND version = $2
       RETURNING ${COLUMNS}`,
      [v.id, v.version, v.calledAt, v.calledBy, v.endedAt, v.endedBy, v.applicationId],
    );
    const row = rows[0];
    if (row !== undefined) return visitOf(row);
    // Another official moved it first: say what it is now.
    const now = await this.find(v.id);
    const status =
      now === undefined
        ? 'unknown'
        : now.endedAt !== null
          ? 'ended'
          : now.calledAt !== null
            ? 'serving'
            : 'waiting';
    throw new AppError('cases.visit_wrong_state', `visit ${v.id} is no longer at version ${v.version}`, {
      status,
    });
  }
}
