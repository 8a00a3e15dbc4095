import { Type } from 'typebox';
import { can } from '../../../platform/auth/permissions.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { Translator } from '../../../platform/i18n/index.ts';
import { UNIDENTIFIED } from '../../../platform/legal-entities/index.ts';
import { listPage } from '../../../platform/lists/page.ts';
import { pageQuerySchema, readPageQuery } from '../../../platform/lists/query.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { summaryList, table } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import { allStatements, entityStatements } from './bods.ts';
import { countryName } from './codes.ts';
import { OWNERS_WRITE } from './declare.ts';
import { ownedBy } from './entity-section.ts';
import { interestsText, ownershipSvg, ownershipTree, partyView, shareText } from './graph.ts';
import { listOwnedEntities, ownersList } from './lists.ts';
import { entityName, type Network, readEntities, readNetwork } from './store.ts';

const PageQuery = pageQuerySchema(ownersList, {});
export const EntityParams = Type.Object({ entityId: Type.String({ pattern: '^[0-9]{1,15}$' }) });

const today = () => new Date().toISOString().slice(0, 10);

/** The table of a network: every relationship with its parties' public facts. */
function networkTable(network: Network, request: Parameters<typeof table>[0], t: Translator) {
  const country = (code: string | null) => (code ? (countryName(code, t.locale) ?? code) : '—');
  return table(request, {
    caption: t('extractives.owners.table.caption'),
    columns: [
      { key: 'subject', label: t('extractives.owners.table.subject') },
      { key: 'owner', label: t('extractives.owners.table.owner') },
      { key: 'nationality', label: t('extractives.owners.table.nationality') },
      { key: 'residence', label: t('extractives.owners.table.residence') },
      { key: 'interest', label: t('extractives.owners.table.interest') },
      { key: 'share', label: t('extractives.owners.table.share') },
      { key: 'beneficial', label: t('extractives.owners.table.beneficial') },
      { key: 'source', label: t('extractives.owners.table.source') },
    ],
    rows: network.ownerships.map((o) => {
      const v = partyView(network, o.party, t);
      const person = o.party.kind === 'person' ? network.persons.get(o.party.id) : undefined;
      const subject = network.entities.get(o.subjectId);
      return [
        html`<a href="/extractives/owners/${o.subjectId}">${subject ? entityName(subject, t.locale) : o.subjectId}</a>`,
        html`${v.href ? html`<a href="${v.href}">${v.label}</a>` : v.label}${v.pep ? html` <strong>${t('extractives.owners.pep')}</strong>` : ''}`,
        country(person?.nationality ?? null),
        country(person?.residence ?? null),
        o.interests.map((i) => t(`extractives.owners.interest.${i.type}`)).join('; '),
        o.interests
          .map((i) => shareText(i, t))
          .filter(Boolean)
          .join('; ') || '—',
        o.interests.some((i) => i.beneficial) ? t('extractives.owners.yes') : t('extractives.owners.no'),
        html`${t(`extractives.owners.source.${o.sourceType}`)}, ${t.date(o.statementDate)}`,
      ];
    }),
  });
}

export function ownersPages(app: App, ctx: ModuleContext): void {
  const pub = () => ({ publicUrl: ctx.config.publicUrl, date: today() });

  app.get(
    '/extractives/owners',
    { schema: { hide: true, querystring: PageQuery }, config: { access: 'public' } },
    async (request, reply) => {
      const { t, locale } = request;
      const query = await readPageQuery(ctx.db, ownersList, request.query, locale);
      const result = await listOwnedEntities(ctx.db, query.filters, {
        sort: query.sort,
        page: query.page,
        pageSize: ownersList.pageSize,
        locale,
      });
      const links = [
        html`<p><a href="/extractives/owners.bods.json" download>${t('extractives.owners.bodsAll')}</a></p>`,
        can(request.actor, OWNERS_WRITE)
          ? html`<p><a class="button" href="/extractives/owners/new">${t('extractives.owners.declare.link')}</a>
<a href="/extractives/owners/import">${t('extractives.owners.import.link')}</a></p>`
          : '',
      ];
      return reply.sendPage(
        listPage(request.page, {
          list: ownersList,
          query,
          path: '/extractives/owners',
          title: t('extractives.owners.title'),
          lead: t('extractives.owners.lead'),
          intro: html`${links}`,
          count: t('extractives.owners.count', { count: result.total }),
          total: result.total,
          empty: { title: t('extractives.owners.empty'), hint: t('extractives.owners.emptyHint') },
          downloads: { formats: [], api: '/api/v1/extractives/owners' },
          table: {
            caption: t('extractives.owners.caption'),
            columns: [
              { key: 'name', label: t('extractives.owners.table.entity'), sortable: true },
              { key: 'owners', label: t('extractives.owners.table.owners'), numeric: true },
              { key: 'pep', label: t('extractives.owners.table.pep') },
              { key: 'updated', label: t('extractives.owners.table.updated'), sortable: true },
            ],
            rows: result.items.map((r) => [
              html`<a href="/extractives/owners/${r.id}">${t.pick({ mn: r.nameMn, en: r.nameEn })}</a>`,
              t.number(r.owners),
              r.pep ? t('extractives.owners.pep') : '—',
              t.date(r.updatedAt),
            ]),
          },
        }),
      );
    },
  );

  app.get(
    '/extractives/owners.bods.json',
    { schema: { hide: true }, config: { access: 'public' } },
    async (_request, reply) =>
      reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', 'attachment; filename="owners.bods.json"')
        .send(await allStatements(ctx.db, pub())),
  );

  app.get(
    '/extractives/owners/:entityId/bods.json',
    { schema: { hide: true, params: EntityParams }, config: { access: 'public' } },
    async (request, reply) => {
      const id = Number(request.params.entityId);
      if ((await readEntities(ctx.db, [id])).length === 0) throw notFound();
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="owners-${id}.bods.json"`)
        .send(await entityStatements(ctx.db, id, pub()));
    },
  );

  app.get(
    '/extractives/owners/:entityId',
    { schema: { hide: true, params: EntityParams }, config: { access: 'public' } },
    async (request, reply) => {
      const { t } = request;
      const id = Number(request.params.entityId);
      const [entity] = await readEntities(ctx.db, [id]);
      if (!entity) throw notFound();
      const network = await readNetwork(ctx.db, id);
      const owned = await ownedBy(ctx.db, id);
      const name = entityName(entity, t.locale);
      const body =
        network.ownerships.length === 0
          ? html`<p>${t('extractives.owners.none')}</p>`
          : html`<h2>${t('extractives.owners.graph')}</h2>
<figure>${ownershipSvg(network, t)}<figcaption>${t('extractives.owners.graphCaption')}</figcaption></figure>
<h2>${t('extractives.owners.chains')}</h2>
${ownershipTree(network, t)}
<h2>${t('extractives.owners.table.caption')}</h2>
${networkTable(network, request.page, t)}
<p><a href="/extractives/owners/${id}/bods.json" download>${t('extractives.owners.bodsOne')}</a></p>`;
      return reply.sendPage({
        title: t('extractives.owners.entityTitle', { name }),
        breadcrumbs: [{ href: '/extractives/owners', label: t('extractives.owners.title') }, { label: name }],
        alternates: [{ href: `/api/v1/extractives/owners/${id}`, type: 'application/json' }],
        main: html`<h1>${t('extractives.owners.entityTitle', { name })}</h1>
${summaryList([
  { key: t('extractives.owners.table.entity'), value: html`<a href="/legal-entities/${id}">${name}</a>` },
  {
    key: t('extractives.owners.identifier'),
    // An entity that came with a name only has no number: say so, never the register's placeholder key.
    value:
      entity.scheme === UNIDENTIFIED
        ? t('extractives.owners.noIdentifier')
        : `${entity.scheme} ${entity.identifier}`,
  },
])}
${body}
${
  owned.length > 0
    ? html`<h2>${t('extractives.owners.owns')}</h2><ul>${owned.map(
        (o) =>
          html`<li><a href="/extractives/owners/${o.subjectId}">${t.pick({ mn: o.nameMn, en: o.nameEn })}</a> — ${interestsText(o, t)}</li>`,
      )}</ul>`
    : ''
}`,
      });
    },
  );
}
