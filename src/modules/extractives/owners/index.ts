import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { ownersForms } from './forms.ts';
import { ownersPages } from './pages.ts';

export { ownersApi } from './api.ts';
export { ownersDataset } from './dataset.ts';
export { ownersEntitySection } from './entity-section.ts';
export { ownersMessages } from './messages.ts';

/** The owners' pages: the list, the declaration and import forms (before `:entityId`), an entity's network. */
export function ownersRoutes(app: App, ctx: ModuleContext): void {
  ownersForms(app, ctx);
  ownersPages(app, ctx);
}
