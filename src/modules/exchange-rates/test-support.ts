import type { ImportReport, ModuleContext } from '../../platform/module.ts';
import { importRateBytes } from './import.ts';

let counter = 0;

/** Rates from CSV lines (`date,currency,rate[,units]`, after the header), imported as a file. */
export async function importRateLines(
  ctx: ModuleContext,
  lines: readonly string[],
  options: { dryRun?: boolean; header?: string } = {},
): Promise<ImportReport> {
  counter += 1;
  const text = [options.header ?? 'date,currency,rate,units', ...lines].join('\n');
  return importRateBytes(
    ctx,
    { bytes: Buffer.from(text), name: `rates-${counter}.csv` },
    { dryRun: options.dryRun ?? false, actorLabel: 'test' },
  );
}
