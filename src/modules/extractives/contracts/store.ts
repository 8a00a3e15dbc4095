import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';

/** A contract as its list, its page and the API show it. */
export interface Contract {
  id: number;
  slug: string;
  contractType: string;
  titleMn: string;
  titleEn: string;
  signedOn: string | null;
  termYears: number | null;
  extensionYears: number | null;
  resources: string[];
  organization: string;
  organizationId: number;
  organizationNameMn: string;
  organizationNameEn: string;
  /** The parties' names joined, for the list and the dataset. */
  partiesMn: string;
  partiesEn: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface ContractParty {
  position: number;
  /** A legal entity of the register (`/legal-entities/:id`) or an organisation (`/organizations/:slug`). */
  entityId: number | null;
  organization: string | null;
  nameMn: string;
  nameEn: string;
}

export interface ContractLink {
  slug: string;
  titleMn: string;
  titleEn: string;
  date: string | null;
}

export interface ContractDocument {
  id: number;
  fileId: string;
  sha256: string;
  pageCount: number;
  scannedPages: number;
  titleMn: string;
  titleEn: string;
}

export interface Annotation {
  id: number;
  contract: string;
  contractTitleMn: string;
  contractTitleEn: string;
  documentId: number | null;
  page: number | null;
  article: string | null;
  category: string;
  summaryMn: string;
  summaryEn: string;
  author: string;
  createdAt: Date;
}

const partyName = (lang: 'mn' | 'en') =>
  lang === 'mn'
    ? sql`coalesce(e.name_mn, e.name_en, o.name_mn)`
    : sql`coalesce(e.name_en, e.name_mn, o.name_en)`;

/** Every contract with what the list filters and sorts on: the rows `d` of the list and the dataset. */
export const contractRows = sql`
  select c.id, c.slug, c.contract_type, c.title_mn, c.title_en, c.signed_on, c.term_years,
    c.extension_years, c.resources as resource_codes, array_to_string(c.resources, ';') as resources, o.slug as organization, c.organization_id,
    o.name_mn as organization_name_mn, o.name_en as organization_name_en,
    coalesce((select string_agg(${partyName('mn')}, '; ' order by p.position)
      from extractive_contract_parties p left join legal_entities e on e.id = p.legal_entity_id
      left join organizations o on o.id = p.organization_id where p.contract_id = c.id), '') as parties_mn,
    coalesce((select string_agg(${partyName('en')}, '; ' order by p.position)
      from extractive_contract_parties p left join legal_entities e on e.id = p.legal_entity_id
      left join organizations o on o.id = p.organization_id where p.contract_id = c.id), '') as parties_en,
    c.created_at, c.updated_at
  from extractive_contracts c join organizations o on o.id = c.organization_id`;

export const CONTRACT_COLUMNS = sql`d.id::int as id, d.slug, d.contract_type as "contractType",
  d.title_mn as "titleMn", d.title_en as "titleEn", to_char(d.signed_on, 'YYYY-MM-DD') as "signedOn",
  d.term_years as "termYears", d.extension_years as "extensionYears", d.resource_codes as resources,
  d.organization, d.organization_id::int as "organizationId",
  d.organization_name_mn as "organizationNameMn", d.organization_name_en as "organizationNameEn",
  d.parties_mn as "partiesMn", d.parties_en as "partiesEn",
  d.created_at as "createdAt", d.updated_at as "updatedAt"`;

export async function findContract(db: Queryable, slug: string): Promise<Contract | undefined> {
  const [found] = await db.query<Contract>(
    sql`select ${CONTRACT_COLUMNS} from (${contractRows}) d where d.slug = ${slug}`,
  );
  return found;
}

export function contractParties(db: Queryable, contractId: number): Promise<ContractParty[]> {
  return db.query<ContractParty>(sql`
    select p.position, p.legal_entity_id::int as "entityId", o.slug as organization,
      ${partyName('mn')} as "nameMn", ${partyName('en')} as "nameEn"
    from extractive_contract_parties p left join legal_entities e on e.id = p.legal_entity_id
      left join organizations o on o.id = p.organization_id
    where p.contract_id = ${contractId} order by p.position`);
}

export function contractLicences(db: Queryable, contractId: number): Promise<ContractLink[]> {
  return db.query<ContractLink>(sql`
    select l.slug, l.name_mn as "titleMn", l.name_en as "titleEn", to_char(l.granted_on, 'YYYY-MM-DD') as date
    from extractive_contract_licences x join extractive_licences l on l.id = x.licence_id
    where x.contract_id = ${contractId} order by l.number`);
}

/** The contracts this one amends (`amends`) and those that amend it (`amendedBy`), with the dates. */
export async function contractAmendments(db: Queryable, contractId: number) {
  const link = (column: 'amends_id' | 'contract_id', other: 'contract_id' | 'amends_id') =>
    db.query<ContractLink>(sql`
      select c.slug, c.title_mn as "titleMn", c.title_en as "titleEn", to_char(a.amended_on, 'YYYY-MM-DD') as date
      from extractive_contract_amendments a join extractive_contracts c on c.id = a.${sql.raw(column)}
      where a.${sql.raw(other)} = ${contractId} order by a.amended_on, c.slug`);
  return {
    amends: await link('amends_id', 'contract_id'),
    amendedBy: await link('contract_id', 'amends_id'),
  };
}

export function contractDocuments(db: Queryable, contractId: number): Promise<ContractDocument[]> {
  return db.query<ContractDocument>(sql`
    select d.id::int as id, d.file_id as "fileId", d.sha256, d.page_count as "pageCount",
      (select count(*)::int from extractive_contract_pages p where p.document_id = d.id and not p.has_text) as "scannedPages",
      d.title_mn as "titleMn", d.title_en as "titleEn"
    from extractive_contract_documents d where d.contract_id = ${contractId} order by d.id`);
}

const ANNOTATION_COLUMNS = sql`a.id::int as id, c.slug as contract, c.title_mn as "contractTitleMn",
  c.title_en as "contractTitleEn", a.document_id::int as "documentId", a.page_number as page, a.article,
  a.category, a.summary_mn as "summaryMn", a.summary_en as "summaryEn", a.author, a.created_at as "createdAt"`;

export function contractAnnotations(db: Queryable, contractId: number): Promise<Annotation[]> {
  return db.query<Annotation>(sql`
    select ${ANNOTATION_COLUMNS} from extractive_contract_annotations a
      join extractive_contracts c on c.id = a.contract_id
    where a.contract_id = ${contractId} order by a.category, a.page_number nulls last, a.id`);
}

/** One category side by side across contracts: the comparison page, in signature order. */
export function annotationsOfCategory(db: Queryable, category: string): Promise<Annotation[]> {
  return db.query<Annotation>(sql`
    select ${ANNOTATION_COLUMNS} from extractive_contract_annotations a
      join extractive_contracts c on c.id = a.contract_id
    where a.category = ${category} order by c.signed_on nulls last, c.slug, a.page_number nulls last, a.id`);
}

/** All annotations with their contract, flat: the source of the `extractives-annotations` dataset. */
export const annotationRows = sql`
  select a.id, c.slug as contract, c.contract_type, a.page_number as page, a.article, a.category,
    a.summary_mn, a.summary_en, a.author, a.created_at
  from extractive_contract_annotations a join extractive_contracts c on c.id = a.contract_id`;

export interface ContractPage {
  document: number;
  number: number;
  text: string;
  hasText: boolean;
  pageCount: number;
}

/** Page `n` of the contract's first document that has one (documents in the order they were added). */
export async function contractPage(
  db: Queryable,
  contractId: number,
  n: number,
  documentId?: number,
): Promise<ContractPage | undefined> {
  const [found] = await db.query<ContractPage>(sql`
    select p.document_id::int as document, p.page_number as number, p.text, p.has_text as "hasText",
      d.page_count as "pageCount"
    from extractive_contract_pages p join extractive_contract_documents d on d.id = p.document_id
    where p.contract_id = ${contractId} and p.page_number = ${n}
      ${documentId === undefined ? sql.empty : sql`and p.document_id = ${documentId}`}
    order by p.document_id limit 1`);
  return found;
}

export async function countContracts(db: Queryable): Promise<number> {
  const [row] = await db.query<{ count: number }>(
    sql`select count(*)::int as count from extractive_contracts`,
  );
  return row?.count ?? 0;
}
