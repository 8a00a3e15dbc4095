import { datasetFields, lastChanged } from '../../platform/datasets/declare.ts';
import { sql } from '../../platform/db/sql.ts';
import { datasetFilters } from '../../platform/lists/dataset.ts';
import type { DatasetDeclaration } from '../../platform/module.ts';
import { exchangeRatesList } from './lists.ts';
import { exchangeRatesRows } from './queries.ts';

/**
 * The official exchange rates as open data: one row per currency and day, with the source each
 * came from. Its downloads take the list page's filters (`currency`, `from`, `to`), declared once
 * in lists.ts.
 */
export const exchangeRatesDataset: DatasetDeclaration = {
  id: 'exchange-rates',
  title: { mn: 'Валютын албан ханш', en: 'Official exchange rates' },
  description: {
    mn: 'Төв банкны тогтоосон валютын албан ханш өдөр бүрээр: нэг нэгж (эсвэл заасан тооны нэгж) гадаад валют хэдэн төгрөгтэй тэнцэх, эх сурвалжийн хамт.',
    en: 'The central bank’s official exchange rates by day: how much national currency one unit (or the stated number of units) of a foreign currency was worth, with the source of each.',
  },
  publisher: 'bank-of-mongolia',
  themes: ['ECON'],
  frequency: 'daily',
  key: ['key'],
  fields: datasetFields({
    key: {
      mn: 'Таних тэмдэг',
      en: 'Identifier',
      description: {
        mn: 'Валют ба өдөр, жишээ нь USD/2015-01-02.',
        en: 'Currency and day, e.g. USD/2015-01-02.',
      },
      required: true,
    },
    currency: { mn: 'Валют', en: 'Currency', required: true },
    date: { mn: 'Огноо', en: 'Date', type: 'date', required: true },
    rate: {
      mn: 'Ханш',
      en: 'Rate',
      type: 'number',
      description: {
        mn: 'Нэгжийн тоотой тэнцэх үндэсний мөнгөн тэмдэгт.',
        en: 'National currency for the units.',
      },
      required: true,
    },
    units: { mn: 'Нэгж', en: 'Units', type: 'integer', required: true },
    source_en: { mn: 'Эх сурвалж (англи)', en: 'Source (English)', required: true },
    source_mn: { mn: 'Эх сурвалж (монгол)', en: 'Source (Mongolian)', required: true },
    source_url: { mn: 'Эх сурвалжийн хаяг', en: 'Source address' },
    source_file: { mn: 'Файл', en: 'File', required: true },
  }),
  source: exchangeRatesRows,
  filters: datasetFilters(exchangeRatesList),
  // When the rows last changed, or when the register was installed: the catalogue always has a date.
  lastModified: lastChanged({
    rows: sql`select max(updated_at) from exchange_rates`,
    dataset: 'exchange-rates',
    installed: 'platform',
  }),
  recordPath: (key) => `/exchange-rates/${key.slice(0, 3)}`,
};
