import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import { moduleDocuments } from '../../platform/search/documents.ts';
import { removeDocuments } from '../../platform/search/index-documents.ts';
import type { SearchDocument } from '../../platform/search/types.ts';
import { messages } from './messages.ts';

interface Row {
  id: number;
  scheme: string;
  identifier: string;
  nameMn: string | null;
  nameEn: string | null;
  kind: string;
  aimag: string | null;
  names: string[];
  updatedAt: Date;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Entities with every name they and the entities merged into them are known by. */
const SELECT = sql`
  select e.id, e.scheme, e.identifier, e.name_mn as "nameMn", e.name_en as "nameEn", e.kind,
    case when u.kind in ('district', 'soum') then u.parent_code else u.code end as aimag,
    array(select distinct n.name from legal_entity_names n join legal_entities m on m.id = n.entity_id
      where m.id = e.id or m.merged_into = e.id order by n.name) as names,
    e.updated_at as "updatedAt"
  from legal_entities e left join admin_units u on u.code = e.admin_unit_code`;

/** One entity as search shows and finds it: its names as title, its other names, number and kind as body. */
export function entityDocument(e: Row): SearchDocument {
  const mn = e.nameMn ?? e.nameEn ?? '';
  const en = e.nameEn ?? e.nameMn ?? '';
  const others = e.names.filter((n) => n !== e.nameMn && n !== e.nameEn);
  const number = e.scheme === 'unidentified' ? null : `${e.scheme} ${e.identifier}`;
  const join = (parts: (string | null | undefined)[]) => parts.filter(Boolean).join('. ');
  return {
    kind: 'legal-entity',
    key: String(e.id),
    title: { mn, en },
    body: {
      mn: join([
        number,
        messages.mn[`legal-entities.kind.${e.kind}`],
        ...others.filter((n) => CYRILLIC.test(n)),
      ]),
      en: join([
        number,
        messages.en[`legal-entities.kind.${e.kind}`],
        ...others.filter((n) => !CYRILLIC.test(n)),
      ]),
    },
    url: `/legal-entities/${e.id}`,
    aimag: e.aimag,
    updatedAt: e.updatedAt,
  };
}

// Keyset pages, so a register of any size is streamed; only root entities are found.
const entities = moduleDocuments<Row>('legal-entities', {
  select: SELECT,
  id: sql`e.id`,
  searchable: sql`e.merged_into is null`,
  document: (row) => entityDocument({ ...row, id: Number(row.id) }),
});

/** The register in the site search; `indexEntities` keeps it current. */
export const entitiesSearch = entities.source('legal-entities.search.label', {
  'legal-entity': 'legal-entities.search.kind',
});

/**
 * Rewrites the search documents of these entities in the caller's transaction: a root's is written,
 * a merged one's removed (its names are found through the entity it was merged into).
 */
export async function indexEntities(tx: Queryable, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await entities.index(tx, sql`e.id = any(${[...ids]}::bigint[])`);
  const merged = await tx.query<{ id: number }>(
    sql`select id from legal_entities where id = any(${[...ids]}::bigint[]) and merged_into is not null`,
  );
  await removeDocuments(
    tx,
    'legal-entities',
    'legal-entity',
    merged.map((m) => String(m.id)),
  );
}
