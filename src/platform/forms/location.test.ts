import { describe, expect, test } from 'vitest';
import { createTestContext } from '../../../test/helpers.ts';
import { checkLocation, locationUnits } from './location.ts';

const ctx = await createTestContext();
// Whatever the country pack: its capital, a unit under the capital, and an aimag that is not it.
const units = ctx.country.adminUnits;
const capital = units.find((u) => u.kind === 'capital');
const district = units.find((u) => u.parentCode === capital?.code);
const aimag = units.find((u) => u.kind === 'aimag');
if (!capital || !district || !aimag) throw new Error('the pack has a capital with a district, and an aimag');

describe('the location field’s units and check', () => {
  test('lists the capital and the aimags, each with the units under it', async () => {
    const listed = await locationUnits(ctx.db, 'en');
    expect(listed[0]?.code).toBe(capital.code);
    expect(listed.find((u) => u.code === capital.code)?.children.map((c) => c.code)).toContain(district.code);
    expect(listed.find((u) => u.code === aimag.code)?.nameEn).toBe(aimag.nameEn);
    expect(listed.map((u) => u.code).sort()).toEqual(
      units
        .filter((u) => u.parentCode === null)
        .map((u) => u.code)
        .sort(),
    );
    // A district is never listed as an aimag.
    expect(listed.some((u) => u.code === district.code)).toBe(false);
  });

  test('a soum of another aimag is a problem on the soum field naming both', async () => {
    const { problems } = await checkLocation(ctx.db, { aimag: aimag.code, soum: district.code });
    expect(problems).toEqual([
      {
        field: 'soum',
        key: 'location.error.soumNotInAimag',
        params: {
          soum: { mn: district.nameMn, en: district.nameEn },
          aimag: { mn: aimag.nameMn, en: aimag.nameEn },
        },
      },
    ]);
    const renamed = await checkLocation(
      ctx.db,
      { aimag: aimag.code, soum: district.code },
      { aimag: 'where', soum: 'place' },
    );
    expect(renamed.problems.map((p) => p.field)).toEqual(['place']);
  });

  test('unknown codes are problems on their own fields; a soum alone gives its aimag; nothing is nothing', async () => {
    expect(
      (await checkLocation(ctx.db, { aimag: '99', soum: '9999' })).problems.map((p) => [p.field, p.key]),
    ).toEqual([
      ['aimag', 'location.error.aimagUnknown'],
      ['soum', 'location.error.soumUnknown'],
    ]);
    // A district is not an aimag.
    expect((await checkLocation(ctx.db, { aimag: district.code })).problems.map((p) => p.field)).toEqual([
      'aimag',
    ]);
    const ok = { problems: [], aimag: capital.code, soum: district.code };
    expect(await checkLocation(ctx.db, { soum: district.code })).toEqual(ok);
    expect(await checkLocation(ctx.db, { aimag: capital.code, soum: district.code })).toEqual(ok);
    expect(await checkLocation(ctx.db, { aimag: ' ', soum: '' })).toEqual({
      problems: [],
      aimag: null,
      soum: null,
    });
  });
});
