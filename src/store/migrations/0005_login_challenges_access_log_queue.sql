-- EDS login challenges and the log of personal-data reads, kept in the database so that any
-- server process can check a challenge another one issued, and the work queue's columns.

CREATE TABLE login_challenges (
  nonce text PRIMARY KEY CHECK (length(nonce) BETWEEN 16 AND 100),
  issued_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL CHECK (expires_at > issued_at),
  used_at timestamptz
);
COMMENT ON TABLE login_challenges IS
  'One-time EDS login challenges: the applicant signs the nonce with an AUTH key. A challenge is taken by UPDATE … WHERE used_at IS NULL, so of two concurrent logins with one challenge exactly one succeeds; a used one is kept until it expires so a replay is told apart from a made-up nonce.';
-- Expired challenges are swept by expiry time.
CREATE INDEX login_challenges_expires ON login_challenges (expires_at);

CREATE TABLE personal_data_reads (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL,
  reader_kind text NOT NULL CHECK (reader_kind IN ('applicant', 'official', 'admin')),
  reader_id text NOT NULL,
  subject_id text,
  what text NOT NULL,
  application_id text,
  route text NOT NULL
);
COMMENT ON TABLE personal_data_reads IS
  'Who read whose personal data, what and when (Law on personal data and their protection, art. 22: the owner keeps the record of access): every read of an application or profile by an official or the applicant. Append-only by use; nothing in the server updates or deletes it.';
CREATE INDEX personal_data_reads_subject ON personal_data_reads (subject_id, at);

-- The work queue (src/store/work-queue.ts): the current, unfinished step's role and due time,
-- derived from the state by PostgreSQL on every write, so the queue is an index range scan
-- instead of reading every application of the provider.
ALTER TABLE applications
  ADD COLUMN queue_role text GENERATED ALWAYS AS (
    jsonb_path_query_first(state, '$.steps[*] ? (@.stepId == $.currentStepId && @.doneAt == null).roleKind') #>> '{}'
  ) STORED,
  ADD COLUMN queue_due text GENERATED ALWAYS AS (
    jsonb_path_query_first(state, '$.steps[*] ? (@.stepId == $.currentStepId && @.doneAt == null).due.at') #>> '{}'
  ) STORED;
COMMENT ON COLUMN applications.queue_role IS 'The role kind of the current unfinished step (derived from state): who has the case in their queue.';
COMMENT ON COLUMN applications.queue_due IS 'The current step''s due time, ISO text (derived from state): the queue''s order.';
CREATE INDEX applications_queue ON applications (provider_id, queue_role, queue_due) WHERE queue_role IS NOT NULL;
