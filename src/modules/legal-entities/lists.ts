import { ADMIN_UNIT_CODE, topLevelUnitOptions } from '../../platform/admin-units.ts';
import { sql } from '../../platform/db/sql.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { ENTITY_KINDS, ENTITY_STATUSES, UNIDENTIFIED } from '../../platform/legal-entities/index.ts';
import { defineList } from '../../platform/lists/define.ts';

/** `%text%` for LIKE, with the pattern characters in the text taken literally. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const name = (locale: Locale) =>
  locale === 'mn'
    ? sql`mn_sort_key(coalesce(d.name_mn, d.name_en)) collate "C"`
    : sql`lower(coalesce(d.name_en, d.name_mn)) collate "C"`;

/** A scheme in a query string: an org-id style code, or the scheme of entities known by name only. */
export const SCHEME_PARAMETER = /^(?:[A-Z]{2}-[A-Z0-9]{1,40}|unidentified)$/;

/**
 * The register's list: root entities (none merged into another), filtered by name (`q`, either
 * script: the pages and the API hand it over as the name's match key, so that "Erdenet" finds
 * «Эрдэнэт»; the condition also matches the text as written, and a register number exactly),
 * kind, status, aimag and scheme. The API's query, the page's filters, the dataset's download
 * filters and the SQL all come from here, over the rows `d` of `entityRows`.
 */
export const entitiesList = defineList({
  id: 'legal-entities',
  pageSize: 25,
  apiPageSize: 50,
  filters: [
    {
      name: 'q',
      control: 'text',
      label: 'legal-entities.filter.q',
      description:
        'A name in either script (matched on every name the entity and the entities merged into it are known by, transliterated), or a register number',
      maxLength: 200,
      where: (q) => sql`(d.identifier = ${q} or d.id in (
        select coalesce(m.merged_into, m.id) from legal_entity_names n join legal_entities m on m.id = n.entity_id
        where n.match_key like ${containing(q)} or mn_lower(n.name) like mn_lower(${containing(q)})))`,
    },
    {
      name: 'kind',
      control: 'select',
      label: 'legal-entities.filter.kind',
      description: 'Kind of legal entity',
      options: ENTITY_KINDS,
      optionLabel: (v, t) => t(`legal-entities.kind.${v}`),
      where: (v) => sql`d.kind = ${v}`,
    },
    {
      name: 'status',
      control: 'select',
      label: 'legal-entities.filter.status',
      description: 'Status in the register',
      options: ENTITY_STATUSES,
      optionLabel: (v, t) => t(`legal-entities.status.${v}`),
      where: (v) => sql`d.status = ${v}`,
    },
    {
      name: 'aimag',
      control: 'select',
      label: 'legal-entities.filter.aimag',
      description: 'Code of the aimag or the capital of the address; includes units beneath it',
      options: topLevelUnitOptions,
      pattern: ADMIN_UNIT_CODE,
      aimag: true,
      where: (code) => sql`d.aimag = ${code}`,
    },
    {
      name: 'scheme',
      control: 'select',
      label: 'legal-entities.filter.scheme',
      description: `Identifier scheme (\`MN-SRN\`, \`XI-IATI\`…), or \`${UNIDENTIFIED}\` for parties known by name only`,
      options: async (db) =>
        (
          await db.query<{ scheme: string }>(sql`select distinct scheme from legal_entities order by scheme`)
        ).map((s) => ({
          value: s.scheme,
          label:
            s.scheme === UNIDENTIFIED
              ? { mn: 'Тодорхойгүй — зөвхөн нэрээр', en: 'Unidentified — name only' }
              : { mn: s.scheme, en: s.scheme },
        })),
      pattern: SCHEME_PARAMETER,
      where: (v) => sql`d.scheme = ${v}`,
    },
  ],
  sort: {
    default: 'name',
    tieBreaker: sql`d.id`,
    keys: {
      name: (locale) => ({ by: name(locale) }),
      registered: (locale) => ({ by: sql`d.registered_on`, nulls: 'last', thenBy: [name(locale)] }),
    },
  },
});
