-- An append load's change history (imports' `append`): a file of new records COPYed into a table
-- that already has rows and history is recorded as one batch too, standing for a version of the
-- records it added only. `keys` holds them; the batch's rows_sql joins them (a first load's batch,
-- every record of the dataset, has none).
alter table record_version_batches add column keys text[];
