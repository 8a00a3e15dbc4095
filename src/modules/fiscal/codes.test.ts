import { describe, expect, it } from 'vitest';
import { baseModules, createTestContext } from '../../../test/helpers.ts';
import { countryPackFor } from '../../country/index.ts';
import { sql } from '../../platform/db/sql.ts';
import { legalEntitiesModule } from '../legal-entities/module.ts';
import { packCodes, writePackCodes } from './codes.ts';
import { fiscalModule } from './module.ts';
import { buildTransactions } from './test-support.ts';

describe('the pack written into the database', () => {
  it('has every code in force in each year, a retired code only in its years', async () => {
    const ctx = await createTestContext([...baseModules, legalEntitiesModule, fiscalModule]);
    const years = await ctx.db.query<{ year: number }>(
      sql`select year from fiscal_codes where scheme = 'funding' and code = 'human-development-fund' order by year`,
    );
    expect(years.map((y) => y.year)).toEqual([2015, 2016, 2017]);
    const cofog = await ctx.db.query<{ n: number }>(
      sql`select count(*)::int as n from fiscal_functional_codes where year = 2025`,
    );
    expect(cofog[0]?.n).toBe(
      packCodes(ctx.country.fiscal).filter((c) => c.scheme === 'functional' && c.year === 2025).length,
    );
    // Writing again replaces rather than adds, and drops what the pack no longer has.
    const xt = countryPackFor('xt');
    await writePackCodes(ctx.db, xt.fiscal);
    const left = await ctx.db.query<{ n: number }>(
      sql`select count(*)::int as n from fiscal_codes where code = '07.3'`,
    );
    expect(left[0]?.n).toBe(0);
  });

  it('lists public bodies and the companies with state shares, not the registry groups', async () => {
    const ctx = await createTestContext([...baseModules, legalEntitiesModule, fiscalModule]);
    const rows = await ctx.db.query<{ slug: string; basis: string; state_share: string | null }>(sql`
      select o.slug, r.basis, r.state_share from fiscal_reporting_bodies r join organizations o on o.id = r.organization_id`);
    const bySlug = new Map(rows.map((r) => [r.slug, r]));
    expect(bySlug.get('ministry-of-finance')?.basis).toBe('public-body');
    expect(bySlug.get('oyu-tolgoi')).toMatchObject({ basis: 'state-share', state_share: '34.00' });
    expect(bySlug.get('erdenes-mongol')?.basis).toBe('state-owned');
    expect(bySlug.has('all-ministries')).toBe(false);
    // Each is an organisation linked to its legal entity, once, however often the seed runs.
    await fiscalModule.seed?.(ctx);
    const unlinked = await ctx.db.query<{ n: number }>(sql`
      select count(*)::int as n from fiscal_reporting_bodies r
      where (select count(*) from legal_entities e where e.organization_id = r.organization_id) <> 1`);
    expect(unlinked[0]?.n).toBe(0);
    const oyu = await ctx.db.query<{ kind: string }>(sql`
      select e.kind from legal_entities e join organizations o on o.id = e.organization_id where o.slug = 'oyu-tolgoi'`);
    expect(oyu[0]?.kind).toBe('state-shareholding-company');
  });

  it('links entity payees to the register and keeps individuals unnamed', async () => {
    const ctx = await createTestContext([...baseModules, legalEntitiesModule, fiscalModule]);
    await buildTransactions(ctx, [
      { payee: { identifier: '5123456', name: 'Эм Хангамж ХХК' } },
      { payee: 'individual' },
    ]);
    const rows = await ctx.db.query<{
      payee_kind: string;
      payee_entity_id: number | null;
      payee_name: string | null;
    }>(sql`select payee_kind, payee_entity_id, payee_name from fiscal_transactions order by payee_kind`);
    expect(rows[0]?.payee_entity_id).not.toBeNull();
    expect(rows[1]).toMatchObject({ payee_kind: 'individual', payee_entity_id: null, payee_name: null });
  });
});
