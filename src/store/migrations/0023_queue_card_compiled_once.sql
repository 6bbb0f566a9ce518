-- The queue card's function (migration 0021) in PL/pgSQL, with the same result. As a SQL
-- function PostgreSQL inlined it into the generated column's expression, and that happens when
-- each statement writing `applications` starts: its body was parsed and planned again for every
-- command, 11 % of the PostgreSQL CPU of a submission (perf, docs/architecture.md). PL/pgSQL is
-- compiled once per connection.
CREATE OR REPLACE FUNCTION ruqsat_queue_card(state jsonb) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
  RETURN CASE WHEN state->>'currentStepId' IS NOT NULL OR state->>'status' = 'submitted' THEN jsonb_build_object(
    'id', state->'id', 'serviceId', state->'serviceId', 'serviceVersion', state->'serviceVersion',
    'processId', state->'processId', 'status', state->'status', 'currentStepId', state->'currentStepId',
    'registration', CASE WHEN jsonb_typeof(state->'registration') = 'object'
      THEN jsonb_build_object('inboundNumber', state->'registration'->'inboundNumber') ELSE 'null' END,
    'applicant', jsonb_build_object('name', state->'applicant'->'name'),
    'deadline', CASE WHEN jsonb_typeof(state->'deadline') = 'object'
      THEN jsonb_build_object('at', state->'deadline'->'at') ELSE 'null' END,
    'steps', jsonb_path_query_array(state, '$.steps[*] ? (@.stepId == $.currentStepId && @.doneAt == null)')
      #- '{0,due,explanation}')
  END;
END
$$;
