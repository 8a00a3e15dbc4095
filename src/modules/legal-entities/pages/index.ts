import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { entityPage } from './entity.ts';
import { formPages } from './form.ts';
import { listPages } from './list.ts';
import { registerMatchPages } from './matches.ts';

/** The module's pages: the list with its downloads, the staff's forms, the queue of names to match and the log of merges, an entity's page. */
export function legalEntitiesPages(app: App, ctx: ModuleContext): void {
  listPages(app, ctx);
  registerMatchPages(app, ctx);
  formPages(app, ctx);
  entityPage(app, ctx);
}
