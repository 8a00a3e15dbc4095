import { describe, expect, it } from 'vitest';
import { registerMessages, translator } from '../../i18n/index.ts';
import { platformMessages } from '../../i18n/messages.ts';
import { componentMessages } from '../components/messages.ts';
import { choroplethClasses, noFigure } from './choropleth.ts';
import { mapMessages } from './messages.ts';
import { project, type ShapedUnit, shapeMap } from './shapes.ts';

registerMessages(platformMessages);
registerMessages(componentMessages);
registerMessages(mapMessages);
const t = translator('en');

/** A square of `half` degrees each way around a centre: a fixture shape, not a real boundary. */
function square(code: string, name: string, lat: number, lon: number, half = 1): ShapedUnit {
  const [w, e, s, n] = [lon - half, lon + half, lat - half, lat + half];
  return {
    code,
    name,
    lat,
    lon,
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [w, s],
          [e, s],
          [e, n],
          [w, n],
          [w, s],
        ],
      ],
    },
  };
}

const units = [square('A', 'West', 47, 100), square('B', 'Middle', 47, 103), square('C', 'East', 47, 106)];

describe('the projection', () => {
  it('shrinks east–west degrees by the cosine of the middle latitude, and fits the width', () => {
    // A square degree at 60° north is half as wide as it is high.
    const p = project(
      [
        [
          [10, 59.5],
          [11, 60.5],
        ],
      ],
      216,
    );
    expect(p.x(11) - p.x(10)).toBeCloseTo(200, 6);
    expect(p.y(59.5) - p.y(60.5)).toBeCloseTo(400, 0);
    expect(p.height).toBe(Math.ceil(16 + (p.y(59.5) - p.y(60.5))));
  });
});

describe('the map of real shapes', () => {
  const values = { A: 10, B: 20, C: null };
  const out = shapeMap({
    id: 'shapes',
    title: 'Cases by aimag',
    t,
    units,
    values,
    valueLabel: 'Cases',
    categoryLabel: 'Aimag',
    note: 'Boundaries: a fixture (CC0).',
    outline: [
      [
        [98, 45],
        [108, 45],
        [108, 49],
        [98, 49],
        [98, 45],
      ],
    ],
  }).value;

  it('draws each unit’s shape in its class, the outline around, and no links', () => {
    expect(out).toContain('<svg role="img" aria-labelledby="shapes-title shapes-desc"');
    expect(out).toMatch(
      /<desc id="shapes-desc">3 units\. Highest: Middle \(20\); lowest: West \(10\)\.<\/desc>/,
    );
    // Three units and the outline.
    expect(out.match(/<path d="M/g)).toHaveLength(4);
    expect(out).toContain(`fill="${noFigure.fill}"`);
    expect(out).toContain(`fill="${choroplethClasses.at(-1)!.fill}"`);
    expect(out).toContain('fill="none" stroke="#4a5561" stroke-width="1.5"');
    expect(out).not.toContain('<a ');
    expect(out).not.toContain('A schematic');
    expect(out).toContain('<figcaption>Cases by aimag. Boundaries: a fixture (CC0).</figcaption>');
    expect(out).toContain('<tr><th scope="row">East</th><td class="numeric">—</td></tr>');
  });

  it('writes a name and figure where they fit, never one over another', () => {
    expect(out).toContain('>West</text>');
    expect(out).toContain('>20</text>');
    // Two units at the same centre: the larger is labelled, the smaller only in the table.
    const crowded = shapeMap({
      id: 'c',
      title: 'Crowded',
      t,
      units: [square('S', 'Small', 47, 100, 0.1), square('L', 'Large', 47, 100, 2)],
      values: { S: 1, L: 2 },
      valueLabel: 'Cases',
      note: 'Fixture.',
    }).value;
    expect(crowded).toContain('>Large</text>');
    expect(crowded).not.toContain('>Small</text>');
    expect(crowded).toContain('<th scope="row">Small</th>');
  });

  it('fits a unit’s page to the units alone, the outline cut off at the edge', () => {
    const one = shapeMap({
      id: 'one',
      title: 'One',
      t,
      units: [units[0]!],
      values: {},
      valueLabel: 'Cases',
      note: 'Fixture.',
      outline: [
        [
          [80, 40],
          [120, 40],
          [120, 55],
          [80, 55],
          [80, 40],
        ],
      ],
      fit: 'units',
    }).value;
    // The unit's square spans the width but for the margin; the outline lies outside the drawing.
    expect(one).toContain('<path d="M24,');
    expect(one).toMatch(/L776,[\d.]+L776,/);
    expect(one).toMatch(/<path d="M-\d/);
  });

  it('leaves out points closer than a pixel to the last one drawn', () => {
    const ring = Array.from({ length: 20001 }, (_, i) => {
      const a = (i / 20000) * 2 * Math.PI;
      return [100 + Math.cos(a), 47 + Math.sin(a)];
    });
    ring[20000] = ring[0]!;
    const round = shapeMap({
      id: 'r',
      title: 'Round',
      t,
      units: [
        { code: 'R', name: 'Round', lat: 47, lon: 100, geometry: { type: 'Polygon', coordinates: [ring] } },
      ],
      values: {},
      valueLabel: 'Cases',
      note: 'Fixture.',
      width: 200,
    }).value;
    const points = round.match(/<path d="([^"]+)"/)![1]!.split('L').length;
    // About 720 px of circumference (an ellipse of 184 × 270), a point each 0.6 px at least.
    expect(points).toBeLessThan(1300);
    expect(points).toBeGreaterThan(500);
  });
});
