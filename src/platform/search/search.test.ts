import { describe, expect, it } from 'vitest';
import { createTestApp, createTestContext } from '../../../test/helpers.ts';
import { modules as allModules } from '../../modules/index.ts';
import { updateOrganization } from '../../modules/organizations/update.ts';
import { anonymous, systemActor } from '../auth/actor.ts';
import { sql } from '../db/sql.ts';
import { indexDocuments, reindexSearch, removeDocuments } from './index-documents.ts';
import { search } from './query.ts';
import { actorWith, organizationId, searchTestModule } from './test-support.ts';

const testModule = searchTestModule();
const modules = [...allModules, testModule];
const ctx = await createTestContext(modules);
const finance = await organizationId(ctx.db, 'ministry-of-finance');
const mining = await organizationId(ctx.db, 'ministry-of-mining');
const record = { kind: 'record' } as const;
testModule.documents.push(
  {
    ...record,
    key: 'oyu-tolgoi',
    title: { mn: 'Оюу Толгой ХХК-ийн хөрөнгө оруулалтын гэрээ', en: 'Oyu Tolgoi LLC investment agreement' },
    body: {
      mn: 'Өмнөговь аймгийн Ханбогд сумын зэс, алтны орд.',
      en: 'Copper and gold deposit in Khanbogd soum.',
    },
    url: '/test/oyu-tolgoi',
    organizationId: mining,
    aimag: '46',
    year: 2009,
  },
  {
    ...record,
    key: 'ub-roads',
    title: { mn: 'Улаанбаатар хотын замын засварын тайлан', en: 'Ulaanbaatar city road repair report' },
    url: '/test/ub-roads',
    organizationId: finance,
    aimag: '11',
    year: 2014,
  },
  {
    ...record,
    key: 'khovd-report',
    title: { mn: 'Ховд аймгийн төсвийн тайлан', en: 'Khovd aimag budget report' },
    url: '/test/khovd-report',
    organizationId: finance,
    aimag: '84',
    year: 2014,
  },
  {
    ...record,
    key: 'secret',
    title: { mn: 'Нууц мөрдөн шалгалтын тайлан', en: 'Secret investigation report' },
    url: '/test/secret',
    aimag: '61',
    year: 2015,
    restrictedAction: 'search-test.see-secret',
  },
  {
    ...record,
    key: 'internal',
    title: { mn: 'Дотоод хяналтын тайлан', en: 'Internal control report' },
    url: '/test/internal',
    organizationId: finance,
    aimag: '85',
    year: 2016,
    restrictedAction: 'search-test.see-internal',
  },
  {
    ...record,
    key: 'dam-contract',
    title: {
      mn: 'Зүүнхараа голын далан барих ажлын гүйцэтгэгчтэй байгуулсан гэрээний нэмэлт өөрчлөлт',
      en: 'Amendment to the contract with the builder of the Zuunkharaa river dam',
    },
    url: '/test/dam-contract',
    year: 2018,
  },
  {
    ...record,
    key: 'dam',
    title: { mn: 'Зүүнхараа', en: 'Zuunkharaa' },
    body: {
      mn: 'Сэлэнгэ аймгийн Мандал сумын төв, төмөр замын өртөө, спиртийн үйлдвэр, гурил тээрэм, хүнсний ногооны талбай, голын эрэг дагуух хуучин суурьшлын бүс, сургууль, эмнэлэг.',
      en: 'The centre of Mandal soum of Selenge aimag: a railway station, a distillery, a flour mill, vegetable fields, the old settlement along the river, a school and a hospital.',
    },
    url: '/test/dam',
    year: 2018,
  },
  {
    ...record,
    key: 'xss',
    title: { mn: '<script>alert(1)</script> Хортой гарчиг', en: '<script>alert(1)</script> Harmful title' },
    body: {
      mn: 'Хортой <img src=x onerror=alert(2)> бичвэр',
      en: 'Harmful <img src=x onerror=alert(2)> text',
    },
    url: '/test/xss',
    year: 2020,
  },
);
const { app } = await createTestApp({ modules, ctx });
const keys = async (q: string, actor = anonymous, filters = {}) =>
  (await search(ctx.db, actor, { q, ...filters })).items.map((i) => i.key);

describe('finding a record in either script', () => {
  it('finds "Оюу Толгой" from "Oyu Tolgoi", and the reverse', async () => {
    expect((await keys('Oyu Tolgoi'))[0]).toBe('oyu-tolgoi');
    expect((await keys('Оюу Толгой'))[0]).toBe('oyu-tolgoi');
    expect((await keys('oyuu tolgoy'))[0]).toBe('oyu-tolgoi');
    expect((await keys('ОЮУ'))[0]).toBe('oyu-tolgoi');
  });

  it('forgives typos and other spellings', async () => {
    for (const q of ['Ulaanbatar', 'Ulan Bator', 'Улаанбатар', 'ulanbaatar road'])
      expect(await keys(q)).toContain('ub-roads');
    expect((await keys('Сангийн яамм'))[0]).toBe('ministry-of-finance');
    expect((await keys('Ministry of Finanse'))[0]).toBe('ministry-of-finance');
    expect((await keys('Hovd tosov'))[0]).toBe('khovd-report');
  });

  it('ranks the record whose title is the query first', async () => {
    const result = await search(ctx.db, anonymous, { q: 'Сангийн яам' });
    expect(result.items[0]?.url).toBe('/organizations/ministry-of-finance');
    expect(result.items[0]?.organization?.slug).toBe('ministry-of-finance');
  });

  it('ranks a short title with the word above a long one, whatever the length of the body', async () => {
    expect((await keys('Зүүнхараа')).slice(0, 2)).toEqual(['dam', 'dam-contract']);
    expect((await keys('Zuunkharaa')).slice(0, 2)).toEqual(['dam', 'dam-contract']);
  });

  it('finds nothing when a word matches nothing, and nothing for nothing', async () => {
    expect(await keys('Оюу qqqqzzzz')).toEqual([]);
    expect(await keys('')).toEqual([]);
    expect(await keys('🙂 !!! 北京')).toEqual([]);
  });
});

describe('facets and filters', () => {
  it('counts matches by module, organisation, aimag and year', async () => {
    const result = await search(ctx.db, anonymous, { q: 'тайлан' });
    expect(result.total).toBe(2);
    expect(result.facets.module).toEqual([{ value: 'search-test', count: 2 }]);
    expect(result.facets.year).toEqual([{ value: '2014', count: 2 }]);
    expect(result.facets.organization).toEqual([
      { value: 'ministry-of-finance', count: 2, name: { mn: 'Сангийн яам', en: 'Ministry of Finance' } },
    ]);
    expect(result.facets.aimag.map((a) => [a.value, a.count])).toEqual([
      ['11', 1],
      ['84', 1],
    ]);
  });

  it('narrows by each facet', async () => {
    expect(await keys('report', anonymous, { aimag: '84' })).toEqual(['khovd-report']);
    expect(await keys('Оюу', anonymous, { organization: 'ministry-of-mining' })).toEqual(['oyu-tolgoi']);
    expect(await keys('Оюу', anonymous, { organization: 'ministry-of-finance' })).toEqual([]);
    expect(await keys('oyu', anonymous, { year: 2009, module: 'search-test' })).toEqual(['oyu-tolgoi']);
    expect(await keys('Сангийн', anonymous, { module: 'search-test' })).toEqual([]);
  });

  it('pages through the matches', async () => {
    const first = await search(ctx.db, anonymous, { q: 'яам', pageSize: 2 });
    const second = await search(ctx.db, anonymous, { q: 'яам', pageSize: 2, page: 2 });
    expect(first.total).toBeGreaterThan(4);
    expect(first.items).toHaveLength(2);
    expect(second.items.map((i) => i.key)).not.toContain(first.items[0]!.key);
  });
});

describe('restricted records', () => {
  const officer = actorWith('anti-corruption-officer');

  it('are neither listed nor counted for visitors and citizens', async () => {
    for (const actor of [anonymous, actorWith('citizen')]) {
      const result = await search(ctx.db, actor, { q: 'тайлан' });
      expect(result.items.map((i) => i.key).sort()).toEqual(['khovd-report', 'ub-roads']);
      expect(result.facets.year.map((y) => y.value)).toEqual(['2014']);
      expect(result.facets.aimag.map((a) => a.value)).not.toContain('61');
    }
  });

  it('are found by those allowed their action, and only theirs', async () => {
    expect(await keys('тайлан', officer)).toContain('secret');
    expect(await keys('тайлан', officer)).not.toContain('internal');
    const own = actorWith('organization-publisher', finance);
    expect(await keys('тайлан', own)).toContain('internal');
    expect(await keys('тайлан', own)).not.toContain('secret');
    expect(await keys('тайлан', actorWith('organization-publisher', mining))).not.toContain('internal');
    const withoutSecondFactor = { ...officer, secondFactor: false };
    expect(await keys('тайлан', withoutSecondFactor)).not.toContain('secret');
  });

  it('stay out of the API for visitors', async () => {
    const res = await app.inject({ url: '/api/v1/search?q=secret%20investigation' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ total: 0, items: [] });
  });
});

describe('the search page and API', () => {
  it('shows results with highlights, facets as links, and a count', async () => {
    const res = await app.inject({ url: `/search?q=${encodeURIComponent('Oyu Tolgoi')}&lang=en` });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('href="/test/oyu-tolgoi"');
    expect(res.body).toContain('<mark>Oyu</mark> <mark>Tolgoi</mark>');
    expect(res.body).toContain('href="/search?q=Oyu+Tolgoi&amp;lang=en&amp;year=2009"');
    // The record and the company of that name in the registry of public bodies (state shares).
    expect(res.body).toContain('2 results found');
    expect(res.body).toContain('href="/organizations/oyu-tolgoi"');
    const filtered = await app.inject({ url: '/search?q=report&aimag=84&lang=en' });
    expect(filtered.body).toContain('Remove filter: Khovd');
  });

  it('answers bad filters and empty queries with a page', async () => {
    for (const url of [
      '/search',
      '/search?q=',
      '/search?q=a&q=b',
      '/search?year=abc&page=-1&aimag=<x>&q=Oyu',
    ]) {
      const res = await app.inject({ url });
      expect(res.statusCode).toBe(200);
    }
    const none = await app.inject({ url: '/search?q=qqqqzzzz&lang=en' });
    expect(none.body).toContain('Nothing matches your search.');
  });

  it('does not let a record smuggle markup into the page or the API', async () => {
    const page = await app.inject({ url: `/search?q=${encodeURIComponent('Хортой')}` });
    expect(page.body).toContain('href="/test/xss"');
    expect(page.body).not.toContain('<script>alert(1)');
    expect(page.body).not.toContain('<img src=x');
    expect(page.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt; <mark>Хортой</mark>');
    const api = await app.inject({ url: '/api/v1/search?q=harmful&lang=en' });
    const [item] = api.json().items;
    expect(item.snippet).toBe('<mark>Harmful</mark> &lt;img src=x onerror=alert(2)&gt; text');
  });

  it('gives items, facets, totals and links in the API, described in OpenAPI', async () => {
    const res = await app.inject({ url: '/api/v1/search?q=Ulaanbaatar&pageSize=5' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items.find((i: { module: string }) => i.module === 'search-test')).toMatchObject({
      module: 'search-test',
      kind: 'record',
      kindLabel: 'Туршилтын бичлэг',
      key: 'ub-roads',
      url: 'http://shilen.test/test/ub-roads',
      aimag: { code: '11' },
      year: 2014,
    });
    expect(body.facets.module).toContainEqual({ value: 'search-test', label: 'Туршилтын бүртгэл', count: 1 });
    expect(body.links.self).toBe('http://shilen.test/api/v1/search?q=Ulaanbaatar&pageSize=5');
    expect((await app.inject({ url: '/api/v1/search?q=x&year=abc' })).statusCode).toBe(422);
    const openapi = (await app.inject({ url: '/api/v1/openapi.json' })).json();
    expect(openapi.paths['/api/v1/search'].get.parameters.map((p: { name: string }) => p.name)).toContain(
      'q',
    );
  });
});

describe('keeping the index current', () => {
  it('updates an organisation’s document when the body is edited', async () => {
    expect(await keys('Hydrogen')).toEqual([]);
    const result = await updateOrganization(
      ctx,
      systemActor('test'),
      'ministry-of-energy',
      { nameEn: 'Ministry of Energy and Hydrogen', abbreviation: 'ЭХУСЯ' },
      { ip: '127.0.0.1', requestId: 'test' },
    );
    expect(result.ok).toBe(true);
    expect(await keys('Hydrogen')).toEqual(['ministry-of-energy']);
    expect(await keys('ЭХУСЯ')).toEqual(['ministry-of-energy']);
  });

  it('adds and removes documents inside a transaction, and rebuilds from the modules', async () => {
    await ctx.db.transaction(async (tx) => {
      await indexDocuments(tx, 'search-test', [
        {
          kind: 'record',
          key: 'new',
          title: { mn: 'Шинэ бичлэг Зүүнмод', en: 'New record' },
          url: '/test/new',
        },
      ]);
    });
    expect(await keys('Dzuunmod')).toEqual(['new']);
    await ctx.db.transaction((tx) => removeDocuments(tx, 'search-test', 'record', ['new']));
    expect(await keys('Zuunmod')).toEqual([]);
    const written = await reindexSearch(ctx.db, modules);
    expect(written['search-test']).toBe(testModule.documents.length);
    const [{ n }] = (await ctx.db.query(
      sql`select count(*)::int as n from search_documents where module = 'organizations'`,
    )) as [{ n: number }];
    expect(written.organizations).toBe(n);
    expect((await keys('Oyu Tolgoi'))[0]).toBe('oyu-tolgoi');
  });
});
