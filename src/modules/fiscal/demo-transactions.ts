import type { FiscalPack } from '../../country/fiscal-pack.ts';
import type { DemoLine } from './demo-budget.ts';
import type { DemoCompany } from './demo-payees.ts';
import { individualPurposes, purposes } from './demo-payees.ts';
import type { Random } from './demo-random.ts';

/**
 * The fiscal demo's payments, drawn against the lines that spend: amounts on both sides of the
 * glass-account threshold (none in the splitting band by chance, so the flag fires only where the
 * demo builds it), dates through the year, most published within the pack's days, some late, some
 * never; companies from the pool (a few take most), individuals unnamed, a few payments in US
 * dollars and yuan, a few refunds, payments of procurement contracts, and split payments.
 */

/** A contract of the procurement demo, as its dataset publishes it, with its supplier's register number. */
export interface DemoContract {
  ocid: string;
  buyerId: number;
  supplierName: string;
  supplierIdentifier: string | null;
  value: number;
  signed: string;
}

/** One row of `fiscal_transactions`, in the order of `TRANSACTION_COLUMNS`. */
export const TRANSACTION_COLUMNS = [
  'ref',
  'organization_id',
  'fiscal_year',
  'paid_on',
  'published_on',
  'kind',
  'payee_kind',
  'payee_scheme',
  'payee_identifier',
  'payee_name',
  'amount',
  'currency',
  'purpose',
  'budget_line_ref',
  'functional_code',
  'economic_code',
  'programme_code',
  'funding_code',
  'fund_code',
  'admin_unit_code',
  'aimag_code',
  'ocid',
  'payee_entity_id',
] as const;
export type TransactionRow = (string | number | null)[];

const DAY = 86_400_000;
const addDays = (date: string, days: number) =>
  new Date(Date.parse(date) + days * DAY).toISOString().slice(0, 10);

export interface DemoPayments {
  rows: TransactionRow[];
  /** Payments built to be flagged as split, and payments to one payee spaced so they must not be. */
  split: number;
  spaced: number;
}

export function demoPayments(
  lines: readonly DemoLine[],
  companies: readonly DemoCompany[],
  contracts: readonly DemoContract[],
  options: {
    pack: FiscalPack;
    scheme: string;
    currency: string;
    year: number;
    until: string;
    /** Aimag codes, where central bodies' investments are placed. */
    aimags: readonly string[];
    /** The legal entity of a payee (payees.ts resolved the pool's before). */
    entityOf: (payee: DemoCompany) => number | undefined;
    /** Whether the platform has rates of US dollars and yuan for the year (some payments are in them). */
    foreign: boolean;
    random: Random;
  },
): DemoPayments {
  const { pack, random, year } = options;
  const threshold = pack.glassAccount.threshold;
  const band = pack.splitting.band * threshold;
  const start = `${year}-01-05`;
  const span = Math.round((Date.parse(options.until) - Date.parse(start)) / DAY);
  const cumulative: number[] = [];
  companies.reduce((sum, _, i) => {
    cumulative.push(sum + 1 / (i + 1) ** 0.8);
    return cumulative[i] as number;
  }, 0);
  const company = () => {
    const r = random.next() * (cumulative.at(-1) as number);
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) > r) hi = mid;
      else lo = mid + 1;
    }
    return companies[lo] as DemoCompany;
  };
  const rows: TransactionRow[] = [];
  let serial = 0;
  const published = (paid: string) => {
    const r = random.next();
    if (r < 0.05) return null;
    const days =
      r < 0.12
        ? pack.glassAccount.publicationDays + random.int(1, 45)
        : random.int(0, pack.glassAccount.publicationDays);
    const date = addDays(paid, days);
    return date > options.until ? null : date;
  };
  const aimagOf = (line: DemoLine) =>
    line.body.aimag ?? (line.economic === '311' && random.chance(0.5) ? random.pick(options.aimags) : null);
  const push = (
    line: DemoLine,
    paid: string,
    payee: DemoCompany | null,
    amount: number,
    extra: {
      currency?: string;
      kind?: 'payment' | 'refund';
      purpose?: string;
      ocid?: string;
      published?: string | null;
    } = {},
  ) => {
    rows.push([
      `GA${year}-${String(++serial).padStart(6, '0')}`,
      line.body.id,
      year,
      paid,
      extra.published === undefined ? published(paid) : extra.published,
      extra.kind ?? 'payment',
      payee ? 'entity' : 'individual',
      payee?.identifier ? options.scheme : null,
      payee?.identifier || null,
      payee?.name ?? null,
      amount,
      extra.currency ?? options.currency,
      extra.purpose ??
        random.pick(payee ? (purposes[line.economic] ?? purposes['22'] ?? ['']) : individualPurposes),
      line.ref,
      line.functional,
      line.economic,
      line.programme,
      line.funding,
      line.fund,
      line.unit,
      aimagOf(line),
      extra.ocid ?? null,
      payee ? (options.entityOf(payee) ?? null) : null,
    ]);
  };
  const day = () => addDays(start, Math.min(span, Math.floor(span * random.next() ** 0.85)));
  for (const line of lines) {
    const big = line.economic === '311' ? 0.75 : line.economic === '252' ? 1 : 0.4;
    const top = line.economic === '311' ? 1.5e9 : line.economic === '22' ? 1.5e8 : 3e8;
    for (let i = 0; i < line.payments; i++) {
      const paid = day();
      const individual = random.chance(0.1);
      const above = !individual && random.chance(big);
      const mnt = above
        ? random.logBetween(threshold * 1.02, top)
        : random.logBetween(threshold * 0.04, band * 0.99);
      const foreign = options.foreign && above && mnt > threshold * 4 && random.chance(0.025);
      if (foreign) {
        const currency = random.chance(0.6) ? 'USD' : 'CNY';
        const amount = Math.round((mnt / (currency === 'USD' ? 3450 : 480)) * 100) / 100;
        push(line, paid, company(), amount, { currency });
      } else push(line, paid, individual ? null : company(), Math.round(mnt / 10) * 10);
      if (!individual && random.chance(0.003)) {
        const last = rows.at(-1) as TransactionRow;
        // A refund from the payee just paid: a tenth of it back.
        const payee = companies.find((c) => c.identifier === last[8]) ?? null;
        const later = addDays(paid, random.int(5, 20));
        push(line, later > options.until ? paid : later, payee, -Math.round(Number(last[10]) * 0.1), {
          kind: 'refund',
          currency: String(last[11]),
          purpose: 'Илүү төлөлтийн буцаалт',
        });
      }
    }
  }
  // Payments of procurement contracts: 30% a month after signing, the rest later, on a line of the buyer.
  for (const contract of contracts) {
    const line =
      lines.find((l) => l.body.id === contract.buyerId && l.economic === '311') ??
      lines.find((l) => l.body.id === contract.buyerId);
    if (!line) continue;
    const payee = { identifier: contract.supplierIdentifier ?? '', name: contract.supplierName };
    const first = addDays(contract.signed, 30);
    if (first > options.until) continue;
    push(line, first, payee, Math.round(contract.value * 0.3), {
      ocid: contract.ocid,
      purpose: 'Гэрээний урьдчилгаа төлбөр',
    });
    const second = addDays(contract.signed, 100);
    if (second <= options.until)
      push(line, second, payee, Math.round(contract.value * 0.7), {
        ocid: contract.ocid,
        purpose: 'Гэрээний үлдэгдэл төлбөр',
      });
  }
  // Split payments: one payer pays one payee several times just under the threshold within the window.
  const goods = lines.filter((l) => l.economic === '22' && l.fund === null);
  const count = Math.max(3, pack.splitting.minPayments);
  const window = pack.splitting.windowDays;
  let split = 0;
  let spaced = 0;
  for (let k = 0; k < (year === 2025 ? 4 : 2); k++) {
    const line = goods[Math.floor(((k + 1) * goods.length) / 7)] as DemoLine;
    const payee = company();
    const first = addDays(start, 40 + k * 60);
    for (let i = 0; i < count; i++) {
      const amount = Math.round(threshold * random.between(Math.max(pack.splitting.band, 0.9), 0.99));
      push(line, addDays(first, Math.floor((i * (window - 2)) / count)), payee, amount, {
        purpose: 'Барилгын урсгал засвар',
      });
      split++;
    }
    // The same kind of payments to another payee, spaced wider than the window: not a split.
    const other = companies[companies.length - 1 - k] as DemoCompany;
    for (let i = 0; i < count; i++) {
      push(line, addDays(first, i * (window + 10)), other, Math.round(threshold * 0.95), {
        purpose: 'Хүнсний бүтээгдэхүүн',
      });
      spaced++;
    }
  }
  return { rows, split, spaced };
}
