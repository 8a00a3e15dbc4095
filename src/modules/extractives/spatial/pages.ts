import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { importPages } from './import-pages.ts';
import { mapPages } from './map-pages.ts';
import { overlapsPages } from './overlaps-pages.ts';

/** The spatial pages: the map of licence areas with its GeoJSON, the overlaps, and the import of restricted layers. */
export function spatialPages(app: App, ctx: ModuleContext): void {
  mapPages(app, ctx);
  overlapsPages(app, ctx);
  importPages(app, ctx);
}
