-- A release is kept as the JSON text it was stored with (`json`, not `jsonb`): it is read back
-- whole (packages, bulk files, compiling a process again; record packages read its `date` too),
-- never searched inside, so parsing it into jsonb on the way in (most of the database's time in
-- storing a release) bought nothing. A release stored from now on keeps the very text whose
-- sha-256 is its `digest`; those stored before keep jsonb's normalised text (members reordered),
-- which is the same JSON. lz4 compresses several times faster than the default pglz where the
-- server is built with it (both in one statement, so the rewrite already uses it); elsewhere the
-- default stays. The rewrite locks the table while it runs.
do $$
begin
  alter table procurement_releases alter column data type json using data::json,
    alter column data set compression lz4;
exception when feature_not_supported then
  alter table procurement_releases alter column data type json using data::json;
end
$$;
