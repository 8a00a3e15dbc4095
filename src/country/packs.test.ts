import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../platform/config.ts';
import { countryPackFor, countryPacks } from './index.ts';

describe.each(Object.values(countryPacks))('the country pack $code', (pack) => {
  it('names each administrative unit once, and every parent it names', () => {
    const codes = pack.adminUnits.map((u) => u.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const unit of pack.adminUnits)
      if (unit.parentCode !== null) expect(codes, `${unit.code}'s parent`).toContain(unit.parentCode);
  });

  it('names each public body once, with parents and units that exist, and the feedback centre among them', () => {
    const slugs = pack.organizations.map((o) => o.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    const units = new Set(pack.adminUnits.map((u) => u.code));
    for (const o of pack.organizations) {
      if (o.parentSlug !== null) expect(slugs, `${o.slug}'s parent`).toContain(o.parentSlug);
      if (o.adminUnitCode !== null) expect(units.has(o.adminUnitCode), `${o.slug}'s unit`).toBe(true);
      expect(o.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
    expect(slugs).toContain(pack.feedback.centreSlug);
  });

  it('gives a currency and a time zone that Intl knows', () => {
    expect(Intl.supportedValuesOf('timeZone')).toContain(pack.timeZone);
    expect(() => new Intl.NumberFormat('en', { style: 'currency', currency: pack.currency })).not.toThrow();
    expect(pack.currency).toMatch(/^[A-Z]{3}$/);
  });
});

describe('choosing the pack', () => {
  it('takes SHILEN_COUNTRY, Mongolia by default', () => {
    expect(loadConfig({}).country).toBe('mn');
    expect(countryPackFor(loadConfig({ SHILEN_COUNTRY: 'xt' }).country).name.en).toBe('Testland');
  });

  it('refuses a pack this build does not have, naming the variable and the packs it has', () => {
    expect(() => loadConfig({ SHILEN_COUNTRY: 'zz' })).toThrow(ConfigError);
    expect(() => loadConfig({ SHILEN_COUNTRY: 'zz' })).toThrow(/SHILEN_COUNTRY .*mn, xt.*"zz"/);
  });
});
