-- Performance reports (commitment 3.3.1.3.4): a project's physical and financial progress for a
-- period, each a percentage with what it is measured against, the money spent, the issues found
-- and the officer who reported (officials register). Progress never goes backwards without a
-- stated reason (checked by the command against the report before it). Milestones are planned with
-- a due date and completed in a report. Photos and report files are `project_documents`.

create table project_progress_reports (
  id bigint generated always as identity primary key,
  project_id bigint not null references projects (id) on delete cascade,
  period_start date not null,
  period_end date not null,
  reported_on date not null,
  physical_percent numeric(5, 2) not null check (physical_percent between 0 and 100),
  physical_basis_mn text not null check (length(physical_basis_mn) between 1 and 1000),
  physical_basis_en text not null check (length(physical_basis_en) between 1 and 1000),
  financial_percent numeric(5, 2) not null check (financial_percent between 0 and 100),
  financial_basis_mn text not null check (length(financial_basis_mn) between 1 and 1000),
  financial_basis_en text not null check (length(financial_basis_en) between 1 and 1000),
  -- Spent to the end of the period, in the project budget's currency.
  spent_amount numeric(20, 2) check (spent_amount >= 0),
  spent_currency text check (spent_currency ~ '^[A-Z]{3}$'),
  issues_mn text check (length(issues_mn) <= 10000),
  issues_en text check (length(issues_en) <= 10000),
  -- Why progress is below the previous report's (required then; checked by the command).
  decrease_reason_mn text check (length(decrease_reason_mn) between 1 and 2000),
  decrease_reason_en text check (length(decrease_reason_en) between 1 and 2000),
  officer_id bigint references officials (id),
  created_at timestamptz not null default now(),
  check (period_end > period_start),
  check (reported_on >= period_start),
  check ((spent_amount is null) = (spent_currency is null)),
  unique (project_id, period_end)
);

create index project_progress_reports_period_idx on project_progress_reports (project_id, period_end desc);

create table project_milestones (
  id bigint generated always as identity primary key,
  project_id bigint not null references projects (id) on delete cascade,
  title_mn text not null check (length(title_mn) between 1 and 300),
  title_en text not null check (length(title_en) between 1 and 300),
  due_on date not null,
  completed_on date,
  -- The report that recorded it done.
  report_id bigint references project_progress_reports (id) on delete set null,
  created_at timestamptz not null default now()
);

create index project_milestones_project_idx on project_milestones (project_id, due_on);
