-- Documents of a project, in OC4IDS documentType terms: feasibility studies, progress reports,
-- photos of the works, plans, impact assessments, signed contracts. Each is a stored file (its
-- SHA-256 in `files`) or a link, and may belong to a study or a report.

create table project_documents (
  id bigint generated always as identity primary key,
  project_id bigint not null references projects (id) on delete cascade,
  kind text not null check (
    kind in ('feasibilityStudy', 'physicalProgressReport', 'financialProgressReport', 'photo', 'projectPlan',
      'environmentalImpact', 'contractSigned', 'other')
  ),
  study_id bigint references project_feasibility_studies (id) on delete cascade,
  report_id bigint references project_progress_reports (id) on delete cascade,
  title_mn text not null check (length(title_mn) between 1 and 300),
  title_en text not null check (length(title_en) between 1 and 300),
  file_id uuid references files (id),
  url text check (url ~ '^https?://' and length(url) <= 2000),
  published_on date not null,
  created_at timestamptz not null default now(),
  check ((file_id is null) <> (url is null))
);

create index project_documents_project_idx on project_documents (project_id, kind);
create index project_documents_report_idx on project_documents (report_id) where report_id is not null;
