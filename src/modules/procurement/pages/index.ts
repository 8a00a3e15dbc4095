import { sendDownload } from '../../../platform/datasets/download.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { procurementDataset } from '../dataset.ts';
import { processListPage } from './list.ts';
import { ocdsPages } from './ocds.ts';
import { processPage } from './process.ts';
import { profilePages } from './profiles.ts';
import { publicPage } from './shared.ts';
import { uploadPages } from './upload.ts';

export function procurementPages(app: App, ctx: ModuleContext): void {
  processListPage(app, ctx);
  processPage(app, ctx);
  profilePages(app, ctx);
  uploadPages(app, ctx);
  ocdsPages(app, ctx);
  for (const format of ['csv', 'json'] as const) {
    publicPage(app, `/procurement.${format}`, {}, (request, reply) =>
      sendDownload(request, reply, ctx.db, procurementDataset, format, { ignore: ['sort', 'page'] }),
    );
  }
}
