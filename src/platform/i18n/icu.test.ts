import { describe, expect, it } from 'vitest';
import { allMessages, defineMessages, mergeCatalogues, registerMessages, translator } from './index.ts';

registerMessages(
  defineMessages({
    'icu-test.datasets': {
      mn: '{count, plural, one {# өгөгдлийн багц} other {# өгөгдлийн багц}}',
      en: '{count, plural, one {# dataset} other {# datasets}}',
    },
    'icu-test.both': {
      mn: '{count, plural, one {# амлалт} other {# амлалт}} ({count})',
      en: '{count, plural, one {# commitment} other {# commitments}} ({count})',
    },
    'icu-test.select': {
      mn: '{kind, select, complaint {Гомдол} other {Санал}}: {name}',
      en: '{kind, select, complaint {A complaint} other {A suggestion}}: {name}',
    },
    'icu-test.exact': {
      mn: '{count, plural, =0 {Хоосон} one {# мөр} other {# мөр}}',
      en: '{count, plural, =0 {Empty} one {# row} other {# rows}}',
    },
    'icu-test.apostrophe': {
      mn: "Монголын 'нээлттэй' {name}",
      en: "Mongolia's {name}, the body's 'own' page",
    },
    'icu-test.literal': { mn: 'Зөвхөн текст # 100%', en: 'Only text # 100%' },
    'icu-test.named': { mn: '{soum} нь {aimag}-д биш', en: '{soum} is not in {aimag}' },
  }),
);
const mn = translator('mn');
const en = translator('en');

describe('ICU messages', () => {
  it('chooses the plural form by the language’s rules', () => {
    expect(new Intl.PluralRules('mn').resolvedOptions().pluralCategories).toEqual(['one', 'other']);
    expect(en('icu-test.datasets', { count: 1 })).toBe('1 dataset');
    expect(en('icu-test.datasets', { count: 0 })).toBe('0 datasets');
    expect(en('icu-test.datasets', { count: 2 })).toBe('2 datasets');
    expect(en('icu-test.datasets', { count: 1.5 })).toBe('1.5 datasets');
    expect(mn('icu-test.datasets', { count: 1 })).toBe('1 өгөгдлийн багц');
    expect(mn('icu-test.datasets', { count: 21 })).toBe('21 өгөгдлийн багц');
    expect(en('icu-test.exact', { count: 0 })).toBe('Empty');
    expect(mn('icu-test.exact', { count: 0 })).toBe('Хоосон');
  });

  it('writes `#` and `{count}` in the locale’s number format, as `t.number` does', () => {
    expect(mn('icu-test.both', { count: 1234567 })).toBe(
      `${mn.number(1234567)} амлалт (${mn.number(1234567)})`,
    );
    expect(mn.number(1234567)).toBe('1,234,567');
    expect(en('icu-test.both', { count: 12345.5 })).toBe('12,345.5 commitments (12,345.5)');
  });

  it('chooses the form for a count given as text, from a database or already formatted', () => {
    expect(en('icu-test.datasets', { count: '1' })).toBe('1 dataset');
    expect(en('icu-test.datasets', { count: en.number(12345) })).toBe('12,345 datasets');
    expect(mn('icu-test.datasets', { count: mn.number(1) })).toBe('1 өгөгдлийн багц');
  });

  it('chooses a select branch, falling back to other', () => {
    expect(en('icu-test.select', { kind: 'complaint', name: 'X' })).toBe('A complaint: X');
    expect(en('icu-test.select', { kind: 'praise', name: 'X' })).toBe('A suggestion: X');
    expect(mn('icu-test.select', { kind: 'complaint', name: 'X' })).toBe('Гомдол: X');
  });

  it('keeps apostrophes, `#` outside a plural and parameter text as written', () => {
    expect(en('icu-test.apostrophe', { name: "it's {x}" })).toBe(
      "Mongolia's it's {x}, the body's 'own' page",
    );
    expect(mn('icu-test.apostrophe', { name: 'Шилэн' })).toBe("Монголын 'нээлттэй' Шилэн");
    expect(en('icu-test.literal')).toBe('Only text # 100%');
  });

  it('shows a value a date argument cannot take as loudly as a missing key', () => {
    registerMessages({
      mn: { 'icu-test.when': 'Огноо {when, date}' },
      en: { 'icu-test.when': 'On {when, date}' },
    });
    expect(en('icu-test.when', { when: 'not a date' })).toBe('[icu-test.when]');
    expect(en('icu-test.when')).toBe('[icu-test.when]');
  });

  it('shows a missing plain parameter as before, and a missing count loudly', () => {
    expect(en('icu-test.select', { kind: 'complaint' })).toBe('A complaint: {name}');
    expect(en('icu-test.datasets')).toBe('[icu-test.datasets]');
    expect(en('icu-test.select', { name: 'X' })).toBe('[icu-test.select]');
    expect(en('icu-test.nowhere')).toBe('[icu-test.nowhere]');
  });

  it('refuses a message that is not valid ICU when it is registered, naming it', () => {
    const broken = {
      mn: { 'icu-test.broken.ok': 'Зөв', 'icu-test.broken.bad': '{count, plural, one {# мөр}}' },
      en: {
        'icu-test.broken.ok': 'Fine',
        'icu-test.broken.bad': '{count, plural, one {# row} other {# rows}}',
      },
    };
    expect(() => registerMessages(broken)).toThrow(
      'message mn:icu-test.broken.bad is not valid ICU MessageFormat: MISSING_OTHER_CLAUSE in "{count, plural, one {# мөр}}"',
    );
    expect(() =>
      registerMessages({
        mn: { 'icu-test.unclosed': 'Нэр {name' },
        en: { 'icu-test.unclosed': 'Name {name' },
      }),
    ).toThrow(/message mn:icu-test\.unclosed/);
    // Nothing of a refused catalogue is registered.
    expect(allMessages('mn')['icu-test.broken.ok']).toBeUndefined();
    expect(en('icu-test.broken.ok')).toBe('[icu-test.broken.ok]');
  });

  it('still refuses a key defined twice with different texts', () => {
    expect(() => registerMessages({ mn: { 'icu-test.literal': 'Өөр' }, en: {} })).toThrow(
      'message mn:icu-test.literal defined twice',
    );
  });
});

describe('defineMessages', () => {
  it('gives the flat catalogue the manifest takes', () => {
    expect(defineMessages({ 'a.b': { mn: 'Аб', en: 'Ab' }, 'a.c': { mn: 'Ав', en: 'Ac' } })).toEqual({
      mn: { 'a.b': 'Аб', 'a.c': 'Ав' },
      en: { 'a.b': 'Ab', 'a.c': 'Ac' },
    });
  });

  it('refuses a key without one of its languages, naming it', () => {
    // The compiler refuses this already; the check holds for catalogues built at run time.
    const halfDone = { 'a.b': { mn: 'Аб' } } as unknown as Parameters<typeof defineMessages>[0];
    expect(() => defineMessages(halfDone)).toThrow('message a.b has no en text');
    expect(() => defineMessages({ 'a.c': { mn: ' ', en: 'Ac' } })).toThrow('message a.c has no mn text');
  });

  it('merges per-feature catalogues, refusing a key in two of them', () => {
    const one = defineMessages({ 'a.b': { mn: 'Аб', en: 'Ab' } });
    const two = { mn: { 'a.c': 'Ав' }, en: { 'a.c': 'Ac' } };
    expect(mergeCatalogues(one, two)).toEqual({
      mn: { 'a.b': 'Аб', 'a.c': 'Ав' },
      en: { 'a.b': 'Ab', 'a.c': 'Ac' },
    });
    expect(() => mergeCatalogues(one, one)).toThrow('message mn:a.b defined in two catalogues');
  });
});

describe('a name given in both languages', () => {
  it('is written in each reader’s language, beside plain values', () => {
    const params = { soum: { mn: 'Сүхбаатар', en: 'Sükhbaatar' }, aimag: { mn: 'Дорнод', en: 'Dornod' } };
    expect(mn('icu-test.named', params)).toBe('Сүхбаатар нь Дорнод-д биш');
    expect(en('icu-test.named', params)).toBe('Sükhbaatar is not in Dornod');
    expect(en('icu-test.named', { soum: 'Bayan', aimag: { mn: 'Дорнод', en: 'Dornod' } })).toBe(
      'Bayan is not in Dornod',
    );
  });
});
