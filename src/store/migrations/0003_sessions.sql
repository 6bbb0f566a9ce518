-- The HTTP server's officials and sessions, kept in the database so that a restart logs no one
-- out and several server processes behind one address share them.

CREATE TABLE officials (
  login text PRIMARY KEY,
  name text NOT NULL,
  role text NOT NULL,
  provider_id text NOT NULL,
  password_hash text NOT NULL CHECK (password_hash LIKE 'scrypt$%'),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE officials IS
  'Officials who log in by password: each acts in one role for one provider (the case engine checks both on every command).';
COMMENT ON COLUMN officials.password_hash IS
  'scrypt$N$r$p$salt$hash (base64 parts): memory-hard, salted; the password itself is never stored.';

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  csrf text NOT NULL,
  principal jsonb NOT NULL,
  expires_at timestamptz NOT NULL
);
COMMENT ON TABLE sessions IS
  'Logged-in sessions. Only the SHA-256 of the token is kept, so a copy of this table lets no one log in; the CSRF token guards cookie sessions against cross-site requests.';
COMMENT ON COLUMN sessions.principal IS 'Who: an applicant (IIN/BIN, type, name) or an official (login, role, provider).';
-- Expired sessions are swept by expiry time.
CREATE INDEX sessions_expires ON sessions (expires_at);

CREATE TABLE representatives (
  bin text NOT NULL CHECK (bin ~ '^[0-9]{12}$'),
  iin text NOT NULL CHECK (iin ~ '^[0-9]{12}$'),
  powers text[] NOT NULL CHECK (cardinality(powers) > 0),
  recorded_by text NOT NULL,
  recorded_at timestamptz NOT NULL,
  PRIMARY KEY (bin, iin)
);
COMMENT ON TABLE representatives IS
  'Powers an organisation (BIN) has recorded for its employees (IIN): an employee acts for it only within them; the head and holders of the right to sign need no record (signature/roles.ts checkSigningAuthority).';
