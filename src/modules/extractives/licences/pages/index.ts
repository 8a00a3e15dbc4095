import type { App } from '../../../../platform/http/types.ts';
import type { ModuleContext } from '../../../../platform/module.ts';
import { useLicenceKinds } from '../kinds.ts';
import { formPages } from './form.ts';
import { importPage } from './import.ts';
import { listPages } from './list.ts';
import { overviewPage } from './overview.ts';
import { recordPage } from './record.ts';

/** The licence register's pages, and the module's overview (`/extractives`). */
export function licencesPages(app: App, ctx: ModuleContext): void {
  useLicenceKinds(ctx.country.extractives.licenceTypes);
  overviewPage(app, ctx);
  listPages(app, ctx);
  formPages(app, ctx);
  importPage(app, ctx);
  recordPage(app, ctx);
}
