-- The notification outbox: e-mail and SMS to applicants, queued after a case's (or a
-- complaint's) command has committed and sent by a dispatcher that retries a failed delivery
-- with backoff. A delivery never takes part in the case's transaction: a channel that is down
-- neither blocks nor rolls back the case (src/notifications, docs/notifications.md).

CREATE TABLE notification_outbox (
  id bigserial PRIMARY KEY,
  dedupe_key text NOT NULL UNIQUE,
  application_id text,
  complaint_id text,
  recipient_id text NOT NULL,
  channel text NOT NULL CHECK (channel IN ('email', 'sms')),
  address text NOT NULL,
  lang text NOT NULL CHECK (lang IN ('kk', 'ru', 'en')),
  kind text NOT NULL,
  subject text NOT NULL,
  body text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
  attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_at timestamptz NOT NULL,
  last_error text,
  message_id text,
  created_at timestamptz NOT NULL,
  delivered_at timestamptz
);
COMMENT ON TABLE notification_outbox IS
  'One row per message to send (e-mail or SMS). dedupe_key = application/complaint, version, kind and channel: a command replayed or a notifier run twice queues nothing new. Pending rows are claimed with FOR UPDATE SKIP LOCKED; a failure raises attempts and moves next_attempt_at by the backoff (base x 2^(attempts-1)); after the last attempt the row is failed. Delivered rows keep message_id and delivered_at as the record of delivery.';
COMMENT ON COLUMN notification_outbox.address IS 'The e-mail address or phone number, from the contact the applicant gave on the application.';
CREATE INDEX notification_outbox_due ON notification_outbox (next_attempt_at) WHERE status = 'pending';
CREATE INDEX notification_outbox_application ON notification_outbox (application_id) WHERE application_id IS NOT NULL;
