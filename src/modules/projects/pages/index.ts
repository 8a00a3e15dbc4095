import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { agencyPage } from './agency.ts';
import { formPages } from './forms.ts';
import { listPages } from './list.ts';
import { mapPage } from './map.ts';
import { recordPage } from './record.ts';

/**
 * The module's core pages: the list with its downloads, the map, an implementing body's page,
 * the forms, a project's page. The fixed paths are registered before `/projects/:slug`.
 */
export function projectsPages(app: App, ctx: ModuleContext): void {
  listPages(app, ctx);
  mapPage(app, ctx);
  agencyPage(app, ctx);
  formPages(app, ctx);
  recordPage(app, ctx);
}
