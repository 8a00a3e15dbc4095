import { describe, expect, it } from 'vitest';
import { baseModules, createTestContext } from '../../../test/helpers.ts';
import { sql } from '../db/sql.ts';
import { changedFacts, type RegisterEntry, recordRegisterEntries, resolveEntities } from './index.ts';

const ctx = await createTestContext(baseModules);
const pack = ctx.country.legalEntities;
const entry = (over: Partial<RegisterEntry>): RegisterEntry => ({
  scheme: 'GB-COH',
  identifier: '01234567',
  name_mn: null,
  name_en: null,
  common_name_mn: null,
  common_name_en: null,
  kind: null,
  status: null,
  admin_unit_code: null,
  registered_on: null,
  organization_id: null,
  ...over,
});
const row = async () =>
  (
    await ctx.db.query<Record<string, unknown>>(sql`
      select name_en, kind, status, registered_on::text as registered from legal_entities where identifier = '01234567'`)
  )[0];
const sources = async () =>
  ctx.db.query<{ field: string; source: string }>(sql`
    select s.field, s.source from legal_entity_sources s join legal_entities e on e.id = s.entity_id
    where e.identifier = '01234567' order by s.field, s.source`);

describe('the register’s own facts', () => {
  it('overwrite a module’s spelling, keep what an empty cell does not say, and source each changed fact', async () => {
    await resolveEntities(
      ctx.db,
      [{ scheme: 'GB-COH', identifier: '01234567', name: 'ACME TRADING', registeredOn: '1999-01-01' }],
      { source: 'procurement', reference: 'ocds-1' },
      pack,
    );
    const first = await recordRegisterEntries(
      ctx.db,
      [entry({ name_en: 'Acme Trading Ltd', kind: 'foreign-company', status: 'active' })],
      { source: 'import:legal-entities', reference: 'a.csv' },
      pack,
    );
    expect([first.added.length, first.changed.length]).toEqual([0, 1]);
    expect(await row()).toEqual({
      name_en: 'Acme Trading Ltd',
      kind: 'foreign-company',
      status: 'active',
      registered: '1999-01-01',
    });
    // The name's source is the register now; the date's is still the module that said it (and
    // the kind, already the one a foreign scheme's claim is given, did not change).
    expect(await sources()).toEqual([
      { field: 'identifier', source: 'procurement' },
      { field: 'name_en', source: 'import:legal-entities' },
      { field: 'registered_on', source: 'procurement' },
      { field: 'status', source: 'import:legal-entities' },
    ]);
    // A module's later spelling changes nothing but the names it is known by.
    await resolveEntities(
      ctx.db,
      [{ scheme: 'GB-COH', identifier: '01234567', name: 'Acme Trdg' }],
      { source: 'other' },
      pack,
    );
    expect((await row())?.name_en).toBe('Acme Trading Ltd');
    const again = await recordRegisterEntries(
      ctx.db,
      [entry({ name_en: 'Acme Trading Ltd' })],
      { source: 'x' },
      pack,
    );
    expect(again.unchanged).toHaveLength(1);
  });

  it('count as changed only what is stated and differs', () => {
    expect(changedFacts(undefined, { scheme: 'A', name_mn: null, kind: 'company' })).toEqual([
      'scheme',
      'kind',
    ]);
    expect(
      changedFacts({ name_mn: 'a', kind: 'ngo' }, { name_mn: 'a', kind: 'company', status: undefined }),
    ).toEqual(['kind']);
    expect(changedFacts({ name_en: 'a' }, { name_en: null })).toEqual(['name_en']);
  });
});
