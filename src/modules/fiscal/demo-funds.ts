import type { FiscalPack } from '../../country/fiscal-pack.ts';
import { FUND_BODIES } from './demo-budget.ts';
import type { Random } from './demo-random.ts';

/**
 * The fiscal demo's special funds, non-budgetary income and public servants' benefits: each fund
 * in force collects every month and spends through the year (some spending to companies, some in
 * aimags); donations of every donor type; benefit totals per body, grade and type, a few of them
 * small enough to be suppressed.
 */

export interface BodyRef {
  id: number;
  slug: string;
  kind: string;
}

const DAY = 86_400_000;
const date = (year: number, month: number, day: number) =>
  new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);

/** What each fund collects in a year (MNT); a fund not named collects 20–80 billion. */
const FUND_SIZE: Readonly<Record<string, number>> = {
  'social-insurance': 2.6e12,
  'health-insurance': 9.5e11,
  'social-welfare': 6e11,
  'future-heritage': 8e11,
  'fiscal-stability': 3e11,
  'state-road': 2.4e11,
};

const SPENDING: Readonly<Record<string, string>> = {
  'social-insurance': 'Тэтгэвэр, тэтгэмжийн олголт',
  'health-insurance': 'Эмнэлгийн тусламж үйлчилгээний төлбөр',
  'social-welfare': 'Нийгмийн халамжийн тэтгэмж',
  'state-road': 'Авто замын засвар арчлалт',
  'future-heritage': 'Гадаад хөрөнгө оруулалтад байршуулсан',
};

export function demoFundFlows(
  pack: FiscalPack,
  bodies: readonly BodyRef[],
  year: number,
  lastMonth: number,
  options: { entities: readonly number[]; aimags: readonly string[]; random: Random },
) {
  const { random } = options;
  const bySlug = new Map(bodies.map((b) => [b.slug, b.id]));
  const fallback = bySlug.get('ministry-of-finance') ?? bodies[0]?.id;
  const rows: Record<string, unknown>[] = [];
  for (const fund of pack.specialFunds.funds) {
    if (fund.from > year || (fund.until !== null && fund.until < year)) continue;
    const body = bySlug.get(FUND_BODIES[fund.code] ?? '') ?? fallback;
    if (body === undefined) continue;
    const size = FUND_SIZE[fund.code] ?? random.between(2e10, 8e10);
    let n = 0;
    const ref = () => `FF${year}-${fund.code}-${String(++n).padStart(3, '0')}`.slice(0, 100);
    for (let month = 1; month <= lastMonth; month++) {
      rows.push({
        ref: ref(),
        fund_code: fund.code,
        organization_id: body,
        fiscal_year: year,
        flowed_on: date(year, month, 10),
        direction: 'collection',
        amount_mnt: Math.round((size / 12) * random.between(0.85, 1.15)),
        purpose: 'Сангийн орлого (хуримтлал)',
        counterparty_entity_id: null,
        aimag_code: null,
      });
      for (let k = random.int(1, 3); k > 0; k--)
        rows.push({
          ref: ref(),
          fund_code: fund.code,
          organization_id: body,
          fiscal_year: year,
          flowed_on: date(year, month, random.int(12, 28)),
          direction: 'spending',
          amount_mnt: Math.round((size / 24) * random.between(0.5, 1.1)),
          purpose: SPENDING[fund.code] ?? 'Сангийн зарцуулалт',
          counterparty_entity_id: random.chance(0.3) ? random.pick(options.entities) : null,
          aimag_code: random.chance(0.4) ? random.pick(options.aimags) : null,
        });
    }
  }
  return rows;
}

const DONATION_PURPOSES = [
  'Сургуулийн номын сангийн ном',
  'Эмнэлгийн тоног төхөөрөмж',
  'Гамшигт нэрвэгдсэн малчдад тусламж',
  'Хүүхдийн тоглоомын талбай',
  'Ахмад настны өдрийн арга хэмжээ',
  'Албан хаагчдын сайн дурын хандив',
];

export function demoDonations(
  pack: FiscalPack,
  bodies: readonly BodyRef[],
  year: number,
  until: string,
  options: { entities: readonly number[]; random: Random; count: number },
) {
  const { random } = options;
  const span = Math.round((Date.parse(until) - Date.parse(`${year}-01-01`)) / DAY);
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < options.count; i++) {
    // Every donor type at least once, then any.
    const donor = pack.donorTypes[i % pack.donorTypes.length]?.code ?? 'company';
    const company = donor === 'company' || donor === 'non-governmental';
    rows.push({
      ref: `DN${year}-${String(i + 1).padStart(4, '0')}`,
      organization_id: random.pick(bodies).id,
      fiscal_year: year,
      received_on: new Date(Date.parse(`${year}-01-01`) + random.int(0, span) * DAY)
        .toISOString()
        .slice(0, 10),
      kind: donor === 'international' ? 'assistance' : random.chance(0.3) ? 'charity' : 'donation',
      donor_type: donor,
      donor_entity_id: company && options.entities.length > 0 ? random.pick(options.entities) : null,
      in_kind: random.chance(0.25),
      amount_mnt: Math.round(random.logBetween(1e5, donor === 'international' ? 9e8 : 1.5e8) / 1000) * 1000,
      purpose: random.pick(DONATION_PURPOSES),
    });
  }
  return rows;
}

/** Yearly amount per recipient of each benefit type (MNT), a type not named 1.5 million. */
const PER_PERSON: Readonly<Record<string, number>> = {
  'retirement-grant': 24_000_000,
  'long-service': 3_600_000,
  housing: 12_000_000,
  'health-recreation': 1_200_000,
  education: 4_500_000,
  bereavement: 2_000_000,
};
const STAFF: Readonly<Record<string, number>> = {
  political: 3,
  'administrative-management': 25,
  'administrative-executive': 180,
  special: 60,
  support: 90,
};
const TAKE_UP: Readonly<Record<string, number>> = {
  'retirement-grant': 0.03,
  'long-service': 0.6,
  housing: 0.05,
  'health-recreation': 0.8,
  education: 0.08,
  bereavement: 0.04,
};

export function demoBenefits(pack: FiscalPack, bodies: readonly BodyRef[], year: number, random: Random) {
  const rows: Record<string, unknown>[] = [];
  for (const body of bodies) {
    const size = body.kind === 'ministry' ? 2 : body.kind === 'local-government' ? 1.5 : 0.6;
    for (const grade of pack.benefits.grades) {
      if (grade.code === 'political' && body.kind !== 'ministry' && body.kind !== 'local-government')
        continue;
      for (const type of pack.benefits.types) {
        const staff = (STAFF[grade.code] ?? 40) * size * random.between(0.6, 1.4);
        const recipients = Math.round(staff * (TAKE_UP[type.code] ?? 0.2) * random.between(0.5, 1.5));
        if (recipients === 0 && random.chance(0.6)) continue;
        rows.push({
          organization_id: body.id,
          fiscal_year: year,
          grade: grade.code,
          benefit_type: type.code,
          recipients,
          amount_mnt:
            Math.round(
              (recipients * (PER_PERSON[type.code] ?? 1_500_000) * random.between(0.8, 1.2)) / 1000,
            ) * 1000,
        });
      }
    }
  }
  return rows;
}
