-- A release is kept as the JSON text it was stored with (`json`, not `jsonb`): it is only ever read
-- back whole (packages, bulk files, compiling a process again), never queried inside, so parsing
-- it into jsonb on the way in (most of the database's time in storing a release) bought nothing.
-- The text is the one whose sha-256 is `digest`. lz4 compresses it several times faster than the
-- default pglz where the server is built with it; elsewhere the default stays.
alter table procurement_releases alter column data type json using data::json;
do $$
begin
  alter table procurement_releases alter column data set compression lz4;
exception when feature_not_supported then
  null;
end
$$;
