import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { adminUnits } from './admin-units.ts';
import { organizations } from './organizations.ts';

const SEED_NAME = 'ogp-action-plan-mongolia-2014-2015.txt';
const here = dirname(fileURLToPath(import.meta.url));

/** Lower-case, strip punctuation, collapse whitespace. Keeps letters of every script (Cyrillic too). */
function normalise(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The "Implementation organizations, bodies" cells of the seed, verbatim, used when the seed file is not
 * found next to the repository (the seed lives in the shared folder, outside the repo).
 */
const EMBEDDED_ORG_CELLS: readonly string[] = [
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

function findSeed(): string | null {
  const candidates = [
    process.env.SHILEN_SEED_DIR ? resolve(process.env.SHILEN_SEED_DIR, SEED_NAME) : null,
    resolve(here, '../../../seeds', SEED_NAME), // <repo>/seeds
    resolve(here, '../../../../shared/seeds', SEED_NAME), // the shared folder beside the repo
  ];
  for (const c of candidates) if (c && existsSync(c)) return c;
  return null;
}

/** The organisation column of the seed's tab-separated table: the cell before the timeline cell. */
function orgCellsFromSeed(text: string): string[] {
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
function splitCell(cell: string): string[] {
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

function nameIndex(): Map<string, Set<string>> {
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

describe('Mongolian administrative units', () => {
  const byCode = new Map(adminUnits.map((u) => [u.code, u]));

  it('holds the capital, its 9 districts and the 21 aimags', () => {
    expect(adminUnits.filter((u) => u.kind === 'capital')).toHaveLength(1);
    expect(adminUnits.filter((u) => u.kind === 'aimag')).toHaveLength(21);
    const districts = adminUnits.filter((u) => u.kind === 'district');
    expect(districts).toHaveLength(9);
    expect(districts.every((d) => d.parentCode === '11')).toBe(true);
    expect(byCode.get('11')?.nameEn).toBe('Ulaanbaatar');
  });

  it('has unique codes of the NSO form', () => {
    expect(byCode.size).toBe(adminUnits.length);
    for (const u of adminUnits) {
      if (u.kind === 'capital' || u.kind === 'aimag') expect(u.code).toMatch(/^\d{2}$/);
      else expect(u.code).toMatch(/^\d{4}$/);
    }
  });

  it('resolves every parent code, and codes begin with the parent code', () => {
    for (const u of adminUnits) {
      if (u.kind === 'capital' || u.kind === 'aimag') {
        expect(u.parentCode).toBeNull();
        continue;
      }
      expect(u.parentCode).not.toBeNull();
      const parent = byCode.get(u.parentCode!);
      expect(parent, `${u.code} -> ${u.parentCode}`).toBeDefined();
      expect(['capital', 'aimag']).toContain(parent!.kind);
      expect(u.code.startsWith(u.parentCode!)).toBe(true);
    }
  });

  it('has unique ISO 3166-2 codes for the capital and every aimag', () => {
    const top = adminUnits.filter((u) => u.kind === 'capital' || u.kind === 'aimag');
    const iso = top.map((u) => u.iso3166_2);
    expect(iso.every((c) => c !== undefined && /^MN-(1|0\d\d)$/.test(c))).toBe(true);
    expect(new Set(iso).size).toBe(22);
    expect(byCode.get('11')?.iso3166_2).toBe('MN-1');
  });

  it('places every centre inside the bounding box of Mongolia', () => {
    for (const u of adminUnits) {
      expect(u.lat, u.nameEn).toBeGreaterThanOrEqual(41.5);
      expect(u.lat, u.nameEn).toBeLessThanOrEqual(52.2);
      expect(u.lon, u.nameEn).toBeGreaterThanOrEqual(87.7);
      expect(u.lon, u.nameEn).toBeLessThanOrEqual(119.95);
    }
  });

  it('writes names in Mongolian Cyrillic', () => {
    for (const u of adminUnits) expect(u.nameMn).toMatch(/^[А-ЯЁӨҮа-яёөү -]+$/);
  });
});

describe('Mongolian organisations', () => {
  const bySlug = new Map(organizations.map((o) => [o.slug, o]));
  const unitCodes = new Set(adminUnits.map((u) => u.code));

  it('has between 60 and 120 bodies with unique kebab-case slugs', () => {
    expect(organizations.length).toBeGreaterThanOrEqual(60);
    expect(organizations.length).toBeLessThanOrEqual(120);
    expect(bySlug.size).toBe(organizations.length);
    for (const o of organizations) expect(o.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('resolves every parent slug, without cycles', () => {
    for (const o of organizations) {
      const seen = new Set<string>([o.slug]);
      let parent = o.parentSlug;
      while (parent !== null) {
        const p = bySlug.get(parent);
        expect(p, `${o.slug} -> ${parent}`).toBeDefined();
        expect(seen.has(parent), `cycle at ${parent}`).toBe(false);
        seen.add(parent);
        parent = p!.parentSlug;
      }
    }
  });

  it('resolves every admin unit code', () => {
    for (const o of organizations) {
      if (o.adminUnitCode !== null) expect(unitCodes.has(o.adminUnitCode), o.slug).toBe(true);
    }
  });

  it("has a governor's office for the capital and for each of the 21 aimags", () => {
    for (const u of adminUnits.filter((x) => x.kind === 'aimag')) {
      const gov = organizations.filter((o) => o.kind === 'local-government' && o.adminUnitCode === u.code);
      expect(gov, u.nameEn).toHaveLength(1);
      expect(gov[0]!.slug).toMatch(/^governor-[a-z-]+$/);
    }
    expect(bySlug.get('capital-city-governor')?.adminUnitCode).toBe('11');
  });

  it('writes names in Mongolian Cyrillic', () => {
    for (const o of organizations) expect(o.nameMn, o.slug).toMatch(/[А-ЯЁӨҮа-яёөү]/);
  });

  it('never maps one name or alias to two bodies', () => {
    const ambiguous = [...nameIndex()].filter(([, slugs]) => slugs.size > 1);
    expect(ambiguous).toEqual([]);
  });

  it("matches at least 90% of the names in the seed's organisation column", () => {
    const seed = findSeed();
    const cells = seed ? orgCellsFromSeed(readFileSync(seed, 'utf8')) : [...EMBEDDED_ORG_CELLS];
    if (seed) expect(cells).toEqual(EMBEDDED_ORG_CELLS); // the embedded copy is the seed's column
    const names = cells.flatMap(splitCell);
    expect(names.length).toBeGreaterThan(40);
    const index = nameIndex();
    const unmatched = names.filter((n) => !index.has(normalise(n)));
    const ratio = (names.length - unmatched.length) / names.length;
    if (unmatched.length > 0)
      console.info(`unmatched seed names (${unmatched.length}/${names.length}):`, unmatched);
    expect(ratio).toBeGreaterThanOrEqual(0.9);
  });
});
