-- Visits to a provider's office (the counter, src/cases/visit.ts): arrival (the ticket), the
-- clerk's call (start of service), the end of service, and the application registered during
-- the visit. Seed 004 7-т. limits the wait and the service to 20 minutes each; the limits in
-- force at arrival are kept on the row with their source, so the measure never changes later.

CREATE TABLE counter_visits (
  id text PRIMARY KEY,
  provider_id text NOT NULL,
  unit_id text,
  service_id text NOT NULL,
  case_id text,
  day date NOT NULL,
  ticket integer NOT NULL CHECK (ticket > 0),
  arrived_at timestamptz NOT NULL,
  called_at timestamptz,
  called_by text,
  ended_at timestamptz,
  ended_by text,
  application_id text REFERENCES applications (id),
  wait_limit_ms integer CHECK (wait_limit_ms > 0),
  wait_limit_source text,
  service_limit_ms integer CHECK (service_limit_ms > 0),
  service_limit_source text,
  version integer NOT NULL DEFAULT 1,
  CHECK (called_at IS NULL OR called_at >= arrived_at),
  CHECK (ended_at IS NULL OR (called_at IS NOT NULL AND ended_at >= called_at)),
  CHECK ((wait_limit_ms IS NULL) = (wait_limit_source IS NULL)),
  CHECK ((service_limit_ms IS NULL) = (service_limit_source IS NULL))
);
COMMENT ON TABLE counter_visits IS
  'A visit to the provider''s office: ticket number per office (unit) and local day (UTC+5), arrival, the call (start of service) and its end, who called and finished, the application registered during it, and the wait and service limits of the case at arrival with their paragraph (seed 004 7-т.; seed 003 annexes 1-5, 1-кесте 1-іс-қимыл). version: the optimistic-concurrency check of call and finish.';
CREATE UNIQUE INDEX counter_visits_ticket ON counter_visits (provider_id, coalesce(unit_id, ''), day, ticket);
CREATE INDEX counter_visits_open ON counter_visits (provider_id, unit_id, arrived_at) WHERE ended_at IS NULL;
CREATE INDEX counter_visits_arrived ON counter_visits (arrived_at);
CREATE INDEX counter_visits_application ON counter_visits (application_id) WHERE application_id IS NOT NULL;
