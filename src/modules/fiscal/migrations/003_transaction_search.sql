-- Transaction search (src/modules/fiscal/transactions/list.ts): every filter of the list is an
-- indexed query at ten million rows, each index ending in (paid_on, id) where it can, so that the
-- newest matches are read in order without sorting them all. The payer's (organization_id, paid_on),
-- the payee's, the date's (paid_on, id) and the OCID's indexes are migration 001's.
create index fiscal_transactions_year on fiscal_transactions (fiscal_year, paid_on, id);
-- A body's year (the compliance view's links, the entity page's): both in the index, newest first.
create index fiscal_transactions_body_year on fiscal_transactions (organization_id, fiscal_year, paid_on, id);
create index fiscal_transactions_amount on fiscal_transactions (amount_mnt, id);
create index fiscal_transactions_functional on fiscal_transactions (functional_code, paid_on, id);
create index fiscal_transactions_economic on fiscal_transactions (economic_code, paid_on, id);
create index fiscal_transactions_funding on fiscal_transactions (funding_code, paid_on, id);
create index fiscal_transactions_aimag on fiscal_transactions (aimag_code, paid_on, id) where aimag_code is not null;
create index fiscal_transactions_individual on fiscal_transactions (paid_on, id) where payee_kind = 'individual';
-- Payments to persons in one year: else the planner walks the newest persons' payments back to it.
create index fiscal_transactions_individual_year on fiscal_transactions (fiscal_year, paid_on, id) where payee_kind = 'individual';
create index fiscal_transactions_with_ocid on fiscal_transactions (paid_on, id) where ocid is not null;
-- Text in the purpose, either case, Cyrillic included (mn_lower: PGlite's C locale folds ASCII only).
create index fiscal_transactions_purpose_trgm on fiscal_transactions using gin (mn_lower(purpose) gin_trgm_ops);

-- The payee's root entity (legal_entities.merged_into, else itself): a payee and every entity merged
-- into it are one payee to the search, the splitting flag and the entity's page. Kept by the
-- triggers below as payees are linked, and by the module's onEntitiesMerged when a person merges
-- entities or undoes a merge.
alter table fiscal_transactions add column payee_root_id bigint;
create function fiscal_transactions_payee_root() returns trigger language plpgsql as $$
begin
  new.payee_root_id := (select coalesce(e.merged_into, e.id) from legal_entities e where e.id = new.payee_entity_id);
  return new;
end $$;
create trigger fiscal_transactions_payee_root_insert before insert on fiscal_transactions
  for each row when (new.payee_entity_id is not null) execute function fiscal_transactions_payee_root();
create trigger fiscal_transactions_payee_root_update before update of payee_entity_id on fiscal_transactions
  for each row when (new.payee_entity_id is distinct from old.payee_entity_id) execute function fiscal_transactions_payee_root();
create index fiscal_transactions_payee_root on fiscal_transactions (payee_root_id, paid_on, id) where payee_root_id is not null;
-- Threshold splitting (transactions/splitting.ts): a payer's payments to one payee in date order.
create index fiscal_transactions_splitting on fiscal_transactions (organization_id, payee_root_id, paid_on)
  include (amount_mnt) where kind = 'payment' and payee_root_id is not null;
