import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { contractForms } from './forms.ts';
import { comparePage } from './page-compare.ts';
import { contractPages } from './page-contract.ts';
import { contractListPages } from './page-list.ts';

export { contractsApi } from './api.ts';
export { annotationsDataset, contractsDataset } from './datasets.ts';
export { loadContractsDemo } from './demo.ts';
export { contractsEntitySection } from './entity-section.ts';
export { contractsSearch } from './search.ts';

/** The contracts' pages: the list with search, the comparison, the forms, a contract and its pages. */
export function contractsPages(app: App, ctx: ModuleContext): void {
  contractListPages(app, ctx);
  comparePage(app, ctx);
  contractForms(app, ctx);
  contractPages(app, ctx);
}
