import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { hitRateLimit } from '../../../platform/auth/rate-limit.ts';
import { SESSION_COOKIE, sessionCookieOptions } from '../../../platform/http/auth.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { html } from '../../../platform/views/html.ts';
import {
  beginOidcSignIn,
  classifyOidcError,
  decodeFlow,
  encodeFlow,
  FLOW_SECONDS,
  finishOidcSignIn,
  type OidcFailure,
  type OidcRefusal,
  signInWithOidc,
} from '../oidc.ts';
import { afterSignIn, safeNext, sendFormPage } from './form.ts';

/** The cookie that carries the flow between the two legs; sent only to these routes. */
const FLOW_COOKIE = 'oidc_flow';
const FLOW_PATH = '/sign-in/oidc';
const CALLBACKS_PER_IP_PER_MINUTE = 20;

const StartQuery = Type.Object({ next: Type.Optional(Type.String({ maxLength: 2000 })) });
const CallbackQuery = Type.Object({
  code: Type.Optional(Type.String({ maxLength: 2000 })),
  state: Type.Optional(Type.String({ maxLength: 2000 })),
  iss: Type.Optional(Type.String({ maxLength: 2000 })),
  error: Type.Optional(Type.String({ maxLength: 200 })),
  error_description: Type.Optional(Type.String({ maxLength: 2000 })),
});

type Problem = OidcFailure | OidcRefusal | 'rate-limited';

const STATUS: Record<Problem, number> = {
  denied: 400,
  expired: 400,
  state: 400,
  provider: 502,
  unavailable: 503,
  'email-unverified': 409,
  'no-email': 422,
  disabled: 403,
  'rate-limited': 429,
};

/** The redirect URI to register at the provider. */
const oidcCallbackPath = `${FLOW_PATH}/callback`;

export function oidcPages(app: App, ctx: ModuleContext): void {
  const settings = () => {
    if (!ctx.config.oidc) throw notFound('sign-in with OpenID Connect is not configured');
    return ctx.config.oidc;
  };
  const redirectUri = `${ctx.config.publicUrl}${oidcCallbackPath}`;
  const flowCookie = (maxAge?: number) => ({
    ...sessionCookieOptions(ctx.config, maxAge),
    path: FLOW_PATH,
    signed: true,
  });

  /** A page saying what went wrong, in the reader's language, with the ways on. */
  const failure = (request: FastifyRequest, reply: FastifyReply, problem: Problem, next: string) => {
    const { t } = request;
    const name = settings().name;
    const again = `${FLOW_PATH}?next=${encodeURIComponent(next)}`;
    return sendFormPage(request, reply, {
      title: t('accounts.oidc.failed.title', { name }),
      status: STATUS[problem],
      body: html`<p>${t(`accounts.oidc.error.${problem}`, { name })}</p>
<ul>
  ${problem === 'disabled' ? '' : html`<li><a href="${again}">${t('accounts.oidc.tryAgain', { name })}</a></li>`}
  <li><a href="/sign-in?next=${encodeURIComponent(next)}">${t('accounts.oidc.otherWay')}</a></li>
</ul>`,
    });
  };

  app.get(
    FLOW_PATH,
    { schema: { hide: true, querystring: StartQuery }, config: { access: 'public' } },
    async (request, reply) => {
      const next = safeNext(request.query.next);
      const oidc = settings();
      let started: Awaited<ReturnType<typeof beginOidcSignIn>>;
      try {
        started = await beginOidcSignIn(oidc, redirectUri, next);
      } catch (error) {
        request.log.warn({ err: error, issuer: oidc.issuer }, 'OpenID Connect discovery failed');
        return failure(request, reply, 'unavailable', next);
      }
      reply.setCookie(FLOW_COOKIE, encodeFlow(started.flow), flowCookie(FLOW_SECONDS));
      return reply.redirect(started.url.href, 303);
    },
  );

  app.get(
    oidcCallbackPath,
    { schema: { hide: true, querystring: CallbackQuery }, config: { access: 'public' } },
    async (request, reply) => {
      const oidc = settings();
      const { query } = request;
      const signed = request.cookies[FLOW_COOKIE];
      const unsigned = signed ? request.unsignCookie(signed) : undefined;
      const flow = unsigned?.valid && unsigned.value ? decodeFlow(unsigned.value) : undefined;
      // Checked again on the way back: the flow is signed by this site, but a stricter rule applies to old ones too.
      const next = safeNext(flow?.next);
      // Whatever happens next, this flow is over: a callback works once.
      if (signed) reply.clearCookie(FLOW_COOKIE, flowCookie());
      if (query.error) {
        request.log.info({ error: query.error, description: query.error_description }, 'provider refused');
        return failure(request, reply, query.error === 'access_denied' ? 'denied' : 'provider', next);
      }
      if (!flow) return failure(request, reply, 'expired', next);
      if (query.state !== flow.state) return failure(request, reply, 'state', next);
      const limit = await hitRateLimit(ctx.db, `oidc:ip:${request.ip}`, CALLBACKS_PER_IP_PER_MINUTE, 60);
      if (!limit.allowed) {
        reply.header('retry-after', String(limit.retryAfterSeconds));
        return failure(request, reply, 'rate-limited', next);
      }

      // The URL the provider sent the browser to, as registered (behind a proxy too).
      const callbackUrl = new URL(redirectUri);
      callbackUrl.search = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
      let identity: Awaited<ReturnType<typeof finishOidcSignIn>>;
      try {
        identity = await finishOidcSignIn(oidc, flow, callbackUrl);
      } catch (error) {
        const problem = classifyOidcError(error);
        request.log.warn({ err: error, issuer: oidc.issuer, problem }, 'OpenID Connect sign-in failed');
        return failure(request, reply, problem, next);
      }
      const result = await signInWithOidc(ctx, identity, request.meta, request.locale);
      if (!result.ok) return failure(request, reply, result.refusal!, next);

      reply.setCookie(SESSION_COOKIE, result.value.sessionToken, sessionCookieOptions(ctx.config));
      // The same next step as after a password.
      return reply.redirect(afterSignIn(result.value.next, next), 303);
    },
  );
}
