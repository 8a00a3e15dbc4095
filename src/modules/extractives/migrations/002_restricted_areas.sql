-- Extractives: the areas a licence must not overlap (protected areas, water sources and their
-- protection zones …), one layer at a time from the country pack's `restrictedLayers`, imported
-- from the keeper's export (GeoJSON or zipped shapefiles, reprojected to WGS 84). Kept as GeoJSON
-- with its bounding box indexed by GiST on core PostgreSQL's `box`, as licences and boundaries are
-- (docs/decisions/0008-geometry-in-node.md, 0009-licence-areas-geometry.md): SQL finds candidates by
-- box, Node decides by shape.

create table extractive_restricted_areas (
  id bigint generated always as identity primary key,
  -- The pack's layer code (e.g. `protected-areas`); an import replaces the whole layer.
  layer text not null check (layer ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  -- The area's name as the source gives it.
  name text not null check (length(name) between 1 and 300),
  geometry jsonb not null check (geometry ->> 'type' in ('Polygon', 'MultiPolygon')),
  min_lon double precision not null check (min_lon between -180 and 180),
  min_lat double precision not null check (min_lat between -90 and 90),
  max_lon double precision not null check (max_lon between -180 and 180),
  max_lat double precision not null check (max_lat between -90 and 90),
  area_ha double precision not null check (area_ha >= 0),
  -- Who published the layer, and where; the file it came from.
  source text not null check (length(source) between 1 and 500),
  file_name text not null check (length(file_name) between 1 and 300),
  imported_at timestamptz not null default now(),
  imported_by text,
  check (min_lon <= max_lon and min_lat <= max_lat)
);

create index extractive_restricted_areas_box_idx on extractive_restricted_areas
  using gist (box(point(min_lon, min_lat), point(max_lon, max_lat)));
create index extractive_restricted_areas_layer_idx on extractive_restricted_areas (layer);
