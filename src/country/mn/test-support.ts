import { organizations } from './organizations.ts';

export const SEED_NAME = 'ogp-action-plan-mongolia-2014-2015.txt';

/** Lower-case, strip punctuation, collapse whitespace. Keeps letters of every script (Cyrillic too). */
export function normalise(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The "Implementation organizations, bodies" cells of the seed action plan, verbatim: what `npm test`
 * matches the organisations against (the conformance test checks them against the seed itself).
 */
export const EMBEDDED_ORG_CELLS: readonly string[] = [
  '<ul> <li>Cabinet Secretariat of Government</li> <li>Government Ministries and agencies</li> <li>Civil society members</li> <li>All local governors and citizen councils</li> </ul>',
  '- Cabinet Secretariat of Government',
  '- Cabinet Secretariat of Government',
  '<ul><li>Government</li><li>Parliament</li></ul>',
  'Government     Civil society organizations',
  '<ul> <li>Government</li> <li>National Auditing</li> <li>Committee</li> <li>Ministry of Finance</li> </ul>',
  '<ul><li>Government</li><li>Ministry of Finance</li></ul>',
  '- Government',
  '<ul> <li>Ministry of Finance</li> <li>Public procurement authority</li> <li>Local governors</li> </ul>',
  '- City Mayor governor - Local governors',
  '<ul> <li>Ministry of finance</li> <li>Cabinet secretariat of government</li> <li>Non-government organizations</li> </ul>',
  '- Cabinet secretariat of government - Ministry of Mining - Miniral resource authority',
  '- Ministry of environment and green development - Non-government organizations',
  '<ul> <li>Ministry of         <ul> <li>Environment and Green                 development</li> </ul> </li> <li>Non-government                 Organizations</li> <li>Cabinet secretariat of                 government</li> </ul>',
  '- Ministry of Finance - Cabinet Secretariat of Government',
  '<ul><li>Ministry of Finance</li><li>Government</li></ul>',
  '- Cabinet Secretariat Government - All ministries - Aimags (provencial)',
  '<ul> <li>Cabinet Secretariat</li> <li>Information technology post and telecommunication authority</li> </ul>',
  '- Public administration Authorities',
  '- Public service and Public administration authorities',
  '<ul> <li>Government</li> <li>Information technology post and</li> </ul>',
  '- Ministry of Justice',
  '- Government - Ministry of justice',
  '<ul> <li>Government</li> <li>Ministry of Justice</li> <li>Anti-corruption authority</li> </ul>',
  '<ul> <li>Anti-corruption         Authority         Ministry of Justice     </li> </ul>',
  '<ul> <li>Ministry of Justice</li> <li>City mayor, governor</li> <li>Aimags (provincial units) governors</li> </ul>',
  'Technology post and',
  '- Ministry of Justice',
];

/** The organisation column of the seed's tab-separated table: the cell before the timeline cell. */
export function orgCellsFromSeed(text: string): string[] {
  const cells: string[] = [];
  for (const line of text.split('\n')) {
    const fields = line.split('\t');
    if (fields.length < 3) continue;
    const last = fields[fields.length - 1]!.trim();
    if (!/^20\d\d/.test(last)) continue; // rows without a timeline carry no organisations; skips the header
    const cell = fields[fields.length - 2]!.trim();
    if (cell) cells.push(cell);
  }
  return cells;
}

const GENERIC_CONTINUATION = /^(committee|authority|council|agency|office|commission)$/i;

/**
 * Split one cell into organisation names: on list items (<li>, nested lists) and on "- " dashes; a cell
 * with neither is split on runs of 2+ spaces. A fragment ending in a dangling "of"/"and" is joined to the
 * next one ("Ministry of" + "Environment and Green development"), and a fragment that is only a generic
 * word ("Committee") continues the previous one ("National Auditing" + "Committee").
 */
export function splitCell(cell: string): string[] {
  let parts: string[];
  if (/<\/?(ul|ol|li)\b/i.test(cell)) {
    parts = cell.split(/<\/?(?:ul|ol|li)\b[^>]*>/i);
  } else if (/(?:^|\s)-\s/.test(cell)) {
    parts = cell.split(/(?:^|\s)-\s+/);
  } else {
    parts = cell.split(/\s{2,}/);
  }
  const cleaned = parts.map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p.length > 0);
  const names: string[] = [];
  for (let i = 0; i < cleaned.length; i++) {
    let name = cleaned[i]!;
    while (/\b(of|and)$/i.test(name) && i + 1 < cleaned.length) name = `${name} ${cleaned[++i]!}`;
    if (GENERIC_CONTINUATION.test(name) && names.length > 0) names[names.length - 1] += ` ${name}`;
    else names.push(name);
  }
  return names;
}

export function nameIndex(): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const o of organizations) {
    for (const n of [o.nameEn, o.nameMn, ...(o.aliases ?? [])]) {
      const key = normalise(n);
      if (!index.has(key)) index.set(key, new Set());
      index.get(key)!.add(o.slug);
    }
  }
  return index;
}

/** How many of the names in these organisation cells the pack's names and aliases match. */
export function seedNameMatch(cells: readonly string[]): {
  names: string[];
  unmatched: string[];
  ratio: number;
} {
  const names = cells.flatMap(splitCell);
  const index = nameIndex();
  const unmatched = names.filter((n) => !index.has(normalise(n)));
  return { names, unmatched, ratio: (names.length - unmatched.length) / names.length };
}
