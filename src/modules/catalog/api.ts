import { Type } from 'typebox';
import type { Dataset } from '../../platform/datasets/dataset.ts';
import { checkFilters, filterQuery } from '../../platform/datasets/filters.ts';
import { streamBatches } from '../../platform/datasets/rows.ts';
import { changesSince, recordHistory } from '../../platform/datasets/versions.ts';
import { notFound, validationFailed } from '../../platform/http/errors.ts';
import { documentedRoute } from '../../platform/http/schemas.ts';
import type { App } from '../../platform/http/types.ts';
import { decodeCursor, encodeCursor, PAGE_SIZE_CEILING } from '../../platform/lists/paging.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { loadCatalog } from './catalog.ts';
import { DatasetSchema, presentDataset, presentVersion, RowSchema, VersionSchema } from './present.ts';

const Params = Type.Object({
  id: Type.String({ maxLength: 100, description: 'Dataset id, e.g. `organizations`' }),
});
const Links = Type.Object({ self: Type.String(), next: Type.Optional(Type.String()) });
const PUBLIC = { access: 'public' } as const;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Who changed a record, as the public may see it: the kind of actor, never which person. */
const publicActor = (label: string) =>
  label.startsWith('system:') ? label : (label.split(':')[0] ?? 'unknown');

/** The catalogue's own API under /api/v1: datasets, their rows by keyset pages, their change history. */
export function catalogApi(app: App, ctx: ModuleContext, datasets: ReadonlyMap<string, Dataset>): void {
  const { publicUrl } = ctx.config;
  const find = (id: string) => {
    const dataset = datasets.get(id);
    if (!dataset) throw notFound(`no dataset "${id}"`);
    return dataset;
  };

  app.get(
    '/datasets',
    {
      config: PUBLIC,
      schema: {
        tags: ['catalog'],
        summary: 'Every dataset in the catalogue',
        response: { 200: Type.Object({ items: Type.Array(DatasetSchema) }) },
      },
    },
    async () => ({
      items: (await loadCatalog(ctx.db, [...datasets.values()])).map((e) => presentDataset(e, publicUrl)),
    }),
  );

  app.get(
    '/datasets/:id',
    {
      config: PUBLIC,
      schema: documentedRoute(
        'catalog',
        'One dataset: its description, fields and distributions',
        DatasetSchema,
        {
          params: Params,
        },
      ),
    },
    async (request) => {
      const [entry] = await loadCatalog(ctx.db, [find(request.params.id)]);
      return presentDataset(entry!, publicUrl);
    },
  );

  app.get(
    '/datasets/:id/rows',
    {
      config: PUBLIC,
      schema: documentedRoute(
        'catalog',
        'Rows of a dataset, in key order, by keyset pages',
        Type.Object({ items: Type.Array(RowSchema), links: Links }),
        {
          description:
            'Takes the dataset’s filters as further query parameters (see `filters` in its description). ' +
            'Follow `links.next` until it is absent.',
          params: Params,
          // The dataset's filters are further parameters, checked against its declaration.
          querystring: Type.Object(
            {
              after: Type.Optional(Type.String({ maxLength: 2000, description: 'Cursor from `links.next`' })),
              limit: Type.Optional(Type.Integer({ minimum: 1, maximum: PAGE_SIZE_CEILING, default: 100 })),
            },
            { additionalProperties: Type.String({ maxLength: 2000 }) },
          ),
        },
      ),
    },
    async (request) => {
      const dataset = find(request.params.id);
      const { after, limit = 100, ...rest } = request.query;
      const check = await checkFilters(ctx.db, dataset, rest, ['lang']);
      if (!check.ok) throw validationFailed(check.errors);
      const start = after ? decodeCursor(after, dataset.key.length) : undefined;
      let items: Record<string, unknown>[] = [];
      for await (const batch of streamBatches(ctx.db, dataset, check.filters, {
        batchSize: limit,
        limit,
        after: start,
      }))
        items = batch;
      const base = `${publicUrl}/api/v1/datasets/${dataset.id}/rows`;
      const last = items[items.length - 1];
      const more = {
        limit: String(limit),
        ...(last ? { after: encodeCursor(dataset.key.map((k) => last[k])) } : {}),
      };
      return {
        items,
        links: {
          self: `${publicUrl}${request.url}`,
          ...(items.length === limit ? { next: `${base}${filterQuery(check.filters, more)}` } : {}),
        },
      };
    },
  );

  app.get(
    '/datasets/:id/changes',
    {
      config: PUBLIC,
      schema: documentedRoute(
        'catalog',
        'What changed in a dataset since a time',
        Type.Object({ items: Type.Array(VersionSchema), links: Links }),
        {
          description:
            'Versions oldest first: each insert, update or delete of a record with its data. ' +
            'Page with `links.next`; poll again later with `since` a little before the last `changedAt` seen.',
          params: Params,
          querystring: Type.Object({
            since: Type.Optional(Type.String({ maxLength: 40, description: 'ISO 8601 date or date-time' })),
            after: Type.Optional(Type.Integer({ minimum: 0, description: 'Version id to continue after' })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: PAGE_SIZE_CEILING, default: 100 })),
          }),
        },
      ),
    },
    async (request) => {
      const dataset = find(request.params.id);
      const { since: sinceText, after, limit = 100 } = request.query;
      let since: Date | undefined;
      if (sinceText !== undefined) {
        since = new Date(sinceText);
        if (!ISO_TIME.test(sinceText) || Number.isNaN(since.getTime()))
          throw validationFailed([
            {
              field: 'query.since',
              message: 'must be an ISO 8601 date or date-time, e.g. 2024-05-01T00:00:00Z',
            },
          ]);
      }
      const versions = await changesSince(ctx.db, dataset.id, { since, after, limit });
      const last = versions[versions.length - 1];
      const next = new URLSearchParams({
        ...(sinceText ? { since: sinceText } : {}),
        ...(last ? { after: String(last.id) } : {}),
        limit: String(limit),
      });
      return {
        items: versions.map((v) => presentVersion({ ...v, changedBy: publicActor(v.changedBy) })),
        links: {
          self: `${publicUrl}${request.url}`,
          ...(versions.length === limit
            ? { next: `${publicUrl}/api/v1/datasets/${dataset.id}/changes?${next}` }
            : {}),
        },
      };
    },
  );

  app.get(
    '/datasets/:id/records/:key/versions',
    {
      config: PUBLIC,
      schema: documentedRoute(
        'catalog',
        'Every version of one record',
        Type.Object({ items: Type.Array(VersionSchema) }),
        {
          params: Type.Object({
            id: Type.String({ maxLength: 100 }),
            key: Type.String({ maxLength: 1000, description: 'The record’s natural key' }),
          }),
        },
      ),
    },
    async (request) => {
      const dataset = find(request.params.id);
      const versions = await recordHistory(ctx.db, dataset.id, request.params.key);
      if (versions.length === 0) throw notFound(`no record "${request.params.key}" in ${dataset.id}`);
      return { items: versions.map((v) => presentVersion({ ...v, changedBy: publicActor(v.changedBy) })) };
    },
  );
}
