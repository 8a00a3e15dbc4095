/**
 * Mongolia's state register of legal entities, as far as public sources show it, and the Latin
 * spelling of Mongolian Cyrillic used to match names written in either script.
 */

/**
 * MNS 5217:2012 (the national standard for romanising Mongolian Cyrillic), folded for matching:
 * ө and ү are written o and u (as most English texts write them), й and ь as i.
 */
export const transliteration: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'ye',
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
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: 'i',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/**
 * Legal forms as they follow (or precede) company names, in both scripts: limited liability
 * company (ХХК, LLC), joint-stock company (ХК, JSC), state-owned joint-stock (ТӨХК), state- and
 * locally-owned enterprises (ТӨҮГ, ОНӨҮГ), non-governmental organisation (ТББ, NGO), cooperative
 * (ХЗХ), partnership (ХХН), and the usual English ones.
 */
export const legalForms: readonly string[] = [
  'ххк',
  'хк',
  'төхк',
  'төүг',
  'онөүг',
  'тбб',
  'хзх',
  'ххн',
  'компани',
  'llc',
  'jsc',
  'ltd',
  'limited',
  'co',
  'company',
  'inc',
  'corp',
  'corporation',
  'llp',
  'gmbh',
  'ngo',
];
