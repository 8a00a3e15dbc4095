/**
 * The ceiling: the organisations list query behind the thinnest HTTP server there is.
 *
 * Fastify 5 with no plugins, no hooks, no validation, no response schema, no logger, answering
 * GET /api/v1/organizations by calling the very same `listOrganizations` from
 * src/modules/organizations/service.ts (so the page query and the count query are the same SQL,
 * built by the same code, and cannot drift) and shaping the rows with the same
 * `presentOrganization` into the same JSON, serialised with plain JSON.stringify.
 *
 * Database: BARE_DRIVER on BARE_DATABASE_URL with a pool of BARE_POOL_MAX connections —
 * `postgres.js` (the default, the ceiling: postgres.js with prepared statements), `pg-prepared`
 * (node-postgres set up as Shilen's src/platform/db/postgres.ts: value parsing per pool, named
 * statements, i.e. prepared once per connection) or `pg` (the same with unnamed statements, as
 * Shilen's driver was before commit 1c254f5) — or, when BARE_PGLITE_DIR is set, one PGlite
 * instance on that data folder (a copy of the Shilen server's, made after loading).
 *
 * BARE_WITH adds back, one by one, the pieces of Shilen's app (src/platform/http/app.ts) with the
 * same options, for finding what costs what: logger, reqid, cookie, compress, helmet, etag, hooks,
 * schema, swagger, formbody. Empty = the ceiling.
 *
 * Run by the harness as a child process (see server.ts); env: PORT, BARE_*. Its PostgreSQL
 * connections carry application_name `shilen-bench-<driver>`, so their CPU time can be found.
 */
import { randomUUID } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import postgres from 'postgres';
import { presentOrganization } from '../../src/modules/organizations/routes.ts';
import { ListQuerySchema, OrganizationListSchema } from '../../src/modules/organizations/schemas.ts';
import {
  listOrganizations,
  type OrganizationFilters,
  type OrganizationKind,
  type OrganizationSort,
} from '../../src/modules/organizations/service.ts';
import type { Queryable } from '../../src/platform/db/database.ts';
import type { SqlQuery } from '../../src/platform/db/sql.ts';
import { compression, contentSecurityPolicy } from '../../src/platform/http/response-options.ts';
import { withQuery } from '../../src/platform/views/context.ts';

export const barePieces = [
  'logger',
  'reqid',
  'cookie',
  'compress',
  'helmet',
  'etag',
  'hooks',
  'schema',
  'swagger',
  'formbody',
] as const;
export const bareDrivers = ['postgres.js', 'pg', 'pg-prepared'] as const;

/** Only what listOrganizations calls: `query`. */
function onlyQuery(run: (text: string, params: unknown[]) => Promise<unknown[]>): Queryable {
  const unused = () => {
    throw new Error('not used by the ceiling');
  };
  return {
    query: async <R>(query: SqlQuery) => {
      const { text, params } = query.compile();
      return (await run(text, params)) as R[];
    },
    queryText: unused,
    copyInto: unused,
    copyCsvText: unused,
    exec: unused,
  };
}

/**
 * The ceiling's database: PGlite on `pgliteDir`, or `driver` on `databaseUrl` with a pool of
 * `pool` connections named `shilen-bench-<driver>`.
 */
export async function openBareDatabase(where: {
  pgliteDir?: string;
  databaseUrl?: string;
  pool: number;
  driver: string;
}): Promise<{ db: Queryable; close: () => Promise<void> }> {
  const driver = where.driver;
  let db: Queryable;
  let close: () => Promise<void>;
  if (where.pgliteDir) {
    const pg = await PGlite.create({ dataDir: where.pgliteDir, extensions: { pg_trgm, unaccent } });
    db = onlyQuery(async (text, params) => (await pg.query(text, params)).rows);
    close = () => pg.close();
  } else {
    if (!where.databaseUrl) throw new Error('set BARE_DATABASE_URL or BARE_PGLITE_DIR');
    const max = where.pool;
    const application = `shilen-bench-${driver}`;
    if (driver === 'postgres.js') {
      const client = postgres(where.databaseUrl, {
        max,
        onnotice: () => {},
        connection: { application_name: application },
      });
      db = onlyQuery(
        (text, params) =>
          client.unsafe(text, params as postgres.ParameterOrJSON<never>[], { prepare: true }) as Promise<
            unknown[]
          >,
      );
      close = () => client.end({ timeout: 5 });
    } else {
      // node-postgres set up as src/platform/db/postgres.ts sets it up (value parsing per pool,
      // TimeZone=UTC); 'pg-prepared' names each statement, as Shilen does, so the server parses
      // and plans it once per connection; 'pg' sends it unnamed, parsed and planned every time.
      const { default: pg } = await import('pg');
      const { keepText, OID, parseInt8 } = await import('../../src/platform/db/types.ts');
      const pool = new pg.Pool({
        connectionString: where.databaseUrl,
        max,
        application_name: application,
        options: '-c TimeZone=UTC',
        types: {
          getTypeParser(oid: number, format?: string) {
            if (oid === OID.int8) return parseInt8;
            if (oid === OID.numeric || oid === OID.date) return keepText;
            return pg.types.getTypeParser(oid, format as 'text');
          },
        },
      });
      const names = new Map<string, string>();
      const nameOf = (text: string) => {
        const known = names.get(text);
        if (known) return known;
        const name = `q${names.size}`;
        names.set(text, name);
        return name;
      };
      db = onlyQuery(async (text, params) => {
        const config =
          driver === 'pg-prepared' ? { name: nameOf(text), text, values: params } : { text, values: params };
        return (await pool.query(config)).rows;
      });
      close = () => pool.end();
    }
  }
  return { db, close };
}

/**
 * The bare app on `db`: the list route and /readyz, plus the pieces of app.ts named in `with`.
 */
export async function buildBareApp(options: {
  db: Queryable;
  publicUrl: string;
  with?: readonly string[];
}): Promise<FastifyInstance> {
  const on = new Set(options.with ?? []);
  for (const piece of on) {
    if (!(barePieces as readonly string[]).includes(piece)) throw new Error(`unknown piece ${piece}`);
  }
  const fastifyOptions: FastifyServerOptions = { logger: false };
  if (on.has('logger')) fastifyOptions.logger = { level: 'warn' };
  if (on.has('reqid'))
    Object.assign(fastifyOptions, { requestIdHeader: 'x-request-id', genReqId: () => randomUUID() });
  if (on.has('schema')) {
    fastifyOptions.ajv = {
      customOptions: { coerceTypes: 'array', removeAdditional: false, allErrors: true },
    };
  }
  const app = Fastify({
    ...fastifyOptions,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
  });

  if (on.has('cookie') || on.has('hooks')) await app.register((await import('@fastify/cookie')).default);
  if (on.has('formbody')) await app.register((await import('@fastify/formbody')).default);
  if (on.has('compress')) {
    await app.register((await import('@fastify/compress')).default, compression);
  }
  if (on.has('helmet')) {
    await app.register((await import('@fastify/helmet')).default, {
      contentSecurityPolicy,
      strictTransportSecurity: false,
      crossOriginEmbedderPolicy: false,
    });
  }
  if (on.has('etag')) {
    const { default: etag } = await import('@fastify/etag');
    await app.register(etag, { weak: true, hashFn: etag.fnv1a });
  }
  if (on.has('swagger')) {
    await app.register((await import('@fastify/swagger')).default, {
      openapi: { openapi: '3.1.0', info: { title: 'bare', version: '1.0.0' } },
    });
  }
  if (on.has('hooks')) {
    // The shape of app.ts's two global hooks: language from query or cookie, request id header;
    // cache-control on GET responses.
    app.addHook('onRequest', async (request, reply) => {
      const query = request.query as Record<string, unknown> | undefined;
      const asked = query?.lang;
      let locale = 'mn';
      if (asked === 'mn' || asked === 'en') {
        locale = asked;
        if (request.cookies.lang !== asked) {
          reply.setCookie('lang', asked, {
            path: '/',
            sameSite: 'lax',
            maxAge: 365 * 24 * 3600,
            httpOnly: true,
          });
        }
      } else if (request.cookies.lang === 'mn' || request.cookies.lang === 'en') {
        locale = request.cookies.lang;
      }
      (request as unknown as { locale: string }).locale = locale;
      reply.header('x-request-id', request.id);
    });
    app.addHook('onSend', async (request, reply, payload) => {
      if (request.method !== 'GET' && request.method !== 'HEAD') return payload;
      if (reply.getHeader('cache-control')) return payload;
      const type = String(reply.getHeader('content-type') ?? '');
      if (type.startsWith('text/html'))
        reply.header('cache-control', 'no-cache').header('vary', 'Cookie, Accept-Encoding');
      else if (reply.statusCode === 200) reply.header('cache-control', 'public, max-age=60, must-revalidate');
      return payload;
    });
  }

  app.get('/readyz', async () => ({ status: 'ready' }));

  const schema = on.has('schema')
    ? { querystring: ListQuerySchema, response: { 200: OrganizationListSchema } }
    : undefined;

  app.get('/api/v1/organizations', { schema }, async (request) => {
    const q = request.query as Record<string, string | number | undefined>;
    const page = Number(q.page ?? 1);
    const pageSize = Number(q.pageSize ?? 50);
    const sort = (q.sort ?? 'name') as OrganizationSort;
    const lang = q.lang === 'en' ? 'en' : 'mn';
    const filters: OrganizationFilters = {};
    if (q.q) filters.q = String(q.q);
    if (q.kind) filters.kind = q.kind as OrganizationKind;
    if (q.aimag) filters.aimag = String(q.aimag);
    if (q.parent) filters.parent = String(q.parent);
    const result = await listOrganizations(options.db, filters, { sort, page, pageSize, locale: lang });
    const last = Math.max(1, Math.ceil(result.total / pageSize));
    return {
      ...result,
      items: result.items.map((o) => presentOrganization(o, options.publicUrl)),
      links: {
        self: `${options.publicUrl}${request.url}`,
        ...(page < last ? { next: `${options.publicUrl}${withQuery(request.url, { page: page + 1 })}` } : {}),
        ...(page > 1 ? { prev: `${options.publicUrl}${withQuery(request.url, { page: page - 1 })}` } : {}),
      },
    };
  });
  return app;
}

if (import.meta.main) {
  const env = process.env;
  const driver = env.BARE_DRIVER || 'postgres.js';
  if (!(bareDrivers as readonly string[]).includes(driver)) throw new Error(`BARE_DRIVER: unknown ${driver}`);
  const { db, close } = await openBareDatabase({
    pgliteDir: env.BARE_PGLITE_DIR || undefined,
    databaseUrl: env.BARE_DATABASE_URL || undefined,
    pool: Number(env.BARE_POOL_MAX ?? 10),
    driver,
  });
  const app = await buildBareApp({
    db,
    publicUrl: env.BARE_PUBLIC_URL || 'http://shilen.bench',
    with: (env.BARE_WITH ?? '').split(',').filter(Boolean),
  });
  await listenUntilStopped(app, Number(env.PORT ?? 3999), close);
}

/** Listens on 127.0.0.1:`port`; SIGTERM or SIGINT closes the app, then its database, and exits. */
export async function listenUntilStopped(
  app: { listen(options: { port: number; host: string }): Promise<unknown>; close(): Promise<unknown> },
  port: number,
  closeDatabase: () => Promise<void>,
): Promise<void> {
  await app.listen({ port, host: '127.0.0.1' });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, async () => {
      await app.close();
      await closeDatabase();
      process.exit(0);
    });
  }
}
