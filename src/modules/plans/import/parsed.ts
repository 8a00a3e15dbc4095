import type { Period } from './timeline.ts';

/** What reading a plan document gives: its areas, commitments and milestones, and what did not fit. */

export interface WrittenOrganization {
  /** The name as written, whitespace collapsed. */
  text: string;
  /** Its pieces between the PDF's wide gaps, for joining against the registry's names. */
  parts: string[];
  line: number;
}

export interface ParsedItem {
  number: string | null;
  title: string;
  line: number;
  period: Period | null;
  timeline: string | null;
  organizations: WrittenOrganization[];
}

export interface ParsedCommitment extends ParsedItem {
  milestones: ParsedItem[];
}

export interface ParsedPriority {
  /** The roman numeral, `III`. */
  number: string;
  /** The document's own label, `3.2.1`, when it gives one. */
  code: string | null;
  title: string | null;
  line: number;
  commitments: ParsedCommitment[];
}

export interface LineNote {
  line: number;
  message: string;
}

export interface UnplacedText {
  line: number;
  text: string;
  reason: string;
}

export interface ParsedPlan {
  title: string | null;
  /** The plan's period from the header (`Timeline /2014-2015/`). */
  period: Period | null;
  priorities: ParsedPriority[];
  unplaced: UnplacedText[];
  /** Things a reviewer should check: gaps in numbering, items without organisations or dates. */
  warnings: LineNote[];
  /** What makes the document unreadable as a plan; an import with any of these writes nothing. */
  problems: LineNote[];
}
