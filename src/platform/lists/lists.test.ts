import { Check } from 'typebox/value';
import { describe, expect, it } from 'vitest';
import { createTestContext } from '../../../test/helpers.ts';
import { checkFilters } from '../datasets/filters.ts';
import { sql } from '../db/sql.ts';
import { registerMessages, translator } from '../i18n/index.ts';
import { platformMessages } from '../i18n/messages.ts';
import type { DatasetDeclaration } from '../module.ts';
import type { PageContext } from '../views/context.ts';
import { datasetFilters } from './dataset.ts';
import { boundedPattern, defineList, type ListDeclaration } from './define.ts';
import { fetchPage } from './fetch.ts';
import { listFilterFields, listPage } from './page.ts';
import { MAX_PAGE_SIZE, PAGE_CAP } from './paging.ts';
import { listConditions, listQuerySchema, listWhere, readApiQuery, readPageQuery } from './query.ts';
import { createItems, ITEM_ROWS, itemsList } from './test-support.ts';

const ctx = await createTestContext([]);
const db = ctx.db;
await createItems(db);
registerMessages(platformMessages);

const page = (url: string): PageContext => ({
  locale: 'en',
  t: translator('en'),
  url,
  navigation: [],
  assets: { css: '/assets/shilen.css' },
});

describe('defineList', () => {
  const base: ListDeclaration = {
    id: 'bad',
    pageSize: 10,
    filters: [],
    sort: { default: 'name', tieBreaker: sql`d.id`, keys: { name: () => ({ by: sql`d.name` }) } },
  };
  const where = () => sql`true`;
  it('refuses a declaration with a mistake, naming the list and what is wrong', () => {
    const cases: [Partial<ListDeclaration>, RegExp][] = [
      [
        { filters: [{ name: 'page', control: 'text', label: 'x', where }] },
        /list bad: filter name "page" is reserved/,
      ],
      [{ filters: [{ name: 'Kind', control: 'text', label: 'x', where }] }, /not a camelCase parameter name/],
      [
        {
          filters: [
            { name: 'a', control: 'text', label: 'x', where },
            { name: 'a', control: 'text', label: 'x', where },
          ],
        },
        /filter "a" is declared twice/,
      ],
      [
        { filters: [{ name: 'a', control: 'select', label: 'x', where }] },
        /select filter "a" has no options/,
      ],
      [
        { filters: [{ name: 'a', control: 'text', label: 'x', pattern: /^[a-z]+$/, where }] },
        /pattern \/\^\[a-z\]\+\$\/ must be anchored and bounded/,
      ],
      [
        { filters: [{ name: 'a', control: 'select', label: 'x', options: async () => [], where }] },
        /loads its options, so it needs a pattern/,
      ],
      [
        { filters: [{ name: 'a', control: 'text', label: 'x', default: 'b', where }] },
        /filter "a" has a default but is not a select/,
      ],
      [{ sort: { ...base.sort, default: '-size' } }, /default sort "-size" is not a key/],
      [{ pageSize: MAX_PAGE_SIZE + 1 }, /page size 501 is not between 1 and 500/],
      [{ apiPageSize: 0 }, /page size 0 is not between/],
    ];
    for (const [change, message] of cases) expect(() => defineList({ ...base, ...change })).toThrow(message);
    expect(defineList(base)).toBe(base);
  });

  it('knows a bounded pattern from an unbounded one', () => {
    expect(boundedPattern(/^[a-z0-9-]{1,100}$/)).toBe(true);
    expect(boundedPattern(/^\d{2}$/)).toBe(true);
    expect(boundedPattern(/^[a-z]+$/)).toBe(false);
    expect(boundedPattern(/^a{1,}$/)).toBe(false);
    expect(boundedPattern(/[a-z]{1,3}/)).toBe(false);
    expect(boundedPattern(/^\+{1,3}$/)).toBe(true);
  });
});

describe('API query schema', () => {
  it('is generated from the declaration, every string bounded, paging under the one cap', () => {
    const schema = listQuerySchema(itemsList, { paging: 'offset' }) as unknown as {
      properties: Record<string, Record<string, unknown>>;
      additionalProperties: boolean;
    };
    const p = schema.properties;
    expect(Object.keys(p)).toEqual(['q', 'kind', 'region', 'big', 'code', 'sort', 'page', 'pageSize']);
    expect(p.q).toMatchObject({ type: 'string', maxLength: 20 });
    expect(p.kind).toMatchObject({ enum: ['tool', 'toy', 'food'] });
    expect(p.region).toMatchObject({ type: 'string', pattern: '^[a-z]{1,10}$' });
    expect(p.big).toMatchObject({ enum: ['1'] });
    expect(p.sort).toMatchObject({
      enum: ['name', '-name', 'score', '-score', 'region', '-region'],
      default: 'name',
    });
    expect(p.page).toMatchObject({ type: 'integer', minimum: 1, maximum: PAGE_CAP, default: 1 });
    expect(p.pageSize).toMatchObject({ type: 'integer', maximum: MAX_PAGE_SIZE, default: 6 });
    expect(schema.additionalProperties).toBe(false);
    for (const [name, s] of Object.entries(p))
      if (s.type === 'string')
        expect(
          s.maxLength !== undefined || boundedPattern(new RegExp(String(s.pattern))),
          `${name} is bounded`,
        ).toBe(true);
  });

  it('accepts what the list takes and refuses the rest', () => {
    const schema = listQuerySchema(itemsList, { paging: 'offset' });
    expect(
      Check(schema, { q: 'apple', kind: 'toy', region: 'north', big: '1', sort: '-score', page: 2 }),
    ).toBe(true);
    for (const bad of [
      { q: 'x'.repeat(21) },
      { kind: 'weapon' },
      { region: 'North!' },
      { big: 'yes' },
      { sort: 'price' },
      { page: PAGE_CAP + 1 },
      { pageSize: MAX_PAGE_SIZE + 1 },
      { unknown: '1' },
    ])
      expect(Check(schema, bad), JSON.stringify(bad)).toBe(false);
  });

  it('has a cursor and a limit for keyset paging, and extra parameters of the route', () => {
    const schema = listQuerySchema(itemsList, {
      paging: 'keyset',
      extra: { lang: listQuerySchema(itemsList, { paging: 'offset' }).properties.q! },
    }) as unknown as { properties: Record<string, Record<string, unknown>> };
    expect(schema.properties.after).toMatchObject({ type: 'string', maxLength: 2000 });
    expect(schema.properties.limit).toMatchObject({ maximum: MAX_PAGE_SIZE, default: 6 });
    expect(schema.properties.page).toBeUndefined();
    expect(Object.keys(schema.properties).at(-1)).toBe('lang');
  });

  it('takes a checked query apart, with the defaults', () => {
    expect(readApiQuery(itemsList, { kind: 'toy', sort: '-score', page: 3, lang: 'en' })).toEqual({
      filters: { kind: 'toy' },
      sort: '-score',
      page: 3,
      pageSize: 6,
      limit: 6,
    });
    expect(readApiQuery(itemsList, {}).sort).toBe('name');
  });
});

describe('lenient page reader', () => {
  it('keeps the values allowed and ignores the others, naming them', async () => {
    const read = await readPageQuery(
      db,
      itemsList,
      {
        q: '  apple  ',
        kind: '<script>',
        region: 'south',
        big: 'on',
        code: "AB-1' or 1=1",
        sort: 'drop table',
        page: '-4',
      },
      'en',
    );
    expect(read.filters).toEqual({ q: 'apple', region: 'south' });
    expect(read.ignored.sort()).toEqual(['big', 'code', 'kind', 'sort']);
    expect(read.sort).toBe('name');
    expect(read.page).toBe(1);
  });

  it('checks loaded choices, cuts long text, ignores control characters and repeated parameters', async () => {
    const read = await readPageQuery(
      db,
      itemsList,
      { q: 'a'.repeat(300), region: 'east', kind: ['toy', 'tool'], code: 'AB-7', big: '1', page: '3' },
      'en',
    );
    expect(read.filters).toEqual({ q: 'a'.repeat(20), code: 'AB-7', big: '1' });
    expect(read.ignored.sort()).toEqual(['kind', 'region']);
    expect(read.page).toBe(3);
    expect(read.options.get('region')?.map((o) => o.value)).toEqual(['north', 'south']);
    expect((await readPageQuery(db, itemsList, { q: 'a\u0007b', kind: '' }, 'en')).filters).toEqual({});
    expect((await readPageQuery(db, itemsList, { q: 'a\tb' }, 'en')).filters).toEqual({ q: 'a\tb' });
  });

  it('ignores a value its pattern lets through but its check refuses', async () => {
    const days = defineList({
      ...itemsList,
      id: 'days',
      filters: [
        {
          name: 'on',
          control: 'text',
          label: 'items.q',
          pattern: /^\d{4}-\d{2}-\d{2}$/,
          check: (v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && v.slice(8) <= '28',
          where: (v) => sql`${v}::date is not null`,
        },
      ],
    });
    expect((await readPageQuery(db, days, { on: '2031-02-28' }, 'en')).filters).toEqual({ on: '2031-02-28' });
    for (const on of ['2031-02-30', '2031-2-3']) {
      const read = await readPageQuery(db, days, { on }, 'en');
      expect(read.filters, on).toEqual({});
      expect(read.ignored, on).toEqual(['on']);
    }
  });
});

describe('SQL conditions', () => {
  it('puts every value in a parameter, never in the text, hostile ones included', async () => {
    const hostile = "'; drop table list_items; --";
    const where = listWhere(itemsList, { q: hostile, kind: 'toy' }).compile();
    expect(where.text).toBe('where d.name like $1 and d.kind = $2');
    expect(where.params).toEqual([`%${hostile}%`, 'toy']);
    const found = await fetchPage(db, itemsList, {
      rows: ITEM_ROWS,
      filters: { q: hostile },
      sort: 'name',
      locale: 'en',
      page: 1,
      pageSize: 10,
    });
    expect(found.total).toBe(0);
    const [count] = await db.query<{ n: number }>(sql`select count(*)::int as n from list_items`);
    expect(count?.n).toBe(23);
  });

  it('gives no condition for an absent filter and one per value given, in declaration order', async () => {
    expect(listConditions(itemsList, {})).toEqual([]);
    expect(listWhere(itemsList, {}).compile().text).toBe('');
    const texts = listConditions(itemsList, { big: '1', kind: 'food' }).map((c) => c.compile().text);
    expect(texts).toEqual(['d.kind = $1', 'd.score > 5']);
    const quoted = await fetchPage<{ name: string }>(db, itemsList, {
      rows: ITEM_ROWS,
      filters: { q: "o'clock" },
      sort: 'name',
      locale: 'en',
      page: 1,
      pageSize: 10,
    });
    expect(quoted.items.map((i) => i.name)).toEqual(["o'clock", "o'clock"]);
  });
});

describe('dataset download filters', () => {
  const dataset = { id: 'items', filters: datasetFilters(itemsList) } as unknown as DatasetDeclaration;

  it('are the list’s filters: names, titles from the labels, choices and conditions', async () => {
    const filters = datasetFilters(itemsList);
    expect(filters.map((f) => f.name)).toEqual(['q', 'kind', 'region', 'big', 'code']);
    expect(filters[1]?.title).toEqual({ mn: 'Төрөл', en: 'Kind' });
    expect(filters[1]?.values).toEqual(['tool', 'toy', 'food']);
    expect(filters[0]?.pattern?.test('a'.repeat(20))).toBe(true);
    expect(filters[0]?.pattern?.test('a'.repeat(21))).toBe(false);
    expect(filters[4]?.pattern).toBe(itemsList.filters[4]?.pattern);
    expect(filters[1]?.where?.('toy').compile()).toEqual({ text: 'd.kind = $1', params: ['toy'] });
  });

  it('accept what the page keeps and refuse, naming it, what the page ignores', async () => {
    const ok = await checkFilters(db, dataset, { kind: 'toy', region: 'north', big: '1', code: 'AB-7' });
    expect(ok).toEqual({ ok: true, filters: { kind: 'toy', region: 'north', big: '1', code: 'AB-7' } });
    const bad = await checkFilters(db, dataset, { kind: 'weapon', region: 'east', big: 'on', code: 'x' });
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.errors.map((e) => e.field).sort()).toEqual([
        'query.big',
        'query.code',
        'query.kind',
        'query.region',
      ]);
  });
});

describe('list page frame', () => {
  it('carries a filter kept off the form as a hidden field, and gives a text filter its input type', async () => {
    const query = await readPageQuery(db, itemsList, { code: 'AB-12', q: 'x' }, 'en');
    const fields = listFilterFields(page('/items?code=AB-12&q=x'), itemsList, query)
      .map((f) => f.value)
      .join('');
    expect(fields).toContain('<input type="hidden" name="code" value="AB-12">');
    expect(fields).not.toContain('<label for="code"');
    const none = await readPageQuery(db, itemsList, {}, 'en');
    expect(
      listFilterFields(page('/items'), itemsList, none)
        .map((f) => f.value)
        .join(''),
    ).not.toContain('name="code"');
    const dated = defineList({
      ...itemsList,
      id: 'dated',
      filters: [
        {
          name: 'from',
          control: 'text',
          label: 'items.q',
          input: { type: 'date' },
          pattern: /^\d{4}-\d{2}-\d{2}$/,
          where: () => sql`true`,
        },
      ],
    });
    const from = listFilterFields(page('/dated'), dated, await readPageQuery(db, dated, {}, 'en'));
    expect(from.map((f) => f.value).join('')).toContain('type="date"');
  });

  it('opens a select with a default on it, chosen and without "any", and keeps a value asked for', async () => {
    const queue = defineList({
      ...itemsList,
      id: 'queue',
      filters: [{ ...itemsList.filters[1]!, default: 'toy' }],
    });
    const none = await readPageQuery(db, queue, {}, 'en');
    expect(none.filters).toEqual({ kind: 'toy' });
    expect((await readPageQuery(db, queue, { kind: 'nope' }, 'en')).filters).toEqual({ kind: 'toy' });
    expect((await readPageQuery(db, queue, { kind: 'food' }, 'en')).filters).toEqual({ kind: 'food' });
    const fields = listFilterFields(page('/queue'), queue, none)
      .map((f) => f.value)
      .join('');
    expect(fields).toContain('<option value="toy" selected>');
    expect(fields).not.toContain('<option value="">');
  });

  it('renders lead, filters in their controls, downloads, count, table, pagination and alternates', async () => {
    const url = '/items?big=1&sort=-score&page=2';
    const query = await readPageQuery(db, itemsList, { big: '1', sort: '-score', page: '2' }, 'en');
    const result = await fetchPage<{ name: string; score: number }>(db, itemsList, {
      rows: ITEM_ROWS,
      ...query,
      locale: 'en',
      pageSize: itemsList.pageSize,
    });
    const options = listPage(page(url), {
      list: itemsList,
      query,
      path: '/items',
      title: 'Items',
      lead: 'Every item.',
      count: `${result.total} items`,
      total: result.total,
      empty: { title: 'No item matches.' },
      downloads: { formats: ['csv', 'json'], api: '/api/v1/items' },
      table: {
        caption: 'Items',
        columns: [
          { key: 'name', label: 'Name', sortable: true },
          { key: 'score', label: 'Score', sortable: true, numeric: true },
        ],
        rows: result.items.map((i) => [i.name, i.score]),
      },
    });
    const main = options.main.value;
    expect(options.breadcrumbs).toEqual([{ label: 'Items' }]);
    expect(options.alternates).toEqual([
      { href: '/items.csv?big=1', type: 'text/csv' },
      { href: '/api/v1/items?big=1', type: 'application/json' },
    ]);
    expect(main).toContain('<p class="lead">Every item.</p>');
    expect(main).toContain('<form class="filters" method="get" action="/items"');
    expect(main).toContain('<input id="q" name="q" type="text" value=""');
    expect(main).toContain('<option value="toy">Toy</option>');
    expect(main).toContain('<option value="north">north (en)</option>');
    expect(main).toMatch(/<input type="checkbox" id="big" name="big" value="1" checked>/);
    expect(main).not.toContain('name="code"');
    expect(main).toContain('href="/items.json?big=1" download');
    expect(main).toContain(`<p class="result-count" role="status">${result.total} items</p>`);
    expect(main).toContain('aria-sort="descending"');
    expect(main).toContain('class="pagination"');
    expect(main).toContain('aria-current="page">2</a>');
  });

  it('shows the empty state instead of a table when nothing matches', async () => {
    const query = await readPageQuery(db, itemsList, { q: 'nothing' }, 'mn');
    const options = listPage(page('/items?q=nothing'), {
      list: itemsList,
      query,
      path: '/items',
      title: 'Items',
      count: '0 items',
      total: 0,
      empty: { title: 'No item matches.', hint: 'Clear the filters.' },
      table: { caption: 'Items', columns: [{ key: 'name', label: 'Name' }], rows: [] },
    });
    expect(options.main.value).toContain(
      '<p class="empty-title">No item matches.</p><p>Clear the filters.</p>',
    );
    expect(options.main.value).not.toContain('<table');
    expect(options.main.value).not.toContain('class="downloads"');
    expect(options.alternates).toEqual([]);
  });
});
