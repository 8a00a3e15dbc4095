-- Projects: public investment and foreign-loan projects (commitments 3.3.1.3.4 and 3.3.1.7). A
-- project is carried out by an implementing body and watched by a supervising one (organisations of
-- the registry); its sector, type and stage are OC4IDS codes (projectSector, projectType,
-- projectStatus); its budget and schedule as they stand now are on the row, and every revision of
-- either is a row of `project_revisions`, the first being the plan as approved. Its places are
-- points, lines or areas (GeoJSON, WGS 84) with their bounding boxes under GiST on core
-- PostgreSQL's `box`, as licence areas are (docs/decisions/0009-licence-areas-geometry.md).

create table projects (
  id bigint generated always as identity primary key,
  -- The implementing body, against which edits are authorised.
  organization_id bigint not null references organizations (id),
  supervising_organization_id bigint references organizations (id),
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 100),
  title_mn text not null check (length(title_mn) between 1 and 300),
  title_en text not null check (length(title_en) between 1 and 300),
  description_mn text not null check (length(description_mn) between 1 and 20000),
  description_en text not null check (length(description_en) between 1 and 20000),
  -- OC4IDS projectSector, e.g. `transport.air`, `socialHousing`.
  sector text not null check (sector ~ '^[a-zA-Z]+(\.[a-zA-Z]+)?$'),
  -- OC4IDS projectType.
  project_type text check (project_type in ('construction', 'rehabilitation', 'replacement', 'expansion', 'decommissioning')),
  -- The stage in OC4IDS projectStatus terms.
  stage text not null check (stage in ('identification', 'preparation', 'implementation', 'completion')),
  status text not null default 'active' check (status in ('active', 'suspended', 'cancelled', 'closed')),
  -- The budget as it stands (the latest revision), in its currency.
  budget_amount numeric(20, 2) check (budget_amount > 0),
  budget_currency text check (budget_currency ~ '^[A-Z]{3}$'),
  budget_approved_on date,
  -- The schedule as it stands (the latest revision), and what happened.
  planned_start date,
  planned_end date,
  actual_start date,
  actual_end date,
  -- The main unit (a soum or district, else the aimag or capital) for filters; places below.
  admin_unit_code text references admin_units (code),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((budget_amount is null) = (budget_currency is null)),
  check (planned_end is null or planned_start is null or planned_end > planned_start),
  check (actual_end is null or actual_start is null or actual_end >= actual_start)
);

create index projects_organization_idx on projects (organization_id);
create index projects_stage_idx on projects (stage, status);
create index projects_sector_idx on projects (sector);
create index projects_unit_idx on projects (admin_unit_code);
create index projects_updated_idx on projects (updated_at, id);

-- Where a project is: points (a building), lines (a road) or areas, each with its box and unit.
create table project_locations (
  id bigint generated always as identity primary key,
  project_id bigint not null references projects (id) on delete cascade,
  geometry jsonb not null check (
    geometry ->> 'type' in ('Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon')
  ),
  min_lon double precision not null check (min_lon between -180 and 180),
  min_lat double precision not null check (min_lat between -90 and 90),
  max_lon double precision not null check (max_lon between -180 and 180),
  max_lat double precision not null check (max_lat between -90 and 90),
  admin_unit_code text references admin_units (code),
  description_mn text check (length(description_mn) between 1 and 500),
  description_en text check (length(description_en) between 1 and 500),
  check (min_lon <= max_lon and min_lat <= max_lat)
);

create index project_locations_project_idx on project_locations (project_id);
create index project_locations_box_idx on project_locations
  using gist (box(point(min_lon, min_lat), point(max_lon, max_lat)));

-- Revisions of the budget and the schedule, the first being the plan as approved: each with the
-- values it set (null where it left one unchanged), its reason and the decision behind it.
create table project_revisions (
  id bigint generated always as identity primary key,
  project_id bigint not null references projects (id) on delete cascade,
  revised_on date not null,
  budget_amount numeric(20, 2) check (budget_amount > 0),
  budget_currency text check (budget_currency ~ '^[A-Z]{3}$'),
  planned_start date,
  planned_end date,
  reason_mn text not null check (length(reason_mn) between 1 and 2000),
  reason_en text check (length(reason_en) between 1 and 2000),
  decision text check (length(decision) between 1 and 300),
  created_at timestamptz not null default now(),
  check ((budget_amount is null) = (budget_currency is null)),
  check (budget_amount is not null or planned_start is not null or planned_end is not null)
);

create index project_revisions_project_idx on project_revisions (project_id, revised_on, id);
