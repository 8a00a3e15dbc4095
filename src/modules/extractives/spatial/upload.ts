import fs from 'node:fs/promises';
import { checkFile, isReceivedFile } from '../../../platform/files/index.ts';
import type { FieldError } from '../../../platform/http/errors.ts';
import type { Translator } from '../../../platform/i18n/index.ts';
import { fileUpload } from '../../../platform/views/components.ts';
import type { Html } from '../../../platform/views/html.ts';

/**
 * The upload of a cadastre's export on a form (restricted layers, licences): a GeoJSON
 * FeatureCollection or a ZIP of shapefiles, up to 100 MiB, in the field `file`.
 */
export const areaFilePolicy = {
  maxBytes: 100 * 1024 * 1024,
  types: ['application/zip', 'application/json', 'application/geo+json'],
};

/** The route's `uploads` limits for a form of `fields` text fields beside the file. */
export const areaUploadLimits = (fields: number) => ({
  files: 1,
  fileSize: areaFilePolicy.maxBytes,
  fields,
  fieldSize: 1024,
});

/** The file field, with its hint and error. */
export function areaFileField(
  page: Parameters<typeof fileUpload>[0],
  t: Translator,
  hint: string,
  error: string | undefined,
): Html {
  return fileUpload(page, {
    id: 'file',
    label: t('extractives.restricted.file'),
    hint,
    accept: ['.zip', '.geojson', '.json', 'application/zip', 'application/json'],
    ...(error ? { error } : {}),
  });
}

/** The export sent in the form's body (its bytes and name), or the problem with it added to `errors`. */
export async function uploadedAreaFile(
  body: Record<string, unknown>,
  t: Translator,
  errors: FieldError[],
): Promise<{ bytes: Uint8Array; name: string } | undefined> {
  const file = Array.isArray(body.file) ? body.file[0] : body.file;
  if (!isReceivedFile(file)) {
    errors.push({ field: 'file', message: t('extractives.restricted.choose') });
    return undefined;
  }
  const refused = checkFile(file, areaFilePolicy, 'file');
  if (refused) {
    errors.push({ field: 'file', message: refused.message });
    return undefined;
  }
  return { bytes: await fs.readFile(file.path), name: file.filename };
}
