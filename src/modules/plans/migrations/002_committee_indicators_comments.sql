-- The national committee that monitors the plan (members, meetings, decisions on commitments),
-- citizen-targeted performance indicators of organisations (commitment 3.3.1.2), and citizens'
-- comments on commitments, published after moderation.

create table plan_committee_members (
  id bigint generated always as identity primary key,
  -- A member's public role: name, position and the body or sector they represent; no contacts.
  name text not null check (length(name) between 1 and 200),
  position_mn text,
  position_en text,
  organization_id bigint references organizations (id),
  member_role text not null check (member_role in ('chair', 'secretary', 'member')),
  sector text not null check (sector in ('government', 'civil-society', 'private-sector', 'academia', 'other')),
  starts_on date not null,
  ends_on date,
  created_at timestamptz not null default now(),
  check (ends_on is null or starts_on <= ends_on)
);

create table plan_committee_meetings (
  id bigint generated always as identity primary key,
  held_on date not null,
  title_mn text,
  title_en text,
  place text,
  agenda text not null check (length(agenda) between 1 and 20000),
  minutes text check (length(minutes) <= 100000),
  created_by bigint references users (id),
  -- A retried form carries the same key and records no second meeting.
  submission_key text unique,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (title_mn is not null or title_en is not null)
);
create index plan_committee_meetings_held on plan_committee_meetings (held_on desc);

create table plan_committee_decisions (
  id bigint generated always as identity primary key,
  meeting_id bigint not null references plan_committee_meetings (id) on delete cascade,
  number text check (length(number) <= 40),
  text text not null check (length(text) between 1 and 10000),
  commitment_id bigint references plan_commitments (id) on delete set null,
  created_at timestamptz not null default now()
);
create index plan_committee_decisions_commitment on plan_committee_decisions (commitment_id);

create table plan_indicators (
  id bigint generated always as identity primary key,
  organization_id bigint not null references organizations (id),
  commitment_id bigint references plan_commitments (id) on delete set null,
  name_mn text,
  name_en text,
  definition text not null check (length(definition) between 1 and 5000),
  unit text not null check (length(unit) between 1 and 50),
  -- Whether more is better: how the trend is read.
  direction text not null check (direction in ('increase', 'decrease')),
  created_by bigint references users (id),
  created_at timestamptz not null default now(),
  check (name_mn is not null or name_en is not null)
);
create index plan_indicators_organization on plan_indicators (organization_id);

create table plan_indicator_values (
  id bigint generated always as identity primary key,
  indicator_id bigint not null references plan_indicators (id) on delete cascade,
  -- A year, a half, a quarter or a month: 2015, 2015-H1, 2015-Q3, 2015-07.
  period text not null check (period ~ '^[0-9]{4}(-(H[12]|Q[1-4]|(0[1-9]|1[0-2])))?$'),
  target numeric,
  actual numeric,
  note text check (length(note) <= 2000),
  reported_by bigint references users (id),
  updated_at timestamptz not null default now(),
  unique (indicator_id, period),
  check (target is not null or actual is not null)
);

create table plan_comments (
  id bigint generated always as identity primary key,
  commitment_id bigint not null references plan_commitments (id) on delete cascade,
  -- The author is never shown: a comment is published as "a citizen".
  user_id bigint references users (id) on delete set null,
  body text not null check (length(body) between 1 and 5000),
  status text not null default 'pending' check (status in ('pending', 'published', 'rejected')),
  moderated_by bigint references users (id),
  moderated_at timestamptz,
  submission_key text unique,
  created_at timestamptz not null default now(),
  check ((status = 'pending') = (moderated_at is null))
);
create index plan_comments_commitment on plan_comments (commitment_id, status, created_at);
create index plan_comments_pending on plan_comments (created_at) where status = 'pending';
