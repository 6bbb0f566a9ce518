-- National scale (issue 17: 10 million applications, 1 million permits; bench/scale.bench.ts).
-- 1. The stage-data tables of migration 0011 partitioned by registration year, so the indicators
--    of a year, a quarter or a month read that year's rows, not every year's: their time stays
--    the time of one year's applications however many years the database holds.
-- 2. The documents of a permit by index: the public lookup by number read the whole documents table.
-- 3. The work queue's index in the queue's own order (due, then id), and the submissions awaiting
--    registration in theirs, so the 500 soonest are read off the indexes and no provider's whole
--    queue is sorted.

-- 1. Derived data (rebuildable from applications.state): dropped and rebuilt partitioned.
DROP TABLE application_facts, application_steps;

CREATE TABLE application_facts (
  application_id text NOT NULL,
  service_id text COLLATE "C" NOT NULL,
  provider_id text COLLATE "C" NOT NULL,
  status text COLLATE "C" NOT NULL,
  registered_at timestamptz NOT NULL,
  deadline_at timestamptz,
  finished_at timestamptz,
  decision text COLLATE "C",
  ground_ids text[] NOT NULL DEFAULT '{}',
  PRIMARY KEY (application_id, registered_at)
) PARTITION BY RANGE (registered_at);
COMMENT ON TABLE application_facts IS
  'One row per registered application: what the indicators need from its state (registration instant, result deadline, when it finished = issued.at or else decision.at, the decision and its refusal grounds). Kept by the trigger application_stage_data on applications; derived, rebuildable from applications.state. Partitioned by registration year (UTC+5); the key holds registered_at because a partitioned table''s unique keys must.';
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
  PRIMARY KEY (application_id, registered_at, n)
) PARTITION BY RANGE (registered_at);
COMMENT ON TABLE application_steps IS
  'The stage data of every finished step (seed 000 p. 14 monitoring feed): the n-th entry of the state''s steps, who did it, when it started, was due and was done, and whether on time. Appended by the trigger application_stage_data when a step is done; derived, rebuildable from applications.state. Partitioned by the application''s registration year (UTC+5).';
CREATE INDEX application_steps_by_step ON application_steps (service_id, step_id)
  INCLUDE (provider_id, registered_at, hours, norm_hours, on_time);

-- One partition per year from 2020 to 2040, bounded at midnight in Kazakhstan (UTC+5) as the
-- indicators' periods are; anything outside goes to the default partition (a later migration
-- adds years before 2040, moving their rows out of it).
DO $$
BEGIN
  FOR y IN 2020..2040 LOOP
    EXECUTE format(
      'CREATE TABLE application_facts_%s PARTITION OF application_facts FOR VALUES FROM (%L) TO (%L)',
      y, y || '-01-01 00:00:00+05', y + 1 || '-01-01 00:00:00+05');
    EXECUTE format(
      'CREATE TABLE application_steps_%s PARTITION OF application_steps FOR VALUES FROM (%L) TO (%L)',
      y, y || '-01-01 00:00:00+05', y + 1 || '-01-01 00:00:00+05');
  END LOOP;
END
$$;
CREATE TABLE application_facts_other PARTITION OF application_facts DEFAULT;
CREATE TABLE application_steps_other PARTITION OF application_steps DEFAULT;

-- The conflict targets now hold registered_at. An application's registration instant is set
-- once; should a state ever carry another, the rows of the old one are removed first.
CREATE OR REPLACE FUNCTION application_stage_data() RETURNS trigger
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
  IF TG_OP = 'UPDATE' AND OLD.state->'registration' IS DISTINCT FROM st->'registration' THEN
    DELETE FROM application_facts WHERE application_id = NEW.id AND registered_at <> reg;
    DELETE FROM application_steps WHERE application_id = NEW.id AND registered_at <> reg;
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
  ON CONFLICT (application_id, registered_at) DO UPDATE SET
    service_id = EXCLUDED.service_id, provider_id = EXCLUDED.provider_id, status = EXCLUDED.status,
    deadline_at = EXCLUDED.deadline_at, finished_at = EXCLUDED.finished_at, decision = EXCLUDED.decision,
    ground_ids = EXCLUDED.ground_ids
  WHERE (f.service_id, f.provider_id, f.status, f.deadline_at, f.finished_at, f.decision, f.ground_ids)
    IS DISTINCT FROM
    (EXCLUDED.service_id, EXCLUDED.provider_id, EXCLUDED.status, EXCLUDED.deadline_at,
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
    ON CONFLICT (application_id, registered_at, n) DO NOTHING;
  END IF;
  RETURN NULL;
END
$$;

SELECT rebuild_stage_data();

-- 2. GET /p/<number> and /public/permits/<number> list the permit's documents, newest first.
CREATE INDEX documents_permit ON documents (permit_number, signed_at DESC, id) WHERE permit_number IS NOT NULL;

-- 3. The queue's order is (queue_due, id): with id in the index, the soonest 500 of a role are
-- the index's first 500 entries; the submissions awaiting registration (no step yet, so no
-- queue_due) are a provider's few rows in id order.
DROP INDEX applications_queue;
CREATE INDEX applications_queue ON applications (provider_id, queue_role, queue_due, id) WHERE queue_role IS NOT NULL;
CREATE INDEX applications_awaiting_registration ON applications (provider_id, queue_due, id) WHERE status = 'submitted';
