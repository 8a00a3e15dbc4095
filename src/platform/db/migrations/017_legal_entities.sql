-- Legal entities: companies, state-owned enterprises, NGOs, foreign companies and other legal
-- persons that every module refers to (a supplier, a licence holder, a payee, a lender). A platform
-- register, published by the module `legal-entities`. Public bodies stay in `organizations`; a body
-- that is also a legal entity points to it.
--
-- An entity is identified by scheme and identifier: the state register number (the country pack's
-- national scheme), another register (`GB-COH`, an IATI organisation identifier `XI-IATI`…), or,
-- for a party that came with a name only, the scheme `unidentified` and the party's normalised name.
-- Modules write their own rows from their source documents and refer to entities by id; what a
-- person decided (this name is that company) lives here, in `merged_into` and the merge log, so a
-- module that rebuilds its rows from its sources keeps every decision.

create table legal_entities (
  id bigint generated always as identity primary key,
  scheme text not null check (scheme ~ '^([A-Z]{2}|X[A-Z])-[A-Z0-9]+$' or scheme = 'unidentified'),
  identifier text not null check (length(identifier) between 1 and 200),
  kind text not null default 'company' check (kind in (
    'company', 'state-owned-enterprise', 'state-shareholding-company', 'cooperative', 'ngo',
    'foundation', 'foreign-company', 'international-organisation', 'government-body', 'other')),
  name_mn text check (length(name_mn) between 1 and 300),
  name_en text check (length(name_en) between 1 and 300),
  -- The name as commonly written (a brand, a short form), beside the name as registered.
  common_name_mn text check (length(common_name_mn) between 1 and 300),
  common_name_en text check (length(common_name_en) between 1 and 300),
  admin_unit_code text references admin_units (code),
  status text not null default 'unknown' check (status in ('active', 'suspended', 'in-liquidation', 'dissolved', 'unknown')),
  registered_on date,
  -- A public body of the registry that is also this legal entity (a state-owned enterprise).
  organization_id bigint unique references organizations (id),
  -- Set when a person confirmed that this entity is another one (always a root: never merged itself).
  merged_into bigint references legal_entities (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (name_mn is not null or name_en is not null),
  check (merged_into is null or merged_into <> id),
  unique (scheme, identifier)
);
create index legal_entities_merged_into on legal_entities (merged_into) where merged_into is not null;
create index legal_entities_sort_mn on legal_entities ((mn_sort_key(coalesce(name_mn, name_en))) collate "C", id);

-- Where each fact about an entity came from: the register, a module's source document, a person.
create table legal_entity_sources (
  entity_id bigint not null references legal_entities (id) on delete cascade,
  -- The fact: name_mn, name_en, kind, status, registered_on, admin_unit_code, identifier…
  field text not null check (length(field) between 1 and 60),
  -- Who said so: a module (`procurement`), an import (`import:legal-entities`), a person (`user:12`).
  source text not null check (length(source) between 1 and 200),
  -- The document it was read from (an OCID, a file name, a URL), where there is one.
  reference text check (length(reference) <= 500),
  recorded_at timestamptz not null default now(),
  primary key (entity_id, field, source)
);

-- Every name an entity is known by, as written and as a matching key (normalised, Latin script,
-- legal forms dropped), with a trigram index: the name matcher's lookup.
create table legal_entity_names (
  entity_id bigint not null references legal_entities (id) on delete cascade,
  name text not null check (length(name) between 1 and 300),
  match_key text not null,
  primary key (entity_id, name)
);
create index legal_entity_names_key_trgm on legal_entity_names using gin (match_key gin_trgm_ops);
create index legal_entity_names_key on legal_entity_names (match_key);

-- Candidates the matcher found for an unidentified entity: a person confirms one (a merge) or
-- rejects it; nothing is merged without them.
create table legal_entity_match_candidates (
  entity_id bigint not null references legal_entities (id) on delete cascade,
  candidate_id bigint not null references legal_entities (id) on delete cascade,
  score real not null check (score between 0 and 1),
  status text not null default 'pending' check (status in ('pending', 'confirmed', 'rejected')),
  found_at timestamptz not null default now(),
  decided_by bigint references users (id),
  decided_at timestamptz,
  primary key (entity_id, candidate_id),
  check (entity_id <> candidate_id)
);
create index legal_entity_match_candidates_pending on legal_entity_match_candidates (found_at, entity_id) where status = 'pending';

-- Every merge, and its undoing: which entities were pointed where, by whom and why.
create table legal_entity_merges (
  id bigint generated always as identity primary key,
  from_id bigint not null references legal_entities (id),
  into_id bigint not null references legal_entities (id),
  -- Entities that had been merged into `from_id` and were moved to `into_id` with it.
  moved_ids bigint[] not null default '{}',
  reason text not null check (length(reason) between 1 and 1000),
  merged_by bigint references users (id),
  merged_at timestamptz not null default now(),
  undone_by bigint references users (id),
  undone_at timestamptz,
  undo_reason text check (length(undo_reason) <= 1000)
);
create index legal_entity_merges_from on legal_entity_merges (from_id, merged_at);
