import { Type } from 'typebox';
import { sql } from '../../../platform/db/sql.ts';
import { findFile, sendStoredFile } from '../../../platform/files/index.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { App } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { SlugSchema } from '../../../platform/patterns.ts';

const DocumentParams = Type.Object({
  slug: SlugSchema(),
  id: Type.Integer({ minimum: 1, maximum: 2 ** 53 - 1 }),
});

/**
 * A project's stored documents (photos of the works, report files, studies): public records,
 * sent as the platform sends every stored file (its sniffed type, sandboxed, images and PDF shown
 * in place). Linked documents are links, never proxied.
 */
export function documentPages(app: App, ctx: ModuleContext): void {
  app.get(
    '/projects/:slug/documents/:id',
    { schema: { hide: true, params: DocumentParams }, config: { access: 'public' } },
    async (request, reply) => {
      const [doc] = await ctx.db.query<{ fileId: string }>(
        sql`select d.file_id::text as "fileId" from project_documents d join projects p on p.id = d.project_id
          where p.slug = ${request.params.slug} and d.id = ${request.params.id} and d.file_id is not null`,
      );
      const file = doc ? await findFile(ctx.db, doc.fileId) : undefined;
      if (!file) throw notFound();
      return sendStoredFile(reply, ctx.config, file);
    },
  );
}
