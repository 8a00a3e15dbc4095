-- Extractives: the licence register (commitment 3.1.4). A licence is issued by a public body (an
-- organisation of the registry) to one or more holders (legal entities of the platform's register)
-- with their shares, over an area kept as GeoJSON (WGS 84) with its bounding box indexed by GiST on
-- core PostgreSQL's `box`, as boundaries are (docs/decisions/0008-geometry-in-node.md; no PostGIS
-- on either engine). Its status changes are a history, each with the decision behind it; fees due
-- and paid are a row per year. Kinds of licence and their limits are the country pack's.

create table extractive_licences (
  id bigint generated always as identity primary key,
  -- The issuing body (the pack's issuer of the licence kind), against which edits are authorised.
  organization_id bigint not null references organizations (id),
  licence_type text not null check (licence_type ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  resource text not null check (resource in ('mineral', 'petroleum', 'land', 'water')),
  -- The number as issued (e.g. `MV-016869`), unique within its kind.
  number text not null check (length(number) between 1 and 60),
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 100),
  -- The area's own name (a deposit, a block, a plot), in both languages.
  name_mn text not null check (length(name_mn) between 1 and 300),
  name_en text not null check (length(name_en) between 1 and 300),
  status text not null check (
    status in ('applied', 'granted', 'transferred', 'suspended', 'revoked', 'expired', 'relinquished')
  ),
  applied_on date,
  granted_on date,
  expires_on date,
  commodities text[] not null default '{}',
  -- The area: a Polygon or MultiPolygon (RFC 7946), its box and its hectares computed at write time.
  geometry jsonb check (geometry is null or geometry ->> 'type' in ('Polygon', 'MultiPolygon')),
  min_lon double precision check (min_lon between -180 and 180),
  min_lat double precision check (min_lat between -90 and 90),
  max_lon double precision check (max_lon between -180 and 180),
  max_lat double precision check (max_lat between -90 and 90),
  area_ha double precision check (area_ha >= 0),
  -- The most specific unit (a soum or district, else the aimag or capital): entered or found by
  -- point-in-polygon on the imported boundaries.
  admin_unit_code text references admin_units (code),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (licence_type, number),
  check (granted_on is null or applied_on is null or granted_on >= applied_on),
  check (expires_on is null or granted_on is null or expires_on > granted_on),
  check ((geometry is null) = (min_lon is null) and (geometry is null) = (area_ha is null)),
  check (min_lon <= max_lon and min_lat <= max_lat)
);

create index extractive_licences_box_idx on extractive_licences
  using gist (box(point(min_lon, min_lat), point(max_lon, max_lat)))
  where geometry is not null;
create index extractive_licences_organization_idx on extractive_licences (organization_id);
create index extractive_licences_unit_idx on extractive_licences (admin_unit_code);
create index extractive_licences_type_status_idx on extractive_licences (licence_type, status);

-- Holders and their shares (percent). The shares of a licence add up to 100: checked by the
-- command that writes them, all holders of a licence at once.
create table extractive_licence_holders (
  licence_id bigint not null references extractive_licences (id) on delete cascade,
  legal_entity_id bigint not null references legal_entities (id),
  share numeric(7, 4) not null check (share > 0 and share <= 100),
  primary key (licence_id, legal_entity_id)
);

create index extractive_licence_holders_entity_idx on extractive_licence_holders (legal_entity_id);

-- The status history: each change with the decision behind it (its number, date and body).
create table extractive_licence_events (
  id bigint generated always as identity primary key,
  licence_id bigint not null references extractive_licences (id) on delete cascade,
  status text not null check (
    status in ('applied', 'granted', 'transferred', 'suspended', 'revoked', 'expired', 'relinquished')
  ),
  occurred_on date not null,
  decision_number text check (length(decision_number) between 1 and 100),
  decision_body text check (length(decision_body) between 1 and 300),
  note_mn text check (length(note_mn) <= 2000),
  note_en text check (length(note_en) <= 2000),
  created_at timestamptz not null default now()
);

create index extractive_licence_events_licence_idx on extractive_licence_events (licence_id, occurred_on);

-- Fees due and paid, per year, in the national currency.
create table extractive_licence_fees (
  licence_id bigint not null references extractive_licences (id) on delete cascade,
  fee_year integer not null check (fee_year between 1990 and 2200),
  due numeric(18, 2) not null check (due >= 0),
  paid numeric(18, 2) not null default 0 check (paid >= 0),
  primary key (licence_id, fee_year)
);
