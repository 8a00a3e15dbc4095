import type { FiscalPack } from '../../country/fiscal-pack.ts';
import { type CodeRow, packCodes } from './codes.ts';
import type { Random } from './demo-random.ts';

/**
 * The fiscal demo's budgets: for every reporting body and year, revenue and expenditure lines
 * across the classifications, sized by what kind of body it is. Lines that payments are drawn
 * against (`spends`) get their amounts after their transactions are written (demo.ts): executed is
 * what was paid, approved and proposed follow from it by the line's ratios, so every total agrees.
 */

export interface DemoBody {
  id: number;
  slug: string;
  kind: string;
  basis: string;
  /** The body's admin unit and the aimag (or capital) it lies in, and soums there. */
  unit: string | null;
  aimag: string | null;
  soums: readonly string[];
}

export interface DemoLine {
  ref: string;
  body: DemoBody;
  year: number;
  direction: 'expenditure' | 'revenue';
  nameMn: string;
  nameEn: string;
  functional: string | null;
  economic: string;
  programme: string | null;
  funding: string;
  fund: string | null;
  unit: string | null;
  /** Lines without payments: amounts as they stand. */
  amounts?: { proposed: number; approved: number; revised: number | null; executed: number };
  /** Lines with payments: executed = approved × execution (revised × when revised), approved = proposed × approval. */
  ratios?: { execution: number; revision: number | null; approval: number };
  /** How many payments to draw against it (spends). */
  payments: number;
}

/** The classification codes in force in a year, with their labels. */
export class YearCodes {
  private readonly rows: Map<string, CodeRow>;
  constructor(pack: FiscalPack, year: number) {
    this.rows = new Map(
      packCodes(pack)
        .filter((r) => r.year === year)
        .map((r) => [`${r.scheme}:${r.code}`, r]),
    );
  }
  has(scheme: CodeRow['scheme'], code: string): boolean {
    return this.rows.has(`${scheme}:${code}`);
  }
  /** The first of `wanted` in force, else the scheme's first code. */
  pick(scheme: CodeRow['scheme'], wanted: readonly string[]): string {
    const found = wanted.find((c) => this.has(scheme, c));
    if (found) return found;
    const first = [...this.rows.values()].find((r) => r.scheme === scheme);
    if (!first) throw new Error(`no ${scheme} code in force`);
    return first.code;
  }
  label(scheme: CodeRow['scheme'], code: string): { mn: string; en: string } {
    const row = this.rows.get(`${scheme}:${code}`);
    return { mn: row?.label_mn ?? code, en: row?.label_en ?? code };
  }
  funds(): string[] {
    return [...this.rows.values()].filter((r) => r.scheme === 'fund').map((r) => r.code);
  }
}

/** A body's functions and programme, read from its slug (a ministry of health spends on health). */
const FOCUS: readonly [RegExp, readonly string[], string][] = [
  [/health/, ['07.3', '07.2', '07.1', '07.4'], 'P03'],
  [/education/, ['09.2', '09.1', '09.4', '09.6'], 'P02'],
  [/road|railway|transport/, ['04.5'], 'P05'],
  [/energy/, ['04.3'], 'P06'],
  [/agricultur|industry/, ['04.2', '04.4'], 'P07'],
  [/environment/, ['05.4', '05.3', '05.1'], 'P08'],
  [/defence/, ['02.1', '02.2'], 'P01'],
  [
    /police|justice|prosecutor|court|emergency|corruption|inspection/,
    ['03.1', '03.3', '03.6', '03.2'],
    'P09',
  ],
  [/population|social|labour/, ['10.9', '10.4', '10.2', '10.5'], 'P04'],
  [/finance|taxation|customs|audit|statistics|bank/, ['01.1', '01.3'], 'P11'],
  [/culture/, ['08.2', '08.1'], 'P01'],
  [/construction|land/, ['06.1', '06.2'], 'P10'],
  [/mining|mineral|petroleum|erdenes|oyu-tolgoi/, ['04.4'], 'P01'],
  [/foreign/, ['01.1', '01.2'], 'P01'],
  [/governor/, ['01.3', '09.2', '07.3', '06.2', '04.5', '10.9'], 'P10'],
];

/** The bodies that run each special fund (by the fund's code), for fund-financed lines and flows. */
export const FUND_BODIES: Readonly<Record<string, string>> = {
  'social-insurance': 'social-insurance-general-office',
  'health-insurance': 'ministry-of-health',
  'social-welfare': 'ministry-of-population-development-and-social-protection',
  'employment-promotion': 'ministry-of-labour',
  'fiscal-stability': 'ministry-of-finance',
  'future-heritage': 'ministry-of-finance',
  development: 'ministry-of-economic-development',
  'armed-forces-development': 'ministry-of-defence',
  'state-road': 'ministry-of-roads-and-transportation',
  'education-loan': 'ministry-of-education-and-science',
};

/** What a body spends in a year besides its payments (MNT): wages, transfers, interest. */
function scale(body: DemoBody, random: Random): number {
  const big: Record<string, number> = {
    'ministry-of-finance': 3.2e12,
    'ministry-of-education-and-science': 2.8e12,
    'ministry-of-population-development-and-social-protection': 1.9e12,
    'ministry-of-health': 1.6e12,
    'capital-city-governor': 1.2e12,
    'social-insurance-general-office': 2.1e12,
  };
  const base =
    big[body.slug] ??
    (body.basis !== 'public-body'
      ? random.between(1.5e11, 9e11)
      : body.kind === 'ministry'
        ? random.between(1.5e11, 9e11)
        : body.slug.startsWith('governor-district')
          ? random.between(4e10, 1.1e11)
          : body.kind === 'local-government'
            ? random.between(7e10, 2.2e11)
            : body.kind === 'parliament'
              ? 9e10
              : random.between(8e9, 9e10));
  return base;
}

const round = (n: number, to = 1000) => Math.round(n / to) * to;

/** The revenue lines a body collects: taxes and customs, grants and dividends, fees and sales. */
const REVENUE: Readonly<Record<string, readonly [string, number][]>> = {
  'general-department-of-taxation': [
    ['111', 2.2e12],
    ['114', 3.1e12],
    ['116', 2.1e11],
  ],
  'customs-general-administration': [
    ['115', 1.1e12],
    ['114', 1.6e12],
  ],
  'ministry-of-finance': [
    ['131', 4e10],
    ['132', 1.2e11],
    ['141', 3.5e11],
    ['143', 2.5e10],
    ['144', 6e10],
  ],
  'social-insurance-general-office': [['121', 2.4e12]],
};

/** Every line of every body for `year`; `growth` scales a later year's amounts. */
export function demoLines(
  bodies: readonly DemoBody[],
  pack: FiscalPack,
  year: number,
  random: Random,
  options: { toDate: boolean; growth: number },
): DemoLine[] {
  const codes = new YearCodes(pack, year);
  const lines: DemoLine[] = [];
  const funds = codes.funds();
  for (const body of bodies) {
    const match = FOCUS.find(([re]) => re.test(body.slug));
    const functions = (match?.[1] ?? ['01.3']).filter((c) => codes.has('functional', c));
    const fn = () => (functions.length > 0 ? random.pick(functions) : codes.pick('functional', ['01.3']));
    const programme = codes.pick('programme', [match?.[2] ?? 'P01']);
    const local = body.kind === 'local-government';
    const own = body.basis !== 'public-body';
    const funding = codes.pick('funding', [own ? 'own-revenue' : local ? 'local' : 'state']);
    const size = scale(body, random) * options.growth;
    const place = () =>
      local ? (body.soums.length > 0 && random.chance(0.4) ? random.pick(body.soums) : body.unit) : null;
    let n = 0;
    const add = (
      direction: DemoLine['direction'],
      economic: string,
      spec: {
        functional?: string | null;
        programme?: string;
        funding?: string;
        fund?: string | null;
        share?: number;
        payments?: number;
      },
    ) => {
      const eco = codes.pick('economic', [economic]);
      const functional =
        direction === 'revenue' ? null : spec.functional ? codes.pick('functional', [spec.functional]) : fn();
      const e = codes.label('economic', eco);
      const f = functional ? codes.label('functional', functional) : null;
      const execution =
        direction === 'revenue'
          ? random.between(0.88, 1.04)
          : options.toDate
            ? random.between(0.7, 0.9)
            : random.between(0.8, 1);
      const revision = random.chance(options.toDate ? 0.15 : 0.25) ? random.between(0.92, 1.08) : null;
      const approval = random.between(0.96, 1.02);
      const line: DemoLine = {
        ref: `BL${year}-${body.slug}-${direction === 'revenue' ? 'R' : 'E'}${String(++n).padStart(2, '0')}`,
        body,
        year,
        direction,
        nameMn: f ? `${e.mn} — ${f.mn}` : e.mn,
        nameEn: f ? `${e.en} — ${f.en}` : e.en,
        functional,
        economic: eco,
        programme:
          direction === 'revenue'
            ? codes.pick('programme', ['P11'])
            : codes.pick('programme', [spec.programme ?? programme, programme]),
        funding: spec.funding ? codes.pick('funding', [spec.funding, funding]) : funding,
        fund: spec.fund ?? null,
        unit: place(),
        payments: spec.payments ?? 0,
      };
      if (line.payments > 0) line.ratios = { execution, revision, approval };
      else {
        const approved = round(size * (spec.share ?? 0), 100_000);
        const revised = revision === null ? null : round(approved * revision, 100_000);
        line.amounts = {
          proposed: round(approved / approval, 100_000),
          approved,
          revised,
          executed: round((revised ?? approved) * execution),
        };
      }
      lines.push(line);
    };
    const weight = Math.sqrt(size / 1e9) * (options.toDate ? 0.9 : 1);
    add('expenditure', '211', { share: local ? 0.3 : 0.22, functional: functions[0] ?? null });
    add('expenditure', '212', { share: 0.03, functional: functions[0] ?? null });
    for (let k = random.int(2, 4); k > 0; k--)
      add('expenditure', '22', { payments: Math.ceil(weight * random.between(1.8, 5)) });
    for (let k = random.int(1, 2); k > 0; k--)
      add('expenditure', '311', {
        payments: Math.ceil(weight * random.between(0.6, 1.8)),
        funding: local ? 'local-development-fund' : random.chance(0.2) ? 'foreign-loan' : funding,
      });
    if (random.chance(0.3)) add('expenditure', '312', { payments: Math.ceil(weight * random.between(1, 3)) });
    if (random.chance(0.25)) add('expenditure', '282', { payments: Math.ceil(weight) });
    if (/agricultur/.test(body.slug)) add('expenditure', '252', { payments: Math.ceil(weight * 3) });
    if (/energy/.test(body.slug)) add('expenditure', '251', { share: 0.4 });
    if (/population|social-protection/.test(body.slug)) add('expenditure', '272', { share: 1.1 });
    if (body.slug === 'social-insurance-general-office')
      add('expenditure', '271', { share: 0.9, funding: 'social-insurance-fund' });
    if (body.slug === 'ministry-of-finance') {
      add('expenditure', '241', { share: 0.12, functional: '01.7', programme: 'P12' });
      add('expenditure', '242', { share: 0.05, functional: '01.7', programme: 'P12' });
      add('expenditure', '263', { share: 0.35, functional: '01.8' });
    }
    for (const fund of funds.filter((f) => FUND_BODIES[f] === body.slug))
      add('expenditure', '22', { funding: 'special-fund', fund, payments: Math.ceil(weight * 2) });
    for (const [economic, amount] of REVENUE[body.slug] ?? [])
      add('revenue', economic, {
        share: (amount * options.growth) / size,
        ...(economic === '121' ? { funding: 'social-insurance-fund' } : {}),
      });
    if (local) {
      add('revenue', '113', { share: 0.08 });
      add('revenue', '116', { share: 0.05 });
      add('revenue', '142', { share: 0.03 });
    } else if (own) add('revenue', '142', { share: 1.1 });
    else if (random.chance(0.4)) add('revenue', '142', { share: 0.02, funding: 'own-revenue' });
  }
  return lines;
}

/** Plausible projections behind each year's proposal, for the indicators the pack lists. */
const ASSUMED: Readonly<Record<string, Readonly<Record<number, number>>>> = {
  'gdp-growth': { 2025: 6.0, 2026: 5.5 },
  inflation: { 2025: 7.8, 2026: 8.4 },
  'usd-rate': { 2025: 3450, 2026: 3480 },
  'copper-price': { 2025: 8900, 2026: 8650 },
  'coal-price': { 2025: 118, 2026: 105 },
  'gold-price': { 2025: 2350, 2026: 2600 },
  'oil-price': { 2025: 80, 2026: 72 },
};

export function demoAssumptions(pack: FiscalPack, years: readonly number[]) {
  return pack.assumptions.flatMap((a) =>
    years
      .filter((y) => ASSUMED[a.code]?.[y] !== undefined)
      .map((y) => ({
        fiscal_year: y,
        indicator: a.code,
        value: ASSUMED[a.code]?.[y] as number,
        note_mn: `${y} оны төсвийн төсөлд тусгасан таамаг (жишээ өгөгдөл)`,
        note_en: `Projection behind the ${y} budget proposal (demo data)`,
      })),
  );
}
