import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { benefitsPages } from './benefits.ts';
import { benefitsApi, benefitsForm } from './benefits-form.ts';

/** The pages of special funds, non-budgetary income and public servants' benefits (helper `funds`). */
export function fundsPages(app: App, ctx: ModuleContext): void {
  benefitsPages(app, ctx);
  benefitsForm(app, ctx);
}

/** Their API routes, under `/api/v1`. */
export function fundsApi(app: App, ctx: ModuleContext): void {
  benefitsApi(app, ctx);
}
