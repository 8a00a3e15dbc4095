import QRCode from 'qrcode';
import { Type } from 'typebox';
import type { Role } from '../../../platform/auth/actor.ts';
import { listSessions } from '../../../platform/auth/sessions.ts';
import { findUserById } from '../../../platform/auth/users.ts';
import { type FieldProblem, translateProblems } from '../../../platform/commands/index.ts';
import { CsrfField } from '../../../platform/forms/index.ts';
import { SESSION_COOKIE, sessionCookieOptions } from '../../../platform/http/auth.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { summaryList, table } from '../../../platform/views/components.ts';
import { html, trusted } from '../../../platform/views/html.ts';
import { endOtherSessions, endSession } from '../sessions.ts';
import { enableTotp, newTotpSecret } from '../two-factor.ts';
import { checkCode } from '../validation.ts';
import { safeNext, sendFormPage } from './form.ts';
import { codeForm } from './sign-in.ts';

const manage = { access: { action: 'account.manage' } } as const;
const Csrf = Type.Object({ _csrf: CsrfField });

/** A readable device name from a user agent, enough to recognise a session. */
function device(userAgent: string | null): string {
  if (!userAgent) return '—';
  const browser = /(Firefox|Edg|OPR|Chrome|Safari)\/[\d.]+/
    .exec(userAgent)?.[1]
    ?.replace('Edg', 'Edge')
    .replace('OPR', 'Opera');
  const system = /(Windows|Android|iPhone|iPad|Mac OS X|Linux)/
    .exec(userAgent)?.[1]
    ?.replace('Mac OS X', 'macOS');
  return [browser, system].filter(Boolean).join(', ') || userAgent.slice(0, 60);
}

export function accountPages(app: App, ctx: ModuleContext): void {
  app.get(
    '/account',
    {
      schema: {
        hide: true,
        querystring: Type.Object({ ended: Type.Optional(Type.String({ maxLength: 100 })) }),
      },
      config: manage,
    },
    async (request, reply) => {
      const { t } = request;
      const user = await findUserById(ctx.db, request.actor.userId!);
      if (!user) throw notFound();
      const sessions = await listSessions(ctx.db, user.id);
      const current = request.session?.idHash;
      const ended = Number(request.query.ended);
      return reply.sendPage({
        title: t('accounts.account.title'),
        breadcrumbs: [{ label: t('accounts.account.title') }],
        main: html`<h1>${t('accounts.account.title')}</h1>
${Number.isInteger(ended) && ended >= 0 && request.query.ended !== undefined ? html`<div class="notice" role="status"><p>${t('accounts.account.ended', { count: ended })}</p></div>` : ''}
<h2>${t('accounts.account.details')}</h2>
${summaryList([
  { key: t('accounts.field.displayName'), value: user.displayName },
  { key: t('accounts.field.email'), value: user.email },
  {
    key: t('accounts.account.roles'),
    value: request.actor.roles.map((g) => t(`accounts.role.${g.role as Role}`)).join(', '),
  },
  {
    key: t('accounts.account.twoFactor'),
    value: user.totpEnabledAt
      ? t('accounts.totp.enabled')
      : html`${t('accounts.account.twoFactorOff')} — <a href="/account/two-factor">${t('accounts.account.twoFactorSetUp')}</a>`,
  },
])}
${request.actor.roles.some((g) => g.role !== 'citizen') ? html`<p><a href="/admin">${t('administration.title')}</a></p>` : ''}
<h2>${t('accounts.account.sessions')}</h2>
<p>${t('accounts.account.sessionsLead')}</p>
${table(request.page, {
  caption: t('accounts.account.sessions'),
  columns: [
    { key: 'device', label: t('accounts.account.device') },
    { key: 'started', label: t('accounts.account.started') },
    { key: 'seen', label: t('accounts.account.lastSeen') },
    { key: 'end', label: '' },
  ],
  rows: sessions.map((s) => [
    html`${device(s.userAgent)}${s.idHash === current ? html` <span class="tag">${t('accounts.account.this')}</span>` : ''}`,
    t.dateTime(s.createdAt),
    t.dateTime(s.lastSeenAt),
    s.idHash === current
      ? ''
      : html`<form method="post" action="/account/sessions/${s.idHash.slice(0, 16)}/end">${reply.csrfField()}<button type="submit" class="link-button">${t('accounts.account.end')}<span class="visually-hidden"> ${device(s.userAgent)}</span></button></form>`,
  ]),
})}
<form method="post" action="/account/sessions/end-others">${reply.csrfField()}<button type="submit" class="button button-secondary">${t('accounts.account.everywhere')}</button></form>
<form method="post" action="/sign-out" class="sign-out">${reply.csrfField()}<button type="submit" class="button">${t('accounts.signOut')}</button></form>`,
      });
    },
  );

  app.post(
    '/account/sessions/end-others',
    { schema: { hide: true, body: Csrf }, config: manage },
    async (request, reply) => {
      const ended = await endOtherSessions(
        ctx.db,
        request.actor as typeof request.actor & { userId: number },
        request.session?.idHash,
        request.meta,
      );
      return reply.redirect(`/account?ended=${ended}`, 303);
    },
  );

  app.post(
    '/account/sessions/:id/end',
    {
      schema: {
        hide: true,
        body: Csrf,
        params: Type.Object({ id: Type.String({ maxLength: 100, pattern: '^[0-9a-f]{16}$' }) }),
      },
      config: manage,
    },
    async (request, reply) => {
      const mine = await listSessions(ctx.db, request.actor.userId!);
      const target = mine.find((s) => s.idHash.startsWith(request.params.id));
      if (!target) throw notFound();
      await endSession(ctx.db, request.actor, target.idHash, request.meta, 'ended');
      if (target.idHash === request.session?.idHash)
        reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(ctx.config));
      return reply.redirect('/account?ended=1', 303);
    },
  );

  const setupPage = async (
    request: Parameters<typeof sendFormPage>[0],
    reply: Parameters<typeof sendFormPage>[1],
    secret: string,
    next: string,
    problems: FieldProblem[],
  ) => {
    const { t } = request;
    const user = await findUserById(ctx.db, request.actor.userId!);
    const uri = newTotpSecret(user!.email).uri.replace(/secret=[A-Z2-7]+/, `secret=${secret}`);
    const svg = await QRCode.toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
    const errors = translateProblems(t, problems);
    return sendFormPage(request, reply, {
      title: t('accounts.totp.title'),
      lead: t('accounts.totp.lead'),
      errors,
      body: html`<ol class="steps"><li><p>${t('accounts.totp.step1')}</p>
<figure class="qr" role="img" aria-label="${t('accounts.totp.qr')}">${trusted(svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" '))}</figure>
<p>${t('accounts.totp.secret')}: <code class="secret">${secret.replace(/(.{4})/g, '$1 ').trim()}</code></p></li>
<li><p>${t('accounts.totp.step2')}</p>
${codeForm(request, { action: '/account/two-factor', csrf: reply.csrfField(), error: (field) => errors.find((e) => e.field === field)?.message }, t('accounts.totp.submit'), next, html`<input type="hidden" name="secret" value="${secret}">`)}</li></ol>`,
    });
  };

  app.get(
    '/account/two-factor',
    {
      schema: {
        hide: true,
        querystring: Type.Object({ next: Type.Optional(Type.String({ maxLength: 2000 })) }),
      },
      config: manage,
    },
    async (request, reply) => {
      const user = await findUserById(ctx.db, request.actor.userId!);
      if (user?.totpEnabledAt) return reply.redirect('/account', 303);
      return setupPage(request, reply, newTotpSecret(user!.email).secret, safeNext(request.query.next), []);
    },
  );

  app.post(
    '/account/two-factor',
    {
      schema: {
        hide: true,
        body: Type.Object({
          secret: Type.String({ maxLength: 200, pattern: '^[A-Z2-7]{32}$' }),
          code: Type.Optional(Type.String({ maxLength: 100 })),
          next: Type.Optional(Type.String({ maxLength: 2000 })),
          _csrf: CsrfField,
        }),
      },
      config: manage,
    },
    async (request, reply) => {
      const next = safeNext(request.body.next);
      const problems: FieldProblem[] = [];
      const code = checkCode(problems, 'code', request.body.code);
      if (problems.length === 0 && request.session) {
        const result = await enableTotp(ctx, request.session, request.body.secret, code, request.meta);
        if (result.ok) {
          reply.setCookie(SESSION_COOKIE, result.value, sessionCookieOptions(ctx.config));
          return reply.redirect(next, 303);
        }
        // A factor is on already: this page cannot replace it (as its GET says).
        if (result.refusal === 'enabled') return reply.redirect('/account', 303);
        problems.push(...result.problems);
      }
      return setupPage(request, reply, request.body.secret, next, problems);
    },
  );
}
