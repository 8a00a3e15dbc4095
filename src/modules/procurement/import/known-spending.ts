import fs from 'node:fs';
import { parse } from 'csv-parse';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { systemActor } from '../../../platform/auth/actor.ts';
import { sql } from '../../../platform/db/sql.ts';
import type { ImportReport, ModuleContext } from '../../../platform/module.ts';
import { isIsoDate } from '../../../platform/patterns.ts';
import { currencies } from '../ocds/codelists.ts';

/**
 * Spending known from elsewhere — payments of the glass account, budget lines — that a published
 * contract should cover: the disclosure view counts those at or above the threshold with no
 * published contract as missing. CSV with a header:
 * `buyer,source,reference,supplier_register,amount,currency,date,ocid` (buyer = organisation slug,
 * source = payment or budget-line; supplier_register and ocid may be empty). All or nothing;
 * keyed by (buyer, source, reference), so importing the same file again changes nothing.
 */
const COLUMNS = ['buyer', 'source', 'reference', 'supplier_register', 'amount', 'currency', 'date', 'ocid'];

interface Row {
  buyer: string;
  source: string;
  reference: string;
  supplier_register: string;
  amount: string;
  currency: string;
  date: string;
  ocid: string;
}

export async function importKnownSpending(
  ctx: ModuleContext,
  file: string,
  options: { dryRun: boolean },
): Promise<ImportReport> {
  const report: ImportReport = { added: 0, changed: 0, unchanged: 0, problems: [] };
  const buyers = new Map(
    (await ctx.db.query<{ id: number; slug: string }>(sql`select id, slug from organizations`)).map((o) => [
      o.slug,
      o.id,
    ]),
  );
  const rows: (Row & { line: number; buyerId: number })[] = [];
  const parser = fs
    .createReadStream(file)
    .pipe(parse({ columns: true, bom: true, trim: true, skip_empty_lines: true }));
  let line = 1;
  try {
    for await (const raw of parser as AsyncIterable<Record<string, string>>) {
      line++;
      const r = { ...Object.fromEntries(COLUMNS.map((c) => [c, raw[c] ?? ''])) } as unknown as Row;
      const where = (column: string) => `line ${line}, column ${column}`;
      const missing = COLUMNS.filter((c) => !(c in raw));
      if (line === 2 && missing.length > 0) {
        report.problems.push({ where: 'line 1', message: `the header lacks ${missing.join(', ')}` });
        break;
      }
      const buyerId = buyers.get(r.buyer);
      if (!buyerId)
        report.problems.push({ where: where('buyer'), message: `no organisation with slug "${r.buyer}"` });
      if (r.source !== 'payment' && r.source !== 'budget-line')
        report.problems.push({ where: where('source'), message: 'must be payment or budget-line' });
      if (!r.reference) report.problems.push({ where: where('reference'), message: 'is required' });
      if (!/^\d+(\.\d{1,2})?$/.test(r.amount))
        report.problems.push({ where: where('amount'), message: 'must be an amount such as 96000000' });
      if (!currencies.has(r.currency))
        report.problems.push({ where: where('currency'), message: `unknown currency "${r.currency}"` });
      if (!isIsoDate(r.date))
        report.problems.push({ where: where('date'), message: 'must be a date as YYYY-MM-DD' });
      if (buyerId) rows.push({ ...r, line, buyerId });
    }
  } catch (e) {
    report.problems.push({
      where: `line ${line + 1}`,
      message: `not readable as CSV: ${(e as Error).message}`,
    });
  }
  if (report.problems.length > 0) return report;
  await ctx.db
    .transaction(async (tx) => {
      const written = await tx.query<{ inserted: boolean; changed: boolean }>(sql`
        insert into procurement_known_spending (buyer_id, source, reference, supplier_id, amount, currency, date, ocid)
        select x.buyer_id, x.source, x.reference, s.id, x.amount, x.currency, x.date, nullif(x.ocid, '')
        from jsonb_to_recordset(${JSON.stringify(rows.map((r) => ({ ...r, buyer_id: r.buyerId })))}::jsonb)
          as x(buyer_id bigint, source text, reference text, supplier_register text, amount numeric, currency text, date date, ocid text)
        left join legal_entities s on s.scheme = ${ctx.country.procurement.supplierScheme} and s.identifier = x.supplier_register
        on conflict (buyer_id, source, reference) do update set supplier_id = excluded.supplier_id,
          amount = excluded.amount, currency = excluded.currency, date = excluded.date, ocid = excluded.ocid
        where (procurement_known_spending.supplier_id, procurement_known_spending.amount, procurement_known_spending.currency,
          procurement_known_spending.date, procurement_known_spending.ocid)
          is distinct from (excluded.supplier_id, excluded.amount, excluded.currency, excluded.date, excluded.ocid)
        returning (xmax = 0) as inserted, true as changed`);
      report.added = written.filter((w) => w.inserted).length;
      report.changed = written.length - report.added;
      report.unchanged = rows.length - written.length;
      if (options.dryRun) throw new DryRun();
      if (written.length > 0)
        await recordAudit(tx, {
          actor: systemActor('cli'),
          action: 'procurement.known-spending',
          subject: { type: 'file', id: file },
          details: { added: report.added, changed: report.changed },
        });
    })
    .catch((e) => {
      if (!(e instanceof DryRun)) throw e;
    });
  return report;
}

class DryRun extends Error {}
