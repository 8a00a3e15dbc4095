import { describe, expect, it } from 'vitest';
import { registerMessages, translator } from '../../../platform/i18n/index.ts';
import { carryIds } from './carry.ts';
import { diffHtml, diffSummary, diffVersions, wordChanges } from './diff.ts';
import { textMessages } from './messages.ts';
import { type DraftText, walk } from './model.ts';
import { parsePlainText } from './plain.ts';

registerMessages(textMessages);

function read(source: string, seed: string): DraftText {
  const result = parsePlainText(source, { seed });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.text;
}

const idOf = (text: DraftText, num: string) =>
  [...walk(text.body)].find(({ node }) => node.num === num)?.node.id as string;

const BEFORE = `Act on Requests
Article 1. Purpose
1.1. This act sets out how requests are made.
1.2. It applies to ministries.
Article 2. Answers
2.1. A public body answers within ten working days.
2.2. Answers are given in writing.`;

/** 1.1 reworded, 1.2 removed, an article on fees inserted, the old article 2 now article 3. */
const AFTER = `Act on Requests for Information
Article 1. Purpose
1.1. This act sets out how requests for information are made.
Article 2. Fees
2.1. Requests are free of charge.
Article 3. Answers
3.1. A public body answers within ten working days.
3.2. Answers are given in writing.`;

const a = read(BEFORE, 'act/v1');
const b = carryIds(a, read(AFTER, 'act/v2')).text;

describe('wordChanges', () => {
  it('marks the words added and removed, spaces kept, Mongolian compared word by word', () => {
    expect(wordChanges('ажлын 7 өдрийн дотор хариу өгнө', 'ажлын 5 өдрийн дотор бичгээр хариу өгнө')).toEqual(
      [
        { value: 'ажлын ', change: 'same' },
        { value: '7', change: 'removed' },
        { value: '5', change: 'added' },
        { value: ' өдрийн дотор ', change: 'same' },
        { value: 'бичгээр ', change: 'added' },
        { value: 'хариу өгнө', change: 'same' },
      ],
    );
    expect(wordChanges('хуулийн этгээд', 'хуулиар этгээд')).toEqual([
      { value: 'хуулийн', change: 'removed' },
      { value: 'хуулиар', change: 'added' },
      { value: ' этгээд', change: 'same' },
    ]);
    expect(wordChanges('', '')).toEqual([]);
    expect(wordChanges('same', 'same')).toEqual([{ value: 'same', change: 'same' }]);
  });
});

describe('diffVersions', () => {
  it('compares clause by clause by id, removed clauses in place', () => {
    const result = diffVersions(a, b);
    expect(result.title).toEqual([
      { value: 'Act on Requests', change: 'same' },
      { value: ' for Information', change: 'added' },
    ]);
    expect(result.preamble).toEqual([]);
    expect(result.counts).toEqual({ unchanged: 3, changed: 1, added: 2, removed: 1, moved: 1 });
    expect(result.nodes).toEqual([
      {
        id: idOf(a, '1'),
        kind: 'article',
        depth: 0,
        status: 'unchanged',
        num: '1',
        reworded: false,
        heading: [{ value: 'Purpose', change: 'same' }],
        text: [],
      },
      {
        id: idOf(a, '1.1'),
        kind: 'paragraph',
        depth: 1,
        status: 'changed',
        num: '1.1',
        reworded: true,
        heading: [],
        text: [
          { value: 'This act sets out how requests ', change: 'same' },
          { value: 'for information ', change: 'added' },
          { value: 'are made.', change: 'same' },
        ],
      },
      {
        id: idOf(a, '1.2'),
        kind: 'paragraph',
        depth: 1,
        status: 'removed',
        num: '1.2',
        reworded: true,
        heading: [],
        text: [{ value: 'It applies to ministries.', change: 'removed' }],
      },
      {
        id: idOf(b, '2'),
        kind: 'article',
        depth: 0,
        status: 'added',
        num: '2',
        reworded: true,
        heading: [{ value: 'Fees', change: 'added' }],
        text: [],
      },
      {
        id: idOf(b, '2.1'),
        kind: 'paragraph',
        depth: 1,
        status: 'added',
        num: '2.1',
        reworded: true,
        heading: [],
        text: [{ value: 'Requests are free of charge.', change: 'added' }],
      },
      {
        id: idOf(a, '2'),
        kind: 'article',
        depth: 0,
        status: 'moved',
        num: '3',
        previousNum: '2',
        reworded: false,
        heading: [{ value: 'Answers', change: 'same' }],
        text: [],
      },
      {
        id: idOf(a, '2.1'),
        kind: 'paragraph',
        depth: 1,
        status: 'unchanged',
        num: '3.1',
        reworded: false,
        heading: [],
        text: [{ value: 'A public body answers within ten working days.', change: 'same' }],
      },
      {
        id: idOf(a, '2.2'),
        kind: 'paragraph',
        depth: 1,
        status: 'unchanged',
        num: '3.2',
        reworded: false,
        heading: [],
        text: [{ value: 'Answers are given in writing.', change: 'same' }],
      },
    ]);
  });

  it('finds nothing between a version and itself', () => {
    const result = diffVersions(a, a);
    expect(result.counts).toEqual({ unchanged: 6, changed: 0, added: 0, removed: 0, moved: 0 });
    expect(diffSummary(result, translator('en'))).toBe('The two versions are the same.');
    expect(diffSummary(result, translator('mn'))).toBe('Хувилбарууд ялгаагүй.');
  });
});

describe('diffHtml', () => {
  const result = diffVersions(a, b);

  it('writes the summary line in either language', () => {
    expect(diffSummary(result, translator('en'))).toBe(
      '1 changed, 2 added, 1 removed, 1 renumbered or moved',
    );
    expect(diffSummary(result, translator('mn'))).toBe(
      '1 заалт өөрчлөгдсөн, 2 заалт нэмэгдсэн, 1 заалт хасагдсан, 1 заалтын дугаар, байршил өөрчлөгдсөн',
    );
  });

  it('marks words with ins and del and says added and removed in words, with no script', () => {
    const page = diffHtml(result, translator('en')).value;
    expect(page).toContain(
      '<p class="text-diff-summary">1 changed, 2 added, 1 removed, 1 renumbered or moved</p>',
    );
    expect(page).toContain(
      '<p class="text-diff-part"><strong>Title:</strong> Act on Requests<ins><span class="visually-hidden">added: </span> for Information<span class="visually-hidden"> (end)</span></ins></p>',
    );
    expect(page).toContain(
      `<div class="text-diff-clause text-diff-changed text-diff-depth-1" id="diff-${idOf(a, '1.1')}"><p class="text-diff-head"><strong class="text-diff-status">Changed</strong> <span class="text-diff-num">1.1</span></p><p class="text-diff-words">This act sets out how requests <ins><span class="visually-hidden">added: </span>for information <span class="visually-hidden"> (end)</span></ins>are made.</p></div>`,
    );
    expect(page).toContain(
      `<div class="text-diff-clause text-diff-removed text-diff-depth-1" id="diff-${idOf(a, '1.2')}"><del><p class="text-diff-head"><strong class="text-diff-status">Removed</strong> <span class="text-diff-num">1.2</span></p><p class="text-diff-words">It applies to ministries.</p></del></div>`,
    );
    expect(page).toContain(
      '<strong class="text-diff-status">Renumbered or moved: 2 → 3</strong> <span class="text-diff-num">3</span> Answers</p>',
    );
    expect(page).not.toContain('<script');
    expect(page).not.toContain('style=');
  });

  it('escapes the draft’s words and keeps its line breaks', () => {
    const before = read('Act\nArticle 1. A\n1.1. x < y & "z"\nsecond line', 'e/v1');
    const after = read('Act\nArticle 1. A\n1.1. x > y & "z"\nsecond line', 'e/v2');
    const page = diffHtml(diffVersions(before, carryIds(before, after).text), translator('mn')).value;
    expect(page).toContain(
      '<p class="text-diff-words">x <del><span class="visually-hidden">хассан: </span>&lt;<span class="visually-hidden"> (төгсгөл)</span></del><ins><span class="visually-hidden">нэмсэн: </span>&gt;<span class="visually-hidden"> (төгсгөл)</span></ins> y &amp; &quot;z&quot;<br>second line</p>',
    );
    expect(page).toContain('<p class="text-diff-summary">1 заалт өөрчлөгдсөн</p>');
  });
});
