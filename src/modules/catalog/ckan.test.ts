import { describe, expect, it } from 'vitest';
import { baseModules, createTestApp } from '../../../test/helpers.ts';
import { parseQuery } from './ckan/query.ts';

const { app } = await createTestApp({ modules: baseModules });

async function action(name: string, params: Record<string, string> = {}) {
  const res = await app.inject({ url: `/api/3/action/${name}?${new URLSearchParams(params)}` });
  return { status: res.statusCode, body: res.json() };
}

/**
 * What ckanext-harvest's CKAN harvester does in its gather stage: package_search sorted by id,
 * `fq` from its filters (and `metadata_modified:[since TO *]` after a first harvest), paging with
 * rows and start until a page comes back empty, dropping ids it has seen.
 */
async function harvest(fqTerms: string[], rows = 1) {
  const params: Record<string, string> = { rows: String(rows), start: '0', sort: 'id asc' };
  if (fqTerms.length > 0) params.fq = fqTerms.join(' ');
  const seen = new Map<string, { id: string; name: string; metadata_modified: string }>();
  let previous = '';
  for (;;) {
    const res = await app.inject({ url: `/api/3/action/package_search?${new URLSearchParams(params)}` });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toBe(previous);
    previous = res.body;
    const page = res.json().result.results as { id: string; name: string; metadata_modified: string }[];
    if (page.length === 0) break;
    for (const p of page) if (!seen.has(p.id)) seen.set(p.id, p);
    params.start = String(Number(params.start) + Number(params.rows));
  }
  return [...seen.values()];
}

describe('CKAN action API', () => {
  it('answers in CKAN’s envelope', async () => {
    const { status, body } = await action('package_list');
    expect(status).toBe(200);
    expect(body).toEqual({
      help: 'http://shilen.test/api/3/action/help_show?name=package_list',
      success: true,
      result: ['organizations'],
    });
    const status_ = (await action('status_show')).body.result;
    expect(status_).toMatchObject({ site_url: 'http://shilen.test', locale_default: 'mn' });
    expect(status_.ckan_version).toMatch(/^2\./);
  });

  it('shows a package as CKAN clients expect it, by name or by id', async () => {
    const pkg = (await action('package_show', { id: 'organizations', lang: 'en' })).body.result;
    expect(pkg).toMatchObject({
      name: 'organizations',
      title: 'Public bodies',
      title_translated: { mn: 'Төрийн байгууллагууд', en: 'Public bodies' },
      notes: 'Directory of public bodies: kind, hierarchy, location and contact details.',
      license_id: 'cc-by',
      state: 'active',
      private: false,
      organization: { name: 'cabinet-secretariat', is_organization: true },
    });
    expect(pkg.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(pkg.metadata_modified).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/);
    expect(pkg.tags.map((t: { name: string }) => t.name)).toContain('public bodies');
    expect(pkg.groups.map((g: { name: string }) => g.name)).toEqual(['gove', 'regi']);
    expect(pkg.resources.map((r: { format: string }) => r.format)).toEqual(
      expect.arrayContaining(['CSV', 'JSON', 'NDJSON', 'XLSX', 'API']),
    );
    for (const r of pkg.resources) {
      expect(r).toHaveProperty('id');
      expect(r.url).toMatch(/^http:\/\/shilen\.test\//);
      expect(r).toHaveProperty('name');
    }
    expect(pkg.extras).toEqual(expect.arrayContaining([{ key: 'frequency', value: 'irregular' }]));
    const byId = (await action('package_show', { id: pkg.id })).body.result;
    expect(byId.name).toBe('organizations');
    const posted = await app.inject({
      method: 'POST',
      url: '/api/3/action/package_show',
      payload: { id: 'organizations' },
    });
    expect(posted.json().result.id).toBe(pkg.id);
  });

  it('searches with q, fq, rows, start, sort and facets', async () => {
    const search = async (params: Record<string, string>) =>
      (await action('package_search', params)).body.result;
    // The one dataset is found, or none.
    for (const q of ['bodies', 'агентлаг', '*:*', 'name:organizations'])
      expect((await search({ q })).count, q).toBe(1);
    expect((await search({ q: 'budgets' })).count).toBe(0);
    for (const fq of [
      'organization:cabinet-secretariat',
      'tags:"public bodies"',
      'res_format:XLSX AND groups:gove',
      'groups:(heal OR regi)',
      'license_id:cc-by',
    ])
      expect((await search({ fq })).count, fq).toBe(1);
    for (const fq of ['-organization:cabinet-secretariat', 'res_format:PDF OR groups:heal'])
      expect((await search({ fq })).count, fq).toBe(0);
    const page = await search({ rows: '0' });
    expect(page.count).toBe(1);
    expect(page.results).toEqual([]);
    expect((await search({ start: '1' })).results).toEqual([]);
    for (const sort of ['metadata_modified desc', 'name asc', 'score desc, metadata_modified desc', 'id asc'])
      expect((await search({ sort })).sort).toBe(sort);
    const faceted = await search({
      'facet.field': '["organization","groups","res_format","tags"]',
      'facet.limit': '3',
    });
    expect(faceted.facets.organization).toEqual({ 'cabinet-secretariat': 1 });
    expect(faceted.search_facets.groups.items).toEqual(
      expect.arrayContaining([{ name: 'gove', display_name: expect.any(String), count: 1 }]),
    );
    expect(faceted.search_facets.tags.items).toHaveLength(3);
  });

  it('serves a harvester’s full and incremental gathers', async () => {
    const all = await harvest([]);
    expect(all.map((p) => p.name)).toEqual(['organizations']);
    const filtered = await harvest(['organization:cabinet-secretariat', '-groups:heal']);
    expect(filtered).toHaveLength(1);
    const hourAgo = new Date(Date.now() - 3_600_000).toISOString().slice(0, 19);
    expect(await harvest([`metadata_modified:[${hourAgo}Z TO *]`])).toHaveLength(1);
    expect(await harvest([`metadata_modified:[${hourAgo}.123456Z TO *]`], 100)).toHaveLength(1);
    expect(await harvest(['metadata_modified:[NOW-1DAY TO NOW]'])).toHaveLength(1);
    expect(await harvest(['metadata_modified:[2999-01-01T00:00:00Z TO *]'])).toHaveLength(0);
    // The newer harvesters join their terms with OR inside parentheses.
    expect(await harvest([`(organization:nobody OR metadata_modified:[${hourAgo}Z TO *])`])).toHaveLength(1);
    // Then each package, as its fetch and import stages read it.
    const pkg = (await action('package_show', { id: all[0]!.id })).body.result;
    expect(pkg.metadata_modified).toBe(all[0]!.metadata_modified);
  });

  it('lists and shows organisations and groups', async () => {
    expect((await action('organization_list')).body.result).toEqual(['cabinet-secretariat']);
    const [org] = (await action('organization_list', { all_fields: 'true', lang: 'en' })).body.result;
    expect(org).toMatchObject({
      name: 'cabinet-secretariat',
      title: 'Cabinet Secretariat of the Government of Mongolia',
      package_count: 1,
      is_organization: true,
    });
    const shown = (await action('organization_show', { id: org.id, include_datasets: 'true' })).body.result;
    expect(shown.packages.map((p: { name: string }) => p.name)).toEqual(['organizations']);
    const other = (await action('organization_show', { id: 'ministry-of-finance' })).body.result;
    expect(other.package_count).toBe(0);
    expect((await action('group_list')).body.result).toEqual(['gove', 'regi']);
    expect((await action('group_show', { id: 'gove' })).body.result.package_count).toBe(1);
    expect((await action('license_list')).body.result.map((l: { id: string }) => l.id)).toContain('cc-by');
  });

  it('reports errors in CKAN’s form with CKAN’s statuses', async () => {
    const unknown = await action('package_create');
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({
      success: false,
      error: { __type: 'Bad Request', message: 'Bad request - Action name not known: package_create' },
    });
    const missing = await action('package_show', { id: 'budgets' });
    expect(missing.status).toBe(404);
    expect(missing.body.error).toEqual({ __type: 'Not Found Error', message: 'Not found' });
    const noId = await action('package_show');
    expect(noId.status).toBe(409);
    expect(noId.body.error).toMatchObject({ __type: 'Validation Error', id: ['Missing value'] });
    const rows = await action('package_search', { rows: 'many' });
    expect(rows.status).toBe(409);
    expect(rows.body.error.rows).toEqual(['Invalid integer']);
    const syntax = await action('package_search', { fq: 'metadata_modified:[yesterday TO *]' });
    expect(syntax.status).toBe(400);
    expect(syntax.body.error.__type).toBe('Search Query Error');
    const field = await action('package_search', { fq: 'colour:red' });
    expect(field.body.error.message).toContain('unknown field "colour"');
    const sort = await action('package_search', { sort: 'popularity desc' });
    expect(sort.status).toBe(400);
    const body = await app.inject({
      method: 'POST',
      url: '/api/3/action/package_show',
      payload: '[1]',
      headers: { 'content-type': 'application/json' },
    });
    expect(body.statusCode).toBe(400);
    expect(body.json().success).toBe(false);
  });
});

describe('Solr query subset', () => {
  it('parses fields, phrases, ranges, negation, grouping and dates with colons', () => {
    expect(parseQuery('')).toEqual({ kind: 'all' });
    expect(parseQuery('*:*')).toEqual({ kind: 'all' });
    expect(parseQuery('tags:"public bodies" -organization:x')).toEqual({
      kind: 'and',
      queries: [
        { kind: 'term', field: 'tags', value: 'public bodies', phrase: true },
        { kind: 'not', query: { kind: 'term', field: 'organization', value: 'x', phrase: false } },
      ],
    });
    expect(parseQuery('metadata_modified:[2024-01-01T00:00:00.5Z TO *]')).toEqual({
      kind: 'range',
      field: 'metadata_modified',
      from: '2024-01-01T00:00:00.5Z',
      to: '*',
      fromInclusive: true,
      toInclusive: true,
    });
    expect(parseQuery('groups:(a OR b)')).toMatchObject({
      kind: 'or',
      queries: [{ field: 'groups' }, { field: 'groups' }],
    });
    expect(() => parseQuery('tags:"open')).toThrow(/unclosed quote/);
    expect(() => parseQuery('(a')).toThrow();
  });
});
