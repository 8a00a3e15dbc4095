import { sql } from '../../../platform/db/sql.ts';
import type { Translator } from '../../../platform/i18n/index.ts';
import type { EntityRef, EntitySection, ModuleContext } from '../../../platform/module.ts';
import { html } from '../../../platform/views/html.ts';
import { contractTypeName } from './lists.ts';

interface PartyTo {
  slug: string;
  type: string;
  titleMn: string;
  titleEn: string;
  signedOn: string | null;
}

/**
 * The contracts' part of a legal entity's page (the lead joins it into the module's one
 * `entitySection`): the resource contracts the entity, or any entity merged into it, is a party
 * to or whose licences it holds, newest first, each linked to its page; the list filtered by the party has them all.
 */
export async function contractsEntitySection(
  ctx: Pick<ModuleContext, 'db'>,
  entity: EntityRef,
  t: Translator,
): Promise<EntitySection | null> {
  const rows = await ctx.db.query<PartyTo>(sql`
    select distinct c.slug, c.contract_type as type, c.title_mn as "titleMn", c.title_en as "titleEn",
      to_char(c.signed_on, 'YYYY-MM-DD') as "signedOn"
    from extractive_contracts c
    where exists (select 1 from extractive_contract_parties p
        where p.contract_id = c.id and p.legal_entity_id = any(${entity.family}::bigint[]))
      -- The contracts that cover a licence it holds, though it signed under another name or not at all.
      or exists (select 1 from extractive_contract_licences x
        join extractive_licence_holders h on h.licence_id = x.licence_id
        where x.contract_id = c.id and h.legal_entity_id = any(${entity.family}::bigint[]))
    order by "signedOn" desc nulls last, c.slug`);
  if (rows.length === 0) return null;
  return {
    id: 'extractives-contracts',
    title: t('extractives.contracts.title'),
    count: rows.length,
    href: `/extractives/contracts?party=entity:${entity.id}`,
    html: html`<ul>${rows.map(
      (c) =>
        html`<li><a href="/extractives/contracts/${c.slug}">${t.pick({ mn: c.titleMn, en: c.titleEn })}</a> — ${t.pick(contractTypeName(c.type))}${c.signedOn ? html`, ${t.date(new Date(`${c.signedOn}T00:00:00Z`))}` : ''}</li>`,
    )}</ul>`,
    data: rows.map((c) => ({
      slug: c.slug,
      type: c.type,
      title: { mn: c.titleMn, en: c.titleEn },
      signedOn: c.signedOn,
    })),
  };
}
