-- Technical-failure reports (seed 000 Қағидалар 15-т.): an applicant, or a clerk on the
-- applicant's behalf, reports a failure of the portal; the report goes to the e-government
-- operator's support e-mail through the notification outbox with its step-by-step screenshots.

CREATE TABLE failure_reports (
  id text PRIMARY KEY,
  service_id text NOT NULL,
  service_title text NOT NULL,
  application_id text,
  permit_number text,
  iin_bin text NOT NULL CHECK (iin_bin ~ '^[0-9]{12}$'),
  authorised_at timestamptz NOT NULL,
  failed_at timestamptz NOT NULL,
  description text NOT NULL CHECK (length(description) BETWEEN 1 AND 5000),
  filed_by_kind text NOT NULL CHECK (filed_by_kind IN ('applicant', 'official')),
  filed_by text NOT NULL,
  provider_id text,
  operator_address text NOT NULL,
  created_at timestamptz NOT NULL,
  closed_at timestamptz,
  answer text,
  CHECK (application_id IS NOT NULL OR permit_number IS NOT NULL),
  CHECK (failed_at >= authorised_at)
);
COMMENT ON TABLE failure_reports IS
  'One row per technical-failure report (seed 000 15-т.): the act''s mandatory fields (service, application or permit number, IIN/BIN, time of the error from the authorisation) and who filed it. Its status is read from its outbox message (notification_outbox.failure_report_id): pending = received, delivered = sent to the operator, failed = not sent; closed_at and answer when the operator''s answer is recorded.';
COMMENT ON COLUMN failure_reports.filed_by IS 'The applicant''s IIN/BIN, or the official''s id when a clerk filed it on the applicant''s behalf.';
COMMENT ON COLUMN failure_reports.operator_address IS 'The e-mail the report was sent to (RUQSAT_EGOV_SUPPORT_EMAIL; the act names sd@nitec.kz).';
CREATE INDEX failure_reports_iin_bin ON failure_reports (iin_bin, created_at);
CREATE INDEX failure_reports_provider ON failure_reports (provider_id, created_at) WHERE provider_id IS NOT NULL;

CREATE TABLE failure_report_screenshots (
  report_id text NOT NULL REFERENCES failure_reports (id),
  position integer NOT NULL CHECK (position >= 1),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
  media_type text NOT NULL CHECK (media_type IN ('image/png', 'image/jpeg')),
  size integer NOT NULL CHECK (size > 0),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  content bytea NOT NULL CHECK (octet_length(content) = size),
  PRIMARY KEY (report_id, position)
);
COMMENT ON TABLE failure_report_screenshots IS
  'The step-by-step screenshots of a failure report, in the order of the steps. Images only (PNG, JPEG), the type read from the bytes as for attachments.';

ALTER TABLE notification_outbox ADD COLUMN failure_report_id text REFERENCES failure_reports (id);
COMMENT ON COLUMN notification_outbox.failure_report_id IS
  'The failure report this message carries (seed 000 15-т.): sent to the operator with the report''s screenshots attached.';
CREATE UNIQUE INDEX notification_outbox_failure_report ON notification_outbox (failure_report_id) WHERE failure_report_id IS NOT NULL;
