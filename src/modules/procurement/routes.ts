import { Type } from 'typebox';
import type { Queryable } from '../../platform/db/database.ts';
import { notFound, validationFailed } from '../../platform/http/errors.ts';
import { ProblemSchema, problemResponses } from '../../platform/http/schemas.ts';
import type { App } from '../../platform/http/types.ts';
import { readApiQuery } from '../../platform/lists/query.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { withQuery } from '../../platform/views/context.ts';
import { importUploaded } from './import/upload.ts';
import { processesList } from './lists.ts';
import { record, recordPackage, releasePackage } from './ocds/packages.ts';
import { presentProcess } from './present.ts';
import {
  apiFilters,
  ListQuerySchema,
  OcdsPackageSchema,
  PackageQuerySchema,
  ProcessListSchema,
} from './schemas.ts';
import {
  type Cursor,
  decodeCursor,
  encodeCursor,
  findProcess,
  listProcesses,
  type ProcessSort,
  recordsAfter,
  releasesAfter,
  releasesOf,
} from './service.ts';

/** Runs the list query for an API request; shared with the benchmark's bare server. */
export async function listForApi(
  ctx: { db: Queryable },
  publicUrl: string,
  url: string,
  query: Record<string, unknown>,
) {
  const after = query.after === undefined ? undefined : decodeCursor(String(query.after));
  if (query.after !== undefined && !after)
    throw validationFailed([{ field: 'query.after', message: 'is not a cursor this API gave' }]);
  const { limit, sort } = readApiQuery(processesList, query);
  const result = await listProcesses(ctx.db, apiFilters(query), {
    sort: sort as ProcessSort,
    limit,
    after: after as Cursor | undefined,
  });
  return {
    items: result.items.map((p) => presentProcess(p, publicUrl)),
    links: {
      self: `${publicUrl}${url}`,
      ...(result.next ? { next: `${publicUrl}${withQuery(url, { after: encodeCursor(result.next) })}` } : {}),
    },
  };
}

export async function procurementApi(app: App, ctx: ModuleContext): Promise<void> {
  const { config } = ctx;
  /** A process by its OCID with its compiled record (every release embedded), or a 404. */
  const processRecord = async (ocid: string) => {
    const p = await findProcess(ctx.db, ocid);
    if (!p) throw notFound(`no process with OCID "${ocid}"`);
    const releases = await releasesOf(ctx.db, p.id);
    return {
      p,
      compiled: record(config, { id: p.id, ocid: p.ocid, compiled: p.compiled, releases: [] }, releases),
    };
  };
  app.get(
    '/procurement/processes',
    {
      config: { access: 'public' },
      schema: {
        tags: ['procurement'],
        summary: 'List contracting processes',
        description:
          'Filter by buyer, supplier, method, status, stage, aimag, red flag, value range, dates and text; keyset pagination through `links.next`.',
        querystring: ListQuerySchema,
        response: { 200: ProcessListSchema, ...problemResponses },
      },
    },
    async (request) => listForApi(ctx, config.publicUrl, request.url, request.query),
  );

  app.get(
    '/procurement/processes/:ocid',
    {
      config: { access: 'public' },
      schema: {
        tags: ['procurement'],
        summary: 'One contracting process: its OCDS record with every release embedded, and its red flags',
        params: Type.Object({ ocid: Type.String({ maxLength: 200 }) }),
        response: { 200: OcdsPackageSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { p, compiled } = await processRecord(request.params.ocid);
      return { ocid: p.ocid, flags: p.flags, flagDetails: p.flagDetails, record: compiled };
    },
  );

  app.get(
    '/procurement/releases',
    {
      config: { access: 'public' },
      schema: {
        tags: ['procurement'],
        summary: 'OCDS release package: every release in the order it was published',
        description:
          'Keyset pagination: follow `links.next`. Filter by `ocid` or by `year` of the release date.',
        querystring: PackageQuerySchema,
        response: { 200: OcdsPackageSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { after = 0, limit = 100, ocid, year } = request.query;
      const rows = await releasesAfter(ctx.db, {
        after,
        limit: limit + 1,
        ...(ocid ? { ocid } : {}),
        ...(year ? { year } : {}),
      });
      const page = rows.slice(0, limit);
      // A package holds at least one release (the schema says so); links.next never leads to an empty page.
      if (page.length === 0) throw notFound('no release matches; an OCDS release package holds at least one');
      const next =
        rows.length > limit
          ? `${config.publicUrl}${withQuery(request.url, { after: page.at(-1)!.seq })}`
          : undefined;
      return releasePackage(config, `${config.publicUrl}${request.url}`, page, next);
    },
  );

  app.get(
    '/procurement/records',
    {
      config: { access: 'public' },
      schema: {
        tags: ['procurement'],
        summary: 'OCDS record package: one compiled record per contracting process',
        description:
          'Each record links its releases and gives the compiled release; keyset pagination through `links.next`.',
        querystring: Type.Omit(PackageQuerySchema, ['ocid']),
        response: { 200: OcdsPackageSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { after = 0, limit = 100, year } = request.query;
      const rows = await recordsAfter(ctx.db, { after, limit: limit + 1, ...(year ? { year } : {}) });
      const page = rows.slice(0, limit);
      if (page.length === 0) throw notFound('no record matches; an OCDS record package holds at least one');
      const next =
        rows.length > limit
          ? `${config.publicUrl}${withQuery(request.url, { after: page.at(-1)!.id })}`
          : undefined;
      return recordPackage(
        config,
        `${config.publicUrl}${request.url}`,
        page.map((r) => record(config, r)),
        next,
      );
    },
  );

  app.get(
    '/procurement/records/:ocid',
    {
      config: { access: 'public' },
      schema: {
        tags: ['procurement'],
        summary: 'OCDS record package of one process, with its releases embedded',
        params: Type.Object({ ocid: Type.String({ maxLength: 200 }) }),
        response: { 200: OcdsPackageSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { compiled } = await processRecord(request.params.ocid);
      return recordPackage(config, `${config.publicUrl}${request.url}`, [compiled]);
    },
  );

  app.post(
    '/procurement/releases',
    {
      config: { access: { action: 'procurement.publish' } },
      bodyLimit: 25 << 20,
      schema: {
        tags: ['procurement'],
        summary: 'Publish OCDS releases (a release package, a record package, or releases one per line)',
        description:
          'Every release is checked against the OCDS 1.1 schema and codelists. With problems nothing is written (422 with every problem and its JSON path) unless `skipInvalid=true`; then the valid releases are published and the rest reported. A release already published unchanged is counted as unchanged.',
        querystring: Type.Object(
          { skipInvalid: Type.Optional(Type.Boolean({ default: false })) },
          { additionalProperties: false },
        ),
        body: Type.Unknown(),
        response: {
          200: Type.Object({
            added: Type.Integer(),
            unchanged: Type.Integer(),
            invalid: Type.Integer(),
            problems: Type.Array(Type.Object({ where: Type.String(), message: Type.String() })),
          }),
          ...problemResponses,
          401: ProblemSchema,
          403: ProblemSchema,
        },
      },
    },
    async (request) => {
      const report = await importUploaded(ctx, request.actor, JSON.stringify(request.body ?? null), {
        skipInvalid: request.query.skipInvalid ?? false,
        fileName: 'api',
        meta: request.meta,
      });
      if (!report.committed)
        throw validationFailed(
          report.problems.map((p) => ({ field: p.where, message: p.message })),
          `${report.problemCount} problem(s); nothing was published`,
        );
      return {
        added: report.added,
        unchanged: report.unchanged,
        invalid: report.invalid,
        problems: report.problems,
      };
    },
  );
}
