import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { createPage } from './create.ts';
import { listPages } from './list.ts';
import { officialPage } from './official.ts';

/** The module's pages: the list with its downloads, the form that records a term, an official's page. */
export function officialsPages(app: App, ctx: ModuleContext): void {
  listPages(app, ctx);
  createPage(app, ctx);
  officialPage(app, ctx);
}
