import { describe, expect, it } from 'vitest';
import { createTestContext } from '../../../test/helpers.ts';
import { modules as allModules } from '../../modules/index.ts';
import { anonymous } from '../auth/actor.ts';
import { registerPermissions } from '../auth/permissions.ts';
import { indexDocuments } from './index-documents.ts';
import { CANDIDATE_LIMIT, search } from './query.ts';
import { actorWith, searchTestModule } from './test-support.ts';
import type { SearchDocument } from './types.ts';

// Enough documents of one common word that even the sample (one in sixteen) holds more than the
// cap, written in year order, so that "the first found" would all be of the first years.
const PUBLIC = 20_000;
const RESTRICTED = 4_000;
const testModule = searchTestModule();
const ctx = await createTestContext([...allModules, testModule]);
registerPermissions(testModule.permissions ?? {});
const documents: SearchDocument[] = [];
for (let i = 0; i < PUBLIC + RESTRICTED; i++) {
  const restricted = i >= PUBLIC;
  documents.push({
    kind: 'record',
    key: `r${i}`,
    title: { mn: `Хороо ${i}`, en: `Common ward ${restricted ? 'secret' : 'report'} ${i}` },
    url: `/test/r${i}`,
    year: 2000 + Math.floor((i % PUBLIC) / (PUBLIC / 10)),
    ...(restricted ? { restrictedAction: 'search-test.see-secret' } : {}),
  });
}
await ctx.db.transaction(async (tx) => {
  for (let i = 0; i < documents.length; i += 2000)
    await indexDocuments(tx, 'search-test', documents.slice(i, i + 2000));
});
const anticorruption = actorWith('anti-corruption-officer');

describe('a search with more matches than the cap', () => {
  it('says it is capped, counts the cap, and ranks and facets candidates from every year', async () => {
    const result = await search(ctx.db, anonymous, { q: 'common ward' });
    expect(result.capped).toBe(true);
    expect(result.total).toBe(CANDIDATE_LIMIT);
    expect(result.items).toHaveLength(20);
    // The first thousand found would all be of 2000; the sample's are spread over the years.
    expect(result.facets.year.length).toBeGreaterThan(5);
    expect(result.facets.year.reduce((n, y) => n + y.count, 0)).toBe(CANDIDATE_LIMIT);
    const scores = result.items.map((i) => i.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('never takes restricted documents among the candidates of those who may not see them', async () => {
    const hidden = await search(ctx.db, anonymous, { q: 'common secret' });
    expect(hidden).toMatchObject({ total: 0, capped: false, items: [] });
    const pages = await Promise.all(
      [1, 2, 3].map((page) => search(ctx.db, anonymous, { q: 'common', page, pageSize: 100 })),
    );
    expect(pages.flatMap((p) => p.items).filter((i) => i.title.en.includes('secret'))).toEqual([]);
    const seen = await search(ctx.db, anticorruption, { q: 'common secret' });
    expect(seen.capped).toBe(true);
    expect(seen.items.every((i) => i.title.en.includes('secret'))).toBe(true);
  });

  it('reads the whole index when the sample holds fewer matches than the cap', async () => {
    // 2,000 matches, about 125 of them in the sample: still more than the cap.
    const year = await search(ctx.db, anonymous, { q: 'common ward', year: 2003 });
    expect(year).toMatchObject({ total: CANDIDATE_LIMIT, capped: true });
    expect(year.facets.year).toEqual([{ value: '2003', count: CANDIDATE_LIMIT }]);
    const narrow = await search(ctx.db, anonymous, { q: 'ward 17', year: 2000 });
    expect(narrow).toMatchObject({ total: 1, capped: false });
    expect(narrow.items[0]?.key).toBe('r17');
  });
});
