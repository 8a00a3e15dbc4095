-- Identity: accounts, their sign-in methods, role grants, sessions, API tokens, one-time tokens
-- sent by mail, and the counters behind rate limits and lockouts.

create table users (
  id bigint generated always as identity primary key,
  email text not null check (email = lower(email) and position('@' in email) > 1),
  email_verified_at timestamptz,
  display_name text not null check (length(display_name) between 1 and 200),
  -- argon2id in PHC string form; null for accounts that sign in only through OpenID Connect.
  password_hash text,
  locale text not null default 'mn' check (locale in ('mn', 'en')),
  -- Base32 TOTP secret, set once the user has proved a first code.
  totp_secret text,
  totp_enabled_at timestamptz,
  totp_last_step bigint,
  failed_sign_ins integer not null default 0,
  locked_until timestamptz,
  disabled_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index users_email on users (email);

-- Accounts linked to an OpenID Connect provider (the national single sign-on).
create table user_identities (
  provider text not null,
  subject text not null,
  user_id bigint not null references users (id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (provider, subject)
);
create index user_identities_user on user_identities (user_id);

create table role_grants (
  id bigint generated always as identity primary key,
  user_id bigint not null references users (id) on delete cascade,
  role text not null check (role in ('citizen', 'organization-publisher', 'organization-responder',
    'organization-administrator', 'ogp-committee-member', 'independent-evaluator', 'anti-corruption-officer',
    'law-enforcement-officer', 'moderator', 'platform-administrator')),
  organization_id bigint references organizations (id),
  include_sub_organizations boolean not null default false,
  granted_by bigint references users (id),
  granted_at timestamptz not null default now(),
  revoked_at timestamptz,
  check ((role like 'organization-%') = (organization_id is not null))
);
create unique index role_grants_active on role_grants (user_id, role, coalesce(organization_id, 0)) where revoked_at is null;
create index role_grants_organization on role_grants (organization_id) where revoked_at is null;

-- Sessions live in the database so every web process shares them. The cookie holds a random
-- token; only its SHA-256 is stored, so a leaked table cannot be replayed.
create table sessions (
  id_hash text primary key,
  user_id bigint not null references users (id) on delete cascade,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  second_factor_at timestamptz,
  ip text,
  user_agent text,
  revoked_at timestamptz
);
create index sessions_user on sessions (user_id) where revoked_at is null;

-- API tokens for agencies' systems: scoped, expiring, revocable; only the hash is stored.
create table api_tokens (
  id bigint generated always as identity primary key,
  token_hash text not null unique,
  prefix text not null,
  name text not null,
  user_id bigint not null references users (id) on delete cascade,
  organization_id bigint references organizations (id),
  scopes text[] not null,
  created_by bigint references users (id),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  last_used_at timestamptz,
  revoked_at timestamptz
);
create index api_tokens_user on api_tokens (user_id);

-- One-time links sent by mail: email confirmation, password reset, invitation.
create table one_time_tokens (
  token_hash text primary key,
  purpose text not null check (purpose in ('confirm-email', 'reset-password', 'invitation')),
  user_id bigint references users (id) on delete cascade,
  email text,
  data jsonb not null default '{}',
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);
create index one_time_tokens_user on one_time_tokens (user_id, purpose);

-- Fixed-window counters for rate limits, shared by every process.
create table rate_limits (
  bucket text not null,
  window_start timestamptz not null,
  hits integer not null,
  primary key (bucket, window_start)
);
