import type { FastifyRequest } from 'fastify';
import { can } from '../../../platform/auth/permissions.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { Translator } from '../../../platform/i18n/index.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import type { Crumb } from '../../../platform/views/layout.ts';
import {
  type Commitment,
  findPlan,
  type OrganizationLink,
  type PlanRow,
  type ProgressKey,
} from '../service.ts';
import { completionSwatch } from '../views/charts.ts';

/** What the plans pages share: finding a plan a reader may see, names, labels and tags. */

export const pick = (t: Translator, item: { titleMn: string | null; titleEn: string | null }) =>
  t.pick({ mn: item.titleMn, en: item.titleEn });

export function planTitle(t: Translator, plan: PlanRow): string {
  return pick(t, plan) || plan.slug;
}

/** The way from the plans index through one plan to `here`, the path every page about a plan shows. */
export function planCrumbs(t: Translator, plan: PlanRow, here: readonly Crumb[]): Crumb[] {
  return [
    { href: '/plans', label: t('plans.title') },
    { href: `/plans/${plan.slug}`, label: planTitle(t, plan) },
    ...here,
  ];
}

/** A plan the reader may see: published ones to everyone, drafts only to those who review them. */
export async function visiblePlan(
  ctx: ModuleContext,
  request: FastifyRequest,
  slug: string,
): Promise<PlanRow> {
  const plan = /^[a-z0-9-]{1,100}$/.test(slug) ? await findPlan(ctx.db, slug) : undefined;
  if (!plan) throw notFound(`no plan "${slug}"`);
  if (plan.status === 'draft' && !can(request.actor, 'plans.manage')) throw notFound(`no plan "${slug}"`);
  return plan;
}

export function commitmentNumber(t: Translator, c: { number: string | null }): string {
  return c.number ?? t('plans.unnumbered');
}

export function completionTag(t: Translator, completion: ProgressKey | null): Html {
  const key = completion ?? 'not-reported';
  return html`<span class="plans-status plans-status-${key}">${completionSwatch(key)}${t(`plans.completion.${key}`)}</span>`;
}

/** "No evidence" is shown, not hidden: the independent reviews found it the commonest gap. */
export function evidenceTag(t: Translator, c: Pick<Commitment, 'reports' | 'evidence'>): Html {
  if (c.evidence > 0) return html`<span>${t('plans.evidence.count', { count: c.evidence })}</span>`;
  return html`<span class="plans-no-evidence">${t('plans.evidence.none')}</span>`;
}

export function organizationName(t: Translator, link: OrganizationLink): Html {
  if (link.slug)
    return html`<a href="/organizations/${link.slug}">${t.pick({ mn: link.nameMn, en: link.nameEn })}</a>`;
  return html`${link.nameAsWritten} <span class="tag">${t('plans.organization.unmatched')}</span>`;
}

export function dateText(t: Translator, date: string | null): string {
  return date ? t.date(date) : '—';
}

/** Dates as the document wrote them, and as read. */
export function periodText(t: Translator, item: { start: string | null; due: string | null }): string {
  if (!item.start && !item.due) return '—';
  return `${dateText(t, item.start)} – ${dateText(t, item.due)}`;
}
