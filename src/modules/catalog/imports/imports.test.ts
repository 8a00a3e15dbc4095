import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/helpers.ts';
import { signedInAs } from '../../../../test/support/actors.ts';
import { TestClient } from '../../../../test/support/client.ts';
import { sql } from '../../../platform/db/sql.ts';
import { collectJobHandlers, runDueJobs } from '../../../platform/jobs/index.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { modules } from '../../index.ts';

let app: Awaited<ReturnType<typeof createTestApp>>['app'];
let ctx: ModuleContext;
let publisher: TestClient & { userId: number };
const handlers = collectJobHandlers(modules);
const work = () => runDueJobs({ ctx, handlers });
const HEADER = 'slug,name_mn,name_en,kind,parent_slug';
const csv = (name: string, text: string, encoding = 'utf8') => ({
  file: {
    name,
    content: encoding === 'utf8' ? Buffer.from(text) : iconv.encode(text, encoding),
    type: 'text/csv',
  },
});

beforeAll(async () => {
  ({ app, ctx } = await createTestApp());
  publisher = await signedInAs(app, ctx, {
    role: 'organization-publisher',
    organization: 'cabinet-secretariat',
  });
});

async function upload(
  client: TestClient,
  files: ReturnType<typeof csv>,
  fields: Record<string, string> = {},
) {
  await client.get('/datasets/organizations/import?lang=en');
  return client.upload('/datasets/organizations/import', fields, files);
}

describe('importing on the web', () => {
  it('shows the publisher the upload form, linked from the dataset page, in both languages', async () => {
    const page = await publisher.get('/datasets/organizations?lang=en');
    expect(page.body).toContain('href="/datasets/organizations/import"');
    const form = await publisher.get('/datasets/organizations/import?lang=en');
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('enctype="multipart/form-data"');
    expect(form.body).toContain('<label for="file">File</label>');
    const mn = await publisher.get('/datasets/organizations/import?lang=mn');
    expect(mn.body).toContain('Файлаас импортлох');
    const visitor = new TestClient(app);
    expect((await visitor.get('/datasets/organizations?lang=en')).body).not.toContain(
      '/datasets/organizations/import',
    );
  });

  it('a Windows-1251 file with errors: checked in the background, the report names line, column and problem', async () => {
    const bad = `${HEADER}\nweb-one,Нэгдэх,First,agency,\nweb-two,,Second,nonsense,\n`;
    const res = await upload(publisher, csv('bad.csv', bad, 'win1251'));
    expect(res.statusCode, res.body).toBe(303);
    const location = String(res.headers.location);
    expect(location).toMatch(/^\/datasets\/organizations\/imports\/\d+$/);
    const queued = await publisher.get(`${location}?lang=en`);
    expect(queued.body).toContain('<meta http-equiv="refresh" content="2">');
    expect(queued.body).toContain('The work is queued');
    await work();
    const page = await publisher.get(`${location}?lang=en`);
    expect(page.body).not.toContain('http-equiv="refresh"');
    expect(page.body).toContain('The file has problems; nothing was imported');
    expect(page.body).toMatch(
      /<td class="numeric">3<\/td><td>name_mn<\/td><td><span lang="en">A required value is empty<\/span><\/td>/,
    );
    expect(page.body).toContain('&quot;nonsense&quot; is not one of the allowed values');
    expect(page.body).toContain('windows-1251');
  });

  it('a good file: preview with counts and samples, confirm runs it as a job with a progress view, then the result', async () => {
    const good = `${HEADER}\nweb-one,Нэгдэх,First,agency,\nweb-two,Хоёрдугаар,Second,council,web-one\n`;
    const res = await upload(publisher, csv('good.csv', good, 'win1251'));
    const location = String(res.headers.location);
    await work();
    const preview = await publisher.get(`${location}?lang=en`);
    expect(preview.body).toContain('2 rows: 2 would be added, 0 changed, 0 left as they are.');
    expect(preview.body).toContain('Rows that would be added');
    expect(preview.body).toContain(`action="${location}/confirm"`);
    const none = await ctx.db.query(sql`select 1 from organizations where slug = 'web-one'`);
    expect(none).toEqual([]);
    const confirmed = await publisher.submit(`${location}/confirm`, {});
    expect(confirmed.statusCode).toBe(303);
    await publisher.submit(
      `${location}/confirm`,
      {},
      { csrf: preview.body.match(/name="_csrf" value="([^"]+)"/)?.[1] },
    );
    const running = await publisher.get(`${location}?lang=en`);
    expect(running.body).toContain('http-equiv="refresh"');
    expect(running.body).toContain('role="status"');
    await work();
    const done = await publisher.get(`${location}?lang=en`);
    expect(done.body).toContain('The import succeeded');
    expect(done.body).toContain('2 rows: 2 added, 0 changed, 0 left as they were.');
    const rows = await ctx.db.query(
      sql`select slug from organizations where slug like 'web-%' order by slug`,
    );
    expect(rows).toEqual([{ slug: 'web-one' }, { slug: 'web-two' }]);
    const [audit] = await ctx.db.query<{ actor: string }>(
      sql`select actor from audit_log where action = 'organizations.import' order by seq desc limit 1`,
    );
    expect(audit?.actor).toBe(`user:${publisher.userId}`);
    const history = await publisher.get('/datasets/organizations/imports?lang=en');
    expect(history.body).toContain('good.csv');
    expect(history.body).toContain('Succeeded');
    expect(history.body).toContain('bad.csv');
  });

  it('unknown headers get a mapping step; with it the file checks clean', async () => {
    const res = await upload(
      publisher,
      csv('map.csv', 'Код,Нэр,English,kind,Тэмдэглэл\nweb-map,Зураг,Mapped,agency,x\n'),
    );
    const location = String(res.headers.location);
    await work();
    const step = await publisher.get(`${location}?lang=en`);
    expect(step.body).toContain('Match columns to fields');
    expect(step.body).toContain(`action="${location}/mapping"`);
    const mapped = await publisher.submit(`${location}/mapping`, {
      'field-0': 'slug',
      'field-1': 'name_mn',
      'field-2': 'name_en',
      'field-3': 'kind',
      'field-4': '',
    });
    expect(mapped.statusCode, mapped.body).toBe(303);
    await work();
    const preview = await publisher.get(`${location}?lang=en`);
    expect(preview.body).toContain('1 row: 1 would be added');
  });

  it('refuses a binary or empty file on the form, and officials of other organisations and visitors', async () => {
    const png = await upload(publisher, {
      file: {
        name: 'x.csv',
        content: Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
        type: 'text/csv',
      },
    });
    expect(png.statusCode).toBe(422);
    expect(png.body).toContain('This is a binary file (PNG)');
    const empty = await upload(publisher, {
      file: { name: 'e.csv', content: Buffer.alloc(0), type: 'text/csv' },
    });
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toContain('The file is empty');
    const other = await signedInAs(app, ctx, { role: 'organization-publisher', organization: 'government' });
    expect((await other.get('/datasets/organizations/import?lang=en')).statusCode).toBe(403);
    expect((await other.get('/datasets/organizations/imports?lang=en')).statusCode).toBe(403);
    const citizen = await signedInAs(app, ctx);
    expect((await citizen.get('/datasets/organizations/import')).statusCode).toBe(403);
    const visitor = new TestClient(app);
    expect([401, 303]).toContain((await visitor.get('/datasets/organizations/import')).statusCode);
  });
});
