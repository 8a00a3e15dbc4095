import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers.ts';
import { signedInAs } from '../../../test/support/actors.ts';
import { TestClient } from '../../../test/support/client.ts';
import { createApiToken } from '../auth/api-tokens.ts';
import { authorize } from '../auth/permissions.ts';
import { changed, changeRecord } from '../commands/change.ts';
import { refuse } from '../commands/result.ts';
import type { Database, Queryable } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { isReceivedFile } from '../files/index.ts';
import { notFound } from '../http/errors.ts';
import type { ModuleContext, ShilenModule } from '../module.ts';
import { textField } from '../views/components.ts';
import { html } from '../views/html.ts';
import { apiCommandRoute } from './api-command.ts';
import { type FormRequest, formRoute } from './form-route.ts';

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
    },
    en: {
      'gadgets.rename.title': 'Rename gadget',
      'gadgets.field.name': 'Name',
      'gadgets.field.note': 'Note',
      'gadgets.error.capital': 'Start the name with a capital letter, as in {example}',
    },
  },
  pages: (app, ctx) => {
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
    // A form with a file input: its text fields arrive as strings, its files as received files.
    formRoute(app, {
      path: '/gadgets/:id/photo',
      ...twin,
      body: Type.Object({ name: Type.String({ maxLength: 40 }), photo: Type.Optional(Type.Unknown()) }),
      uploads: { files: 1, fileSize: 1024, fields: 4, fieldSize: 1024 },
      command: (input, request) =>
        isReceivedFile(input.photo)
          ? rename(ctx.db, request, input)
          : Promise.resolve(refuse('photo', 'gadgets.error.capital', { example: 'photo' })),
      render: (form) => ({
        title: 'Photo',
        main: html`<form method="post" action="${form.action}" enctype="multipart/form-data">${form.csrf}</form>`,
      }),
      redirect: (gadget) => `/gadgets/${gadget.id}?photo=1`,
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

describe('formRoute with uploads', () => {
  it('takes a multipart form: text fields as strings, the file as a received file', async () => {
    await moderator.get('/gadgets/2/photo');
    const sent = await moderator.upload(
      '/gadgets/2/photo',
      { name: 'Projector' },
      {
        photo: { name: 'photo.png', content: 'not really a picture', type: 'image/png' },
      },
    );
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location).toBe('/gadgets/2?photo=1');
    expect(await nameOf(2)).toBe('Projector');
    await moderator.get('/gadgets/2/photo');
    const without = await moderator.upload('/gadgets/2/photo', { name: 'Lamp' }, {});
    expect(without.statusCode).toBe(422);
    expect(await nameOf(2)).toBe('Projector');
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
