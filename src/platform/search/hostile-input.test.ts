import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers.ts';
import { anonymous } from '../auth/actor.ts';
import { sql } from '../db/sql.ts';
import { search } from './query.ts';

const { app, ctx } = await createTestApp();

/** Text that is hard on a search: query syntax, SQL, regex, markup, other scripts, control characters. */
const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc
    .array(
      fc.constantFrom(
        'Оюу',
        'Толгой',
        'Сангийн',
        'Ulaanbaatar',
        "'",
        '"',
        '\\',
        '&',
        '|',
        '!',
        '(',
        ')',
        ':*',
        '<->',
        '%',
        '_',
        '--',
        ';',
        "' or 1=1 --",
        'drop table search_documents;',
        '.*+?^[]{}$',
        '<script>alert(1)</script>',
        '🙂',
        '北京',
        '\u0000',
        '\u202e',
        '\ud800',
        ' ',
      ),
      { maxLength: 40 },
    )
    .map((parts) => parts.join('')),
);

describe('any input gives a list, never an error', () => {
  it('through the query function, for any string', async () => {
    await fc.assert(
      fc.asyncProperty(nasty, async (q) => {
        const result = await search(ctx.db, anonymous, { q });
        expect(Array.isArray(result.items)).toBe(true);
        expect(result.total).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 150 },
    );
  });

  it('through the API and the page, for any text a URL can carry', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 200 }), async (q) => {
        const api = await app.inject({ url: `/api/v1/search?q=${encodeURIComponent(q)}` });
        expect(api.statusCode).toBe(200);
        expect(Array.isArray(api.json().items)).toBe(true);
        const page = await app.inject({ url: `/search?q=${encodeURIComponent(q)}` });
        expect(page.statusCode).toBe(200);
      }),
      { numRuns: 60 },
    );
  });

  it('for very long input, in one word or many; over HTTP up to the query’s bound, then a 400 naming it', async () => {
    for (const q of [
      'ж'.repeat(10_000),
      'Оюу Толгой '.repeat(1_000),
      `${'a '.repeat(5_000)}`,
      '(('.repeat(5_000),
    ]) {
      const result = await search(ctx.db, anonymous, { q });
      expect(result.q.length).toBeLessThanOrEqual(500);
      expect(Array.isArray(result.items)).toBe(true);
    }
    // Over HTTP the query has a bound (2,000 characters): at it a list, past it a 400 naming it.
    const atBound = await app.inject({ url: `/api/v1/search?q=${'x'.repeat(2_000)}` });
    expect(atBound.statusCode).toBe(200);
    expect(atBound.json().items).toEqual([]);
    const past = await app.inject({ url: `/api/v1/search?q=${'x'.repeat(10_000)}` });
    expect(past.statusCode).toBe(400);
    expect(past.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(past.json().errors.map((e: { field: string }) => e.field)).toEqual(['query.q']);
  });

  it('for query syntax and SQL, which are only words to search for', async () => {
    for (const q of ["Оюу' or 1=1 --", 'Оюу & !Толгой', 'Сангийн:* | (яам', 'Сангийн <-> яам', '%_%', '\\']) {
      const res = await app.inject({ url: `/api/v1/search?q=${encodeURIComponent(q)}` });
      expect(res.statusCode).toBe(200);
    }
    const [count] = await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from search_documents`);
    expect(count!.n).toBeGreaterThan(0);
  });
});
