-- The change history of a first load: when an import fills an empty dataset with no history, its
-- versions (one `insert` of every record) are recorded as one batch row here, with the ids they
-- will have reserved, instead of a million rows in the import's transaction. They are written into
-- record_versions later by a job (`datasets.write-versions`), and in any case before anything
-- changes the dataset's table: a statement trigger on the table (record_version_barrier) writes
-- the batch first, while the rows still hold the loaded values. Until written, the readers in
-- src/platform/datasets/versions.ts read the batch's versions from the rows themselves.
create table record_version_batches (
  id bigint generated always as identity primary key,
  dataset text not null check (dataset ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  -- The dataset's import table, whose writes the barrier watches.
  table_name text not null check (table_name ~ '^[a-z_][a-z0-9_]*$'),
  import_id bigint references imports (id),
  -- The versions' ids: first_id, first_id + 1, … in the order of their keys (collation "C").
  first_id bigint not null,
  count bigint not null check (count > 0),
  changed_at timestamptz not null default now(),
  changed_by text not null check (changed_by <> ''),
  -- A select of (key, data), one row per record, as versions.ts builds it from the dataset's
  -- source: code's text, never a user's.
  rows_sql text not null,
  written_at timestamptz
);
create unique index record_version_batches_pending on record_version_batches (dataset) where written_at is null;
create index record_version_batches_table on record_version_batches (table_name) where written_at is null;

-- Writes the pending batches of a dataset (or, with by_table, of a table) into record_versions;
-- returns how many. Idempotent: a written batch is not written again.
create function write_record_version_batches(target text, by_table boolean) returns integer
language plpgsql as $$
declare
  b record;
  n integer := 0;
begin
  for b in
    select * from record_version_batches
    where written_at is null and (case when by_table then table_name else dataset end) = target
    order by id for update
  loop
    execute format(
      'insert into record_versions (id, dataset, record_key, version, operation, data, changed_at, changed_by)
       overriding system value
       select %s + row_number() over (order by r.key collate "C") - 1, %L, r.key, 1, ''insert'', r.data, %L::timestamptz, %L
       from (%s) r',
      b.first_id, b.dataset, b.changed_at, b.changed_by, b.rows_sql);
    update record_version_batches set written_at = now() where id = b.id;
    n := n + 1;
  end loop;
  return n;
end
$$;

create function record_version_barrier() returns trigger
language plpgsql as $$
begin
  perform write_record_version_batches(TG_TABLE_NAME, true);
  return null;
end
$$;
