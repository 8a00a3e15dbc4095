import { Type } from 'typebox';

/**
 * The shared patterns of the platform, one spelling each: as a regular expression for code, as a
 * `pattern` string for TypeBox schemas (and so for the OpenAPI description), and as a check.
 * Patterns that are facts of one country (the register numbers of its people and legal entities)
 * belong in the country pack, not here; `patternString` turns any of them into a schema.
 */

/**
 * A slug as records are addressed by it (`/organizations/ministry-of-finance`): lower-case ASCII
 * letters and digits in words joined by single hyphens, at most 100 characters. This is the form
 * the database checks (`slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`); routes so far accepted the looser
 * `^[a-z0-9-]{1,100}$`, which let `-a--b-` through only to find nothing.
 */
export const SLUG = /^(?=.{1,100}$)[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 100;

/** A calendar day written `YYYY-MM-DD`, the shape of `<input type="date">` and of ISO 8601. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The source of a pattern for JSON Schema (`pattern` is unanchored there, so keep the anchors). */
export function patternString(pattern: RegExp): string {
  if (pattern.flags.replace('u', '') !== '')
    throw new Error(`pattern ${pattern} has flags JSON Schema cannot carry`);
  return pattern.source;
}

export function isSlug(value: string): boolean {
  return SLUG.test(value);
}

/** A real calendar day written `YYYY-MM-DD`: 2024-02-29 is one, 2025-02-29 and 2025-13-01 are not. */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/**
 * A lower-case slug made from a title: accents dropped, anything else between letters and digits
 * becomes one hyphen; Cyrillic is not transliterated (say so and ask for a slug instead), so a
 * title with no ASCII letter or digit gives `''`.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/, '');
}

/** Schemas for request bodies, queries and parameters, with a description the API docs show. */
export const SlugSchema = (description = 'Slug: lower-case letters and digits joined by hyphens') =>
  Type.String({ minLength: 1, maxLength: SLUG_MAX_LENGTH, pattern: patternString(SLUG), description });

/**
 * `YYYY-MM-DD`. The pattern checks the shape; JSON Schema cannot check that the day exists, so a
 * command checks `isIsoDate` and reports the field.
 */
export const IsoDateSchema = (description = 'A calendar day, YYYY-MM-DD') =>
  Type.String({ minLength: 10, maxLength: 10, pattern: patternString(ISO_DATE), description });

/**
 * A ticked checkbox posts this value and an unticked one posts nothing (the `checkbox`
 * component of `platform/views/components`).
 */
export const CHECKBOX_VALUE = '1';

/** Whether a form's checkbox was ticked: any non-empty value counts, so older forms' `yes` still does. */
export function isChecked(value: string | undefined): boolean {
  return value !== undefined && value !== '';
}
