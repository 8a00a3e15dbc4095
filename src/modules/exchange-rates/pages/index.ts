import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { currencyPage } from './currency.ts';
import { listPages } from './list.ts';

/** The module's pages: the latest rates and the list with its downloads, a currency's page. */
export function exchangeRatesPages(app: App, ctx: ModuleContext): void {
  listPages(app, ctx);
  currencyPage(app, ctx);
}
