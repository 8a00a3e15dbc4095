-- The official exchange rates (in Mongolia the central bank's daily rates): how much of the
-- national currency `units` of a foreign currency were worth on a date. A platform table, since
-- every module that converts to the national currency (fiscal, projects, procurement) reads "the
-- rate on a date" from it; the module `exchange-rates` publishes and imports it. Each rate names
-- the file it came from, and the file its source.

create table exchange_rate_sources (
  id bigint generated always as identity primary key,
  name_mn text not null check (length(name_mn) between 1 and 300),
  name_en text not null check (length(name_en) between 1 and 300),
  url text check (url ~ '^https?://'),
  file_name text not null check (length(file_name) between 1 and 300),
  file_sha256 text not null check (file_sha256 ~ '^[0-9a-f]{64}$'),
  imported_at timestamptz not null default now()
);

create table exchange_rates (
  currency text not null check (currency ~ '^[A-Z]{3}$'),
  rate_date date not null,
  rate numeric(20, 6) not null check (rate > 0),
  units integer not null default 1 check (units > 0),
  source_id bigint not null references exchange_rate_sources (id),
  updated_at timestamptz not null default now(),
  primary key (currency, rate_date)
);

create index exchange_rates_date_idx on exchange_rates (rate_date);
