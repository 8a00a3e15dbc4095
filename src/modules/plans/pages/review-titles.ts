import { Type } from 'typebox';
import { formRoute } from '../../../platform/forms/index.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { textarea } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import { correctTitles } from '../commands/correct-titles.ts';
import { requirePlan } from '../commands/correction.ts';
import { planTree } from '../service.ts';
import { planCrumbs } from './shared.ts';

const TitleParams = Type.Object({
  slug: Type.String({ maxLength: 100 }),
  target: Type.String({ maxLength: 100, pattern: '^(plan|priority-[0-9]{1,15})$' }),
});
const TitleBody = Type.Object({
  titleMn: Type.Optional(Type.String({ maxLength: 1000 })),
  titleEn: Type.Optional(Type.String({ maxLength: 1000 })),
});

const targetOf = (t: string) =>
  t === 'plan' ? ({ kind: 'plan' } as const) : ({ kind: 'priority', id: Number(t.slice(9)) } as const);

/** The form for the titles of the plan and of its priority areas, in both languages. */
export function titlePages(app: App, ctx: ModuleContext): void {
  /** The plan and the titles the target has now (404 when the priority area is not the plan's). */
  const load = async (slug: string, target: string) => {
    const plan = await requirePlan(ctx.db, slug);
    const which = targetOf(target);
    const current =
      which.kind === 'priority'
        ? (await planTree(ctx.db, plan)).priorities.find((p) => p.id === which.id)
        : plan;
    if (!current) throw notFound(`no priority area in ${slug}`);
    return { plan, current };
  };

  formRoute(app, {
    path: '/plans/:slug/review/titles/:target',
    access: { action: 'plans.manage' },
    params: TitleParams,
    body: TitleBody,
    values: async (request) => {
      const { current } = await load(request.params.slug, request.params.target);
      return { titleMn: current.titleMn ?? '', titleEn: current.titleEn ?? '' };
    },
    command: (input, request) =>
      correctTitles(
        ctx,
        request.actor,
        request.params.slug,
        targetOf(request.params.target),
        input,
        request.meta,
      ),
    render: async (form, request) => {
      const { t } = request;
      const { plan } = await load(request.params.slug, request.params.target);
      const title = t('plans.review.correctTitle');
      return {
        title,
        breadcrumbs: planCrumbs(t, plan, [
          { href: `/plans/${plan.slug}/review`, label: t('plans.review.title') },
          { label: title },
        ]),
        main: html`<h1>${title}</h1>
<form method="post" action="${form.action}" novalidate>${form.csrf}
${textarea({ t }, { id: 'titleMn', label: t('plans.field.titleMn'), value: form.value('titleMn'), error: form.error('titleMn'), rows: 4 })}
${textarea({ t }, { id: 'titleEn', label: t('plans.field.titleEn'), value: form.value('titleEn'), error: form.error('titleEn'), rows: 4 })}
<button type="submit" class="button">${t('plans.review.save')}</button></form>`,
      };
    },
    redirect: (_value, request) => `/plans/${request.params.slug}/review?saved=1`,
  });
}
