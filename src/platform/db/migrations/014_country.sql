-- The country pack this installation runs on (`SHILEN_COUNTRY`), as far as SQL needs it: written
-- into platform_settings at every start (prepareDatabase), read by queries that count days and
-- months in the country's time zone, so that no query names a zone of its own.
create function country_time_zone() returns text
  language sql stable
  as $$ select coalesce((select value ->> 'timeZone' from platform_settings where key = 'country'), 'UTC') $$;
