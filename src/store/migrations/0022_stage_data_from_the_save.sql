-- The stage data (application_facts, application_steps; migration 0011) is written by the save's
-- own statement from what the engine's command changed (src/store/stage-data.ts), no longer by a
-- trigger reading the stored state again: the trigger took 0.73 ms of a 1.77 ms submission
-- statement (docs/architecture.md). rebuild_stage_data() stays, for a backfill.
DROP TRIGGER application_stage_data_insert ON applications;
DROP TRIGGER application_stage_data ON applications;
DROP FUNCTION application_stage_data();
COMMENT ON TABLE application_facts IS
  'One row per registered application: what the indicators need from its state (registration instant, result deadline, when it finished = issued.at or else decision.at, the decision and its refusal grounds). Written by the statement that saves the state (src/store/stage-data.ts); derived, rebuildable from applications.state with rebuild_stage_data(). Partitioned by registration year (UTC+5); the key holds registered_at because a partitioned table''s unique keys must.';
COMMENT ON TABLE application_steps IS
  'The stage data of every finished step (seed 000 p. 14 monitoring feed): the n-th entry of the state''s steps, who did it, when it started, was due and was done, and whether on time. Written by the statement that saves the state when a step is done (src/store/stage-data.ts); derived, rebuildable from applications.state with rebuild_stage_data(). Partitioned by the application''s registration year (UTC+5).';
