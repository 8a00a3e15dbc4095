import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Actor } from '../../../platform/auth/actor.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import type { RequestMeta } from '../../../platform/http/types.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { importOcdsFile, type OcdsImportReport } from './run.ts';

/**
 * Publishing through the site or the API: the same import as the CLI's, as this actor, who may
 * publish only releases of processes whose buyer, as stored and as published, is an organisation
 * they publish for (`importOcdsFile` checks it).
 */
export async function importAsActor(
  ctx: ModuleContext,
  actor: Actor,
  file: string,
  options: {
    skipInvalid: boolean;
    fileName: string;
    meta?: RequestMeta;
    beforeCommit?: (tx: Queryable) => Promise<Record<string, string | number>>;
  },
): Promise<OcdsImportReport> {
  return importOcdsFile(ctx, file, {
    ...(options.beforeCommit ? { beforeCommit: options.beforeCommit } : {}),
    actor,
    skipInvalid: options.skipInvalid,
    fileName: options.fileName,
    ...(options.meta ? { meta: options.meta } : {}),
  });
}

/** The API's JSON body, through a temporary file so that it takes the one streamed path. */
export async function importUploaded(
  ctx: ModuleContext,
  actor: Actor,
  text: string,
  options: { skipInvalid: boolean; fileName: string; meta?: RequestMeta },
): Promise<OcdsImportReport> {
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'shilen-ocds-'));
  const file = path.join(dir, 'upload.json');
  try {
    await fs.promises.writeFile(file, text);
    return await importAsActor(ctx, actor, file, options);
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}
