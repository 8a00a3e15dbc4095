import { Readable } from 'node:stream';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { stringify } from 'csv-stringify';
import type { FastifyReply } from 'fastify';
import { type TSchema, Type } from 'typebox';
import { neutraliseFormula } from '../../../platform/exports.ts';
import { problems } from '../../../platform/http/errors.ts';
import { classify } from '../../../platform/http/problem.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { aggregateAnswer, babbageModel, factsAnswer, membersAnswer } from './babbage.ts';
import { packageProblems } from './fdp-profile.ts';
import type { Cell, Cube } from './model.ts';
import { fiscalDataPackage, resourceColumns, resourceRows } from './package.ts';
import { CubeError, parseAggregateRequest } from './parse.ts';
import { aggregate } from './query.ts';
import { allCubes, findCube } from './registry.ts';

/**
 * OpenSpending's aggregate API (babbage, as os-api mounts it at /api/3) over the registered cubes,
 * with the Fiscal Data Package of each (os-api's /api/3/info/{name}/package). Answers and errors in
 * babbage's own shape (`{status: "error", message}`, 400 or 404), never problem+json, since
 * OpenSpending's clients read `status`. Every route is public: the cubes are published figures.
 */

const TAG = 'fiscal-cubes';
/** Any babbage answer: an object with `status` (its other keys differ by route). */
const Answer = Type.Unsafe<unknown>({ type: 'object', additionalProperties: true });
const BabbageError = Type.Object(
  { status: Type.Literal('error'), message: Type.String() },
  { description: 'babbage error: 400 for a bad ref, type or value, 404 for an unknown cube' },
);
const Query = (names: readonly string[]) =>
  Type.Object(Object.fromEntries(names.map((n) => [n, Type.Optional(Type.String({ maxLength: 4000 }))])), {
    additionalProperties: true,
  });
const NameParams = Type.Object({ name: Type.String({ maxLength: 100 }) });

/** A route's schema for the API reference, with babbage's error answers. */
function babbageRoute<const S extends { description?: string; params?: TSchema; querystring?: TSchema }>(
  summary: string,
  more: S,
) {
  return { tags: [TAG], summary, ...more, response: { 200: Answer, 400: BabbageError, 404: BabbageError } };
}

const PUBLIC = { access: 'public' } as const;

function cubeNamed(name: string): Cube {
  const cube = findCube(name);
  if (!cube) throw new CubeError(404, `no cube named ${name}`);
  return cube;
}

/** CSV with the columns in alphabetical order, as babbage writes it. */
function csvText(rows: readonly Cell[]): string {
  const names = [...new Set(rows.flatMap((r) => Object.keys(r)))].sort();
  const lines = [names, ...rows.map((r) => names.map((n) => csvCell(r[n])))];
  return `${lines.map((cells) => cells.map(quote).join(',')).join('\r\n')}\r\n`;
}
const csvCell = (v: unknown) =>
  v === null || v === undefined ? '' : typeof v === 'string' ? neutraliseFormula(v) : String(v);
const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

const attachment = (reply: FastifyReply, filename: string, type: string) =>
  reply.type(type).header('content-disposition', `attachment; filename="${filename}"`);

export async function cubesRoutes(app: App, ctx: ModuleContext): Promise<void> {
  const { publicUrl } = ctx.config;
  await app.register(async (plain) => {
    const scope = plain.withTypeProvider<TypeBoxTypeProvider>();
    scope.setErrorHandler((error, request, reply) => {
      if (error instanceof CubeError && error.status < 500)
        return reply.code(error.status).send({ status: 'error', message: error.message });
      const { code, detail } = classify(error);
      // A query the schema refuses is babbage's 400, as is any other bad input.
      const known = (error as { statusCode?: number }).statusCode ?? problems[code].status;
      const status = known === 422 ? 400 : known;
      if (status >= 500) request.log.error({ err: error }, 'aggregate API failed');
      return reply.code(Math.min(status, 500)).send({
        status: 'error',
        message:
          status >= 500 ? 'the query could not be answered' : (detail ?? (error as Error).message ?? code),
      });
    });
    scope.addHook('onSend', async (_request, reply, payload) => {
      reply.header('access-control-allow-origin', '*');
      return payload;
    });

    scope.get(
      '/api/3',
      { config: PUBLIC, schema: babbageRoute('The aggregate API (OpenSpending babbage)', {}) },
      async () => ({
        status: 'ok',
        api: 'babbage',
        message: 'Glass-account cubes in the shape of OpenSpending’s babbage API: /api/3/cubes',
        cubes_index_url: `${publicUrl}/api/3/cubes`,
        version: '0.4.0',
      }),
    );

    scope.get('/api/3/cubes', { config: PUBLIC, schema: babbageRoute('The cubes', {}) }, async () => ({
      status: 'ok',
      data: allCubes().map((c) => ({ name: c.name })),
    }));

    scope.get(
      '/api/3/cubes/:name/model',
      {
        config: PUBLIC,
        schema: babbageRoute('A cube’s model: measures, dimensions, aggregates, hierarchies', {
          params: NameParams,
        }),
      },
      async (request) => {
        const cube = cubeNamed(request.params.name);
        return { status: 'ok', name: cube.name, model: babbageModel(cube, request.locale) };
      },
    );

    scope.get(
      '/api/3/cubes/:name/aggregate',
      {
        config: PUBLIC,
        schema: babbageRoute('Aggregates of a cube, drilled down and cut', {
          description:
            '`drilldown` refs joined with `|`; `cut` as `ref:value` joined with `|` (`;` for a set of values; strings in double quotes, integers bare, dates YYYY-MM-DD); `aggregates` such as `amount.sum|_count`; `order` as `ref:desc` joined with `,`; `page` from 1 (0 accepted); `pagesize` up to 10,000; `format=csv` for a CSV attachment.',
          params: NameParams,
          querystring: Query(['drilldown', 'cut', 'aggregates', 'order', 'page', 'pagesize', 'format']),
        }),
      },
      async (request, reply) => {
        const cube = cubeNamed(request.params.name);
        const query = request.query as Record<string, unknown>;
        const parsed = parseAggregateRequest(cube, query, request.locale);
        const result = await aggregate(ctx.db, cube, parsed);
        if (query.format === 'csv')
          return attachment(reply, `${cube.name}-aggregate.csv`, 'text/csv; charset=utf-8').send(
            csvText(result.cells),
          );
        if (query.format !== undefined && query.format !== 'json')
          throw new CubeError(400, `format must be json or csv, not ${String(query.format)}`);
        return aggregateAnswer(parsed, result);
      },
    );

    scope.get(
      '/api/3/cubes/:name/facts',
      {
        config: PUBLIC,
        schema: babbageRoute('The facts of a cube (not for a cube that publishes aggregates only)', {
          description:
            '`fields` refs joined with `,`; `cut`, `order`, `page`, `pagesize` as for the aggregate.',
          params: NameParams,
          querystring: Query(['fields', 'cut', 'order', 'page', 'pagesize']),
        }),
      },
      async (request) =>
        factsAnswer(
          ctx.db,
          cubeNamed(request.params.name),
          request.query as Record<string, unknown>,
          request.locale,
        ),
    );

    scope.get(
      '/api/3/cubes/:name/members/:dimension',
      {
        config: PUBLIC,
        schema: babbageRoute('The members of a dimension', {
          params: Type.Object({
            name: Type.String({ maxLength: 100 }),
            dimension: Type.String({ maxLength: 200 }),
          }),
          querystring: Query(['cut', 'order', 'page', 'pagesize']),
        }),
      },
      async (request) =>
        membersAnswer(
          ctx.db,
          cubeNamed(request.params.name),
          request.params.dimension,
          request.query as Record<string, unknown>,
          request.locale,
        ),
    );

    // Checked against the project's encoding of the profile each time: an unsound package is never served.
    const packageOf = async (name: string) => {
      const pkg = await fiscalDataPackage(ctx.db, cubeNamed(name), publicUrl, ctx.country.code.toUpperCase());
      const problems = packageProblems(pkg);
      if (problems.length > 0) throw new Error(`the package of ${name} is not valid: ${problems.join('; ')}`);
      return pkg;
    };
    scope.get(
      '/api/3/info/:name/package',
      { config: PUBLIC, schema: babbageRoute('The Fiscal Data Package of a cube', { params: NameParams }) },
      async (request) => packageOf(request.params.name),
    );
    scope.get(
      '/api/3/info/:name/datapackage.json',
      { config: PUBLIC, schema: { hide: true, params: NameParams } },
      async (request, reply) => {
        const pkg = await packageOf(request.params.name);
        return attachment(reply, 'datapackage.json', 'application/json; charset=utf-8').send(
          JSON.stringify(pkg, null, 2),
        );
      },
    );
    scope.get(
      '/api/3/info/:name/:file',
      {
        config: PUBLIC,
        schema: {
          hide: true,
          params: Type.Object({
            name: Type.String({ maxLength: 100 }),
            file: Type.String({ maxLength: 200 }),
          }),
        },
      },
      async (request, reply) => {
        const cube = cubeNamed(request.params.name);
        if (request.params.file !== `${cube.name}.csv`)
          throw new CubeError(404, `the package of ${cube.name} has no file ${request.params.file}`);
        const columns = resourceColumns(cube);
        const rows = resourceRows(ctx.db, cube, request.locale);
        const records = async function* () {
          for await (const row of rows) yield columns.map((c) => csvCell(row[c.ref]));
        };
        attachment(reply, `${cube.name}.csv`, 'text/csv; charset=utf-8');
        return reply.send(
          Readable.from(records()).pipe(stringify({ header: true, columns: columns.map((c) => c.name) })),
        );
      },
    );
  });
}
