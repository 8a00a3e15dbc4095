import type { LicenceType } from '../../../../country/extractives-pack.ts';
import { type FieldProblem, problem } from '../../../../platform/commands/index.ts';
import { isIsoDate } from '../../../../platform/patterns.ts';
import type { LicenceStatus } from '../queries.ts';

/** A calendar day that exists (2025-02-30 does not). */
const realDate = (d: string) => isIsoDate(d) && new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d;

/** `date` plus `years`, as `YYYY-MM-DD`. */
export function addYears(date: string, years: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
}

/**
 * The dates of a licence: each a real day; granted on or after applied; a licence past `applied`
 * has its grant date; expiry after the grant and no later than the kind's first term and all its
 * extensions allow from the grant (a kind without a term has no expiry).
 */
export function checkDates(
  kind: LicenceType,
  input: { appliedOn?: string | undefined; grantedOn?: string | undefined; expiresOn?: string | undefined },
  status: LicenceStatus,
  licence: string,
): {
  value: { appliedOn: string | null; grantedOn: string | null; expiresOn: string | null };
  problems: FieldProblem[];
} {
  const problems: FieldProblem[] = [];
  const read = (field: 'appliedOn' | 'grantedOn' | 'expiresOn') => {
    const v = (input[field] ?? '').trim();
    if (v === '') return null;
    if (!realDate(v)) {
      problems.push(problem(field, 'extractives.licences.error.date', { licence }));
      return null;
    }
    return v;
  };
  const [appliedOn, grantedOn, expiresOn] = [read('appliedOn'), read('grantedOn'), read('expiresOn')];
  if (appliedOn && grantedOn && grantedOn < appliedOn)
    problems.push(
      problem('grantedOn', 'extractives.licences.error.grantedBeforeApplied', {
        licence,
        granted: grantedOn,
        applied: appliedOn,
      }),
    );
  if (status !== 'applied' && !grantedOn && !problems.some((p) => p.field === 'grantedOn'))
    problems.push(problem('grantedOn', 'extractives.licences.error.grantedMissing', { licence }));
  if (expiresOn && grantedOn) {
    if (expiresOn <= grantedOn)
      problems.push(problem('expiresOn', 'extractives.licences.error.expiresBeforeGranted', { licence }));
    else if (kind.initialTermYears === null)
      problems.push(problem('expiresOn', 'extractives.licences.error.expiresNoTerm', { licence }));
    else {
      const years =
        kind.initialTermYears + (kind.extensions ? kind.extensions.count * kind.extensions.years : 0);
      const latest = addYears(grantedOn, years);
      if (expiresOn > latest)
        problems.push(
          problem('expiresOn', 'extractives.licences.error.expiresTooLate', { licence, years, latest }),
        );
    }
  }
  return { value: { appliedOn, grantedOn, expiresOn }, problems };
}

export interface Fee {
  year: number;
  due: number;
  paid: number;
}

/** Fees as written, one year a line: `2024 1500000 1500000` (year, due, paid; paid may be left out). */
export function checkFees(text: string, licence: string): { value: Fee[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const value: Fee[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '') continue;
    const match = /^\s*(\d{4})[\s,;]+(\d{1,16}(?:\.\d{1,2})?)(?:[\s,;]+(\d{1,16}(?:\.\d{1,2})?))?\s*$/.exec(
      line,
    );
    const year = Number(match?.[1]);
    if (!match || year < 1990 || year > 2200) {
      problems.push(problem('fees', 'extractives.licences.error.feeLine', { licence, line: index + 1 }));
      continue;
    }
    if (value.some((f) => f.year === year)) {
      problems.push(problem('fees', 'extractives.licences.error.feeTwice', { licence, year }));
      continue;
    }
    value.push({ year, due: Number(match[2]), paid: Number(match[3] ?? 0) });
  }
  return { value, problems };
}
