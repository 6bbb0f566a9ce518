-- Applications with their append-only event log, idempotency records, timers, gapless
-- sequences and the permit registry. Every invariant the store relies on is stated here, in
-- the schema, so that a second server process or a hand-written query cannot break it.

CREATE TABLE applications (
  id text PRIMARY KEY,
  version integer NOT NULL CHECK (version > 0),
  state jsonb NOT NULL,
  service_id text NOT NULL,
  provider_id text NOT NULL,
  status text NOT NULL,
  applicant_id text,
  updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE applications IS
  'Current state of each application: the fold of its events, written in the same transaction as them. version = the seq of its last event; a writer updates only WHERE version = the version it read (optimistic concurrency), so of two concurrent commands one wins and the other changes nothing.';
COMMENT ON COLUMN applications.version IS 'Number of events in the log; bumped by every save; the optimistic-concurrency check.';
COMMENT ON COLUMN applications.state IS 'The engine''s state as JSON; the store does not interpret it.';
COMMENT ON COLUMN applications.applicant_id IS 'IIN/BIN of the applicant; NULL while unknown (a draft).';
-- The officials' work queue and the supervisors' views filter by these.
CREATE INDEX applications_service_status ON applications (service_id, status);
CREATE INDEX applications_provider_status ON applications (provider_id, status);
CREATE INDEX applications_applicant ON applications (applicant_id) WHERE applicant_id IS NOT NULL;

CREATE TABLE events (
  application_id text NOT NULL REFERENCES applications (id),
  seq integer NOT NULL CHECK (seq > 0),
  type text NOT NULL,
  at timestamptz NOT NULL,
  data jsonb NOT NULL,
  PRIMARY KEY (application_id, seq)
);
COMMENT ON TABLE events IS
  'Append-only log per application: seq runs 1, 2, 3 … with no gaps, the primary key refusing a second event with the same seq. The trigger events_append_only refuses UPDATE, DELETE and TRUNCATE: history is never rewritten.';
COMMENT ON COLUMN events.at IS 'When the event happened by the engine''s clock (not the commit time).';

CREATE FUNCTION refuse_event_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'events are append-only: % refused', TG_OP USING ERRCODE = 'restrict_violation';
END
$$;
COMMENT ON FUNCTION refuse_event_change() IS 'Keeps the event log append-only (see TABLE events).';
CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events
  FOR EACH ROW EXECUTE FUNCTION refuse_event_change();
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_event_change();

CREATE TABLE commands (
  idempotency_key text PRIMARY KEY,
  application_id text REFERENCES applications (id),
  result jsonb NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE commands IS
  'The first result of each command, keyed by its idempotency key (unique): the same key again returns this result and changes nothing. Written in the command''s own transaction, so a result is here exactly when its effects are.';
COMMENT ON COLUMN commands.application_id IS 'NULL for a command that created nothing.';

CREATE TABLE timers (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  application_id text NOT NULL REFERENCES applications (id),
  kind text NOT NULL,
  due_at timestamptz NOT NULL,
  payload jsonb NOT NULL DEFAULT 'null',
  fired_at timestamptz
);
COMMENT ON TABLE timers IS
  'Deadlines as rows. Pending while fired_at IS NULL. A process claims one due timer per transaction with FOR UPDATE SKIP LOCKED, marks it fired and runs its handler in that transaction: a timer fires once however many processes poll, and a failed handler leaves it pending. Fired rows stay as history; replacing an application''s timers deletes only the pending ones.';
COMMENT ON COLUMN timers.fired_at IS 'When it fired by the engine''s clock; NULL = pending.';
-- The claim query scans pending timers by due time; fired rows never enter the index.
CREATE INDEX timers_pending_due ON timers (due_at, id) WHERE fired_at IS NULL;
CREATE INDEX timers_pending_application ON timers (application_id) WHERE fired_at IS NULL;

CREATE TABLE sequences (
  name text PRIMARY KEY,
  last_value bigint NOT NULL CHECK (last_value > 0)
);
COMMENT ON TABLE sequences IS
  'Gapless numbering (inbound numbers per provider and year, permit numbers), one row per sequence. The next number is taken by UPDATE … RETURNING inside the caller''s transaction: the row lock serializes concurrent callers and a rollback gives the number back, unlike a PostgreSQL SEQUENCE.';

CREATE TABLE permits (
  number text PRIMARY KEY,
  holder_id text NOT NULL,
  service_id text NOT NULL,
  status text NOT NULL,
  data jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE permits IS
  'The public registry of permits issued, one row per permit number (unique); data holds the permit as the registry module shapes it (kind, subtype, appendices, history).';
COMMENT ON COLUMN permits.holder_id IS 'IIN/BIN of the holder: the public verification looks permits up by it.';
CREATE INDEX permits_holder ON permits (holder_id);
