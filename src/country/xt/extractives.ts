import type { ExtractivesPack, ExtractivesSource } from '../extractives-pack.ts';

/** Testland's resources: fictional, and different from Mongolia's in every figure. */
const fictional: ExtractivesSource = { mn: 'Зохиомол', en: 'Fictional.', confirmed: true };

export const extractives: ExtractivesPack = {
  licenceTypes: [
    {
      code: 'prospecting',
      resource: 'mineral',
      name: { mn: 'Эрэл хайгуулын зөвшөөрөл', en: 'Prospecting permit' },
      issuerSlug: 'testland-treasury',
      initialTermYears: 2,
      extensions: { count: 1, years: 2 },
      areaHa: { min: 10, max: 5_000 },
      polygonRequired: true,
      source: fictional,
    },
    {
      code: 'quarry',
      resource: 'mineral',
      name: { mn: 'Карьерын зөвшөөрөл', en: 'Quarry permit' },
      issuerSlug: 'testland-treasury',
      initialTermYears: 10,
      extensions: null,
      areaHa: { min: null, max: 500 },
      polygonRequired: true,
      source: fictional,
    },
    {
      code: 'well',
      resource: 'water',
      name: { mn: 'Худгийн зөвшөөрөл', en: 'Well permit' },
      issuerSlug: 'north-province-governor',
      initialTermYears: 3,
      extensions: { count: 2, years: 3 },
      areaHa: null,
      polygonRequired: false,
      source: fictional,
    },
  ],
  contractTypes: [
    { code: 'lease', name: { mn: 'Түрээсийн гэрээ', en: 'Lease' }, maxTermYears: 25, source: fictional },
  ],
  contractsPublisherSlug: 'testland-treasury',
  contractsPublisherSource: fictional,
  licenceCounts: [{ type: 'prospecting', count: 40, asOf: '2020-03-31', source: fictional }],
  environmentalList: { keeperSlug: 'testland-treasury', replyDays: 21, appealDays: 15, source: fictional },
  restrictedLayers: [{ layer: 'reserves', name: { mn: 'Нөөц газар', en: 'Reserves' } }],
};
