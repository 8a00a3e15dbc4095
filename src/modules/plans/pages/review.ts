import { Type } from 'typebox';
import { translateProblems } from '../../../platform/commands/index.ts';
import { sql } from '../../../platform/db/sql.ts';
import { type FormRequest, type FormState, formRoute } from '../../../platform/forms/index.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { Translator } from '../../../platform/i18n/index.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { errorSummary, textarea, textField } from '../../../platform/views/components.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import { addOrganizationLink } from '../commands/add-organization-link.ts';
import { correctItem, type ItemCorrection } from '../commands/correct-item.ts';
import { correctOrganizationLink } from '../commands/correct-organization-link.ts';
import { requirePlan } from '../commands/correction.ts';
import { checkboxes, checkedValues, textFields } from '../commands/frame.ts';
import { publishBlockers, publishPlan } from '../commands/publish-plan.ts';
import { removeOrganizationLink } from '../commands/remove-organization-link.ts';
import {
  allCommitments,
  type Milestone,
  type OrganizationLink,
  ogpValues,
  type PlanRow,
  planTree,
} from '../service.ts';
import { commitmentNumber, pick, planCrumbs, planTitle } from './shared.ts';

const access = { access: { action: 'plans.manage' } } as const;
const SlugParams = Type.Object({ slug: Type.String({ maxLength: 100 }) });
const ItemParams = Type.Object({
  slug: Type.String({ maxLength: 100 }),
  kind: Type.Union([Type.Literal('commitments'), Type.Literal('milestones')]),
  id: Type.String({ maxLength: 100, pattern: '^[0-9]{1,15}$' }),
});
const LinkParams = Type.Object({
  slug: Type.String({ maxLength: 100 }),
  id: Type.String({ maxLength: 100, pattern: '^[0-9]{1,15}$' }),
});
const Query = Type.Object({
  lang: Type.Optional(Type.String({ maxLength: 10 })),
  saved: Type.Optional(Type.String({ maxLength: 100 })),
});
const ItemBody = Type.Object({
  ...textFields({ number: 100, titleMn: 1000, titleEn: 1000, startDate: 40, endDate: 40 }).properties,
  ogpValues: checkboxes(100, 20),
});

/** What an item's correction form opens with. */
const itemValues = (item: Milestone & { ogpValues?: readonly string[] }) => ({
  number: item.number ?? '',
  titleMn: item.titleMn ?? '',
  titleEn: item.titleEn ?? '',
  startDate: item.startDate ?? '',
  endDate: item.endDate ?? '',
  ogpValues: [...(item.ogpValues ?? [])],
});
const LinkBody = Type.Object({
  organization: Type.Optional(Type.String({ maxLength: 100 })),
  role: Type.Optional(Type.String({ maxLength: 100 })),
  next: Type.Optional(Type.String({ maxLength: 2000 })),
  _csrf: Type.Optional(Type.String({ maxLength: 200 })),
});

async function registryOptions(ctx: ModuleContext, t: Translator) {
  const rows = await ctx.db.query<{
    slug: string;
    nameMn: string;
    nameEn: string;
  }>(sql`select slug, name_mn as "nameMn",
    name_en as "nameEn" from organizations where kind <> 'local-government' or slug like 'governor-%'
    order by ${t.locale === 'en' ? sql`lower(name_en)` : sql`mn_sort_key(name_mn)`} collate "C"`);
  return rows.map((r) => ({ value: r.slug, label: t.pick({ mn: r.nameMn, en: r.nameEn }) }));
}

/** The small form that points a name as written at a body of the registry, and sets its role. */
function linkForm(
  t: Translator,
  csrf: Html,
  slug: string,
  link: OrganizationLink,
  options: readonly { value: string; label: string }[],
  next: string,
): Html {
  const id = `link-${link.id}`;
  return html`<form method="post" action="/plans/${slug}/review/organizations/${link.id}" class="plans-link-form">${csrf}
<input type="hidden" name="next" value="${next}">
<p class="plans-written">${t('plans.review.written')}: <q>${link.nameAsWritten}</q>${link.sourceLine ? html` <span class="meta">(${t('plans.review.line', { line: link.sourceLine })})</span>` : ''}</p>
<div class="field"><label for="${id}-organization">${t('plans.review.organization')}</label>
<select id="${id}-organization" name="organization"><option value="">${t('plans.review.noMatch')}</option>
${options.map((o) => html`<option value="${o.value}"${o.value === link.slug ? html` selected` : ''}>${o.label}</option>`)}</select></div>
<div class="field"><label for="${id}-role">${t('plans.review.role')}</label>
<select id="${id}-role" name="role">${['lead', 'supporting'].map((r) => html`<option value="${r}"${r === link.role ? html` selected` : ''}>${t(`plans.role.${r}`)}</option>`)}</select></div>
<button type="submit" class="button button-secondary">${t('plans.review.saveOrganization')}</button></form>
<form method="post" action="/plans/${slug}/review/organizations/${link.id}/remove" class="plans-remove-form">${csrf}
<input type="hidden" name="next" value="${next}">
<button type="submit" class="link-button">${t('plans.review.removeOrganization')}<span class="visually-hidden"> ${link.nameAsWritten}</span></button></form>`;
}

export function reviewPages(app: App, ctx: ModuleContext): void {
  app.get(
    '/plans/:slug/review',
    { schema: { hide: true, params: SlugParams, querystring: Query }, config: access },
    async (request, reply) => {
      const { t } = request;
      const plan = await requirePlan(ctx.db, request.params.slug);
      const tree = await planTree(ctx.db, plan);
      const commitments = allCommitments(tree);
      const milestones = commitments.reduce((n, c) => n + c.milestones.length, 0);
      const unmatched = commitments.flatMap((c) => c.organizations.filter((o) => o.organizationId === null));
      const blockers = await publishBlockers(ctx.db, plan);
      const options = await registryOptions(ctx, t);
      const csrf = reply.csrfField();
      const title = t('plans.review.title');
      const next = `/plans/${plan.slug}/review`;
      const itemLink = (kind: 'commitments' | 'milestones', id: number) =>
        `/plans/${plan.slug}/review/${kind}/${id}`;
      const milestoneRow = (m: Milestone) =>
        html`<li>${m.number ?? '—'} ${pick(t, m)} <span class="meta">${m.timelineText ?? ''}</span> <a href="${itemLink('milestones', m.id)}">${t('plans.review.correct')}<span class="visually-hidden"> ${m.number ?? pick(t, m).slice(0, 40)}</span></a></li>`;
      return reply.sendPage({
        title: `${title}: ${planTitle(t, plan)}`,
        breadcrumbs: planCrumbs(t, plan, [{ label: title }]),
        main: html`${request.query.saved ? html`<div class="notice" role="status"><p>${t('plans.review.saved')}</p></div>` : ''}
<h1>${title}</h1>
<p class="lead">${planTitle(t, plan)} — ${t(`plans.status.${plan.status}`)} <a href="/plans/${plan.slug}/review/titles/plan">${t('plans.review.correctTitle')}</a></p>
<p>${t('plans.review.counts', { priorities: tree.priorities.length, commitments: commitments.length, milestones, unmatched: unmatched.length, unplaced: plan.importNotes.unplaced.length })}</p>
${plan.sourceName ? html`<p class="meta">${t('plans.review.source', { name: plan.sourceName, sha: (plan.sourceSha256 ?? '').slice(0, 12) })}</p>` : ''}
${
  plan.status === 'draft'
    ? html`<section aria-labelledby="publish-title" class="plans-publish"><h2 id="publish-title">${t('plans.review.publish')}</h2>
${blockers.length > 0 ? html`<p>${t('plans.review.blocked')}</p><ul>${blockers.map((b) => html`<li><a href="#${b.field}">${t(b.key, b.params)}</a></li>`)}</ul>` : html`<p>${t('plans.review.ready')}</p>`}
<form method="post" action="/plans/${plan.slug}/publish">${csrf}<button type="submit" class="button">${t('plans.review.publishButton')}</button></form></section>`
    : ''
}
<h2>${t('plans.review.unplaced')}</h2>
${plan.importNotes.unplaced.length > 0 ? html`<ul class="plans-notes">${plan.importNotes.unplaced.map((u) => html`<li>${t('plans.review.line', { line: u.line })}: <q>${u.text}</q> — ${u.reason}</li>`)}</ul>` : html`<p>${t('plans.review.nothing')}</p>`}
<h2>${t('plans.review.unmatched')}</h2>
${unmatched.length > 0 ? unmatched.map((l) => linkForm(t, csrf, plan.slug, l, options, next)) : html`<p>${t('plans.review.allMatched')}</p>`}
<h2>${t('plans.review.warnings')}</h2>
${plan.importNotes.warnings.length > 0 ? html`<ul class="plans-notes">${plan.importNotes.warnings.map((w) => html`<li>${t('plans.review.line', { line: w.line })}: ${w.message}</li>`)}</ul>` : html`<p>${t('plans.review.nothing')}</p>`}
<h2>${t('plans.review.items')}</h2>
${tree.priorities.map(
  (
    p,
  ) => html`<section class="plans-review-priority"><h3>${p.number}. ${pick(t, p) || t('plans.priority.untitled')} <a class="plans-small" href="/plans/${plan.slug}/review/titles/priority-${p.id}">${t('plans.review.correct')}<span class="visually-hidden"> ${p.number}</span></a></h3>
<ol class="plans-review-list">${p.commitments.map(
    (c) => html`<li id="commitment-${c.id}"><strong>${commitmentNumber(t, c)}</strong> ${pick(t, c)}
<span class="meta">${c.timelineText ?? ''}</span> <a href="${itemLink('commitments', c.id)}">${t('plans.review.correct')}<span class="visually-hidden"> ${commitmentNumber(t, c)}</span></a>
${c.milestones.length > 0 ? html`<ul>${c.milestones.map(milestoneRow)}</ul>` : ''}</li>`,
  )}</ol></section>`,
)}`,
      });
    },
  );

  /** The item page: its correction form, its organisations, and the form that adds one. */
  const renderItem = async (
    request: FormRequest<typeof ItemParams>,
    forms: { correct?: FormState; add?: FormState },
  ) => {
    const { t } = request;
    const { slug, kind } = request.params;
    const plan = await requirePlan(ctx.db, slug);
    const { item, links } = await findItem(plan, kind, Number(request.params.id));
    const form = (forms.correct ?? forms.add)!;
    const opened: Record<string, unknown> = itemValues(item);
    const v = forms.correct ?? { value: (f: string) => String(opened[f] ?? ''), error: () => undefined };
    const ogp = checkedValues((forms.correct?.values ?? opened).ogpValues as string[] | undefined);
    const addError = forms.add?.error('add-organization');
    const options = await registryOptions(ctx, t);
    const title = t(
      kind === 'commitments' ? 'plans.review.correctCommitment' : 'plans.review.correctMilestone',
    );
    const path = `/plans/${slug}/review/${kind}/${request.params.id}`;
    return {
      title,
      breadcrumbs: planCrumbs(t, plan, [
        { href: `/plans/${slug}/review`, label: t('plans.review.title') },
        { label: title },
      ]),
      main: html`<h1>${title}</h1>
<p class="meta">${t('plans.review.line', { line: item.sourceLine ?? '—' })} · ${t('plans.col.timeline')}: ${item.timelineText ?? '—'}</p>
<form method="post" action="${path}" novalidate>${form.csrf}
${textField('number', t('plans.field.number'), v.value('number'), { error: v.error('number'), hint: t('plans.field.numberHint') })}
${textarea({ t }, { id: 'titleMn', label: t('plans.field.titleMn'), value: v.value('titleMn'), error: v.error('titleMn'), rows: 4 })}
${textarea({ t }, { id: 'titleEn', label: t('plans.field.titleEn'), value: v.value('titleEn'), error: v.error('titleEn'), rows: 4 })}
${textField('startDate', t('plans.field.startDate'), v.value('startDate'), { type: 'date', error: v.error('startDate') })}
${textField('endDate', t('plans.field.endDate'), v.value('endDate'), { type: 'date', error: v.error('endDate') })}
${
  kind === 'commitments'
    ? html`<fieldset class="field" id="ogpValues"><legend>${t('plans.field.ogpValues')}</legend>
${ogpValues.map((value) => html`<div class="checkbox"><input type="checkbox" id="value-${value}" name="ogpValues" value="${value}"${ogp.includes(value) ? html` checked` : ''}><label for="value-${value}">${t(`plans.value.${value}`)}</label></div>`)}</fieldset>`
    : ''
}
<button type="submit" class="button">${t('plans.review.save')}</button></form>
<h2>${t('plans.review.organizations')}</h2>
${links.length > 0 ? links.map((l) => linkForm(t, form.csrf, slug, l, options, path)) : html`<p>${t('plans.review.noOrganizations')}</p>`}
<h3>${t('plans.review.addOrganization')}</h3>
<form method="post" action="${path}/organizations" class="plans-link-form" novalidate>${form.csrf}
<div class="field${addError ? ' field-error' : ''}"><label for="add-organization">${t('plans.review.organization')}</label>
${addError ? html`<p class="error-message">${addError}</p>` : ''}
<select id="add-organization" name="organization"><option value="">${t('plans.review.choose')}</option>${options.map((o) => html`<option value="${o.value}">${o.label}</option>`)}</select></div>
<div class="field"><label for="add-role">${t('plans.review.role')}</label>
<select id="add-role" name="role">${['lead', 'supporting'].map((r) => html`<option value="${r}"${r === 'supporting' ? html` selected` : ''}>${t(`plans.role.${r}`)}</option>`)}</select></div>
<button type="submit" class="button button-secondary">${t('plans.review.addOrganization')}</button></form>`,
    };
  };

  /** The commitment or milestone of the plan, and its own organisation links (404 when not the plan's). */
  const findItem = async (plan: PlanRow, kind: 'commitments' | 'milestones', id: number) => {
    const commitments = allCommitments(await planTree(ctx.db, plan));
    if (kind === 'commitments') {
      const item = commitments.find((c) => c.id === id);
      if (!item) throw notFound(`no ${kind} ${id} in ${plan.slug}`);
      return { item, links: item.organizations.filter((o) => o.milestoneId === null) };
    }
    const item = commitments.flatMap((c) => c.milestones).find((m) => m.id === id);
    if (!item) throw notFound(`no ${kind} ${id} in ${plan.slug}`);
    return { item, links: item.organizations };
  };

  formRoute(app, {
    path: '/plans/:slug/review/:kind/:id',
    access: access.access,
    params: ItemParams,
    body: ItemBody,
    values: async (request) => {
      const plan = await requirePlan(ctx.db, request.params.slug);
      const { item } = await findItem(plan, request.params.kind, Number(request.params.id));
      return itemValues(item);
    },
    command: (input, request) => {
      const { ogpValues: values, ...rest } = input;
      const kind = request.params.kind === 'commitments' ? 'commitment' : 'milestone';
      const correction: ItemCorrection = {
        ...rest,
        ...(kind === 'commitment' ? { ogpValues: checkedValues(values) } : {}),
      };
      return correctItem(
        ctx,
        request.actor,
        request.params.slug,
        kind,
        Number(request.params.id),
        correction,
        request.meta,
      );
    },
    redirect: (_value, request) => `/plans/${request.params.slug}/review?saved=1`,
    render: (form, request) => renderItem(request, { correct: form }),
  });

  formRoute(app, {
    path: '/plans/:slug/review/:kind/:id/organizations',
    shownAt: { path: '/plans/:slug/review/:kind/:id' },
    access: access.access,
    params: ItemParams,
    body: LinkBody,
    command: (input, request) =>
      addOrganizationLink(
        ctx,
        request.actor,
        request.params.slug,
        {
          kind: request.params.kind === 'commitments' ? 'commitment' : 'milestone',
          id: Number(request.params.id),
        },
        input,
        request.meta,
      ),
    redirect: (_value, request) =>
      `/plans/${request.params.slug}/review/${request.params.kind}/${request.params.id}?saved=1`,
    render: (form, request) => renderItem(request, { add: form }),
  });

  app.post(
    '/plans/:slug/review/organizations/:id',
    { schema: { hide: true, params: LinkParams, body: LinkBody }, config: access },
    async (request, reply) => {
      const { organization, role, next } = request.body;
      const result = await correctOrganizationLink(
        ctx,
        request.actor,
        request.params.slug,
        Number(request.params.id),
        { organization, role },
        request.meta,
      );
      const back = next?.startsWith(`/plans/${request.params.slug}/review`)
        ? next
        : `/plans/${request.params.slug}/review`;
      if (result.ok) return reply.redirect(`${back}?saved=1`, 303);
      return reply.code(422).sendPage({
        title: request.t('plans.error.prefix'),
        main: html`${errorSummary(
          request.page,
          translateProblems(request.t, result.problems),
        )}<p><a href="${back}">${request.t('plans.review.back')}</a></p>`,
      });
    },
  );

  app.post(
    '/plans/:slug/review/organizations/:id/remove',
    { schema: { hide: true, params: LinkParams, body: LinkBody }, config: access },
    async (request, reply) => {
      await removeOrganizationLink(
        ctx,
        request.actor,
        request.params.slug,
        Number(request.params.id),
        request.meta,
      );
      const next = request.body.next;
      const back = next?.startsWith(`/plans/${request.params.slug}/review`)
        ? next
        : `/plans/${request.params.slug}/review`;
      return reply.redirect(`${back}?saved=1`, 303);
    },
  );

  app.post(
    '/plans/:slug/publish',
    {
      schema: {
        hide: true,
        params: SlugParams,
        body: Type.Object({ _csrf: Type.Optional(Type.String({ maxLength: 200 })) }),
      },
      config: access,
    },
    async (request, reply) => {
      const result = await publishPlan(ctx, request.actor, request.params.slug, request.meta);
      if (result.ok) return reply.redirect(`/plans/${request.params.slug}`, 303);
      return reply.code(422).sendPage({
        title: request.t('plans.error.prefix'),
        main: html`<h1>${request.t('plans.review.notPublished')}</h1><p>${request.t('plans.review.blocked')}</p>
<ul>${result.problems.map((p) => html`<li><a href="/plans/${request.params.slug}/review#${p.field}">${request.t(p.key, p.params)}</a></li>`)}</ul>`,
      });
    },
  );
}
