import { describe, expect, it } from 'vitest';
import { fiscalSchemes } from './fiscal-pack.ts';
import { countryPacks } from './index.ts';

describe.each(Object.values(countryPacks))('the public finance of the country pack $code', (pack) => {
  const fiscal = pack.fiscal;

  it('keeps each classification a tree of unique codes, its versions in order and never overlapping', () => {
    for (const scheme of fiscalSchemes) {
      const { versions, source } = fiscal.classifications[scheme];
      expect(source.en.length, `${scheme}'s source`).toBeGreaterThan(0);
      if (!source.confirmed) expect(source.note, `${scheme}: what could not be confirmed`).toBeTruthy();
      versions.forEach((version, i) => {
        const next = versions[i + 1];
        if (next) {
          expect(version.until, `${scheme} ${version.from}: ends before the next starts`).not.toBeNull();
          expect(next.from).toBe((version.until ?? 0) + 1);
        }
        const codes = version.codes.map((c) => c.code);
        expect(new Set(codes).size, `${scheme} ${version.from}: codes unique`).toBe(codes.length);
        for (const c of version.codes) {
          if (c.parent !== null) expect(codes, `${scheme} ${c.code}'s parent`).toContain(c.parent);
          expect(c.mn.length * c.en.length, `${scheme} ${c.code} named in both languages`).toBeGreaterThan(0);
        }
      });
    }
  });

  it('gives special funds unique codes, years in order and a law', () => {
    const codes = fiscal.specialFunds.funds.map((f) => f.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const f of fiscal.specialFunds.funds) {
      if (f.until !== null) expect(f.until).toBeGreaterThanOrEqual(f.from);
      expect(f.law.en.length).toBeGreaterThan(0);
    }
  });

  it('counts residents of every aimag and the capital, and only of them', () => {
    const top = pack.adminUnits
      .filter((u) => u.parentCode === null)
      .map((u) => u.code)
      .sort();
    for (const [year, byUnit] of Object.entries(fiscal.population.byYear)) {
      expect(Object.keys(byUnit).sort(), `population of ${year}`).toEqual(top);
      for (const n of Object.values(byUnit)) expect(Number.isInteger(n) && n > 0).toBe(true);
    }
    if (!fiscal.population.source.confirmed) expect(fiscal.population.source.note).toBeTruthy();
  });

  it('names bodies with state shares that the registry has, with a share and a source', () => {
    const slugs = new Set(pack.organizations.map((o) => o.slug));
    for (const s of fiscal.stateShares) {
      expect(slugs.has(s.slug), s.slug).toBe(true);
      expect(s.share).toBeGreaterThan(0);
      expect(s.share).toBeLessThanOrEqual(100);
    }
  });

  it('sets a threshold above its proposed lower figure and a splitting band below one', () => {
    expect(fiscal.glassAccount.proposedThreshold).toBeLessThan(fiscal.glassAccount.threshold);
    expect(fiscal.splitting.band).toBeGreaterThan(0);
    expect(fiscal.splitting.band).toBeLessThan(1);
    expect(fiscal.splitting.minPayments).toBeGreaterThanOrEqual(2);
    expect(fiscal.benefits.minimumCell).toBeGreaterThanOrEqual(2);
    expect(fiscal.yearStartMonth).toBeGreaterThanOrEqual(1);
    expect(fiscal.yearStartMonth).toBeLessThanOrEqual(12);
  });
});
