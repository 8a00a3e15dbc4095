import { eachValue } from '../ocds/facts.ts';
import type { JsonObject } from '../ocds/merge.ts';
import { bidStatuses, describeErrors, releaseValidator } from '../ocds/standard.ts';

export interface Problem {
  where: string;
  message: string;
}

/**
 * Checks one release before anything is written: the OCDS 1.1 release schema in the project's own
 * encoding (`ocds/schema.ts`: types, required fields, formats, closed codelists such as method,
 * status and currency), the bids extension's bid status, one currency throughout, and a non-empty
 * ocid and id. Returns the problems, each with its JSON path in the file.
 */
export function checkRelease(release: unknown, where: string): Problem[] {
  if (!release || typeof release !== 'object' || Array.isArray(release))
    return [{ where, message: 'a release must be a JSON object' }];
  const validate = releaseValidator();
  const problems: Problem[] = validate(release) ? [] : describeErrors(where, validate.errors);
  const r = release as JsonObject;
  if (typeof r.date === 'string' && Number.isNaN(Date.parse(r.date)))
    problems.push({ where: `${where}.date`, message: 'is not a date and time' });
  const bids = r.bids as { details?: unknown } | undefined;
  if (bids && Array.isArray(bids.details)) {
    bids.details.forEach((b, i) => {
      const status = (b as { status?: unknown })?.status;
      if (status !== undefined && status !== null && !(bidStatuses as readonly unknown[]).includes(status))
        problems.push({
          where: `${where}.bids.details[${i}].status`,
          message: `unknown code ${JSON.stringify(status)} (not in the bids extension's bidStatus codelist)`,
        });
      const amount = (b as { value?: { amount?: unknown } })?.value?.amount;
      if (typeof amount === 'string')
        problems.push({
          where: `${where}.bids.details[${i}].value.amount`,
          message: `the amount ${JSON.stringify(amount)} is text; give it as a number`,
        });
    });
  }
  let first: { path: string; currency: string } | undefined;
  eachValue(r as never, where, (currency, pathOf) => {
    if (!currency) return true;
    if (!first) {
      first = { path: pathOf(), currency };
      return true;
    }
    if (currency === first.currency) return true;
    problems.push({
      where: `${pathOf()}.currency`,
      message: `mixed currencies: ${currency} here, ${first.currency} at ${first.path}; a process is published in one currency`,
    });
    return false;
  });
  return problems;
}
