-- Beneficial owners of licence holders (commitment 3.1.4, published as BODS 0.4): the natural
-- persons who own or control legal entities of the platform's register, and the relationships of
-- ownership or control between a subject (a legal entity of the register) and an interested party
-- (a natural person, another legal entity, or a State), each with its interests as BODS codes.
-- Persons keep only what may be published: names, nationality, country of residence, PEP status
-- (linked to the officials register). No birth date, address or identity number is ever stored.

create table extractive_owner_persons (
  id bigint generated always as identity primary key,
  -- The register keeper who declared the person (organisation of the registry).
  organization_id bigint not null references organizations (id),
  name_mn text not null check (length(name_mn) between 1 and 200),
  name_en text check (length(name_en) between 1 and 200),
  -- ISO 3166-1 alpha-2.
  nationality text check (nationality ~ '^[A-Z]{2}$'),
  residence text check (residence ~ '^[A-Z]{2}$'),
  -- BODS politicalExposure.status; an exposed person may be linked to the officials register.
  pep_status text not null default 'unknown' check (pep_status in ('isPep', 'isNotPep', 'unknown')),
  official_id bigint references officials (id),
  pep_reason text check (length(pep_reason) <= 500),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (official_id is null or pep_status = 'isPep')
);
create index extractive_owner_persons_official on extractive_owner_persons (official_id) where official_id is not null;

-- One relationship: the subject is owned or controlled by exactly one interested party.
create table extractive_ownerships (
  id bigint generated always as identity primary key,
  organization_id bigint not null references organizations (id),
  subject_id bigint not null references legal_entities (id),
  person_id bigint references extractive_owner_persons (id),
  party_entity_id bigint references legal_entities (id),
  -- The State of a country (ISO 3166-1 alpha-2) as owner: BODS entityType `state`.
  party_state text check (party_state ~ '^[A-Z]{2}$'),
  -- BODS sourceType codes, and where it was read.
  source_type text not null check (source_type in ('selfDeclaration', 'officialRegister', 'thirdParty', 'primaryResearch', 'verified')),
  source_url text check (length(source_url) <= 500),
  source_description text check (length(source_description) <= 500),
  statement_date date not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (num_nonnulls(person_id, party_entity_id, party_state) = 1),
  check (party_entity_id is null or party_entity_id <> subject_id)
);
create index extractive_ownerships_subject on extractive_ownerships (subject_id);
create index extractive_ownerships_party_entity on extractive_ownerships (party_entity_id) where party_entity_id is not null;
create index extractive_ownerships_person on extractive_ownerships (person_id) where person_id is not null;

-- The interests of a relationship (BODS Interest): type from the interestType codelist, a share
-- exact or as a range, whether it is beneficial ownership or control, and its dates.
create table extractive_ownership_interests (
  ownership_id bigint not null references extractive_ownerships (id) on delete cascade,
  position int not null check (position >= 0),
  interest_type text not null check (interest_type in ('shareholding', 'votingRights', 'appointmentOfBoard',
    'otherInfluenceOrControl', 'seniorManagingOfficial', 'settlor', 'trustee', 'protector',
    'beneficiaryOfLegalArrangement', 'rightsToSurplusAssetsOnDissolution', 'rightsToProfitOrIncome',
    'rightsGrantedByContract', 'conditionalRightsGrantedByContract', 'controlViaCompanyRulesOrArticles',
    'controlByLegalFramework', 'boardMember', 'boardChair', 'unknownInterest', 'unpublishedInterest',
    'enjoymentAndUseOfAssets', 'rightToProfitOrIncomeFromAssets', 'nominee', 'nominator')),
  direct text not null default 'direct' check (direct in ('direct', 'indirect', 'unknown')),
  beneficial boolean not null default false,
  share_exact numeric(7, 4) check (share_exact between 0 and 100),
  share_min numeric(7, 4) check (share_min between 0 and 100),
  share_max numeric(7, 4) check (share_max between 0 and 100),
  starts_on date,
  ends_on date,
  primary key (ownership_id, position),
  check (share_exact is null or (share_min is null and share_max is null)),
  check (share_min is null or share_max is null or share_min <= share_max),
  check (ends_on is null or starts_on is null or ends_on >= starts_on)
);
