-- A process with one release keeps no compiled release of its own: it is that release compiled
-- (`compiledRelease` in store.ts), so it is not stored twice. Most processes of a national year are
-- published in one release at the contract stage; their compiled copy was half the table.
alter table procurement_processes alter column compiled drop not null;
