import { describe, expect, it } from 'vitest';
import { baseModules, createTestContext } from '../../../test/helpers.ts';
import { countryPackFor } from '../../country/index.ts';
import { sql } from '../db/sql.ts';
import {
  checkIdentifier,
  claimKey,
  entityFamily,
  entityKey,
  matchKey,
  resolveEntities,
  rootOf,
  UNIDENTIFIED,
} from './index.ts';

const mn = countryPackFor('mn').legalEntities;
const xt = countryPackFor('xt').legalEntities;

describe('match keys', () => {
  it('gives a name written in either script, with its legal form, the same key', () => {
    expect(matchKey('«Эрдэнэт Үйлдвэр» ТӨҮГ', mn)).toBe(matchKey('Erdenet Uildver', mn));
    expect(matchKey('Хөх Мөрөн ХХК', mn)).toBe(matchKey('Khukh Murun LLC', mn));
    expect(matchKey('Khukh Murun LLC', mn)).toBe(matchKey('Hukh Murun', mn));
    expect(matchKey('"Зам-Барилга" ХХК', mn)).toBe('zam barilga');
  });
  it('keeps words apart and drops only whole legal forms', () => {
    expect(matchKey('Co-operation Trade LLC', mn)).toBe('uperatiun trade');
    expect(matchKey('Coal Trade Co', mn)).toBe('cual trade');
  });
});

describe('identifiers', () => {
  it('checks the national scheme against the pack’s format, naming the field', () => {
    expect(checkIdentifier('MN-SRN', '2074249', mn)).toBeNull();
    expect(checkIdentifier('MN-SRN', '20742', mn)).toMatchObject({ field: 'identifier' });
    expect(checkIdentifier('MN-SRN', '20742', mn)?.message.en).toContain('seven digits');
  });
  it('applies a check rule only where the pack gives one', () => {
    expect(mn.checkRule).toBeNull();
    expect(checkIdentifier('XT-REG', '123456', xt)).toBeNull();
    expect(checkIdentifier('XT-REG', '123457', xt)?.message.en).toContain('check digit');
  });
  it('accepts other registers’ schemes by their form and refuses the rest', () => {
    expect(checkIdentifier('GB-COH', '04320418', mn)).toBeNull();
    expect(checkIdentifier('XI-IATI', 'XM-DAC-46004', mn)).toBeNull();
    expect(checkIdentifier('companies house', '1', mn)).toMatchObject({ field: 'scheme' });
    expect(checkIdentifier(UNIDENTIFIED, 'x', mn)).toMatchObject({ field: 'scheme' });
  });
});

describe('resolving what sources say of parties', async () => {
  const ctx = await createTestContext(baseModules);
  const pack = ctx.country.legalEntities;
  const from = { source: 'procurement', reference: 'ocds-test-1' };

  it('links a number at once, and a name alone to one unidentified entity per name', async () => {
    const ids = await resolveEntities(
      ctx.db,
      [
        { scheme: 'MN-SRN', identifier: '6001234', name: 'Зам Барилга ХХК', registeredOn: '2010-05-01' },
        { scheme: 'MN-SRN', identifier: '6001234', name: 'Zam Barilga LLC' },
        { scheme: null, identifier: null, name: 'Говь Трейд ХХК' },
        { scheme: null, identifier: null, name: '«Говь трейд»' },
      ],
      from,
      pack,
    );
    expect(ids.size).toBe(2);
    const rows = await ctx.db.query<Record<string, unknown>>(sql`
      select scheme, identifier, name_mn, name_en, registered_on::text as registered, kind
      from legal_entities order by id`);
    expect(rows).toEqual([
      {
        scheme: 'MN-SRN',
        identifier: '6001234',
        name_mn: 'Зам Барилга ХХК',
        name_en: null,
        registered: '2010-05-01',
        kind: 'company',
      },
      {
        scheme: UNIDENTIFIED,
        identifier: 'guvi treid',
        name_mn: 'Говь Трейд ХХК',
        name_en: null,
        registered: null,
        kind: 'company',
      },
    ]);
    const names = await ctx.db.query<{ name: string }>(
      sql`select name from legal_entity_names where entity_id = ${ids.get('MN-SRN:6001234')} order by name`,
    );
    expect(names.map((n) => n.name)).toEqual(['Zam Barilga LLC', 'Зам Барилга ХХК']);
    const sources = await ctx.db.query<{ field: string; reference: string }>(
      sql`select field, reference from legal_entity_sources where entity_id = ${ids.get('MN-SRN:6001234')} order by field`,
    );
    expect(sources).toEqual([
      { field: 'identifier', reference: 'ocds-test-1' },
      { field: 'name_mn', reference: 'ocds-test-1' },
      { field: 'registered_on', reference: 'ocds-test-1' },
    ]);
  });

  it('does not overwrite a known name with another spelling, and gives the same ids again', async () => {
    const claim = { scheme: 'MN-SRN', identifier: '6001234', name: 'ЗАМ БАРИЛГА' };
    const again = await resolveEntities(ctx.db, [claim], { source: 'other' }, pack);
    const key = claimKey(claim, pack);
    expect(again.get(entityKey(key))).toBeGreaterThan(0);
    const [row] = await ctx.db.query<{ name_mn: string }>(
      sql`select name_mn from legal_entities where identifier = '6001234'`,
    );
    expect(row?.name_mn).toBe('Зам Барилга ХХК');
  });

  it('finds an entity’s root and family after a merge', async () => {
    const [a, b] = await ctx.db.query<{ id: number }>(sql`select id from legal_entities order by id`);
    await ctx.db.query(sql`update legal_entities set merged_into = ${a!.id} where id = ${b!.id}`);
    expect(await rootOf(ctx.db, Number(b!.id))).toBe(Number(a!.id));
    expect(await entityFamily(ctx.db, Number(a!.id))).toEqual([Number(a!.id), Number(b!.id)]);
    expect(await rootOf(ctx.db, 999_999)).toBeNull();
  });
});
