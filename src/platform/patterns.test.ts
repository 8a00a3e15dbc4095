import { Type } from 'typebox';
import { Value } from 'typebox/value';
import { describe, expect, it } from 'vitest';
import {
  CHECKBOX_VALUE,
  IsoDateSchema,
  isChecked,
  isIsoDate,
  isSlug,
  patternString,
  SLUG,
  SlugSchema,
  slugify,
} from './patterns.ts';

describe('slug', () => {
  it('accepts words of lower-case letters and digits joined by single hyphens, up to 100 characters', () => {
    for (const ok of ['a', 'ministry-of-finance', '2024-plan', 'x'.repeat(100)])
      expect(isSlug(ok)).toBe(true);
    for (const bad of ['', '-a', 'a-', 'a--b', 'A', 'a_b', 'a b', 'сайд', 'x'.repeat(101)])
      expect(isSlug(bad)).toBe(false);
  });

  it('as a TypeBox schema checks the same', () => {
    const schema = SlugSchema();
    expect(Value.Check(schema, 'ministry-of-finance')).toBe(true);
    expect(Value.Check(schema, 'a--b')).toBe(false);
    expect(Value.Check(schema, 'x'.repeat(101))).toBe(false);
    expect((schema as { pattern?: string }).pattern).toBe(SLUG.source);
  });

  it('is made from a title', () => {
    expect(slugify('  Ministry of Finance (2024) ')).toBe('ministry-of-finance-2024');
    expect(slugify('Café — Ōtsuka')).toBe('cafe-otsuka');
    expect(slugify('Сангийн яам')).toBe('');
    expect(isSlug(slugify(`${'a'.repeat(99)} b`))).toBe(true);
  });
});

describe('ISO dates', () => {
  it('accept only real calendar days', () => {
    for (const ok of ['2024-02-29', '2026-12-31', '2000-01-01']) expect(isIsoDate(ok)).toBe(true);
    for (const bad of [
      '2025-02-29',
      '2025-13-01',
      '2025-04-31',
      '2025-1-01',
      '20250101',
      '2025-01-01T00:00',
      '',
    ])
      expect(isIsoDate(bad)).toBe(false);
  });

  it('as a TypeBox schema check the shape', () => {
    expect(Value.Check(IsoDateSchema(), '2026-03-27')).toBe(true);
    expect(Value.Check(IsoDateSchema(), '27.03.2026')).toBe(false);
  });
});

describe('patterns for schemas', () => {
  it('refuses a pattern whose flags JSON Schema cannot carry', () => {
    expect(() => patternString(/a/i)).toThrow(/flags/);
    expect(patternString(/^\d{7}$/)).toBe('^\\d{7}$');
    // A country pack's pattern with Cyrillic letters keeps its source (JSON Schema patterns are Unicode).
    expect(Value.Check(Type.String({ pattern: patternString(/^[А-ЯЁӨҮ]{2}\d{8}$/u) }), 'УБ85010112')).toBe(
      true,
    );
  });
});

describe('checkboxes', () => {
  it('a ticked box posts "1"; any non-empty value reads as ticked', () => {
    expect(CHECKBOX_VALUE).toBe('1');
    expect(isChecked('1')).toBe(true);
    expect(isChecked('yes')).toBe(true);
    expect(isChecked('')).toBe(false);
    expect(isChecked(undefined)).toBe(false);
  });
});
