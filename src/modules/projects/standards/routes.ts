import { Readable } from 'node:stream';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { SlugParams } from '../schemas.ts';
import { allActivities, type IatiOptions, loanActivities } from './iati.ts';
import { allProjectsPackage, projectPackage } from './oc4ids.ts';
import { countLoans, countProjects } from './rows.ts';

/**
 * The register in the open standards: every project as one OC4IDS 0.9 project package and every
 * loan or grant as IATI 2.03 activities, each streamed batch by batch; one project's package and
 * one loan's activity beside them. Public: the register is.
 */
export function standardsRoutes(app: App, ctx: ModuleContext): void {
  const pack = ctx.country.projects;
  const { publicUrl } = ctx.config;
  const iati = (): IatiOptions => {
    const now = new Date();
    return {
      pack,
      country: ctx.country.code.toUpperCase(),
      asOf: now.toISOString().slice(0, 10),
      generatedAt: now,
    };
  };
  const attachment = (type: string, filename: string) => ({
    'content-type': type,
    'content-disposition': `attachment; filename="${filename}"`,
  });

  app.get(
    '/projects/oc4ids.json',
    { schema: { hide: true }, config: { access: 'public' } },
    async (request, reply) => {
      // A package holds at least one project: with none there is no package to give.
      if ((await countProjects(ctx.db)) === 0) throw notFound('no project is published yet');
      const chunks = allProjectsPackage(ctx.db, {
        pack,
        publicUrl,
        onProblem: (slug, problems) =>
          request.log.error({ slug, problems }, 'an OC4IDS project does not conform and was left out'),
      });
      return reply
        .headers(attachment('application/json; charset=utf-8', 'projects.oc4ids.json'))
        .send(Readable.from(chunks));
    },
  );

  app.get(
    '/projects/:slug/oc4ids.json',
    { schema: { hide: true, params: SlugParams }, config: { access: 'public' } },
    async (request, reply) => {
      const document = await projectPackage(ctx.db, request.params.slug, { pack, publicUrl });
      if (!document) throw notFound();
      return reply
        .headers(attachment('application/json; charset=utf-8', `${request.params.slug}.oc4ids.json`))
        .send(JSON.stringify(document));
    },
  );

  app.get(
    '/projects/iati-activities.xml',
    { schema: { hide: true }, config: { access: 'public' } },
    async (_request, reply) => {
      // An activities file holds at least one activity.
      if ((await countLoans(ctx.db)) === 0) throw notFound('no loan or grant is published yet');
      return reply
        .headers(attachment('application/xml; charset=utf-8', 'iati-activities.xml'))
        .send(Readable.from(allActivities(ctx.db, iati())));
    },
  );

  app.get(
    '/projects/loans/:slug/iati.xml',
    { schema: { hide: true, params: SlugParams }, config: { access: 'public' } },
    async (request, reply) => {
      const xml = await loanActivities(ctx.db, request.params.slug, iati());
      if (!xml) throw notFound();
      return reply
        .headers(attachment('application/xml; charset=utf-8', `${request.params.slug}.iati.xml`))
        .send(xml);
    },
  );
}
