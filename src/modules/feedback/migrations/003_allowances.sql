-- What a stranger may make the centre do in a day, counted per day in the country's time zone:
-- acknowledgements mailed to an address nobody confirmed (per recipient), bytes of attachments
-- stored from a case filed without signing in (per network address). `subject` is the SHA-256 of
-- the address, so no contact is kept outside `feedback_contacts`; rows older than yesterday are
-- pruned as new ones are taken (allowance.ts).
create table feedback_allowances (
  kind text not null check (kind in ('unconfirmed-mail', 'anonymous-upload-bytes')),
  subject text not null check (subject ~ '^[0-9a-f]{64}$'),
  day date not null,
  used bigint not null check (used > 0),
  primary key (kind, subject, day)
);
create index feedback_allowances_day on feedback_allowances (day);
