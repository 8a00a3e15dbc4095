-- The action plan tracker: plans → priority areas → commitments → milestones, with the
-- organisations responsible for each, progress reports with evidence, and independent evaluations.
-- A plan is imported as a draft (never public), corrected in review, then published.

create table plans (
  id bigint generated always as identity primary key,
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  title_mn text,
  title_en text,
  period_start date,
  period_end date,
  status text not null default 'draft' check (status in ('draft', 'published')),
  -- The document it was imported from: re-importing the same bytes changes nothing.
  source_name text,
  source_sha256 text check (source_sha256 ~ '^[0-9a-f]{64}$'),
  -- What the import could not place, the organisations it could not match, what to check.
  import_notes jsonb not null default '{"unplaced": [], "warnings": []}',
  imported_at timestamptz,
  published_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (title_mn is not null or title_en is not null),
  check (period_end is null or period_start is null or period_start <= period_end),
  check ((status = 'published') = (published_at is not null))
);

create table plan_priorities (
  id bigint generated always as identity primary key,
  plan_id bigint not null references plans (id) on delete cascade,
  -- The roman numeral of the document, `III`.
  number text not null check (length(number) between 1 and 20),
  -- The document's own label, `3.2.1`.
  code text,
  title_mn text,
  title_en text,
  position integer not null,
  source_line integer,
  unique (plan_id, number),
  unique (plan_id, position)
);

create table plan_commitments (
  id bigint generated always as identity primary key,
  plan_id bigint not null references plans (id) on delete cascade,
  priority_id bigint not null references plan_priorities (id) on delete cascade,
  -- As in the document (`3.3.1.3`, `I.4`); null where the document gives none (a reviewer adds it).
  number text check (number ~ '^[0-9A-Za-z]+([.][0-9A-Za-z]+)*$'),
  position integer not null,
  title_mn text,
  title_en text,
  start_date date,
  end_date date,
  timeline_text text,
  ogp_values text[] not null default '{}' check (ogp_values <@ array['access-to-information',
    'civic-participation', 'public-accountability', 'technology-and-innovation']),
  -- The completion of the latest progress report (null: nothing reported yet).
  completion text check (completion in ('not-started', 'limited', 'substantial', 'complete', 'withdrawn')),
  -- Kept by the report command in its transaction, so the dashboard counts without scanning reports.
  report_count integer not null default 0 check (report_count >= 0),
  evidence_count integer not null default 0 check (evidence_count >= 0),
  source_line integer,
  updated_at timestamptz not null default now(),
  check (title_mn is not null or title_en is not null),
  check (end_date is null or start_date is null or start_date <= end_date),
  unique (plan_id, position)
);
create unique index plan_commitments_number on plan_commitments (plan_id, number) where number is not null;
create index plan_commitments_priority on plan_commitments (priority_id, position);
create index plan_commitments_due on plan_commitments (end_date);

create table plan_milestones (
  id bigint generated always as identity primary key,
  plan_id bigint not null references plans (id) on delete cascade,
  commitment_id bigint not null references plan_commitments (id) on delete cascade,
  number text check (number ~ '^[0-9A-Za-z]+([.][0-9A-Za-z]+)*$'),
  position integer not null,
  title_mn text,
  title_en text,
  start_date date,
  end_date date,
  timeline_text text,
  completion text check (completion in ('not-started', 'limited', 'substantial', 'complete', 'withdrawn')),
  source_line integer,
  check (title_mn is not null or title_en is not null),
  check (end_date is null or start_date is null or start_date <= end_date),
  unique (commitment_id, position)
);
create unique index plan_milestones_number on plan_milestones (plan_id, number) where number is not null;

-- Who is responsible, as the document names them; matched to the registry where a name is known.
create table plan_item_organizations (
  id bigint generated always as identity primary key,
  plan_id bigint not null references plans (id) on delete cascade,
  commitment_id bigint not null references plan_commitments (id) on delete cascade,
  -- Set when the document names the organisation against a milestone rather than the commitment.
  milestone_id bigint references plan_milestones (id) on delete cascade,
  organization_id bigint references organizations (id),
  name_as_written text not null check (length(name_as_written) between 1 and 500),
  role text not null check (role in ('lead', 'supporting')),
  position integer not null,
  source_line integer
);
create index plan_item_organizations_commitment on plan_item_organizations (commitment_id);
create index plan_item_organizations_organization on plan_item_organizations (organization_id);
create index plan_item_organizations_unmatched on plan_item_organizations (plan_id) where organization_id is null;

create table plan_progress_reports (
  id bigint generated always as identity primary key,
  commitment_id bigint not null references plan_commitments (id) on delete cascade,
  milestone_id bigint references plan_milestones (id) on delete cascade,
  -- The responsible organisation on whose behalf it is reported.
  organization_id bigint not null references organizations (id),
  completion text not null check (completion in ('not-started', 'limited', 'substantial', 'complete', 'withdrawn')),
  narrative text not null check (length(narrative) between 1 and 20000),
  reported_on date not null,
  created_by bigint references users (id),
  -- A retried submission carries the same key and makes no second report.
  submission_key text unique,
  created_at timestamptz not null default now()
);
create index plan_progress_reports_commitment on plan_progress_reports (commitment_id, created_at desc);

-- Evidence of a report: an uploaded document, a record of another module (through the search
-- index, so this module never reads another's tables), or a web link.
create table plan_report_evidence (
  id bigint generated always as identity primary key,
  report_id bigint not null references plan_progress_reports (id) on delete cascade,
  kind text not null check (kind in ('file', 'record', 'link')),
  file_id text,
  file_name text,
  record_module text,
  record_kind text,
  record_key text,
  -- As the record or file was named when it was linked; a record's live title is read from the index.
  title_mn text check (length(title_mn) <= 500),
  title_en text check (length(title_en) <= 500),
  url text not null check (url ~ '^(/|https?://)'),
  position integer not null,
  check (title_mn is not null or title_en is not null),
  check ((kind = 'file') = (file_id is not null)),
  check ((kind = 'record') = (record_module is not null and record_kind is not null and record_key is not null))
);
create index plan_report_evidence_report on plan_report_evidence (report_id);

-- Independent evaluation on the IRM's scales; starred is derived, never entered.
create table plan_evaluations (
  id bigint generated always as identity primary key,
  commitment_id bigint not null references plan_commitments (id) on delete cascade,
  evaluator_user_id bigint references users (id),
  verifiable boolean not null,
  relevance text[] not null default '{}' check (relevance <@ array['access-to-information',
    'civic-participation', 'public-accountability', 'technology-and-innovation']),
  potential_impact text not null check (potential_impact in ('none', 'minor', 'moderate', 'transformative')),
  completion text not null check (completion in ('no-evidence', 'not-started', 'limited', 'substantial', 'complete')),
  early_results text check (early_results in ('worsened', 'did-not-change', 'marginal', 'major', 'outstanding')),
  justification text not null check (length(justification) between 1 and 20000),
  starred boolean generated always as (
    verifiable and cardinality(relevance) > 0 and potential_impact in ('moderate', 'transformative')
      and completion in ('substantial', 'complete')) stored,
  status text not null default 'draft' check (status in ('draft', 'published')),
  published_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((status = 'published') = (published_at is not null))
);
create index plan_evaluations_commitment on plan_evaluations (commitment_id, created_at desc);

-- Readers who follow a commitment get a mail when it is updated (a report, a published rating).
create table plan_follows (
  commitment_id bigint not null references plan_commitments (id) on delete cascade,
  user_id bigint not null references users (id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (commitment_id, user_id)
);
create index plan_follows_user on plan_follows (user_id);
