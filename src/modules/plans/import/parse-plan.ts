import { organizationPieces, readCell, splitDashList, squash } from './cells.ts';
import { advance, type NumberingState, nextSibling, type Segment, splitNumbered } from './numbering.ts';
import type { ParsedCommitment, ParsedItem, ParsedPlan, ParsedPriority } from './parsed.ts';
import { reviewParsedPlan } from './plan-review.ts';
import { parseTimeline } from './timeline.ts';

/**
 * Reads an action plan written as a table converted from PDF (the form of
 * seeds/ogp-action-plan-mongolia-2014-2015.txt): tab-separated rows, HTML lists inside cells, rows
 * broken across pages, columns that shift from row to row. Pure: text in, a parsed plan out.
 *
 * How a row is read (the layout is not trusted, the content is):
 * - the last cell is the timeline and the one before it the organisations, as in the header;
 * - the cells before them are read left to right: `I)` opens a priority area; the first plain
 *   text after it, or a numbered heading ending in `;` (`3.2.1. Increasing public transparency;`),
 *   is the area's title; a decimal number opens a commitment, or a milestone when it extends the
 *   current commitment's number (`3.3.1.3.1` under `3.3.1.3`); list items and `4.` number the
 *   commitments of an area without decimal numbers (`I.4`), `a.` their sub-points (`I.4.a`); plain
 *   text after a commitment in the same row is its action (an unnumbered milestone);
 * - after an empty line (a page break), text before anything numbered continues the item that
 *   stood in the same column, counted from the right, on the row before;
 * - a row's organisations and timeline belong to the numbered milestones it opened, else to the
 *   commitments it opened, else to its unnumbered milestones, else to the item it continued.
 * Whatever fits none of these is listed as unplaced with its line; nothing is made up.
 */

const ROMAN = /^(M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))[).]$/;
const HEADING = /^(\d+(?:\.\d+)*)\.?\s+([^;]{2,120});$/;
const HEADER_WORDS = /priorit|commitment|timeline|organi[sz]ation|тэргүүлэх|зорилт|хугацаа|байгууллага/i;

function romanMarker(text: string): string | null {
  const m = ROMAN.exec(text);
  return m?.[1] ? m[1] : null;
}

/** Something a continuation can be appended to. */
interface TextTarget {
  append(text: string): void;
  item?: ParsedItem;
}

interface Row {
  line: number;
  marker: boolean;
  /** The commitment whose actions follow in this row. */
  owner: ParsedCommitment | null;
  commitments: ParsedCommitment[];
  numberedMilestones: ParsedItem[];
  otherMilestones: ParsedItem[];
  continued: ParsedItem | null;
  byColumn: Map<number, TextTarget>;
}

export function parsePlan(source: string): ParsedPlan {
  const plan: ParsedPlan = {
    title: null,
    period: null,
    priorities: [],
    unplaced: [],
    warnings: [],
    problems: [],
  };
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const numbers = new Map<string, number>();
  const state: NumberingState = { simple: null, letter: null, decimal: null };
  let priority: ParsedPriority | null = null;
  let commitment: ParsedCommitment | null = null;
  let headerSeen = false;
  let pageBreak = false;
  let previous: Row | null = null;

  const itemTarget = (item: ParsedItem): TextTarget => ({
    item,
    append: (text) => {
      item.title = squash(`${item.title} ${text}`);
    },
  });
  const claim = (number: string, line: number): boolean => {
    const first = numbers.get(number);
    if (first !== undefined) {
      plan.problems.push({ line, message: `number ${number} is used again (first on line ${first})` });
      return false;
    }
    numbers.set(number, line);
    return true;
  };
  const newCommitment = (number: string | null, title: string, row: Row): ParsedCommitment | null => {
    if (!priority) {
      plan.unplaced.push({
        line: row.line,
        text: number ? `${number} ${title}` : title,
        reason: 'comes before any priority area (a row numbered I), II) …)',
      });
      return null;
    }
    if (number !== null && !claim(number, row.line)) return null;
    const made: ParsedCommitment = {
      number,
      title,
      line: row.line,
      period: null,
      timeline: null,
      organizations: [],
      milestones: [],
    };
    priority.commitments.push(made);
    commitment = made;
    row.commitments.push(made);
    row.owner = made;
    return made;
  };
  const newMilestone = (
    parent: ParsedCommitment,
    number: string | null,
    title: string,
    row: Row,
    into: ParsedItem[],
  ): ParsedItem | null => {
    if (number !== null && !claim(number, row.line)) return null;
    const made: ParsedItem = {
      number,
      title,
      line: row.line,
      period: null,
      timeline: null,
      organizations: [],
    };
    parent.milestones.push(made);
    into.push(made);
    return made;
  };

  /** `commitments`: an ordered list standing where a priority row's commitments go (its items are `I.1`, `I.2` …). */
  const readSegment = (
    segment: Segment,
    row: Row,
    column: number,
    ordered: 'commitments' | 'other',
  ): void => {
    const { numbering, text } = segment;
    if (numbering === null && ordered === 'commitments' && priority) {
      const n = (state.simple ?? 0) + 1;
      advance(state, { kind: 'simple', n });
      const made = newCommitment(`${priority.number}.${n}`, text, row);
      if (made) row.byColumn.set(column, itemTarget(made));
      return;
    }
    if (numbering === null) {
      if (row.owner === null && row.commitments.length === 0 && row.numberedMilestones.length === 0) {
        if (pageBreak && !row.marker) {
          const target = previous?.byColumn.get(column);
          if (target) {
            target.append(text);
            row.continued = target.item ?? row.continued;
            return;
          }
          plan.unplaced.push({
            line: row.line,
            text,
            reason: 'after a page break, it continues nothing in its column on the row before',
          });
          return;
        }
        if (row.marker && priority?.title) {
          const made = newCommitment(null, text, row);
          if (made) row.byColumn.set(column, itemTarget(made));
          return;
        }
        plan.unplaced.push({
          line: row.line,
          text,
          reason: 'text beside the numbered items that belongs to none of them',
        });
        return;
      }
      const parent = row.owner ?? commitment;
      if (!parent) return;
      for (const piece of splitDashList(text)) {
        const made = newMilestone(parent, null, piece, row, row.otherMilestones);
        if (made) row.byColumn.set(column, itemTarget(made));
      }
      return;
    }
    if (numbering.kind === 'decimal') {
      const current = commitment as ParsedCommitment | null;
      if (current?.number && numbering.number.startsWith(`${current.number}.`)) {
        const before = current.milestones.filter((m) => m.number !== null).at(-1)?.number;
        if (before && numbering.number !== nextSibling(before))
          plan.warnings.push({
            line: row.line,
            message: `${numbering.number} follows ${before}: check the numbering`,
          });
        const made = newMilestone(current, numbering.number, text, row, row.numberedMilestones);
        row.owner = current;
        if (made) row.byColumn.set(column, itemTarget(made));
        return;
      }
      const before = priority?.commitments.filter((c) => c.number && /^\d/.test(c.number)).at(-1)?.number;
      if (before && numbering.number !== nextSibling(before)) {
        plan.warnings.push({
          line: row.line,
          message: `${numbering.number} follows ${before}: check the numbering`,
        });
      }
      const made = newCommitment(numbering.number, text, row);
      if (made) row.byColumn.set(column, itemTarget(made));
      return;
    }
    if (numbering.kind === 'simple') {
      const decimalOwner = row.owner?.number && /^\d/.test(row.owner.number) ? row.owner : null;
      if (decimalOwner) {
        const made = newMilestone(
          decimalOwner,
          `${decimalOwner.number}.${numbering.n}`,
          text,
          row,
          row.numberedMilestones,
        );
        if (made) row.byColumn.set(column, itemTarget(made));
        return;
      }
      const made = newCommitment(
        priority ? `${priority.number}.${numbering.n}` : String(numbering.n),
        text,
        row,
      );
      if (made) row.byColumn.set(column, itemTarget(made));
      return;
    }
    const parent = commitment as ParsedCommitment | null;
    if (!parent?.number) {
      plan.unplaced.push({
        line: row.line,
        text: `${numbering.letter}. ${text}`,
        reason: 'a lettered point with no numbered item above it',
      });
      return;
    }
    const made = newMilestone(parent, `${parent.number}.${numbering.letter}`, text, row, row.otherMilestones);
    if (row.commitments.length === 0 && row.numberedMilestones.length === 0) row.owner = row.owner ?? parent;
    if (made) row.byColumn.set(column, itemTarget(made));
  };

  lines.forEach((raw, index) => {
    const line = index + 1;
    if (!raw.trim()) {
      if (headerSeen) pageBreak = true;
      return;
    }
    const cells = raw.split('\t');
    if (!headerSeen) {
      if (cells.length >= 3 && HEADER_WORDS.test(raw) && !cells.some((c) => romanMarker(c.trim()))) {
        headerSeen = true;
        const period = /\/([^/]+)\//.exec(cells.at(-1) ?? '')?.[1];
        if (period) {
          const read = parseTimeline(period);
          if (read.ok) plan.period = read.period;
        }
        return;
      }
      if (cells.length < 3) {
        if (plan.title === null) plan.title = squash(raw.replace(/^#+/, '')) || null;
        else plan.unplaced.push({ line, text: squash(raw), reason: 'text above the table' });
        return;
      }
      headerSeen = true;
    }
    const row: Row = {
      line,
      marker: false,
      owner: null,
      commitments: [],
      numberedMilestones: [],
      otherMilestones: [],
      continued: null,
      byColumn: new Map(),
    };
    const n = cells.length;
    const content = n >= 3 ? cells.slice(0, n - 2) : cells;
    const orgCell = n >= 3 ? cells[n - 2]! : '';
    const timeCell = n >= 3 ? cells[n - 1]! : '';
    content.forEach((cell, ci) => {
      const column = n - 1 - ci;
      const plain = squash(cell.replace(/<[^>]*>/g, ' '));
      if (!plain) return;
      const roman = romanMarker(plain);
      if (roman) {
        priority = { number: roman, code: null, title: null, line, commitments: [] };
        plan.priorities.push(priority);
        commitment = null;
        Object.assign(state, { simple: null, letter: null, decimal: null });
        row.marker = true;
        return;
      }
      const current = priority as ParsedPriority | null;
      const heading = HEADING.exec(plain);
      if (current && heading && row.owner === null) {
        if (current.title === null) {
          current.code = heading[1]!;
          current.title = squash(heading[2]!);
          row.byColumn.set(column, {
            append: (text) => (current.title = squash(`${current.title} ${text}`)),
          });
          return;
        }
      }
      const read = readCell(cell);
      if (current && current.title === null && row.marker && !read.hasList && !/^\s*\d/.test(plain)) {
        current.title = plain.replace(/;$/, '');
        row.byColumn.set(column, { append: (text) => (current.title = squash(`${current.title} ${text}`)) });
        return;
      }
      if (read.text) for (const s of splitNumbered(read.text, state)) readSegment(s, row, column, 'other');
      // An ordered list in a priority row, before any commitment of that row, lists the commitments.
      const listOfCommitments = row.marker && row.owner === null && current?.title != null;
      for (const entry of read.entries) {
        const kind = entry.ordered && listOfCommitments ? 'commitments' : 'other';
        for (const s of splitNumbered(entry.text, state)) readSegment(s, row, column, kind);
      }
    });
    const targets: ParsedItem[] = row.numberedMilestones.length
      ? row.numberedMilestones
      : row.commitments.length
        ? row.commitments
        : row.otherMilestones.length
          ? row.otherMilestones
          : row.continued
            ? [row.continued]
            : [];
    if (timeCell.trim()) {
      const read = parseTimeline(timeCell);
      if (!read.ok) plan.problems.push({ line, message: `timeline ${read.reason}` });
      else if (targets.length === 0) {
        plan.unplaced.push({ line, text: squash(timeCell), reason: 'a timeline with no item on its row' });
      } else {
        for (const item of targets) {
          item.period = read.period;
          item.timeline = squash(timeCell);
        }
      }
    }
    if (orgCell.trim()) {
      const pieces = organizationPieces(orgCell);
      if (targets.length === 0) {
        for (const p of pieces)
          plan.unplaced.push({ line, text: p.text, reason: 'an organisation with no item on its row' });
      } else {
        for (const item of targets) item.organizations.push(...pieces.map((p) => ({ ...p, line })));
      }
    }
    previous = row;
    pageBreak = false;
  });

  reviewParsedPlan(plan);
  return plan;
}
