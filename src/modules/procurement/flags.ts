import type { CountryPack } from '../../country/index.ts';
import type { ProcessFacts } from './ocds/facts.ts';

/**
 * Red flags: patterns that do not prove wrongdoing but tell an auditor where to look. Five are
 * OCDS Cardinal indicators (their codes); four compare a process with the buyer's other
 * contracts. Each carries the figures that explain it, so a page can say why in plain words.
 */
export const intrinsicFlags = ['R003', 'R018', 'R030', 'R035', 'R036', 'value-raised'] as const;
export const relationalFlags = ['split', 'new-supplier', 'dominant-supplier'] as const;
export const flagCodes = [...intrinsicFlags, ...relationalFlags] as const;
export type FlagCode = (typeof flagCodes)[number];
export type FlagDetails = Partial<Record<FlagCode, Record<string, string | number>>>;

/** The red-flag limits of the country pack (`procurement.redFlags`). */
export type FlagLimits = CountryPack['procurement']['redFlags'];

const DAY = 86_400_000;
const live = (status: string | null) => status !== 'withdrawn' && status !== 'invited';

/**
 * The flags a process raises on its own data. `originalAmounts` are each contract's value as first
 * published (before any amendment), by contract id.
 */
export function processFlags(
  facts: ProcessFacts,
  originalAmounts: ReadonlyMap<string, number | null>,
  limits: FlagLimits,
): FlagDetails {
  const out: FlagDetails = {};
  const competitive = facts.method === 'open' || facts.method === 'selective';
  const bids = facts.bids.filter((b) => live(b.status));
  const bidCount = bids.length > 0 ? bids.length : facts.numberOfTenderers;

  if (competitive && bidCount === 1) out.R018 = { method: facts.method!, bids: 1 };

  if (facts.method === 'open' && facts.tenderStart && facts.tenderEnd) {
    const days = (Date.parse(facts.tenderEnd) - Date.parse(facts.tenderStart)) / DAY;
    if (Number.isFinite(days) && days >= 0 && days < limits.minimumSubmissionDays)
      out.R003 = { days: Math.round(days * 10) / 10, minimum: limits.minimumSubmissionDays };
  }

  const winners = new Set(facts.awardedSupplierIds);
  const won = (b: (typeof bids)[number]) => b.tendererIds.some((t) => winners.has(t));
  const priced = bids.filter((b) => b.amount !== null);
  if (priced.length >= 2) {
    const lowest = priced.reduce((a, b) => (b.amount! < a.amount! ? b : a));
    if (lowest.status === 'disqualified' && !won(lowest))
      out.R036 = { bid: lowest.id, amount: lowest.amount!, bids: priced.length };
  }
  if (winners.size > 0 && bids.length >= 2) {
    const others = bids.filter((b) => !won(b));
    if (others.length > 0 && others.length < bids.length && others.every((b) => b.status === 'disqualified'))
      out.R035 = { disqualified: others.length, bids: bids.length };
  }
  if (facts.tenderEnd && winners.size > 0) {
    const end = Date.parse(facts.tenderEnd);
    const late = bids.find((b) => won(b) && b.date && Date.parse(b.date) > end);
    if (late) out.R030 = { bid: late.id, date: late.date!, deadline: facts.tenderEnd };
  }

  for (const c of facts.contracts) {
    const original = originalAmounts.get(c.id);
    if (!original || c.amount === null || original <= 0) continue;
    const increase = (c.amount - original) / original;
    if (increase > limits.amendmentIncrease) {
      out['value-raised'] = {
        contract: c.id,
        from: original,
        to: c.amount,
        percent: Math.round(increase * 1000) / 10,
        limit: Math.round(limits.amendmentIncrease * 100),
      };
      break;
    }
  }
  return out;
}

/** Each contract's amount in the first release that gave it one: its value before amendments. */
export function originalAmounts(
  releases: readonly { contracts?: unknown }[],
  known: ReadonlyMap<string, number | null> = new Map(),
): Map<string, number | null> {
  const out = new Map(known);
  for (const release of releases) {
    if (!Array.isArray(release.contracts)) continue;
    for (const c of release.contracts as { id?: unknown; value?: { amount?: unknown } }[]) {
      const id = c?.id === undefined || c?.id === null ? null : String(c.id);
      const amount = c?.value?.amount;
      if (id !== null && typeof amount === 'number' && !out.get(id)) out.set(id, amount);
    }
  }
  return out;
}
