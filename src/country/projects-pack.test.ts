import { describe, expect, it } from 'vitest';
import { checkIdentifier } from '../platform/legal-entities/identifiers.ts';
import { countryPacks } from './index.ts';
import type { ProjectsSource } from './projects-pack.ts';

const sourced = (what: string, source: ProjectsSource) => {
  expect(source.en.length * source.mn.length, `${what}: source named in both languages`).toBeGreaterThan(0);
  if (!source.confirmed) expect(source.note, `${what}: what could not be confirmed`).toBeTruthy();
};

describe.each(Object.values(countryPacks))('the projects of the country pack $code', (pack) => {
  const { projects } = pack;

  it('is published by a body of the registry, with a reporting period and sane flag thresholds', () => {
    expect(pack.organizations.map((o) => o.slug)).toContain(projects.publisherSlug);
    sourced('publisher', projects.publisherSource);
    expect([1, 3, 6, 12]).toContain(projects.reporting.periodMonths);
    expect(projects.reporting.dueDays).toBeGreaterThan(0);
    sourced('reporting', projects.reporting.source);
    const f = projects.flags;
    for (const v of [
      f.disbursementAheadPoints,
      f.disbursementMinimumPercent,
      f.costOverrunPercent,
      f.scheduleOverrunPercent,
    ]) {
      expect(v).toBeGreaterThan(0);
      expect(v).toBeLessThan(100);
    }
    sourced('flags', f.source);
  });

  it('lists lenders with a valid registration or none, IATI identifiers of their scheme, and a source', () => {
    const refs = projects.lenders.map((l) => l.iatiRef).filter((r) => r !== null);
    expect(new Set(refs).size).toBe(refs.length);
    for (const lender of projects.lenders) {
      if (lender.registration) {
        const { scheme, identifier } = lender.registration;
        expect(checkIdentifier(scheme, identifier, pack.legalEntities), lender.name.en).toBeNull();
        if (lender.iatiRef) expect(lender.iatiRef).toBe(`${scheme}-${identifier}`);
      }
      expect(lender.iatiType).toMatch(/^\d{2}$/);
      sourced(lender.name.en, lender.source);
    }
  });

  it('publishes under an OC4IDS prefix of the registered form and an IATI reporting organisation', () => {
    expect(projects.identifiers.oc4idsPrefix).toMatch(/^oc4ids-[a-z0-9]{6}$/);
    expect(projects.identifiers.iatiReportingOrg.ref).toMatch(/^[A-Z]{2}-[A-Za-z0-9-]+$/);
    sourced('identifiers', projects.identifiers.source);
  });
});
