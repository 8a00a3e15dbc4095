import zlib from 'node:zlib';
import { sql } from '../db/sql.ts';
import type { DatasetDeclaration, DatasetField } from '../module.ts';
import type { DatasetImport } from './types.ts';

/** The same text in both languages, for test declarations. */
export const bi = (text: string) => ({ mn: text, en: text });

/** A test dataset's fields of every type an import parses, keyed by `code`. */
export const itemFields: DatasetField[] = [
  { name: 'code', type: 'string', title: { mn: 'Код', en: 'Code' }, required: true },
  { name: 'amount', type: 'number', title: bi('Amount') },
  { name: 'count', type: 'integer', title: bi('Count') },
  { name: 'active', type: 'boolean', title: bi('Active') },
  { name: 'issued', type: 'date', title: bi('Issued') },
  { name: 'seen_at', type: 'datetime', title: bi('Seen') },
];

/**
 * A test register importable into `table` (its id the table's name in kebab-case), keyed by
 * `code`, read back as its fields in their order; `rules` add to its import section.
 */
export function tableDataset(
  table: string,
  fields: DatasetField[],
  action: string,
  rules: Partial<DatasetImport> = {},
): DatasetDeclaration {
  return {
    id: table.replaceAll('_', '-'),
    title: bi(table),
    description: bi(`Rows of ${table}, for tests`),
    publisher: 'government',
    themes: ['GOVE'],
    key: ['code'],
    fields,
    source: sql`select ${sql.join(fields.map((f) => sql`${sql.id(f.name)}`))} from ${sql.id(table)}`,
    import: { table, action, ...rules },
  };
}

/** Payments (keyed by `code`) whose economic code must be one of their fiscal year, with rules SQL judges. */
export const paymentFields: DatasetField[] = [
  { name: 'code', type: 'string', title: bi('Code'), required: true },
  { name: 'fiscal_year', type: 'integer', title: { mn: 'Төсвийн жил', en: 'Fiscal year' }, required: true },
  { name: 'economic_code', type: 'string', title: bi('Economic code') },
  { name: 'kind', type: 'string', title: bi('Kind'), values: ['payment', 'refund'], required: true },
  { name: 'amount', type: 'number', title: bi('Amount') },
  { name: 'payee_kind', type: 'string', title: bi('Payee kind'), values: ['individual', 'entity'] },
  { name: 'payee_name', type: 'string', title: bi('Payee name') },
];
/** A name shaped as a person's: an initial, a dot, a given name (Б.Батболд). */
const PERSON = '^[А-ЯӨҮЁ]\\.\\s*[А-ЯӨҮЁ][а-яөүё]+$';
/** The import rules of the payments: their codes in `codes (year, code)`. */
export const paymentRules = (codes: string): Partial<DatasetImport> => ({
  columns: {
    economic_code: {
      pattern: { regex: /^\d{4}$/, sql: '^[0-9]{4}$', message: bi('Four digits') },
      references: {
        table: codes,
        column: 'code',
        with: { fiscal_year: 'year' },
        message: {
          mn: '{value} код {fiscal_year} оны ангилалд алга',
          en: 'Code {value} is not in the classification of {fiscal_year}',
        },
      },
    },
  },
  rules: [
    { field: 'amount', holds: sql`amount >= 0 or kind = 'refund'`, message: bi('Negative unless a refund') },
    {
      field: 'amount',
      holds: sql`kind <> 'refund' or amount is not null`,
      message: bi('A refund has an amount'),
    },
    {
      field: 'payee_name',
      holds: sql`payee_kind <> 'individual' or payee_name is null`,
      message: bi('An individual is not named'),
    },
    { field: 'payee_name', holds: sql`payee_name !~ ${PERSON}`, message: bi('A person’s name') },
  ],
});

/** One entry of a test zip: its deflated bytes and the inflated size it declares, true or not. */
export interface ZipEntry {
  name: string;
  deflated: Buffer;
  size: number;
  crc: number;
}

/** A small text entry, deflated, declaring its true size and checksum. */
export function zipText(name: string, text: string): ZipEntry {
  const bytes = Buffer.from(text, 'utf8');
  return { name, deflated: zlib.deflateRawSync(bytes), size: bytes.length, crc: zlib.crc32(bytes) };
}

/**
 * An entry that inflates to `prefix`, `megabytes` MiB of spaces and `suffix` while its deflated
 * bytes stay about a thousandth of that: one MiB of spaces deflated once and its blocks repeated
 * (a full flush leaves each block on its own, referring to nothing before it). It declares
 * `declared` bytes (default its true size); its checksum is not computed (nothing reads so far).
 */
export function zipSpaces(
  name: string,
  prefix: string,
  megabytes: number,
  suffix: string,
  declared?: number,
): ZipEntry {
  const flushed = { finishFlush: zlib.constants.Z_FULL_FLUSH };
  const mib = zlib.deflateRawSync(Buffer.alloc(1 << 20, 0x20), flushed);
  const deflated = Buffer.concat([
    zlib.deflateRawSync(Buffer.from(prefix), flushed),
    ...Array.from({ length: megabytes }, () => mib),
    zlib.deflateRawSync(Buffer.from(suffix)),
  ]);
  const size = Buffer.byteLength(prefix) + megabytes * (1 << 20) + Buffer.byteLength(suffix);
  return { name, deflated, size: declared ?? size, crc: 0 };
}

/** A zip archive (deflated entries, no data descriptors) as a spreadsheet program would write one. */
export function zipArchive(entries: readonly ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflated
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.deflated.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(name.length, 26);
    parts.push(local, name, entry.deflated);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(8, 10);
    header.writeUInt32LE(entry.crc >>> 0, 16);
    header.writeUInt32LE(entry.deflated.length, 20);
    header.writeUInt32LE(entry.size, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    offset += local.length + name.length + entry.deflated.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

/** The parts of a workbook besides its sheet, in the order Excel writes them. */
export function workbookParts(): ZipEntry[] {
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rels = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return [
    zipText(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    zipText(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rels}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    zipText(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${main}" xmlns:r="${rels}"><sheets><sheet name="data" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    zipText(
      'xl/sharedStrings.xml',
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${main}" count="0" uniqueCount="0"/>`,
    ),
  ];
}

/** A sheet's XML around its rows. */
export const sheetXml = {
  open: '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
  close: '</sheetData></worksheet>',
};
