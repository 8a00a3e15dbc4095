import type { Queryable } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { moduleDocuments } from '../search/documents.ts';
import type { SearchDocument, SearchSource } from '../search/types.ts';
import { UNIDENTIFIED } from './identifiers.ts';
import { entityKindMessages } from './messages.ts';

/**
 * The module the register's search documents belong to: the one that publishes the register
 * (its pages are the documents' URLs) and declares them as its `searchDocuments` for rebuilds.
 */
export const ENTITY_SEARCH_MODULE = 'legal-entities';
export const ENTITY_SEARCH_KIND = 'legal-entity';

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
  const number = e.scheme === UNIDENTIFIED ? null : `${e.scheme} ${e.identifier}`;
  const join = (parts: (string | null | undefined)[]) => parts.filter(Boolean).join('. ');
  const kind = `legal-entities.kind.${e.kind}`;
  return {
    kind: ENTITY_SEARCH_KIND,
    key: String(e.id),
    title: { mn, en },
    body: {
      mn: join([number, entityKindMessages.mn[kind], ...others.filter((n) => CYRILLIC.test(n))]),
      en: join([number, entityKindMessages.en[kind], ...others.filter((n) => !CYRILLIC.test(n))]),
    },
    url: `/legal-entities/${e.id}`,
    aimag: e.aimag,
    updatedAt: e.updatedAt,
  };
}

// Keyset pages, so a register of any size is streamed; only root entities are found, and not
// those that are a public body: the body is found as the organisation, whose page links the entity.
const entities = moduleDocuments<Row>(ENTITY_SEARCH_MODULE, {
  select: SELECT,
  id: sql`e.id`,
  searchable: sql`e.merged_into is null and e.organization_id is null`,
  document: (row) => entityDocument({ ...row, id: Number(row.id) }),
});

/**
 * The register as the publishing module's `searchDocuments` (label and kind label are its
 * message keys): every root entity, for `shilen search reindex` and an empty index.
 */
export function entitySearchSource(label: string, kindLabel: string): SearchSource {
  return entities.source(label, { [ENTITY_SEARCH_KIND]: kindLabel });
}

/**
 * Rewrites the search documents around these entities in the caller's transaction, whatever
 * changed them (a module's claims through `resolveEntities`, the register's import or form, a
 * merge or its undoing): the document of each one's root is written (its names include those of
 * the entities merged into it), and a merged entity's, or a public body's, removed — a merged entity is never in the
 * index, it is found through its root. Three statements whatever the number of ids.
 */
export async function indexEntities(tx: Queryable, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  const given = sql`${[...new Set(ids)]}::bigint[]`;
  await entities.index(
    tx,
    sql`e.id in (select coalesce(merged_into, id) from legal_entities where id = any(${given}))`,
  );
  await tx.query(sql`
    delete from search_documents where module = ${ENTITY_SEARCH_MODULE} and kind = ${ENTITY_SEARCH_KIND}
      and key in (select id::text from legal_entities where id = any(${given})
        and (merged_into is not null or organization_id is not null))`);
}
