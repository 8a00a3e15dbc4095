-- Official boundaries of the administrative units, imported by an operator from a GeoJSON file
-- (`shilen import boundaries`, module `places`), each import with its source and licence. There is
-- no PostGIS on either engine (PGlite has none, nor has the test server): a boundary is kept as
-- GeoJSON and its bounding box as four numbers with a GiST index on the box (core PostgreSQL), so
-- that SQL narrows a point or a box to a few candidates and Node (turf) decides exactly
-- (docs/decisions/0008-geometry-in-node.md).

create table boundary_imports (
  id bigint generated always as identity primary key,
  file_name text not null check (length(file_name) between 1 and 300),
  file_sha256 text not null check (file_sha256 ~ '^[0-9a-f]{64}$'),
  source text not null check (length(source) between 1 and 500),
  licence text not null check (length(licence) between 1 and 200),
  -- The feature property that named each feature's unit (`code`, `iso3166_2`, `name`…).
  unit_property text not null check (length(unit_property) between 1 and 100),
  features integer not null check (features > 0),
  added integer not null check (added >= 0),
  replaced integer not null check (replaced >= 0),
  unchanged integer not null check (unchanged >= 0),
  imported_at timestamptz not null default now(),
  -- Who imported it, as the audit trail labels actors (`system:cli`), when known.
  imported_by text
);

create table admin_unit_boundaries (
  unit_code text primary key references admin_units (code) on delete cascade,
  geometry jsonb not null check (geometry ->> 'type' in ('Polygon', 'MultiPolygon')),
  min_lon double precision not null check (min_lon between -180 and 180),
  min_lat double precision not null check (min_lat between -90 and 90),
  max_lon double precision not null check (max_lon between -180 and 180),
  max_lat double precision not null check (max_lat between -90 and 90),
  area_km2 double precision not null check (area_km2 >= 0),
  import_id bigint not null references boundary_imports (id),
  source text not null,
  licence text not null,
  imported_at timestamptz not null default now(),
  imported_by text,
  check (min_lon <= max_lon and min_lat <= max_lat)
);

-- Box queries: the boundaries whose box holds a point (`box @> point(lon, lat)`) or meets a box (`&&`).
create index admin_unit_boundaries_box on admin_unit_boundaries
  using gist (box(point(min_lon, min_lat), point(max_lon, max_lat)));
create index admin_unit_boundaries_import on admin_unit_boundaries (import_id);
