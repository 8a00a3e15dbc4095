import { extractText, getDocumentProxy } from 'unpdf';

/** One page of a contract's document: its text as extracted, and whether it had any. */
export interface PdfPage {
  number: number;
  text: string;
  /** False for a page that is an image (a scan) with no text layer: shown as such, never as empty. */
  hasText: boolean;
}

/** Why a file was refused: not a PDF at all, or encrypted (its text cannot be published). */
export type PdfRefusal = 'not-pdf' | 'encrypted';

export type PdfReading = { ok: true; pages: PdfPage[] } | { ok: false; refusal: PdfRefusal };

const MAGIC = '%PDF-';

/** Text of a page as kept: NUL removed (PostgreSQL text cannot hold it), runs of blanks folded. */
const clean = (text: string) =>
  text
    .replaceAll(String.fromCharCode(0), '')
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();

/**
 * Reads a PDF page by page with pdf.js (through `unpdf`). Refuses a file that does not start as a
 * PDF or that pdf.js cannot parse (`not-pdf`), and one that is encrypted, whether it needs a
 * password or only restricts use with an owner password (`encrypted`): pdf.js reports the latter
 * in the document information's `EncryptFilterName`.
 */
export async function readPdf(bytes: Uint8Array): Promise<PdfReading> {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (!head.includes(MAGIC)) return { ok: false, refusal: 'not-pdf' };
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // A copy: pdf.js transfers the buffer it is given to its worker.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (error) {
    const name = (error as Error).name;
    return { ok: false, refusal: name === 'PasswordException' ? 'encrypted' : 'not-pdf' };
  }
  try {
    const { info } = await pdf.getMetadata();
    if ((info as { EncryptFilterName?: string | null }).EncryptFilterName)
      return { ok: false, refusal: 'encrypted' };
    const { text } = await extractText(pdf, { mergePages: false });
    const pages = text.map((raw, i) => {
      const t = clean(raw);
      return { number: i + 1, text: t, hasText: t !== '' };
    });
    if (pages.length === 0) return { ok: false, refusal: 'not-pdf' };
    return { ok: true, pages };
  } catch {
    return { ok: false, refusal: 'not-pdf' };
  } finally {
    await pdf.destroy();
  }
}
