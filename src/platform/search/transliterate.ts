/**
 * Mongolian Cyrillic in Latin letters, and the spelling-blind key that search matches on. Pure
 * functions: no I/O, no failure for any input (the core of search must not be able to throw).
 */

/**
 * MNS 5217:2012 as it is commonly used (passports, the state's own English names): ө and ү lose
 * their diaeresis (Өмнөговь → Omnogovi), ь and ъ are `i` (Говь → Govi, Хууль → Khuuli).
 * `е` is handled in `transliterate` (ye or e), and so is `юу` (see `LONG_YU`).
 */
const LETTERS: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ё: 'yo',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ү: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: 'i',
  ы: 'y',
  ь: 'i',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/**
 * Long yu is written once, as the names are spelt in Latin everywhere: Оюу → Oyu, Оюун → Oyun
 * (strict MNS would give Oyuu, Oyuun). Other long vowels stay doubled: яам → yaam.
 */
const LONG_YU: Readonly<Record<string, string>> = { юу: 'yu', юү: 'yu' };

const VOWELS = new Set('аеёиоөуүыэюяьъ');

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** The Latin for a lower-case letter or pair, cased like the Cyrillic it came from. */
function cased(latin: string, source: string, next: string | undefined, prev: string | undefined): string {
  if (!isUpper(source[0])) return latin;
  // A capital inside an all-caps word (ХХК → KHKHK) stays all caps; otherwise only the first letter.
  const allCaps = latin.length > 1 && (isUpper(next) || (isUpper(prev) && !isLetter(next)));
  return allCaps ? latin.toUpperCase() : latin[0]!.toUpperCase() + latin.slice(1);
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /\p{L}/u.test(ch);
}

/**
 * Mongolian Cyrillic to Latin (MNS 5217:2012 as commonly used); anything else is kept as it is.
 * Оюу Толгой → Oyu Tolgoi, Улаанбаатар → Ulaanbaatar, Өмнөговь → Omnogovi, Үүрийн → Uuriin.
 */
export function transliterate(text: string): string {
  let out = '';
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const lower = ch.toLowerCase();
    const next = chars[i + 1];
    const prev = chars[i - 1];
    const pair = next === undefined ? undefined : LONG_YU[lower + next.toLowerCase()];
    if (pair !== undefined) {
      out += cased(pair, ch, chars[i + 2], prev);
      i++;
      continue;
    }
    if (lower === 'е') {
      // ye at the start of a word and after a vowel or sign (Ерөнхий → Yeronkhii), e after a consonant.
      const afterVowel = prev !== undefined && VOWELS.has(prev.toLowerCase());
      const latin = !isLetter(prev) || afterVowel ? 'ye' : 'e';
      out += cased(latin, ch, next, prev);
      continue;
    }
    const latin = LETTERS[lower];
    out += latin === undefined ? ch : cased(latin, ch, next, prev);
  }
  return out;
}

/**
 * Spelling variants folded into one form, applied after transliteration and lower-casing, in this
 * order. Both a document and a query go through them, so any of the variants finds the others.
 */
const VARIANTS: readonly (readonly [RegExp, string])[] = [
  [/kh|x/g, 'h'], // Khovd, Hovd, Xovd
  [/zh/g, 'j'], // Zhargal, Jargal
  [/ts|tz/g, 'c'], // Tsetserleg, Cecerleg
  [/dz/g, 'z'], // Dzuunmod, Zuunmod
  [/[vw]/g, 'b'], // Govi, Gobi
  [/y([eo])/g, '$1'], // Yeronkhii, Eronkhii; Yondon, Ondon
  [/y(?![aiu])/g, 'i'], // Tolgoy, Tolgoi; Ulsyn, Ulsiin
  [/([a-z])\1+/g, '$1'], // Ulaanbaatar, Ulanbatar; Sangiin, Sangin
];

const MAX_WORD = 60;

/** Lower case, Latin letters only: diacritics removed (Ölgii → olgii), ligatures and wide forms unfolded. */
function plainLatin(text: string): string {
  // № would unfold to "No" and glue itself to the number it marks (№15 → no15).
  return text
    .replace(/№/g, ' ')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** One word (letters and digits) in its folded form. */
function foldWord(word: string): string {
  let folded = word;
  for (const [pattern, replacement] of VARIANTS) folded = folded.replace(pattern, replacement);
  return folded.slice(0, MAX_WORD);
}

/**
 * The words search matches on: transliterated, lower-cased, without diacritics, spelling variants
 * folded (kh/h, ts/c, v/b, doubled letters...), each `[a-z0-9]+`. Text in other scripts yields no
 * words. "Ulan Bator" → [ulan, bator]; "Улаанбаатар" → [ulanbatar]; "Сангийн яамм" → [sangin, yam].
 */
export function matchWords(text: string): string[] {
  const words: string[] = [];
  for (const token of text.split(/\s+/)) {
    if (token !== '') for (const word of tokenWords(token)) words.push(word);
  }
  return words;
}

/**
 * Tokens remembered with their words. Registers repeat their names, places and phrases (a bulk
 * import of contracts transliterates the same buyer, supplier and item a hundred thousand times),
 * and transliteration only looks at the letters next to a letter, so a token between spaces gives
 * the same words wherever it stands. Emptied when full: a bound, not an eviction policy.
 */
const tokenCache = new Map<string, readonly string[]>();
const TOKEN_CACHE_SIZE = 50_000;

function tokenWords(token: string): readonly string[] {
  let words = tokenCache.get(token);
  if (words === undefined) {
    words = plainLatin(transliterate(token))
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 0)
      .map(foldWord);
    if (tokenCache.size >= TOKEN_CACHE_SIZE) tokenCache.clear();
    tokenCache.set(token, words);
  }
  return words;
}

/** `matchWords` joined by spaces: what the index stores and `to_tsvector('simple', …)` reads. */
export function matchKey(text: string): string {
  return matchWords(text).join(' ');
}
