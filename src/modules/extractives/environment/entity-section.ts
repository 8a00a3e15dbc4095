import { sql } from '../../../platform/db/sql.ts';
import type { Translator } from '../../../platform/i18n/index.ts';
import type { EntityRef, EntitySection, ModuleContext } from '../../../platform/module.ts';
import { html } from '../../../platform/views/html.ts';
import { stageTag } from './pages/list.ts';
import { CASE_COLUMNS, caseRows, type EnvironmentCase } from './queries.ts';

/**
 * The environmental list's part of a legal entity's page: the entity's public cases (and those of
 * every entity merged into it), listed ones first, each with where it stands, what was found and
 * its page; the same as data for the entity's API. None when it has no public case.
 */
export async function environmentEntitySection(
  ctx: Pick<ModuleContext, 'db'>,
  entity: EntityRef,
  t: Translator,
): Promise<EntitySection | null> {
  const cases = await ctx.db.query<EnvironmentCase>(sql`
    select ${CASE_COLUMNS} from (${caseRows} where c.stage <> 'inspected'
      and c.legal_entity_id = any(${[...entity.family]}::bigint[])) d
    order by d.listed desc, d.noticed_on desc, d.id desc`);
  if (cases.length === 0) return null;
  const caption = t('extractives.environment.entity.caption', { count: cases.length });
  return {
    id: 'extractives-environment',
    title: t('extractives.environment.entity.title'),
    count: cases.length,
    href: `/extractives/environment?company=${entity.id}`,
    html: html`<div class="table-wrap" tabindex="0" role="region" aria-label="${caption}"><table class="data-table">
  <caption>${caption}</caption>
  <thead><tr><th scope="col">${t('extractives.environment.field.finding')}</th><th scope="col">${t('extractives.environment.field.stage')}</th><th scope="col">${t('extractives.environment.field.latest')}</th></tr></thead>
  <tbody>${cases.map(
    (c) =>
      html`<tr><td><a href="/extractives/environment/${c.id}">${t.pick({ mn: c.findingMn, en: c.findingEn })}</a></td><td>${stageTag(t, c)}</td><td>${t.date(c.decidedOn ?? c.noticedOn ?? c.inspectedOn)}</td></tr>`,
  )}</tbody>
</table></div>`,
    data: cases.map((c) => ({
      id: Number(c.id),
      finding: { mn: c.findingMn, en: c.findingEn },
      stage: c.stage,
      listed: c.listed,
      noticedOn: c.noticedOn,
      decidedOn: c.decidedOn,
      penaltyMnt: c.penaltyMnt === null ? null : Number(c.penaltyMnt),
      url: `/extractives/environment/${c.id}`,
    })),
  };
}
