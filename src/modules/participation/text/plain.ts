/**
 * A draft act typed or pasted as plain text, read into `DraftText`. The layout is the one
 * Mongolian acts are printed in: the title on the first line, an optional preamble, chapters
 * ("НЭГДҮГЭЭР БҮЛЭГ" and a heading line), articles ("1 дүгээр зүйл.Хуулийн зорилт"), the
 * article's parts ("1.1.") and points ("1.1.1.", "а)"); a line without a number continues the
 * division before it. English drafts use "Chapter 1" and "Article 1. Heading".
 *
 * Numbering mistakes are the author's to fix, so they come back as problems naming the line rather
 * than as a guess: a part that does not belong to its article, a number skipped or repeated.
 */
import { seededId } from './ids.ts';
import type { DraftText, NodeKind, TextNode } from './model.ts';
import { englishNumber, letterIndex, mongolianOrdinal } from './numbers.ts';

export interface PlainTextOptions {
  /**
   * What new ids are made from, with each node's number path: the draft and its version
   * (`"draft-12/v3"`), so the same file gives the same ids and two versions do not collide.
   */
  seed: string;
}

/** A mistake in the source, by its line (1-based; for a Word file, its paragraph; 0 for the file as a whole). */
export interface ImportProblem {
  line: number;
  message: string;
}

export type ImportResult = { ok: true; text: DraftText } | { ok: false; problems: ImportProblem[] };

type Line =
  | { type: 'chapter'; n: number; heading?: string }
  | { type: 'article'; n: number | null; heading?: string }
  | { type: 'numbered'; segments: number[]; text: string }
  | { type: 'letter'; letter: string; text: string }
  | { type: 'words'; text: string };

const CHAPTER_MN = /^(.+?)\s+бүлэг\.?(?:\s+(.+))?$/iu;
const CHAPTER_EN = /^chapter\s+(\d+|[a-z]+)\.?(?:\s*[.:\-–—]\s*|\s+|$)(.*)$/iu;
const ARTICLE_MN = /^(\d+)\s*(?:-?\s*р|дүгээр|дугаар)\s+зүйл(?:\s*\.\s*(.*))?$/iu;
const ARTICLE_MN_NO_NUMBER = /^(?:(?:дүгээр|дугаар|-р)\s+)?зүйл\s*\.\s*(.*)$/iu;
const ARTICLE_EN = /^article\s+(\d+)\s*(?:[.:]\s*(.*))?$/iu;
const ARTICLE_EN_NO_NUMBER = /^article\s*[.:]\s*(.*)$/iu;
const NUMBERED = /^(\d+(?:\.\d+)+)\.?\s*(.*)$/u;
const LETTERED = /^([а-яёөүa-z])\)\s*(.*)$/iu;

/** What one line of the source is; a line naming an article without its number is `article` with `n: null`. */
function classify(line: string): Line {
  const numbered = NUMBERED.exec(line);
  if (numbered)
    return { type: 'numbered', segments: numbered[1]!.split('.').map(Number), text: numbered[2]! };
  const article = ARTICLE_MN.exec(line) ?? ARTICLE_EN.exec(line);
  if (article) return { type: 'article', n: Number(article[1]), heading: article[2] || undefined };
  const unnumbered = ARTICLE_MN_NO_NUMBER.exec(line) ?? ARTICLE_EN_NO_NUMBER.exec(line);
  if (unnumbered) return { type: 'article', n: null, heading: unnumbered[1] || undefined };
  const chapterMn = CHAPTER_MN.exec(line);
  const mnNumber = chapterMn ? mongolianOrdinal(chapterMn[1]!) : null;
  if (chapterMn && mnNumber !== null)
    return { type: 'chapter', n: mnNumber, heading: chapterMn[2] || undefined };
  const chapterEn = CHAPTER_EN.exec(line);
  const enNumber = chapterEn ? englishNumber(chapterEn[1]!) : null;
  if (chapterEn && enNumber !== null)
    return { type: 'chapter', n: enNumber, heading: chapterEn[2] || undefined };
  const letter = LETTERED.exec(line);
  if (letter) return { type: 'letter', letter: letter[1]!.toLowerCase(), text: letter[2]! };
  return { type: 'words', text: line };
}

const node = (kind: NodeKind, num: string, fields: Partial<TextNode> = {}): TextNode => ({
  id: '',
  kind,
  num,
  ...fields,
  children: [],
});

function appendText(target: TextNode, text: string): void {
  if (text === '') return;
  target.text = target.text === undefined ? text : `${target.text}\n${text}`;
}

/** The last numbered (not lettered) child's last number, 0 when there is none. */
function lastNumber(parent: TextNode): number {
  for (let i = parent.children.length - 1; i >= 0; i--) {
    const child = parent.children[i]!;
    if (!child.num.endsWith(')')) return Number(child.num.split('.').at(-1));
  }
  return 0;
}

/** Reads the source; see the module comment for the layout it expects. */
export function parsePlainText(source: string, options: PlainTextOptions): ImportResult {
  const lines = source.split(/\r\n|\r|\n/).map((line) => line.replace(/\s+/gu, ' ').trim());
  const problems: ImportProblem[] = [];
  const problem = (line: number, message: string) => problems.push({ line, message });

  let title: string | null = null;
  const preamble: string[] = [];
  const body: TextNode[] = [];
  let chapter: TextNode | null = null;
  let awaitingHeading: TextNode | null = null;
  /** The open article and its open parts and points: levels[0] the article, levels[1] "4.2", … */
  let levels: TextNode[] = [];
  let last: TextNode | null = null;
  let lastChapter = 0;
  let lastArticle = 0;

  for (const [index, text] of lines.entries()) {
    const lineNo = index + 1;
    if (text === '') continue;
    const line = classify(text);
    if (title === null) {
      title = '';
      if (line.type === 'words') {
        title = text;
        continue;
      }
      problem(lineNo, 'the text starts with a numbered division: its title must come first');
    }
    const article = levels[0];
    switch (line.type) {
      case 'chapter': {
        if (line.n === lastChapter) problem(lineNo, `chapter ${line.n} is repeated`);
        else if (line.n !== lastChapter + 1)
          problem(lineNo, `chapter ${line.n} is out of order: chapter ${lastChapter + 1} was expected`);
        lastChapter = line.n;
        chapter = node('chapter', String(line.n), line.heading ? { heading: line.heading } : {});
        body.push(chapter);
        awaitingHeading = line.heading ? null : chapter;
        levels = [];
        last = chapter;
        continue;
      }
      case 'article': {
        awaitingHeading = null;
        if (line.n === null) {
          problem(lineNo, 'an article without a number');
          continue;
        }
        if (line.n === lastArticle) problem(lineNo, `article ${line.n} is repeated`);
        else if (line.n !== lastArticle + 1)
          problem(lineNo, `article ${line.n} is out of order: article ${lastArticle + 1} was expected`);
        lastArticle = line.n;
        const created = node('article', String(line.n), line.heading ? { heading: line.heading } : {});
        (chapter?.children ?? body).push(created);
        levels = [created];
        last = created;
        continue;
      }
      case 'numbered': {
        awaitingHeading = null;
        const num = line.segments.join('.');
        if (!article) {
          problem(lineNo, `part ${num} is not inside an article`);
          continue;
        }
        const depth = line.segments.length;
        const parentNum = line.segments.slice(0, -1).join('.');
        const parent = levels[depth - 2];
        if (!parent || parent.num !== parentNum) {
          const owner = parent ?? levels.at(-1)!;
          problem(
            lineNo,
            depth === 2
              ? `part ${num} does not belong to article ${article.num}`
              : `point ${num} does not belong to ${owner === article ? 'article' : 'part'} ${owner.num}`,
          );
          continue;
        }
        const n = line.segments.at(-1)!;
        const previous = lastNumber(parent);
        if (n === previous) problem(lineNo, `${num} is repeated`);
        else if (n !== previous + 1)
          problem(lineNo, `${num} is out of order: ${parentNum}.${previous + 1} was expected`);
        const created = node(depth === 2 ? 'paragraph' : 'point', num, line.text ? { text: line.text } : {});
        parent.children.push(created);
        levels = [...levels.slice(0, depth - 1), created];
        last = created;
        continue;
      }
      case 'letter': {
        awaitingHeading = null;
        const parent = levels.at(-1);
        const num = `${line.letter})`;
        if (!parent) {
          problem(lineNo, `point ${num} is not inside an article`);
          continue;
        }
        const siblings = parent.children.filter((c) => c.num.endsWith(')'));
        const before = siblings.at(-1);
        const at = letterIndex(line.letter);
        if (before?.num === num) problem(lineNo, `point ${num} is repeated`);
        else if (before ? at < letterIndex(before.num[0]!) : at !== 0)
          problem(lineNo, `point ${num} is out of order`);
        const created = node('point', num, line.text ? { text: line.text } : {});
        parent.children.push(created);
        last = created;
        continue;
      }
      case 'words': {
        if (awaitingHeading) {
          awaitingHeading.heading = text;
          awaitingHeading = null;
        } else if (last) appendText(last, text);
        else preamble.push(text);
      }
    }
  }

  if (title === null) return { ok: false, problems: [{ line: 1, message: 'the document is empty' }] };
  if (problems.length > 0) return { ok: false, problems };
  assignIds(body, options.seed);
  return {
    ok: true,
    text: { title, ...(preamble.length > 0 ? { preamble: preamble.join('\n') } : {}), body },
  };
}

/** Seeded ids from each node's number path, counted when the same path comes twice. */
function assignIds(body: TextNode[], seed: string): void {
  const seen = new Map<string, number>();
  const visit = (nodes: TextNode[], prefix: string) => {
    for (const n of nodes) {
      const path = `${prefix}/${n.kind}:${n.num}`;
      const occurrence = seen.get(path) ?? 0;
      seen.set(path, occurrence + 1);
      n.id = seededId(seed, path, String(occurrence));
      visit(n.children, path);
    }
  };
  visit(body, '');
}
