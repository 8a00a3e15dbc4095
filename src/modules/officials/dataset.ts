import { datasetFilters } from '../../platform/lists/dataset.ts';
import type { DatasetDeclaration } from '../../platform/module.ts';
import { officialTermsDataset } from '../../platform/officials.ts';
import { officialsList } from './lists.ts';

/**
 * Public officials as open data: the platform's declaration of the register (one row per term,
 * public facts only), published with the list page's filters, declared once in lists.ts.
 */
export const officialsDataset: DatasetDeclaration = {
  ...officialTermsDataset,
  filters: datasetFilters(officialsList),
};
