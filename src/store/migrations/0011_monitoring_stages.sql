-- The stage data of every application (the monitoring feed of seed 000 p. 14) as tables, so
-- the quality indicators (src/monitoring/indicators.ts) are plain SQL aggregates over narrow
-- rows instead of a walk through every application's jsonb state. Written by a trigger on
-- applications, in the same statement that saves a command's state (commitCommand and
-- saveApplication alike): never out of step with the state, nothing for the engine to call.
-- Derived data: a row here can always be rebuilt from applications.state (as the backfill below does).

-- An ISO 8601 instant as the engine writes it (toISOString), or NULL for anything else, so a
-- malformed value in a state never makes a command fail.
CREATE FUNCTION ruqsat_instant(t text) RETURNS timestamptz
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN t ~ '^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d(:?\d\d)?)$' THEN t::timestamptz END
$$;

CREATE TABLE application_facts (
  application_id text PRIMARY KEY,
  service_id text COLLATE "C" NOT NULL,
  provider_id text COLLATE "C" NOT NULL,
  status text COLLATE "C" NOT NULL,
  registered_at timestamptz NOT NULL,
  deadline_at timestamptz,
  finished_at timestamptz,
  decision text COLLATE "C",
  ground_ids text[] NOT NULL DEFAULT '{}'
);
COMMENT ON TABLE application_facts IS
  'One row per registered application: what the indicators need from its state (registration instant, result deadline, when it finished = issued.at or else decision.at, the decision and its refusal grounds). Kept by the trigger application_stage_data on applications; derived, rebuildable from applications.state.';
-- No index on registered_at: a period of a year reads the table whole anyway, and every
-- index here is one more write on each registration (engine.submit).
-- Refusals by ground read only the refused applications.
CREATE INDEX application_facts_refusals ON application_facts (registered_at)
  INCLUDE (service_id, provider_id, ground_ids) WHERE decision = 'refuse';

CREATE TABLE application_steps (
  application_id text NOT NULL,
  n integer NOT NULL,
  service_id text COLLATE "C" NOT NULL,
  provider_id text COLLATE "C" NOT NULL,
  registered_at timestamptz NOT NULL,
  step_id text COLLATE "C" NOT NULL,
  role text,
  started_at timestamptz NOT NULL,
  done_at timestamptz NOT NULL,
  due_at timestamptz,
  on_time boolean,
  hours float8 GENERATED ALWAYS AS (extract(epoch FROM done_at - started_at)::float8 / 3600) STORED,
  norm_hours float8 GENERATED ALWAYS AS (extract(epoch FROM due_at - started_at)::float8 / 3600) STORED,
  PRIMARY KEY (application_id, n)
);
COMMENT ON TABLE application_steps IS
  'The stage data of every finished step (seed 000 p. 14 monitoring feed): the n-th entry of the state''s steps, who did it, when it started, was due and was done, and whether on time. Appended by the trigger application_stage_data when a step is done; derived, rebuildable from applications.state.';
-- The per-step indicators read this index alone, in group order: no sort of the rows by step
-- before the aggregates (the 90th percentile still sorts each step's hours).
CREATE INDEX application_steps_by_step ON application_steps (service_id, step_id)
  INCLUDE (provider_id, registered_at, hours, norm_hours, on_time);

CREATE FUNCTION application_stage_data() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  -- Read once: a variable holds the state detoasted, so the many lookups below do not each
  -- decompress the whole document again.
  st jsonb := NEW.state;
  reg timestamptz;
BEGIN
  reg := ruqsat_instant(st->'registration'->>'registeredAt');
  IF reg IS NULL THEN
    RETURN NULL;
  END IF;
  INSERT INTO application_facts AS f
    (application_id, service_id, provider_id, status, registered_at, deadline_at, finished_at, decision, ground_ids)
  VALUES (
    NEW.id, NEW.service_id, NEW.provider_id, NEW.status, reg,
    ruqsat_instant(st->'deadline'->>'at'),
    ruqsat_instant(coalesce(st->'issued'->>'at', st->'decision'->>'at')),
    st->'decision'->>'kind',
    CASE WHEN jsonb_typeof(st->'decision'->'groundIds') = 'array'
      THEN ARRAY(SELECT jsonb_array_elements_text(st->'decision'->'groundIds')) ELSE '{}'::text[] END)
  ON CONFLICT (application_id) DO UPDATE SET
    service_id = EXCLUDED.service_id, provider_id = EXCLUDED.provider_id, status = EXCLUDED.status,
    registered_at = EXCLUDED.registered_at, deadline_at = EXCLUDED.deadline_at,
    finished_at = EXCLUDED.finished_at, decision = EXCLUDED.decision, ground_ids = EXCLUDED.ground_ids
  WHERE (f.service_id, f.provider_id, f.status, f.registered_at, f.deadline_at, f.finished_at, f.decision, f.ground_ids)
    IS DISTINCT FROM
    (EXCLUDED.service_id, EXCLUDED.provider_id, EXCLUDED.status, EXCLUDED.registered_at, EXCLUDED.deadline_at,
     EXCLUDED.finished_at, EXCLUDED.decision, EXCLUDED.ground_ids);
  -- A finished step has its doneAt; the ones already recorded stay as they are.
  IF jsonb_typeof(st->'steps') = 'array' AND st->'steps' @? '$[*] ? (@.doneAt != null)' THEN
    INSERT INTO application_steps
      (application_id, n, service_id, provider_id, registered_at, step_id, role, started_at, done_at, due_at, on_time)
    SELECT NEW.id, s.n, NEW.service_id, NEW.provider_id, reg, s.v->>'stepId', s.v->>'role',
           ruqsat_instant(s.v->>'startedAt'), ruqsat_instant(s.v->>'doneAt'), ruqsat_instant(s.v->'due'->>'at'),
           CASE WHEN jsonb_typeof(s.v->'onTime') = 'boolean' THEN (s.v->>'onTime')::boolean END
    FROM jsonb_array_elements(st->'steps') WITH ORDINALITY AS s (v, n)
    WHERE s.v->>'stepId' IS NOT NULL
      AND ruqsat_instant(s.v->>'startedAt') IS NOT NULL
      AND ruqsat_instant(s.v->>'doneAt') IS NOT NULL
    ON CONFLICT (application_id, n) DO NOTHING;
  END IF;
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION application_stage_data() IS
  'Keeps application_facts and application_steps in step with applications.state, in the same statement as the save; the triggers call it only when a save changed a field they hold.';

-- Only saves that change what the tables hold run the function (the WHEN is checked without
-- entering PL/pgSQL): most commands change none of it.
CREATE TRIGGER application_stage_data_insert AFTER INSERT ON applications
  FOR EACH ROW WHEN (NEW.state ? 'registration' AND NEW.state->'registration' <> 'null')
  EXECUTE FUNCTION application_stage_data();
CREATE TRIGGER application_stage_data AFTER UPDATE ON applications
  FOR EACH ROW WHEN (
    NEW.state->'registration' <> 'null'
    AND (OLD.status IS DISTINCT FROM NEW.status
      OR OLD.state->'registration' IS DISTINCT FROM NEW.state->'registration'
      OR OLD.state->'deadline' IS DISTINCT FROM NEW.state->'deadline'
      OR OLD.state->'decision' IS DISTINCT FROM NEW.state->'decision'
      OR OLD.state->'issued' IS DISTINCT FROM NEW.state->'issued'
      OR OLD.state->'steps' IS DISTINCT FROM NEW.state->'steps'))
  EXECUTE FUNCTION application_stage_data();

-- Rebuilds both tables from applications.state, set-based: the backfill below, and a bulk load
-- made with the trigger disabled (bench/monitoring.bench.ts).
CREATE FUNCTION rebuild_stage_data() RETURNS void
LANGUAGE sql AS $$
TRUNCATE application_facts, application_steps;
INSERT INTO application_facts
  (application_id, service_id, provider_id, status, registered_at, deadline_at, finished_at, decision, ground_ids)
SELECT a.id, a.service_id, a.provider_id, a.status, ruqsat_instant(a.state->'registration'->>'registeredAt'),
       ruqsat_instant(a.state->'deadline'->>'at'),
       ruqsat_instant(coalesce(a.state->'issued'->>'at', a.state->'decision'->>'at')),
       a.state->'decision'->>'kind',
       CASE WHEN jsonb_typeof(a.state->'decision'->'groundIds') = 'array'
         THEN ARRAY(SELECT jsonb_array_elements_text(a.state->'decision'->'groundIds')) ELSE '{}'::text[] END
FROM applications a
WHERE ruqsat_instant(a.state->'registration'->>'registeredAt') IS NOT NULL;

INSERT INTO application_steps
  (application_id, n, service_id, provider_id, registered_at, step_id, role, started_at, done_at, due_at, on_time)
SELECT a.id, s.n, a.service_id, a.provider_id, ruqsat_instant(a.state->'registration'->>'registeredAt'),
       s.v->>'stepId', s.v->>'role', ruqsat_instant(s.v->>'startedAt'), ruqsat_instant(s.v->>'doneAt'),
       ruqsat_instant(s.v->'due'->>'at'),
       CASE WHEN jsonb_typeof(s.v->'onTime') = 'boolean' THEN (s.v->>'onTime')::boolean END
FROM applications a
  CROSS JOIN LATERAL jsonb_array_elements(
    CASE WHEN jsonb_typeof(a.state->'steps') = 'array' THEN a.state->'steps' ELSE '[]'::jsonb END
  ) WITH ORDINALITY AS s (v, n)
WHERE ruqsat_instant(a.state->'registration'->>'registeredAt') IS NOT NULL
  AND s.v->>'stepId' IS NOT NULL
  AND ruqsat_instant(s.v->>'startedAt') IS NOT NULL
  AND ruqsat_instant(s.v->>'doneAt') IS NOT NULL;
$$;

-- The applications already stored.
SELECT rebuild_stage_data();
