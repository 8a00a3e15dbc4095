import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { entityPage } from './entity.ts';
import { formPages } from './form.ts';
import { listPages } from './list.ts';

/** The module's pages: the list with its downloads, the staff's forms, an entity's page. */
export function legalEntitiesPages(app: App, ctx: ModuleContext): void {
  listPages(app, ctx);
  formPages(app, ctx);
  entityPage(app, ctx);
}
