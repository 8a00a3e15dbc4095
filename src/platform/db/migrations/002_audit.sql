-- The audit trail: an append-only, hash-chained log of every write and every read of restricted
-- data, and the chain's head as published at the end of each day. See src/platform/audit/README.md.

create table audit_log (
  -- Gap-free: assigned as head + 1 under an advisory lock by recordAudit, never by a sequence
  -- (a rolled-back transaction would leave a gap that looks like a removed entry).
  seq bigint primary key check (seq > 0),
  -- Millisecond precision, never earlier than the entry before (recordAudit sees to both).
  at timestamptz not null,
  actor text not null,
  actor_user_id bigint,
  role text,
  action text not null check (action <> ''),
  subject_type text,
  subject_id text,
  purpose text,
  ip text,
  request_id text,
  details jsonb not null default '{}',
  prev_hash text not null check (prev_hash ~ '^[0-9a-f]{64}$'),
  hash text not null check (hash ~ '^[0-9a-f]{64}$')
);
create index audit_log_at on audit_log (at, seq);
create index audit_log_actor on audit_log (actor, at);
create index audit_log_action on audit_log (action, at);
create index audit_log_subject on audit_log (subject_type, subject_id, at);

-- The head of the chain at the end of each Asia/Ulaanbaatar calendar day, as published at /audit.
-- seq 0 with 64 zeros is the head of an empty chain.
create table audit_heads (
  day date primary key,
  seq bigint not null check (seq >= 0),
  hash text not null check (hash ~ '^[0-9a-f]{64}$'),
  recorded_at timestamptz not null default now()
);

-- Append-only for everyone, the owner included, while this trigger is enabled. Only the table's
-- owner (or a superuser) can disable or drop it, and doing so to change history is exactly what
-- `shilen audit verify` detects afterwards.
create function audit_refuse_change() returns trigger
language plpgsql
as $$
begin
  raise exception '% is append-only: % is not allowed', tg_table_name, tg_op
    using errcode = 'insufficient_privilege',
          hint = 'Audit entries are never changed or removed; record a new entry instead.';
end
$$;

create trigger audit_log_append_only before update or delete on audit_log
  for each row execute function audit_refuse_change();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_refuse_change();
create trigger audit_heads_append_only before update or delete on audit_heads
  for each row execute function audit_refuse_change();
create trigger audit_heads_no_truncate before truncate on audit_heads
  for each statement execute function audit_refuse_change();

-- Production runs the application as a role that does not own these tables (the owner runs the
-- migrations): such a role cannot disable the triggers, and it keeps only select and insert here,
-- even where default privileges granted it everything on new tables.
revoke update, delete, truncate on audit_log, audit_heads from public;
do $$
declare
  grant_row record;
begin
  for grant_row in
    select distinct c.relname, a.grantee::regrole::text as grantee
    from pg_class c cross join lateral aclexplode(c.relacl) a
    where c.relname in ('audit_log', 'audit_heads')
      and c.relnamespace = current_schema()::regnamespace
      and a.grantee <> 0 and a.grantee <> c.relowner
      and a.privilege_type in ('UPDATE', 'DELETE', 'TRUNCATE')
  loop
    execute format('revoke update, delete, truncate on %I from %s', grant_row.relname, grant_row.grantee);
  end loop;
end
$$;
