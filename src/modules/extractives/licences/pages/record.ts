import { can } from '../../../../platform/auth/permissions.ts';
import { sql } from '../../../../platform/db/sql.ts';
import { notFound } from '../../../../platform/http/errors.ts';
import type { App } from '../../../../platform/http/types.ts';
import type { Translator } from '../../../../platform/i18n/index.ts';
import type { ModuleContext } from '../../../../platform/module.ts';
import { DRAW_SCALE, outlineOf, ringsOf } from '../../../../platform/places/outline.ts';
import { summaryList, table } from '../../../../platform/views/components.ts';
import type { PageContext } from '../../../../platform/views/context.ts';
import { type Html, html } from '../../../../platform/views/html.ts';
import { polygonsMap } from '../../../../platform/views/maps/polygons.ts';
import { historySection } from '../../views/history.ts';
import { licencesDataset } from '../dataset.ts';
import type { Licence } from '../queries.ts';
import { findLicence } from '../queries.ts';
import { SlugParams } from '../schemas.ts';

const dateOr = (t: Translator, d: string | null) => (d ? t.date(d) : '—');

/** The holders with their shares, each linked to its page in the register of legal entities. */
function holdersTable(page: PageContext, t: Translator, l: Licence): Html {
  return table(page, {
    caption: t('extractives.licences.record.holders'),
    columns: [
      { key: 'holder', label: t('extractives.licences.field.holder') },
      { key: 'identifier', label: t('extractives.licences.field.identifier') },
      { key: 'share', label: t('extractives.licences.field.share'), numeric: true },
    ],
    rows: l.holders.map((h) => [
      html`<a href="/legal-entities/${h.entityId}">${t.pick({ mn: h.nameMn ?? h.nameEn, en: h.nameEn ?? h.nameMn })}</a>`,
      h.identifier,
      `${t.number(h.share)} %`,
    ]),
  });
}

/** The status history, each change with the decision behind it. */
function eventsTable(page: PageContext, t: Translator, l: Licence): Html {
  return table(page, {
    caption: t('extractives.licences.record.events'),
    columns: [
      { key: 'on', label: t('extractives.licences.field.date') },
      { key: 'status', label: t('extractives.licences.field.status') },
      { key: 'decision', label: t('extractives.licences.field.decision') },
      { key: 'body', label: t('extractives.licences.field.decisionBody') },
      { key: 'note', label: t('extractives.licences.field.note') },
    ],
    rows: l.events.map((e) => [
      t.date(e.occurredOn),
      t(`extractives.licences.status.${e.status}`),
      e.decisionNumber ?? '—',
      e.decisionBody ?? '—',
      t.pick({ mn: e.noteMn, en: e.noteEn }) || '',
    ]),
  });
}

/** The audit trail of the licence's edits: when, what, and in which role (never who: no person's data). */
async function auditTable(ctx: ModuleContext, page: PageContext, t: Translator, l: Licence): Promise<Html> {
  const entries = await ctx.db.query<{ at: Date; action: string; role: string | null }>(sql`
    select at, action, role from audit_log
    where subject_type = 'extractive-licence' and subject_id = ${String(l.id)} order by seq`);
  if (entries.length === 0) return html`<p>${t('extractives.licences.record.noAudit')}</p>`;
  const role = (r: string | null) =>
    r === 'organization-administrator' || r === 'organization-publisher' || r === 'platform-administrator'
      ? t(`extractives.licences.role.${r}`)
      : t('extractives.licences.role.system');
  return table(page, {
    caption: t('extractives.licences.record.audit'),
    columns: [
      { key: 'at', label: t('extractives.licences.field.changedAt') },
      { key: 'action', label: t('extractives.licences.field.action') },
      { key: 'role', label: t('extractives.licences.field.role') },
    ],
    rows: entries.map((e) => [
      t.date(e.at),
      t(
        e.action === 'extractives.licences.create'
          ? 'extractives.licences.record.created'
          : 'extractives.licences.record.changed',
      ),
      role(e.role),
    ]),
  });
}

/** A licence's page: what it is, who holds it, its status history, fees, area on a map, its changes. */
export function recordPage(app: App, ctx: ModuleContext): void {
  const kinds = new Map(ctx.country.extractives.licenceTypes.map((k) => [k.code, k.name]));
  const outline = outlineOf(ctx.country, DRAW_SCALE);
  app.get(
    '/extractives/licences/:slug',
    { schema: { hide: true, params: SlugParams }, config: { access: 'public' } },
    async (request, reply) => {
      const { t, page } = request;
      const l = await findLicence(ctx.db, request.params.slug);
      if (!l) throw notFound();
      const kind = kinds.has(l.type) ? t.pick(kinds.get(l.type)!) : l.type;
      const title = `${l.number} ${t.pick({ mn: l.nameMn, en: l.nameEn })}`;
      const map = l.geometry
        ? polygonsMap({
            id: 'licence-area',
            title: t('extractives.licences.record.map', { number: l.number }),
            t,
            polygons: [{ id: l.slug, label: l.number, class: l.type, geometry: l.geometry }],
            classes: [{ id: l.type, label: kind }],
            ...(outline ? { outline: ringsOf(outline.geometry) } : {}),
            note: t('extractives.licences.record.mapNote', {
              issuer: t.pick({ mn: l.organizationNameMn, en: l.organizationNameEn }),
            }),
            classLabel: t('extractives.licences.field.type'),
          })
        : html`<p>${t('extractives.licences.record.noArea')}</p>`;
      const fees = table(page, {
        caption: t('extractives.licences.record.fees'),
        columns: [
          { key: 'year', label: t('extractives.licences.field.year') },
          { key: 'due', label: t('extractives.licences.field.due'), numeric: true },
          { key: 'paid', label: t('extractives.licences.field.paid'), numeric: true },
        ],
        rows: l.fees.map((f) => [
          String(f.year),
          t.money(Number(f.due), 'MNT'),
          t.money(Number(f.paid), 'MNT'),
        ]),
      });
      return reply.sendPage({
        title,
        breadcrumbs: [
          { href: '/extractives', label: t('extractives.title') },
          { href: '/extractives/licences', label: t('extractives.licences.title') },
          { label: l.number },
        ],
        alternates: [{ href: `/api/v1/extractives/licences/${l.slug}`, type: 'application/json' }],
        main: html`<h1>${title}</h1>
${can(request.actor, 'extractives.licences.write', { organizationId: l.organizationId }) ? html`<p><a class="button" href="/extractives/licences/${l.slug}/edit">${t('extractives.licences.edit.link')}</a></p>` : ''}
${summaryList([
  { key: t('extractives.licences.field.type'), value: kind },
  { key: t('extractives.licences.field.number'), value: l.number },
  { key: t('extractives.licences.field.status'), value: t(`extractives.licences.status.${l.status}`) },
  {
    key: t('extractives.licences.field.issuer'),
    value: html`<a href="/organizations/${l.organization}">${t.pick({ mn: l.organizationNameMn, en: l.organizationNameEn })}</a>`,
  },
  { key: t('extractives.licences.field.appliedOn'), value: dateOr(t, l.appliedOn) },
  { key: t('extractives.licences.field.grantedOn'), value: dateOr(t, l.grantedOn) },
  { key: t('extractives.licences.field.expiresOn'), value: dateOr(t, l.expiresOn) },
  { key: t('extractives.licences.field.commodities'), value: l.commodities.join(', ') || '—' },
  { key: t('extractives.licences.field.areaHa'), value: l.areaHa === null ? '—' : t.number(l.areaHa) },
  {
    key: t('extractives.licences.field.adminUnit'),
    value: l.unitNameMn
      ? html`<a href="/places/${l.adminUnitCode}">${t.pick({ mn: l.unitNameMn, en: l.unitNameEn ?? l.unitNameMn })}</a>`
      : '—',
  },
])}
<h2>${t('extractives.licences.record.holders')}</h2>
${holdersTable(page, t, l)}
<h2>${t('extractives.licences.record.area')}</h2>
${map}
<h2>${t('extractives.licences.record.events')}</h2>
${eventsTable(page, t, l)}
<h2>${t('extractives.licences.record.fees')}</h2>
${l.fees.length > 0 ? fees : html`<p>${t('extractives.licences.record.noFees')}</p>`}
${await historySection(ctx.db, page, t, licencesDataset, l.slug)}
<h2>${t('extractives.licences.record.audit')}</h2>
${await auditTable(ctx, page, t, l)}`,
      });
    },
  );
}
