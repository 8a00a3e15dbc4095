import { expect, it } from 'vitest';
import { createTestApp } from '../../../../test/helpers.ts';
import { sql } from '../../../platform/db/sql.ts';
import { recordTerm } from '../../../platform/officials.ts';
import { allStatements } from './bods.ts';
import { loadOwnersDemo } from './demo.ts';
import { statementValidator } from './schema.ts';

const { ctx } = await createTestApp();

it('the demo: Oyu Tolgoi’s chains to Rio Tinto and the State, a PEP linked to the demo minister, loaded once', async () => {
  const [org] = await ctx.db.query<{ id: number }>(sql`select id from organizations order by id limit 1`);
  const term = await ctx.db.transaction((tx) =>
    recordTerm(
      tx,
      org!.id,
      {
        slug: 'd-tuvshin',
        nameMn: 'Д. Түвшин',
        nameEn: 'D. Tuvshin',
        postMn: 'Сайд',
        postEn: 'Minister',
        role: '',
        startsOn: '2016-07-22',
        endsOn: '',
        source: '',
        declaresAssets: true,
        politicallyExposed: true,
      },
      'test',
      new Date(),
    ),
  );
  expect(term.ok).toBe(true);
  expect(await loadOwnersDemo(ctx)).toEqual({ ownerships: 12 });
  expect(await loadOwnersDemo(ctx)).toEqual({ ownerships: 0 });
  const [pep] = await ctx.db.query<{ slug: string }>(sql`
    select o.slug from extractive_owner_persons p join officials o on o.id = p.official_id where p.pep_status = 'isPep'`);
  expect(pep?.slug).toBe('d-tuvshin');
  const statements = await allStatements(ctx.db, { publicUrl: 'https://shilen.example', date: '2026-01-01' });
  const validate = statementValidator();
  for (const s of statements) expect(validate(s), JSON.stringify(validate.errors)).toBe(true);
  const state = statements.find((s) => s.recordId === 'state-MN');
  expect(state?.recordDetails).toMatchObject({ entityType: { type: 'state' }, jurisdiction: { code: 'MN' } });
  const shares = statements
    .filter((s) => s.recordType === 'relationship')
    .flatMap((s) =>
      (s.recordDetails as { interests: { share?: { exact?: number } }[] }).interests.map(
        (i) => i.share?.exact,
      ),
    );
  expect(shares).toEqual(expect.arrayContaining([66, 34, 100]));
});
