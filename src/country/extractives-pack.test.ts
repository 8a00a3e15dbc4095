import { describe, expect, it } from 'vitest';
import type { ExtractivesSource } from './extractives-pack.ts';
import { countryPacks } from './index.ts';

const sourced = (what: string, source: ExtractivesSource) => {
  expect(source.en.length * source.mn.length, `${what}: source named in both languages`).toBeGreaterThan(0);
  if (!source.confirmed) expect(source.note, `${what}: what could not be confirmed`).toBeTruthy();
};

describe.each(Object.values(countryPacks))('the natural resources of the country pack $code', (pack) => {
  const { extractives } = pack;
  const slugs = new Set(pack.organizations.map((o) => o.slug));

  it('gives licence kinds unique codes, an issuer of the registry, sane limits and a source', () => {
    const codes = extractives.licenceTypes.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const t of extractives.licenceTypes) {
      expect(t.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(slugs, `${t.code}'s issuer`).toContain(t.issuerSlug);
      if (t.initialTermYears !== null) expect(t.initialTermYears).toBeGreaterThan(0);
      if (t.initialTermYears === null) expect(t.extensions, `${t.code}: no term, no extension`).toBeNull();
      if (t.areaHa?.min != null && t.areaHa.max != null) expect(t.areaHa.min).toBeLessThan(t.areaHa.max);
      sourced(t.code, t.source);
    }
  });

  it('gives contract kinds unique codes and a source; counts name a licence kind of the pack', () => {
    const codes = extractives.contractTypes.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const t of extractives.contractTypes) sourced(t.code, t.source);
    const types = extractives.licenceTypes.map((t) => t.code);
    for (const c of extractives.licenceCounts) {
      expect(types).toContain(c.type);
      expect(c.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      sourced(`count of ${c.type}`, c.source);
    }
  });

  it('keeps the environmental list with a body of the registry and periods of due process', () => {
    const list = extractives.environmentalList;
    expect(slugs).toContain(list.keeperSlug);
    expect(list.replyDays).toBeGreaterThan(0);
    expect(list.appealDays).toBeGreaterThan(0);
    sourced('environmental list', list.source);
  });
});
