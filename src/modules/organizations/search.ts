import type { Queryable } from '../../platform/db/database.ts';
import { type SqlQuery, sql } from '../../platform/db/sql.ts';
import { indexDocuments } from '../../platform/search/index-documents.ts';
import type { SearchDocument, SearchSource } from '../../platform/search/types.ts';
import { messages } from './messages.ts';

interface Row {
  id: number;
  slug: string;
  nameMn: string;
  nameEn: string;
  abbreviation: string | null;
  kind: string;
  aliases: string[];
  aimag: string | null;
  unitMn: string | null;
  unitEn: string | null;
  updatedAt: Date;
}

/** Organisations with the aimag (or capital) they are in: a district's or soum's parent unit. */
const SELECT = sql`
  select o.id, o.slug, o.name_mn as "nameMn", o.name_en as "nameEn", o.abbreviation, o.kind, o.aliases,
    case when u.kind in ('district', 'soum') then u.parent_code else u.code end as aimag,
    u.name_mn as "unitMn", u.name_en as "unitEn", o.updated_at as "updatedAt"
  from organizations o left join admin_units u on u.code = o.admin_unit_code`;

const CYRILLIC = /\p{Script=Cyrillic}/u;

/** One body as search shows and finds it: names, abbreviation, other spellings, kind and place. */
export function organizationDocument(o: Row): SearchDocument {
  const kindMn = messages.mn[`organizations.kind.${o.kind}`] ?? o.kind;
  const kindEn = messages.en[`organizations.kind.${o.kind}`] ?? o.kind;
  const aliasesMn = o.aliases.filter((a) => CYRILLIC.test(a));
  const aliasesEn = o.aliases.filter((a) => !CYRILLIC.test(a));
  const join = (parts: (string | null)[]) => parts.filter(Boolean).join('. ');
  return {
    kind: 'organization',
    key: o.slug,
    title: { mn: o.nameMn, en: o.nameEn },
    body: {
      mn: join([o.abbreviation, kindMn, o.unitMn, ...aliasesMn]),
      en: join([o.abbreviation, kindEn, o.unitEn, ...aliasesEn]),
    },
    url: `/organizations/${o.slug}`,
    organizationId: o.id,
    aimag: o.aimag,
    updatedAt: o.updatedAt,
  };
}

async function* documents(db: Queryable, where: SqlQuery = sql`true`): AsyncGenerator<SearchDocument> {
  // Keyset pages, so a registry of any size is streamed without holding it all.
  for (let after = 0; ; ) {
    const rows = await db.query<Row>(
      sql`${SELECT} where ${where} and o.id > ${after} order by o.id limit 1000`,
    );
    for (const row of rows) yield organizationDocument(row);
    if (rows.length < 1000) return;
    after = rows[rows.length - 1]!.id;
  }
}

/** The registry in the site search; `indexOrganizations` keeps it current. */
export const organizationsSearch: SearchSource = {
  label: 'organizations.search.label',
  kinds: { organization: 'organizations.search.kind' },
  documents: (db) => documents(db),
};

/** Writes the search documents of these organisations; call it in the transaction that changed them. */
export async function indexOrganizations(tx: Queryable, slugs: readonly string[]): Promise<void> {
  if (slugs.length === 0) return;
  const changed: SearchDocument[] = [];
  for await (const document of documents(tx, sql`o.slug = any(${[...slugs]}::text[])`))
    changed.push(document);
  await indexDocuments(tx, 'organizations', changed);
}
