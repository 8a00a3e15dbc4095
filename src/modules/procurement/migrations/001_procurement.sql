-- Procurement in OCDS 1.1. Releases are stored exactly as published (jsonb); each contracting
-- process (OCID) keeps its compiled release and the flat columns that the list, its filters,
-- the disclosure view and the red flags read. Everything relational is derived from releases,
-- so it can always be rebuilt from them.

-- Suppliers as legal entities of the state register, keyed by (scheme, register number).
create table procurement_suppliers (
  id bigint generated always as identity primary key,
  scheme text not null,
  identifier text not null,
  name text not null,
  -- Date the legal entity was registered, from the register (or the release's party details).
  registered_on date,
  created_at timestamptz not null default now(),
  unique (scheme, identifier)
);
create index procurement_suppliers_name_trgm on procurement_suppliers using gin (lower(name) gin_trgm_ops);

create table procurement_processes (
  id bigint generated always as identity primary key,
  ocid text not null unique,
  -- The buyer as an organisation of the registry when the party names one; else only its name.
  buyer_id bigint references organizations (id),
  buyer_name text not null default '',
  aimag text,
  title text not null default '',
  method text,
  category text,
  -- The latest stage reached: planning, tender, award, contract, implementation.
  stage text not null,
  -- Status of the process as shown: tender status, or the first contract's status once there is one.
  status text,
  currency text,
  tender_value numeric,
  -- Sum of the contracts' values (in `currency`).
  contract_value numeric,
  -- The main (largest) contract's supplier; every supplier is in procurement_contracts.
  supplier_id bigint references procurement_suppliers (id),
  supplier_name text,
  tender_start timestamptz,
  tender_end timestamptz,
  award_date timestamptz,
  date_signed timestamptz,
  -- When the first release of a contract of this process was published here.
  contract_published timestamptz,
  first_release timestamptz not null,
  -- The date the list sorts and filters by: signed, else awarded, else the tender opened, else first published.
  date timestamptz not null,
  last_release timestamptz not null,
  release_count integer not null,
  bid_count integer,
  flags text[] not null default '{}',
  flag_details jsonb not null default '{}',
  compiled jsonb not null,
  updated_at timestamptz not null default now()
);
create index procurement_processes_date on procurement_processes (date, id);
create index procurement_processes_value on procurement_processes ((coalesce(contract_value, 0)), id);
create index procurement_processes_buyer on procurement_processes (buyer_id, date, id);
create index procurement_processes_supplier on procurement_processes (supplier_id, date, id);
create index procurement_processes_method on procurement_processes (method, date, id);
create index procurement_processes_aimag on procurement_processes (aimag, date, id);
create index procurement_processes_status on procurement_processes (status, date, id);
create index procurement_processes_flags on procurement_processes using gin (flags);
create index procurement_processes_title_trgm on procurement_processes using gin (lower(title) gin_trgm_ops);

-- Every release as it came, in arrival order (`seq` is the keyset of the release API).
create table procurement_releases (
  seq bigint generated always as identity primary key,
  process_id bigint not null references procurement_processes (id),
  ocid text not null,
  release_id text not null,
  date timestamptz not null,
  tags text[] not null,
  data jsonb not null,
  -- sha-256 of the release's canonical JSON: a re-import of the same release changes nothing.
  digest text not null,
  published_by text not null,
  created_at timestamptz not null default now(),
  unique (ocid, release_id)
);
create index procurement_releases_process on procurement_releases (process_id, date, seq);
create index procurement_releases_year on procurement_releases ((extract(year from date at time zone 'UTC')), seq);

-- One row per contract of a process (the compiled release's contracts), for profiles, the
-- disclosure duty and the cross-process red flags.
create table procurement_contracts (
  process_id bigint not null references procurement_processes (id) on delete cascade,
  contract_id text not null,
  buyer_id bigint references organizations (id),
  supplier_id bigint references procurement_suppliers (id),
  value numeric,
  original_value numeric,
  currency text,
  status text,
  date_signed timestamptz,
  award_date timestamptz,
  published timestamptz not null,
  primary key (process_id, contract_id)
);
-- Covering: a buyer's year of contracts (shares, splitting) is read from the index alone.
create index procurement_contracts_buyer on procurement_contracts (buyer_id, date_signed)
  include (supplier_id, value, currency, process_id);
create index procurement_contracts_supplier on procurement_contracts (supplier_id, date_signed);
create index procurement_contracts_pair on procurement_contracts (buyer_id, supplier_id, date_signed);

-- Spending known from elsewhere (payments of the glass account, budget lines) that a published
-- contract should cover: what the disclosure view counts as "missing" when none does.
create table procurement_known_spending (
  id bigint generated always as identity primary key,
  buyer_id bigint not null references organizations (id),
  source text not null check (source in ('payment', 'budget-line')),
  reference text not null,
  supplier_id bigint references procurement_suppliers (id),
  amount numeric not null check (amount >= 0),
  currency text not null,
  date date not null,
  ocid text,
  unique (buyer_id, source, reference)
);
create index procurement_known_spending_buyer on procurement_known_spending (buyer_id, date);
