-- Public officials as people holding posts in organisations over time, in Popolo's terms: a person
-- (`officials`), a post in an organisation (`official_posts`), and a membership (`official_posts`
-- held from a day to a day). A platform register: plans' committee, project boards, decision
-- owners and declarations refer to the same person; the module `officials` publishes it. Only
-- public facts are kept here; a person's register number or address never are.

create table officials (
  id bigint generated always as identity primary key,
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 100),
  name_mn text not null check (length(name_mn) between 1 and 200),
  name_en text check (length(name_en) between 1 and 200),
  -- The official's own account, for filing their declaration later; never published.
  user_id bigint unique references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table official_posts (
  id bigint generated always as identity primary key,
  organization_id bigint not null references organizations (id),
  label_mn text not null check (length(label_mn) between 1 and 300),
  label_en text check (length(label_en) between 1 and 300),
  -- The post's holder must file asset and income declarations.
  declares_assets boolean not null default false,
  -- The post makes its holder a politically exposed person.
  politically_exposed boolean not null default false,
  unique (organization_id, label_mn)
);

create table official_memberships (
  id bigint generated always as identity primary key,
  official_id bigint not null references officials (id),
  post_id bigint not null references official_posts (id),
  role text check (length(role) between 1 and 100),
  starts_on date not null,
  ends_on date,
  -- Where the fact comes from: an appointment decree, a register, a web page.
  source text check (length(source) <= 500),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (ends_on is null or ends_on >= starts_on),
  unique (official_id, post_id, starts_on)
);

create index official_memberships_post_idx on official_memberships (post_id);
create index official_memberships_official_idx on official_memberships (official_id);
