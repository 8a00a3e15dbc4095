import { describe, expect, it } from 'vitest';
import { matchKey, matchWords, transliterate } from './transliterate.ts';

describe('transliterate (MNS 5217:2012 as commonly used)', () => {
  it.each([
    // Names the task names, and the state's own Latin spellings.
    ['Оюу Толгой', 'Oyu Tolgoi'],
    ['Улаанбаатар', 'Ulaanbaatar'],
    ['Өмнөговь', 'Omnogovi'],
    ['Үүрийн', 'Uuriin'],
    ['Оюун', 'Oyun'],
    ['Эрдэнэс Монгол', 'Erdenes Mongol'],
    ['Таван толгой', 'Tavan tolgoi'],
    ['Монгол Улсын Их Хурал', 'Mongol Ulsyn Ikh Khural'],
    ['Сангийн яам', 'Sangiin yaam'],
    ['Хууль зүй, дотоод хэргийн яам', 'Khuuli zui, dotood khergiin yaam'],
    ['Ерөнхийлөгчийн Тамгын газар', 'Yeronkhiilogchiin Tamgyn gazar'],
    ['Цагдаагийн ерөнхий газар', 'Tsagdaagiin yeronkhii gazar'],
    ['Авлигатай тэмцэх газар', 'Avligatai temtsekh gazar'],
    ['Шилэн данс', 'Shilen dans'],
    ['Жаргалант', 'Jargalant'],
    ['Щ ъ', 'Sh i'],
    // Every aimag, and a capital district.
    ['Архангай', 'Arkhangai'],
    ['Баян-Өлгий', 'Bayan-Olgii'],
    ['Баянхонгор', 'Bayankhongor'],
    ['Булган', 'Bulgan'],
    ['Говь-Алтай', 'Govi-Altai'],
    ['Говьсүмбэр', 'Govisumber'],
    ['Дархан-Уул', 'Darkhan-Uul'],
    ['Дорноговь', 'Dornogovi'],
    ['Дорнод', 'Dornod'],
    ['Дундговь', 'Dundgovi'],
    ['Завхан', 'Zavkhan'],
    ['Орхон', 'Orkhon'],
    ['Өвөрхангай', 'Ovorkhangai'],
    ['Сүхбаатар', 'Sukhbaatar'],
    ['Сэлэнгэ', 'Selenge'],
    ['Төв', 'Tov'],
    ['Увс', 'Uvs'],
    ['Ховд', 'Khovd'],
    ['Хөвсгөл', 'Khovsgol'],
    ['Хэнтий', 'Khentii'],
    ['Чингэлтэй', 'Chingeltei'],
    ['Сонгинохайрхан', 'Songinokhairkhan'],
  ])('%s → %s', (cyrillic, latin) => {
    expect(transliterate(cyrillic)).toBe(latin);
  });

  it('keeps capitals: a capital letter, and all capitals in an abbreviation', () => {
    expect(transliterate('ХХК')).toBe('KHKHK');
    expect(transliterate('ЦЕГ')).toBe('TSEG');
    expect(transliterate('Хан-Уул')).toBe('Khan-Uul');
    expect(transliterate('ХААГ')).toBe('KHAAG');
  });

  it('writes е as ye at the start of a word and after a vowel, e after a consonant', () => {
    expect(transliterate('Ерөнхий')).toBe('Yeronkhii');
    expect(transliterate('гэрээ')).toBe('geree');
    expect(transliterate('Сергелен')).toBe('Sergelen');
  });

  it('leaves Latin, digits, punctuation and other scripts as they are', () => {
    expect(transliterate('Oyu Tolgoi LLC, 2024 — 北京 🙂')).toBe('Oyu Tolgoi LLC, 2024 — 北京 🙂');
    expect(transliterate('')).toBe('');
  });
});

describe('matchWords: one key for every spelling', () => {
  it.each([
    ['Оюу Толгой', 'Oyu Tolgoi'],
    ['Оюу Толгой', 'Oyuu Tolgoy'],
    ['Улаанбаатар', 'Ulaanbaatar'],
    ['Улаанбаатар', 'Ulanbatar'],
    ['Өмнөговь', 'Ömnögovi'],
    ['Өмнөговь', 'Omnogobi'],
    ['Ховд', 'Hovd'],
    ['Ховд', 'Xovd'],
    ['Цэцэрлэг', 'Tsetserleg'],
    ['Цэцэрлэг', 'Cecerleg'],
    ['Жаргал', 'Zhargal'],
    ['Засгийн газар', 'Zasgiin gazar'],
    ['Монгол Улсын', 'Mongol Ulsiin'],
    ['Хэнтий', 'Khentiy'],
    ['Баян-Өлгий', 'Bayan-Ölgii'],
    ['Говь-Алтай', 'Gobi-Altai'],
    ['Ерөнхий', 'Eronkhii'],
    ['Сангийн яам', 'Сангийн яамм'],
    ['Ulaanbaatar', 'ULAANBAATAR'],
  ])('%s and %s', (a, b) => {
    expect(matchWords(a)).toEqual(matchWords(b));
    expect(matchWords(a).length).toBeGreaterThan(0);
  });

  it('keeps different names apart', () => {
    expect(matchKey('Ховд')).not.toBe(matchKey('Хөвсгөл'));
    expect(matchKey('Дорнод')).not.toBe(matchKey('Дорноговь'));
    expect(matchKey('Сангийн яам')).not.toBe(matchKey('Сан'));
  });

  it('gives only [a-z0-9] words, whatever the input', () => {
    const hostile = `'; drop table x; -- "quotes" \\ (a|b) & !c :* <script>alert(1)</script> ${'\u0000\u202e'} 🙂 ü é`;
    for (const word of matchWords(hostile)) expect(word).toMatch(/^[a-z0-9]+$/);
    expect(matchWords('🙂 北京 ¿?')).toEqual([]);
    expect(matchWords('2024 оны №15')).toEqual(['2024', 'oni', '15']);
  });

  it('gives a word the same key wherever it stands and however often it is seen', () => {
    // Words are remembered by their token: context across a space must not leak in or out.
    expect(matchWords('Ерөнхий')).toEqual(['eronhi']);
    expect(matchWords('Оюу Ерөнхий\tсайд\u00a0Ерөнхий')).toEqual(['oyu', 'eronhi', 'said', 'eronhi']);
    expect(matchWords('ХХК ХХК-тай Ххк')).toEqual(['hk', 'hk', 'tai', 'hk']);
    const text = 'Хан Говь Майнинг ХХК-тай байгуулсан гүүрийн барилга гэрээ № 2019/208';
    const first = matchKey(text);
    for (let i = 0; i < 3; i++) expect(matchKey(text)).toBe(first);
    expect(matchKey(`  ${text}\n`)).toBe(first);
  });

  it('caps very long words', () => {
    const [word] = matchWords('а'.repeat(10) + 'б'.repeat(1000));
    expect(word!.length).toBeLessThanOrEqual(60);
  });
});
