-- Documents issued as PDF (license, appendix, refusal, preliminary decision, receipt): the bytes
-- are not kept, their SHA-256 and the official's detached CMS over them are, so a PDF shown
-- later can be checked — same hash, and the signature verifies over exactly those bytes.

CREATE TABLE documents (
  id text PRIMARY KEY,
  application_id text NOT NULL REFERENCES applications (id),
  kind text NOT NULL CHECK (kind IN ('license', 'appendix', 'refusal', 'preliminary-decision', 'receipt')),
  lang text NOT NULL CHECK (lang IN ('kk', 'ru')),
  sha256 text NOT NULL UNIQUE CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  cms text NOT NULL,
  signer jsonb NOT NULL,
  permit_number text,
  signed_at timestamptz NOT NULL
);
COMMENT ON TABLE documents IS
  'One row per rendered and signed PDF. sha256 is unique: a PDF is looked up by the hash of its bytes, and verification recomputes it and checks the detached CMS over the same bytes (a changed byte finds no row, or fails the CMS digest).';
COMMENT ON COLUMN documents.cms IS 'Detached CMS (CAdES-BES, base64) of the official over the PDF bytes.';
COMMENT ON COLUMN documents.signer IS 'Who signed: subject, IIN/BIN, role, as read from the certificate.';
CREATE INDEX documents_application ON documents (application_id, kind);

-- Complaints (шағым) against a decision, action or inaction: their own append-only log and
-- current state, like applications, so a complaint's deadlines and decisions are kept whole.
CREATE TABLE complaints (
  id text PRIMARY KEY,
  application_id text REFERENCES applications (id),
  provider_id text NOT NULL,
  service_id text,
  version integer NOT NULL CHECK (version > 0),
  status text NOT NULL,
  state jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE complaints IS
  'Current state of each complaint: the fold of its complaint_events, written in the same transaction; updated only WHERE version = the version read (optimistic concurrency).';
COMMENT ON COLUMN complaints.application_id IS 'The application complained about; NULL for a complaint about inaction with no application.';
CREATE INDEX complaints_provider_status ON complaints (provider_id, status);
CREATE INDEX complaints_application ON complaints (application_id) WHERE application_id IS NOT NULL;

CREATE TABLE complaint_events (
  complaint_id text NOT NULL REFERENCES complaints (id),
  seq integer NOT NULL CHECK (seq > 0),
  type text NOT NULL,
  at timestamptz NOT NULL,
  data jsonb NOT NULL,
  PRIMARY KEY (complaint_id, seq)
);
COMMENT ON TABLE complaint_events IS
  'Append-only log per complaint (filed, extended, decided, forwarded …); the same trigger as events refuses UPDATE, DELETE and TRUNCATE.';
CREATE TRIGGER complaint_events_append_only BEFORE UPDATE OR DELETE ON complaint_events
  FOR EACH ROW EXECUTE FUNCTION refuse_event_change();
CREATE TRIGGER complaint_events_no_truncate BEFORE TRUNCATE ON complaint_events
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_event_change();

-- Answers to the quality survey (seed 003, survey annex), one row per application answered.
CREATE TABLE survey_answers (
  application_id text PRIMARY KEY REFERENCES applications (id),
  answered_at timestamptz NOT NULL,
  answers jsonb NOT NULL
);
COMMENT ON TABLE survey_answers IS
  'The applicant''s answers to the quality survey: question id (q1 process and result, q2 information about the procedure) → answer 1 not satisfied, 2 partly, 3 satisfied; the indicators give the share satisfied per service, provider and period.';
