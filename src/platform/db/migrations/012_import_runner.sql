-- Which process runs an import (`host:pid`), so that an import whose process was killed is told
-- from one still running: the next import on that host marks it `interrupted` and drops what it
-- left in staging (src/platform/imports/history.ts). A web import is a job and is retried instead.
alter table imports add column runner text;
alter table imports drop constraint imports_status_check;
alter table imports add constraint imports_status_check
  check (status in ('queued', 'running', 'succeeded', 'failed', 'dry-run', 'interrupted'));
