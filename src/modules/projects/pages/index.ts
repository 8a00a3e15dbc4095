import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { createPage } from './create.ts';
import { listPages } from './list.ts';
import { recordPage } from './record.ts';

/** The module's pages: the list with its downloads, the form that adds a record, a record's page. */
export function projectsPages(app: App, ctx: ModuleContext): void {
  listPages(app, ctx);
  createPage(app, ctx);
  recordPage(app, ctx);
}
