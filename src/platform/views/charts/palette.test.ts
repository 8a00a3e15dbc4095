import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrast } from '../contrast.ts';
import { chartLines, palette } from './palette.ts';

const css = readFileSync(new URL('../assets/shilen.css', import.meta.url), 'utf8');
const root = /:root\s*{([^}]*)}/.exec(css)?.[1] ?? '';
const variable = (name: string) =>
  new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(root)?.[1]?.toLowerCase();
const pageBackground = /\nbody\s*{[^}]*background:\s*(#[0-9a-f]{3,6})/i.exec(css)?.[1] ?? '';

describe('chart palette', () => {
  it('computes contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#1d70b8', '#fff')).toBeCloseTo(5.17, 1);
  });

  it('is the palette of the stylesheet, colour for colour', () => {
    for (const [name, hex] of Object.entries(palette)) expect(variable(`chart-${name}`), name).toBe(hex);
  });

  it('every colour is 3:1 or more against the page background and the soft background (WCAG 1.4.11)', () => {
    expect(pageBackground).toMatch(/^#/);
    const soft = variable('bg-soft') as string;
    for (const [name, hex] of Object.entries(palette)) {
      expect(contrast(hex, pageBackground), `${name} on the page`).toBeGreaterThanOrEqual(3);
      expect(contrast(hex, soft), `${name} on --bg-soft`).toBeGreaterThanOrEqual(3);
    }
    expect(contrast(chartLines.axis, pageBackground)).toBeGreaterThanOrEqual(3);
  });

  it('white labels on every colour are 4.5:1 or more, and chart text in --text is too', () => {
    for (const [name, hex] of Object.entries(palette))
      expect(contrast('#ffffff', hex), name).toBeGreaterThanOrEqual(4.5);
    expect(contrast(variable('text') as string, pageBackground)).toBeGreaterThanOrEqual(4.5);
    expect(css).toMatch(/svg\[role="img"\] text\s*{\s*fill: currentColor;/);
  });
});
