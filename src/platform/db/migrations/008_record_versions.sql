-- Change history of the published datasets: every version of every record, as the dataset's
-- downloads show the row, written by the module in the same transaction as the change itself
-- (recordVersion in src/platform/datasets/versions.ts). Feeds "what changed since" (Atom and the
-- API) and each record's history. Append-only by convention; nothing updates or deletes a version.
create table record_versions (
  id bigint generated always as identity primary key,
  dataset text not null check (dataset ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  -- The natural key of the record: its value, or a JSON array of values for a composite key.
  record_key text not null check (record_key <> ''),
  version integer not null check (version > 0),
  operation text not null check (operation in ('insert', 'update', 'delete')),
  -- The row with the dataset's fields; null for a delete.
  data jsonb,
  changed_at timestamptz not null default now(),
  -- The actor's label: `user:12`, `token:3`, `system:seed`.
  changed_by text not null check (changed_by <> ''),
  unique (dataset, record_key, version),
  check ((operation = 'delete') = (data is null))
);
-- "Changes since" by time, then in the order they were written; and the feed, newest first.
create index record_versions_since on record_versions (dataset, changed_at, id);
create index record_versions_feed on record_versions (dataset, id);
