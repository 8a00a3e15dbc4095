import { expect, it } from 'vitest';
import { baseModules, createTestApp } from '../../../../test/helpers.ts';
import { sql } from '../../../platform/db/sql.ts';
import { legalEntitiesModule } from '../../legal-entities/module.ts';
import { extractivesModule } from '../module.ts';
import { loadContractsDemo } from './demo.ts';
import { searchContracts } from './search.ts';

const { ctx } = await createTestApp({ modules: [...baseModules, legalEntitiesModule, extractivesModule] });

it('loads the known agreements with their documents and annotations, once', async () => {
  const first = await loadContractsDemo(ctx);
  const kinds = new Set(ctx.country.extractives.contractTypes.map((t) => t.code));
  if (!kinds.has('investment')) {
    expect(first['extractive contracts']).toBe(0);
    return;
  }
  expect(first['extractive contracts']).toBeGreaterThanOrEqual(5);
  expect(await loadContractsDemo(ctx)).toEqual({ 'extractive contracts': 0, 'contract annotations': 0 });
  const [ot] = await ctx.db.query<{ signed: string; parties: number; scans: number }>(sql`
    select to_char(c.signed_on, 'YYYY-MM-DD') as signed,
      (select count(*)::int from extractive_contract_parties p where p.contract_id = c.id) as parties,
      (select count(*)::int from extractive_contract_pages p where p.contract_id = c.id and not p.has_text) as scans
    from extractive_contracts c where c.slug = 'oyu-tolgoi-investment-agreement'`);
  expect(ot).toEqual({ signed: '2009-10-06', parties: 4, scans: 1 });
  const [amendment] = await ctx.db.query<{ on: string }>(sql`
    select to_char(a.amended_on, 'YYYY-MM-DD') as on from extractive_contract_amendments a
    join extractive_contracts c on c.id = a.contract_id where c.slug = 'oyu-tolgoi-underground-plan-2015'`);
  expect(amendment?.on).toBe('2015-05-18');
  const hits = await searchContracts(ctx.db, 'royalty');
  expect(hits.map((h) => h.slug)).toContain('oyu-tolgoi-investment-agreement');
});
