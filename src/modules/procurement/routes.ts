import { Type } from 'typebox';
import type { Queryable } from '../../platform/db/database.ts';
import { notFound, validationFailed } from '../../platform/http/errors.ts';
import { documentedRoute, ProblemSchema, problemResponses } from '../../platform/http/schemas.ts';
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

const PUBLIC = { access: 'public' } as const;
const OcidParams = Type.Object({ ocid: Type.String({ maxLength: 200 }) });

export async function procurementApi(app: App, ctx: ModuleContext): Promise<void> {
  const { config } = ctx;
  /**
   * One page of an OCDS package out of the `limit + 1` rows read after the cursor, and its
   * `links.next`; a package holds at least one release or record, so an empty page is a 404.
   */
  const packagePage = <T>(
    rows: readonly T[],
    limit: number,
    url: string,
    cursor: (row: T) => number,
    what: string,
  ) => {
    const page = rows.slice(0, limit);
    // links.next never leads to an empty page.
    if (page.length === 0) throw notFound(`no ${what} matches; an OCDS ${what} package holds at least one`);
    const next =
      rows.length > limit
        ? `${config.publicUrl}${withQuery(url, { after: cursor(page.at(-1)!) })}`
        : undefined;
    return { page, next };
  };
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
      config: PUBLIC,
      schema: documentedRoute('procurement', 'List contracting processes', ProcessListSchema, {
        description:
          'Filter by buyer, supplier, method, status, stage, aimag, red flag, value range, dates and text; keyset pagination through `links.next`.',
        querystring: ListQuerySchema,
      }),
    },
    async (request) => listForApi(ctx, config.publicUrl, request.url, request.query),
  );

  app.get(
    '/procurement/processes/:ocid',
    {
      config: PUBLIC,
      schema: documentedRoute(
        'procurement',
        'One contracting process: its OCDS record with every release embedded, and its red flags',
        OcdsPackageSchema,
        { params: OcidParams },
      ),
    },
    async (request) => {
      const { p, compiled } = await processRecord(request.params.ocid);
      return { ocid: p.ocid, flags: p.flags, flagDetails: p.flagDetails, record: compiled };
    },
  );

  app.get(
    '/procurement/releases',
    {
      config: PUBLIC,
      schema: documentedRoute(
        'procurement',
        'OCDS release package: every release in the order it was published',
        OcdsPackageSchema,
        {
          description:
            'Keyset pagination: follow `links.next`. Filter by `ocid` or by `year` of the release date.',
          querystring: PackageQuerySchema,
        },
      ),
    },
    async (request) => {
      const { after = 0, limit = 100, ocid, year } = request.query;
      const rows = await releasesAfter(ctx.db, {
        after,
        limit: limit + 1,
        ...(ocid ? { ocid } : {}),
        ...(year ? { year } : {}),
      });
      const { page, next } = packagePage(rows, limit, request.url, (r) => r.seq, 'release');
      return releasePackage(config, `${config.publicUrl}${request.url}`, page, next);
    },
  );

  app.get(
    '/procurement/records',
    {
      config: PUBLIC,
      schema: documentedRoute(
        'procurement',
        'OCDS record package: one compiled record per contracting process',
        OcdsPackageSchema,
        {
          description:
            'Each record links its releases and gives the compiled release; keyset pagination through `links.next`.',
          querystring: Type.Omit(PackageQuerySchema, ['ocid']),
        },
      ),
    },
    async (request) => {
      const { after = 0, limit = 100, year } = request.query;
      const rows = await recordsAfter(ctx.db, { after, limit: limit + 1, ...(year ? { year } : {}) });
      const { page, next } = packagePage(rows, limit, request.url, (r) => r.id, 'record');
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
      config: PUBLIC,
      schema: documentedRoute(
        'procurement',
        'OCDS record package of one process, with its releases embedded',
        OcdsPackageSchema,
        {
          params: OcidParams,
        },
      ),
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
