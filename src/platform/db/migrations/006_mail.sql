-- Outgoing mail (src/platform/mail). A message is written here in the transaction of the change
-- that promised it, with a `mail.send` job that delivers it at least once. Addresses are personal
-- data: this table is never public.

create table mail_outbox (
  id bigint generated always as identity primary key,
  -- The Message-ID's left part: the same on every retry, so a receiver can drop a duplicate.
  message_uuid uuid not null unique,
  to_address text not null,
  subject text not null,
  text_body text not null,
  html_body text,
  locale text not null check (locale in ('mn', 'en')),
  status text not null default 'queued' check (status in ('queued', 'sent', 'failed')),
  job_id bigint references jobs (id) on delete set null,
  last_error text,
  -- The server's reply to the accepted message, e.g. `250 OK: queued as ...`.
  smtp_response text,
  created_at timestamptz not null,
  sent_at timestamptz,
  check ((status = 'sent') = (sent_at is not null))
);

create index mail_outbox_status on mail_outbox (status, created_at);
