-- The list API (service.ts `listProcesses`) filtered by one red flag, in either order, without
-- reading every process that has the flag: per flag, a partial index in each sort order the list
-- offers (date, and contract value as the list sorts it), so a page of a flag's processes is read
-- from the index in order and stops after a page. The GIN on `flags` stays for flags combined
-- with other filters. The predicate must be the one `whereOf` writes for a flag:
-- `flags @> array['<code>']::text[]`, the code written out, since a planner can only match a
-- partial index against a constant. One pair per code of flags.ts `flagCodes`; a new flag code
-- needs its pair in a new migration.
do $$
declare
  code text;
  name text;
begin
  foreach code in array array['R003', 'R018', 'R030', 'R035', 'R036', 'value-raised', 'split',
    'new-supplier', 'dominant-supplier'] loop
    name := 'procurement_processes_flag_' || replace(lower(code), '-', '_');
    execute format('create index %I on procurement_processes (date, id) where flags @> array[%L]::text[]',
      name || '_date', code);
    execute format('create index %I on procurement_processes ((coalesce(contract_value, 0)), id)'
      ' where flags @> array[%L]::text[]', name || '_value', code);
  end loop;
end
$$;
