import { describe, expect, it } from 'vitest';
import { createTestContext } from '../../../test/helpers.ts';
import { sql } from '../db/sql.ts';
import { AppError } from '../http/errors.ts';
import { defineList, type ListDeclaration, sortValues } from './define.ts';
import { fetchAfter, fetchPage } from './fetch.ts';
import {
  decodeCursor,
  encodeCursor,
  MAX_PAGE_SIZE,
  offsetLinks,
  PAGE_CAP,
  pageOffset,
  readPageNumber,
} from './paging.ts';
import { listOrder } from './query.ts';
import { createItems, ITEM_ROWS, itemsList } from './test-support.ts';

const ctx = await createTestContext([]);
const db = ctx.db;
await createItems(db);

interface Item {
  id: number;
  name: string;
  score: number;
  region: string | null;
}

const request = { rows: ITEM_ROWS, filters: {}, locale: 'en' as const };

/** Every page of a sort by OFFSET, concatenated. */
async function allByOffset(sort: string, pageSize: number, filters = {}): Promise<Item[]> {
  const items: Item[] = [];
  for (let p = 1; ; p++) {
    const result = await fetchPage<Item>(db, itemsList, { ...request, filters, sort, page: p, pageSize });
    items.push(...result.items);
    if (p * pageSize >= result.total) return items;
  }
}

describe('the one cap', () => {
  it('reads page numbers leniently and clamps them', () => {
    expect(readPageNumber(undefined)).toBe(1);
    expect(readPageNumber('')).toBe(1);
    expect(readPageNumber('abc')).toBe(1);
    expect(readPageNumber('-4')).toBe(1);
    expect(readPageNumber('0')).toBe(1);
    expect(readPageNumber('7')).toBe(7);
    expect(readPageNumber('7abc')).toBe(7);
    expect(readPageNumber(['2', '3'])).toBe(1);
    expect(readPageNumber(String(PAGE_CAP + 1))).toBe(PAGE_CAP);
    expect(readPageNumber('9'.repeat(400))).toBe(PAGE_CAP);
    expect(PAGE_CAP).toBe(100_000);
    expect(MAX_PAGE_SIZE).toBe(500);
  });

  it('never asks past the cap, and a page past the last is empty, with the total', async () => {
    expect(pageOffset(PAGE_CAP + 5, 25)).toBe((PAGE_CAP - 1) * 25);
    const far = await fetchPage<Item>(db, itemsList, {
      ...request,
      sort: 'name',
      page: 10 ** 9,
      pageSize: 4,
    });
    expect(far).toEqual({ items: [], total: 23, page: PAGE_CAP, pageSize: 4 });
  });
});

describe('offset paging', () => {
  it('gives each row exactly once across pages, in every sort, equal values ordered by the tie-breaker', async () => {
    for (const sort of sortValues(itemsList)) {
      const paged = await allByOffset(sort, 4);
      const whole = (await fetchPage<Item>(db, itemsList, { ...request, sort, page: 1, pageSize: 100 }))
        .items;
      expect(
        paged.map((i) => i.id),
        sort,
      ).toEqual(whole.map((i) => i.id));
      expect(new Set(paged.map((i) => i.id)).size).toBe(23);
    }
    const apples = (await allByOffset('name', 2)).filter((i) => i.name === 'apple').map((i) => i.id);
    expect(apples.length).toBeGreaterThan(3);
    expect(apples).toEqual([...apples].sort((a, b) => a - b));
    const descending = (await allByOffset('-name', 3)).filter((i) => i.name === 'apple').map((i) => i.id);
    // `-` reverses the main expression only: equal names still go up by the tie-breaker.
    expect(descending).toEqual(apples);
  });

  it('counts the filtered rows and links the neighbouring pages', async () => {
    const toys = await fetchPage<Item>(db, itemsList, {
      ...request,
      filters: { kind: 'toy' },
      sort: 'score',
      page: 2,
      pageSize: 3,
    });
    expect(toys.total).toBe(8);
    expect(toys.items).toHaveLength(3);
    expect(offsetLinks('https://x.mn', '/api/v1/items?kind=toy&page=2&pageSize=3', toys)).toEqual({
      self: 'https://x.mn/api/v1/items?kind=toy&page=2&pageSize=3',
      next: 'https://x.mn/api/v1/items?kind=toy&page=3&pageSize=3',
      prev: 'https://x.mn/api/v1/items?kind=toy&page=1&pageSize=3',
    });
    expect(offsetLinks('', '/i?page=3', { page: 3, pageSize: 3, total: 8 })).toEqual({
      self: '/i?page=3',
      prev: '/i?page=2',
    });
    expect(offsetLinks('', '/i', { page: 1, pageSize: 3, total: 0 })).toEqual({ self: '/i' });
  });
});

/**
 * Every page of a sort after a cursor (`next`) or after the last values (`nextKey`), five rows a
 * page, with the whole list by OFFSET to compare, the pages read and the keys that continued them.
 */
async function everyPage(list: ListDeclaration, sort: string, by: 'cursor' | 'key') {
  const whole = (await fetchPage<Item>(db, list, { ...request, sort, page: 1, pageSize: 100 })).items;
  const seen: Item[] = [];
  const keys: unknown[][] = [];
  let position: { after: string } | { afterKey: unknown[] } | undefined;
  let pages = 0;
  do {
    const result = await fetchAfter<Item>(db, list, { ...request, sort, limit: 5, ...position });
    seen.push(...result.items);
    if (result.nextKey) keys.push(result.nextKey);
    position =
      by === 'cursor'
        ? result.next
          ? { after: result.next }
          : undefined
        : result.nextKey && { afterKey: result.nextKey };
    pages++;
  } while (position);
  return { whole, seen, pages, keys };
}

describe('keyset paging', () => {
  it('continues each page where the last ended, in every sort (both directions), with no row twice', async () => {
    for (const sort of sortValues(itemsList)) {
      const { whole, seen, pages } = await everyPage(itemsList, sort, 'cursor');
      expect(
        seen.map((i) => i.id),
        sort,
      ).toEqual(whole.map((i) => i.id));
      expect(pages, sort).toBe(5);
      expect(Object.keys(seen[0]!).sort()).toEqual(['code', 'id', 'kind', 'name', 'region', 'score']);
    }
  });

  it('keeps its place when rows are added before the cursor, unlike an offset', async () => {
    const first = await fetchAfter<Item>(db, itemsList, { ...request, sort: 'name', limit: 4 });
    await db.query(
      (await import('../db/sql.ts'))
        .sql`insert into list_items (name, kind, region, score, code) values ('aaa', 'toy', null, 1, 'AB-99')`,
    );
    const second = await fetchAfter<Item>(db, itemsList, {
      ...request,
      sort: 'name',
      limit: 4,
      after: first.next!,
    });
    const whole = (await fetchPage<Item>(db, itemsList, { ...request, sort: 'name', page: 1, pageSize: 100 }))
      .items;
    const lastSeen = whole.findIndex((i) => i.id === first.items.at(-1)!.id);
    expect(second.items.map((i) => i.id)).toEqual(whole.slice(lastSeen + 1, lastSeen + 5).map((i) => i.id));
    await db.query(sql`delete from list_items where code = 'AB-99'`);
  });

  it('filters too, and gives no cursor on the last page', async () => {
    const result = await fetchAfter<Item>(db, itemsList, {
      ...request,
      filters: { region: 'north' },
      sort: 'score',
      limit: 50,
    });
    expect(result.items.every((i) => i.region === 'north')).toBe(true);
    expect(result.next).toBeUndefined();
  });

  it('runs the tie-breaker in the direction of the sort when asked, newest first by the tie-breaker alone', async () => {
    const newest = defineList({
      id: 'items-newest',
      pageSize: 4,
      filters: itemsList.filters,
      sort: {
        default: '-id',
        tieBreaker: sql`d.id`,
        tieBreakerDirection: 'sort',
        keys: { id: () => ({ by: sql`d.id` }), score: () => ({ by: sql`d.score` }) },
      },
    });
    const directions = (sort: string) => listOrder(newest, sort, 'en').map((t) => t.desc);
    expect(directions('-id')).toEqual([true]);
    expect(directions('id')).toEqual([false]);
    expect(directions('-score')).toEqual([true, true]);
    expect(directions('score')).toEqual([false, false]);
    expect(listOrder(itemsList, '-score', 'en').map((t) => t.desc)).toEqual([true, false, false]);
    for (const sort of sortValues(newest)) {
      const { whole, seen, keys } = await everyPage(newest, sort, 'key');
      if (sort.endsWith('id')) expect(keys).toEqual([5, 10, 15, 20].map((n) => [seen[n - 1]!.id]));
      expect(
        seen.map((i) => i.id),
        sort,
      ).toEqual(whole.map((i) => i.id));
    }
    const ids = (await fetchPage<Item>(db, newest, { ...request, sort: '-id', page: 1, pageSize: 100 }))
      .items;
    expect(ids.map((i) => i.id)).toEqual(ids.map((i) => i.id).sort((a, b) => b - a));
    const equalScores = ids.filter((i) => i.score === 0).map((i) => i.id);
    const byScore = (
      await fetchPage<Item>(db, newest, { ...request, sort: '-score', page: 1, pageSize: 100 })
    ).items;
    expect(byScore.filter((i) => i.score === 0).map((i) => i.id)).toEqual(equalScores);
  });

  it('refuses a cursor it did not give with a 422 naming query.after', async () => {
    expect(decodeCursor(encodeCursor(['a', 2, null]), 3)).toEqual(['a', 2, null]);
    for (const cursor of [
      'not base64 json',
      encodeCursor(['a']),
      encodeCursor([{ x: 1 }, 1]),
      encodeCursor('ab' as never),
    ]) {
      let error: unknown;
      try {
        decodeCursor(cursor, 2);
      } catch (e) {
        error = e;
      }
      expect(error, cursor).toBeInstanceOf(AppError);
      expect((error as AppError).errors).toEqual([
        { field: 'query.after', message: 'is not a cursor this API gave' },
      ]);
    }
    await expect(
      fetchAfter<Item>(db, itemsList, {
        ...request,
        sort: 'name',
        limit: 5,
        after: encodeCursor(["~'; drop table list_items; --", 1]),
      }),
    ).resolves.toEqual({ items: [] });
  });
});
