import { createHash, randomUUID } from 'node:crypto';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import etag from '@fastify/etag';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { DestinationStream } from 'pino';
import { registerPermissions } from '../auth/permissions.ts';
import { platformPermissions } from '../auth/platform-permissions.ts';
import { platformCatalogues } from '../catalogues.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import type { Migration } from '../db/migrate.ts';
import { registerUploads } from '../files/receive.ts';
import {
  defaultLocale,
  isLocale,
  type Locale,
  registerMessages,
  type Translator,
  translator,
} from '../i18n/index.ts';
import { type ModuleContext, moduleContext, type NavigationItem, type ShilenModule } from '../module.ts';
import type { PageContext } from '../views/context.ts';
import { layout, type PageOptions } from '../views/layout.ts';
import { registerAssets } from './assets.ts';
import { checkCsrf, type RouteInfo, registerAuth, sessionCookieOptions } from './auth.ts';
import { setCacheHeaders } from './caching.ts';
import { errorPage } from './error-page.ts';
import { AppError } from './errors.ts';
import { registerInputGuard } from './input-guard.ts';
import { httpLoggerOptions } from './logging.ts';
import { platformRoutes } from './platform-routes.ts';
import { classify, problemBody, sendProblem, wantsJson } from './problem.ts';
import { compression, contentSecurityPolicy } from './response-options.ts';

declare module 'fastify' {
  interface FastifyRequest {
    locale: Locale;
    t: Translator;
    /** Everything a page template needs about this request. */
    page: PageContext;
  }
  interface FastifyReply {
    /** Sends a whole HTML page in the site's layout. */
    sendPage(options: PageOptions): FastifyReply;
  }
  interface FastifyInstance {
    shilen: AppState;
  }
}

export interface AppState extends ModuleContext {
  modules: readonly ShilenModule[];
  /** Every route with its declared access, for the authorisation matrix. */
  routes: readonly RouteInfo[];
  migrations: readonly Migration[];
  navigation: readonly NavigationItem[];
}

export interface BuildOptions {
  config: Config;
  db: Database;
  modules: readonly ShilenModule[];
  migrations: readonly Migration[];
  /** Signs cookies (see `installationSecret`). */
  secret: string;
  /** Structured logs (pino, secrets redacted: see `logging.ts`); off in tests unless a test reads them. */
  logger?: { level: string; stream?: DestinationStream };
}

const LANG_COOKIE = 'lang';

export async function buildApp(options: BuildOptions): Promise<FastifyInstance> {
  const { config, db, modules, migrations } = options;
  const proxies = config.trustProxy;
  const app = Fastify({
    logger: options.logger ? httpLoggerOptions(options.logger) : false,
    // A hop count trusts that many proxies in front (Fastify itself refuses a bare number).
    trustProxy:
      typeof proxies === 'number'
        ? (_address: string, hop: number) => hop < proxies
        : proxies === false
          ? false
          : [...proxies],
    // The server's own id, always: a client's X-Request-Id is only logged (`clientRequestId`).
    requestIdHeader: false,
    genReqId: () => randomUUID(),
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    bodyLimit: 1 << 20,
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false, allErrors: true } },
    // A path the router cannot decode (bad %-escapes) or a segment past maxParamLength belongs to no
    // route: told as a 400 in the platform's format instead of Fastify's bare JSON.
    frameworkErrors: (error, request, reply) =>
      frameworkError(new AppError('bad-request', error.message), request, reply),
  }).withTypeProvider<TypeBoxTypeProvider>();
  let frameworkError = (_error: unknown, _request: FastifyRequest, reply: FastifyReply): unknown =>
    reply.code(400).send();

  for (const catalogue of platformCatalogues) registerMessages(catalogue);
  for (const module of modules) if (module.messages) registerMessages(module.messages);
  const translators = new Map<Locale, Translator>();
  const translate = (locale: Locale) => {
    const known = translators.get(locale);
    if (known) return known;
    const made = translator(locale);
    translators.set(locale, made);
    return made;
  };

  const navigation: NavigationItem[] = [
    { href: '/', label: 'layout.home', order: 0 },
    ...modules.flatMap((m) => m.navigation ?? []),
    { href: '/map', label: 'nav.map', group: 'registers', order: 990 },
    { href: '/api', label: 'nav.api', group: 'registers', order: 1000 },
  ];
  const routes: RouteInfo[] = [];
  app.decorate('shilen', {
    ...moduleContext({ config, db, log: app.log }),
    modules,
    migrations,
    navigation,
    routes,
  });

  await app.register(cookie, { secret: options.secret });
  await app.register(formbody);
  await registerUploads(app, config, { beforeFirstFile: checkCsrf });
  await app.register(compress, compression);
  await app.register(helmet, {
    contentSecurityPolicy,
    strictTransportSecurity: config.publicUrl.startsWith('https:') ? undefined : false,
    crossOriginEmbedderPolicy: false,
  });
  // Node's native SHA-1 in one call: several times faster than a hash written in JavaScript.
  await app.register(etag, {
    weak: true,
    hashFn: (payload) => createHash('sha1').update(payload).digest('base64url'),
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Shilen API',
        version: '1.0.0',
        description:
          'Open data and services of the Shilen open-government platform. Errors are RFC 9457 problem+json; lists are paginated with `page` and `pageSize`.',
        license: { name: 'CC BY 4.0 (data)', url: 'https://creativecommons.org/licenses/by/4.0/' },
      },
      servers: [{ url: config.publicUrl }],
    },
  });

  registerPermissions(platformPermissions);
  for (const module of modules) if (module.permissions) registerPermissions(module.permissions);

  // The language and page context come first, so that a request refused by the input guard, the
  // identity check or the write limit in onRequest still gets its error page in its own language;
  // the error handlers also run it for a request the router refused before any hook.
  let assetUrls: PageContext['assets'] = { css: '' };
  const describe = (request: FastifyRequest, reply: FastifyReply) => {
    const query = request.query as Record<string, unknown> | undefined;
    const asked = query?.lang;
    let locale: Locale = defaultLocale;
    if (isLocale(asked)) {
      locale = asked;
      if (request.cookies?.[LANG_COOKIE] !== asked) {
        reply.setCookie(LANG_COOKIE, asked, sessionCookieOptions(config, 365 * 24 * 3600));
      }
    } else if (isLocale(request.cookies?.[LANG_COOKIE])) {
      locale = request.cookies[LANG_COOKIE] as Locale;
    }
    request.locale = locale;
    request.t = translate(locale);
    request.page = {
      locale,
      t: request.t,
      url: request.url,
      navigation,
      assets: assetUrls,
      // Read when the page is drawn: the actor is settled after this hook.
      get signedIn() {
        return request.actor?.kind === 'user';
      },
    };
    reply.header('x-request-id', request.id);
  };
  app.addHook('onRequest', async (request, reply) => describe(request, reply));
  // What commands record of the request (audit trail), made once here instead of at each call.
  app.addHook('onRequest', async (request) => {
    const userAgent = request.headers['user-agent'];
    request.meta = {
      ip: request.ip,
      requestId: request.id,
      now: new Date(),
      ...(userAgent ? { userAgent } : {}),
    };
  });
  registerInputGuard(app);

  await registerAuth(app, db, config, routes);

  const assets = registerAssets(app);
  assetUrls = { css: assets.url('shilen.css'), files: assets.files };

  app.addHook('onSend', async (request, reply, payload) => {
    setCacheHeaders(request, reply);
    return payload;
  });

  app.decorateReply('sendPage', function (this: FastifyReply, page: PageOptions) {
    return this.type('text/html; charset=utf-8').send(layout(this.request.page, page).value);
  });

  function sendError(error: unknown, request: FastifyRequest, reply: FastifyReply) {
    if (!request.page) describe(request, reply);
    const { code, detail, errors } = classify(error);
    if (code === 'unauthorized' && !wantsJson(request) && request.method === 'GET') {
      // The sign-in form takes a `next` of up to 2,000 characters; a longer address keeps its path
      // only (a Location header of tens of kilobytes is more than HTTP clients read).
      const next = request.url.length <= 2000 ? request.url : (request.url.split('?')[0] as string);
      return reply.redirect(`/sign-in?next=${encodeURIComponent(next)}`, 303);
    }
    const body = problemBody(request, code, detail, errors);
    if (body.status >= 500) request.log.error({ err: error }, 'request failed');
    if (wantsJson(request)) return sendProblem(reply, body);
    // Not sendPage: the router's errors come with a reply that has no decorations.
    const page = layout(request.page, errorPage(request.page, body)).value;
    return reply.code(body.status).type('text/html; charset=utf-8').send(page);
  }
  app.setErrorHandler(sendError);
  frameworkError = sendError;

  app.setNotFoundHandler((request, reply) => {
    const body = problemBody(request, 'not-found');
    if (wantsJson(request)) return sendProblem(reply, body);
    return reply.code(404).sendPage(errorPage(request.page, body));
  });

  const ctx = moduleContext({ config, db, log: app.log });
  await app.register(async (scope) => platformRoutes(scope.withTypeProvider<TypeBoxTypeProvider>()));
  for (const module of modules) {
    if (module.api) {
      const register = module.api;
      await app.register(async (scope) => register(scope.withTypeProvider<TypeBoxTypeProvider>(), ctx), {
        prefix: '/api/v1',
      });
    }
    if (module.pages) {
      const register = module.pages;
      await app.register(async (scope) => register(scope.withTypeProvider<TypeBoxTypeProvider>(), ctx));
    }
  }
  return app;
}
