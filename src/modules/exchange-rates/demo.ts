import type { ModuleContext } from '../../platform/module.ts';
import { importRateBytes } from './import.ts';

/**
 * Demo rates: every working day (Monday to Friday) of 2014–2016 for six currencies, and on to
 * November 2026 for the US dollar and the yuan (the fiscal demo's years pay in them) and the yen
 * (the projects demo's loans are drawn and repaid in it), drawn as a
 * line through a few points of each currency's path (the tögrög fell against the dollar from about
 * 1,660 to about 2,490 by 2016, and stood near 3,400–3,500 in 2025–2026) with a small daily wave. They are shaped like the
 * period's rates but are **not** the central bank's: their source says so, and every page shows
 * it. Imported through the module's own importer, so they are checked and versioned like a file.
 */
const PATHS: Readonly<Record<string, { units: number; points: readonly [string, number][] }>> = {
  USD: {
    units: 1,
    points: [
      ['2014-01-01', 1660],
      ['2014-09-09', 1841],
      ['2015-12-22', 1994.5],
      ['2016-12-30', 2489],
      ['2019-12-31', 2734],
      ['2022-12-30', 3441],
      ['2025-01-01', 3398],
      ['2025-08-01', 3455],
      ['2026-11-30', 3492],
    ],
  },
  EUR: {
    units: 1,
    points: [
      ['2014-01-01', 2285],
      ['2014-09-09', 2380],
      ['2015-12-22', 2180],
      ['2016-12-30', 2600],
    ],
  },
  CNY: {
    units: 1,
    points: [
      ['2014-01-01', 274],
      ['2014-09-09', 299.41],
      ['2015-12-22', 306.1],
      ['2016-12-30', 358],
      ['2019-12-31', 392],
      ['2022-12-30', 494],
      ['2025-01-01', 465.2],
      ['2025-08-01', 481.4],
      ['2026-11-30', 489.7],
    ],
  },
  RUB: {
    units: 1,
    points: [
      ['2014-01-01', 50.4],
      ['2014-09-09', 48.9],
      ['2015-12-22', 27.6],
      ['2016-12-30', 40.6],
    ],
  },
  JPY: {
    units: 1,
    points: [
      ['2014-01-01', 15.8],
      ['2014-09-09', 17.3],
      ['2015-12-22', 16.4],
      ['2016-12-30', 21.3],
      ['2017-12-29', 21.5],
      ['2018-12-31', 24.0],
      ['2019-12-31', 25.1],
      ['2020-12-31', 27.6],
      ['2021-12-31', 24.8],
      ['2022-12-30', 26.3],
      ['2024-06-28', 21.3],
      ['2025-01-01', 21.6],
      ['2025-08-01', 23.5],
      ['2026-11-30', 23.3],
    ],
  },
  KRW: {
    units: 1,
    points: [
      ['2014-01-01', 1.57],
      ['2014-09-09', 1.79],
      ['2015-12-22', 1.7],
      ['2016-12-30', 2.06],
    ],
  },
};

const DAY = 86_400_000;

/** The demo file: `date,currency,rate,units`, one line per currency and working day of its path. */
export function demoRatesCsv(from = '2014-01-01', to = '2026-11-30'): string {
  const lines = ['date,currency,rate,units'];
  for (let time = Date.parse(from); time <= Date.parse(to); time += DAY) {
    const weekday = new Date(time).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const date = new Date(time).toISOString().slice(0, 10);
    for (const [currency, { units, points }] of Object.entries(PATHS)) {
      if (time > Date.parse(points.at(-1)![0])) continue;
      const i = Math.max(
        1,
        points.findIndex(([d]) => Date.parse(d) >= time),
      );
      const [[d0, v0], [d1, v1]] = [points[i - 1]!, points[i]!];
      const share = Math.min(1, Math.max(0, (time - Date.parse(d0)) / (Date.parse(d1) - Date.parse(d0))));
      const wave = 1 + 0.006 * Math.sin(time / (DAY * 9)) + 0.003 * Math.sin(time / (DAY * 2.3));
      const rate = (v0 + (v1 - v0) * share) * wave;
      lines.push(`${date},${currency},${rate.toFixed(rate < 10 ? 4 : 2)},${units}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export async function loadExchangeRatesDemo(ctx: ModuleContext): Promise<Record<string, number>> {
  const report = await importRateBytes(
    ctx,
    { bytes: Buffer.from(demoRatesCsv()), name: 'demo-rates.csv' },
    {
      dryRun: false,
      actorLabel: 'demo',
      source: {
        mn: 'Жишээ өгөгдөл: тухайн үеийн ханштай төстэй боловч Төв банкны албан ханш биш',
        en: 'Demo data: shaped like the period’s rates, but not the central bank’s official rates',
        url: null,
      },
    },
  );
  if (report.problems.length > 0)
    throw new Error(`demo rates: ${report.problems.map((p) => `${p.where}: ${p.message}`).join('; ')}`);
  return { exchangeRates: report.added };
}
