-- Extractives: resource contracts with annotated clauses (commitment 3.1.5), in the manner of
-- ResourceContracts.org. A contract (investment, stability, production sharing … — the country
-- pack's kinds) is published by the pack's mineral resources body, between parties that are legal
-- entities of the platform's register (the companies) or organisations of the registry (the state
-- side); it covers licences, may amend another contract, and has documents: stored PDF files whose
-- text is kept page by page for search, a page without text marked as a scan. Annotations mark a
-- passage (page, article) with a category of the international taxonomy (contracts/categories.ts)
-- and a plain-language summary in both languages.

create table extractive_contracts (
  id bigint generated always as identity primary key,
  -- The publishing body (the pack's `contractsPublisherSlug`), against which edits are authorised.
  organization_id bigint not null references organizations (id),
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 100),
  contract_type text not null check (contract_type ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  title_mn text not null check (length(title_mn) between 1 and 300),
  title_en text not null check (length(title_en) between 1 and 300),
  signed_on date,
  term_years integer check (term_years between 1 and 200),
  -- The extension the contract itself allows (Oyu Tolgoi: 30 years and 20 more).
  extension_years integer check (extension_years between 1 and 200),
  resources text[] not null default '{}'
    check (resources <@ array['mineral', 'petroleum', 'land', 'water']::text[]),
  -- Match key (src/platform/search/transliterate.ts) of the titles and parties, for full-text search.
  tsv tsvector not null default ''::tsvector,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create index extractive_contracts_type_idx on extractive_contracts (contract_type, signed_on);
create index extractive_contracts_tsv_idx on extractive_contracts using gin (tsv);

-- Parties, in the order the contract names them: a legal entity (a company) or an organisation
-- (the state side), never both.
create table extractive_contract_parties (
  contract_id bigint not null references extractive_contracts (id) on delete cascade,
  position integer not null check (position between 1 and 50),
  legal_entity_id bigint references legal_entities (id),
  organization_id bigint references organizations (id),
  primary key (contract_id, position),
  check ((legal_entity_id is null) <> (organization_id is null))
);

create index extractive_contract_parties_entity_idx on extractive_contract_parties (legal_entity_id);
create index extractive_contract_parties_organization_idx on extractive_contract_parties (organization_id);

create table extractive_contract_licences (
  contract_id bigint not null references extractive_contracts (id) on delete cascade,
  licence_id bigint not null references extractive_licences (id),
  primary key (contract_id, licence_id)
);

create index extractive_contract_licences_licence_idx on extractive_contract_licences (licence_id);

-- A contract that amends another (a development plan amending an investment agreement), with the date.
create table extractive_contract_amendments (
  contract_id bigint not null references extractive_contracts (id) on delete cascade,
  amends_id bigint not null references extractive_contracts (id) on delete cascade,
  amended_on date not null,
  primary key (contract_id, amends_id),
  check (contract_id <> amends_id)
);

create index extractive_contract_amendments_amends_idx on extractive_contract_amendments (amends_id);

create table extractive_contract_documents (
  id bigint generated always as identity primary key,
  contract_id bigint not null references extractive_contracts (id) on delete cascade,
  file_id uuid not null references files (id),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  page_count integer not null check (page_count between 1 and 10000),
  title_mn text not null check (length(title_mn) between 1 and 300),
  title_en text not null check (length(title_en) between 1 and 300),
  created_at timestamptz not null default now(),
  unique (contract_id, sha256)
);

-- The text of each page as extracted. `has_text` false: a scan without text, shown as such.
-- `tsv` is to_tsvector('simple', match key of the text), as the site search builds its own, so
-- Cyrillic and Latin spellings meet and both engines index the same lexemes.
create table extractive_contract_pages (
  document_id bigint not null references extractive_contract_documents (id) on delete cascade,
  page_number integer not null check (page_number >= 1),
  contract_id bigint not null references extractive_contracts (id) on delete cascade,
  text text not null default '',
  has_text boolean not null,
  tsv tsvector not null,
  primary key (document_id, page_number),
  check (has_text = (btrim(text) <> ''))
);

create index extractive_contract_pages_tsv_idx on extractive_contract_pages using gin (tsv);
create index extractive_contract_pages_contract_idx on extractive_contract_pages (contract_id);

create table extractive_contract_annotations (
  id bigint generated always as identity primary key,
  contract_id bigint not null references extractive_contracts (id) on delete cascade,
  document_id bigint references extractive_contract_documents (id) on delete cascade,
  page_number integer check (page_number >= 1),
  article text check (length(article) between 1 and 100),
  category text not null check (category ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  summary_mn text not null check (length(summary_mn) between 1 and 4000),
  summary_en text not null check (length(summary_en) between 1 and 4000),
  -- Who wrote it: the signed-in person's label (never personal data beyond the name shown).
  author text not null check (length(author) between 1 and 200),
  tsv tsvector not null,
  created_at timestamptz not null default now(),
  check ((document_id is null) = (page_number is null))
);

create index extractive_contract_annotations_contract_idx on extractive_contract_annotations (contract_id);
create index extractive_contract_annotations_category_idx on extractive_contract_annotations (category);
create index extractive_contract_annotations_tsv_idx on extractive_contract_annotations using gin (tsv);
