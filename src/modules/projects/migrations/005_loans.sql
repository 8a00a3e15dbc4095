-- Loans and grants (commitment 3.3.1.7: the total amounts, terms, payback duration, rates, board
-- members and implementing bodies of foreign loan projects). A loan comes from a lender (a legal
-- entity of the register, identified by its IATI organisation identifier where it has no national
-- number), is signed by a body of the registry (the borrower's side, which reports on it), and
-- funds a project (or none: budget support). Its terms are kept as the agreement states them:
-- amount and currency, a fixed rate or a base rate and margin (the base rate recorded for each
-- period), fees, maturity and grace in months (grace kept as itself: neither IATI nor OC4IDS has a
-- field for it), the repayment method and frequency. Its repayment schedule is computed in the
-- loan's currency from the terms (or stated, where the agreement sets its own) and stored; every
-- disbursement and repayment carries the platform's rate on its date and the tögrög amount.

create table project_loans (
  id bigint generated always as identity primary key,
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 100),
  project_id bigint references projects (id),
  -- The borrower's body that signed and reports (against which edits are authorised).
  organization_id bigint not null references organizations (id),
  kind text not null check (kind in ('loan', 'grant')),
  lender_entity_id bigint not null references legal_entities (id),
  title_mn text not null check (length(title_mn) between 1 and 300),
  title_en text not null check (length(title_en) between 1 and 300),
  agreement_number text check (length(agreement_number) between 1 and 100),
  agreement_on date not null,
  effective_on date,
  -- The last day the loan may be drawn.
  closing_on date,
  amount numeric(20, 2) not null check (amount > 0),
  currency text not null check (currency ~ '^[A-Z]{3}$'),
  concessional boolean not null default false,
  tied_status text check (tied_status in ('tied', 'partially-tied', 'untied')),
  -- Interest, in percent a year: a fixed rate, or a named base rate plus a margin.
  rate_kind text check (rate_kind in ('fixed', 'variable')),
  fixed_rate numeric(9, 4) check (fixed_rate >= 0),
  base_rate_name text check (length(base_rate_name) between 1 and 100),
  margin numeric(9, 4),
  maturity_months integer check (maturity_months > 0),
  grace_months integer check (grace_months >= 0),
  repayment_method text check (repayment_method in ('annuity', 'equal-principal', 'lump-sum', 'other')),
  payments_per_year integer check (payments_per_year in (1, 2, 4, 12)),
  -- Where the agreement names them; else computed from the effective date, grace and maturity.
  first_repayment_on date,
  final_repayment_on date,
  conditions_mn text check (length(conditions_mn) <= 20000),
  conditions_en text check (length(conditions_en) <= 20000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (effective_on is null or effective_on >= agreement_on),
  check (closing_on is null or closing_on >= agreement_on),
  check (grace_months is null or maturity_months is null or grace_months < maturity_months),
  check (kind = 'grant' or (maturity_months is not null and grace_months is not null
    and repayment_method is not null and payments_per_year is not null and rate_kind is not null)),
  check (rate_kind is null or (rate_kind = 'fixed') = (fixed_rate is not null)),
  check (rate_kind is null or (rate_kind = 'variable') = (base_rate_name is not null and margin is not null)),
  check (final_repayment_on is null or first_repayment_on is null or final_repayment_on >= first_repayment_on)
);

create index project_loans_project_idx on project_loans (project_id);
create index project_loans_lender_idx on project_loans (lender_entity_id);
create index project_loans_organization_idx on project_loans (organization_id);

-- The base rate of a variable-rate loan for each period, in percent a year.
create table project_loan_base_rates (
  loan_id bigint not null references project_loans (id) on delete cascade,
  period_start date not null,
  period_end date not null,
  rate numeric(9, 4) not null,
  primary key (loan_id, period_start),
  check (period_end > period_start)
);

-- Fees: a rate in percent (a year on the undrawn balance for a commitment fee; once for a
-- front-end fee) or an amount in the loan's currency.
create table project_loan_fees (
  id bigint generated always as identity primary key,
  loan_id bigint not null references project_loans (id) on delete cascade,
  kind text not null check (kind in ('commitment', 'front-end', 'management', 'guarantee', 'service', 'other')),
  rate numeric(9, 4) check (rate >= 0),
  amount numeric(20, 2) check (amount >= 0),
  note_mn text check (length(note_mn) <= 1000),
  note_en text check (length(note_en) <= 1000),
  check ((rate is null) <> (amount is null))
);

create index project_loan_fees_loan_idx on project_loan_fees (loan_id);

-- The repayment schedule in the loan's currency: computed from the terms, or stated by the
-- agreement (then checked to repay the principal in full).
create table project_loan_schedule (
  loan_id bigint not null references project_loans (id) on delete cascade,
  seq integer not null check (seq > 0),
  due_on date not null,
  principal numeric(20, 2) not null check (principal >= 0),
  interest numeric(20, 2) not null check (interest >= 0),
  -- The principal still owed after this instalment.
  outstanding numeric(20, 2) not null check (outstanding >= 0),
  basis text not null check (basis in ('computed', 'stated')),
  primary key (loan_id, seq)
);

create table project_loan_disbursements (
  id bigint generated always as identity primary key,
  loan_id bigint not null references project_loans (id) on delete cascade,
  disbursed_on date not null,
  -- In the loan's currency; the rate (tögrög per unit) of the platform's register on the date.
  amount numeric(20, 2) not null check (amount > 0),
  rate numeric(24, 10) not null check (rate > 0),
  rate_set_on date not null,
  amount_mnt numeric(24, 2) not null check (amount_mnt > 0),
  description_mn text check (length(description_mn) <= 1000),
  description_en text check (length(description_en) <= 1000),
  created_at timestamptz not null default now()
);

create index project_loan_disbursements_loan_idx on project_loan_disbursements (loan_id, disbursed_on);

-- Repayments made: principal and interest in the loan's currency, with the rate on the date.
create table project_loan_repayments (
  id bigint generated always as identity primary key,
  loan_id bigint not null references project_loans (id) on delete cascade,
  paid_on date not null,
  principal numeric(20, 2) not null check (principal >= 0),
  interest numeric(20, 2) not null check (interest >= 0),
  rate numeric(24, 10) not null check (rate > 0),
  rate_set_on date not null,
  amount_mnt numeric(24, 2) not null check (amount_mnt >= 0),
  created_at timestamptz not null default now(),
  check (principal + interest > 0)
);

create index project_loan_repayments_loan_idx on project_loan_repayments (loan_id, paid_on);

-- The board (steering committee) of a loan's project: officials of the register, with their roles.
create table project_loan_board_members (
  id bigint generated always as identity primary key,
  loan_id bigint not null references project_loans (id) on delete cascade,
  official_id bigint not null references officials (id),
  role_mn text not null check (length(role_mn) between 1 and 200),
  role_en text not null check (length(role_en) between 1 and 200),
  starts_on date,
  ends_on date,
  check (ends_on is null or starts_on is null or ends_on >= starts_on),
  unique (loan_id, official_id, role_mn)
);

-- What funds a project: the state budget (a line of the glass account, by reference), a loan or a
-- grant of the register, a concession or a public–private partnership; amounts in their currency.
create table project_funding (
  id bigint generated always as identity primary key,
  project_id bigint not null references projects (id) on delete cascade,
  source text not null check (source in ('budget', 'foreign-loan', 'grant', 'concession', 'ppp')),
  amount numeric(20, 2) not null check (amount > 0),
  currency text not null check (currency ~ '^[A-Z]{3}$'),
  loan_id bigint references project_loans (id),
  -- The glass account's budget line (module fiscal, by its reference).
  budget_line_ref text check (length(budget_line_ref) between 1 and 100),
  description_mn text check (length(description_mn) <= 1000),
  description_en text check (length(description_en) <= 1000),
  check ((source in ('foreign-loan', 'grant')) = (loan_id is not null))
);

create index project_funding_project_idx on project_funding (project_id);
create index project_funding_loan_idx on project_funding (loan_id) where loan_id is not null;
