-- Requests citizens make of public bodies, on one clock (src/platform/deadlines/requests.ts): each
-- module that takes requests (public questions, and the modules whose laws set periods) opens one
-- row per request, and the platform keeps its deadline, its one extension, its pauses while the
-- organisation waits for the citizen, its answer and its escalation. No personal data: the
-- request's text and its asker stay in the owning module's tables.

create table requests (
  id bigint generated always as identity primary key,
  -- What kind of request, named by its module: `questions.question`.
  kind text not null check (kind ~ '^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$'),
  -- The owning module's key of the record (a question's number).
  subject_key text not null check (length(subject_key) between 1 and 200),
  -- Where the organisation's staff work on it (a site path), for the escalation mail.
  staff_path text not null check (staff_path ~ '^/'),
  organization_id bigint not null references organizations (id),
  received_at timestamptz not null,
  -- The rule the law sets: so many days, calendar or working, in the country's time zone.
  rule_days integer not null check (rule_days between 1 and 366),
  rule_count text not null check (rule_count in ('calendar', 'working')),
  due_at timestamptz not null,
  -- The one extension, with its stated reason.
  extended_days integer check (extended_days between 1 and 366),
  extension_reason text check (length(extension_reason) between 1 and 2000),
  extended_at timestamptz,
  -- A pause while waiting for the citizen; `resumed_at` ends it and moves `due_at`.
  paused_at timestamptz,
  resumed_at timestamptz,
  paused_days integer not null default 0 check (paused_days >= 0),
  answered_at timestamptz,
  -- 0 not escalated; 1 the organisation's responsible staff told; 2 its administrators too.
  escalation_level integer not null default 0 check (escalation_level between 0 and 2),
  escalated_at timestamptz,
  unique (kind, subject_key),
  check ((extended_days is null) = (extension_reason is null) and (extended_days is null) = (extended_at is null)),
  check (due_at > received_at)
);

create index requests_organization on requests (organization_id, received_at);
-- What the league table and "overdue" read: open requests by deadline.
create index requests_open on requests (due_at) where answered_at is null;
