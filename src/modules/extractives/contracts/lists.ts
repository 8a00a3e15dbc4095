import { countryPacks } from '../../../country/index.ts';
import { sql } from '../../../platform/db/sql.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { defineList } from '../../../platform/lists/define.ts';
import { matchesText } from './search.ts';

/** What a contract may be about. */
export const RESOURCES = ['mineral', 'petroleum', 'land', 'water'] as const;

/**
 * The name of a kind of contract: its code is the country pack's, and the list is declared before
 * any pack is chosen, so the name is looked up in the packs the platform has (the code otherwise).
 */
export function contractTypeName(code: string): { mn: string; en: string } {
  for (const pack of Object.values(countryPacks)) {
    const type = pack.extractives.contractTypes.find((t) => t.code === code);
    if (type) return type.name;
  }
  return { mn: code, en: code };
}

const title = (locale: Locale) =>
  locale === 'mn' ? sql`mn_sort_key(d.title_mn) collate "C"` : sql`lower(d.title_en) collate "C"`;

/**
 * The list of contracts: the page's filters, the API's query and the datasets' download filters,
 * on the rows `d` of `contractRows` (store.ts). `q` searches metadata, the text of every page and
 * the annotations (search.ts); the page then shows the matched snippet and page.
 */
export const contractList = defineList({
  id: 'extractives-contracts',
  pageSize: 25,
  apiPageSize: 50,
  filters: [
    {
      name: 'q',
      control: 'text',
      label: 'extractives.contracts.filter.q',
      description:
        'Words in the title, the parties, the text of the documents or the annotations, in either script',
      maxLength: 200,
      where: (q) => matchesText(q),
    },
    {
      name: 'type',
      control: 'select',
      label: 'extractives.contracts.filter.type',
      description: 'Kind of contract (the country pack’s code)',
      pattern: /^[a-z0-9-]{1,60}$/,
      options: async (db) =>
        (
          await db.query<{ code: string }>(
            sql`select distinct contract_type as code from extractive_contracts order by 1`,
          )
        ).map(({ code }) => ({ value: code, label: contractTypeName(code) })),
      where: (type) => sql`d.contract_type = ${type}`,
    },
    {
      name: 'party',
      control: 'select',
      label: 'extractives.contracts.filter.party',
      description: 'A party: `entity:<id>` of the legal-entity register or `organization:<slug>`',
      pattern: /^(entity:[0-9]{1,15}|organization:[a-z0-9-]{1,100})$/,
      options: async (db) =>
        db.query<{ value: string; label: { mn: string; en: string } }>(sql`
            select distinct case when p.legal_entity_id is not null then 'entity:' || p.legal_entity_id
                else 'organization:' || o.slug end as value,
              jsonb_build_object('mn', coalesce(e.name_mn, e.name_en, o.name_mn), 'en', coalesce(e.name_en, e.name_mn, o.name_en)) as label
            from extractive_contract_parties p left join legal_entities e on e.id = p.legal_entity_id
              left join organizations o on o.id = p.organization_id
            order by 1`),
      where: (party) => {
        const [kind, ref] = party.split(':') as [string, string];
        return kind === 'entity'
          ? sql`d.id in (select contract_id from extractive_contract_parties where legal_entity_id = ${Number(ref)})`
          : sql`d.id in (select p.contract_id from extractive_contract_parties p join organizations o
                on o.id = p.organization_id where o.slug = ${ref})`;
      },
    },
    {
      name: 'resource',
      control: 'select',
      label: 'extractives.contracts.filter.resource',
      description: 'What the contract is over: mineral, petroleum, land or water',
      options: RESOURCES,
      optionLabel: (value, t) => t(`extractives.contracts.resource.${value}`),
      where: (resource) => sql`${resource} = any(d.resource_codes)`,
    },
    {
      name: 'year',
      control: 'text',
      label: 'extractives.contracts.filter.year',
      description: 'Year of signature',
      pattern: /^(19|20|21)[0-9]{2}$/,
      input: { inputmode: 'numeric' },
      where: (year) => sql`extract(year from d.signed_on) = ${Number(year)}`,
    },
  ],
  sort: {
    default: 'signed',
    tieBreaker: sql`d.id`,
    keys: {
      signed: (locale) => ({ by: sql`d.signed_on`, nulls: 'last', thenBy: [title(locale)] }),
      title: (locale) => ({ by: title(locale) }),
    },
  },
});
