import type { DatasetField } from '../module.ts';
import type { ImportColumn, ProblemText } from './types.ts';

export type Parsed = { ok: true; value: unknown } | { ok: false; message: ProblemText };

const fail = (mn: string, en: string): Parsed => ({ ok: false, message: { mn, en } });
const show = (v: unknown) => (String(v).length > 60 ? `${String(v).slice(0, 60)}…` : String(v));

// The common spellings, checked first: most cells of a large file take these fast paths.
const PLAIN_INTEGER = /^-?\d{1,15}$/;
const PLAIN_DECIMAL = /^-?\d{1,15}(\.\d{1,15})?$/;

/**
 * Control characters no cell may hold: NUL, which PostgreSQL stores in no text or JSON value, and
 * the rest of C0 but tab, line feed and carriage return, which XML 1.0 cannot carry (the dataset's
 * XLSX download and its feeds would break). The fast path's scanner gives up on the same bytes.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

const TRUE = new Set(['true', 'yes', '1', 'y', 'тийм', 'үнэн']);
const FALSE = new Set(['false', 'no', '0', 'n', 'үгүй', 'худал']);

/** "1 234,5" and "1,234.5" as spreadsheets in either convention write them; null if not a number. */
function parseNumber(text: string): number | null {
  let t = text.replace(/[\s\u00a0']/g, '');
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replaceAll(',', '');
  else if (/^-?\d+,\d+$/.test(t)) t = t.replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

function validDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * One cell to the field's type: text trimmed (empty is null), numbers in either decimal
 * convention, dates as `YYYY-MM-DD` (or a spreadsheet's date), date-times as ISO 8601. The value
 * must be one of the field's `values`, and meet the import's `maxLength` and `pattern`.
 */
export function parseCell(raw: unknown, field: DatasetField, rules: ImportColumn = {}): Parsed {
  if (raw === null || raw === undefined) return { ok: true, value: null };
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return fail('Огноо буруу', 'Not a valid date');
    if (field.type === 'date') return { ok: true, value: raw.toISOString().slice(0, 10) };
    if (field.type === 'datetime') return { ok: true, value: raw.toISOString() };
    raw = raw.toISOString().slice(0, 10);
  }
  if (typeof raw === 'object')
    return fail('Нэг утга биш (жагсаалт эсвэл объект)', 'Not a single value (a list or an object)');
  const text = typeof raw === 'string' ? raw.trim() : String(raw);
  if (text === '') return { ok: true, value: null };
  const control = CONTROL.exec(text);
  if (control) {
    const code = `U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    return fail(
      `Хадгалах боломжгүй удирдах тэмдэгт (${code}) байна; түүнийг арилгана уу`,
      `Holds a control character (${code}), which cannot be stored; remove it`,
    );
  }
  if (text.includes('\uFFFD'))
    return fail(
      'Файлын кодчилолд тохирохгүй тэмдэгт байна (кодчиллыг шалгана уу)',
      'Holds bytes that are not text in the file’s encoding (check the encoding)',
    );
  let value: unknown = text;
  switch (field.type) {
    case 'integer': {
      const n = typeof raw === 'number' ? raw : PLAIN_INTEGER.test(text) ? Number(text) : parseNumber(text);
      if (n === null || !Number.isSafeInteger(n))
        return fail(`Бүхэл тоо биш: "${show(text)}"`, `Not a whole number: "${show(text)}"`);
      value = n;
      break;
    }
    case 'number': {
      const n = typeof raw === 'number' ? raw : PLAIN_DECIMAL.test(text) ? Number(text) : parseNumber(text);
      if (n === null) return fail(`Тоо биш: "${show(text)}"`, `Not a number: "${show(text)}"`);
      value = n;
      break;
    }
    case 'boolean': {
      const lower = text.toLocaleLowerCase('mn');
      if (TRUE.has(lower)) value = true;
      else if (FALSE.has(lower)) value = false;
      else return fail(`Тийм/үгүй утга биш: "${show(text)}"`, `Not yes or no (true/false): "${show(text)}"`);
      break;
    }
    case 'date': {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text) ?? /^(\d{4})\.(\d{2})\.(\d{2})$/.exec(text);
      if (!m || !validDate(Number(m[1]), Number(m[2]), Number(m[3])))
        return fail(
          `Огноо ОООО-СС-ӨӨ хэлбэртэй байх ёстой: "${show(text)}"`,
          `Not a date as YYYY-MM-DD: "${show(text)}"`,
        );
      value = `${m[1]}-${m[2]}-${m[3]}`;
      break;
    }
    case 'datetime': {
      const ok = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(text);
      const date = new Date(text.replace(' ', 'T'));
      if (!ok || Number.isNaN(date.getTime()))
        return fail(
          `Огноо, цаг ISO 8601 хэлбэртэй байх ёстой: "${show(text)}"`,
          `Not a date and time as ISO 8601: "${show(text)}"`,
        );
      value = date.toISOString();
      break;
    }
    case 'string':
      break;
  }
  if (field.values && !field.values.includes(String(value)))
    return fail(
      `"${show(text)}" зөвшөөрөгдөх утга биш; боломжит утгууд: ${field.values.join(', ')}`,
      `"${show(text)}" is not one of the allowed values: ${field.values.join(', ')}`,
    );
  if (rules.maxLength !== undefined && text.length > rules.maxLength)
    return fail(
      `Хэт урт: ${text.length} тэмдэгт, ${rules.maxLength}-аас ихгүй байх ёстой`,
      `Too long: ${text.length} characters, at most ${rules.maxLength}`,
    );
  if (rules.pattern && !rules.pattern.regex.test(text)) {
    return {
      ok: false,
      message: {
        mn: `${rules.pattern.message.mn}: "${show(text)}"`,
        en: `${rules.pattern.message.en}: "${show(text)}"`,
      },
    };
  }
  return { ok: true, value };
}

export const requiredMissing: ProblemText = {
  mn: 'Заавал бөглөх утга хоосон байна',
  en: 'A required value is empty',
};

/** The SQL type a field is staged as. */
export function sqlType(field: DatasetField): string {
  switch (field.type) {
    case 'integer':
      return 'bigint';
    case 'number':
      return 'numeric';
    case 'boolean':
      return 'boolean';
    case 'date':
      return 'date';
    case 'datetime':
      return 'timestamptz';
    default:
      return 'text';
  }
}
