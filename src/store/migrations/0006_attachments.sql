-- Files the applicant attaches to a draft application (scans of the catalog's documents): kept
-- in the database beside the application, so a backup of the database is a backup of the case.

CREATE TABLE attachments (
  id text PRIMARY KEY,
  application_id text NOT NULL REFERENCES applications (id),
  document_id text NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
  media_type text NOT NULL CHECK (media_type IN ('application/pdf', 'image/png', 'image/jpeg')),
  size integer NOT NULL CHECK (size > 0),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  content bytea NOT NULL CHECK (octet_length(content) = size),
  uploaded_by text NOT NULL,
  uploaded_at timestamptz NOT NULL
);
COMMENT ON TABLE attachments IS
  'One row per uploaded file. media_type is read from the bytes (magic numbers), never from the client; sha256 is of content, so a file shown later can be checked against the one uploaded.';
COMMENT ON COLUMN attachments.document_id IS 'The catalog document (of the application''s service and case) this file is for.';
COMMENT ON COLUMN attachments.uploaded_by IS 'The applicant''s IIN/BIN (an employee as IIN@BIN).';
CREATE INDEX attachments_application ON attachments (application_id, uploaded_at);
