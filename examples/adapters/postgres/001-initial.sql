-- asn-kit storage schema, version 1 (PostgreSQL). Balances are never stored: they are folded from leave_ledger.
CREATE TABLE employees (
  nip          TEXT PRIMARY KEY,
  work_unit_id TEXT  NOT NULL,
  record       JSONB NOT NULL           -- the employee, read back through parseEmployee
);
CREATE INDEX employees_by_unit ON employees (work_unit_id, nip);

-- The append-only ledger: seq numbers each employee's entries 1, 2, …; the employee's version is its last seq.
-- The primary key is the concurrency guard: two appends based on the same version cannot both insert seq + 1.
CREATE TABLE leave_ledger (
  nip        TEXT             NOT NULL,
  seq        INTEGER          NOT NULL,
  type       TEXT             NOT NULL,
  kind       TEXT             NOT NULL,
  year       INTEGER          NOT NULL,
  date       TEXT             NOT NULL,
  days       DOUBLE PRECISION NOT NULL CHECK (days >= 0),
  request_id TEXT,
  ground     TEXT,
  carryable  BOOLEAN,
  basis      JSONB            NOT NULL,
  PRIMARY KEY (nip, seq)
);
CREATE INDEX leave_ledger_by_year ON leave_ledger (nip, year);

CREATE TABLE leave_requests (
  seq     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,  -- creation order
  id      TEXT    NOT NULL UNIQUE,
  nip     TEXT    NOT NULL,
  version INTEGER NOT NULL,
  status  TEXT    NOT NULL,
  state   JSONB   NOT NULL              -- the workflow state, read back through parseLeaveWorkflowState
);
CREATE INDEX leave_requests_by_employee ON leave_requests (nip, seq);

CREATE TABLE performance_records (
  nip              TEXT    NOT NULL,
  year             INTEGER NOT NULL,
  work_unit_id     TEXT    NOT NULL,
  work_rating      TEXT    NOT NULL,
  behaviour_rating TEXT    NOT NULL,
  predikat         TEXT    NOT NULL,
  PRIMARY KEY (nip, year)
);
CREATE INDEX performance_by_year ON performance_records (year, work_unit_id);

CREATE TABLE survey_responses (
  seq     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  unit_id TEXT NOT NULL,
  period  TEXT NOT NULL,
  scheme  TEXT NOT NULL,
  answers TEXT NOT NULL                 -- one character per element: 1–4, or - when unanswered
);
CREATE INDEX survey_responses_by_survey ON survey_responses (unit_id, period, scheme, seq);
