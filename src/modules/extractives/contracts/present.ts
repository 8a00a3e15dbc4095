import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import { categoryOf } from './categories.ts';
import { contractTypeName } from './lists.ts';
import type { ContractMatch } from './search.ts';
import {
  type Annotation,
  type Contract,
  contractAmendments,
  contractAnnotations,
  contractDocuments,
  contractLicences,
  contractParties,
} from './store.ts';

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

/** A snippet as plain text for the API: the `<mark>`s dropped and the escapes undone. */
export const plainSnippet = (html: string) =>
  html.replace(/<\/?mark>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e);

export function presentContract(c: Contract, publicUrl: string, match?: ContractMatch) {
  return {
    slug: c.slug,
    type: { code: c.contractType, name: contractTypeName(c.contractType) },
    title: { mn: c.titleMn, en: c.titleEn },
    signedOn: c.signedOn,
    termYears: c.termYears,
    extensionYears: c.extensionYears,
    resources: c.resources,
    parties: { mn: c.partiesMn, en: c.partiesEn },
    publisher: { slug: c.organization, name: { mn: c.organizationNameMn, en: c.organizationNameEn } },
    url: `${publicUrl}/extractives/contracts/${c.slug}`,
    ...(match
      ? { match: { source: match.source, page: match.page, snippet: plainSnippet(match.snippet.toString()) } }
      : {}),
  };
}

export function presentAnnotation(a: Annotation) {
  const category = categoryOf(a.category);
  return {
    id: a.id,
    contract: a.contract,
    page: a.page,
    article: a.article,
    category: {
      code: a.category,
      cluster: category?.cluster ?? 'general',
      name: category?.name ?? { mn: a.category, en: a.category },
    },
    summary: { mn: a.summaryMn, en: a.summaryEn },
    author: a.author,
    createdAt: new Date(a.createdAt).toISOString(),
  };
}

/** Everything the contract's page shows, read once for the page and the API. */
export async function contractDetails(db: Queryable, c: Contract) {
  const [parties, licences, amendments, documents, annotations] = await Promise.all([
    contractParties(db, c.id),
    contractLicences(db, c.id),
    contractAmendments(db, c.id),
    contractDocuments(db, c.id),
    contractAnnotations(db, c.id),
  ]);
  const scans = await db.query<{ document: number; page: number }>(sql`
    select document_id::int as document, page_number as page from extractive_contract_pages
    where contract_id = ${c.id} and not has_text order by document_id, page_number`);
  return { parties, licences, ...amendments, documents, annotations, scans };
}

export type ContractDetails = Awaited<ReturnType<typeof contractDetails>>;

export function presentContractDetails(c: Contract, d: ContractDetails, publicUrl: string) {
  const link =
    (kind: 'licences' | 'contracts') =>
    (l: { slug: string; titleMn: string; titleEn: string; date: string | null }) => ({
      slug: l.slug,
      title: { mn: l.titleMn, en: l.titleEn },
      date: l.date,
      url: `${publicUrl}/extractives/${kind}/${l.slug}`,
    });
  return {
    ...presentContract(c, publicUrl),
    partyList: d.parties.map((p) => ({
      position: p.position,
      name: { mn: p.nameMn, en: p.nameEn },
      legalEntity: p.entityId,
      organization: p.organization,
      url:
        p.entityId !== null
          ? `${publicUrl}/legal-entities/${p.entityId}`
          : `${publicUrl}/organizations/${p.organization}`,
    })),
    licences: d.licences.map(link('licences')),
    amends: d.amends.map(link('contracts')),
    amendedBy: d.amendedBy.map(link('contracts')),
    documents: d.documents.map((doc) => ({
      title: { mn: doc.titleMn, en: doc.titleEn },
      sha256: doc.sha256,
      pageCount: doc.pageCount,
      pagesWithoutText: d.scans.filter((s) => s.document === doc.id).map((s) => s.page),
      file: `${publicUrl}/extractives/contracts/${c.slug}/documents/${doc.id}`,
    })),
    annotations: d.annotations.map(presentAnnotation),
  };
}
