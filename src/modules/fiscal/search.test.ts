import { describe, expect, it } from 'vitest';
import { baseModules, createTestContext } from '../../../test/helpers.ts';
import { anonymous } from '../../platform/auth/actor.ts';
import { search } from '../../platform/search/query.ts';
import { legalEntitiesModule } from '../legal-entities/module.ts';
import { fiscalModule } from './module.ts';
import { indexBudgetLines } from './search.ts';
import { buildBudgetLine } from './test-support.ts';

describe('budget lines in the site search', () => {
  it('finds a line by its name and body, linking to its page', async () => {
    const ctx = await createTestContext([...baseModules, legalEntitiesModule, fiscalModule]);
    const { ref } = await buildBudgetLine(ctx.db, {
      name: 'Рентген аппарат',
      body: 'ministry-of-health',
      unit: '65',
    });
    await ctx.db.transaction((tx) => indexBudgetLines(tx, [ref]));
    const found = await search(ctx.db, anonymous, { q: 'рентген' });
    expect(found.items.map((i) => i.key)).toEqual([ref]);
    expect(found.items[0]).toMatchObject({ url: `/fiscal/budget/lines/${ref}` });
  });
});
