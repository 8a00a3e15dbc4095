import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { compliancePages } from './compliance.ts';
import { splittingPages } from './splitting.ts';
import { transactionPages } from './transactions.ts';

/** The pages of transactions, threshold splitting and publication compliance. */
export function paymentsPages(app: App, ctx: ModuleContext): void {
  transactionPages(app, ctx);
  splittingPages(app, ctx);
  compliancePages(app, ctx);
}
