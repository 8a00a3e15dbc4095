import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers.ts';
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
    app.post('/upload-test', { config: { access: 'public' } }, async (request, reply) => {
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
    app.post('/upload-test/sniff', { config: { access: 'public' } }, async (request) => {
      const files = [(request.body as Record<string, unknown>).attachment ?? []]
        .flat()
        .filter(isReceivedFile);
      return files.map((file) => ({
        sniffedType: file.sniffedType ?? null,
        accepted: checkFile(file, { maxBytes: 1000, types: ['text/csv'] }) === undefined,
      }));
    });
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
