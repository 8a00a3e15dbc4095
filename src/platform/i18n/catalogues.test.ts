/**
 * Every message of the platform and of every module, rendered: the ones without plural or select
 * exactly as the `{name}` substitution before ICU rendered them, the plural ones with a form for
 * every plural category of their language.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { modules } from '../../modules/index.ts';
import { platformCatalogues } from '../catalogues.ts';
import { allMessages, type Locale, locales, registerMessages, translator } from './index.ts';

for (const catalogue of platformCatalogues) registerMessages(catalogue);
for (const module of modules) if (module.messages) registerMessages(module.messages);

const intlLocale: Record<Locale, string> = { mn: 'mn-MN', en: 'en-GB' };
type Ast = ReturnType<IntlMessageFormat['getAst']>;

/** The arguments of a message: name → plain, plural or select; plural options by name. */
function argumentsOf(text: string, locale: Locale) {
  const found = new Map<string, string>();
  const plurals: { name: string; options: string[] }[] = [];
  const walk = (elements: Ast) => {
    for (const e of elements) {
      if (e.type === 1) found.set(e.value, found.get(e.value) ?? 'plain');
      if (e.type === 5 || e.type === 6) {
        found.set(e.value, e.type === 6 ? 'plural' : 'select');
        if (e.type === 6) plurals.push({ name: e.value, options: Object.keys(e.options) });
        for (const option of Object.values(e.options)) walk(option.value);
      }
    }
  };
  walk(new IntlMessageFormat(text, intlLocale[locale], undefined, { ignoreTag: true }).getAst());
  return { found, plurals };
}

/** How the translator filled `{name}` before messages were ICU. */
function substitutedAsBefore(text: string, params: Record<string, string | number>, locale: Locale) {
  const numberFormat = new Intl.NumberFormat(intlLocale[locale]);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : typeof value === 'number' ? numberFormat.format(value) : value;
  });
}

describe('every registered message', () => {
  for (const locale of locales) {
    const t = translator(locale);
    const messages = Object.entries(allMessages(locale));

    it(`renders each ${locale} message without plural or select as plain substitution did`, () => {
      let compared = 0;
      for (const [key, text] of messages) {
        const { found } = argumentsOf(text, locale);
        if ([...found.values()].some((kind) => kind !== 'plain')) continue;
        const names = [...found.keys()];
        // Texts with the characters ICU treats specially, and numbers in the locale's format.
        const samples: Record<string, string | number>[] = [
          Object.fromEntries(names.map((n, i) => [n, `O'Neil's {x} #${i} '{y}'`])),
          Object.fromEntries(names.map((n, i) => [n, 1234567.5 + i])),
          {},
        ];
        for (const params of samples) {
          expect(t(key, params), `${locale}:${key}`).toBe(substitutedAsBefore(text, params, locale));
        }
        compared++;
      }
      expect(compared).toBeGreaterThan(1000);
    });

    it(`gives each ${locale} plural a form for every plural category of the language`, () => {
      const categories = new Intl.PluralRules(intlLocale[locale]).resolvedOptions().pluralCategories;
      let plurals = 0;
      for (const [key, text] of messages) {
        const { found } = argumentsOf(text, locale);
        for (const plural of argumentsOf(text, locale).plurals) {
          expect(plural.options, `${locale}:${key} {${plural.name}}`).toEqual(
            expect.arrayContaining([...categories]),
          );
          plurals++;
        }
        if (![...found.values()].includes('plural')) continue;
        const params = (count: number) =>
          Object.fromEntries([...found].map(([n, kind]) => [n, kind === 'plain' ? `<${n}>` : count]));
        for (const count of [0, 1, 2, 5, 1234]) {
          const rendered = t(key, params(count));
          expect(rendered, `${locale}:${key}`).not.toMatch(/[{}#]|^\[/);
          // A `one` form may say it in words ("The first row"); the label of a figure the page
          // shows apart, in large type (`*.cardFigure`: "89" + "public bodies"), has no number.
          if (count !== 1 && !key.endsWith('Figure'))
            expect(rendered, `${locale}:${key}`).toContain(t.number(count));
        }
      }
      expect(plurals).toBeGreaterThan(40);
    });
  }

  it('uses the same parameters in both languages', () => {
    const differing: string[] = [];
    for (const [key, text] of Object.entries(allMessages('mn'))) {
      const theirs = allMessages('en')[key];
      if (theirs === undefined) continue;
      const mn = [...argumentsOf(text, 'mn').found.entries()].sort().join();
      const en = [...argumentsOf(theirs, 'en').found.entries()].sort().join();
      if (mn !== en) differing.push(`${key}: mn ${mn} | en ${en}`);
    }
    expect(differing).toEqual([]);
  });
});
