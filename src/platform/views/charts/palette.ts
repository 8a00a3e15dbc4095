/**
 * The one palette of every chart, by name so that a meaning keeps its colour (plans' completion
 * levels, received and answered). Each colour is 3:1 or more against the page background and
 * the soft background (WCAG 1.4.11), and white text on it is 4.5:1 or more (treemap labels);
 * `palette.test.ts` measures both against the CSS variables `--chart-<name>` that mirror them.
 */
export const palette = {
  blue: '#1d70b8',
  green: '#00703c',
  orange: '#8f5a00',
  red: '#942514',
  purple: '#4c2c92',
  grey: '#505a5f',
  navy: '#0b4f8a',
} as const;

export type PaletteColour = keyof typeof palette;

/** The order series take when they do not name a colour. */
export const seriesOrder: readonly PaletteColour[] = [
  'blue',
  'green',
  'orange',
  'purple',
  'red',
  'grey',
  'navy',
];

/** Lines that carry no meaning of their own: grid lines (decorative) and the zero axis. */
export const chartLines = { grid: '#dfe4e9', axis: '#4a5561', separator: '#ffffff' } as const;

export function colourOf(index: number, name?: PaletteColour): string {
  return palette[name ?? (seriesOrder[index % seriesOrder.length] as PaletteColour)];
}
