import type { App } from '../../../../platform/http/types.ts';
import type { ModuleContext } from '../../../../platform/module.ts';
import { casePage } from './case.ts';
import { formPages } from './forms.ts';
import { listPages } from './list.ts';

/** The environmental list's pages: the list with its downloads, the keeper's forms, a case's page. */
export function environmentPages(app: App, ctx: ModuleContext): void {
  listPages(app, ctx);
  formPages(app, ctx);
  casePage(app, ctx);
}
