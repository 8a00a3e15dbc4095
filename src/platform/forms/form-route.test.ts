import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers.ts';
import { signedInAs } from '../../../test/support/actors.ts';
import { TestClient } from '../../../test/support/client.ts';
import { createApiToken } from '../auth/api-tokens.ts';
import { authorize } from '../auth/permissions.ts';
import { changed, changeRecord } from '../commands/change.ts';
import { ok, problem, refuse, refusedAs, tooManyAttempts } from '../commands/result.ts';
import type { Database, Queryable } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { isReceivedFile } from '../files/index.ts';
import { notFound } from '../http/errors.ts';
import type { App } from '../http/types.ts';
import type { ModuleContext, ShilenModule } from '../module.ts';
import { textField } from '../views/components.ts';
import { html } from '../views/html.ts';
import { apiCommandRoute } from './api-command.ts';
import { type FormRequest, type FormState, formRoute } from './form-route.ts';

/** A module that exists only in this test: gadgets, renamed by a form and by its API twin. */
interface Gadget {
  id: number;
  name: string;
}
const read = async (q: Queryable, id: number, lock = false) =>
  (
    await q.query<Gadget>(
      sql`select id, name from test_gadgets where id = ${id}${sql.raw(lock ? ' for update' : '')}`,
    )
  )[0];

const Params = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const Body = Type.Object({
  name: Type.String({ maxLength: 40 }),
  note: Type.Optional(Type.String({ maxLength: 200 })),
});

/** Renames a gadget; a name must start with a capital letter (judged by the command, not the schema). */
const rename = (db: Database, request: FormRequest<typeof Params>, input: { name: string; note?: string }) =>
  changeRecord<Gadget, Gadget>(db, {
    actor: request.actor,
    meta: request.meta,
    action: 'gadgets.rename',
    permission: 'gadgets.rename',
    subject: { type: 'gadget', id: request.params.id },
    load: (q) => read(q, request.params.id),
    authorise: () => authorize(request.actor, 'gadgets.rename'),
    lock: async (tx, found) => (await read(tx, found.id, true))!,
    change: async (tx, current) => {
      if (!/^\p{Lu}/u.test(input.name)) return refuse('name', 'gadgets.error.capital', { example: 'Lamp' });
      await tx.query(sql`update test_gadgets set name = ${input.name} where id = ${current.id}`);
      return changed({ ...current, name: input.name }, { from: current.name, to: input.name });
    },
  });

/** What the form and its API twin share. */
const twin = { access: { action: 'gadgets.rename' }, params: Params, body: Body } as const;

const gadgets: ShilenModule = {
  name: 'test-gadgets',
  permissions: { 'gadgets.rename': { description: 'rename a gadget', allow: ['moderator'] } },
  messages: {
    mn: {
      'gadgets.rename.title': 'Нэр солих',
      'gadgets.field.name': 'Нэр',
      'gadgets.field.note': 'Тайлбар',
      'gadgets.error.capital': 'Нэр том үсгээр эхэлнэ, жишээ нь {example}',
      'gadgets.error.photo': 'Зураг сонгоно уу',
    },
    en: {
      'gadgets.rename.title': 'Rename gadget',
      'gadgets.field.name': 'Name',
      'gadgets.field.note': 'Note',
      'gadgets.error.capital': 'Start the name with a capital letter, as in {example}',
      'gadgets.error.photo': 'Choose a photo',
    },
  },
  pages: (app, ctx) => {
    knockForms(app);
    photoForms(app);
    // A form that is part of a public page: the gadget's card, with the rename form on it.
    formRoute(app, {
      path: '/gadgets/:id/card-name',
      shownAt: { path: '/gadgets/:id', access: 'public' },
      ...twin,
      command: (input, request) => rename(ctx.db, request, input),
      render: (form, request) => ({
        title: `Gadget ${request.params.id}`,
        alternates: [{ href: `/api/v1/gadgets/${request.params.id}`, type: 'application/json' }],
        main: html`<form method="post" action="${form.action}">${form.csrf}
${textField('name', request.t('gadgets.field.name'), form.value('name'), { error: form.error('name') })}</form>`,
      }),
      redirect: (gadget) => `/gadgets/${gadget.id}?renamed=1`,
    });
    // A second form on the card's page: refused, it answers with the card again.
    formRoute(app, {
      path: '/gadgets/:id/card-note',
      shownAt: { path: '/gadgets/:id' },
      ...twin,
      command: (input, request) => rename(ctx.db, request, input),
      render: (form, request) => ({
        title: `Gadget ${request.params.id}`,
        main: html`<form method="post" action="${form.action}">${form.csrf}</form>`,
      }),
      redirect: (gadget) => `/gadgets/${gadget.id}?noted=1`,
    });
    formRoute(app, {
      path: '/gadgets/:id/rename',
      ...twin,
      values: async (request) => {
        const gadget = await read(ctx.db, request.params.id);
        if (!gadget) throw notFound();
        return { name: gadget.name };
      },
      command: (input, request) => rename(ctx.db, request, input),
      render: (form, request) => ({
        title: request.t('gadgets.rename.title'),
        main: html`<h1>${request.t('gadgets.rename.title')}</h1>
<form method="post" action="${form.action}" novalidate>${form.csrf}
${textField('name', request.t('gadgets.field.name'), form.value('name'), { error: form.error('name') })}
${textField('note', request.t('gadgets.field.note'), form.value('note'), { error: form.error('note') })}
<button type="submit">OK</button></form>`,
      }),
      redirect: (gadget) => `/gadgets/${gadget.id}`,
    });
    // One of several forms on a page another route shows: only its POST is registered.
    formRoute(app, {
      path: '/gadgets/:id/rename/quick',
      ...twin,
      get: false,
      command: (input, request) => rename(ctx.db, request, input),
      render: (form) => ({ title: 'Quick rename', main: html`<p>${form.value('name')}</p>` }),
      redirect: (gadget) => `/gadgets/${gadget.id}?quick=1`,
    });
  },
  api: (app, ctx) =>
    apiCommandRoute(app, {
      path: '/gadgets/:id/name',
      ...twin,
      command: (input, request) => rename(ctx.db, request, input),
      location: (gadget) => `/gadgets/${gadget.id}`,
      response: {
        schema: Type.Object({ id: Type.Integer(), name: Type.String() }),
        body: (gadget) => gadget,
      },
      tags: ['gadgets'],
      summary: 'Rename a gadget',
    }),
};

const Door = Type.Object({ door: Type.String({ maxLength: 10 }) });
const Next = Type.Object({ next: Type.Optional(Type.String({ maxLength: 20 })) });

/**
 * Knocking at a door, for what the frame does besides redirecting: a door that is `gone` is a 410
 * page (on GET and POST alike); `Ada` is let in, with a page saying so (`/knock`) or a cookie and
 * a redirect to `?next=` (`/knock-in`); `Busy` has knocked too often (429 with `Retry-After`).
 */
function knockForms(app: Parameters<NonNullable<ShilenModule['pages']>>[0]): void {
  const declaration = {
    access: 'public',
    params: Door,
    query: Next,
    body: Type.Object({ name: Type.String({ maxLength: 40 }) }),
    values: async (request: FormRequest<typeof Door>) =>
      request.params.door === 'gone' ? refusedAs('gone') : { name: 'Guest' },
    command: async ({ name }: { name: string }, request: FormRequest<typeof Door>) => {
      if (request.params.door === 'gone') return refusedAs('gone');
      if (name === 'Busy')
        return tooManyAttempts(6.5, [problem('name', 'gadgets.error.capital', { example: 'Ada' })]);
      return name === 'Ada' ? ok(name) : refuse('name', 'gadgets.error.capital', { example: 'Ada' });
    },
    render: (form: FormState) => ({
      title: 'Knock',
      main: html`<form method="post">${form.csrf}${textField('name', 'Name', form.value('name'), { error: form.error('name') })}</form>`,
    }),
    refused: (refusal: 'gone') => ({
      title: `Door ${refusal}`,
      status: 410,
      main: html`<p>No door here</p>`,
    }),
  } as const;
  formRoute(app, {
    ...declaration,
    path: '/knock/:door',
    done: (name) => ({ title: 'Welcome', main: html`<p>Come in, ${name}</p>` }),
  });
  formRoute(app, {
    ...declaration,
    path: '/knock-in/:door',
    redirect: (name, request, reply) => {
      reply.setCookie('knocked', name, { path: '/' });
      return (request.query as { next?: string }).next ?? '/';
    },
  });
}

/** A form that takes a file, with its own headers, query, and a finer check than its access. */
function photoForms(app: App): void {
  formRoute(app, {
    path: '/gadgets/:id/photo',
    access: { action: 'gadgets.rename' },
    getAccess: 'public',
    params: Params,
    query: Type.Object({ saved: Type.Optional(Type.String({ maxLength: 5 })) }),
    headers: { 'cache-control': 'private, no-store' },
    uploads: { files: 1, fileSize: 1000, fields: 4, fieldSize: 1000 },
    preHandler: async (request, reply) => {
      if ((request.params as { id: number }).id === 2)
        return reply.code(403).sendPage({ title: 'Not this one', main: html`<h1>Not this one</h1>` });
    },
    body: Type.Object({ caption: Type.String({ maxLength: 40 }), photo: Type.Optional(Type.Unknown()) }),
    command: async (input) =>
      isReceivedFile(input.photo) ? ok(input.photo.filename) : refuse('photo', 'gadgets.error.photo'),
    render: (form, request) => ({
      title: 'Photo',
      main: html`${(request.query as { saved?: string }).saved ? html`<p>Saved</p>` : ''}
<form method="post" action="${form.action}" enctype="multipart/form-data">${form.csrf}
${textField('caption', 'Caption', form.value('caption'), { error: form.error('caption') })}
<input type="file" id="photo" name="photo"></form>`,
    }),
    redirect: (name, request) => `/gadgets/${request.params.id}/photo?saved=${name.slice(0, 1)}`,
  });
}

let app: FastifyInstance;
let ctx: ModuleContext;
let moderator: TestClient & { userId: number };
beforeAll(async () => {
  ({ app, ctx } = await createTestApp({ modules: [gadgets] }));
  await ctx.db.exec(`create table test_gadgets (id int primary key, name text not null);
    insert into test_gadgets values (1, 'Kettle'), (2, 'Toaster')`);
  moderator = await signedInAs(app, ctx, { role: 'moderator' });
});

const nameOf = async (id: number) => (await read(ctx.db, id))?.name;
/** Sends gadget 1's photo form with a caption and a photo named `name`. */
const sendPhoto = (client: TestClient, caption: string, name: string, options?: { csrf: null }) =>
  client.upload('/gadgets/1/photo', { caption }, { photo: { name, content: 'x' } }, options);

describe('formRoute', () => {
  it('shows the form with the record’s values and a CSRF field', async () => {
    const res = await moderator.get('/gadgets/1/rename?lang=en');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<title>Rename gadget — ');
    expect(res.body).toContain('name="_csrf"');
    expect(res.body).toMatch(/<input id="name" name="name" type="text" value="Kettle">/);
    expect(res.body).not.toContain('error-summary');
  });

  it('commits a valid form and answers 303 to where the declaration says, audited with the request’s metadata', async () => {
    await moderator.get('/gadgets/1/rename?lang=en');
    const res = await moderator.submit('/gadgets/1/rename', { name: 'Samovar', note: '' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/gadgets/1');
    expect(await nameOf(1)).toBe('Samovar');
    const [entry] = await ctx.db.query<{ role: string; request_id: string; details: unknown }>(
      sql`select role, request_id, details from audit_log where subject_type = 'gadget' and subject_id = '1'`,
    );
    expect(entry).toEqual({
      role: 'moderator',
      request_id: res.headers['x-request-id'],
      details: { from: 'Kettle', to: 'Samovar' },
    });
  });

  it('shows a refused form again: 422, error summary linked to the field, prefixed title, values kept', async () => {
    await moderator.get('/gadgets/2/rename?lang=en');
    const res = await moderator.submit('/gadgets/2/rename', { name: 'lamp', note: 'kept note' });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('<title>Error: Rename gadget — ');
    expect(res.body).toMatch(
      /class="error-summary"[\s\S]*<a href="#name">Start the name with a capital letter, as in Lamp<\/a>/,
    );
    expect(res.body).toContain(
      '<p class="error-message" id="name-error">Start the name with a capital letter',
    );
    expect(res.body).toMatch(/<input id="name" name="name" type="text" value="lamp" aria-describedby/);
    expect(res.body).toContain('value="kept note"');
    expect(await nameOf(2)).toBe('Toaster');
  });

  it('shows what fails the body schema as field problems on the form, in the reader’s language', async () => {
    await moderator.get('/gadgets/2/rename?lang=en');
    const long = await moderator.submit('/gadgets/2/rename', { name: 'L'.repeat(41) });
    expect(long.statusCode).toBe(422);
    expect(long.body).toMatch(/<a href="#name">Use at most 40 characters<\/a>/);
    expect(long.body).toContain(`value="${'L'.repeat(41)}"`);
    await moderator.get('/gadgets/2/rename?lang=mn');
    const missing = await moderator.submit('/gadgets/2/rename', { note: 'no name' });
    expect(missing.statusCode).toBe(422);
    expect(missing.body).toContain('<title>Алдаа: Нэр солих — ');
    expect(missing.body).toMatch(/<a href="#name">Энэ талбарыг бөглөнө үү<\/a>/);
    expect(missing.body).toContain('value="no name"');
    expect(await nameOf(2)).toBe('Toaster');
  });

  it('refuses a form without its CSRF token, and keeps the declared access on both routes', async () => {
    await moderator.get('/gadgets/2/rename?lang=en');
    const forged = await moderator.submit('/gadgets/2/rename', { name: 'Forged' }, { csrf: null });
    expect(forged.statusCode).toBe(403);
    expect(forged.body).toContain('The form has expired or did not come from this site');
    expect(await nameOf(2)).toBe('Toaster');

    const visitor = new TestClient(app);
    const asked = await visitor.get('/gadgets/2/rename');
    expect(asked.statusCode).toBe(303);
    expect(asked.headers.location).toBe('/sign-in?next=%2Fgadgets%2F2%2Frename');
    const citizen = await signedInAs(app, ctx, { role: 'citizen' });
    expect((await citizen.get('/gadgets/2/rename')).statusCode).toBe(403);
    expect((await moderator.get('/gadgets/9/rename')).statusCode).toBe(404);
    await moderator.get('/gadgets/2/rename');
    expect((await moderator.submit('/gadgets/9/rename', { name: 'Ghost' })).statusCode).toBe(404);
  });
});

describe('formRoute besides a redirect', () => {
  it('shows the page of what happened, or redirects with a cookie to where the query said', async () => {
    const visitor = new TestClient(app);
    expect((await visitor.get('/knock/front')).body).toContain('value="Guest"');
    const done = await visitor.submit('/knock/front', { name: 'Ada' });
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('<title>Welcome — ');
    expect(done.body).toContain('Come in, Ada');
    await visitor.get('/knock-in/front?next=/garden');
    const redirected = await visitor.submit('/knock-in/front?next=/garden', { name: 'Ada' });
    expect(redirected.statusCode).toBe(303);
    expect(redirected.headers.location).toBe('/garden');
    expect(String(redirected.headers['set-cookie'])).toContain('knocked=Ada');
    expect((await visitor.get(`/knock-in/front?next=${'x'.repeat(21)}`)).statusCode).toBe(422);
  });

  it('answers 429 with Retry-After for too many attempts, and the refusal page of a whole refusal', async () => {
    const visitor = new TestClient(app);
    await visitor.get('/knock/front?lang=en');
    const busy = await visitor.submit('/knock/front', { name: 'Busy' });
    expect(busy.statusCode).toBe(429);
    expect(busy.headers['retry-after']).toBe('7');
    expect(busy.body).toContain('<title>Error: Knock — ');
    expect(busy.body).toMatch(/<a href="#name">Start the name with a capital letter, as in Ada<\/a>/);
    const wrong = await visitor.submit('/knock/front', { name: 'Bob' });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.headers['retry-after']).toBeUndefined();
    const gone = await visitor.get('/knock/gone');
    expect(gone.statusCode).toBe(410);
    expect(gone.body).toContain('<title>Door gone — ');
    expect(gone.body).toContain('No door here');
    expect(gone.body).not.toContain('name="name"');
    await visitor.get('/knock/front');
    const posted = await visitor.submit('/knock/gone', { name: 'Ada' });
    expect(posted.statusCode).toBe(410);
    expect(posted.body).toContain('No door here');
  });
});

describe('formRoute options', () => {
  it('takes a file (uploads), sends its headers on every answer, reads its query', async () => {
    const shown = await moderator.get('/gadgets/1/photo?saved=x&lang=en');
    expect(shown.statusCode).toBe(200);
    expect(shown.headers['cache-control']).toBe('private, no-store');
    expect(shown.body).toContain('<p>Saved</p>');
    expect((await moderator.get('/gadgets/1/photo?saved=toolong')).statusCode).toBe(422);
    await moderator.get('/gadgets/1/photo?lang=en');
    const none = await moderator.upload('/gadgets/1/photo', { caption: 'Kept' }, {});
    expect(none.statusCode).toBe(422);
    expect(none.headers['cache-control']).toBe('private, no-store');
    expect(none.body).toContain('<a href="#photo">Choose a photo</a>');
    expect(none.body).toContain('value="Kept"');
    const forged = await sendPhoto(moderator, 'x', 'k.png', { csrf: null });
    expect(forged.statusCode).toBe(403);
    await moderator.get('/gadgets/1/photo');
    const sent = await sendPhoto(moderator, 'Kettle', 'kettle.png');
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location).toBe('/gadgets/1/photo?saved=k');
  });

  it('opens a form by its own access when it declares one', async () => {
    const visitor = new TestClient(app);
    const shown = await visitor.get('/gadgets/1/photo');
    expect(shown.statusCode).toBe(200);
    expect(shown.body).toContain('name="_csrf"');
    await visitor.get('/gadgets/1/photo');
    const sent = await sendPhoto(visitor, 'x', 'a.png');
    expect(sent.statusCode).toBe(401);
  });

  it('lets a preHandler answer first, and registers only the POST of a form without its own GET', async () => {
    const refused = await moderator.get('/gadgets/2/photo');
    expect(refused.statusCode).toBe(403);
    expect(refused.body).toContain('<h1>Not this one</h1>');
    expect((await moderator.get('/gadgets/1/rename/quick')).statusCode).toBe(404);
    await moderator.get('/gadgets/1/rename?lang=en');
    const bad = await moderator.submit('/gadgets/1/rename/quick', { name: 'quiet' });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('<title>Error: Quick rename — ');
    expect(bad.body).toContain('<p>quiet</p>');
    await moderator.get('/gadgets/1/rename');
    const good = await moderator.submit('/gadgets/1/rename/quick', { name: 'Quiet' });
    expect(good.statusCode).toBe(303);
    expect(good.headers.location).toBe('/gadgets/1?quick=1');
  });
});

describe('formRoute shown at another page', () => {
  it('shows the form on that page with its access, and takes it at its own path', async () => {
    const visitor = new TestClient(app);
    const card = await visitor.get('/gadgets/1?lang=en');
    expect(card.statusCode).toBe(200);
    expect(card.body).toContain('<form method="post" action="/gadgets/1/card-name">');
    expect(card.body).toContain('<link rel="alternate" type="application/json" href="/api/v1/gadgets/1">');
    const citizen = await signedInAs(app, ctx, { role: 'citizen' });
    await citizen.get('/gadgets/1');
    expect((await citizen.submit('/gadgets/1/card-name', { name: 'Lantern' })).statusCode).toBe(403);
    await moderator.get('/gadgets/1?lang=en');
    const refused = await moderator.submit('/gadgets/1/card-name?lang=en', { name: 'lantern' });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('<title>Error: Gadget 1 — ');
    expect(refused.body).toContain('action="/gadgets/1/card-name"');
    expect(refused.body).toContain('<a href="#name">Start the name with a capital letter');
    const done = await moderator.submit('/gadgets/1/card-name', { name: 'Lantern' });
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('/gadgets/1?renamed=1');
    expect(await nameOf(1)).toBe('Lantern');
    // The second form on the card: refused, the card again with its problem; taken, its redirect.
    await moderator.get('/gadgets/1?lang=en');
    const noted = await moderator.submit('/gadgets/1/card-note?lang=en', { name: 'lantern' });
    expect(noted.statusCode).toBe(422);
    expect(noted.body).toContain('<title>Error: Gadget 1 — ');
    expect(noted.body).toContain('action="/gadgets/1/card-note"');
    await moderator.get('/gadgets/1');
    expect((await moderator.submit('/gadgets/1/card-note', { name: 'Lamp' })).headers.location).toBe(
      '/gadgets/1?noted=1',
    );
  });
});

describe('apiCommandRoute', () => {
  it('answers 201 with Location, or 422 problem+json naming the body field', async () => {
    const { token } = await createApiToken(ctx.db, {
      userId: moderator.userId,
      organizationId: null,
      name: 'gadgets',
      scopes: ['gadgets.rename'],
      expiresAt: new Date(Date.now() + 3600_000),
      createdBy: moderator.userId,
    });
    const post = (payload: object) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/gadgets/2/name',
        headers: { authorization: `Bearer ${token}` },
        payload,
      });
    const made = await post({ name: 'Radio' });
    expect(made.statusCode).toBe(201);
    expect(made.headers.location).toBe('/gadgets/2');
    expect(made.json()).toEqual({ id: 2, name: 'Radio' });
    expect(await nameOf(2)).toBe('Radio');

    const refused = await post({ name: 'radio' });
    expect(refused.statusCode).toBe(422);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json()).toMatchObject({
      code: 'validation-failed',
      errors: [{ field: 'body.name', message: 'Start the name with a capital letter, as in Lamp' }],
    });
    const malformed = await post({ note: 'no name' });
    expect(malformed.statusCode).toBe(422);
    expect(malformed.json().errors).toEqual([{ field: 'body.name', message: expect.any(String) }]);
    expect(await nameOf(2)).toBe('Radio');
  });
});
