-- Platform base: shared functions and the administrative units of the country pack.

create extension if not exists pg_trgm;
create extension if not exists unaccent;

-- Sort key for Mongolian alphabetical order that needs no ICU: each Cyrillic letter, either case,
-- maps to a code point in the order of the Mongolian alphabet (... О Ө П ... У Ү Ф ...), Latin
-- letters are folded to lower case. Use it as: ORDER BY mn_sort_key(name) COLLATE "C".
create function mn_sort_key(value text) returns text
language sql immutable strict parallel safe
as $$ select translate(lower(value), 'абвгдеёжзийклмноөпрстуүфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОӨПРСТУҮФХЦЧШЩЪЫЬЭЮЯ', 'абвгдежзийклмнопрстуфхцчшщъыьэюяѐёђабвгдежзийклмнопрстуфхцчшщъыьэюяѐёђ') $$;

-- Lower case for Cyrillic as well as Latin, whatever the database's locale (PGlite's C locale
-- folds ASCII only). Use it on both sides of a case-insensitive comparison.
create function mn_lower(value text) returns text
language sql immutable strict parallel safe
as $$ select translate(lower(value), 'АБВГДЕЁЖЗИЙКЛМНОӨПРСТУҮФХЦЧШЩЪЫЬЭЮЯ', 'абвгдеёжзийклмноөпрстуүфхцчшщъыьэюя') $$;

create table admin_units (
  code text primary key,
  kind text not null check (kind in ('capital', 'aimag', 'district', 'soum')),
  parent_code text references admin_units (code),
  name_mn text not null,
  name_en text not null,
  centre_mn text,
  centre_en text,
  lat double precision not null check (lat between -90 and 90),
  lon double precision not null check (lon between -180 and 180),
  iso3166_2 text unique
);
create index admin_units_parent on admin_units (parent_code);

-- Small settings and markers of the installation (e.g. that demo data was loaded).
create table platform_settings (
  key text primary key,
  value jsonb not null,
  updated_at timestamptz not null default now()
);
