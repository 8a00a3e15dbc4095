import { Type } from 'typebox';
import { createTestApp } from '../../../test/helpers.ts';
import { signedInAs } from '../../../test/support/actors.ts';
import type { TestClient } from '../../../test/support/client.ts';
import { authorize } from '../auth/permissions.ts';
import { changed, changeRecord } from '../commands/change.ts';
import { ok, problem, refuse, refusedAs, tooManyAttempts } from '../commands/result.ts';
import type { Database, Queryable } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { isReceivedFile } from '../files/index.ts';
import { notFound } from '../http/errors.ts';
import type { App } from '../http/types.ts';
import type { ShilenModule } from '../module.ts';
import { textField } from '../views/components.ts';
import { html } from '../views/html.ts';
import { apiCommandRoute } from './api-command.ts';
import { type FormRequest, type FormState, formRoute } from './form-route.ts';

/** A module that exists only in this test: gadgets, renamed by a form and by its API twin. */
interface Gadget {
  id: number;
  name: string;
}
export const read = async (q: Queryable, id: number, lock = false) =>
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

export const gadgets: ShilenModule = {
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

/** The gadgets' app: two gadgets (Kettle, Toaster) and a signed-in moderator who may rename them. */
export async function gadgetsApp() {
  const { app, ctx } = await createTestApp({ modules: [gadgets] });
  await ctx.db.exec(`create table test_gadgets (id int primary key, name text not null);
    insert into test_gadgets values (1, 'Kettle'), (2, 'Toaster')`);
  const moderator = await signedInAs(app, ctx, { role: 'moderator' });
  const nameOf = async (id: number) => (await read(ctx.db, id))?.name;
  return { app, ctx, moderator, nameOf };
}

/** Sends gadget 1's photo form with a caption and a photo named `name`. */
export const sendPhoto = (client: TestClient, caption: string, name: string, options?: { csrf: null }) =>
  client.upload('/gadgets/1/photo', { caption }, { photo: { name, content: 'x' } }, options);
