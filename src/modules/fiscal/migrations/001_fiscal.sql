-- The glass account: budgets, transactions, funds, non-budgetary income and public servants'
-- benefits of the bodies that report under the glass-account law.

-- The country pack's classifications, one row per code and fiscal year it is in force (written from
-- the pack at every start). Imports check a code against the year of its row through the views below.
create table fiscal_codes (
  scheme text not null check (scheme in ('functional', 'economic', 'programme', 'funding', 'fund')),
  year integer not null check (year between 1990 and 2100),
  code text not null check (length(code) between 1 and 40),
  parent text,
  label_mn text not null,
  label_en text not null,
  primary key (scheme, year, code)
);
create view fiscal_functional_codes as select year, code from fiscal_codes where scheme = 'functional';
create view fiscal_economic_codes as select year, code from fiscal_codes where scheme = 'economic';
create view fiscal_programme_codes as select year, code from fiscal_codes where scheme = 'programme';
create view fiscal_funding_codes as select year, code from fiscal_codes where scheme = 'funding';
create view fiscal_fund_codes as select year, code from fiscal_codes where scheme = 'fund';

-- Who reports: every public body of the registry, and the bodies the law adds (state-owned
-- enterprises, companies with state shares), written from the registry and the pack at every start.
create table fiscal_reporting_bodies (
  organization_id bigint primary key references organizations (id) on delete cascade,
  basis text not null check (basis in ('public-body', 'state-owned', 'state-share')),
  state_share numeric(5, 2) check (state_share > 0 and state_share <= 100)
);

-- One line of a body's budget for a fiscal year: revenue or expenditure, its classification, and
-- the amounts of each phase (MNT). `ref` is the body's own reference of the line, the import key.
create table fiscal_budget_lines (
  id bigint generated always as identity primary key,
  ref text not null unique check (ref ~ '^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$'),
  organization_id bigint not null references organizations (id),
  fiscal_year integer not null check (fiscal_year between 1990 and 2100),
  direction text not null check (direction in ('expenditure', 'revenue')),
  name_mn text not null check (length(name_mn) between 1 and 300),
  name_en text check (length(name_en) between 1 and 300),
  functional_code text,
  economic_code text not null,
  programme_code text,
  funding_code text not null,
  admin_unit_code text references admin_units (code),
  proposed numeric(18, 2) check (proposed >= 0),
  approved numeric(18, 2) check (approved >= 0),
  revised numeric(18, 2) check (revised >= 0),
  executed numeric(18, 2) check (executed >= 0),
  updated_at timestamptz not null default now()
);
create index fiscal_budget_lines_body on fiscal_budget_lines (organization_id, fiscal_year);
create index fiscal_budget_lines_year on fiscal_budget_lines (fiscal_year, direction);

-- The projections and assumptions behind a year's budget proposal.
create table fiscal_assumptions (
  fiscal_year integer not null check (fiscal_year between 1990 and 2100),
  indicator text not null,
  value numeric(18, 4) not null,
  note_mn text,
  note_en text,
  primary key (fiscal_year, indicator)
);

-- A payment (or refund) by a reporting body. The payee is a legal entity of the platform's
-- register, or an individual who is never named. `ref` is the payer's document number, unique on
-- the platform (the import key). amount_mnt is the amount at the official rate of its date.
create table fiscal_transactions (
  id bigint generated always as identity primary key,
  ref text not null unique check (ref ~ '^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$'),
  organization_id bigint not null references organizations (id),
  fiscal_year integer not null check (fiscal_year between 1990 and 2100),
  paid_on date not null,
  published_on date,
  kind text not null default 'payment' check (kind in ('payment', 'refund')),
  payee_kind text not null check (payee_kind in ('entity', 'individual')),
  payee_scheme text,
  payee_identifier text,
  payee_name text,
  payee_entity_id bigint references legal_entities (id),
  amount numeric(18, 2) not null,
  currency text not null check (currency ~ '^[A-Z]{3}$'),
  rate numeric(18, 6) not null default 1 check (rate > 0),
  amount_mnt numeric(18, 2) generated always as (round(amount * rate, 2)) stored,
  purpose text not null check (length(purpose) between 1 and 500),
  budget_line_ref text,
  functional_code text,
  economic_code text not null,
  programme_code text,
  funding_code text not null,
  fund_code text,
  admin_unit_code text references admin_units (code),
  aimag_code text references admin_units (code),
  ocid text,
  project_ref text,
  -- A refund is the one negative amount; an individual carries no name nor number.
  check ((kind = 'refund') = (amount < 0)),
  check (payee_kind = 'entity' or (payee_name is null and payee_identifier is null and payee_entity_id is null))
);
create index fiscal_transactions_body on fiscal_transactions (organization_id, paid_on);
create index fiscal_transactions_payee on fiscal_transactions (payee_entity_id, paid_on) where payee_entity_id is not null;
create index fiscal_transactions_date on fiscal_transactions (paid_on, id);
create index fiscal_transactions_line on fiscal_transactions (budget_line_ref) where budget_line_ref is not null;
create index fiscal_transactions_ocid on fiscal_transactions (ocid) where ocid is not null;

-- Collections into and spending from a special fund.
create table fiscal_fund_flows (
  id bigint generated always as identity primary key,
  ref text not null unique check (ref ~ '^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$'),
  fund_code text not null,
  organization_id bigint not null references organizations (id),
  fiscal_year integer not null check (fiscal_year between 1990 and 2100),
  flowed_on date not null,
  direction text not null check (direction in ('collection', 'spending')),
  amount_mnt numeric(18, 2) not null check (amount_mnt > 0),
  purpose text not null check (length(purpose) between 1 and 500),
  counterparty_entity_id bigint references legal_entities (id),
  aimag_code text references admin_units (code)
);
create index fiscal_fund_flows_fund on fiscal_fund_flows (fund_code, fiscal_year, flowed_on);

-- Non-budgetary income: donations, charity and assistance received by a body. The donor is a kind
-- of donor and, for an organisation, its legal entity: never a person's name.
create table fiscal_donations (
  id bigint generated always as identity primary key,
  ref text not null unique check (ref ~ '^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$'),
  organization_id bigint not null references organizations (id),
  fiscal_year integer not null check (fiscal_year between 1990 and 2100),
  received_on date not null,
  kind text not null check (kind in ('donation', 'charity', 'assistance')),
  donor_type text not null,
  donor_entity_id bigint references legal_entities (id),
  in_kind boolean not null default false,
  amount_mnt numeric(18, 2) not null check (amount_mnt > 0),
  purpose text not null check (length(purpose) between 1 and 500)
);
create index fiscal_donations_body on fiscal_donations (organization_id, fiscal_year);

-- Social benefits of public servants as the bodies report them: per body, year, grade and type,
-- the number of recipients and the amount. Published only as aggregates with small cells suppressed.
create table fiscal_benefits (
  organization_id bigint not null references organizations (id),
  fiscal_year integer not null check (fiscal_year between 1990 and 2100),
  grade text not null,
  benefit_type text not null,
  recipients integer not null check (recipients >= 0),
  amount_mnt numeric(18, 2) not null check (amount_mnt >= 0),
  primary key (organization_id, fiscal_year, grade, benefit_type)
);
