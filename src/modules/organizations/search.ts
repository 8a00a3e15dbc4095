import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import { moduleDocuments } from '../../platform/search/documents.ts';
import type { SearchDocument } from '../../platform/search/types.ts';
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

// Keyset pages, so a registry of any size is streamed without holding it all.
const bodies = moduleDocuments('organizations', {
  select: SELECT,
  id: sql`o.id`,
  document: organizationDocument,
});

/** The registry in the site search; `indexOrganizations` keeps it current. */
export const organizationsSearch = bodies.source('organizations.search.label', {
  organization: 'organizations.search.kind',
});

/** Writes the search documents of these organisations; call it in the transaction that changed them. */
export async function indexOrganizations(tx: Queryable, slugs: readonly string[]): Promise<void> {
  if (slugs.length === 0) return;
  await bodies.index(tx, sql`o.slug = any(${[...slugs]}::text[])`);
}
