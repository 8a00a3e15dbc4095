-- Public questions: a citizen asks about a public record (a procurement process, a commitment …);
-- the text is redacted, a moderator publishes or rejects it, and the record's organisation answers
-- it publicly within the period of the country pack, on the platform's request clock (a row of
-- `requests`, kind `questions.question`, keyed by the question's id).

create table questions (
  id bigint generated always as identity primary key,
  -- The record asked about, as its module resolved it when the question was asked.
  subject_kind text not null check (subject_kind ~ '^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$'),
  subject_key text not null check (length(subject_key) between 1 and 200),
  subject_title_mn text not null check (length(subject_title_mn) between 1 and 1000),
  subject_title_en text not null check (length(subject_title_en) between 1 and 1000),
  subject_href text not null check (subject_href ~ '^/' and length(subject_href) <= 500),
  organization_id bigint not null references organizations (id),
  -- Private: who asked and what they wrote. No public page, API, download or search reads them.
  asked_by bigint not null references users (id),
  text text not null check (length(text) between 1 and 5000),
  -- What may be published: the automatic redaction of `text`, as the moderator left it.
  public_text text not null check (length(public_text) between 1 and 5000),
  status text not null default 'submitted'
    check (status in ('submitted', 'rejected', 'published', 'answered')),
  asked_at timestamptz not null,
  moderated_at timestamptz,
  moderated_by bigint references users (id),
  -- Shown to the asker only: a question is never removed without a reason.
  rejection_reason text check (length(rejection_reason) between 1 and 2000),
  published_at timestamptz,
  answer text check (length(answer) between 1 and 10000),
  answered_at timestamptz,
  updated_at timestamptz not null,
  check ((status = 'rejected') = (rejection_reason is not null)),
  check ((status in ('published', 'answered')) = (published_at is not null)),
  check ((status = 'answered') = (answer is not null and answered_at is not null))
);

create index questions_public on questions (published_at, id) where status in ('published', 'answered');
create index questions_queue on questions (asked_at, id) where status = 'submitted';
create index questions_organization on questions (organization_id, published_at);
create index questions_asker on questions (asked_by, asked_at);
