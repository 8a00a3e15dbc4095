/** Errors as CKAN's action API reports them: a type, a message, and per-field messages for validation. */
export class CkanError extends Error {
  readonly status: number;
  readonly type: string;
  readonly fields: Record<string, string[]>;
  constructor(status: number, type: string, message: string, fields: Record<string, string[]> = {}) {
    super(message);
    this.name = 'CkanError';
    this.status = status;
    this.type = type;
    this.fields = fields;
  }
}

export const ckanNotFound = (what = 'Not found') => new CkanError(404, 'Not Found Error', what);
export const ckanInvalid = (field: string, message: string) =>
  new CkanError(409, 'Validation Error', `${field}: ${message}`, { [field]: [message] });
export const ckanSearchError = (message: string) =>
  new CkanError(400, 'Search Query Error', `Search Query is invalid: ${message}`);

export type Params = Readonly<Record<string, unknown>>;

/**
 * The longest text a parameter may hold: far above any id, sort or harvester's query, and it
 * bounds the work a search is asked to do with each package.
 */
export const MAX_TEXT = 1000;

/** The most values a list parameter may hold. */
export const MAX_LIST = 50;

function bounded(name: string, value: string): string {
  if (value.length > MAX_TEXT) throw ckanInvalid(name, `Must be at most ${MAX_TEXT} characters`);
  return value;
}

/** A parameter as one string: GET gives strings, a JSON body may give numbers and booleans. */
export function text(params: Params, name: string): string | undefined {
  const value = params[name];
  if (value === undefined || value === null || value === '') return undefined;
  if (Array.isArray(value)) throw ckanInvalid(name, 'Give one value');
  if (typeof value === 'object') throw ckanInvalid(name, 'Must be a string');
  return bounded(name, String(value));
}

export function required(params: Params, name: string): string {
  const value = text(params, name);
  if (value === undefined) throw ckanInvalid(name, 'Missing value');
  return value;
}

export function integer(params: Params, name: string, fallback: number, min: number, max: number): number {
  const value = text(params, name);
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n)) throw ckanInvalid(name, 'Invalid integer');
  if (n < min) throw ckanInvalid(name, `Must be ${min} or more`);
  return Math.min(n, max);
}

export function boolean(params: Params, name: string, fallback: boolean): boolean {
  const value = text(params, name)?.toLowerCase();
  if (value === undefined) return fallback;
  if (['true', '1', 'yes', 'on'].includes(value)) return true;
  if (['false', '0', 'no', 'off'].includes(value)) return false;
  throw ckanInvalid(name, 'Must be true or false');
}

/** A list parameter: a JSON list in a string (as CKAN's GET takes `facet.field`), a list, or one value. */
export function list(params: Params, name: string): string[] | undefined {
  const value = params[name];
  if (value === undefined || value === null || value === '') return undefined;
  const values = listed(name, value);
  if (values.length > MAX_LIST) throw ckanInvalid(name, `Must have at most ${MAX_LIST} values`);
  return values.map((v) => bounded(name, v));
}

function listed(name: string, value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  const raw = String(value).trim();
  if (raw.length > MAX_TEXT * MAX_LIST)
    throw ckanInvalid(name, `Must be at most ${MAX_TEXT * MAX_LIST} characters`);
  if (raw.startsWith('[')) {
    try {
      const parsed = JSON.parse(raw);
      if (Array.isArray(parsed) && parsed.every((x) => typeof x === 'string')) return parsed;
    } catch {}
    throw ckanInvalid(name, 'Must be a JSON list of strings, e.g. ["organization","tags"]');
  }
  return [raw];
}

export type SortKey = { field: string; descending: boolean };

/** `metadata_modified desc, name asc` → keys; only the fields in `allowed`. */
export function sortKeys(textValue: string, allowed: readonly string[]): SortKey[] {
  return textValue.split(',').map((part) => {
    const [field = '', direction = 'asc', ...rest] = part.trim().split(/\s+/);
    if (!allowed.includes(field) || !['asc', 'desc'].includes(direction.toLowerCase()) || rest.length > 0)
      throw ckanSearchError(
        `cannot sort by "${part.trim()}"; sort by ${allowed.join(', ')} with asc or desc`,
      );
    return { field, descending: direction.toLowerCase() === 'desc' };
  });
}
