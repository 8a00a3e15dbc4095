import { type FieldProblem, problem } from '../../../platform/commands/index.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { sql } from '../../../platform/db/sql.ts';

/**
 * The holders of a licence as the form and the API write them: one a line, the legal entity then
 * its share in per cent, e.g. `#12 66` (the register's own id, as in `/legal-entities/12`) or
 * `2012345 34` (a register number of the country's national scheme). Separators: spaces, a comma,
 * a semicolon or a colon. The shares of a licence add up to exactly 100.
 */

export interface ResolvedHolder {
  entityId: number;
  name: string;
  share: number;
}

const LINE = /^(#?\s*[^\s,;:]+)[\s,;:]+(\d{1,3}(?:[.,]\d{1,4})?)\s*%?$/;

/** Shares are kept to 4 decimals (numeric(7,4)): summed in ten-thousandths, so 33.3333 × 3 is not 100. */
const units = (share: number) => Math.round(share * 10_000);

export async function resolveHolders(
  db: Queryable,
  text: string,
  nationalScheme: string,
  licence: string,
): Promise<{ holders: ResolvedHolder[]; problems: FieldProblem[] }> {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length === 0)
    return {
      holders: [],
      problems: [problem('holders', 'extractives.licences.error.holdersMissing', { licence })],
    };
  const problems: FieldProblem[] = [];
  const holders: ResolvedHolder[] = [];
  for (const [index, line] of lines.entries()) {
    const match = LINE.exec(line);
    if (!match) {
      problems.push(
        problem('holders', 'extractives.licences.error.holderLine', {
          licence,
          line: index + 1,
          text: line.slice(0, 80),
        }),
      );
      continue;
    }
    const ref = match[1]!.replace(/\s/g, '');
    const share = Number(match[2]!.replace(',', '.'));
    const byId = ref.startsWith('#');
    const [entity] = await db.query<{ id: number; name: string }>(
      byId
        ? sql`select r.id, coalesce(r.name_mn, r.name_en) as name from legal_entities e
            join legal_entities r on r.id = coalesce(e.merged_into, e.id)
            where e.id = ${/^#\d{1,15}$/.test(ref) ? Number(ref.slice(1)) : -1}`
        : sql`select r.id, coalesce(r.name_mn, r.name_en) as name from legal_entities e
            join legal_entities r on r.id = coalesce(e.merged_into, e.id)
            where e.scheme = ${nationalScheme} and e.identifier = ${ref}`,
    );
    if (!entity) {
      problems.push(
        problem('holders', 'extractives.licences.error.holderUnknown', { licence, line: index + 1, ref }),
      );
      continue;
    }
    if (share <= 0 || share > 100) {
      problems.push(
        problem('holders', 'extractives.licences.error.shareRange', { licence, holder: entity.name }),
      );
      continue;
    }
    if (holders.some((h) => h.entityId === Number(entity.id))) {
      problems.push(
        problem('holders', 'extractives.licences.error.holderTwice', { licence, holder: entity.name }),
      );
      continue;
    }
    holders.push({ entityId: Number(entity.id), name: entity.name, share });
  }
  if (problems.length === 0) {
    const total = holders.reduce((n, h) => n + units(h.share), 0);
    if (total !== units(100))
      problems.push(
        problem('holders', 'extractives.licences.error.sharesTotal', {
          licence,
          total: total / 10_000,
          holders: holders.map((h) => `${h.name} (${h.share}%)`).join(', '),
        }),
      );
  }
  return { holders, problems };
}
