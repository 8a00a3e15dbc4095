/**
 * Charts drawn on the server as accessible SVG: an image named by its title and description, a
 * legend in words, and the same figures as a table in a `<details>`, so they work without
 * JavaScript, in print and for screen readers. Colours come from the one palette (`palette.ts`).
 */
export {
  type Bar,
  type BarChartOptions,
  barChart,
  groupedBarChart,
  type SeriesChartOptions,
  type StackedBarChartOptions,
  stackedBarChart,
} from './bar.ts';
export { type ChartBase, legend, type Series, swatch } from './frame.ts';
export { type LineChartOptions, type LineSeries, lineChart } from './line.ts';
export { colourOf, type PaletteColour, palette } from './palette.ts';
export { donutChart, type Part, type PartsChartOptions, treemapChart } from './parts.ts';
