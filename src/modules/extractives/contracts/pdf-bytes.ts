import { createHash, randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../../../platform/config.ts';
import type { ReceivedFile } from '../../../platform/files/index.ts';
import { incomingDir } from '../../../platform/files/receive.ts';

/**
 * A PDF made with pdf-lib (a development dependency, loaded only when called: by the demo and the
 * tests): one page per entry, its lines of text in Helvetica (Latin text only), or an empty page
 * for `null` — a page with no text layer, as a scan is.
 */
export async function makePdf(pages: readonly (readonly string[] | null)[]): Promise<Uint8Array> {
  const { PDFDocument, StandardFonts } = await import('pdf-lib');
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = doc.addPage([595, 842]);
    let y = 780;
    for (const line of lines ?? []) {
      page.drawText(line, { x: 56, y, size: 11, font });
      y -= 16;
    }
  }
  return doc.save();
}

/**
 * Bytes made in the process handed over as an upload would be: written to the incoming folder,
 * hashed and typed, so the same command keeps them (the demo's documents, the tests').
 */
export async function receivedFile(
  config: Pick<Config, 'dataDir'>,
  bytes: Uint8Array,
  filename: string,
  field = 'document',
): Promise<ReceivedFile> {
  const dir = incomingDir(config);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, randomUUID());
  await writeFile(file, bytes);
  const isPdf = Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';
  return {
    kind: 'received-file',
    field,
    filename,
    claimedType: 'application/pdf',
    size: bytes.byteLength,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    sniffedType: isPdf ? 'application/pdf' : undefined,
    truncated: false,
    path: file,
  };
}
