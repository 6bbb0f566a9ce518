-- Sessions end when the rights they were opened with end (issue 15): an official's account is
-- disabled or its password, role, provider or unit changes; an organisation withdraws or narrows
-- an employee's powers; a demo-login session meets a production server.

ALTER TABLE officials ADD COLUMN disabled_at timestamptz;
ALTER TABLE officials ADD COLUMN disabled_by text;
COMMENT ON COLUMN officials.disabled_at IS
  'When an administrator disabled the account (null: active). A disabled account cannot log in and its sessions are ended; the row stays, as documents name who signed them.';
ALTER TABLE officials ADD COLUMN generation integer NOT NULL DEFAULT 0 CHECK (generation >= 0);
COMMENT ON COLUMN officials.generation IS
  'Bumped whenever the password, role, provider or unit changes: a session is valid only with the generation its login verified, so a login racing with the change cannot outlive it.';

ALTER TABLE sessions ADD COLUMN account_generation integer;
-- Sessions of officials and administrators opened before this migration keep working.
UPDATE sessions SET account_generation = 0 WHERE principal->>'kind' IN ('official', 'admin');
ALTER TABLE sessions ADD CONSTRAINT sessions_staff_generation
  CHECK ((principal->>'kind' = 'applicant') = (account_generation IS NULL));
COMMENT ON COLUMN sessions.account_generation IS
  'For officials and administrators: officials.generation when the password was checked; the session ends when they differ.';

ALTER TABLE sessions ADD COLUMN demo boolean NOT NULL DEFAULT false;
-- Applicant sessions from before this column cannot be told apart (demo login or EDS): counted
-- as demo, so a production server refuses them and the applicant logs in again by EDS.
UPDATE sessions SET demo = true WHERE principal->>'kind' = 'applicant';
COMMENT ON COLUMN sessions.demo IS
  'Opened by the demo login (or acting for an organisation from such a session): never valid on a production server.';

-- Ending the sessions of one account or one organisation's employee finds them by subject.
CREATE INDEX sessions_subject ON sessions ((principal->>'id'));

-- Login attempts counted per account and per address (issue 15), here rather than in each
-- process's memory: every server process behind the address shares them, and a restart does not
-- hand an attacker a fresh allowance.
CREATE TABLE login_attempts (
  key text PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 400),
  attempts integer NOT NULL CHECK (attempts >= 0),
  window_start timestamptz NOT NULL,
  window_end timestamptz NOT NULL CHECK (window_end > window_start)
);
COMMENT ON TABLE login_attempts IS
  'Attempts per key (account:<login>, account-run:<login>, address:<ip>, challenge:<ip>) counted from window_start until window_end, when the count starts again; src/server/login-limits.ts sets the windows and limits. Rows are swept a day after their window ends.';
CREATE INDEX login_attempts_window_end ON login_attempts (window_end);
