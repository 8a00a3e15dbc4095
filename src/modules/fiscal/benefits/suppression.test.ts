import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CountCell,
  type PublishedCell,
  recoverableCells,
  type SuppressedCube,
  suppress,
} from './suppression.ts';

// An attacker's view of a published cube, written here independently of the module: the equations
// "a total is the sum of its parts" read off the cells themselves (a null coordinate is a total).
const keyOf = (coords: readonly (string | null)[]) => coords.map((c) => c ?? '*').join('|');

function equations(cube: SuppressedCube): PublishedCell[][] {
  const byKey = new Map(cube.cells.map((c) => [keyOf(c.coords), c]));
  const out: PublishedCell[][] = [];
  for (const total of cube.cells)
    total.coords.forEach((coord, d) => {
      if (coord !== null) return;
      const parts = (cube.members[d] ?? []).map((m) => {
        const coords = [...total.coords];
        coords[d] = m;
        return byKey.get(keyOf(coords)) as PublishedCell;
      });
      out.push([total, ...parts]);
    });
  return out;
}

/** The simple attack: an equation with one unknown gives it; repeated while it gives anything. */
function peel(cube: SuppressedCube): Map<string, number> {
  const known = new Map<string, number>();
  for (const c of cube.cells) if (c.recipients !== null) known.set(keyOf(c.coords), c.recipients);
  const all = equations(cube);
  for (let progress = true; progress; ) {
    progress = false;
    for (const [total, ...parts] of all) {
      const cells = [total as PublishedCell, ...parts];
      const unknown = cells.filter((c) => !known.has(keyOf(c.coords)));
      if (unknown.length !== 1) continue;
      const sumParts = parts.reduce((s, c) => s + (known.get(keyOf(c.coords)) ?? 0), 0);
      const x = unknown[0] as PublishedCell;
      known.set(
        keyOf(x.coords),
        x === total ? sumParts : (known.get(keyOf(total!.coords)) as number) - sumParts,
      );
      progress = true;
    }
  }
  const recovered = new Map<string, number>();
  for (const c of cube.cells)
    if (c.suppressed && known.has(keyOf(c.coords)))
      recovered.set(keyOf(c.coords), known.get(keyOf(c.coords))!);
  return recovered;
}

/** Rank of a matrix in floating point (partial pivoting): the full linear attack. */
function rank(matrix: number[][]): number {
  const m = matrix.map((r) => [...r]);
  let r = 0;
  const cols = m[0]?.length ?? 0;
  for (let c = 0; c < cols && r < m.length; c++) {
    let best = r;
    for (let i = r + 1; i < m.length; i++) if (Math.abs(m[i]![c]!) > Math.abs(m[best]![c]!)) best = i;
    if (Math.abs(m[best]![c]!) < 1e-9) continue;
    [m[r], m[best]] = [m[best]!, m[r]!];
    for (let i = 0; i < m.length; i++) {
      if (i === r) continue;
      const f = m[i]![c]! / m[r]![c]!;
      for (let k = c; k < cols; k++) m[i]![k]! -= f * m[r]![k]!;
    }
    r++;
  }
  return r;
}

/** The hidden cells the margin equations fix: x is fixed when dropping its column lowers the rank. */
function solvable(cube: SuppressedCube): string[] {
  const hidden = cube.cells.filter((c) => c.suppressed).map((c) => keyOf(c.coords));
  const column = new Map(hidden.map((k, i) => [k, i]));
  const rows = equations(cube)
    .map((cells) => {
      const row: number[] = new Array(hidden.length).fill(0);
      cells.forEach((c, i) => {
        const at = column.get(keyOf(c.coords));
        if (at !== undefined) row[at] = i === 0 ? 1 : -1;
      });
      return row;
    })
    .filter((row) => row.some((v) => v !== 0));
  if (rows.length === 0) return [];
  const full = rank(rows);
  return hidden.filter((_, x) => rank(rows.map((row) => row.filter((_, k) => k !== x))) < full);
}

const cellsOf = (rows: Record<string, Record<string, number>>): CountCell[] =>
  Object.entries(rows).flatMap(([r, cols]) =>
    Object.entries(cols).map(([c, n]) => ({ coords: [r, c], recipients: n, amount: n * 1000 })),
  );

describe('small cells and their complements', () => {
  it('hides a small cell and enough others that the row and column totals do not give it away', () => {
    const cells = cellsOf({ A: { x: 2, y: 10 }, B: { x: 10, y: 10 } });
    // Primary suppression alone: the row total minus the shown cell re-derives the small cell.
    const primaryOnly = suppress(
      [
        ['A', 'B'],
        ['x', 'y'],
      ],
      cells,
      3,
    );
    const naive: SuppressedCube = {
      ...primaryOnly,
      cells: primaryOnly.cells.map((c) =>
        c.suppressed === 'small' ? c : { ...c, suppressed: null, ...shownValues(cells, c) },
      ),
    };
    expect(peel(naive).get('A|x')).toBe(2);
    expect(solvable(naive)).toEqual(['A|x']);

    const cube = suppress(
      [
        ['A', 'B'],
        ['x', 'y'],
      ],
      cells,
      3,
    );
    expect(cube.cell(['A', 'x'])).toMatchObject({ recipients: null, amount: null, suppressed: 'small' });
    for (const at of [
      ['A', 'y'],
      ['B', 'x'],
      ['B', 'y'],
    ])
      expect(cube.cell(at).suppressed).toBe('complementary');
    expect(cube.cell(['A', null])).toMatchObject({ recipients: 12, amount: 12000, suppressed: null });
    expect(cube.cell([null, null])).toMatchObject({ recipients: 32, suppressed: null });
    expect(peel(cube).size).toBe(0);
    expect(solvable(cube)).toEqual([]);
  });

  it('shows an empty cell as none, and a table with no small cell whole', () => {
    const cube = suppress(
      [
        ['A', 'B'],
        ['x', 'y'],
      ],
      cellsOf({ A: { x: 0, y: 7 }, B: { x: 5 } }),
      5,
    );
    expect(cube.cells.every((c) => c.suppressed === null)).toBe(true);
    expect(cube.cell(['A', 'x']).recipients).toBe(0);
    expect(cube.cell(['B', 'y']).recipients).toBe(0);
    expect(cube.cell([null, 'x']).recipients).toBe(5);
  });

  it('hides a total that equals its one small part, across the organisation dimension too', () => {
    const cells: CountCell[] = [
      { coords: ['org-1', 'senior', 'housing'], recipients: 2, amount: 500 },
      { coords: ['org-1', 'senior', 'travel'], recipients: 9, amount: 900 },
      { coords: ['org-2', 'senior', 'housing'], recipients: 12, amount: 1200 },
      { coords: ['org-2', 'junior', 'travel'], recipients: 6, amount: 600 },
    ];
    const cube = suppress(
      [
        ['org-1', 'org-2'],
        ['senior', 'junior'],
        ['housing', 'travel'],
      ],
      cells,
      3,
    );
    expect(cube.cell(['org-1', 'senior', 'housing']).suppressed).toBe('small');
    expect(peel(cube).size).toBe(0);
    expect(solvable(cube)).toEqual([]);
    expect(cube.cell([null, null, null])).toMatchObject({ recipients: 29, amount: 3200 });
  });

  it('the exact check finds a hidden cell that only a combination of totals gives away', () => {
    // Two hidden squares joined by one hidden cell: every row and column has two hidden cells or
    // none but the joining cell is the sum of the first square's rows less its columns.
    const rows = ['r0', 'r1', 'r2', 'r3'];
    const cols = ['c0', 'c1', 'c2', 'c3'];
    const all = rows.flatMap((r) => cols.map((c) => ({ coords: [r, c], recipients: 10, amount: 10 })));
    const open = suppress([rows, cols], all, 0);
    const hide = new Set(['r0|c0', 'r0|c1', 'r1|c0', 'r1|c1', 'r2|c2', 'r2|c3', 'r3|c2', 'r3|c3', 'r0|c2']);
    const bridged: SuppressedCube = {
      ...open,
      cells: open.cells.map((c) =>
        hide.has(keyOf(c.coords)) ? { ...c, recipients: null, amount: null, suppressed: 'complementary' } : c,
      ),
    };
    expect(equations(bridged).every((e) => e.filter((c) => c.suppressed).length !== 1)).toBe(true);
    expect(recoverableCells(bridged).map((c) => keyOf(c.coords))).toEqual(['r0|c2']);
    expect(solvable(bridged)).toEqual(['r0|c2']);
  });
});

/** The true recipients and amount of a cell of `cells` (a total sums its parts). */
function shownValues(cells: readonly CountCell[], at: PublishedCell) {
  const inside = cells.filter((c) => at.coords.every((v, d) => v === null || v === c.coords[d]));
  return {
    recipients: inside.reduce((s, c) => s + c.recipients, 0),
    amount: inside.reduce((s, c) => s + c.amount, 0),
  };
}

const table = (dims: number) =>
  fc
    .tuple(
      fc.array(fc.integer({ min: 1, max: 4 }), { minLength: dims, maxLength: dims }),
      fc.integer({ min: 2, max: 6 }),
    )
    .chain(([sizes, minimum]) => {
      const members = sizes.map((n, d) => Array.from({ length: n }, (_, i) => `d${d}m${i}`));
      const coords = members.reduce<string[][]>(
        (acc, m) => acc.flatMap((p) => m.map((x) => [...p, x])),
        [[]],
      );
      return fc
        .array(
          fc.oneof(
            fc.constant(0),
            fc.integer({ min: 1, max: minimum - 1 }),
            fc.integer({ min: minimum, max: 40 }),
          ),
          {
            minLength: coords.length,
            maxLength: coords.length,
          },
        )
        .map((counts) => ({
          members,
          minimum,
          cells: coords.map((c, i) => ({ coords: c, recipients: counts[i]!, amount: counts[i]! * 250_000 })),
        }));
    });

describe('for any table', () => {
  for (const dims of [2, 3])
    it(`in ${dims} dimensions, no hidden cell is recovered from the published cells and totals`, () => {
      fc.assert(
        fc.property(table(dims), ({ members, minimum, cells }) => {
          const cube = suppress(members, cells, minimum);
          for (const c of cube.cells) {
            const truth = shownValues(cells, c);
            if (truth.recipients > 0 && truth.recipients < minimum) expect(c.suppressed).not.toBeNull();
            if (c.suppressed === null) expect(c).toMatchObject(truth);
            else expect([c.recipients, c.amount]).toEqual([null, null]);
          }
          for (const equation of equations(cube))
            expect(equation.filter((c) => c.suppressed).length).not.toBe(1);
          expect(peel(cube).size).toBe(0);
          expect(solvable(cube)).toEqual([]);
          expect(recoverableCells(cube)).toEqual([]);
        }),
        { numRuns: dims === 2 ? 200 : 80 },
      );
    });
});
