import { gunzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { baseModules, createTestApp } from '../../../test/helpers.ts';
import { signedInAs } from '../../../test/support/actors.ts';
import { organizationsDataset } from '../organizations/dataset.ts';
import { countOrganizations } from '../organizations/service.ts';

const { app, ctx } = await createTestApp({ modules: baseModules });
const fieldNames = organizationsDataset.fields.map((f) => f.name);
// The descriptor's comparison with the official Frictionless profiles is in
// downloads.conformance.test.ts (`npm run test:conformance`).

describe('bulk downloads', () => {
  it('streams every row as CSV with the field names as header, a file name and an ETag', async () => {
    const res = await app.inject({ url: '/datasets/organizations/download.csv' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="organizations.csv"; filename*=UTF-8''organizations.csv`,
    );
    expect(res.headers.etag).toMatch(/^W\/"[\w-]+"$/);
    expect(res.headers['last-modified']).toBeDefined();
    const [header, ...lines] = res.body.trimEnd().split('\n');
    expect(header).toBe(fieldNames.join(','));
    expect(lines).toHaveLength(await countOrganizations(ctx.db));
    const slugs = lines.map((l) => l.split(',')[0] as string);
    expect(slugs).toEqual([...slugs].sort());
  });

  it('answers HEAD without a body, and compresses for clients that ask', async () => {
    const head = await app.inject({ method: 'HEAD', url: '/datasets/organizations/download.csv' });
    expect(head.statusCode).toBe(200);
    expect(head.headers['content-disposition']).toContain('organizations.csv');
    expect(head.body).toBe('');
    const plain = await app.inject({ url: '/datasets/organizations/download.csv' });
    const gzipped = await app.inject({
      url: '/datasets/organizations/download.csv',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.rawPayload).toString('utf8')).toBe(plain.body);
  });

  it('answers 304 to the same ETag, and a new one after a change', async () => {
    const first = await app.inject({ url: '/datasets/organizations/download.csv?kind=ministry' });
    const etag = first.headers.etag as string;
    const again = await app.inject({
      url: '/datasets/organizations/download.csv?kind=ministry',
      headers: { 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const other = await app.inject({ url: '/datasets/organizations/download.csv?kind=agency' });
    expect(other.headers.etag).not.toBe(etag);

    const admin = await signedInAs(app, ctx, {
      role: 'organization-administrator',
      organization: 'ministry-of-justice',
    });
    await admin.get('/organizations/ministry-of-justice/edit');
    await admin.submit('/organizations/ministry-of-justice/edit', {
      nameMn: 'Хууль зүйн яам',
      nameEn: 'Ministry of Justice',
      phone: '+976 51 262222',
    });
    const changed = await app.inject({
      url: '/datasets/organizations/download.csv?kind=ministry',
      headers: { 'if-none-match': etag },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(changed.body).toContain('+976 51 262222');
  });

  it('starts the CSV with a byte order mark on ?bom=1, and refuses bom elsewhere', async () => {
    const res = await app.inject({ url: '/datasets/organizations/download.csv?bom=1' });
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const plain = await app.inject({ url: '/datasets/organizations/download.csv' });
    expect(plain.rawPayload[0]).toBe('s'.charCodeAt(0));
    const json = await app.inject({ url: '/datasets/organizations/download.json?bom=1' });
    expect(json.statusCode).toBe(422);
    expect(json.json().errors).toEqual([{ field: 'query.bom', message: 'applies to CSV downloads only' }]);
  });

  it('filters as the list page does, and names each bad parameter in a 422 problem', async () => {
    const ministries = await app.inject({ url: '/datasets/organizations/download.ndjson?kind=ministry' });
    const rows = ministries.body
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.length).toBeGreaterThanOrEqual(10);
    for (const row of rows) {
      expect(row.kind).toBe('ministry');
      expect(Object.keys(row)).toEqual(fieldNames);
    }
    expect(ministries.headers['content-disposition']).toContain('organizations-kind-ministry.ndjson');
    const aimag = await app.inject({ url: '/datasets/organizations/download.json?aimag=65' });
    const inAimag = aimag.json();
    expect(inAimag.length).toBeGreaterThan(0);
    for (const row of inAimag) expect(row.admin_unit_code).toMatch(/^65/);
    const text = await app.inject({
      url: `/datasets/organizations/download.json?q=${encodeURIComponent('сангийн')}`,
    });
    expect(text.json().map((r: { slug: string }) => r.slug)).toContain('ministry-of-finance');

    const bad = await app.inject({
      url: '/datasets/organizations/download.csv?kind=bank&colour=red&aimag=99',
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'query.kind',
      'query.colour',
      'query.aimag',
    ]);
    const twice = await app.inject({ url: '/datasets/organizations/download.csv?kind=ministry&kind=agency' });
    expect(twice.statusCode).toBe(422);
    expect(twice.json().errors[0]).toEqual({ field: 'query.kind', message: 'must be given once' });
    expect((await app.inject({ url: '/datasets/nothing/download.csv' })).statusCode).toBe(404);
  });

  it('writes JSON as one array of rows in key order', async () => {
    const res = await app.inject({ url: '/datasets/organizations/download.json?kind=court' });
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    const rows = res.json();
    expect(rows.map((r: { slug: string }) => r.slug)).toEqual(['constitutional-court', 'supreme-court']);
    expect(rows[0].updated_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('writes an XLSX workbook that reads back: the rows, then a sheet describing the fields', async () => {
    const res = await app.inject({ url: '/datasets/organizations/download.xlsx?kind=ministry' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('organizations');
    expect(sheet).toBeDefined();
    const values = (n: number) => (sheet!.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual(fieldNames);
    const csv = await app.inject({ url: '/datasets/organizations/download.csv?kind=ministry' });
    const lines = csv.body.trimEnd().split('\n');
    expect(sheet!.actualRowCount).toBe(lines.length);
    expect(values(2)[0]).toBe(lines[1]?.split(',')[0]);
    const fields = workbook.getWorksheet('fields');
    expect((fields!.getRow(2).values as unknown[]).slice(1, 4)).toEqual(['slug', 'string', 'Таних нэр']);
  });

  it('sends the filtered-download form on to the file, dropping empty fields', async () => {
    const res = await app.inject({
      url: '/datasets/organizations/download?format=xlsx&kind=ministry&aimag=&q=',
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/datasets/organizations/download.xlsx?kind=ministry');
    const bad = await app.inject({ url: '/datasets/organizations/download?format=pdf' });
    expect(bad.statusCode).toBe(422);
  });

  it('keeps the organisations list’s own download addresses, with its filters', async () => {
    const own = await app.inject({ url: '/organizations.csv?kind=ministry&sort=-name&page=2' });
    const dataset = await app.inject({ url: '/datasets/organizations/download.csv?kind=ministry' });
    expect(own.statusCode).toBe(200);
    expect(own.body).toBe(dataset.body);
    const page = await app.inject({ url: '/organizations?kind=ministry&aimag=nowhere!' });
    expect(page.body).toContain('href="/organizations.csv?kind=ministry"');
  });
});

describe('Frictionless descriptor', () => {
  // Facts of the Frictionless specifications: the Table Schema field types, and the form of a
  // package's and a resource's name (lower case, digits, `-`, `_`, `.`).
  const fieldTypes = new Set([
    'string',
    'number',
    'integer',
    'boolean',
    'object',
    'array',
    'date',
    'time',
    'datetime',
    'year',
    'yearmonth',
    'duration',
    'geopoint',
    'geojson',
    'any',
  ]);
  const name = /^[a-z0-9._-]+$/;

  it('describes a Data Package: one tabular resource per download, each with the Table Schema of the fields', async () => {
    for (const lang of ['en', 'mn']) {
      const res = await app.inject({ url: `/datasets/organizations/datapackage.json?lang=${lang}` });
      expect(res.statusCode).toBe(200);
      const descriptor = res.json();
      expect(descriptor.name).toMatch(name);
      expect(descriptor.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
      expect(descriptor.title).toBe(lang === 'en' ? 'Public bodies' : 'Төрийн байгууллагууд');
      expect(descriptor.resources.map((r: { format: string }) => r.format)).toEqual([
        'csv',
        'json',
        'ndjson',
        'xlsx',
      ]);
      for (const resource of descriptor.resources) {
        expect(resource.name).toMatch(name);
        expect(resource.path).toMatch(/^http:\/\/shilen\.test\/datasets\/organizations\/download\./);
        expect(resource.type).toBe('table');
        expect(resource.schema).toEqual(descriptor.resources[0].schema);
        for (const field of resource.schema.fields) expect(fieldTypes, field.name).toContain(field.type);
      }
      const schema = descriptor.resources[0].schema;
      expect(schema.primaryKey).toEqual(['slug']);
      expect(schema.fields.map((f: { name: string }) => f.name)).toEqual(fieldNames);
      expect(schema.fields[0].title).toBe(lang === 'en' ? 'Identifier' : 'Таних нэр');
      expect(schema.fields.find((f: { name: string }) => f.name === 'kind').constraints.enum).toContain(
        'ministry',
      );
      expect(descriptor.licenses[0].name).toBe('CC-BY-4.0');
    }
  });

  it('describes the filtered downloads when given filters, and refuses unknown ones', async () => {
    const res = await app.inject({ url: '/datasets/organizations/datapackage.json?kind=court' });
    expect(res.json().resources[0].path).toBe(
      'http://shilen.test/datasets/organizations/download.csv?kind=court',
    );
    const bad = await app.inject({ url: '/datasets/organizations/datapackage.json?kind=bank' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].field).toBe('query.kind');
  });
});

describe('rows API', () => {
  it('pages rows by keyset with the dataset’s filters', async () => {
    const first = (
      await app.inject({ url: '/api/v1/datasets/organizations/rows?limit=5&kind=ministry' })
    ).json();
    expect(first.items).toHaveLength(5);
    const second = (await app.inject({ url: first.links.next.replace('http://shilen.test', '') })).json();
    expect(second.items[0].slug > first.items[4].slug).toBe(true);
    for (const row of [...first.items, ...second.items]) expect(row.kind).toBe('ministry');
    const bad = await app.inject({ url: '/api/v1/datasets/organizations/rows?after=nonsense' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].field).toBe('query.after');
    const meta = (await app.inject({ url: '/api/v1/datasets/organizations' })).json();
    expect(meta.filters.map((f: { name: string }) => f.name)).toEqual(['q', 'kind', 'aimag', 'parent']);
    expect((await app.inject({ url: '/api/v1/datasets' })).json().items).toHaveLength(1);
  });
});
