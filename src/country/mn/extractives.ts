import type { ExtractivesPack, ExtractivesSource } from '../extractives-pack.ts';

const mineralsLaw: ExtractivesSource = {
  mn: 'Ашигт малтмалын тухай хууль (2006)',
  en: 'Minerals Law of Mongolia (2006)',
  url: 'https://legalinfo.mn/mn/detail/63',
  confirmed: true,
  note: 'Terms and extensions as in articles 21 and 26 of the 2006 law as amended in 2014; the area limits of article 17 were recalled, not re-read.',
};

const petroleumLaw: ExtractivesSource = {
  mn: 'Газрын тосны тухай хууль (2014)',
  en: 'Petroleum Law of Mongolia (2014)',
  url: 'https://legalinfo.mn/mn/detail/10249',
  confirmed: false,
  note: 'Exploration 5 years with two extensions and production 25 years with two 5-year extensions as recalled from commentaries on the 2014 law; not checked against its text.',
};

const landLaw: ExtractivesSource = {
  mn: 'Газрын тухай хууль (2002)',
  en: 'Land Law of Mongolia (2002)',
  url: 'https://legalinfo.mn/mn/detail/216',
  confirmed: false,
  note: 'Possession 15 to 60 years, extended by up to 40 years at a time; use up to 5 years (article 35 as recalled). Ownership has no term (Law on Allocation of Land to Mongolian Citizens for Ownership, 2002).',
};

const waterLaw: ExtractivesSource = {
  mn: 'Усны тухай хууль (2012)',
  en: 'Water Law of Mongolia (2012)',
  url: 'https://legalinfo.mn/mn/detail/8713',
  confirmed: false,
  note: 'The term of a water-use permit could not be confirmed; 5 years is an assumption of this pack.',
};

const cadastreCounts: ExtractivesSource = {
  mn: 'Ашигт малтмал, газрын тосны газар, кадастрын мэдээ, 2016 оны эцэс',
  en: 'Mineral Resources and Petroleum Authority, cadastre figures at the end of 2016',
  confirmed: true,
  note: 'As cited in the Open Government Partnership progress reporting; the authority’s own table was not read.',
};

/** Mongolia's licences, resource contracts and environmental list. */
export const extractives: ExtractivesPack = {
  licenceTypes: [
    {
      code: 'mineral-exploration',
      resource: 'mineral',
      name: { mn: 'Ашигт малтмалын хайгуулын тусгай зөвшөөрөл', en: 'Mineral exploration licence' },
      issuerSlug: 'mineral-resources-authority',
      initialTermYears: 3,
      extensions: { count: 3, years: 3 },
      areaHa: { min: 25, max: 150_000 },
      polygonRequired: true,
      source: mineralsLaw,
    },
    {
      code: 'mining',
      resource: 'mineral',
      name: { mn: 'Ашигт малтмал ашиглах тусгай зөвшөөрөл', en: 'Mining licence' },
      issuerSlug: 'mineral-resources-authority',
      initialTermYears: 30,
      extensions: { count: 2, years: 20 },
      areaHa: null,
      polygonRequired: true,
      source: mineralsLaw,
    },
    {
      code: 'petroleum-psc-block',
      resource: 'petroleum',
      name: { mn: 'Газрын тосны бүтээгдэхүүн хуваах гэрээт талбай', en: 'Oil production-sharing block' },
      issuerSlug: 'petroleum-authority',
      initialTermYears: 5,
      extensions: { count: 2, years: 2 },
      areaHa: null,
      polygonRequired: true,
      source: petroleumLaw,
    },
    {
      code: 'land-possession',
      resource: 'land',
      name: { mn: 'Газар эзэмших эрх', en: 'Land possession right' },
      issuerSlug: 'administration-of-land-affairs-geodesy-and-cartography',
      initialTermYears: 60,
      extensions: { count: 1, years: 40 },
      areaHa: null,
      polygonRequired: true,
      source: landLaw,
    },
    {
      code: 'land-use',
      resource: 'land',
      name: { mn: 'Газар ашиглах эрх', en: 'Land use right' },
      issuerSlug: 'administration-of-land-affairs-geodesy-and-cartography',
      initialTermYears: 5,
      extensions: { count: 1, years: 5 },
      areaHa: null,
      polygonRequired: true,
      source: landLaw,
    },
    {
      code: 'land-ownership',
      resource: 'land',
      name: { mn: 'Газар өмчлөх эрх', en: 'Land ownership' },
      issuerSlug: 'administration-of-land-affairs-geodesy-and-cartography',
      initialTermYears: null,
      extensions: null,
      areaHa: null,
      polygonRequired: false,
      source: landLaw,
    },
    {
      code: 'water-use',
      resource: 'water',
      name: { mn: 'Ус ашиглах зөвшөөрөл', en: 'Water use permit' },
      issuerSlug: 'ministry-of-environment-and-green-development',
      initialTermYears: 5,
      extensions: { count: 1, years: 5 },
      areaHa: null,
      polygonRequired: false,
      source: waterLaw,
    },
  ],
  contractTypes: [
    {
      code: 'investment',
      name: { mn: 'Хөрөнгө оруулалтын гэрээ', en: 'Investment agreement' },
      maxTermYears: null,
      source: {
        mn: 'Ашигт малтмалын тухай хууль (2006), 29-р зүйл',
        en: 'Minerals Law (2006), article 29',
        confirmed: false,
        note: 'The 2009 Oyu Tolgoi agreement runs 30 years with an extension of 20; no maximum term was confirmed in the law.',
      },
    },
    {
      code: 'stability',
      name: { mn: 'Тогтворжуулалтын гэрээ', en: 'Stability agreement' },
      maxTermYears: 18,
      source: {
        mn: 'Хөрөнгө оруулалтын тухай хууль (2013), 14–15-р зүйл',
        en: 'Investment Law of Mongolia (2013), articles 14–15',
        confirmed: false,
        note: 'Terms of 5 to 18 years by the size of the investment, as recalled; the law’s table was not re-read.',
      },
    },
    {
      code: 'production-sharing',
      name: { mn: 'Бүтээгдэхүүн хуваах гэрээ', en: 'Production sharing contract' },
      maxTermYears: 45,
      source: petroleumLaw,
    },
    {
      code: 'concession',
      name: { mn: 'Концессын гэрээ', en: 'Concession agreement' },
      maxTermYears: null,
      source: {
        mn: 'Концессын тухай хууль (2010)',
        en: 'Law on Concessions (2010)',
        confirmed: false,
        note: 'No maximum term was confirmed.',
      },
    },
    {
      code: 'land-water',
      name: { mn: 'Газар, ус ашиглах гэрээ', en: 'Land or water use contract' },
      maxTermYears: null,
      source: landLaw,
    },
  ],
  // The cadastre body keeps the register of agreements on mineral and petroleum deposits.
  contractsPublisherSlug: 'mineral-resources-authority',
  contractsPublisherSource: {
    mn: 'Ашигт малтмал, газрын тосны газар (mrpam.gov.mn)',
    en: 'Mineral Resources and Petroleum Authority (mrpam.gov.mn)',
    url: 'https://mrpam.gov.mn',
    confirmed: false,
    note: 'That the authority (not the ministry) publishes the agreements is this platform’s choice, after the issue; the law naming the publisher was not read.',
  },
  licenceCounts: [
    { type: 'mineral-exploration', count: 2174, asOf: '2016-12-31', source: cadastreCounts },
    { type: 'mining', count: 1571, asOf: '2016-12-31', source: cadastreCounts },
  ],
  environmentalList: {
    keeperSlug: 'ministry-of-environment-and-green-development',
    replyDays: 14,
    appealDays: 30,
    source: {
      mn: 'Захиргааны ерөнхий хууль (2015), 27, 91-р зүйл',
      en: 'General Administrative Law (2015), articles 27 and 91',
      confirmed: false,
      note: 'A hearing before an unfavourable decision and 30 days to appeal as recalled; 14 days to reply is this platform’s policy, not the law’s.',
    },
  },
  restrictedLayers: [
    { layer: 'protected-areas', name: { mn: 'Тусгай хамгаалалттай газар', en: 'Protected areas' } },
    {
      layer: 'water-sources',
      name: { mn: 'Усны эх, хамгаалалтын бүс', en: 'Water sources and their protection zones' },
    },
  ],
};
