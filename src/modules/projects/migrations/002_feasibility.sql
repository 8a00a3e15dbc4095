-- Feasibility studies of projects (commitment 3.3.1.3.4: summaries of ongoing feasibility
-- studies): who wrote it and when, the cost and duration it estimated (what the project's flags
-- compare the budget and schedule with), the benefits it expects. Its documents are rows of
-- `project_documents` (migration 004).

create table project_feasibility_studies (
  id bigint generated always as identity primary key,
  project_id bigint not null references projects (id) on delete cascade,
  title_mn text not null check (length(title_mn) between 1 and 300),
  title_en text not null check (length(title_en) between 1 and 300),
  summary_mn text not null check (length(summary_mn) between 1 and 20000),
  summary_en text not null check (length(summary_en) between 1 and 20000),
  -- The author as named (a firm, a body, a consultant); the register's entity where known.
  author text not null check (length(author) between 1 and 300),
  author_entity_id bigint references legal_entities (id),
  -- An ongoing study has no completion date yet.
  started_on date,
  completed_on date,
  cost_estimate numeric(20, 2) not null check (cost_estimate > 0),
  cost_currency text not null check (cost_currency ~ '^[A-Z]{3}$'),
  -- The duration of the works the study estimated, in months.
  duration_months integer check (duration_months > 0),
  expected_benefits_mn text not null check (length(expected_benefits_mn) between 1 and 10000),
  expected_benefits_en text not null check (length(expected_benefits_en) between 1 and 10000),
  economic_irr numeric(7, 2),
  benefit_cost_ratio numeric(9, 3) check (benefit_cost_ratio >= 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (completed_on is null or started_on is null or completed_on >= started_on)
);

create index project_feasibility_studies_project_idx on project_feasibility_studies (project_id);
