import { describe, expect, it } from 'vitest';
import { countryPackFor } from '../../../country/index.ts';
import { registerMessages, translator } from '../../i18n/index.ts';
import { platformMessages } from '../../i18n/messages.ts';
import { componentMessages } from '../components/messages.ts';
import { contrast } from '../contrast.ts';
import { mapMessages } from './messages.ts';
import { choroplethClasses, classBreaks, noFigure, placeOnGrid, tileGridMap } from './tile-grid.ts';

registerMessages(platformMessages);
registerMessages(componentMessages);
registerMessages(mapMessages);
const t = translator('en');

// The capital and the aimags of Mongolia's pack, by their centres.
const units = countryPackFor('mn')
  .adminUnits.filter((u) => u.kind === 'capital' || u.kind === 'aimag')
  .map((u) => ({ code: u.code, name: u.nameEn, lat: u.lat, lon: u.lon }));

describe('placing units on a grid', () => {
  it('gives every unit its own cell, west to east as on the map', () => {
    const cells = placeOnGrid(units, 7, 5);
    expect(cells.size).toBe(units.length);
    expect(new Set([...cells.values()].map((c) => `${c.column},${c.row}`)).size).toBe(units.length);
    const at = (name: string) => cells.get(units.find((u) => u.name === name)!.code)!;
    // Bayan-Ölgii is the far west, Dornod the far east; Ömnögovi lies south of Arkhangai.
    expect(at('Bayan-Ölgii').column).toBe(0);
    expect(at('Dornod').column).toBe(6);
    expect(at('Ömnögovi').row).toBeGreaterThan(at('Arkhangai').row);
  });

  it('is the same every time', () => {
    expect([...placeOnGrid(units, 7, 5)]).toEqual([...placeOnGrid([...units].reverse(), 7, 5)]);
  });
});

describe('class breaks', () => {
  it('cut the figures into classes of about equal counts, never more than distinct figures', () => {
    expect(classBreaks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5)).toEqual([3, 5, 7, 9]);
    expect(classBreaks([4, 4, 4], 5)).toEqual([]);
    expect(classBreaks([1, 9], 5)).toEqual([9]);
    // Many equal lowest figures: the class above starts at the next figure, never at the lowest.
    expect(classBreaks([13.3, 13.3, 13.3, 13.3, 13.3, 13.3, 13.4], 2)).toEqual([13.4]);
  });
});

describe('the tile-grid map', () => {
  const values = Object.fromEntries(units.map((u, i) => [u.code, i === 3 ? null : i * 10]));

  it('draws each unit with its name and figure, says it is a schematic, and gives the table', () => {
    const out = tileGridMap({
      id: 'cases',
      title: 'Cases by aimag',
      t,
      units,
      values,
      valueLabel: 'Cases',
      categoryLabel: 'Aimag',
    }).value;
    expect(out).toContain('<svg role="img" aria-labelledby="cases-title cases-desc"');
    expect(out).toContain('<title id="cases-title">Cases by aimag</title>');
    expect(out).toMatch(
      /<desc id="cases-desc">22 units\. Highest: [^(]+\(210\); lowest: [^(]+\(0\)\.<\/desc>/,
    );
    expect(out).toContain('A schematic: each square is one aimag');
    expect(out).not.toContain('<a ');
    expect(out.match(/<rect /g)?.length).toBeGreaterThanOrEqual(units.length);
    expect(out).toContain(`<tr><th scope="row">${units[3]!.name}</th><td class="numeric">—</td></tr>`);
    expect(out).toContain(`fill="${noFigure.fill}"`);
    expect(out).toContain('No figure');
    expect(out).toContain('and above');
  });

  it('says there are no figures when there are none', () => {
    const out = tileGridMap({ id: 'm', title: 'Empty', t, units, values: {}, valueLabel: 'Cases' }).value;
    expect(out).toContain('<desc id="m-desc">No figures.</desc>');
  });

  it('writes its labels with 4.5:1 contrast on every class, and outlines each tile', () => {
    for (const style of [...choroplethClasses, noFigure])
      expect(contrast(style.text, style.fill)).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#4a5561', '#ffffff')).toBeGreaterThanOrEqual(3);
  });
});

describe('the tile-grid map with the country’s outline', () => {
  // A diamond around the units' centres, standing for an outline (any rings of [lon, lat]).
  const lons = units.map((u) => u.lon);
  const lats = units.map((u) => u.lat);
  const [west, east, south, north] = [
    Math.min(...lons) - 6,
    Math.max(...lons) + 6,
    Math.min(...lats) - 6,
    Math.max(...lats) + 6,
  ];
  const [midLon, midLat] = [(west + east) / 2, (south + north) / 2];
  const outline = [
    [
      [west, midLat],
      [midLon, north],
      [east, midLat],
      [midLon, south],
      [west, midLat],
    ],
  ];

  it('draws the outline dashed behind the tiles, grows to hold it, and says so with its source', () => {
    const plain = tileGridMap({ id: 'm', title: 'Cases', t, units, values: {}, valueLabel: 'Cases' }).value;
    const out = tileGridMap({
      id: 'm',
      title: 'Cases',
      t,
      units,
      values: {},
      valueLabel: 'Cases',
      outline,
      outlineSource: 'Outline: a diamond',
    }).value;
    expect(out).toContain('stroke-dasharray="6 4"');
    expect(out.indexOf('<path')).toBeLessThan(out.indexOf('<rect'));
    expect(out).toContain('inside the country’s dashed outline');
    expect(out).toContain('Outline: a diamond.');
    const size = (svg: string) =>
      svg
        .match(/viewBox="0 0 ([\d.]+) ([\d.]+)"/)!
        .slice(1)
        .map(Number);
    const [w0, h0] = size(plain);
    const [w1, h1] = size(out);
    expect(w1).toBeGreaterThan(w0!);
    expect(h1).toBeGreaterThan(h0!);
    expect(out).toMatch(/<g transform="translate\([\d.]+,[\d.]+\)">/);
  });
});
