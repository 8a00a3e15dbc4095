import type { Locale } from '../i18n/index.ts';
import type { DatasetField } from '../module.ts';
import type { Dataset } from './dataset.ts';
import { type FilterValues, filterQuery } from './filters.ts';
import { type DownloadFormat, downloadFormatNames, downloadFormats } from './formats.ts';
import { licences } from './vocabularies.ts';

/** The Frictionless Table Schema of a dataset's fields, in one language. */
export function tableSchema(dataset: Dataset, locale: Locale) {
  return {
    fields: dataset.fields.map((f: DatasetField) => ({
      name: f.name,
      type: f.type,
      // Downloads write times with milliseconds (`2024-05-01T08:30:00.000Z`), so not the default format.
      ...(f.type === 'datetime' ? { format: 'any' } : {}),
      title: f.title[locale],
      ...(f.description ? { description: f.description[locale] } : {}),
      ...(f.required || f.values
        ? {
            constraints: {
              ...(f.required ? { required: true } : {}),
              ...(f.values ? { enum: [...f.values] } : {}),
            },
          }
        : {}),
    })),
    primaryKey: [...dataset.key],
    missingValues: [''],
  };
}

/** Where a dataset's download in `format` is, with its filters. */
export function downloadPath(
  dataset: Pick<Dataset, 'id'>,
  format: DownloadFormat,
  filters: FilterValues = {},
) {
  return `/datasets/${dataset.id}/download.${format}${filterQuery(filters)}`;
}

/**
 * A Frictionless Data Package (v2, also valid as v1) describing a dataset's downloads: one
 * tabular resource per format, each with the Table Schema of the declared fields. With filters,
 * the resources are the filtered downloads.
 */
export function dataPackage(
  dataset: Dataset,
  options: {
    publicUrl: string;
    locale: Locale;
    publisher?: { title: string; path: string };
    modified: Date | null;
    filters?: FilterValues;
  },
) {
  const { publicUrl, locale } = options;
  const licence = licences[dataset.licence];
  const schema = tableSchema(dataset, locale);
  const keywords = [...dataset.keywords[locale]];
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: dataset.id,
    id: `${publicUrl}/datasets/${dataset.id}`,
    title: dataset.title[locale],
    description: dataset.description[locale],
    homepage: `${publicUrl}/datasets/${dataset.id}`,
    ...(options.modified ? { version: options.modified.toISOString() } : {}),
    ...(keywords.length > 0 ? { keywords } : {}),
    licenses: [{ name: dataset.licence, path: licence.url, title: licence.title }],
    ...(options.publisher
      ? {
          contributors: [
            {
              title: options.publisher.title,
              path: `${publicUrl}${options.publisher.path}`,
              roles: ['publisher'],
            },
          ],
        }
      : {}),
    resources: downloadFormatNames.map((format) => {
      const about = downloadFormats[format];
      return {
        name: `${dataset.id}-${format}`,
        type: 'table',
        path: `${publicUrl}${downloadPath(dataset, format, options.filters)}`,
        format,
        mediatype: about.mediaType,
        ...(format === 'xlsx' ? {} : { encoding: 'utf-8' }),
        ...(format === 'csv'
          ? {
              dialect: {
                delimiter: ',',
                lineTerminator: '\n',
                quoteChar: '"',
                doubleQuote: true,
                header: true,
              },
            }
          : {}),
        schema,
      };
    }),
  };
}
