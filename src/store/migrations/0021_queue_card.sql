-- Issue 17, the national-scale check: the work queue reads no state.
-- 1. What a queue entry shows (src/store/work-queue.ts), derived from the state by PostgreSQL on
--    every write like queue_role and queue_due (migration 0005), only for the rows a queue can
--    list: a queue of 500 read 500 whole states (4–8 kB each, compressed out of line) to show a
--    few fields of each, 122–192 ms at 3.5 million applications (docs/store.md).
-- 2. The cabinet's "once" probe (commitCommand's CTE `inboxed`) by application and kind: through
--    the recipient's index it read every message of the applicant, and an applicant with
--    thousands of applications made each submission slower (engine.submit, docs/architecture.md).

-- IMMUTABLE, as a generated column needs: jsonb_build_object is only STABLE because some argument
-- types print by the session's settings, but every argument here is jsonb.
CREATE FUNCTION ruqsat_queue_card(state jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN state->>'currentStepId' IS NOT NULL OR state->>'status' = 'submitted' THEN jsonb_build_object(
    'id', state->'id', 'serviceId', state->'serviceId', 'serviceVersion', state->'serviceVersion',
    'processId', state->'processId', 'status', state->'status', 'currentStepId', state->'currentStepId',
    'registration', CASE WHEN jsonb_typeof(state->'registration') = 'object'
      THEN jsonb_build_object('inboundNumber', state->'registration'->'inboundNumber') ELSE 'null' END,
    'applicant', jsonb_build_object('name', state->'applicant'->'name'),
    'deadline', CASE WHEN jsonb_typeof(state->'deadline') = 'object'
      THEN jsonb_build_object('at', state->'deadline'->'at') ELSE 'null' END,
    'steps', jsonb_path_query_array(state, '$.steps[*] ? (@.stepId == $.currentStepId && @.doneAt == null)')
      #- '{0,due,explanation}')
  END
$$;

ALTER TABLE applications ADD COLUMN queue_card jsonb GENERATED ALWAYS AS (ruqsat_queue_card(state)) STORED;
COMMENT ON COLUMN applications.queue_card IS
  'What the work queue shows of an application that can be in one (a current step, or awaiting registration), derived from state: the state''s own shape with only id, service and version, process, status, current step (its due without the explanation), inbound number, applicant''s name and the deadline''s instant. NULL for the others.';

CREATE INDEX cabinet_messages_application ON cabinet_messages (application_id, kind);
