import type { Translator } from '../../../platform/i18n/index.ts';
import {
  colourOf,
  lineChart,
  type PaletteColour,
  stackedBarChart,
  swatch,
} from '../../../platform/views/charts/index.ts';
import type { Html } from '../../../platform/views/html.ts';
import { type ProgressKey, progressKeys } from '../service.ts';

/** The palette colour of each completion level: the same on the charts, the tags and the legend. */
export const progressColours: Record<ProgressKey, PaletteColour> = {
  'not-reported': 'grey',
  'not-started': 'red',
  limited: 'orange',
  substantial: 'blue',
  complete: 'green',
  withdrawn: 'purple',
};

export interface ProgressRow {
  label: string;
  counts: Record<ProgressKey, number>;
}

/**
 * Progress by completion level, one bar per row (a priority area, an organisation), with its
 * legend and table: the platform's stacked bar chart in the levels' colours.
 */
export function progressChart(
  t: Translator,
  options: { id: string; title: string; rows: readonly ProgressRow[] },
): Html {
  return stackedBarChart({
    id: options.id,
    title: options.title,
    t,
    series: progressKeys.map((k) => ({ label: t(`plans.completion.${k}`), colour: progressColours[k] })),
    rows: options.rows.map((r) => ({ label: r.label, values: progressKeys.map((k) => r.counts[k]) })),
    tableLabel: t('plans.chart.table'),
    categoryLabel: t('plans.chart.row'),
    className: 'plans-chart',
  });
}

/** A square of a completion level's colour, beside its name. */
export function completionSwatch(key: ProgressKey): Html {
  return swatch(colourOf(0, progressColours[key]));
}

export interface TrendPoint {
  period: string;
  target: number | null;
  actual: number | null;
}

/** An indicator's trend: the platform's line chart, actual values solid, targets dashed. */
export function trendChart(
  t: Translator,
  options: { id: string; title: string; unit: string; points: readonly TrendPoint[] },
): Html {
  const { points } = options;
  return lineChart({
    id: options.id,
    title: options.title,
    t,
    caption: `${options.title} (${options.unit})`,
    periods: points.map((p) => p.period),
    series: [
      {
        label: t('plans.indicators.target'),
        legend: t('plans.indicators.legendTarget'),
        colour: 'grey',
        dashed: true,
        values: points.map((p) => p.target),
      },
      {
        label: t('plans.indicators.actual'),
        legend: t('plans.indicators.legendActual'),
        values: points.map((p) => p.actual),
      },
    ],
    categoryLabel: t('plans.indicators.period'),
    tableLabel: t('plans.chart.table'),
    className: 'plans-chart',
  });
}
