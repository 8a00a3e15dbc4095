import { existsSync, mkdirSync, readdirSync, watch } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers.ts';
import { signedInAs } from '../../../test/support/actors.ts';
import { TestClient } from '../../../test/support/client.ts';
import { modules } from '../../modules/index.ts';
import { sql } from '../db/sql.ts';
import type { ShilenModule } from '../module.ts';
import { html } from '../views/html.ts';
import {
  checkFile,
  documentsAndImages,
  findFile,
  isReceivedFile,
  sendStoredFile,
  storedPath,
  storeFile,
} from './index.ts';
import { incomingDir } from './receive.ts';

// A route of a module made for this test: it takes one attachment and a note, as a real form does.
const uploads: ShilenModule = {
  name: 'upload-test',
  pages: (app, ctx) => {
    app.get('/upload-test', { config: { access: 'public' } }, (_request, reply) =>
      reply
        .type('text/html')
        .send(html`<form method="post" enctype="multipart/form-data">${reply.csrfField()}</form>`.value),
    );
    const uploads = { files: 5, fileSize: 20 * 1024 * 1024, fields: 5, fieldSize: 1000 };
    app.post('/upload-test', { config: { access: 'public', uploads } }, async (request, reply) => {
      const body = request.body as Record<string, unknown>;
      const files = [body.attachment ?? []].flat().filter(isReceivedFile);
      const errors =
        files.length === 0
          ? [{ field: 'body.attachment', message: 'choose a file' }]
          : files.flatMap((file) => checkFile(file, documentsAndImages) ?? []);
      if (errors.length > 0) return reply.code(422).send({ errors });
      const stored = await ctx.db.transaction(async (tx) =>
        Promise.all(files.map((file) => storeFile(tx, ctx.config, file, { actor: request.actor.label }))),
      );
      return reply.code(201).send({
        note: body.note,
        files: stored.map((f) => ({ id: f.id, type: f.mediaType, name: f.filename })),
      });
    });
    app.post('/upload-test/sniff', { config: { access: 'public', uploads } }, async (request) => {
      const files = [(request.body as Record<string, unknown>).attachment ?? []]
        .flat()
        .filter(isReceivedFile);
      return files.map((file) => ({
        sniffedType: file.sniffedType ?? null,
        accepted: checkFile(file, { maxBytes: 1000, types: ['text/csv'] }) === undefined,
      }));
    });
    // A form sized to what it takes: one small file and two short fields.
    app.post(
      '/upload-test/small',
      { config: { access: 'public', uploads: { files: 1, fileSize: 1000, fields: 3, fieldSize: 100 } } },
      async (request) => {
        const body = request.body as Record<string, unknown>;
        const file = [body.attachment ?? []].flat().find(isReceivedFile);
        return { note: body.note ?? null, size: file?.size ?? null, truncated: file?.truncated ?? null };
      },
    );
    // A form that takes no files.
    app.post('/upload-test/text', { config: { access: 'public' } }, async (request) => request.body);
    app.get<{ Params: { id: string } }>(
      '/upload-test/:id',
      { config: { access: 'public' } },
      async (request, reply) => {
        const file = await findFile(ctx.db, request.params.id);
        if (!file) return reply.code(404).send();
        return sendStoredFile(reply, ctx.config, file);
      },
    );
  },
};

const { app, ctx } = await createTestApp({ modules: [...modules, uploads] });

const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1,
  8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89,
]);
const PDF = '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';

/** What `work` wrote into the folder of incoming files while it ran. */
async function writesDuring<T>(work: () => Promise<T>): Promise<{ result: T; written: string[] }> {
  const dir = incomingDir(ctx.config);
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  const watcher = watch(dir, (_event, name) => {
    if (name) written.push(String(name));
  });
  try {
    const result = await work();
    // inotify reports asynchronously: give it a moment.
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { result, written };
  } finally {
    watcher.close();
  }
}

async function client() {
  const c = new TestClient(app);
  await c.get('/upload-test');
  return c;
}

describe('uploaded files', () => {
  it('stores an image and a PDF by their sniffed types, with their names, and serves them back safely', async () => {
    const c = await client();
    const res = await c.upload(
      '/upload-test',
      { note: 'Зам эвдэрсэн' },
      {
        attachment: [
          { name: 'зураг.png', content: PNG, type: 'image/png' },
          // The browser's claimed type is not what decides: the bytes are.
          { name: 'decision.pdf', content: PDF, type: 'application/octet-stream' },
        ],
      },
    );
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body.note).toBe('Зам эвдэрсэн');
    expect(body.files.map((f: { type: string }) => f.type)).toEqual(['image/png', 'application/pdf']);

    const [image] = body.files;
    const served = await app.inject({ url: `/upload-test/${image.id}` });
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.headers['content-security-policy']).toContain('sandbox');
    expect(served.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('зураг.png')}`,
    );
    expect(served.rawPayload.equals(Buffer.from(PNG))).toBe(true);

    const stored = await findFile(ctx.db, image.id);
    expect(stored?.createdBy).toBe('anonymous');
    expect(existsSync(storedPath(ctx.config, stored?.sha256 ?? ''))).toBe(true);
  });

  it('refuses a script named as a picture, naming the field, and stores nothing', async () => {
    const before = await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from files`);
    const c = await client();
    const res = await c.upload(
      '/upload-test',
      {},
      { attachment: { name: 'photo.png', content: '<svg onload="alert(1)"></svg>', type: 'image/png' } },
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([
      { field: 'body.attachment', message: expect.stringContaining('not of an accepted type') },
    ]);
    const after = await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from files`);
    expect(after[0]?.n).toBe(before[0]?.n);
  });

  it('refuses a PDF named as a JPEG: the name and the bytes disagree', async () => {
    const c = await client();
    const res = await c.upload('/upload-test', {}, { attachment: { name: 'photo.jpg', content: PDF } });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].message).toContain('named as .jpg but its contents are application/pdf');
  });

  it('refuses an empty file and one over the limit, and an empty file input is no file at all', async () => {
    const c = await client();
    const empty = await c.upload('/upload-test', {}, { attachment: { name: 'blank.pdf', content: '' } });
    expect(empty.json().errors[0]).toEqual({
      field: 'body.attachment',
      message: 'the file "blank.pdf" is empty',
    });

    const large = new Uint8Array(documentsAndImages.maxBytes + 10);
    large.set(Buffer.from('%PDF-1.4\n'));
    await c.get('/upload-test');
    const big = await c.upload('/upload-test', {}, { attachment: { name: 'big.pdf', content: large } });
    expect(big.statusCode).toBe(422);
    expect(big.json().errors[0].message).toContain('larger than 10 MB');

    // What a browser sends for a file input nobody filled in.
    await c.get('/upload-test');
    const none = await c.upload('/upload-test', {}, { attachment: { name: '', content: '' } });
    expect(none.statusCode).toBe(422);
    expect(none.json().errors).toEqual([{ field: 'body.attachment', message: 'choose a file' }]);
  });

  it('keeps the folder part of a name out, and one copy on disk per content', async () => {
    const c = await client();
    const first = await c.upload(
      '/upload-test',
      {},
      { attachment: { name: 'C:\\Users\\bat\\scan.pdf', content: PDF } },
    );
    const again = await (await client()).upload(
      '/upload-test',
      {},
      { attachment: { name: 'copy.pdf', content: PDF } },
    );
    const [a, b] = [first.json().files[0], again.json().files[0]];
    expect(a.name).toBe('scan.pdf');
    const [fa, fb] = [await findFile(ctx.db, a.id), await findFile(ctx.db, b.id)];
    expect(fa?.id).not.toBe(fb?.id);
    expect(fa?.sha256).toBe(fb?.sha256);
  });

  it('takes a UTF-16 or UTF-8 text file with a byte order mark for text, not for audio', async () => {
    for (const bom of [
      [0xff, 0xfe],
      [0xfe, 0xff],
      [0xef, 0xbb, 0xbf],
    ]) {
      const c = await client();
      const content = Buffer.concat([Buffer.from(bom), Buffer.from('slug,name\nab,cd\n', 'utf16le')]);
      const res = await c.upload('/upload-test/sniff', {}, { attachment: { name: 'orgs.csv', content } });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual([{ sniffedType: null, accepted: true }]);
    }
    // Without the mark the same bytes are judged by their magic number as before.
    const c = await client();
    const res = await c.upload('/upload-test/sniff', {}, { attachment: { name: 'scan.csv', content: PNG } });
    expect(res.json()).toEqual([{ sniffedType: 'image/png', accepted: false }]);
  });

  it('asks for the CSRF token on a multipart form like on any other', async () => {
    const c = await client();
    const res = await c.upload(
      '/upload-test',
      {},
      { attachment: { name: 'a.pdf', content: PDF } },
      { csrf: null },
    );
    expect(res.statusCode).toBe(403);
  });

  it('lets only routes that take files parse multipart: any other answers 415 and writes nothing', async () => {
    const c = await client();
    const refused = await writesDuring(() =>
      c.upload('/upload-test/text', { note: 'a' }, { attachment: { name: 'a.pdf', content: PDF } }),
    );
    expect(refused.result.statusCode).toBe(415);
    expect(refused.written).toEqual([]);
    // The public forms of other modules too: sign-in takes no files.
    await c.get('/sign-in');
    const signIn = await writesDuring(() =>
      c.upload('/sign-in', { email: 'a@example.mn' }, { attachment: { name: 'a.pdf', content: PDF } }),
    );
    expect(signIn.result.statusCode).toBe(415);
    expect(signIn.result.body).toContain('this address takes no files');
    expect(signIn.written).toEqual([]);
    // The same form sent urlencoded is taken as before.
    await c.get('/upload-test');
    expect((await c.submit('/upload-test/text', { note: 'a' })).json()).toMatchObject({ note: 'a' });
  });

  it('refuses a wrong or missing CSRF token, or one after the first file, before any file is written', async () => {
    const c = await client();
    // The watcher sees a file written when one is.
    const accepted = await writesDuring(() =>
      c.upload('/upload-test/sniff', {}, { attachment: { name: 'a.csv', content: 'a,b\n' } }),
    );
    expect(accepted.result.statusCode).toBe(200);
    expect(accepted.written.length).toBeGreaterThan(0);

    for (const csrf of [null, 'forged-token']) {
      await c.get('/upload-test');
      const res = await writesDuring(() =>
        c.upload('/upload-test', {}, { attachment: { name: 'a.pdf', content: PDF } }, { csrf }),
      );
      expect(res.result.statusCode).toBe(403);
      expect(res.written).toEqual([]);
    }

    // A correct token that comes after a file part is too late: the file would be on disk by then.
    await c.get('/upload-test');
    const form = new FormData();
    form.append('attachment', new Blob([PDF]), 'a.pdf');
    form.append('_csrf', c.csrf());
    const encoded = new Response(form);
    const late = await writesDuring(async () =>
      app.inject({
        method: 'POST',
        url: '/upload-test',
        payload: Buffer.from(await encoded.arrayBuffer()),
        headers: {
          cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
          accept: 'application/json',
          'content-type': encoded.headers.get('content-type') ?? '',
        },
      }),
    );
    expect(late.result.statusCode).toBe(403);
    expect(late.result.json().detail).toContain('_csrf');
    expect(late.written).toEqual([]);
  });

  it('counts the write limit before reading a multipart body', async () => {
    const person = await signedInAs(app, ctx);
    await person.get('/upload-test');
    // This person has used up this minute's writes (and the next one's, should the minute turn).
    const now = Date.now();
    for (const start of [now, now + 60_000])
      await ctx.db.query(sql`insert into rate_limits (bucket, window_start, hits)
        values (${`write:user:${person.userId}`}, ${new Date(Math.floor(start / 60_000) * 60_000)}, 1000)`);
    const res = await writesDuring(() =>
      person.upload('/upload-test', {}, { attachment: { name: 'a.pdf', content: PDF } }),
    );
    expect(res.result.statusCode).toBe(429);
    expect(res.written).toEqual([]);
  });

  it('holds each form to its own limits: files, their size, fields and their length', async () => {
    const c = await client();
    const one = await c.upload(
      '/upload-test/small',
      { note: 'short' },
      { attachment: { name: 'a.csv', content: 'x'.repeat(900) } },
    );
    expect(one.json()).toEqual({ note: 'short', size: 900, truncated: false });

    await c.get('/upload-test');
    const large = await c.upload(
      '/upload-test/small',
      {},
      { attachment: { name: 'a.csv', content: 'x'.repeat(5000) } },
    );
    expect(large.json()).toMatchObject({ size: 1000, truncated: true });

    await c.get('/upload-test');
    const two = await c.upload(
      '/upload-test/small',
      {},
      {
        attachment: [
          { name: 'a.csv', content: 'a' },
          { name: 'b.csv', content: 'b' },
        ],
      },
    );
    expect(two.statusCode).toBe(413);
    expect(two.body).toContain('at most 1 file');

    await c.get('/upload-test');
    const long = await c.upload('/upload-test/small', { note: 'n'.repeat(500) }, {});
    expect(long.statusCode).toBe(413);
    expect(long.body).toContain('note is longer than 100 bytes');

    await c.get('/upload-test');
    const many = await c.upload('/upload-test/small', { a: '1', b: '2', c: '3', d: '4' }, {});
    expect(many.statusCode).toBe(413);
    expect(many.body).toContain('at most 3 fields');
  });

  it('leaves no temporary file behind, stored or refused', async () => {
    const left = existsSync(incomingDir(ctx.config)) ? readdirSync(incomingDir(ctx.config)) : [];
    expect(left).toEqual([]);
  });

  it('finds nothing for an id that is not one', async () => {
    expect(await findFile(ctx.db, "1' or '1'='1")).toBeUndefined();
    expect((await app.inject({ url: '/upload-test/00000000-0000-0000-0000-000000000000' })).statusCode).toBe(
      404,
    );
  });
});
