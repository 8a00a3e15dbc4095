-- Imports of files into datasets (src/platform/imports): one row per file brought in, dry run or
-- not, with who, when, what file (name, SHA-256, size, format, encoding), the counts and the report.
-- A web import is checked first (status 'dry-run'), then queued as a job that commits it.
create table imports (
  id bigint generated always as identity primary key,
  dataset text not null,
  status text not null check (status in ('queued', 'running', 'succeeded', 'failed', 'dry-run')),
  actor text not null,
  user_id bigint references users (id),
  file_name text not null,
  file_sha256 text not null check (file_sha256 ~ '^[0-9a-f]{64}$'),
  file_size bigint not null check (file_size >= 0),
  -- The stored upload (src/platform/files) a queued web import reads; null for the CLI.
  file_id text,
  format text check (format in ('csv', 'xlsx', 'json', 'ndjson')),
  encoding text,
  -- Header → field choices made in the mapping step ('' ignores a column).
  mapping jsonb not null default '{}',
  rows_done bigint not null default 0,
  rows_total bigint,
  added integer,
  changed integer,
  unchanged integer,
  problem_count integer,
  report jsonb,
  created_at timestamptz not null default now(),
  started_at timestamptz,
  finished_at timestamptz
);
create index imports_dataset on imports (dataset, id desc);
