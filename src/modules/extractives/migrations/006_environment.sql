-- Extractives: the environmental list (commitment 3.1.6). A case is opened by the list's keeper
-- (the country pack's `environmentalList.keeperSlug`) on an inspection of a legal entity of the
-- platform's register; it then moves through due process (notice, the company's reply, decision,
-- appeal and its outcome, remedy verified, delisting), each step an event of its history. The
-- case row keeps where the process stands, for lists and filters; the events are the record, and
-- are never changed or deleted (triggers below), nor is a case ever deleted.

create table extractive_environment_cases (
  id bigint generated always as identity primary key,
  -- The keeper of the list, against which every step is authorised.
  organization_id bigint not null references organizations (id),
  legal_entity_id bigint not null references legal_entities (id),
  finding_mn text not null check (length(finding_mn) between 1 and 4000),
  finding_en text not null check (length(finding_en) between 1 and 4000),
  -- Where: the most specific unit (aimag, soum or district), and the licences (link table below).
  admin_unit_code text references admin_units (code),
  inspected_on date not null,
  inspector_id bigint not null references organizations (id),
  report_reference text not null check (length(report_reference) between 1 and 200),
  stage text not null check (
    stage in ('inspected', 'noticed', 'replied', 'decided', 'appealed', 'overturned', 'remedied', 'delisted')
  ),
  -- On the list now: set by a decision to list, cleared by delisting (or a decision not to list).
  listed boolean not null default false,
  noticed_on date,
  reply_due_at timestamptz,
  reply_last_day date,
  decided_on date,
  appeal_last_day date,
  penalty_mnt numeric(16, 2) check (penalty_mnt >= 0),
  remedy_mn text,
  remedy_en text,
  remedy_due_on date,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (stage = 'inspected' or noticed_on is not null),
  check (noticed_on is null or noticed_on >= inspected_on)
);

create index extractive_environment_cases_entity_idx on extractive_environment_cases (legal_entity_id);
create index extractive_environment_cases_stage_idx on extractive_environment_cases (stage, listed);
create index extractive_environment_cases_unit_idx on extractive_environment_cases (admin_unit_code);

create table extractive_environment_case_licences (
  case_id bigint not null references extractive_environment_cases (id),
  licence_id bigint not null references extractive_licences (id),
  primary key (case_id, licence_id)
);

create index extractive_environment_case_licences_licence_idx on extractive_environment_case_licences (licence_id);

-- The history: one row per step, in order, with who recorded it and when. `details` holds the
-- step's own fields (the reply's text, the decision's penalty and remedy, the appeal's outcome).
create table extractive_environment_events (
  id bigint generated always as identity primary key,
  case_id bigint not null references extractive_environment_cases (id),
  kind text not null check (
    kind in ('inspection', 'notice', 'reply', 'decision', 'appeal', 'appeal-outcome', 'remedy-verified', 'delisted')
  ),
  occurred_on date not null,
  -- A deadline this step started (the reply after a notice, the appeal after a decision).
  due_at timestamptz,
  last_day date,
  details jsonb not null default '{}',
  -- Who recorded it (the audit trail's label, `user:12`) and when.
  recorded_by text not null,
  recorded_at timestamptz not null
);

create index extractive_environment_events_case_idx on extractive_environment_events (case_id, id);

-- The whole history kept: events are never changed or deleted, cases never deleted.
create function extractive_environment_keep() returns trigger language plpgsql as $$
begin
  raise exception 'the environmental list keeps its whole history: % on % is not allowed', tg_op, tg_table_name;
end
$$;

create trigger extractive_environment_events_keep before update or delete on extractive_environment_events
  for each row execute function extractive_environment_keep();
create trigger extractive_environment_cases_keep before delete on extractive_environment_cases
  for each row execute function extractive_environment_keep();
create trigger extractive_environment_case_licences_keep before delete on extractive_environment_case_licences
  for each row execute function extractive_environment_keep();
