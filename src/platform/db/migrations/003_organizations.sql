-- The registry of public bodies, a platform part: every module's records hang off an organisation,
-- and roles are scoped to one. The `organizations` module serves the directory's pages and API.
create table organizations (
  id bigint generated always as identity primary key,
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name_mn text not null check (length(name_mn) between 1 and 300),
  name_en text not null check (length(name_en) between 1 and 300),
  abbreviation text,
  kind text not null check (kind in ('government', 'ministry', 'agency', 'authority', 'council', 'committee',
    'local-government', 'parliament', 'court', 'state-owned-enterprise', 'other')),
  parent_id bigint references organizations (id),
  admin_unit_code text references admin_units (code),
  website text,
  email text,
  phone text,
  address text,
  aliases text[] not null default '{}',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (parent_id is distinct from id)
);
create index organizations_parent on organizations (parent_id);
create index organizations_kind on organizations (kind);
create index organizations_admin_unit on organizations (admin_unit_code);
create index organizations_sort_mn on organizations ((mn_sort_key(name_mn) collate "C"));
create index organizations_sort_en on organizations ((lower(name_en)) collate "C");
create index organizations_names_trgm on organizations
  using gin ((name_mn || ' ' || name_en || ' ' || coalesce(abbreviation, '')) gin_trgm_ops);
