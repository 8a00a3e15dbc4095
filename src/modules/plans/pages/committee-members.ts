import type { FastifyRequest } from 'fastify';
import { sql } from '../../../platform/db/sql.ts';
import { type FormState, formRoute } from '../../../platform/forms/index.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { fieldset, selectField, summaryList, table, textField } from '../../../platform/views/components.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import { EndMemberBody, endCommitteeMember } from '../commands/end-committee-member.ts';
import { type Member, memberRoles, sectors } from '../committee.ts';
import { IdParams } from './commitment.ts';

/** The committee's members as read from the register of officials: what the page and the forms show of them. */

type T = FastifyRequest['t'];

/** The official's name in the reader's language, linked to their page, with the other language's spelling. */
function memberName(t: T, locale: string, m: Member): Html {
  const name = t.pick({ mn: m.officialNameMn, en: m.officialNameEn ?? m.officialNameMn });
  const other = locale === 'mn' ? m.officialNameEn : m.officialNameMn;
  return html`<a href="/officials/${m.official}">${name}</a>${other && other !== name ? html` <span lang="${locale === 'mn' ? 'en' : 'mn'}" class="meta">${other}</span>` : ''}`;
}

/** A member's role on the committee in words (a role recorded elsewhere in the register as written). */
const roleText = (t: T, role: string | null) =>
  role === null
    ? '—'
    : (memberRoles as readonly string[]).includes(role)
      ? t(`plans.committee.role.${role}`)
      : role;

/** The table of current members: name, role, post, position, body represented, sector, term. */
export function membersTable(request: FastifyRequest, members: readonly Member[], keeper: boolean): Html {
  const { t, locale } = request;
  return table(request.page, {
    caption: t('plans.committee.members'),
    columns: [
      { key: 'name', label: t('plans.committee.name') },
      { key: 'role', label: t('plans.committee.memberRole') },
      { key: 'post', label: t('plans.committee.post') },
      { key: 'position', label: t('plans.committee.position') },
      { key: 'organization', label: t('plans.col.organization') },
      { key: 'sector', label: t('plans.committee.sector') },
      { key: 'term', label: t('plans.committee.term') },
      ...(keeper ? [{ key: 'end', label: t('plans.committee.end') }] : []),
    ],
    rows: members.map((m) => [
      memberName(t, locale, m),
      roleText(t, m.role),
      html`${t.pick({ mn: m.postMn, en: m.postEn ?? m.postMn })}, <a href="/organizations/${m.committeeSlug}">${t.pick({ mn: m.committeeNameMn, en: m.committeeNameEn })}</a>`,
      t.pick({ mn: m.positionMn, en: m.positionEn }) || '—',
      m.slug ? html`<a href="/organizations/${m.slug}">${t.pick({ mn: m.nameMn, en: m.nameEn })}</a>` : '—',
      t(`plans.committee.sector.${m.sector}`),
      m.endsOn
        ? t('plans.committee.fromTo', { from: t.date(m.startsOn), to: t.date(m.endsOn) })
        : t('plans.committee.since', { from: t.date(m.startsOn) }),
      ...(keeper
        ? [
            html`<a href="/plans/committee/members/${m.id}/end">${t('plans.committee.endLink', { name: t.pick({ mn: m.officialNameMn, en: m.officialNameEn ?? m.officialNameMn }) })}</a>`,
          ]
        : []),
    ]),
  });
}

/** The form that adds a member, on the committee's page for those who keep it. */
export function memberForm(t: T, form: FormState): Html {
  const field = (id: string, label: string, hint?: string, type?: string) =>
    textField(id, label, form.value(id), {
      error: form.error(id),
      ...(hint ? { hint } : {}),
      ...(type ? { type } : {}),
    });
  return html`<h2>${t('plans.committee.addMember')}</h2><form method="post" action="${form.action}" class="plans-link-form" novalidate>${form.csrf}
${fieldset({
  legend: t('plans.committee.person'),
  body: html`${field('slug', t('plans.committee.slug'), t('plans.committee.slugHint'))}
${field('nameMn', t('plans.committee.nameMn'))}${field('nameEn', t('plans.committee.nameEn'))}`,
})}
${fieldset({
  legend: t('plans.committee.onCommittee'),
  body: html`${selectField(
    'memberRole',
    t('plans.committee.memberRole'),
    memberRoles.map((r) => ({ value: r, label: t(`plans.committee.role.${r}`) })),
    form.value('memberRole') || 'member',
  )}
${field('positionMn', t('plans.committee.positionMn'))}${field('positionEn', t('plans.committee.positionEn'))}
${field('organization', t('plans.committee.organization'), t('plans.committee.organizationHint'))}
${selectField(
  'sector',
  t('plans.committee.sector'),
  sectors.map((s) => ({ value: s, label: t(`plans.committee.sector.${s}`) })),
  form.value('sector') || 'government',
)}
${field('startsOn', t('plans.committee.startsOn'), undefined, 'date')}
${field('endsOn', t('plans.committee.endsOn'), t('plans.committee.endsOnHint'), 'date')}
${field('source', t('plans.committee.source'), t('plans.committee.sourceHint'))}`,
})}
<button type="submit" class="button">${t('plans.committee.addMember')}</button></form>`;
}

/** One member, whatever their term (the form that ends it). */
async function requireMember(ctx: ModuleContext, id: number) {
  const [m] = await ctx.db.query<{
    slug: string;
    nameMn: string;
    nameEn: string | null;
    startsOn: string;
    endsOn: string | null;
  }>(
    sql`select f.slug, f.name_mn as "nameMn", f.name_en as "nameEn", t.starts_on as "startsOn", t.ends_on as "endsOn"
      from plan_committee_members m join official_memberships t on t.id = m.membership_id
      join officials f on f.id = t.official_id where m.id = ${id}`,
  );
  if (!m) throw notFound(`no committee member ${id}`);
  return m;
}

/** The form that ends a member's term: the last day, set on the official's term in the register. */
export function endMemberPage(
  app: App,
  ctx: ModuleContext,
  crumbs: (request: FastifyRequest, last?: string) => { href?: string; label: string }[],
): void {
  formRoute(app, {
    path: '/plans/committee/members/:id/end',
    access: { action: 'plans.committee' },
    params: IdParams,
    body: EndMemberBody,
    command: (input, request) =>
      endCommitteeMember(ctx, request.actor, Number(request.params.id), input, request.meta),
    redirect: () => '/plans/committee?saved=1',
    render: async (form, request) => {
      const { t } = request;
      const m = await requireMember(ctx, Number(request.params.id));
      const name = t.pick({ mn: m.nameMn, en: m.nameEn ?? m.nameMn });
      const title = t('plans.committee.endTitle', { name });
      return {
        title,
        breadcrumbs: crumbs(request, title),
        main: html`<h1>${title}</h1>
${summaryList([
  { key: t('plans.committee.name'), value: html`<a href="/officials/${m.slug}">${name}</a>` },
  { key: t('plans.committee.startsOn'), value: t.date(m.startsOn) },
  ...(m.endsOn ? [{ key: t('plans.committee.endsOn'), value: t.date(m.endsOn) }] : []),
])}
<form method="post" action="${form.action}" novalidate>${form.csrf}
${textField('endsOn', t('plans.committee.endsOn'), form.value('endsOn') || (m.endsOn ?? ''), { type: 'date', error: form.error('endsOn') })}
<button type="submit" class="button">${t('plans.committee.endSubmit')}</button></form>`,
      };
    },
  });
}
