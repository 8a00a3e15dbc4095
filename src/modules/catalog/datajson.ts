import { dataThemes, licences, updateFrequencies } from '../../platform/datasets/vocabularies.ts';
import type { Bilingual, Locale } from '../../platform/i18n/index.ts';
import { type CatalogEntry, distributionsOf } from './catalog.ts';

const EMAIL = /^[\w.-]+@[\w.-]+\.[\w.-]+$/;

/**
 * The catalogue as a Project Open Data v1.1 `data.json` (the non-federal profile: no bureau or
 * program codes, which only US federal agencies have). Texts in one language, English unless
 * `?lang=mn` asks otherwise, since the tools that read data.json expect English.
 */
export function dataJson(
  entries: readonly CatalogEntry[],
  options: {
    publicUrl: string;
    locale: Locale;
    country: Bilingual;
    unitNames: ReadonlyMap<string, Bilingual>;
    today: Date;
  },
) {
  const { publicUrl, locale } = options;
  return {
    '@context': 'https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld',
    '@id': `${publicUrl}/data.json`,
    '@type': 'dcat:Catalog',
    conformsTo: 'https://project-open-data.cio.gov/v1.1/schema',
    describedBy: 'https://project-open-data.cio.gov/v1.1/schema/catalog.json',
    dataset: entries.map((entry) => {
      const d = entry.dataset;
      const keywords =
        d.keywords[locale].length > 0 ? [...d.keywords[locale]] : d.themes.map((t) => dataThemes[t][locale]);
      const email = entry.publisher?.email;
      const publisherName = entry.publisher?.name[locale] ?? d.publisher;
      const end = d.temporal?.end ?? options.today.toISOString().slice(0, 10);
      return {
        '@type': 'dcat:Dataset',
        title: d.title[locale],
        description: d.description[locale],
        keyword: keywords,
        ...(entry.modified ? { modified: entry.modified.toISOString() } : {}),
        ...(entry.created ? { issued: entry.created.toISOString().slice(0, 10) } : {}),
        publisher: { '@type': 'org:Organization', name: publisherName },
        contactPoint: {
          '@type': 'vcard:Contact',
          fn: publisherName,
          ...(email && EMAIL.test(email) ? { hasEmail: `mailto:${email}` } : {}),
        },
        identifier: `${publicUrl}/datasets/${d.id}`,
        accessLevel: 'public',
        license: licences[d.licence].url,
        accrualPeriodicity: updateFrequencies[d.frequency].iso,
        ...(d.temporal ? { temporal: `${d.temporal.start}/${end}` } : {}),
        spatial: d.spatial
          ? d.spatial.map((code) => options.unitNames.get(code)?.[locale] ?? code).join(', ')
          : options.country[locale],
        language: ['mn', 'en'],
        landingPage: `${publicUrl}/datasets/${d.id}`,
        theme: d.themes.map((t) => dataThemes[t][locale]),
        describedBy: `${publicUrl}/datasets/${d.id}/datapackage.json`,
        describedByType: 'application/json',
        distribution: distributionsOf(d, publicUrl).map((x) => ({
          '@type': 'dcat:Distribution',
          title: x.title[locale],
          format: x.format,
          ...(x.kind === 'api' ? { accessURL: x.url } : { downloadURL: x.url, mediaType: x.mediaType }),
          ...(x.conformsTo ? { conformsTo: x.conformsTo } : {}),
        })),
      };
    }),
  };
}
