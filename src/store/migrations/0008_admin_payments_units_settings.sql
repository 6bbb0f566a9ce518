-- Payment invoices in the database (a restart keeps an unpaid invoice payable), the access log
-- made append-only by triggers, territorial units of providers (officials and applications may
-- belong to one), runtime settings, and catalog files published at run time.

CREATE TABLE payment_invoices (
  invoice_id text PRIMARY KEY,
  application_id text NOT NULL REFERENCES applications (id),
  payer_id text NOT NULL CHECK (payer_id ~ '^\d{12}$'),
  purpose text NOT NULL CHECK (length(purpose) > 0),
  charge_date date NOT NULL,
  mci numeric NOT NULL CHECK (mci > 0),
  amount_tenge bigint NOT NULL CHECK (amount_tenge > 0),
  mci_value numeric NOT NULL,
  mci_source text NOT NULL,
  pay_url text NOT NULL,
  created_at timestamptz NOT NULL,
  transaction_id text UNIQUE,
  paid_at timestamptz,
  CHECK ((transaction_id IS NULL) = (paid_at IS NULL))
);
COMMENT ON TABLE payment_invoices IS
  'Invoices for fees (src/integrations/payment-gateway.ts StoredPaymentGateway). An invoice is paid once: the callback sets transaction_id by UPDATE … WHERE transaction_id IS NULL, so of two concurrent callbacks one applies; the same transaction again is a replay and changes nothing.';
COMMENT ON COLUMN payment_invoices.transaction_id IS 'The gateway''s transaction that paid it (unique: a transaction pays one invoice once).';
CREATE INDEX payment_invoices_application ON payment_invoices (application_id);

-- The access log: nothing may change or remove a row once written.
CREATE FUNCTION personal_data_reads_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'personal_data_reads is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER personal_data_reads_no_update BEFORE UPDATE OR DELETE ON personal_data_reads
  FOR EACH ROW EXECUTE FUNCTION personal_data_reads_append_only();
CREATE TRIGGER personal_data_reads_no_truncate BEFORE TRUNCATE ON personal_data_reads
  FOR EACH STATEMENT EXECUTE FUNCTION personal_data_reads_append_only();
COMMENT ON TABLE personal_data_reads IS
  'Who read whose personal data, what and when (Law on personal data and their protection, art. 22: the owner keeps the record of access): every read of an application or profile by an official or the applicant. Append-only: triggers refuse UPDATE, DELETE and TRUNCATE (0008).';
CREATE INDEX personal_data_reads_reader ON personal_data_reads (reader_id, at);
CREATE INDEX personal_data_reads_application ON personal_data_reads (application_id, at);

CREATE TABLE territorial_units (
  provider_id text NOT NULL,
  unit_id text NOT NULL CHECK (unit_id ~ '^[a-z0-9][a-z0-9.-]{0,99}$'),
  name_kk text NOT NULL CHECK (length(name_kk) > 0),
  name_ru text NOT NULL CHECK (length(name_ru) > 0),
  name_en text NOT NULL CHECK (length(name_en) > 0),
  region text NOT NULL CHECK (length(region) > 0),
  PRIMARY KEY (provider_id, unit_id)
);
COMMENT ON TABLE territorial_units IS
  'Territorial units of a provider (provider ids are the catalog''s: mti-ktrm, mvd-territorial, …). An official and an application may belong to one; an official of another unit of the same provider does not see the application.';

ALTER TABLE officials ADD COLUMN unit_id text;
ALTER TABLE officials ADD CONSTRAINT officials_unit_fkey
  FOREIGN KEY (provider_id, unit_id) REFERENCES territorial_units (provider_id, unit_id);
COMMENT ON COLUMN officials.unit_id IS 'The official''s territorial unit, a unit of their own provider (foreign key); null: the whole provider.';

CREATE TABLE application_units (
  application_id text PRIMARY KEY REFERENCES applications (id),
  provider_id text NOT NULL,
  unit_id text NOT NULL,
  FOREIGN KEY (provider_id, unit_id) REFERENCES territorial_units (provider_id, unit_id)
);
COMMENT ON TABLE application_units IS
  'The territorial unit an application is addressed to: chosen by the applicant on the draft, or the registering official''s unit at paper intake. No row: any unit of the provider.';
CREATE INDEX application_units_unit ON application_units (provider_id, unit_id);

CREATE TABLE settings (
  key text PRIMARY KEY,
  value jsonb NOT NULL,
  updated_by text NOT NULL,
  updated_at timestamptz NOT NULL
);
COMMENT ON TABLE settings IS
  'Runtime settings changed by an administrator (src/server/admin-settings.ts validates them); a key absent here takes its default from the environment (src/config.ts).';

CREATE TABLE settings_changes (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  key text NOT NULL,
  value jsonb NOT NULL,
  changed_by text NOT NULL,
  changed_at timestamptz NOT NULL
);
COMMENT ON TABLE settings_changes IS
  'Every value a setting has had, who set it and when: documents printed with an earlier publicBaseUrl are re-rendered with it to check their recorded hash.';

CREATE TABLE catalog_publications (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  file text NOT NULL,
  effective_from date NOT NULL,
  content jsonb NOT NULL,
  published_by text NOT NULL,
  published_at timestamptz NOT NULL
);
COMMENT ON TABLE catalog_publications IS
  'Catalog files published by an administrator with an effective date (src/catalog/publish.ts): applied in id order over the catalog/ folder at every start. Each service in it gets validFrom = effective_from, and the version in force before ends that day.';
