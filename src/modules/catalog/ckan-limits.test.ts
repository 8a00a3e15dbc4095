import { describe, expect, it, vi } from 'vitest';
import { baseModules, createTestApp } from '../../../test/helpers.ts';
import { sql } from '../../platform/db/sql.ts';
import type { DatasetDeclaration, ShilenModule } from '../../platform/module.ts';
import { CKAN_BODY_BYTES, CKAN_READS_PER_MINUTE } from './ckan/routes.ts';
import { globMatches } from './ckan/search.ts';

/** A register whose title is one long word and whose keyword is another: what a wildcard has to walk. */
function longDataset(id: string, word: string): DatasetDeclaration {
  return {
    id,
    title: { mn: word, en: word },
    description: { mn: 'Урт нэртэй бүртгэл', en: 'A register with a long title' },
    publisher: 'cabinet-secretariat',
    themes: ['GOVE'],
    keywords: { mn: [word.slice(0, 200)], en: [] },
    key: ['code'],
    fields: [{ name: 'code', type: 'string', title: { mn: 'Код', en: 'Code' } }],
    source: sql`select 'x'::text as code where false`,
  };
}

const longTitles: ShilenModule = {
  name: 'ckan-limits-test',
  datasets: [
    // Twelve a's, each before a b: the glob *a*a*a*a*a*a*a*a*a*a*a*b matches this word…
    longDataset('alternating', 'ab'.repeat(3000)),
    // …and never this one, which a backtracking matcher tries in every way before saying so.
    longDataset('all-a', 'a'.repeat(6000)),
  ],
};

const { app, ctx } = await createTestApp({ modules: [...baseModules, longTitles] });

async function search(params: Record<string, string>) {
  const started = performance.now();
  const res = await app.inject({ url: `/api/3/action/package_search?${new URLSearchParams(params)}` });
  return { status: res.statusCode, body: res.json(), ms: performance.now() - started, headers: res.headers };
}

const names = (body: { result: { results: { name: string }[] } }) =>
  body.result.results.map((r) => r.name).sort();

describe('CKAN search against hostile patterns', () => {
  const glob = '*a*a*a*a*a*a*a*a*a*a*a*b';

  it('matches a pathological wildcard in q quickly and as a glob, word by word', async () => {
    const found = await search({ q: glob });
    expect(found.status).toBe(200);
    expect(names(found.body)).toEqual(['alternating']);
    expect(found.ms).toBeLessThan(2000);
    const inTitle = await search({ q: `title:${glob}` });
    expect(names(inTitle.body)).toEqual(['alternating']);
    // Without a wildcard a word is still found inside the text, as before.
    expect(names((await search({ q: 'ababab' })).body)).toEqual(['alternating']);
    expect(names((await search({ q: 'title:*aaab' })).body)).toEqual([]);
    expect(names((await search({ q: 'title:aa?a*' })).body)).toEqual(['all-a']);
  });

  it('matches a pathological wildcard in fq against tags and names without backtracking', async () => {
    const tags = await search({ fq: `tags:${glob}` });
    expect(tags.status).toBe(200);
    expect(names(tags.body)).toEqual(['alternating']);
    expect(tags.ms).toBeLessThan(2000);
    const none = await search({ fq: 'tags:*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*c' });
    expect(none.body.result.count).toBe(0);
    expect(none.ms).toBeLessThan(2000);
    expect(names((await search({ fq: 'name:al?-*' })).body)).toEqual(['all-a']);
    expect(names((await search({ fq: 'name:*ating' })).body)).toEqual(['alternating']);
    expect((await search({ fq: 'name:*ATING' })).body.result.count).toBe(1);
  });

  it('refuses an over-long or over-large query as a validation error naming the parameter', async () => {
    const long = await search({ q: 'a'.repeat(1001) });
    expect(long.status).toBe(409);
    expect(long.body).toMatchObject({ success: false, error: { __type: 'Validation Error' } });
    expect(long.body.error.q).toEqual(['Must be at most 1000 characters']);
    const terms = await search({ fq: Array.from({ length: 101 }, () => 't').join(' ') });
    expect(terms.status).toBe(409);
    expect(terms.body.error.fq).toEqual(['Must have at most 100 terms']);
    const list = await search({ fq_list: JSON.stringify(Array.from({ length: 21 }, () => 'tags:x')) });
    expect(list.status).toBe(409);
    expect(list.body.error.fq_list).toEqual(['Must have at most 20 filters']);
    const deep = await search({ q: `${'('.repeat(40)}a${')'.repeat(40)}` });
    expect(deep.status).toBe(409);
    expect(deep.body.error.q).toEqual(['Must nest at most 20 levels deep']);
    const id = await app.inject({ url: `/api/3/action/package_show?id=${'x'.repeat(1001)}` });
    expect(id.statusCode).toBe(409);
    expect(id.json().error.id).toEqual(['Must be at most 1000 characters']);
  });

  it('refuses a POST body larger than its actions need, in CKAN’s form', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/3/action/package_search',
      payload: JSON.stringify({ q: 'x', padding: 'p'.repeat(CKAN_BODY_BYTES) }),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ success: false, error: { __type: 'Bad Request' } });
    const fine = await app.inject({
      method: 'POST',
      url: '/api/3/action/package_search',
      payload: { q: 'ababab', rows: 5 },
    });
    expect(fine.statusCode).toBe(200);
  });
});

describe('glob matching', () => {
  it('says what a regular expression of the glob would say', () => {
    const cases: [string, string][] = [
      ['*', ''],
      ['*', 'anything'],
      ['', ''],
      ['', 'a'],
      ['a*', 'abc'],
      ['*c', 'abc'],
      ['a*c', 'ac'],
      ['ab*ba', 'aba'],
      ['a*a', 'a'],
      ['a?c', 'abc'],
      ['a?c', 'ac'],
      ['?', '𝕏'],
      ['*b*b*', 'abcabc'],
      ['*b*b*b*', 'abcabc'],
      ['a**b', 'ab'],
      ['Бай*', 'байгууллага'],
      ['*a*a*b', 'xaxaxb'],
      ['*a*a*b', 'xaxbxb'],
    ];
    for (const [glob, text] of cases) {
      const regex = new RegExp(`^${glob.replaceAll('*', '.*').replaceAll('?', '.')}$`, 'iu');
      expect(globMatches(glob, text), `${glob} ~ ${text}`).toBe(regex.test(text));
    }
  });
});

describe('CKAN read limit', () => {
  it('answers 429 in CKAN’s envelope with Retry-After once an address reads too much, GET or POST', async () => {
    // Windows follow the clock's minutes: held at the start of one, every request falls in it.
    vi.useFakeTimers({ toFake: ['Date'] });
    const minute = Math.floor(Date.now() / 60_000) * 60_000;
    vi.setSystemTime(minute + 1000);
    try {
      // The address has read all but two of its minute's allowance (600 requests made one by
      // one would take the test ten seconds)…
      await ctx.db.query(sql`delete from rate_limits where bucket like 'ckan:%'`);
      await ctx.db.query(sql`insert into rate_limits (bucket, window_start, hits)
        values ('ckan:ip:127.0.0.1', ${new Date(minute)}, ${CKAN_READS_PER_MINUTE - 2})`);
      // …so one GET and one POST are answered, and the next are not.
      expect((await app.inject({ url: '/api/3/action/status_show' })).statusCode).toBe(200);
      const last = await app.inject({ method: 'POST', url: '/api/3/action/status_show', payload: {} });
      expect(last.statusCode).toBe(200);
      for (const request of [
        { url: '/api/3/action/package_list' },
        { method: 'POST' as const, url: '/api/action/package_search', payload: { q: 'x' } },
      ]) {
        const refused = await app.inject(request);
        expect(refused.statusCode).toBe(429);
        expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
        expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
        expect(refused.json()).toMatchObject({
          success: false,
          error: { __type: 'Too Many Requests' },
        });
        expect(refused.json().error.message).toMatch(/try again in \d+ s/);
      }
      // Another address is not held back by this one's reads.
      const other = await app.inject({ url: '/api/3/action/status_show', remoteAddress: '192.0.2.7' });
      expect(other.statusCode).toBe(200);
    } finally {
      vi.useRealTimers();
      await ctx.db.query(sql`delete from rate_limits where bucket like 'ckan:%'`);
    }
  });
});
