import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { benefitsPages } from './benefits.ts';
import { benefitsApi, benefitsForm } from './benefits-form.ts';
import { donationPages } from './donations.ts';
import { fundPages } from './funds.ts';
import { fundForms, fundFormsApi } from './funds-forms.ts';

/** The pages of special funds, non-budgetary income and public servants' benefits (helper `funds`). */
export function fundsPages(app: App, ctx: ModuleContext): void {
  fundForms(app, ctx);
  fundPages(app, ctx);
  donationPages(app, ctx);
  benefitsPages(app, ctx);
  benefitsForm(app, ctx);
}

/** Their API routes, under `/api/v1`. */
export function fundsApi(app: App, ctx: ModuleContext): void {
  benefitsApi(app, ctx);
  fundFormsApi(app, ctx);
}
