import { describe, expect, it } from 'vitest';
import { highlight, matcher, snippet } from './highlight.ts';
import { buildTerms, cleanQuery, lookupWords, queryWords, type WordInfo } from './terms.ts';

const info = (over: Partial<WordInfo> = {}): WordInfo => ({
  exact: false,
  completions: [],
  similar: [],
  ...over,
});
const known = (...words: string[]) => new Map(words.map((w) => [w, info({ exact: true })]));

describe('highlight and snippet', () => {
  const isMatch = matcher(['oyu', 'oyun', 'tolgoi']);

  it('marks words of either script that match, whatever their spelling', () => {
    expect(highlight('Оюу Толгой ХХК', isMatch).value).toBe('<mark>Оюу</mark> <mark>Толгой</mark> ХХК');
    expect(highlight('Oyu Tolgoy LLC', isMatch).value).toBe('<mark>Oyu</mark> <mark>Tolgoy</mark> LLC');
    expect(highlight('Oyun-Erdene', isMatch).value).toBe('<mark>Oyun</mark>-Erdene');
  });

  it('escapes everything in the text: the only markup is its own <mark>', () => {
    const text = '<script>alert("Оюу")</script> <img src=x onerror=alert(1)> & Толгой';
    const out = highlight(text, isMatch).value;
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<img');
    expect(out).toBe(
      '&lt;script&gt;alert(&quot;<mark>Оюу</mark>&quot;)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt; &amp; <mark>Толгой</mark>',
    );
    expect(out.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });

  it('cuts a long text around the first match, with an ellipsis where it was cut', () => {
    const words = Array.from({ length: 100 }, (_, i) => `үг${i}`);
    words[60] = 'Толгой';
    const out = snippet(words.join(' '), isMatch).value;
    expect(out.startsWith('… ')).toBe(true);
    expect(out.endsWith(' …')).toBe(true);
    expect(out).toContain('<mark>Толгой</mark>');
    expect(out).toContain('үг52');
    expect(out).not.toContain('үг51 ');
  });

  it('shows the beginning when nothing matches, and a short text whole', () => {
    expect(snippet('Нэг, хоёр.', isMatch).value).toBe('Нэг, хоёр.');
    expect(snippet('  ', isMatch).value).toBe('');
    expect(snippet('— Оюу —', isMatch).value).toBe('— <mark>Оюу</mark> —');
  });
});

describe('query terms', () => {
  it('reads any input as capped text without control characters', () => {
    expect(cleanQuery(undefined)).toBe('');
    expect(cleanQuery(['Оюу', 'Толгой'])).toBe('Оюу Толгой');
    expect(cleanQuery('a\u0000b\u202ec\n d')).toBe('a b c d');
    expect(cleanQuery('x'.repeat(10_000))).toHaveLength(500);
    expect(cleanQuery('\ud800 lone surrogate')).toBe('lone surrogate');
  });

  it('drops repeats and stop words unless nothing else is left', () => {
    expect(queryWords('Ministry of the Finance finance')).toEqual(['ministri', 'finance']);
    expect(queryWords('of the')).toEqual(['of', 'the']);
    expect(queryWords('а б в г д е ж з и к л')).toHaveLength(8);
  });

  it('ANDs the words, and completes the last one, which may still be being typed', () => {
    const vocabulary = new Map([
      ['oyu', info({ exact: true, completions: ['oyun'] })],
      ['tolgo', info({ completions: ['tolgoi'] })],
    ]);
    expect(buildTerms(['oyu', 'tolgo'], vocabulary)).toMatchObject({
      tsquery: 'oyu & tolgoi',
      terms: ['oyu', 'tolgoi'],
    });
    expect(buildTerms(['tolgo', 'oyu'], vocabulary).tsquery).toBe('tolgoi & (oyu | oyun)');
    expect(buildTerms(['oyu', 'tolgoi'], known('oyu', 'tolgoi')).tsquery).toBe('oyu & tolgoi');
  });

  it('replaces a misspelt word by its closest words, and tries neighbours as one word', () => {
    const vocabulary = new Map([
      ['ulan', info({ exact: true })],
      [
        'bator',
        info({
          similar: [
            { word: 'batar', similarity: 0.33 },
            { word: 'tabor', similarity: 0.25 },
          ],
        }),
      ],
      ['ulanbator', info({ similar: [{ word: 'ulanbatar', similarity: 0.54 }] })],
      [
        'finanse',
        info({
          similar: [
            { word: 'finance', similarity: 0.45 },
            { word: 'fine', similarity: 0.41 },
          ],
        }),
      ],
    ]);
    expect(lookupWords(['ulan', 'bator'])).toEqual(['ulan', 'bator', 'ulanbator']);
    expect(buildTerms(['ulan', 'bator'], vocabulary).tsquery).toBe('(ulan & batar) | (ulanbatar)');
    // fine is as close by trigrams, but shorter by almost half the word.
    expect(buildTerms(['finanse'], vocabulary).tsquery).toBe('finance');
  });

  it('does not let a pair stand for one of its words alone', () => {
    const vocabulary = new Map([
      ['oyu', info({ exact: true })],
      ['oyuqz', info({ similar: [{ word: 'oyu', similarity: 0.6 }] })],
    ]);
    expect(buildTerms(['oyu', 'qz'], vocabulary).tsquery).toBe('oyu & qz');
  });

  it('keeps a word nothing resembles, so the query finds nothing rather than something else', () => {
    expect(buildTerms(['oyu', 'qzxw'], known('oyu')).tsquery).toBe('oyu & qzxw');
  });

  it('matches short words and numbers exactly', () => {
    expect(buildTerms(['ub', '2024'], new Map()).tsquery).toBe('ub & 2024');
    expect(lookupWords(['ub', '2024', 'oyu'])).toEqual(['oyu']);
  });
});
