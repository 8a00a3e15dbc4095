import { Type } from 'typebox';
import type { Queryable } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import type { App } from '../http/types.ts';
import type { RequestSource, ShilenModule } from '../module.ts';
import { emptyState, filterForm, selectField, table } from '../views/components.ts';
import { html } from '../views/html.ts';
import './messages.ts';

/** One organisation's line in the league table: counts of requests, and the share answered on time. */
export interface LeagueRow {
  slug: string;
  nameMn: string;
  nameEn: string;
  /** Requests whose deadline has passed or that were answered: the ones the share is of. */
  decided: number;
  onTime: number;
  late: number;
  /** Past their deadline and still unanswered. */
  overdue: number;
  /** Not answered, deadline still ahead: not counted in the share. */
  pending: number;
  /** `onTime / decided`, null when nothing is decided yet. */
  share: number | null;
}

/** Every module's request sources, in the modules' order. */
export const requestSources = (modules: readonly ShilenModule[]): RequestSource[] =>
  modules.flatMap((m) => m.requests ?? []);

/**
 * Organisations by the share of citizens' requests they answered on time, over every source the
 * modules declare (feedback cases, public questions …), or one kind. A request counts once its
 * deadline has passed or it was answered; on time means answered before the deadline as it stood
 * (after its one extension and its pauses). Counts only: no request's text, no person.
 */
export async function leagueTable(
  db: Queryable,
  sources: readonly RequestSource[],
  now: Date,
): Promise<LeagueRow[]> {
  if (sources.length === 0) return [];
  const all = sql.join(
    sources.map(
      (s) =>
        sql`select organization_id, received_at, due_at, answered_at from (${s.rows}) ${sql.id(`s${sources.indexOf(s)}`)}`,
    ),
    ' union all ',
  );
  const rows = await db.query<Omit<LeagueRow, 'share'>>(sql`
    select o.slug, o.name_mn as "nameMn", o.name_en as "nameEn",
      count(*) filter (where r.answered_at is not null or r.due_at <= ${now})::int as decided,
      count(*) filter (where r.answered_at is not null and r.answered_at <= r.due_at)::int as "onTime",
      count(*) filter (where r.answered_at is not null and r.answered_at > r.due_at)::int as late,
      count(*) filter (where r.answered_at is null and r.due_at <= ${now})::int as overdue,
      count(*) filter (where r.answered_at is null and r.due_at > ${now})::int as pending
    from (${all}) r join organizations o on o.id = r.organization_id
    group by o.id, o.slug, o.name_mn, o.name_en`);
  return rows
    .map((r) => ({ ...r, share: r.decided > 0 ? r.onTime / r.decided : null }))
    .sort(
      (a, b) => (b.share ?? -1) - (a.share ?? -1) || b.decided - a.decided || a.slug.localeCompare(b.slug),
    );
}

const LeagueQuery = Type.Object({
  kind: Type.Optional(Type.String({ maxLength: 100 })),
  lang: Type.Optional(Type.String({ maxLength: 10 })),
});

/** `/requests/league`: the table, filterable by kind of request; without JavaScript, bilingual. */
export function leaguePage(app: App): void {
  const sources = requestSources(app.shilen.modules);
  app.get(
    '/requests/league',
    { schema: { hide: true, querystring: LeagueQuery }, config: { access: 'public' } },
    async (request, reply) => {
      const { t } = request;
      // A kind it does not know is ignored, as every list page's filter is.
      const chosen = sources.filter((s) => s.kind === request.query.kind);
      const rows = await leagueTable(app.shilen.db, chosen.length > 0 ? chosen : sources, request.meta.now);
      const percent = (share: number | null) =>
        share === null ? '—' : `${t.number(Math.round(share * 100))}%`;
      return reply.sendPage({
        title: t('requests.league.title'),
        description: t('requests.league.lead'),
        breadcrumbs: [{ label: t('requests.league.title') }],
        main: html`<h1>${t('requests.league.title')}</h1>
<p class="lead">${t('requests.league.lead')}</p>
${filterForm(request.page, '/requests/league', [
  selectField(
    'kind',
    t('requests.league.kind'),
    sources.map((s) => ({ value: s.kind, label: t.pick(s.label) })),
    chosen[0]?.kind,
    t('requests.league.allKinds'),
  ),
])}
${
  rows.length === 0
    ? emptyState(t('requests.league.empty'))
    : table(request.page, {
        caption: t('requests.league.caption'),
        columns: [
          { key: 'rank', label: t('requests.league.col.rank'), numeric: true },
          { key: 'organization', label: t('requests.league.col.organization') },
          { key: 'share', label: t('requests.league.col.share'), numeric: true },
          { key: 'decided', label: t('requests.league.col.decided'), numeric: true },
          { key: 'onTime', label: t('requests.league.col.onTime'), numeric: true },
          { key: 'late', label: t('requests.league.col.late'), numeric: true },
          { key: 'overdue', label: t('requests.league.col.overdue'), numeric: true },
          { key: 'pending', label: t('requests.league.col.pending'), numeric: true },
        ],
        rows: rows.map((r, i) => [
          t.number(i + 1),
          html`<a href="/organizations/${r.slug}">${t.pick({ mn: r.nameMn, en: r.nameEn })}</a>`,
          percent(r.share),
          t.number(r.decided),
          t.number(r.onTime),
          t.number(r.late),
          t.number(r.overdue),
          t.number(r.pending),
        ]),
      })
}
<p class="meta">${t('requests.league.method')}</p>`,
      });
    },
  );
}
