/**
 * The stage data of an application (migration 0011: `application_facts`, one row per registered
 * application; `application_steps`, one row per finished step), derived from its state here and
 * written by the save's own statement. Until migration 0022 a PL/pgSQL trigger derived them from
 * the stored JSON on every save that changed them: 0.73 ms of a 1.77 ms submission statement,
 * reading the whole state again (docs/architecture.md, "Figures of the write path"). From the
 * previous state and the next one, only what changed is written: most commands write none.
 *
 * The state is opaque to the store: a field that is not what the engine writes (not an ISO
 * instant, steps not an array) is read as absent, as the trigger read it, so it never makes a
 * save fail. `rebuild_stage_data()` (migration 0011) derives the same rows in SQL, for a backfill.
 */

/** An ISO 8601 instant as the engine writes it (`ruqsat_instant` of migration 0011). */
const isoInstant = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d(:?\d\d)?)$/;

export interface StageFacts {
  deadlineAt: string | null;
  finishedAt: string | null;
  decision: string | null;
  groundIds: string[];
}

export interface StageStep {
  /** The step's place in the state's steps, from 1. */
  n: number;
  stepId: string;
  role: string | null;
  startedAt: string;
  doneAt: string;
  dueAt: string | null;
  onTime: boolean | null;
}

/** What one save writes; `registeredAt` null: not registered, nothing to write. */
export interface StageWrite {
  registeredAt: string | null;
  /** The facts row to insert or update, or null when it is as the previous state left it. */
  facts: StageFacts | null;
  /** The registration instant changed: the rows filed under the old one go. */
  refiled: boolean;
  /** The steps finished since the previous state. */
  steps: StageStep[];
}

type Json = Record<string, unknown>;

const object = (v: unknown): Json | null =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : null;
const instant = (v: unknown): string | null => (typeof v === 'string' && isoInstant.test(v) ? v : null);
const text = (v: unknown): string | null =>
  v === null || v === undefined ? null : typeof v === 'string' ? v : JSON.stringify(v);

function registeredAt(state: Json | null): string | null {
  return instant(object(state?.['registration'])?.['registeredAt']);
}

function factsOf(state: Json): StageFacts {
  const decision = object(state['decision']);
  const grounds = decision?.['groundIds'];
  return {
    deadlineAt: instant(object(state['deadline'])?.['at']),
    finishedAt: instant(object(state['issued'])?.['at'] ?? decision?.['at']),
    decision: text(decision?.['kind']),
    groundIds: Array.isArray(grounds) ? grounds.map((g) => text(g) ?? '') : [],
  };
}

function finishedSteps(state: Json | null): StageStep[] {
  const steps = state?.['steps'];
  if (!Array.isArray(steps)) return [];
  return steps.flatMap((v: unknown, i): StageStep[] => {
    const s = object(v);
    const stepId = text(s?.['stepId']);
    const startedAt = instant(s?.['startedAt']);
    const doneAt = instant(s?.['doneAt']);
    if (s === null || stepId === null || startedAt === null || doneAt === null) return [];
    const onTime = s['onTime'];
    return [
      {
        n: i + 1,
        stepId,
        role: text(s['role']),
        startedAt,
        doneAt,
        dueAt: instant(object(s['due'])?.['at']),
        onTime: typeof onTime === 'boolean' ? onTime : null,
      },
    ];
  });
}

const sameFacts = (a: StageFacts, b: StageFacts) =>
  a.deadlineAt === b.deadlineAt &&
  a.finishedAt === b.finishedAt &&
  a.decision === b.decision &&
  a.groundIds.join('\u0000') === b.groundIds.join('\u0000');

/**
 * The stage data a save writes, from the state before it (null: a new application, or unknown)
 * and after it, with the status before and after (the facts hold the status).
 */
export function stageWrite(
  previous: { state: unknown; status: string } | null,
  next: { state: unknown; status: string },
): StageWrite {
  const after = object(next.state);
  const reg = registeredAt(after);
  if (after === null || reg === null) return { registeredAt: null, facts: null, refiled: false, steps: [] };
  const before = object(previous?.state);
  const regBefore = registeredAt(before);
  const refiled = regBefore !== null && regBefore !== reg;
  const facts = factsOf(after);
  const unchanged =
    before !== null &&
    regBefore === reg &&
    previous?.status === next.status &&
    sameFacts(facts, factsOf(before));
  // Steps finished before the registration were not filed then: they are now.
  const filed = refiled || regBefore === null ? [] : finishedSteps(before);
  const done = new Set(filed.map((s) => `${s.n}\u0000${s.stepId}`));
  return {
    registeredAt: reg,
    facts: unchanged ? null : facts,
    refiled,
    steps: finishedSteps(after).filter((s) => !done.has(`${s.n}\u0000${s.stepId}`)),
  };
}

/** The 13 parameters of `stageCtes`, in its order. */
export function stageParams(w: StageWrite): unknown[] {
  const col = <K extends keyof StageStep>(k: K) => w.steps.map((s) => s[k]);
  return [
    w.registeredAt,
    w.facts !== null,
    w.facts?.deadlineAt ?? null,
    w.facts?.finishedAt ?? null,
    w.facts?.decision ?? null,
    w.facts?.groundIds ?? [],
    col('n'),
    col('stepId'),
    col('role'),
    col('startedAt'),
    col('doneAt'),
    col('dueAt'),
    col('onTime'),
  ];
}

/**
 * The statement's parts that write a StageWrite's facts and steps, after a CTE `saved` (the saved
 * row's id, absent when nothing was saved): `p(k)` is the k-th parameter of `stageParams` in the
 * statement's numbering; `summary` names the parameters holding the row's service, provider and
 * status. Moving a registration (`refiled`) is the caller's: the delete by "another registration
 * instant" cannot be pruned to one partition, and planned over every partition of both tables it
 * made each command's plan cost 1.6 ms to make; a command never moves a registration.
 */
export function stageCtes(
  p: (k: number) => string,
  summary: { service: string; provider: string; status: string },
): string {
  const reg = `${p(1)}::timestamptz`;
  return `
    facts AS (
      INSERT INTO application_facts AS f
        (application_id, service_id, provider_id, status, registered_at, deadline_at, finished_at, decision, ground_ids)
      SELECT saved.id, ${summary.service}, ${summary.provider}, ${summary.status}, ${reg},
             ${p(3)}::timestamptz, ${p(4)}::timestamptz, ${p(5)}::text, ${p(6)}::text[]
      FROM saved WHERE ${p(2)}::boolean
      ON CONFLICT (application_id, registered_at) DO UPDATE SET
        service_id = EXCLUDED.service_id, provider_id = EXCLUDED.provider_id, status = EXCLUDED.status,
        deadline_at = EXCLUDED.deadline_at, finished_at = EXCLUDED.finished_at, decision = EXCLUDED.decision,
        ground_ids = EXCLUDED.ground_ids
    ), steps AS (
      INSERT INTO application_steps
        (application_id, n, service_id, provider_id, registered_at, step_id, role, started_at, done_at, due_at, on_time)
      SELECT saved.id, s.n, ${summary.service}, ${summary.provider}, ${reg}, s.step_id, s.role, s.started_at,
             s.done_at, s.due_at, s.on_time
      FROM saved, unnest(${p(7)}::integer[], ${p(8)}::text[], ${p(9)}::text[], ${p(10)}::timestamptz[],
                         ${p(11)}::timestamptz[], ${p(12)}::timestamptz[], ${p(13)}::boolean[])
        AS s (n, step_id, role, started_at, done_at, due_at, on_time)
      ON CONFLICT (application_id, registered_at, n) DO NOTHING
    )`;
}
