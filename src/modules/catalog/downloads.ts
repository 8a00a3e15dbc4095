import { Type } from 'typebox';
import { changesFeed, FEED_ENTRIES } from '../../platform/datasets/atom.ts';
import type { Dataset } from '../../platform/datasets/dataset.ts';
import { downloadEtag, matches, refuse, sendDownload } from '../../platform/datasets/download.ts';
import { checkFilters, filterQuery } from '../../platform/datasets/filters.ts';
import { downloadFormatNames, isDownloadFormat } from '../../platform/datasets/formats.ts';
import { dataPackage } from '../../platform/datasets/frictionless.ts';
import { lastModified } from '../../platform/datasets/rows.ts';
import { latestChanges } from '../../platform/datasets/versions.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { App } from '../../platform/http/types.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { publishersBySlug } from './catalog.ts';

const Params = Type.Object({ id: Type.String({ maxLength: 100 }) });
/** Filters differ per dataset, so the query is any string parameters, checked against the declaration. */
const AnyQuery = Type.Record(
  Type.String(),
  Type.Union([Type.String({ maxLength: 2000 }), Type.Array(Type.String({ maxLength: 2000 }))]),
);

/**
 * Bulk downloads, their Frictionless descriptor and the change feed of every dataset:
 * `/datasets/:id/download.{csv,json,ndjson,xlsx}`, `/datasets/:id/download?format=…` (the
 * filtered-download form), `/datasets/:id/datapackage.json`, `/datasets/:id/changes.atom`.
 */
export function catalogDownloads(app: App, ctx: ModuleContext, datasets: ReadonlyMap<string, Dataset>): void {
  const find = (id: string) => {
    const dataset = datasets.get(id);
    if (!dataset) throw notFound(`no dataset "${id}"; the datasets are listed at /datasets`);
    return dataset;
  };

  for (const format of downloadFormatNames) {
    app.get(
      `/datasets/:id/download.${format}`,
      { schema: { hide: true, params: Params, querystring: AnyQuery }, config: { access: 'public' } },
      (request, reply) => sendDownload(request, reply, ctx.db, find(request.params.id), format),
    );
  }

  // The dataset page's form: its GET lands here and goes on to the file, empty fields dropped.
  app.get(
    '/datasets/:id/download',
    { schema: { hide: true, params: Params, querystring: AnyQuery }, config: { access: 'public' } },
    async (request, reply) => {
      const dataset = find(request.params.id);
      const { format, ...rest } = request.query;
      if (!isDownloadFormat(format))
        return refuse(request, reply, [
          { field: 'query.format', message: `must be one of: ${downloadFormatNames.join(', ')}` },
        ]);
      const check = await checkFilters(ctx.db, dataset, rest, ['lang', 'bom']);
      if (!check.ok) return refuse(request, reply, check.errors);
      const bom: Record<string, string> = format === 'csv' && rest.bom === '1' ? { bom: '1' } : {};
      return reply.redirect(
        `/datasets/${dataset.id}/download.${format}${filterQuery(check.filters, bom)}`,
        303,
      );
    },
  );

  app.get(
    '/datasets/:id/datapackage.json',
    { schema: { hide: true, params: Params, querystring: AnyQuery }, config: { access: 'public' } },
    async (request, reply) => {
      const dataset = find(request.params.id);
      const check = await checkFilters(ctx.db, dataset, request.query, ['lang']);
      if (!check.ok) return refuse(request, reply, check.errors);
      const modified = await lastModified(ctx.db, dataset);
      const etag = downloadEtag(dataset, 'datapackage', check.filters, modified, request.locale);
      reply.header('etag', etag).header('vary', 'Cookie, Accept-Encoding');
      if (matches(request, etag)) return reply.code(304).send();
      const publisher = (await publishersBySlug(ctx.db, [dataset.publisher])).get(dataset.publisher);
      return reply.type('application/json; charset=utf-8').send(
        dataPackage(dataset, {
          publicUrl: ctx.config.publicUrl,
          locale: request.locale,
          modified,
          filters: check.filters,
          publisher: publisher && {
            title: request.t.pick(publisher.name),
            path: `/organizations/${publisher.slug}`,
          },
        }),
      );
    },
  );

  app.get(
    '/datasets/:id/changes.atom',
    { schema: { hide: true, params: Params }, config: { access: 'public' } },
    async (request, reply) => {
      const dataset = find(request.params.id);
      const [changes, publishers] = await Promise.all([
        latestChanges(ctx.db, dataset.id, FEED_ENTRIES),
        publishersBySlug(ctx.db, [dataset.publisher]),
      ]);
      const publisher = publishers.get(dataset.publisher);
      return reply.type('application/atom+xml; charset=utf-8').send(
        changesFeed({
          dataset,
          publicUrl: ctx.config.publicUrl,
          changes,
          publisher: publisher && { name: publisher.name, path: `/organizations/${publisher.slug}` },
        }),
      );
    },
  );
}
