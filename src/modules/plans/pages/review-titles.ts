import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { translateProblems } from '../../../platform/commands/index.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { errorSummary, textarea } from '../../../platform/views/components.ts';
import { html } from '../../../platform/views/html.ts';
import { correctTitles } from '../commands/correct-titles.ts';
import { requirePlan } from '../commands/correction.ts';
import { planTree } from '../service.ts';
import { planCrumbs } from './shared.ts';

const access = { access: { action: 'plans.manage' } } as const;
const Query = Type.Object({
  lang: Type.Optional(Type.String({ maxLength: 10 })),
  saved: Type.Optional(Type.String({ maxLength: 100 })),
});
const TitleParams = Type.Object({
  slug: Type.String({ maxLength: 100 }),
  target: Type.String({ maxLength: 100, pattern: '^(plan|priority-[0-9]{1,15})$' }),
});
const TitleBody = Type.Object({
  titleMn: Type.Optional(Type.String({ maxLength: 1000 })),
  titleEn: Type.Optional(Type.String({ maxLength: 1000 })),
  _csrf: Type.Optional(Type.String({ maxLength: 200 })),
});

/** The form for the titles of the plan and of its priority areas, in both languages. */
export function titlePages(app: App, ctx: ModuleContext): void {
  const targetOf = (t: string) =>
    t === 'plan' ? ({ kind: 'plan' } as const) : ({ kind: 'priority', id: Number(t.slice(9)) } as const);
  const render = async (
    request: FastifyRequest,
    reply: FastifyReply,
    slug: string,
    target: string,
    values: { titleMn?: string; titleEn?: string } | null,
    errors: { field: string; message: string }[],
  ) => {
    const { t } = request;
    const plan = await requirePlan(ctx.db, slug);
    const which = targetOf(target);
    let current: { titleMn: string | null; titleEn: string | null } | undefined = plan;
    if (which.kind === 'priority')
      current = (await planTree(ctx.db, plan)).priorities.find((p) => p.id === which.id);
    if (!current) throw notFound(`no priority area in ${slug}`);
    const v = values ?? { titleMn: current.titleMn ?? '', titleEn: current.titleEn ?? '' };
    const title = t('plans.review.correctTitle');
    const error = (f: string) => errors.find((e) => e.field === f)?.message;
    return reply.code(errors.length > 0 ? 422 : 200).sendPage({
      title: errors.length > 0 ? `${t('plans.error.prefix')}: ${title}` : title,
      breadcrumbs: planCrumbs(t, plan, [
        { href: `/plans/${slug}/review`, label: t('plans.review.title') },
        { label: title },
      ]),
      main: html`<div class="narrow">${errorSummary(request.page, errors)}<h1>${title}</h1>
<form method="post" action="/plans/${slug}/review/titles/${target}" novalidate>${reply.csrfField()}
${textarea({ t }, { id: 'titleMn', label: t('plans.field.titleMn'), value: v.titleMn ?? '', error: error('titleMn'), rows: 4 })}
${textarea({ t }, { id: 'titleEn', label: t('plans.field.titleEn'), value: v.titleEn ?? '', error: error('titleEn'), rows: 4 })}
<button type="submit" class="button">${t('plans.review.save')}</button></form></div>`,
    });
  };

  app.get(
    '/plans/:slug/review/titles/:target',
    { schema: { hide: true, params: TitleParams, querystring: Query }, config: access },
    (request, reply) => render(request, reply, request.params.slug, request.params.target, null, []),
  );

  app.post(
    '/plans/:slug/review/titles/:target',
    { schema: { hide: true, params: TitleParams, body: TitleBody }, config: access },
    async (request, reply) => {
      const { _csrf, ...input } = request.body;
      const result = await correctTitles(
        ctx,
        request.actor,
        request.params.slug,
        targetOf(request.params.target),
        input,
        request.meta,
      );
      if (result.ok) return reply.redirect(`/plans/${request.params.slug}/review?saved=1`, 303);
      const errors = translateProblems(request.t, result.problems);
      return render(request, reply, request.params.slug, request.params.target, input, errors);
    },
  );
}
