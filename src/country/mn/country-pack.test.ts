import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adminUnits } from './admin-units.ts';
import { organizations } from './organizations.ts';
import { EMBEDDED_ORG_CELLS, nameIndex, orgCellsFromSeed, SEED_NAME, seedNameMatch } from './test-support.ts';

// The comparison of the embedded cells with the seed document itself is in
// country-pack.conformance.test.ts (`npm run test:conformance`).
const DEMO_COPY = new URL(`../../modules/plans/demo/${SEED_NAME}`, import.meta.url);

describe('Mongolian administrative units', () => {
  const byCode = new Map(adminUnits.map((u) => [u.code, u]));

  it('holds the capital, its 9 districts and the 21 aimags', () => {
    expect(adminUnits.filter((u) => u.kind === 'capital')).toHaveLength(1);
    expect(adminUnits.filter((u) => u.kind === 'aimag')).toHaveLength(21);
    const districts = adminUnits.filter((u) => u.kind === 'district');
    expect(districts).toHaveLength(9);
    expect(districts.every((d) => d.parentCode === '11')).toBe(true);
    expect(byCode.get('11')?.nameEn).toBe('Ulaanbaatar');
  });

  it('has unique codes of the NSO form', () => {
    expect(byCode.size).toBe(adminUnits.length);
    for (const u of adminUnits) {
      if (u.kind === 'capital' || u.kind === 'aimag') expect(u.code).toMatch(/^\d{2}$/);
      else expect(u.code).toMatch(/^\d{4}$/);
    }
  });

  it('resolves every parent code, and codes begin with the parent code', () => {
    for (const u of adminUnits) {
      if (u.kind === 'capital' || u.kind === 'aimag') {
        expect(u.parentCode).toBeNull();
        continue;
      }
      expect(u.parentCode).not.toBeNull();
      const parent = byCode.get(u.parentCode!);
      expect(parent, `${u.code} -> ${u.parentCode}`).toBeDefined();
      expect(['capital', 'aimag']).toContain(parent!.kind);
      expect(u.code.startsWith(u.parentCode!)).toBe(true);
    }
  });

  it('has unique ISO 3166-2 codes for the capital and every aimag', () => {
    const top = adminUnits.filter((u) => u.kind === 'capital' || u.kind === 'aimag');
    const iso = top.map((u) => u.iso3166_2);
    expect(iso.every((c) => c !== undefined && /^MN-(1|0\d\d)$/.test(c))).toBe(true);
    expect(new Set(iso).size).toBe(22);
    expect(byCode.get('11')?.iso3166_2).toBe('MN-1');
  });

  it('places every centre inside the bounding box of Mongolia', () => {
    for (const u of adminUnits) {
      expect(u.lat, u.nameEn).toBeGreaterThanOrEqual(41.5);
      expect(u.lat, u.nameEn).toBeLessThanOrEqual(52.2);
      expect(u.lon, u.nameEn).toBeGreaterThanOrEqual(87.7);
      expect(u.lon, u.nameEn).toBeLessThanOrEqual(119.95);
    }
  });

  it('writes names in Mongolian Cyrillic', () => {
    for (const u of adminUnits) expect(u.nameMn).toMatch(/^[А-ЯЁӨҮа-яёөү -]+$/);
  });
});

describe('Mongolian organisations', () => {
  const bySlug = new Map(organizations.map((o) => [o.slug, o]));
  const unitCodes = new Set(adminUnits.map((u) => u.code));

  it('has between 60 and 120 bodies with unique kebab-case slugs', () => {
    expect(organizations.length).toBeGreaterThanOrEqual(60);
    expect(organizations.length).toBeLessThanOrEqual(120);
    expect(bySlug.size).toBe(organizations.length);
    for (const o of organizations) expect(o.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('resolves every parent slug, without cycles', () => {
    for (const o of organizations) {
      const seen = new Set<string>([o.slug]);
      let parent = o.parentSlug;
      while (parent !== null) {
        const p = bySlug.get(parent);
        expect(p, `${o.slug} -> ${parent}`).toBeDefined();
        expect(seen.has(parent), `cycle at ${parent}`).toBe(false);
        seen.add(parent);
        parent = p!.parentSlug;
      }
    }
  });

  it('resolves every admin unit code', () => {
    for (const o of organizations) {
      if (o.adminUnitCode !== null) expect(unitCodes.has(o.adminUnitCode), o.slug).toBe(true);
    }
  });

  it("has a governor's office for the capital and for each of the 21 aimags", () => {
    for (const u of adminUnits.filter((x) => x.kind === 'aimag')) {
      const gov = organizations.filter((o) => o.kind === 'local-government' && o.adminUnitCode === u.code);
      expect(gov, u.nameEn).toHaveLength(1);
      expect(gov[0]!.slug).toMatch(/^governor-[a-z-]+$/);
    }
    expect(bySlug.get('capital-city-governor')?.adminUnitCode).toBe('11');
  });

  it('writes names in Mongolian Cyrillic', () => {
    for (const o of organizations) expect(o.nameMn, o.slug).toMatch(/[А-ЯЁӨҮа-яёөү]/);
  });

  it('never maps one name or alias to two bodies', () => {
    const ambiguous = [...nameIndex()].filter(([, slugs]) => slugs.size > 1);
    expect(ambiguous).toEqual([]);
  });

  it("holds in its embedded cells the organisation column of the seed's demo copy", () => {
    expect(orgCellsFromSeed(readFileSync(DEMO_COPY, 'utf8'))).toEqual(EMBEDDED_ORG_CELLS);
  });

  it("matches at least 90% of the names in the seed's organisation column", () => {
    const { names, unmatched, ratio } = seedNameMatch(EMBEDDED_ORG_CELLS);
    expect(names.length).toBeGreaterThan(40);
    if (unmatched.length > 0)
      console.info(`unmatched seed names (${unmatched.length}/${names.length}):`, unmatched);
    expect(ratio).toBeGreaterThanOrEqual(0.9);
  });
});
