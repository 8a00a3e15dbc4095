import csrf from '@fastify/csrf-protection';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { recordAuditNow } from '../audit/audit.ts';
import { type Actor, anonymous } from '../auth/actor.ts';
import { checkApiToken } from '../auth/api-tokens.ts';
import { actionRule, authorize } from '../auth/permissions.ts';
import { hitRateLimit } from '../auth/rate-limit.ts';
import { resolveSession, type SessionRecord } from '../auth/sessions.ts';
import { actorForUser, findUserById } from '../auth/users.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { type Html, html } from '../views/html.ts';
import { AppError } from './errors.ts';

/** Every route says who may call it: anyone, or those allowed an action (checked before the handler). */
export type RouteAccess = 'public' | { action: string };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
    /** A POST that changes nothing (CKAN's read actions): no CSRF token, no write limit. */
    readOnly?: boolean;
    /**
     * The route authenticates by a key in its own request (Open311's `api_key`) and grants a
     * session nothing: sent without a session cookie, it carries no ambient authority to forge,
     * so it needs no CSRF token. With the cookie, CSRF applies as everywhere.
     */
    ownKey?: boolean;
  }
  interface FastifyRequest {
    actor: Actor;
    /** The session behind the cookie, when there is one. */
    session: SessionRecord | undefined;
    /** The purpose stated for a read of restricted data, on routes whose action requires one. */
    purpose: string | undefined;
  }
  interface FastifyReply {
    /** The hidden CSRF field every HTML form that posts must carry. */
    csrfField(): Html;
  }
}

export const SESSION_COOKIE = 'sid';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
const BROWSER_FORM = /^(application\/x-www-form-urlencoded|multipart\/form-data|text\/plain)/;

/** Writes allowed per person (or address) per minute, across all processes; tokens: `config.tokenWritesPerMinute`. */
const WRITES_PER_MINUTE = 120;

/** A stated purpose is a sentence, not a document: it goes into the audit trail of every read. */
export const PURPOSE_MAX_LENGTH = 500;

/** A multipart body: its files are written to disk as it is read, so it is counted before that. */
export const isMultipartRequest = (request: FastifyRequest): boolean =>
  /^\s*multipart\/form-data\b/i.test(request.headers['content-type'] ?? '');

export function sessionCookieOptions(config: Config, maxAgeSeconds?: number) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: config.publicUrl.startsWith('https:'),
    ...(maxAgeSeconds !== undefined ? { maxAge: maxAgeSeconds } : {}),
  };
}

async function resolveActor(db: Database, config: Config, request: FastifyRequest): Promise<Actor> {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new AppError('unauthorized', 'the Authorization header must be "Bearer <token>"');
    const check = await checkApiToken(db, match[1] as string);
    if (!check.ok) throw new AppError('unauthorized', `the API token is ${check.reason}`);
    return actorForUser(db, check.record.userId, { tokenId: check.record.id, scopes: check.record.scopes });
  }
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return anonymous;
  const session = await resolveSession(db, token, {
    idleMinutes: config.sessionIdleMinutes,
    absoluteHours: config.sessionAbsoluteHours,
  });
  if (!session) return anonymous;
  const user = await findUserById(db, session.userId);
  if (!user || user.disabledAt) return anonymous;
  request.session = session;
  return actorForUser(db, user.id, { secondFactor: session.secondFactorAt !== null });
}

/** Whether this request must carry the CSRF token: a state-changing request made with a session cookie or as a browser form. */
function csrfRequired(request: FastifyRequest): boolean {
  if (SAFE.has(request.method) || request.routeOptions.config.readOnly) return false;
  // A request that proves an API token carries its own credential: no ambient authority to forge.
  if (request.actor.kind === 'token') return false;
  const cookie = request.cookies[SESSION_COOKIE];
  if (request.routeOptions.config.ownKey && cookie === undefined) return false;
  return cookie !== undefined || BROWSER_FORM.test(request.headers['content-type'] ?? '');
}

/**
 * Checks the CSRF token in `request.body._csrf` (or a header) when the request needs one, and
 * throws the plugin's error (the `csrf-failed` problem) when it is wrong. Uploads call it with the
 * fields read so far, before the first file part is written.
 */
export function checkCsrf(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (!csrfRequired(request)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    // The plugin answers a bad token with `reply.send(error)`; here the error is thrown instead,
    // so that a caller in the middle of reading a body stops there.
    const refusing = Object.create(reply, { send: { value: (error: Error) => reject(error) } });
    request.server.csrfProtection.call(request.server, request, refusing, () => resolve());
  });
}

/** The purpose the request states: an `X-Purpose` header, or a `purpose` query or form parameter. */
function statedPurpose(request: FastifyRequest): string | undefined {
  const candidates = [
    request.headers['x-purpose'],
    (request.query as Record<string, unknown> | undefined)?.purpose,
    (request.body as Record<string, unknown> | undefined)?.purpose,
  ];
  const found = candidates.find((value) => typeof value === 'string' && value.trim() !== '');
  return typeof found === 'string' ? found.trim() : undefined;
}

/** The purpose a restricted read needs, checked; refused as a 400 naming `purpose`. */
function requirePurpose(request: FastifyRequest): string {
  const purpose = statedPurpose(request);
  const refuse = (message: string) => new AppError('bad-request', message, [{ field: 'purpose', message }]);
  if (purpose === undefined)
    throw refuse(
      `this read of restricted data needs a stated purpose: a "purpose" parameter or an X-Purpose header, up to ${PURPOSE_MAX_LENGTH} characters`,
    );
  if (purpose.length > PURPOSE_MAX_LENGTH)
    throw refuse(`the purpose is longer than ${PURPOSE_MAX_LENGTH} characters`);
  // Control characters and lone surrogates never get this far: the input guard reads the query,
  // the form and the X-Purpose header first.
  return purpose;
}

/**
 * Identity on every request (API token or session cookie), CSRF on every state-changing browser
 * request, the write rate limit, and each route's declared access checked before its handler.
 */
/** A route as the authorisation matrix sees it. */
export interface RouteInfo {
  method: string;
  url: string;
  access: RouteAccess;
  /** The request's schemas (TypeBox, so JSON Schema), for the fuzz and the maxLength test. */
  schema?: { params?: unknown; querystring?: unknown; body?: unknown; headers?: unknown };
}

export async function registerAuth(
  app: FastifyInstance,
  db: Database,
  config: Config,
  routes: RouteInfo[],
): Promise<void> {
  await app.register(csrf, {
    cookieKey: '_csrf',
    cookieOpts: { ...sessionCookieOptions(config), signed: true },
  });
  app.decorateRequest('actor', null as unknown as Actor);
  app.decorateRequest('session', undefined);
  app.decorateRequest('purpose', undefined);
  // One token per response: generating a second one would replace the secret cookie of the first,
  // and a page with several forms would then refuse all but the last.
  const fieldOf = new WeakMap<FastifyReply, Html>();
  app.decorateReply('csrfField', function (this: FastifyReply) {
    let field = fieldOf.get(this);
    if (!field) {
      field = html`<input type="hidden" name="_csrf" value="${this.generateCsrf()}">`;
      fieldOf.set(this, field);
    }
    return field;
  });

  app.addHook('onRoute', (route) => {
    const access = route.config?.access;
    if (!access) {
      throw new Error(
        `route ${String(route.method)} ${route.url} must declare config.access ('public' or { action })`,
      );
    }
    if (access !== 'public') actionRule(access.action);
    for (const method of [route.method].flat())
      if (method !== 'HEAD') routes.push({ method, url: route.url, access, schema: route.schema });
  });

  // Who may call the route is settled first, before the body is even read, so a refused caller
  // learns nothing from validation or the checks below.
  app.addHook('onRequest', async (request) => {
    request.actor = anonymous;
    request.actor = await resolveActor(db, config, request);
    const access = request.routeOptions.config.access;
    if (access && access !== 'public') authorize(request.actor, access.action);
  });

  const writeLimit = async (request: FastifyRequest, reply: FastifyReply) => {
    if (SAFE.has(request.method) || request.routeOptions.config.readOnly) return;
    const who = request.actor.kind === 'anonymous' ? `ip:${request.ip}` : request.actor.label;
    const perMinute = request.actor.kind === 'token' ? config.tokenWritesPerMinute : WRITES_PER_MINUTE;
    const limit = await hitRateLimit(db, `write:${who}`, perMinute, 60);
    if (!limit.allowed) {
      reply.header('retry-after', String(limit.retryAfterSeconds));
      throw new AppError('too-many-requests', `too many changes; try again in ${limit.retryAfterSeconds} s`);
    }
  };

  // A multipart body is counted before a byte of it is read (its files go to disk as it is);
  // any other after it is parsed, so that an Open311 api_key in the form counts against its token.
  app.addHook('onRequest', async (request, reply) => {
    if (isMultipartRequest(request)) await writeLimit(request, reply);
  });

  // CSRF needs the parsed form (its token travels in `_csrf`), so it runs before the handler;
  // uploads check it again as their parts arrive, before the first file is written.
  app.addHook('preHandler', checkCsrf);

  app.addHook('preHandler', async (request, reply) => {
    if (!isMultipartRequest(request)) await writeLimit(request, reply);
  });

  // A read of restricted data: the purpose is stated, then recorded in the audit trail (committed)
  // before the handler sends a byte of what was read.
  app.addHook('preHandler', async (request) => {
    const access = request.routeOptions.config.access;
    if (!access || access === 'public' || !actionRule(access.action).purposeRequired) return;
    const purpose = requirePurpose(request);
    request.purpose = purpose;
    await recordAuditNow(db, {
      actor: request.actor,
      action: access.action,
      purpose,
      ip: request.ip,
      requestId: request.id,
      details: {
        method: request.method,
        route: request.routeOptions.url ?? null,
        params: { ...(request.params as Record<string, string>) },
      },
    });
  });
}
