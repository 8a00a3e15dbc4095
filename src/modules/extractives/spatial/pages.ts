import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { mapPages } from './map-pages.ts';
import { overlapsPages } from './overlaps-pages.ts';

/** The spatial pages: the map of licence areas with its GeoJSON, and the overlaps. */
export function spatialPages(app: App, ctx: ModuleContext): void {
  mapPages(app, ctx);
  overlapsPages(app, ctx);
}
