-- Pre-aggregation of the transactions for the aggregate API (/api/3, src/modules/fiscal/cubes):
-- the count and the MNT sum of fiscal_transactions per fiscal year, payer, functional, economic
-- and funding code and aimag, kept exact by statement-level triggers as transactions are
-- inserted, changed, deleted or truncated. The key columns carry the facts' own names and nulls
-- (NULLS NOT DISTINCT), so one query reads either table; a group whose count falls to 0 is removed.
create table fiscal_transaction_totals (
  fiscal_year integer not null,
  organization_id bigint not null,
  functional_code text,
  economic_code text not null,
  funding_code text not null,
  aimag_code text,
  n bigint not null,
  amount_mnt numeric not null
);
create unique index fiscal_transaction_totals_key on fiscal_transaction_totals
  (fiscal_year, organization_id, functional_code, economic_code, funding_code, aimag_code) nulls not distinct;
-- A cut by year and one classification reads only its groups (the key index serves the payer).
create index fiscal_transaction_totals_functional on fiscal_transaction_totals (fiscal_year, functional_code);
create index fiscal_transaction_totals_economic on fiscal_transaction_totals (fiscal_year, economic_code);
create index fiscal_transaction_totals_funding on fiscal_transaction_totals (fiscal_year, funding_code);
create index fiscal_transaction_totals_aimag on fiscal_transaction_totals (fiscal_year, aimag_code);
-- Groups emptied by the statement being applied: found through this (almost always empty) index.
create index fiscal_transaction_totals_empty on fiscal_transaction_totals (fiscal_year) where n = 0;

create function fiscal_transaction_totals_apply() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    insert into fiscal_transaction_totals as t
      (fiscal_year, organization_id, functional_code, economic_code, funding_code, aimag_code, n, amount_mnt)
    select fiscal_year, organization_id, functional_code, economic_code, funding_code, aimag_code,
      count(*), sum(amount_mnt)
    from new_rows
    group by fiscal_year, organization_id, functional_code, economic_code, funding_code, aimag_code
    -- One order for every statement, so concurrent writers take the groups' locks in the same order.
    order by fiscal_year, organization_id, functional_code, economic_code, funding_code, aimag_code
    on conflict (fiscal_year, organization_id, functional_code, economic_code, funding_code, aimag_code)
    do update set n = t.n + excluded.n, amount_mnt = t.amount_mnt + excluded.amount_mnt;
    return null;
  end if;
  if tg_op = 'DELETE' then
    insert into fiscal_transaction_totals as t
      (fiscal_year, organization_id, functional_code, economic_code, funding_code, aimag_code, n, amount_mnt)
    select fiscal_year, organization_id, functional_code, economic_code, funding_code, aimag_code,
      -count(*), -sum(amount_mnt)
    from old_rows
    group by fiscal_year, organization_id, functional_code, economic_code, funding_code, aimag_code
    order by fiscal_year, organization_id, functional_code, economic_code, funding_code, aimag_code
    on conflict (fiscal_year, organization_id, functional_code, economic_code, funding_code, aimag_code)
    do update set n = t.n + excluded.n, amount_mnt = t.amount_mnt + excluded.amount_mnt;
  else
    -- An update moves each changed row out of its old group and into its new one; a change that
    -- touches neither a key nor the amount (a payee linked to the register) nets to nothing.
    insert into fiscal_transaction_totals as t
      (fiscal_year, organization_id, functional_code, economic_code, funding_code, aimag_code, n, amount_mnt)
    select fiscal_year, organization_id, functional_code, economic_code, funding_code, aimag_code,
      sum(dn), sum(amount)
    from (
      select fiscal_year, organization_id, functional_code, economic_code, funding_code, aimag_code,
        1 as dn, amount_mnt as amount from new_rows
      union all
      select fiscal_year, organization_id, functional_code, economic_code, funding_code, aimag_code,
        -1, -amount_mnt from old_rows
    ) d
    group by fiscal_year, organization_id, functional_code, economic_code, funding_code, aimag_code
    having sum(dn) <> 0 or sum(amount) <> 0
    order by fiscal_year, organization_id, functional_code, economic_code, funding_code, aimag_code
    on conflict (fiscal_year, organization_id, functional_code, economic_code, funding_code, aimag_code)
    do update set n = t.n + excluded.n, amount_mnt = t.amount_mnt + excluded.amount_mnt;
  end if;
  delete from fiscal_transaction_totals where n = 0;
  return null;
end $$;

create trigger fiscal_transaction_totals_insert after insert on fiscal_transactions
  referencing new table as new_rows for each statement execute function fiscal_transaction_totals_apply();
create trigger fiscal_transaction_totals_update after update on fiscal_transactions
  referencing old table as old_rows new table as new_rows
  for each statement execute function fiscal_transaction_totals_apply();
create trigger fiscal_transaction_totals_delete after delete on fiscal_transactions
  referencing old table as old_rows for each statement execute function fiscal_transaction_totals_apply();

create function fiscal_transaction_totals_truncate() returns trigger language plpgsql as $$
begin
  truncate fiscal_transaction_totals;
  return null;
end $$;
create trigger fiscal_transaction_totals_truncate after truncate on fiscal_transactions
  for each statement execute function fiscal_transaction_totals_truncate();

-- Whatever the table already holds (nothing on a new platform).
insert into fiscal_transaction_totals
  (fiscal_year, organization_id, functional_code, economic_code, funding_code, aimag_code, n, amount_mnt)
select fiscal_year, organization_id, functional_code, economic_code, funding_code, aimag_code, count(*), sum(amount_mnt)
from fiscal_transactions
group by fiscal_year, organization_id, functional_code, economic_code, funding_code, aimag_code;

-- Each code of the classifications once, as its latest year has it, with its top-level ancestor
-- (`root`) and depth: the labels and hierarchy levels the aggregate API joins to its groups.
-- Rewritten whole (a few thousand rows) after every statement that changes fiscal_codes.
create table fiscal_code_tree (
  scheme text not null,
  code text not null,
  parent text,
  root text not null,
  level integer not null,
  label_mn text not null,
  label_en text not null,
  primary key (scheme, code)
);

create function fiscal_code_tree_refresh() returns trigger language plpgsql as $$
begin
  delete from fiscal_code_tree;
  insert into fiscal_code_tree (scheme, code, parent, root, level, label_mn, label_en)
  with recursive latest as (
    select distinct on (scheme, code) scheme, code, parent, label_mn, label_en
    from fiscal_codes order by scheme, code, year desc
  ), up as (
    select scheme, code, parent as next, code as root, 1 as level from latest
    union all
    select up.scheme, up.code, l.parent, l.code, up.level + 1
    from up join latest l on l.scheme = up.scheme and l.code = up.next
    where up.level < 10
  )
  -- The farthest ancestor found (a parent missing from the pack ends the climb there).
  select distinct on (l.scheme, l.code) l.scheme, l.code, l.parent, r.root, r.level, l.label_mn, l.label_en
  from latest l join up r on r.scheme = l.scheme and r.code = l.code
  order by l.scheme, l.code, r.level desc;
  return null;
end $$;
create trigger fiscal_code_tree_refresh after insert or update or delete or truncate on fiscal_codes
  for each statement execute function fiscal_code_tree_refresh();
