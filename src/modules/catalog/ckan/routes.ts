import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { hitRateLimit } from '../../../platform/auth/rate-limit.ts';
import type { Dataset } from '../../../platform/datasets/dataset.ts';
import { problems } from '../../../platform/http/errors.ts';
import { classify } from '../../../platform/http/problem.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { loadCatalog } from '../catalog.ts';
import { actions } from './actions.ts';
import { CkanError } from './params.ts';

/**
 * Reads of the CKAN API one address may make a minute, GET and POST alike, across every process:
 * ten a second, far above a harvester's gather (a page of up to 1,000 packages a request) and a
 * package_show for each dataset, yet a ceiling on a scraper's loop. The POSTs are reads (no CSRF,
 * no write limit: src/platform/http/auth.ts), so this is their only limit.
 */
export const CKAN_READS_PER_MINUTE = 600;

/**
 * The largest POST body the actions take: their parameters are short texts (at most
 * `MAX_TEXT` characters each, `fq_list` 20 of them), so 64 KiB holds any honest request.
 */
export const CKAN_BODY_BYTES = 64 * 1024;

function helpUrl(publicUrl: string, action: string): string {
  return `${publicUrl}/api/3/action/help_show?name=${encodeURIComponent(action)}`;
}

/** CKAN's error envelope: `{ help, success: false, error: { __type, message, …fields } }`. */
function sendError(reply: FastifyReply, publicUrl: string, action: string, error: CkanError): FastifyReply {
  return reply
    .code(error.status)
    .type('application/json; charset=utf-8')
    .send({
      help: helpUrl(publicUrl, action),
      success: false,
      error: { __type: error.type, message: error.message, ...error.fields },
    });
}

/**
 * The CKAN action API subset (`/api/3/action/<name>`, also `/api/action/<name>`), by GET with
 * query parameters or POST with a JSON or form body, answering in CKAN's envelope
 * `{ help, success, result }`; errors in CKAN's form with CKAN's statuses, never problem+json,
 * since CKAN clients read `success` and `error.__type`.
 */
export async function ckanRoutes(
  app: App,
  ctx: ModuleContext,
  datasets: readonly Dataset[],
  site: (lang: 'mn' | 'en') => { title: string; description: string },
) {
  const { publicUrl } = ctx.config;
  await app.register(async (scope) => {
    // Anything else that goes wrong (a refused CSRF token, the write rate limit on POST, a body
    // that is not JSON) is told in CKAN's form too, with its own status.
    scope.setErrorHandler((error, request, reply) => {
      const action = (request.params as { action?: string } | undefined)?.action ?? '';
      if (error instanceof CkanError) return sendError(reply, publicUrl, action, error);
      const { code, detail } = classify(error);
      const { status, en } = problems[code];
      if (status >= 500) {
        request.log.error({ err: error }, 'CKAN action failed');
        return sendError(reply, publicUrl, action, new CkanError(500, 'Internal Server Error', en));
      }
      const type =
        status === 401 || status === 403
          ? 'Authorization Error'
          : status === 404
            ? 'Not Found Error'
            : status === 429
              ? 'Too Many Requests'
              : 'Bad Request';
      if (status === 429) reply.header('retry-after', reply.getHeader('retry-after') ?? '60');
      return sendError(reply, publicUrl, action, new CkanError(status, type, `${en}: ${detail ?? code}`));
    });

    // Counted before the body is read, so a refused address costs one row's update.
    scope.addHook('onRequest', async (request, reply) => {
      const limit = await hitRateLimit(ctx.db, `ckan:ip:${request.ip}`, CKAN_READS_PER_MINUTE, 60);
      if (limit.allowed) return;
      reply.header('retry-after', String(limit.retryAfterSeconds));
      throw new CkanError(
        429,
        'Too Many Requests',
        `Too many requests from this address (${CKAN_READS_PER_MINUTE} a minute); try again in ${limit.retryAfterSeconds} s`,
      );
    });

    const handle = async (request: FastifyRequest<{ Params: { action: string } }>, reply: FastifyReply) => {
      const { action } = request.params;
      const run = Object.hasOwn(actions, action) ? actions[action] : undefined;
      if (!run) throw new CkanError(400, 'Bad Request', `Bad request - Action name not known: ${action}`);
      const body = request.body;
      if (body !== undefined && body !== null && (typeof body !== 'object' || Array.isArray(body)))
        throw new CkanError(400, 'Bad Request', 'Bad request - JSON Error: the body must be a JSON object');
      const params = {
        ...(request.query as Record<string, unknown>),
        ...((body as Record<string, unknown>) ?? {}),
      };
      const result = await run(
        {
          ckan: { publicUrl, country: ctx.country.code, locale: request.locale },
          db: ctx.db,
          entries: () => loadCatalog(ctx.db, datasets),
          site: site(request.locale),
        },
        params,
      );
      return reply
        .type('application/json; charset=utf-8')
        .header('access-control-allow-origin', '*')
        .send({ help: helpUrl(publicUrl, action), success: true, result });
    };

    const schema = { hide: true, params: Type.Object({ action: Type.String({ maxLength: 100 }) }) };
    for (const prefix of ['/api/3/action', '/api/action']) {
      scope.get(`${prefix}/:action`, { schema, config: { access: 'public' } }, handle);
      // CKAN clients POST their read actions; none of these change anything.
      scope.post(
        `${prefix}/:action`,
        { schema, bodyLimit: CKAN_BODY_BYTES, config: { access: 'public', readOnly: true } },
        handle,
      );
    }
  });
}
