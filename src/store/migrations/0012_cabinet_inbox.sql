-- The personal cabinet's inbox: every status change and deadline event of an application, and
-- every step of a complaint, told to the applicant in kk/ru/en. Kept in the store, so a restart
-- or a second server process loses and hides nothing (src/notifications/cabinet.ts).

CREATE TABLE cabinet_messages (
  id bigserial PRIMARY KEY,
  recipient_id text NOT NULL,
  application_id text,
  kind text NOT NULL,
  text jsonb NOT NULL CHECK (text ? 'kk' AND text ? 'ru' AND text ? 'en'),
  sent_at timestamptz NOT NULL,
  read_at timestamptz
);
COMMENT ON TABLE cabinet_messages IS
  'The applicant''s cabinet inbox: kind (status:<status>, deadline:<event>, complaint:<event>), the text in kk, ru and en, when it was put there and when it was first read.';
CREATE INDEX cabinet_messages_recipient ON cabinet_messages (recipient_id, sent_at DESC, id DESC);
