/**
 * Reading the numbers of a Mongolian or English act's headings: chapter ordinals written in words
 * ("НЭГДҮГЭЭР БҮЛЭГ", "Арван хоёрдугаар бүлэг", "CHAPTER ONE") or in digits ("1 дүгээр бүлэг",
 * "Chapter 2", "Chapter IV"), and the order of lettered points ("а)", "б)"; "a)", "b)").
 */

/** Unit stems as they stand before the ordinal suffix (зургаа → "зургадугаар", долоо → "долдугаар"). */
const MONGOLIAN_STEMS: Readonly<Record<string, number>> = {
  нэг: 1,
  хоёр: 2,
  гурав: 3,
  дөрөв: 4,
  тав: 5,
  зурга: 6,
  зургаа: 6,
  дол: 7,
  долоо: 7,
  найм: 8,
  ес: 9,
  арав: 10,
  хорь: 20,
  гуч: 30,
  дөч: 40,
  тавь: 50,
};

/** Tens as they stand before a unit ("арван нэгдүгээр" = 11). */
const MONGOLIAN_TENS: Readonly<Record<string, number>> = {
  арван: 10,
  хорин: 20,
  гучин: 30,
  дөчин: 40,
  тавин: 50,
};

const ENGLISH_WORDS: readonly string[] = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

/** "нэгдүгээр", "арван хоёрдугаар", "1 дүгээр", "3-р", "2 дахь" → the number; anything else → null. */
export function mongolianOrdinal(words: string): number | null {
  const text = words.toLowerCase().trim();
  const digits = /^(\d+)\s*(?:-?\s*р|-?\s*(?:дүгээр|дугаар|дахь|дэх))$/u.exec(text);
  if (digits) return Number(digits[1]);
  const parts = text.split(/\s+/);
  const last = /^(.+?)(?:дүгээр|дугаар)$/u.exec(parts.at(-1) ?? '');
  if (!last || parts.length > 2) return null;
  const unit = MONGOLIAN_STEMS[last[1] as string];
  if (unit === undefined) return null;
  if (parts.length === 1) return unit;
  const tens = MONGOLIAN_TENS[parts[0] as string];
  return tens !== undefined && unit < 10 ? tens + unit : null;
}

/** "1", "one", "IV" → the number; anything else → null. */
export function englishNumber(word: string): number | null {
  const text = word.toLowerCase();
  if (/^\d+$/.test(text)) return Number(text);
  const spelled = ENGLISH_WORDS.indexOf(text);
  if (spelled > 0) return spelled;
  return /^[ivxl]+$/.test(text) ? romanNumber(text) : null;
}

const ROMAN: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10, l: 50 };

function romanNumber(text: string): number | null {
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = ROMAN[text[i] as string] as number;
    const next = ROMAN[text[i + 1] as string] ?? 0;
    total += value < next ? -value : value;
  }
  return total > 0 ? total : null;
}

const CYRILLIC_LETTERS = 'абвгдеёжзийклмноөпрстуүфхцчшщъыьэюя';
const LATIN_LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** A point letter's place in its alphabet (а = 0, б = 1; a = 0, b = 1), or -1. */
export function letterIndex(letter: string): number {
  const lower = letter.toLowerCase();
  const cyrillic = CYRILLIC_LETTERS.indexOf(lower);
  return cyrillic >= 0 ? cyrillic : LATIN_LETTERS.indexOf(lower);
}
