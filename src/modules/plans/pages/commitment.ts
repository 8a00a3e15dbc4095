import { randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { can } from '../../../platform/auth/permissions.ts';
import { sql } from '../../../platform/db/sql.ts';
import { findFile, sendStoredFile } from '../../../platform/files/index.ts';
import { type FormState, type FormView, formRoute } from '../../../platform/forms/index.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { Translator } from '../../../platform/i18n/index.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { askQuestionLink } from '../../../platform/questions/ask-link.ts';
import { emptyState, summaryList, table } from '../../../platform/views/components.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import { textFields } from '../commands/frame.ts';
import { setFollowing } from '../commands/set-following.ts';
import { submitComment } from '../commands/submit-comment.ts';
import { type CommentView, publishedComments } from '../comments.ts';
import { type Decision, decisionsOn } from '../committee.ts';
import { type Evaluation, evaluationsOf } from '../evaluations.ts';
import { isFollowing } from '../follow.ts';
import { commitmentQuestionSubject } from '../question-subject.ts';
import { findCommitment, type ReportView, reportingOrganizations, reportsOf } from '../reports.ts';
import { allCommitments, type Commitment, isOverdue, planTree, todayIn } from '../service.ts';
import {
  commitmentNumber,
  completionTag,
  dateText,
  organizationName,
  periodText,
  pick,
  planCrumbs,
  visiblePlan,
} from './shared.ts';

export const IdParams = Type.Object({ id: Type.String({ maxLength: 100, pattern: '^[0-9]{1,15}$' }) });

/** A published commitment with the plan it is in, or 404 (a draft's only for reviewers). */
export async function visibleCommitment(
  ctx: ModuleContext,
  request: Parameters<typeof visiblePlan>[1],
  id: string,
) {
  const context = await findCommitment(ctx.db, Number(id));
  if (!context) throw notFound(`no commitment ${id}`);
  const plan = await visiblePlan(ctx, request, context.planSlug);
  const tree = await planTree(ctx.db, plan, { commitmentId: context.id });
  const commitment = allCommitments(tree)[0]!;
  const priority = tree.priorities.find((p) => p.id === commitment.priorityId)!;
  return { context, plan, tree, commitment, priority };
}

function evidenceList(t: Translator, report: ReportView): Html {
  if (report.evidence.length === 0) return html`<p class="plans-no-evidence">${t('plans.evidence.none')}</p>`;
  return html`<ul class="plans-evidence">${report.evidence.map((e) => {
    const title = t.pick({ mn: e.titleMn, en: e.titleEn });
    const kind = t(`plans.evidence.kind.${e.kind}`);
    if (!e.live) return html`<li>${kind}: ${title} <span class="tag">${t('plans.evidence.gone')}</span></li>`;
    return html`<li>${kind}: <a href="${e.url}"${e.kind === 'link' ? html` rel="external noopener nofollow"` : ''}>${title}</a>${e.module ? html` <span class="meta">(${e.module})</span>` : ''}</li>`;
  })}</ul>`;
}

function reportsSection(t: Translator, reports: readonly ReportView[]): Html {
  if (reports.length === 0) return emptyState(t('plans.reports.empty'), t('plans.reports.emptyHint'));
  return html`<ol class="plans-reports">${reports.map(
    (r) => html`<li class="plans-report"><h3>${t.date(r.reportedOn)}: ${completionTag(t, r.completion)}</h3>
<p class="meta">${t.pick({ mn: r.organization.nameMn, en: r.organization.nameEn })}${r.milestoneNumber ? ` · ${t('plans.col.milestone')} ${r.milestoneNumber}` : ''}</p>
<p>${r.narrative}</p>
<h4>${t('plans.evidence.title')}</h4>
${evidenceList(t, r)}</li>`,
  )}</ol>`;
}

function evaluationSection(t: Translator, evaluations: readonly Evaluation[]): Html {
  const published = evaluations.filter((e) => e.status === 'published');
  const current = published[0];
  if (!current) return emptyState(t('plans.evaluation.none'));
  const yesNo = (v: boolean) => t(v ? 'plans.yes' : 'plans.no');
  return html`${current.starred ? html`<p class="tag plans-star">★ ${t('plans.starred')}</p>` : ''}
${summaryList([
  { key: t('plans.evaluate.verifiable'), value: yesNo(current.verifiable) },
  {
    key: t('plans.evaluate.relevance'),
    value:
      current.relevance.length > 0
        ? current.relevance.map((v) => t(`plans.value.${v}`)).join(', ')
        : t('plans.evaluate.relevanceNone'),
  },
  { key: t('plans.evaluate.potentialImpact'), value: t(`plans.impact.${current.potentialImpact}`) },
  { key: t('plans.evaluate.completion'), value: t(`plans.irmCompletion.${current.completion}`) },
  {
    key: t('plans.evaluate.earlyResults'),
    value: current.earlyResults ? t(`plans.early.${current.earlyResults}`) : '—',
  },
  { key: t('plans.evaluate.justification'), value: current.justification },
  {
    key: t('plans.evaluation.published'),
    value: current.publishedAt ? t.dateTime(current.publishedAt) : '—',
  },
])}
${published.length > 1 ? html`<p class="meta">${t('plans.evaluation.earlier', { count: published.length - 1 })}</p>` : ''}`;
}

function milestonesTable(request: { page: Parameters<typeof table>[0]; t: Translator }, c: Commitment): Html {
  const { t } = request;
  if (c.milestones.length === 0) return emptyState(t('plans.milestones.none'));
  return table(request.page, {
    caption: t('plans.milestones.title'),
    columns: [
      { key: 'number', label: t('plans.col.number') },
      { key: 'title', label: t('plans.col.milestone') },
      { key: 'organizations', label: t('plans.col.organizations') },
      { key: 'period', label: t('plans.col.period') },
      { key: 'completion', label: t('plans.col.completion') },
    ],
    rows: c.milestones.map((m) => [
      m.number ?? '—',
      pick(t, m),
      m.organizations.length > 0
        ? html`${m.organizations.map((o, i) => html`${i > 0 ? ', ' : ''}${organizationName(t, o)}`)}`
        : '—',
      periodText(t, { start: m.startDate, due: m.endDate }),
      completionTag(t, m.completion),
    ]),
  });
}

export function commitmentPages(app: App, ctx: ModuleContext): void {
  /** The commitment's page, with the forms to follow it and to comment on it (`form`: the comment's). */
  const render = async (request: FastifyRequest, form: FormState, id: string): Promise<FormView> => {
    const { t } = request;
    const { context, plan, commitment: c, priority } = await visibleCommitment(ctx, request, id);
    const query = (request.query ?? {}) as Record<string, string | undefined>;
    const [reports, evaluations, following, comments, decisions] = await Promise.all([
      reportsOf(ctx.db, c.id),
      evaluationsOf(ctx.db, c.id, { drafts: false }),
      isFollowing(ctx.db, c.id, request.actor.userId),
      publishedComments(ctx.db, c.id),
      decisionsOn(ctx.db, c.id),
    ]);
    const title = `${commitmentNumber(t, c)} ${pick(t, c)}`;
    const reporter = plan.status === 'published' && reportingOrganizations(request.actor, context).length > 0;
    const evaluator = plan.status === 'published' && can(request.actor, 'plans.evaluate');
    // Lead of the commitment or of any of its milestones; supporting: the others, once each.
    const lead = dedupe(c.organizations.filter((o) => o.role === 'lead'));
    const leadKeys = new Set(lead.map((o) => o.organizationId ?? `?${o.nameAsWritten}`));
    const supporting = c.organizations.filter(
      (o) => !leadKeys.has(o.organizationId ?? `?${o.nameAsWritten}`),
    );
    const notice = query.reported
      ? 'plans.reported'
      : query.rated
        ? 'plans.rated'
        : query.commented
          ? 'plans.comments.received'
          : query.followed
            ? `plans.follow.done.${query.followed === '1' ? 'on' : 'off'}`
            : null;
    return {
      title,
      wide: true,
      breadcrumbs: planCrumbs(t, plan, [{ label: commitmentNumber(t, c) }]),
      alternates: [{ href: `/api/v1/plans/commitments/${c.id}`, type: 'application/json' }],
      main: html`${notice ? html`<div class="notice" role="status"><p>${t(notice)}</p></div>` : ''}
<p class="meta">${priority.number}. ${pick(t, priority)}</p>
<h1>${title}</h1>
<p>${completionTag(t, c.completion)}${isOverdue(c, todayIn(ctx.country.timeZone)) ? html` <span class="tag plans-overdue">${t('plans.overdue.tag')}</span>` : ''}${c.starred ? html` <span class="tag plans-star">★ ${t('plans.starred')}</span>` : ''}</p>
${summaryList([
  {
    key: t('plans.col.lead'),
    value:
      lead.length > 0
        ? html`${lead.map((o, i) => html`${i > 0 ? ', ' : ''}${organizationName(t, o)}`)}`
        : '—',
  },
  {
    key: t('plans.col.supporting'),
    value:
      supporting.length > 0
        ? html`${dedupe(supporting).map((o, i) => html`${i > 0 ? ', ' : ''}${organizationName(t, o)}`)}`
        : '—',
  },
  { key: t('plans.col.period'), value: periodText(t, c) },
  { key: t('plans.col.timeline'), value: c.timelineText ?? '—' },
  {
    key: t('plans.col.values'),
    value: c.ogpValues.length > 0 ? c.ogpValues.map((v) => t(`plans.value.${v}`)).join(', ') : '—',
  },
  { key: t('plans.col.reports'), value: t.number(c.reports) },
])}
<div class="plans-actions">
${reporter ? html`<a class="button" href="/plans/commitments/${c.id}/report">${t('plans.report.link')}</a>` : ''}
${evaluator ? html`<a class="button" href="/plans/commitments/${c.id}/evaluate">${t('plans.evaluate.link')}</a>` : ''}
${plan.status === 'published' ? followForm(t, form.csrf, c.id, request.actor.userId !== null, following) : ''}
</div>
${plan.status === 'published' && lead.some((o) => o.organizationId) ? askQuestionLink(t, commitmentQuestionSubject.kind, String(c.id)) : ''}
<h2>${t('plans.milestones.title')}</h2>
${milestonesTable(request, c)}
<h2>${t('plans.reports.title')}</h2>
${reportsSection(t, reports)}
<h2>${t('plans.evaluation.title')}</h2>
${evaluationSection(t, evaluations)}
<h2>${t('plans.committee.decisionsOn')}</h2>
${decisionsSection(t, decisions)}
<h2 id="comments">${t('plans.comments.title')}</h2>
${commentsSection(t, comments)}
${plan.status === 'published' ? commentForm(t, form.csrf, c.id, request.actor.userId !== null, form.error('comment')) : ''}
<p class="meta">${t('plans.source', { line: c.sourceLine ?? '—', due: dateText(t, c.due) })}</p>`,
    };
  };

  formRoute(app, {
    path: '/plans/commitments/:id/comments',
    shownAt: { path: '/plans/commitments/:id', access: 'public' },
    access: { action: 'plans.comment' },
    params: IdParams,
    body: textFields({ comment: 20000, submissionKey: 100 }),
    command: (input, request) =>
      submitComment(
        ctx,
        request.actor,
        Number(request.params.id),
        { comment: input.comment ?? '', submissionKey: input.submissionKey },
        request.meta,
      ),
    redirect: (_comment, request) => `/plans/commitments/${request.params.id}?commented=1#comments`,
    render: (form, request) => render(request, form, request.params.id),
  });

  app.post(
    '/plans/commitments/:id/follow',
    {
      schema: {
        hide: true,
        params: IdParams,
        body: Type.Object({
          follow: Type.Optional(Type.String({ maxLength: 10 })),
          _csrf: Type.Optional(Type.String({ maxLength: 200 })),
        }),
      },
      config: { access: { action: 'plans.follow' } },
    },
    async (request, reply) => {
      const on = request.body.follow !== '0';
      await setFollowing(ctx, request.actor, Number(request.params.id), on, request.meta);
      return reply.redirect(`/plans/commitments/${request.params.id}?followed=${on ? 1 : 0}`, 303);
    },
  );

  // Evidence documents: public once their report is, since reports are public on a published plan.
  app.get(
    '/plans/evidence/:fileId',
    {
      schema: { hide: true, params: Type.Object({ fileId: Type.String({ maxLength: 40 }) }) },
      config: { access: 'public' },
    },
    async (request, reply) => {
      const [row] = await ctx.db.query(sql`select 1 from plan_report_evidence e
        join plan_progress_reports r on r.id = e.report_id join plan_commitments c on c.id = r.commitment_id
        join plans p on p.id = c.plan_id where e.file_id = ${request.params.fileId} and p.status = 'published' limit 1`);
      const file = row ? await findFile(ctx.db, request.params.fileId) : undefined;
      if (!file) throw notFound('no such evidence document');
      return sendStoredFile(reply, ctx.config, file);
    },
  );
}

function dedupe<T extends { organizationId: number | null; nameAsWritten: string }>(
  links: readonly T[],
): T[] {
  const seen = new Set<string>();
  return links.filter((l) => {
    const key = l.organizationId === null ? `?${l.nameAsWritten}` : String(l.organizationId);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function followForm(t: Translator, csrf: Html, id: number, signedIn: boolean, following: boolean): Html {
  if (!signedIn)
    return html`<p><a href="/sign-in?next=/plans/commitments/${id}">${t('plans.follow.signIn')}</a></p>`;
  return html`<form method="post" action="/plans/commitments/${id}/follow" class="plans-follow">${csrf}
<input type="hidden" name="follow" value="${following ? '0' : '1'}">
<button type="submit" class="button button-secondary">${t(following ? 'plans.follow.stop' : 'plans.follow.start')}</button></form>`;
}

function decisionsSection(t: Translator, decisions: readonly Decision[]): Html {
  if (decisions.length === 0) return emptyState(t('plans.committee.noDecisionsOn'));
  return html`<ul class="plans-notes">${decisions.map((d) => html`<li><a href="/plans/committee/meetings/${d.meetingId}">${t.date(d.heldOn)}</a>: ${d.text}</li>`)}</ul>`;
}

/** Published comments, without their authors' names (personal data). */
function commentsSection(t: Translator, comments: readonly CommentView[]): Html {
  if (comments.length === 0) return html`<p>${t('plans.comments.none')}</p>`;
  return html`<ol class="plans-reports">${comments.map((c) => html`<li class="plans-report"><p class="meta">${t('plans.comments.citizen')}, ${t.dateTime(c.createdAt)}</p><p>${c.body}</p></li>`)}</ol>`;
}

function commentForm(t: Translator, csrf: Html, id: number, signedIn: boolean, error?: string): Html {
  if (!signedIn)
    return html`<p><a href="/sign-in?next=/plans/commitments/${id}">${t('plans.comments.signIn')}</a></p>`;
  return html`<form method="post" action="/plans/commitments/${id}/comments" novalidate>${csrf}
<input type="hidden" name="submissionKey" value="${randomBytes(18).toString('base64url')}">
<div class="field${error ? ' field-error' : ''}"><label for="comment">${t('plans.comments.label')}</label>
<p class="hint" id="comment-hint">${t('plans.comments.hint')}</p>
${error ? html`<p class="error-message" id="comment-error">${error}</p>` : ''}
<textarea id="comment" name="comment" rows="4" aria-describedby="comment-hint${error ? ' comment-error' : ''}"${error ? html` aria-invalid="true"` : ''}></textarea></div>
<button type="submit" class="button button-secondary">${t('plans.comments.submit')}</button></form>`;
}
