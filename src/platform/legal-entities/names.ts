import type { CountryPack } from '../../country/pack.ts';

type Spelling = Pick<CountryPack['legalEntities'], 'legalForms' | 'transliteration'>;

const QUOTES_AND_MARKS = /["'«»“”„‘’`´.,;:!?()[\]{}\\/&+*#№_-]+/gu;

/** Spellings that differ between romanisations of the same sound (Kh/H, Zh/J, Ts/C, Ye/E). */
const LATIN_FOLDS: readonly [RegExp, string][] = [
  [/kh/g, 'h'],
  [/zh/g, 'j'],
  [/ts/g, 'c'],
  [/ye/g, 'e'],
  [/yo/g, 'e'],
  [/ö/g, 'o'],
  [/ü/g, 'u'],
  // Ө and Ү are written o or u in English (Mörön: Moron, Murun): the key does not tell them apart.
  [/o/g, 'u'],
];

/**
 * A name's matching key: lower case, in Latin letters (the pack's transliteration), without
 * quotes, punctuation or legal forms (`ХХК`, `LLC`), with the romanisations' variant spellings
 * folded together (o and u are one letter in a key), words in their order. «Эрдэнэт Үйлдвэр» ТӨҮГ and Erdenet Uildver SOE give
 * the same key; the key is what the trigram index compares.
 */
export function matchKey(name: string, spelling: Spelling): string {
  const forms = new Set(spelling.legalForms);
  const words = name
    .normalize('NFC')
    .toLowerCase()
    .replace(QUOTES_AND_MARKS, ' ')
    .split(/\s+/u)
    .filter((w) => w.length > 0 && !forms.has(w));
  let latin = words.map((w) => [...w].map((ch) => spelling.transliteration[ch] ?? ch).join('')).join(' ');
  for (const [from, to] of LATIN_FOLDS) latin = latin.replace(from, to);
  return latin.normalize('NFD').replace(/\p{M}/gu, '').trim();
}
