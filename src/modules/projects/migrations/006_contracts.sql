-- The procurement processes and contracts of each project, by OCID (the procurement module's
-- records, reached through its manifest), and the general conditions of contract between supplier
-- and buyer that commitment 3.3.1.7 asks for; the loan that finances it, where one does.

create table project_contracts (
  id bigint generated always as identity primary key,
  project_id bigint not null references projects (id) on delete cascade,
  ocid text not null check (ocid ~ '^ocds-[a-z0-9]+-' and length(ocid) <= 200),
  loan_id bigint references project_loans (id),
  general_conditions_mn text check (length(general_conditions_mn) <= 20000),
  general_conditions_en text check (length(general_conditions_en) <= 20000),
  created_at timestamptz not null default now(),
  unique (project_id, ocid)
);

create index project_contracts_ocid_idx on project_contracts (ocid);
