import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';
import { defineMessages } from '../../../platform/i18n/index.ts';
import { moduleDocuments } from '../../../platform/search/documents.ts';
import type { SearchDocument } from '../../../platform/search/types.ts';

/** Licences in the site search: number, name, holders and commodities, with their aimag and issuer. */

interface Row {
  id: number;
  slug: string;
  number: string;
  nameMn: string;
  nameEn: string;
  holders: string | null;
  commodities: string;
  organizationId: number;
  aimag: string | null;
  year: number | null;
  updatedAt: Date;
}

const SELECT = sql`
  select l.id, l.slug, l.number, l.name_mn as "nameMn", l.name_en as "nameEn",
    (select string_agg(coalesce(e.name_mn, e.name_en) || coalesce(' ' || e.name_en, ''), '; ')
     from extractive_licence_holders h join legal_entities e on e.id = h.legal_entity_id
     where h.licence_id = l.id) as holders,
    array_to_string(l.commodities, ', ') as commodities, l.organization_id as "organizationId",
    coalesce(u.parent_code, u.code) as aimag, extract(year from l.granted_on)::int as year, l.updated_at as "updatedAt"
  from extractive_licences l left join admin_units u on u.code = l.admin_unit_code`;

function licenceDocument(l: Row): SearchDocument {
  const body = `${l.holders ?? ''}. ${l.commodities}`;
  return {
    kind: 'licence',
    key: l.slug,
    title: { mn: `${l.number} ${l.nameMn}`, en: `${l.number} ${l.nameEn}` },
    body: { mn: body, en: body },
    url: `/extractives/licences/${l.slug}`,
    organizationId: l.organizationId,
    aimag: l.aimag,
    year: l.year,
    updatedAt: l.updatedAt,
  };
}

const licences = moduleDocuments<Row>('extractives', {
  select: SELECT,
  id: sql`l.id`,
  document: licenceDocument,
});

/** The module's search source (its other registers add theirs beside it in module.ts). */
export const licencesSearch = licences.source('extractives.licences.search.label', {
  licence: 'extractives.licences.search.kind',
});

/** Rewrites the search documents of these licences, in the transaction that wrote them. */
export async function indexLicences(tx: Queryable, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await licences.index(tx, sql`l.id = any(${[...ids]}::bigint[])`);
}

export const searchMessages = defineMessages({
  'extractives.licences.search.label': { mn: 'Тусгай зөвшөөрөл', en: 'Licences' },
  'extractives.licences.search.kind': { mn: 'Тусгай зөвшөөрөл', en: 'Licence' },
});
