import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { recordAudit } from '../../platform/audit/audit.ts';
import { systemActor } from '../../platform/auth/actor.ts';
import { recordFirstLoad } from '../../platform/datasets/version-batches.ts';
import { recordCurrentVersions } from '../../platform/datasets/versions.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { sql } from '../../platform/db/sql.ts';
import { csvRecords } from '../../platform/imports/csv-text.ts';
import type { ImportReport, ModuleContext } from '../../platform/module.ts';
import { isIsoDate } from '../../platform/patterns.ts';
import { exchangeRatesDataset } from './dataset.ts';

/**
 * `shilen import exchange-rates FILE.csv`: the official rates from a file of the central bank's
 * rates, one rate a line, with a header naming `date`, `currency`, `rate` and, when a rate is
 * given for more than one unit (100 yen), `units` (Mongolian headers too: огноо, валют, ханш,
 * нэгж). The source recorded is the country pack's (who sets the rates, where they are published)
 * with the file's name and SHA-256. All or nothing: any problem, named by line and column, and
 * nothing is stored; the same file twice changes nothing.
 */

const HEADERS: Readonly<Record<string, Field>> = {
  date: 'date',
  огноо: 'date',
  currency: 'currency',
  валют: 'currency',
  rate: 'rate',
  ханш: 'rate',
  units: 'units',
  unit: 'units',
  нэгж: 'units',
};
type Field = 'date' | 'currency' | 'rate' | 'units';
const REQUIRED: readonly Field[] = ['date', 'currency', 'rate'];

/** The codes of ISO 4217 as this runtime's ICU knows them. */
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** A rate: up to 14 digits before the point and 6 after, as the table keeps it. */
const RATE = /^\d{1,14}(\.\d{1,6})?$/;

interface RateRow {
  line: number;
  date: string;
  currency: string;
  rate: string;
  units: number;
}

type Problem = ImportReport['problems'][number];

/** Reads and checks a file of rates: its rows, or the problems that stop it. */
export function readRates(text: string, nationalCurrency: string): { rows: RateRow[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const { records, problem } = csvRecords(text);
  if (problem) return { rows: [], problems: [problem] };
  const [header, ...body] = records;
  if (!header) return { rows: [], problems: [{ where: 'file', message: 'the file holds no rates' }] };
  const columns = new Map<Field, number>();
  header.forEach((name, i) => {
    const field = HEADERS[name.toLowerCase()];
    if (field) columns.set(field, i);
    else
      problems.push({
        where: `line 1, column ${i + 1}`,
        message: `unknown column "${name}": use date, currency, rate and units`,
      });
  });
  const missing = REQUIRED.filter((f) => !columns.has(f));
  if (missing.length > 0)
    problems.push({ where: 'line 1', message: `the header lacks ${missing.join(', ')}` });
  if (problems.length > 0) return { rows: [], problems };
  if (body.length === 0)
    return { rows: [], problems: [{ where: 'file', message: 'the file holds no rates' }] };

  const rows: RateRow[] = [];
  const seen = new Map<string, number>();
  body.forEach((record, i) => {
    const line = i + 2;
    const cell = (f: Field) => record[columns.get(f) ?? -1] ?? '';
    const where = (f: Field) => `line ${line}, column ${f}`;
    const [date, currency, rate, unitsText] = [
      cell('date'),
      cell('currency').toUpperCase(),
      cell('rate'),
      cell('units'),
    ];
    const before = problems.length;
    if (!isIsoDate(date))
      problems.push({ where: where('date'), message: `"${date}" is not a date as YYYY-MM-DD` });
    if (currency === nationalCurrency)
      problems.push({
        where: where('currency'),
        message: `${currency} is the national currency: its rate is always 1`,
      });
    else if (!/^[A-Z]{3}$/.test(currency) || !CURRENCIES.has(currency))
      problems.push({ where: where('currency'), message: `"${currency}" is not an ISO 4217 currency code` });
    if (/^-/.test(rate) || /^0*(\.0*)?$/.test(rate))
      problems.push({ where: where('rate'), message: `a rate must be above zero, not "${rate}"` });
    else if (!RATE.test(rate))
      problems.push({
        where: where('rate'),
        message: `"${rate}" is not a rate such as 3450.25 (at most 6 decimal places)`,
      });
    const units = unitsText === '' ? 1 : Number(unitsText);
    if (!/^\d{1,9}$/.test(unitsText || '1') || units < 1)
      problems.push({
        where: where('units'),
        message: `units must be a whole number above zero, not "${unitsText}"`,
      });
    if (problems.length > before) return;
    const key = `${currency} ${date}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({ where: `line ${line}`, message: `${currency} on ${date} is already on line ${first}` });
      return;
    }
    seen.set(key, line);
    rows.push({ line, date, currency, rate, units });
  });
  return { rows, problems };
}

/** Days from one `YYYY-MM-DD` to another. */
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/**
 * Runs of more than `maxGapDays` without a rate, for each currency, among the file's dates and the
 * stored dates next to them (the last before the file's first, the first after its last).
 */
function gaps(
  rows: readonly RateRow[],
  stored: ReadonlyMap<string, { before: string | null; after: string | null }>,
  maxGapDays: number,
): Problem[] {
  const problems: Problem[] = [];
  const byCurrency = Map.groupBy(rows, (r) => r.currency);
  for (const [currency, list] of byCurrency) {
    const dates: { date: string; line: number | null }[] = list
      .map((r) => ({ date: r.date, line: r.line as number | null }))
      .sort((a, b) => a.date.localeCompare(b.date));
    const around = stored.get(currency);
    if (around?.before) dates.unshift({ date: around.before, line: null });
    if (around?.after) dates.push({ date: around.after, line: null });
    for (let i = 1; i < dates.length; i++) {
      const [a, b] = [dates[i - 1]!, dates[i]!];
      const days = daysBetween(a.date, b.date);
      if (days <= maxGapDays) continue;
      const line = b.line ?? a.line;
      problems.push({
        where: `line ${line}, column date`,
        message: `${currency} has no rate for ${days - 1} days between ${a.date} and ${b.date}${a.line === null || b.line === null ? ' (a rate already stored)' : ''}: at most ${maxGapDays - 1} are allowed`,
      });
    }
  }
  return problems;
}

class DryRun extends Error {}

/**
 * The change history of what an import wrote: the first load of rates as one batch of versions
 * (written by the platform's job, as a first file import is), later ones record by record.
 */
async function recordVersions(tx: Queryable, actor: string, keys: readonly string[]): Promise<void> {
  await tx.query(
    sql`select pg_advisory_xact_lock(hashtext(${`record_versions:${exchangeRatesDataset.id}`}))`,
  );
  const [history] = await tx.query<{ fresh: boolean }>(sql`
    select not exists (select 1 from record_versions where dataset = ${exchangeRatesDataset.id})
      and not exists (select 1 from record_version_batches where dataset = ${exchangeRatesDataset.id}) as fresh`);
  if (history?.fresh) await recordFirstLoad(tx, exchangeRatesDataset, 'exchange_rates', actor, null);
  else await recordCurrentVersions(tx, exchangeRatesDataset, actor, keys);
}

/** Imports a file of rates (see above); `dryRun` checks and counts, writing nothing. */
export async function importRates(
  ctx: ModuleContext,
  file: string,
  options: { dryRun: boolean },
): Promise<ImportReport> {
  return importRateBytes(ctx, { bytes: await fs.readFile(file), name: path.basename(file) }, options);
}

export interface RateImportOptions {
  dryRun: boolean;
  /** Who imports, for the audit trail; default the command line. */
  actorLabel?: string;
  /** The rates' source when it is not the country pack's (demo data says it is not official). */
  source?: { mn: string; en: string; url: string | null };
}

/** Imports the bytes of a file of rates named `name`. */
export async function importRateBytes(
  ctx: ModuleContext,
  file: { bytes: Buffer; name: string },
  options: RateImportOptions,
): Promise<ImportReport> {
  const { bytes } = file;
  const { rows, problems } = readRates(bytes.toString('utf8'), ctx.country.currency);
  const report: ImportReport = { added: 0, changed: 0, unchanged: 0, problems };
  if (problems.length > 0) return report;
  const { exchangeRates } = ctx.country;
  const source = options.source ?? exchangeRates.source;
  const actor = systemActor(options.actorLabel ?? 'cli');
  await ctx.db
    .transaction(async (tx) => {
      // One import of rates at a time, so that the gap check sees what the other wrote.
      await tx.query(sql`select pg_advisory_xact_lock(hashtext('exchange-rates.import'))`);
      const currencies = [...new Set(rows.map((r) => r.currency))];
      const firstAndLast = new Map(
        currencies.map((c) => {
          const dates = rows
            .filter((r) => r.currency === c)
            .map((r) => r.date)
            .sort();
          return [c, { first: dates[0]!, last: dates.at(-1)! }];
        }),
      );
      const around = await tx.query<{ currency: string; before: string | null; after: string | null }>(sql`
        select x.currency,
          (select max(rate_date) from exchange_rates r where r.currency = x.currency and r.rate_date < x.first) as before,
          (select min(rate_date) from exchange_rates r where r.currency = x.currency and r.rate_date > x.last) as after
        from jsonb_to_recordset(${JSON.stringify([...firstAndLast].map(([currency, d]) => ({ currency, ...d })))}::jsonb)
          as x(currency text, first date, last date)`);
      const found = gaps(rows, new Map(around.map((a) => [a.currency, a])), exchangeRates.maxGapDays);
      if (found.length > 0) {
        report.problems.push(...found);
        throw new DryRun();
      }
      const [stored] = await tx.query<{ id: number }>(sql`
        insert into exchange_rate_sources (name_mn, name_en, url, file_name, file_sha256)
        values (${source.mn}, ${source.en}, ${source.url}, ${file.name},
          ${createHash('sha256').update(bytes).digest('hex')})
        returning id`);
      const written = await tx.query<{ inserted: boolean; currency: string; date: string }>(sql`
        insert into exchange_rates (currency, rate_date, rate, units, source_id)
        select x.currency, x.date, x.rate, x.units, ${stored!.id}
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(currency text, date date, rate numeric, units int)
        on conflict (currency, rate_date) do update
          set rate = excluded.rate, units = excluded.units, source_id = excluded.source_id, updated_at = now()
          where (exchange_rates.rate, exchange_rates.units) is distinct from (excluded.rate, excluded.units)
        returning (xmax = 0) as inserted, currency, rate_date as date`);
      report.added = written.filter((w) => w.inserted).length;
      report.changed = written.length - report.added;
      report.unchanged = rows.length - written.length;
      if (options.dryRun || written.length === 0) throw new DryRun();
      await recordVersions(
        tx,
        actor.label,
        written.map((w) => `${w.currency}/${w.date}`),
      );
      await recordAudit(tx, {
        actor,
        action: 'exchange-rates.import',
        subject: { type: 'exchange-rate-source', id: String(stored!.id) },
        details: { file: file.name, added: report.added, changed: report.changed },
      });
    })
    .catch((e) => {
      if (!(e instanceof DryRun)) throw e;
    });
  return report;
}
