-- Durable background jobs (src/platform/jobs). A job is queued in the same transaction as the
-- write that needs it, claimed by any worker with FOR UPDATE SKIP LOCKED, and leased while it
-- runs: a job whose worker died is claimed again once `locked_until` has passed.

create table jobs (
  id bigint generated always as identity primary key,
  -- `<module>.<name>`, e.g. `mail.send`, `feedback.escalate`.
  kind text not null check (kind ~ '^[a-z][a-z0-9-]*\.[a-z0-9][a-z0-9.-]*$'),
  payload jsonb not null default '{}',
  status text not null default 'pending' check (status in ('pending', 'done', 'failed')),
  run_at timestamptz not null,
  -- Claims so far: a claim counts as an attempt, even one whose worker died.
  attempts integer not null default 0 check (attempts >= 0),
  max_attempts integer not null default 10 check (max_attempts >= 1),
  locked_until timestamptz,
  locked_by text,
  last_error text,
  -- The same job is never queued twice: e.g. `feedback.escalate:42:1`.
  dedupe_key text,
  created_at timestamptz not null,
  finished_at timestamptz,
  check ((status = 'pending') = (finished_at is null))
);

create unique index jobs_dedupe_key on jobs (dedupe_key) where dedupe_key is not null;
-- What a worker's claim reads: pending jobs by due time.
create index jobs_due on jobs (run_at, id) where status = 'pending';
create index jobs_failed on jobs (finished_at) where status = 'failed';
