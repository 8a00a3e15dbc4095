import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { containsPersonalData, REDACTED, redactPersonalData } from './redaction.ts';

describe('redaction of personal data in free text', () => {
  test('register numbers, emails, phones and the submitter’s names', () => {
    const text =
      'Намайг Батбаяр Дорж гэдэг, регистр УБ99112233, утас 9911-2233 эсвэл +976 88 11 22 33, и-мэйл bat.dorj@mail.mn. Батбаярын хүүхэд 5-р сургуульд сурдаг.';
    const { text: out, found } = redactPersonalData(text, ['Батбаяр Дорж']);
    expect(out).not.toMatch(/Батбаяр|Дорж|УБ99112233|9911|88 11|bat\.dorj/);
    expect(out).toContain('5-р сургуульд');
    expect(found).toEqual({ registerNumbers: 1, emails: 1, phones: 2, names: 3 });
    expect(out.split(REDACTED).length - 1).toBe(7);
  });

  test('ordinary numbers and years stay', () => {
    const text = '2024 онд 150 айл, 12 сургууль хохирсон; 3-р хороо.';
    expect(redactPersonalData(text).text).toBe(text);
  });

  test('whatever is around them, generated register numbers and phones never survive', () => {
    const letter = fc.constantFrom(...'АБВГДЕЖЗИЙКЛМНОӨПРСТУҮФХЦЧШЭЮЯ');
    const register = fc
      .tuple(letter, letter, fc.stringMatching(/^\d{8}$/))
      .map(([a, b, d]) => `${a}${b}${d}`);
    const phone = fc.stringMatching(/^[89]\d{7}$/);
    const filler = fc.string({ maxLength: 20 }).map((s) => s.replace(/[\p{L}\p{N}]/gu, ' '));
    fc.assert(
      fc.property(filler, register, filler, phone, filler, (a, r, b, p, c) => {
        const text = `${a}${r}${b} ${p}${c}`;
        const out = redactPersonalData(text).text;
        return !out.includes(r) && !out.includes(p) && !containsPersonalData(out);
      }),
    );
  });
});
