-- The schema after all migrations (src/store/migrations), read back from the database by
-- src/store/schema-dump.ts. Do not edit: add a migration, then
-- `npx vitest run -u test/store/migrations.test.ts` to write this file again.

CREATE OR REPLACE FUNCTION public.personal_data_reads_append_only()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  RAISE EXCEPTION 'personal_data_reads is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$function$
;

CREATE OR REPLACE FUNCTION public.rebuild_stage_data()
 RETURNS void
 LANGUAGE sql
AS $function$
TRUNCATE application_facts, application_steps;
INSERT INTO application_facts
  (application_id, service_id, provider_id, status, registered_at, deadline_at, finished_at, decision, ground_ids)
SELECT a.id, a.service_id, a.provider_id, a.status, ruqsat_instant(a.state->'registration'->>'registeredAt'),
       ruqsat_instant(a.state->'deadline'->>'at'),
       ruqsat_instant(coalesce(a.state->'issued'->>'at', a.state->'decision'->>'at')),
       a.state->'decision'->>'kind',
       CASE WHEN jsonb_typeof(a.state->'decision'->'groundIds') = 'array'
         THEN ARRAY(SELECT jsonb_array_elements_text(a.state->'decision'->'groundIds')) ELSE '{}'::text[] END
FROM applications a
WHERE ruqsat_instant(a.state->'registration'->>'registeredAt') IS NOT NULL;

INSERT INTO application_steps
  (application_id, n, service_id, provider_id, registered_at, step_id, role, started_at, done_at, due_at, on_time)
SELECT a.id, s.n, a.service_id, a.provider_id, ruqsat_instant(a.state->'registration'->>'registeredAt'),
       s.v->>'stepId', s.v->>'role', ruqsat_instant(s.v->>'startedAt'), ruqsat_instant(s.v->>'doneAt'),
       ruqsat_instant(s.v->'due'->>'at'),
       CASE WHEN jsonb_typeof(s.v->'onTime') = 'boolean' THEN (s.v->>'onTime')::boolean END
FROM applications a
  CROSS JOIN LATERAL jsonb_array_elements(
    CASE WHEN jsonb_typeof(a.state->'steps') = 'array' THEN a.state->'steps' ELSE '[]'::jsonb END
  ) WITH ORDINALITY AS s (v, n)
WHERE ruqsat_instant(a.state->'registration'->>'registeredAt') IS NOT NULL
  AND s.v->>'stepId' IS NOT NULL
  AND ruqsat_instant(s.v->>'startedAt') IS NOT NULL
  AND ruqsat_instant(s.v->>'doneAt') IS NOT NULL;
$function$
;

CREATE OR REPLACE FUNCTION public.refuse_event_change()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  RAISE EXCEPTION 'events are append-only: % refused', TG_OP USING ERRCODE = 'restrict_violation';
END
$function$
;
COMMENT ON FUNCTION refuse_event_change() IS 'Keeps the event log append-only (see TABLE events).';

CREATE OR REPLACE FUNCTION public.ruqsat_instant(t text)
 RETURNS timestamp with time zone
 LANGUAGE sql
 STABLE PARALLEL SAFE
AS $function$
  SELECT CASE WHEN t ~ '^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d(:?\d\d)?)$' THEN t::timestamptz END
$function$
;

CREATE OR REPLACE FUNCTION public.ruqsat_queue_card(state jsonb)
 RETURNS jsonb
 LANGUAGE plpgsql
 IMMUTABLE PARALLEL SAFE
AS $function$
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
$function$
;

CREATE TABLE application_facts (
  application_id text NOT NULL,
  service_id text NOT NULL,
  provider_id text NOT NULL,
  status text NOT NULL,
  registered_at timestamp with time zone NOT NULL,
  deadline_at timestamp with time zone,
  finished_at timestamp with time zone,
  decision text,
  ground_ids text[] DEFAULT '{}'::text[] NOT NULL
) PARTITION BY RANGE (registered_at);
COMMENT ON TABLE application_facts IS 'One row per registered application: what the indicators need from its state (registration instant, result deadline, when it finished = issued.at or else decision.at, the decision and its refusal grounds). Written by the statement that saves the state (src/store/stage-data.ts); derived, rebuildable from applications.state with rebuild_stage_data(). Partitioned by registration year (UTC+5); the key holds registered_at because a partitioned table''s unique keys must.';
ALTER TABLE application_facts ADD CONSTRAINT application_facts_pkey PRIMARY KEY (application_id, registered_at);
CREATE INDEX application_facts_refusals ON ONLY public.application_facts USING btree (registered_at) INCLUDE (service_id, provider_id, ground_ids) WHERE (decision = 'refuse'::text);
CREATE TABLE application_facts_2020 PARTITION OF application_facts FOR VALUES FROM ('2019-12-31 19:00:00+00') TO ('2020-12-31 19:00:00+00');
CREATE TABLE application_facts_2021 PARTITION OF application_facts FOR VALUES FROM ('2020-12-31 19:00:00+00') TO ('2021-12-31 19:00:00+00');
CREATE TABLE application_facts_2022 PARTITION OF application_facts FOR VALUES FROM ('2021-12-31 19:00:00+00') TO ('2022-12-31 19:00:00+00');
CREATE TABLE application_facts_2023 PARTITION OF application_facts FOR VALUES FROM ('2022-12-31 19:00:00+00') TO ('2023-12-31 19:00:00+00');
CREATE TABLE application_facts_2024 PARTITION OF application_facts FOR VALUES FROM ('2023-12-31 19:00:00+00') TO ('2024-12-31 19:00:00+00');
CREATE TABLE application_facts_2025 PARTITION OF application_facts FOR VALUES FROM ('2024-12-31 19:00:00+00') TO ('2025-12-31 19:00:00+00');
CREATE TABLE application_facts_2026 PARTITION OF application_facts FOR VALUES FROM ('2025-12-31 19:00:00+00') TO ('2026-12-31 19:00:00+00');
CREATE TABLE application_facts_2027 PARTITION OF application_facts FOR VALUES FROM ('2026-12-31 19:00:00+00') TO ('2027-12-31 19:00:00+00');
CREATE TABLE application_facts_2028 PARTITION OF application_facts FOR VALUES FROM ('2027-12-31 19:00:00+00') TO ('2028-12-31 19:00:00+00');
CREATE TABLE application_facts_2029 PARTITION OF application_facts FOR VALUES FROM ('2028-12-31 19:00:00+00') TO ('2029-12-31 19:00:00+00');
CREATE TABLE application_facts_2030 PARTITION OF application_facts FOR VALUES FROM ('2029-12-31 19:00:00+00') TO ('2030-12-31 19:00:00+00');
CREATE TABLE application_facts_2031 PARTITION OF application_facts FOR VALUES FROM ('2030-12-31 19:00:00+00') TO ('2031-12-31 19:00:00+00');
CREATE TABLE application_facts_2032 PARTITION OF application_facts FOR VALUES FROM ('2031-12-31 19:00:00+00') TO ('2032-12-31 19:00:00+00');
CREATE TABLE application_facts_2033 PARTITION OF application_facts FOR VALUES FROM ('2032-12-31 19:00:00+00') TO ('2033-12-31 19:00:00+00');
CREATE TABLE application_facts_2034 PARTITION OF application_facts FOR VALUES FROM ('2033-12-31 19:00:00+00') TO ('2034-12-31 19:00:00+00');
CREATE TABLE application_facts_2035 PARTITION OF application_facts FOR VALUES FROM ('2034-12-31 19:00:00+00') TO ('2035-12-31 19:00:00+00');
CREATE TABLE application_facts_2036 PARTITION OF application_facts FOR VALUES FROM ('2035-12-31 19:00:00+00') TO ('2036-12-31 19:00:00+00');
CREATE TABLE application_facts_2037 PARTITION OF application_facts FOR VALUES FROM ('2036-12-31 19:00:00+00') TO ('2037-12-31 19:00:00+00');
CREATE TABLE application_facts_2038 PARTITION OF application_facts FOR VALUES FROM ('2037-12-31 19:00:00+00') TO ('2038-12-31 19:00:00+00');
CREATE TABLE application_facts_2039 PARTITION OF application_facts FOR VALUES FROM ('2038-12-31 19:00:00+00') TO ('2039-12-31 19:00:00+00');
CREATE TABLE application_facts_2040 PARTITION OF application_facts FOR VALUES FROM ('2039-12-31 19:00:00+00') TO ('2040-12-31 19:00:00+00');
CREATE TABLE application_facts_other PARTITION OF application_facts DEFAULT;

CREATE TABLE application_steps (
  application_id text NOT NULL,
  n integer NOT NULL,
  service_id text NOT NULL,
  provider_id text NOT NULL,
  registered_at timestamp with time zone NOT NULL,
  step_id text NOT NULL,
  role text,
  started_at timestamp with time zone NOT NULL,
  done_at timestamp with time zone NOT NULL,
  due_at timestamp with time zone,
  on_time boolean,
  hours double precision DEFAULT ((EXTRACT(epoch FROM (done_at - started_at)))::double precision / (3600)::double precision),
  norm_hours double precision DEFAULT ((EXTRACT(epoch FROM (due_at - started_at)))::double precision / (3600)::double precision)
) PARTITION BY RANGE (registered_at);
COMMENT ON TABLE application_steps IS 'The stage data of every finished step (seed 000 p. 14 monitoring feed): the n-th entry of the state''s steps, who did it, when it started, was due and was done, and whether on time. Written by the statement that saves the state when a step is done (src/store/stage-data.ts); derived, rebuildable from applications.state with rebuild_stage_data(). Partitioned by the application''s registration year (UTC+5).';
ALTER TABLE application_steps ADD CONSTRAINT application_steps_pkey PRIMARY KEY (application_id, registered_at, n);
CREATE INDEX application_steps_by_step ON ONLY public.application_steps USING btree (service_id, step_id) INCLUDE (provider_id, registered_at, hours, norm_hours, on_time);
CREATE TABLE application_steps_2020 PARTITION OF application_steps FOR VALUES FROM ('2019-12-31 19:00:00+00') TO ('2020-12-31 19:00:00+00');
CREATE TABLE application_steps_2021 PARTITION OF application_steps FOR VALUES FROM ('2020-12-31 19:00:00+00') TO ('2021-12-31 19:00:00+00');
CREATE TABLE application_steps_2022 PARTITION OF application_steps FOR VALUES FROM ('2021-12-31 19:00:00+00') TO ('2022-12-31 19:00:00+00');
CREATE TABLE application_steps_2023 PARTITION OF application_steps FOR VALUES FROM ('2022-12-31 19:00:00+00') TO ('2023-12-31 19:00:00+00');
CREATE TABLE application_steps_2024 PARTITION OF application_steps FOR VALUES FROM ('2023-12-31 19:00:00+00') TO ('2024-12-31 19:00:00+00');
CREATE TABLE application_steps_2025 PARTITION OF application_steps FOR VALUES FROM ('2024-12-31 19:00:00+00') TO ('2025-12-31 19:00:00+00');
CREATE TABLE application_steps_2026 PARTITION OF application_steps FOR VALUES FROM ('2025-12-31 19:00:00+00') TO ('2026-12-31 19:00:00+00');
CREATE TABLE application_steps_2027 PARTITION OF application_steps FOR VALUES FROM ('2026-12-31 19:00:00+00') TO ('2027-12-31 19:00:00+00');
CREATE TABLE application_steps_2028 PARTITION OF application_steps FOR VALUES FROM ('2027-12-31 19:00:00+00') TO ('2028-12-31 19:00:00+00');
CREATE TABLE application_steps_2029 PARTITION OF application_steps FOR VALUES FROM ('2028-12-31 19:00:00+00') TO ('2029-12-31 19:00:00+00');
CREATE TABLE application_steps_2030 PARTITION OF application_steps FOR VALUES FROM ('2029-12-31 19:00:00+00') TO ('2030-12-31 19:00:00+00');
CREATE TABLE application_steps_2031 PARTITION OF application_steps FOR VALUES FROM ('2030-12-31 19:00:00+00') TO ('2031-12-31 19:00:00+00');
CREATE TABLE application_steps_2032 PARTITION OF application_steps FOR VALUES FROM ('2031-12-31 19:00:00+00') TO ('2032-12-31 19:00:00+00');
CREATE TABLE application_steps_2033 PARTITION OF application_steps FOR VALUES FROM ('2032-12-31 19:00:00+00') TO ('2033-12-31 19:00:00+00');
CREATE TABLE application_steps_2034 PARTITION OF application_steps FOR VALUES FROM ('2033-12-31 19:00:00+00') TO ('2034-12-31 19:00:00+00');
CREATE TABLE application_steps_2035 PARTITION OF application_steps FOR VALUES FROM ('2034-12-31 19:00:00+00') TO ('2035-12-31 19:00:00+00');
CREATE TABLE application_steps_2036 PARTITION OF application_steps FOR VALUES FROM ('2035-12-31 19:00:00+00') TO ('2036-12-31 19:00:00+00');
CREATE TABLE application_steps_2037 PARTITION OF application_steps FOR VALUES FROM ('2036-12-31 19:00:00+00') TO ('2037-12-31 19:00:00+00');
CREATE TABLE application_steps_2038 PARTITION OF application_steps FOR VALUES FROM ('2037-12-31 19:00:00+00') TO ('2038-12-31 19:00:00+00');
CREATE TABLE application_steps_2039 PARTITION OF application_steps FOR VALUES FROM ('2038-12-31 19:00:00+00') TO ('2039-12-31 19:00:00+00');
CREATE TABLE application_steps_2040 PARTITION OF application_steps FOR VALUES FROM ('2039-12-31 19:00:00+00') TO ('2040-12-31 19:00:00+00');
CREATE TABLE application_steps_other PARTITION OF application_steps DEFAULT;

CREATE TABLE application_units (
  application_id text NOT NULL,
  provider_id text NOT NULL,
  unit_id text NOT NULL
);
COMMENT ON TABLE application_units IS 'The territorial unit an application is addressed to: chosen by the applicant on the draft, or the registering official''s unit at paper intake. No row: any unit of the provider.';
ALTER TABLE application_units ADD CONSTRAINT application_units_application_id_fkey FOREIGN KEY (application_id) REFERENCES applications(id);
ALTER TABLE application_units ADD CONSTRAINT application_units_pkey PRIMARY KEY (application_id);
ALTER TABLE application_units ADD CONSTRAINT application_units_provider_id_unit_id_fkey FOREIGN KEY (provider_id, unit_id) REFERENCES territorial_units(provider_id, unit_id);
CREATE INDEX application_units_unit ON public.application_units USING btree (provider_id, unit_id);

CREATE TABLE applications (
  id text NOT NULL,
  version integer NOT NULL,
  state jsonb NOT NULL,
  service_id text NOT NULL,
  provider_id text NOT NULL,
  status text NOT NULL,
  applicant_id text,
  updated_at timestamp with time zone DEFAULT now() NOT NULL,
  queue_role text DEFAULT (jsonb_path_query_first(state, '$."steps"[*]?(@."stepId" == $."currentStepId" && @."doneAt" == null)."roleKind"'::jsonpath) #>> '{}'::text[]),
  queue_due text DEFAULT (jsonb_path_query_first(state, '$."steps"[*]?(@."stepId" == $."currentStepId" && @."doneAt" == null)."due"."at"'::jsonpath) #>> '{}'::text[]),
  queue_card jsonb DEFAULT ruqsat_queue_card(state)
);
COMMENT ON TABLE applications IS 'Current state of each application: the fold of its events, written in the same transaction as them. version = the seq of its last event; a writer updates only WHERE version = the version it read (optimistic concurrency), so of two concurrent commands one wins and the other changes nothing.';
COMMENT ON COLUMN applications.version IS 'Number of events in the log; bumped by every save; the optimistic-concurrency check.';
COMMENT ON COLUMN applications.state IS 'The engine''s state as JSON; the store does not interpret it.';
COMMENT ON COLUMN applications.applicant_id IS 'IIN/BIN of the applicant; NULL while unknown (a draft).';
COMMENT ON COLUMN applications.queue_role IS 'The role kind of the current unfinished step (derived from state): who has the case in their queue.';
COMMENT ON COLUMN applications.queue_due IS 'The current step''s due time, ISO text (derived from state): the queue''s order.';
COMMENT ON COLUMN applications.queue_card IS 'What the work queue shows of an application that can be in one (a current step, or awaiting registration), derived from state: the state''s own shape with only id, service and version, process, status, current step (its due without the explanation), inbound number, applicant''s name and the deadline''s instant. NULL for the others.';
ALTER TABLE applications ADD CONSTRAINT applications_pkey PRIMARY KEY (id);
ALTER TABLE applications ADD CONSTRAINT applications_version_check CHECK ((version > 0));
CREATE INDEX applications_applicant ON public.applications USING btree (applicant_id) WHERE (applicant_id IS NOT NULL);
CREATE INDEX applications_awaiting_registration ON public.applications USING btree (provider_id, queue_due, id) WHERE (status = 'submitted'::text);
CREATE INDEX applications_provider_status ON public.applications USING btree (provider_id, status);
CREATE INDEX applications_queue ON public.applications USING btree (provider_id, queue_role, queue_due, id) WHERE (queue_role IS NOT NULL);
CREATE INDEX applications_service_status ON public.applications USING btree (service_id, status);

CREATE TABLE attachments (
  id text NOT NULL,
  application_id text NOT NULL,
  document_id text NOT NULL,
  name text NOT NULL,
  media_type text NOT NULL,
  size integer NOT NULL,
  sha256 text NOT NULL,
  content bytea NOT NULL,
  uploaded_by text NOT NULL,
  uploaded_at timestamp with time zone NOT NULL
);
COMMENT ON TABLE attachments IS 'One row per uploaded file. media_type is read from the bytes (magic numbers), never from the client; sha256 is of content, so a file shown later can be checked against the one uploaded.';
COMMENT ON COLUMN attachments.document_id IS 'The catalog document (of the application''s service and case) this file is for.';
COMMENT ON COLUMN attachments.uploaded_by IS 'The applicant''s IIN/BIN (an employee as IIN@BIN).';
ALTER TABLE attachments ADD CONSTRAINT attachments_application_id_fkey FOREIGN KEY (application_id) REFERENCES applications(id);
ALTER TABLE attachments ADD CONSTRAINT attachments_check CHECK ((octet_length(content) = size));
ALTER TABLE attachments ADD CONSTRAINT attachments_media_type_check CHECK ((media_type = ANY (ARRAY['application/pdf'::text, 'image/png'::text, 'image/jpeg'::text])));
ALTER TABLE attachments ADD CONSTRAINT attachments_name_check CHECK (((length(name) >= 1) AND (length(name) <= 255)));
ALTER TABLE attachments ADD CONSTRAINT attachments_pkey PRIMARY KEY (id);
ALTER TABLE attachments ADD CONSTRAINT attachments_sha256_check CHECK ((sha256 ~ '^[0-9a-f]{64}$'::text));
ALTER TABLE attachments ADD CONSTRAINT attachments_size_check CHECK ((size > 0));
CREATE INDEX attachments_application ON public.attachments USING btree (application_id, uploaded_at);

CREATE TABLE cabinet_messages (
  id bigint DEFAULT nextval('cabinet_messages_id_seq'::regclass) NOT NULL,
  recipient_id text NOT NULL,
  application_id text,
  kind text NOT NULL,
  text jsonb NOT NULL,
  sent_at timestamp with time zone NOT NULL,
  read_at timestamp with time zone
);
COMMENT ON TABLE cabinet_messages IS 'The applicant''s cabinet inbox: kind (status:<status>, deadline:<event>, complaint:<event>), the text in kk, ru and en, when it was put there and when it was first read.';
ALTER TABLE cabinet_messages ADD CONSTRAINT cabinet_messages_pkey PRIMARY KEY (id);
ALTER TABLE cabinet_messages ADD CONSTRAINT cabinet_messages_text_check CHECK (((text ? 'kk'::text) AND (text ? 'ru'::text) AND (text ? 'en'::text)));
CREATE INDEX cabinet_messages_application ON public.cabinet_messages USING btree (application_id, kind);
CREATE INDEX cabinet_messages_recipient ON public.cabinet_messages USING btree (recipient_id, sent_at DESC, id DESC);

CREATE TABLE catalog_publications (
  id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
  file text NOT NULL,
  effective_from date NOT NULL,
  content jsonb NOT NULL,
  published_by text NOT NULL,
  published_at timestamp with time zone NOT NULL
);
COMMENT ON TABLE catalog_publications IS 'Catalog files published by an administrator with an effective date (src/catalog/publish.ts): applied in id order over the catalog/ folder at every start. Each service in it gets validFrom = effective_from, and the version in force before ends that day.';
ALTER TABLE catalog_publications ADD CONSTRAINT catalog_publications_pkey PRIMARY KEY (id);

CREATE TABLE commands (
  idempotency_key text NOT NULL,
  application_id text,
  result jsonb NOT NULL,
  recorded_at timestamp with time zone DEFAULT now() NOT NULL,
  request_hash text
);
COMMENT ON TABLE commands IS 'The first result of each command, keyed by its idempotency key (unique): the same key again returns this result and changes nothing. Written in the command''s own transaction, so a result is here exactly when its effects are.';
COMMENT ON COLUMN commands.application_id IS 'NULL for a command that created nothing.';
COMMENT ON COLUMN commands.request_hash IS 'SHA-256 (hex) of the HTTP request body that carried the Idempotency-Key; the same key with another body is refused (422 server.idempotency_key_reused). NULL for keys the server makes itself (timers, payments, no header).';
ALTER TABLE commands ADD CONSTRAINT commands_application_id_fkey FOREIGN KEY (application_id) REFERENCES applications(id);
ALTER TABLE commands ADD CONSTRAINT commands_pkey PRIMARY KEY (idempotency_key);

CREATE TABLE complaint_events (
  complaint_id text NOT NULL,
  seq integer NOT NULL,
  type text NOT NULL,
  at timestamp with time zone NOT NULL,
  data jsonb NOT NULL
);
COMMENT ON TABLE complaint_events IS 'Append-only log per complaint (filed, extended, decided, forwarded …); the same trigger as events refuses UPDATE, DELETE and TRUNCATE.';
ALTER TABLE complaint_events ADD CONSTRAINT complaint_events_complaint_id_fkey FOREIGN KEY (complaint_id) REFERENCES complaints(id);
ALTER TABLE complaint_events ADD CONSTRAINT complaint_events_pkey PRIMARY KEY (complaint_id, seq);
ALTER TABLE complaint_events ADD CONSTRAINT complaint_events_seq_check CHECK ((seq > 0));
CREATE TRIGGER complaint_events_append_only BEFORE DELETE OR UPDATE ON public.complaint_events FOR EACH ROW EXECUTE FUNCTION refuse_event_change();
CREATE TRIGGER complaint_events_no_truncate BEFORE TRUNCATE ON public.complaint_events FOR EACH STATEMENT EXECUTE FUNCTION refuse_event_change();

CREATE TABLE complaints (
  id text NOT NULL,
  application_id text,
  provider_id text NOT NULL,
  service_id text,
  version integer NOT NULL,
  status text NOT NULL,
  state jsonb NOT NULL,
  updated_at timestamp with time zone DEFAULT now() NOT NULL
);
COMMENT ON TABLE complaints IS 'Current state of each complaint: the fold of its complaint_events, written in the same transaction; updated only WHERE version = the version read (optimistic concurrency).';
COMMENT ON COLUMN complaints.application_id IS 'The application complained about; NULL for a complaint about inaction with no application.';
ALTER TABLE complaints ADD CONSTRAINT complaints_application_id_fkey FOREIGN KEY (application_id) REFERENCES applications(id);
ALTER TABLE complaints ADD CONSTRAINT complaints_pkey PRIMARY KEY (id);
ALTER TABLE complaints ADD CONSTRAINT complaints_version_check CHECK ((version > 0));
CREATE INDEX complaints_application ON public.complaints USING btree (application_id) WHERE (application_id IS NOT NULL);
CREATE INDEX complaints_provider_status ON public.complaints USING btree (provider_id, status);

CREATE TABLE counter_visits (
  id text NOT NULL,
  provider_id text NOT NULL,
  unit_id text,
  service_id text NOT NULL,
  case_id text,
  day date NOT NULL,
  ticket integer NOT NULL,
  arrived_at timestamp with time zone NOT NULL,
  called_at timestamp with time zone,
  called_by text,
  ended_at timestamp with time zone,
  ended_by text,
  application_id text,
  wait_limit_ms integer,
  wait_limit_source text,
  service_limit_ms integer,
  service_limit_source text,
  version integer DEFAULT 1 NOT NULL
);
COMMENT ON TABLE counter_visits IS 'A visit to the provider''s office: ticket number per office (unit) and local day (UTC+5), arrival, the call (start of service) and its end, who called and finished, the application registered during it, and the wait and service limits of the case at arrival with their paragraph (seed 004 7-т.; seed 003 annexes 1-5, 1-кесте 1-іс-қимыл). version: the optimistic-concurrency check of call and finish.';
ALTER TABLE counter_visits ADD CONSTRAINT counter_visits_application_id_fkey FOREIGN KEY (application_id) REFERENCES applications(id);
ALTER TABLE counter_visits ADD CONSTRAINT counter_visits_check CHECK (((called_at IS NULL) OR (called_at >= arrived_at)));
ALTER TABLE counter_visits ADD CONSTRAINT counter_visits_check1 CHECK (((ended_at IS NULL) OR ((called_at IS NOT NULL) AND (ended_at >= called_at))));
ALTER TABLE counter_visits ADD CONSTRAINT counter_visits_check2 CHECK (((wait_limit_ms IS NULL) = (wait_limit_source IS NULL)));
ALTER TABLE counter_visits ADD CONSTRAINT counter_visits_check3 CHECK (((service_limit_ms IS NULL) = (service_limit_source IS NULL)));
ALTER TABLE counter_visits ADD CONSTRAINT counter_visits_pkey PRIMARY KEY (id);
ALTER TABLE counter_visits ADD CONSTRAINT counter_visits_service_limit_ms_check CHECK ((service_limit_ms > 0));
ALTER TABLE counter_visits ADD CONSTRAINT counter_visits_ticket_check CHECK ((ticket > 0));
ALTER TABLE counter_visits ADD CONSTRAINT counter_visits_wait_limit_ms_check CHECK ((wait_limit_ms > 0));
CREATE INDEX counter_visits_application ON public.counter_visits USING btree (application_id) WHERE (application_id IS NOT NULL);
CREATE INDEX counter_visits_arrived ON public.counter_visits USING btree (arrived_at);
CREATE INDEX counter_visits_open ON public.counter_visits USING btree (provider_id, unit_id, arrived_at) WHERE (ended_at IS NULL);
CREATE UNIQUE INDEX counter_visits_ticket ON public.counter_visits USING btree (provider_id, COALESCE(unit_id, ''::text), day, ticket);

CREATE TABLE documents (
  id text NOT NULL,
  application_id text NOT NULL,
  kind text NOT NULL,
  lang text NOT NULL,
  sha256 text NOT NULL,
  cms text NOT NULL,
  signer jsonb NOT NULL,
  permit_number text,
  signed_at timestamp with time zone NOT NULL,
  layout smallint DEFAULT 1 NOT NULL,
  content_sha256 text
);
COMMENT ON TABLE documents IS 'One row per rendered and signed PDF. sha256 is unique: a PDF is looked up by the hash of its bytes, and verification recomputes it and checks the detached CMS over the same bytes (a changed byte finds no row, or fails the CMS digest).';
COMMENT ON COLUMN documents.cms IS 'Detached CMS (CAdES-BES, base64) of the official over the PDF bytes.';
COMMENT ON COLUMN documents.signer IS 'Who signed: subject, IIN/BIN, role, as read from the certificate.';
COMMENT ON COLUMN documents.layout IS 'The PDF layout the document was rendered and signed with (src/documents/pdf.ts): 1 prints the certificate subject at the foot, 2 the signer''s name and position, 3 adds the state emblem, the Russian address and the duplicate''s mark. Re-verification renders with the same layout.';
COMMENT ON COLUMN documents.content_sha256 IS 'SHA-256 of the canonical JSON of the document''s content (src/documents/content.ts), without the signing time; null for documents recorded before migration 0014.';
ALTER TABLE documents ADD CONSTRAINT documents_application_id_fkey FOREIGN KEY (application_id) REFERENCES applications(id);
ALTER TABLE documents ADD CONSTRAINT documents_kind_check CHECK ((kind = ANY (ARRAY['license'::text, 'appendix'::text, 'refusal'::text, 'preliminary-decision'::text, 'receipt'::text, 'application-form'::text, 'qualification-info'::text, 'inventory'::text])));
ALTER TABLE documents ADD CONSTRAINT documents_lang_check CHECK ((lang = ANY (ARRAY['kk'::text, 'ru'::text])));
ALTER TABLE documents ADD CONSTRAINT documents_layout_check CHECK ((layout = ANY (ARRAY[1, 2, 3])));
ALTER TABLE documents ADD CONSTRAINT documents_pkey PRIMARY KEY (id);
ALTER TABLE documents ADD CONSTRAINT documents_sha256_check CHECK ((sha256 ~ '^[0-9a-f]{64}$'::text));
ALTER TABLE documents ADD CONSTRAINT documents_sha256_key UNIQUE (sha256);
CREATE INDEX documents_application ON public.documents USING btree (application_id, kind);
CREATE UNIQUE INDEX documents_one_original ON public.documents USING btree (application_id, kind, lang, layout, content_sha256) WHERE (content_sha256 IS NOT NULL);
CREATE INDEX documents_permit ON public.documents USING btree (permit_number, signed_at DESC, id) WHERE (permit_number IS NOT NULL);

CREATE TABLE events (
  application_id text NOT NULL,
  seq integer NOT NULL,
  type text NOT NULL,
  at timestamp with time zone NOT NULL,
  data jsonb NOT NULL
);
COMMENT ON TABLE events IS 'Append-only log per application: seq runs 1, 2, 3 … with no gaps, the primary key refusing a second event with the same seq. The trigger events_append_only refuses UPDATE, DELETE and TRUNCATE: history is never rewritten.';
COMMENT ON COLUMN events.at IS 'When the event happened by the engine''s clock (not the commit time).';
ALTER TABLE events ADD CONSTRAINT events_application_id_fkey FOREIGN KEY (application_id) REFERENCES applications(id);
ALTER TABLE events ADD CONSTRAINT events_pkey PRIMARY KEY (application_id, seq);
ALTER TABLE events ADD CONSTRAINT events_seq_check CHECK ((seq > 0));
CREATE TRIGGER events_append_only BEFORE DELETE OR UPDATE ON public.events FOR EACH ROW EXECUTE FUNCTION refuse_event_change();
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON public.events FOR EACH STATEMENT EXECUTE FUNCTION refuse_event_change();

CREATE TABLE failure_report_screenshots (
  report_id text NOT NULL,
  "position" integer NOT NULL,
  name text NOT NULL,
  media_type text NOT NULL,
  size integer NOT NULL,
  sha256 text NOT NULL,
  content bytea NOT NULL
);
COMMENT ON TABLE failure_report_screenshots IS 'The step-by-step screenshots of a failure report, in the order of the steps. Images only (PNG, JPEG), the type read from the bytes as for attachments.';
ALTER TABLE failure_report_screenshots ADD CONSTRAINT failure_report_screenshots_check CHECK ((octet_length(content) = size));
ALTER TABLE failure_report_screenshots ADD CONSTRAINT failure_report_screenshots_media_type_check CHECK ((media_type = ANY (ARRAY['image/png'::text, 'image/jpeg'::text])));
ALTER TABLE failure_report_screenshots ADD CONSTRAINT failure_report_screenshots_name_check CHECK (((length(name) >= 1) AND (length(name) <= 255)));
ALTER TABLE failure_report_screenshots ADD CONSTRAINT failure_report_screenshots_pkey PRIMARY KEY (report_id, "position");
ALTER TABLE failure_report_screenshots ADD CONSTRAINT failure_report_screenshots_position_check CHECK (("position" >= 1));
ALTER TABLE failure_report_screenshots ADD CONSTRAINT failure_report_screenshots_report_id_fkey FOREIGN KEY (report_id) REFERENCES failure_reports(id);
ALTER TABLE failure_report_screenshots ADD CONSTRAINT failure_report_screenshots_sha256_check CHECK ((sha256 ~ '^[0-9a-f]{64}$'::text));
ALTER TABLE failure_report_screenshots ADD CONSTRAINT failure_report_screenshots_size_check CHECK ((size > 0));

CREATE TABLE failure_reports (
  id text NOT NULL,
  service_id text NOT NULL,
  service_title text NOT NULL,
  application_id text,
  permit_number text,
  iin_bin text NOT NULL,
  authorised_at timestamp with time zone NOT NULL,
  failed_at timestamp with time zone NOT NULL,
  description text NOT NULL,
  filed_by_kind text NOT NULL,
  filed_by text NOT NULL,
  provider_id text,
  operator_address text NOT NULL,
  created_at timestamp with time zone NOT NULL,
  closed_at timestamp with time zone,
  answer text
);
COMMENT ON TABLE failure_reports IS 'One row per technical-failure report (seed 000 15-т.): the act''s mandatory fields (service, application or permit number, IIN/BIN, time of the error from the authorisation) and who filed it. Its status is read from its outbox message (notification_outbox.failure_report_id): pending = received, delivered = sent to the operator, failed = not sent; closed_at and answer when the operator''s answer is recorded.';
COMMENT ON COLUMN failure_reports.filed_by IS 'The applicant''s IIN/BIN, or the official''s id when a clerk filed it on the applicant''s behalf.';
COMMENT ON COLUMN failure_reports.operator_address IS 'The e-mail the report was sent to (RUQSAT_EGOV_SUPPORT_EMAIL; the act names sd@nitec.kz).';
ALTER TABLE failure_reports ADD CONSTRAINT failure_reports_check CHECK (((application_id IS NOT NULL) OR (permit_number IS NOT NULL)));
ALTER TABLE failure_reports ADD CONSTRAINT failure_reports_check1 CHECK ((failed_at >= authorised_at));
ALTER TABLE failure_reports ADD CONSTRAINT failure_reports_description_check CHECK (((length(description) >= 1) AND (length(description) <= 5000)));
ALTER TABLE failure_reports ADD CONSTRAINT failure_reports_filed_by_kind_check CHECK ((filed_by_kind = ANY (ARRAY['applicant'::text, 'official'::text])));
ALTER TABLE failure_reports ADD CONSTRAINT failure_reports_iin_bin_check CHECK ((iin_bin ~ '^[0-9]{12}$'::text));
ALTER TABLE failure_reports ADD CONSTRAINT failure_reports_pkey PRIMARY KEY (id);
CREATE INDEX failure_reports_iin_bin ON public.failure_reports USING btree (iin_bin, created_at);
CREATE INDEX failure_reports_provider ON public.failure_reports USING btree (provider_id, created_at) WHERE (provider_id IS NOT NULL);

CREATE TABLE login_attempts (
  key text NOT NULL,
  attempts integer NOT NULL,
  window_start timestamp with time zone NOT NULL,
  window_end timestamp with time zone NOT NULL
);
COMMENT ON TABLE login_attempts IS 'Attempts per key (account:<login>, account-run:<login>, address:<ip>, challenge:<ip>) counted from window_start until window_end, when the count starts again; src/server/login-limits.ts sets the windows and limits. Rows are swept a day after their window ends.';
ALTER TABLE login_attempts ADD CONSTRAINT login_attempts_attempts_check CHECK ((attempts >= 0));
ALTER TABLE login_attempts ADD CONSTRAINT login_attempts_check CHECK ((window_end > window_start));
ALTER TABLE login_attempts ADD CONSTRAINT login_attempts_key_check CHECK (((length(key) >= 1) AND (length(key) <= 400)));
ALTER TABLE login_attempts ADD CONSTRAINT login_attempts_pkey PRIMARY KEY (key);
CREATE INDEX login_attempts_window_end ON public.login_attempts USING btree (window_end);

CREATE TABLE login_challenges (
  nonce text NOT NULL,
  issued_at timestamp with time zone NOT NULL,
  expires_at timestamp with time zone NOT NULL,
  used_at timestamp with time zone
);
COMMENT ON TABLE login_challenges IS 'One-time EDS login challenges: the applicant signs the nonce with an AUTH key. A challenge is taken by UPDATE … WHERE used_at IS NULL, so of two concurrent logins with one challenge exactly one succeeds; a used one is kept until it expires so a replay is told apart from a made-up nonce.';
ALTER TABLE login_challenges ADD CONSTRAINT login_challenges_check CHECK ((expires_at > issued_at));
ALTER TABLE login_challenges ADD CONSTRAINT login_challenges_nonce_check CHECK (((length(nonce) >= 16) AND (length(nonce) <= 100)));
ALTER TABLE login_challenges ADD CONSTRAINT login_challenges_pkey PRIMARY KEY (nonce);
CREATE INDEX login_challenges_expires ON public.login_challenges USING btree (expires_at);

CREATE TABLE notification_outbox (
  id bigint DEFAULT nextval('notification_outbox_id_seq'::regclass) NOT NULL,
  dedupe_key text NOT NULL,
  application_id text,
  complaint_id text,
  recipient_id text NOT NULL,
  channel text NOT NULL,
  address text NOT NULL,
  lang text NOT NULL,
  kind text NOT NULL,
  subject text NOT NULL,
  body text NOT NULL,
  status text DEFAULT 'pending'::text NOT NULL,
  attempts integer DEFAULT 0 NOT NULL,
  next_attempt_at timestamp with time zone NOT NULL,
  last_error text,
  message_id text,
  created_at timestamp with time zone NOT NULL,
  delivered_at timestamp with time zone,
  failure_report_id text
);
COMMENT ON TABLE notification_outbox IS 'One row per message to send (e-mail or SMS). dedupe_key = application/complaint, version, kind and channel: a command replayed or a notifier run twice queues nothing new. Pending rows are claimed with FOR UPDATE SKIP LOCKED; a failure raises attempts and moves next_attempt_at by the backoff (base x 2^(attempts-1)); after the last attempt the row is failed. Delivered rows keep message_id and delivered_at as the record of delivery.';
COMMENT ON COLUMN notification_outbox.address IS 'The e-mail address or phone number, from the contact the applicant gave on the application.';
COMMENT ON COLUMN notification_outbox.failure_report_id IS 'The failure report this message carries (seed 000 15-т.): sent to the operator with the report''s screenshots attached.';
ALTER TABLE notification_outbox ADD CONSTRAINT notification_outbox_attempts_check CHECK ((attempts >= 0));
ALTER TABLE notification_outbox ADD CONSTRAINT notification_outbox_channel_check CHECK ((channel = ANY (ARRAY['email'::text, 'sms'::text])));
ALTER TABLE notification_outbox ADD CONSTRAINT notification_outbox_dedupe_key_key UNIQUE (dedupe_key);
ALTER TABLE notification_outbox ADD CONSTRAINT notification_outbox_failure_report_id_fkey FOREIGN KEY (failure_report_id) REFERENCES failure_reports(id);
ALTER TABLE notification_outbox ADD CONSTRAINT notification_outbox_lang_check CHECK ((lang = ANY (ARRAY['kk'::text, 'ru'::text, 'en'::text])));
ALTER TABLE notification_outbox ADD CONSTRAINT notification_outbox_pkey PRIMARY KEY (id);
ALTER TABLE notification_outbox ADD CONSTRAINT notification_outbox_status_check CHECK ((status = ANY (ARRAY['pending'::text, 'delivered'::text, 'failed'::text])));
CREATE INDEX notification_outbox_application ON public.notification_outbox USING btree (application_id) WHERE (application_id IS NOT NULL);
CREATE INDEX notification_outbox_due ON public.notification_outbox USING btree (next_attempt_at) WHERE (status = 'pending'::text);
CREATE UNIQUE INDEX notification_outbox_failure_report ON public.notification_outbox USING btree (failure_report_id) WHERE (failure_report_id IS NOT NULL);

CREATE TABLE officials (
  login text NOT NULL,
  name text NOT NULL,
  role text NOT NULL,
  provider_id text NOT NULL,
  password_hash text NOT NULL,
  created_at timestamp with time zone DEFAULT now() NOT NULL,
  unit_id text,
  disabled_at timestamp with time zone,
  disabled_by text,
  generation integer DEFAULT 0 NOT NULL
);
COMMENT ON TABLE officials IS 'Officials who log in by password: each acts in one role for one provider (the case engine checks both on every command).';
COMMENT ON COLUMN officials.password_hash IS 'scrypt$N$r$p$salt$hash (base64 parts): memory-hard, salted; the password itself is never stored.';
COMMENT ON COLUMN officials.unit_id IS 'The official''s territorial unit, a unit of their own provider (foreign key); null: the whole provider.';
COMMENT ON COLUMN officials.disabled_at IS 'When an administrator disabled the account (null: active). A disabled account cannot log in and its sessions are ended; the row stays, as documents name who signed them.';
COMMENT ON COLUMN officials.generation IS 'Bumped whenever the password, role, provider or unit changes: a session is valid only with the generation its login verified, so a login racing with the change cannot outlive it.';
ALTER TABLE officials ADD CONSTRAINT officials_generation_check CHECK ((generation >= 0));
ALTER TABLE officials ADD CONSTRAINT officials_password_hash_check CHECK ((password_hash ~~ 'scrypt$%'::text));
ALTER TABLE officials ADD CONSTRAINT officials_pkey PRIMARY KEY (login);
ALTER TABLE officials ADD CONSTRAINT officials_unit_fkey FOREIGN KEY (provider_id, unit_id) REFERENCES territorial_units(provider_id, unit_id);

CREATE TABLE payment_invoices (
  invoice_id text NOT NULL,
  application_id text NOT NULL,
  payer_id text NOT NULL,
  purpose text NOT NULL,
  charge_date date NOT NULL,
  mci numeric NOT NULL,
  amount_tenge bigint NOT NULL,
  mci_value numeric NOT NULL,
  mci_source text NOT NULL,
  pay_url text NOT NULL,
  created_at timestamp with time zone NOT NULL,
  transaction_id text,
  paid_at timestamp with time zone
);
COMMENT ON TABLE payment_invoices IS 'Invoices for fees (src/integrations/payment-gateway.ts StoredPaymentGateway). An invoice is paid once: the callback sets transaction_id by UPDATE … WHERE transaction_id IS NULL, so of two concurrent callbacks one applies; the same transaction again is a replay and changes nothing.';
COMMENT ON COLUMN payment_invoices.transaction_id IS 'The gateway''s transaction that paid it (unique: a transaction pays one invoice once).';
ALTER TABLE payment_invoices ADD CONSTRAINT payment_invoices_amount_tenge_check CHECK ((amount_tenge > 0));
ALTER TABLE payment_invoices ADD CONSTRAINT payment_invoices_application_id_fkey FOREIGN KEY (application_id) REFERENCES applications(id);
ALTER TABLE payment_invoices ADD CONSTRAINT payment_invoices_check CHECK (((transaction_id IS NULL) = (paid_at IS NULL)));
ALTER TABLE payment_invoices ADD CONSTRAINT payment_invoices_mci_check CHECK ((mci > (0)::numeric));
ALTER TABLE payment_invoices ADD CONSTRAINT payment_invoices_payer_id_check CHECK ((payer_id ~ '^\d{12}$'::text));
ALTER TABLE payment_invoices ADD CONSTRAINT payment_invoices_pkey PRIMARY KEY (invoice_id);
ALTER TABLE payment_invoices ADD CONSTRAINT payment_invoices_purpose_check CHECK ((length(purpose) > 0));
ALTER TABLE payment_invoices ADD CONSTRAINT payment_invoices_transaction_id_key UNIQUE (transaction_id);
CREATE INDEX payment_invoices_application ON public.payment_invoices USING btree (application_id);

CREATE TABLE permits (
  number text NOT NULL,
  holder_id text NOT NULL,
  service_id text NOT NULL,
  status text NOT NULL,
  data jsonb NOT NULL,
  updated_at timestamp with time zone DEFAULT now() NOT NULL
);
COMMENT ON TABLE permits IS 'The public registry of permits issued, one row per permit number (unique); data holds the permit as the registry module shapes it (kind, subtype, appendices, history).';
COMMENT ON COLUMN permits.holder_id IS 'IIN/BIN of the holder: the public verification looks permits up by it.';
ALTER TABLE permits ADD CONSTRAINT permits_pkey PRIMARY KEY (number);
CREATE INDEX permits_holder ON public.permits USING btree (holder_id);

CREATE TABLE personal_data_reads (
  id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
  at timestamp with time zone NOT NULL,
  reader_kind text NOT NULL,
  reader_id text NOT NULL,
  subject_id text,
  what text NOT NULL,
  application_id text,
  route text NOT NULL
);
COMMENT ON TABLE personal_data_reads IS 'Who read whose personal data, what and when (Law on personal data and their protection, art. 22: the owner keeps the record of access): every read of an application or profile by an official or the applicant. Append-only: triggers refuse UPDATE, DELETE and TRUNCATE (0008).';
ALTER TABLE personal_data_reads ADD CONSTRAINT personal_data_reads_pkey PRIMARY KEY (id);
ALTER TABLE personal_data_reads ADD CONSTRAINT personal_data_reads_reader_kind_check CHECK ((reader_kind = ANY (ARRAY['applicant'::text, 'official'::text, 'admin'::text])));
CREATE INDEX personal_data_reads_application ON public.personal_data_reads USING btree (application_id, at);
CREATE INDEX personal_data_reads_reader ON public.personal_data_reads USING btree (reader_id, at);
CREATE INDEX personal_data_reads_subject ON public.personal_data_reads USING btree (subject_id, at);
CREATE TRIGGER personal_data_reads_no_truncate BEFORE TRUNCATE ON public.personal_data_reads FOR EACH STATEMENT EXECUTE FUNCTION personal_data_reads_append_only();
CREATE TRIGGER personal_data_reads_no_update BEFORE DELETE OR UPDATE ON public.personal_data_reads FOR EACH ROW EXECUTE FUNCTION personal_data_reads_append_only();

CREATE TABLE representatives (
  bin text NOT NULL,
  iin text NOT NULL,
  powers text[] NOT NULL,
  recorded_by text NOT NULL,
  recorded_at timestamp with time zone NOT NULL
);
COMMENT ON TABLE representatives IS 'Powers an organisation (BIN) has recorded for its employees (IIN): an employee acts for it only within them; the head and holders of the right to sign need no record (signature/roles.ts checkSigningAuthority).';
ALTER TABLE representatives ADD CONSTRAINT representatives_bin_check CHECK ((bin ~ '^[0-9]{12}$'::text));
ALTER TABLE representatives ADD CONSTRAINT representatives_iin_check CHECK ((iin ~ '^[0-9]{12}$'::text));
ALTER TABLE representatives ADD CONSTRAINT representatives_pkey PRIMARY KEY (bin, iin);
ALTER TABLE representatives ADD CONSTRAINT representatives_powers_check CHECK ((cardinality(powers) > 0));

CREATE TABLE schema_migrations (
  name text NOT NULL,
  checksum text NOT NULL,
  applied_at timestamp with time zone DEFAULT now() NOT NULL
);
COMMENT ON TABLE schema_migrations IS 'The migrations applied, by file name, each once, in its own transaction; checksum = sha256 of the file, which must never change after it is applied (forward-only: add a new file instead).';
ALTER TABLE schema_migrations ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (name);

CREATE TABLE sequences (
  name text NOT NULL,
  last_value bigint NOT NULL
);
COMMENT ON TABLE sequences IS 'Gapless numbering (inbound numbers per provider and year, permit numbers), one row per sequence. The next number is taken by UPDATE … RETURNING inside the caller''s transaction: the row lock serializes concurrent callers and a rollback gives the number back, unlike a PostgreSQL SEQUENCE.';
ALTER TABLE sequences ADD CONSTRAINT sequences_last_value_check CHECK ((last_value > 0));
ALTER TABLE sequences ADD CONSTRAINT sequences_pkey PRIMARY KEY (name);

CREATE TABLE sessions (
  token_hash text NOT NULL,
  csrf text NOT NULL,
  principal jsonb NOT NULL,
  expires_at timestamp with time zone NOT NULL,
  account_generation integer,
  demo boolean DEFAULT false NOT NULL
);
COMMENT ON TABLE sessions IS 'Logged-in sessions. Only the SHA-256 of the token is kept, so a copy of this table lets no one log in; the CSRF token guards cookie sessions against cross-site requests.';
COMMENT ON COLUMN sessions.principal IS 'Who: an applicant (IIN/BIN, type, name) or an official (login, role, provider).';
COMMENT ON COLUMN sessions.account_generation IS 'For officials and administrators: officials.generation when the password was checked; the session ends when they differ.';
COMMENT ON COLUMN sessions.demo IS 'Opened by the demo login (or acting for an organisation from such a session): never valid on a production server.';
ALTER TABLE sessions ADD CONSTRAINT sessions_pkey PRIMARY KEY (token_hash);
ALTER TABLE sessions ADD CONSTRAINT sessions_staff_generation CHECK ((((principal ->> 'kind'::text) = 'applicant'::text) = (account_generation IS NULL)));
CREATE INDEX sessions_expires ON public.sessions USING btree (expires_at);
CREATE INDEX sessions_subject ON public.sessions USING btree (((principal ->> 'id'::text)));

CREATE TABLE settings (
  key text NOT NULL,
  value jsonb NOT NULL,
  updated_by text NOT NULL,
  updated_at timestamp with time zone NOT NULL
);
COMMENT ON TABLE settings IS 'Runtime settings changed by an administrator (src/server/admin-settings.ts validates them); a key absent here takes its default from the environment (src/config.ts).';
ALTER TABLE settings ADD CONSTRAINT settings_pkey PRIMARY KEY (key);

CREATE TABLE settings_changes (
  id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
  key text NOT NULL,
  value jsonb NOT NULL,
  changed_by text NOT NULL,
  changed_at timestamp with time zone NOT NULL
);
COMMENT ON TABLE settings_changes IS 'Every value a setting has had, who set it and when: documents printed with an earlier publicBaseUrl are re-rendered with it to check their recorded hash.';
ALTER TABLE settings_changes ADD CONSTRAINT settings_changes_pkey PRIMARY KEY (id);

CREATE TABLE survey_answers (
  application_id text NOT NULL,
  answered_at timestamp with time zone NOT NULL,
  answers jsonb NOT NULL
);
COMMENT ON TABLE survey_answers IS 'The applicant''s answers to the quality survey: question id (q1 process and result, q2 information about the procedure) → answer 1 not satisfied, 2 partly, 3 satisfied; the indicators give the share satisfied per service, provider and period.';
ALTER TABLE survey_answers ADD CONSTRAINT survey_answers_application_id_fkey FOREIGN KEY (application_id) REFERENCES applications(id);
ALTER TABLE survey_answers ADD CONSTRAINT survey_answers_pkey PRIMARY KEY (application_id);

CREATE TABLE territorial_units (
  provider_id text NOT NULL,
  unit_id text NOT NULL,
  name_kk text NOT NULL,
  name_ru text NOT NULL,
  name_en text NOT NULL,
  region text NOT NULL
);
COMMENT ON TABLE territorial_units IS 'Territorial units of a provider (provider ids are the catalog''s: mti-ktrm, mvd-territorial, …). An official and an application may belong to one; an official of another unit of the same provider does not see the application.';
ALTER TABLE territorial_units ADD CONSTRAINT territorial_units_name_en_check CHECK ((length(name_en) > 0));
ALTER TABLE territorial_units ADD CONSTRAINT territorial_units_name_kk_check CHECK ((length(name_kk) > 0));
ALTER TABLE territorial_units ADD CONSTRAINT territorial_units_name_ru_check CHECK ((length(name_ru) > 0));
ALTER TABLE territorial_units ADD CONSTRAINT territorial_units_pkey PRIMARY KEY (provider_id, unit_id);
ALTER TABLE territorial_units ADD CONSTRAINT territorial_units_region_check CHECK ((length(region) > 0));
ALTER TABLE territorial_units ADD CONSTRAINT territorial_units_unit_id_check CHECK ((unit_id ~ '^[a-z0-9][a-z0-9.-]{0,99}$'::text));

CREATE TABLE timers (
  id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
  application_id text NOT NULL,
  kind text NOT NULL,
  due_at timestamp with time zone NOT NULL,
  payload jsonb DEFAULT 'null'::jsonb NOT NULL,
  fired_at timestamp with time zone
);
COMMENT ON TABLE timers IS 'Deadlines as rows. Pending while fired_at IS NULL. A process claims one due timer per transaction with FOR UPDATE SKIP LOCKED, marks it fired and runs its handler in that transaction: a timer fires once however many processes poll, and a failed handler leaves it pending. Fired rows stay as history; replacing an application''s timers deletes only the pending ones.';
COMMENT ON COLUMN timers.fired_at IS 'When it fired by the engine''s clock; NULL = pending.';
ALTER TABLE timers ADD CONSTRAINT timers_application_id_fkey FOREIGN KEY (application_id) REFERENCES applications(id);
ALTER TABLE timers ADD CONSTRAINT timers_pkey PRIMARY KEY (id);
CREATE INDEX timers_pending_application ON public.timers USING btree (application_id) WHERE (fired_at IS NULL);
CREATE INDEX timers_pending_due ON public.timers USING btree (due_at, id) WHERE (fired_at IS NULL);
