/**
 * Statistical disclosure control of the public servants' benefits table: small-cell (primary)
 * suppression and complementary suppression, as a pure function of the counts.
 *
 * The published table is a hypercube: every dimension (organisation, grade, benefit type) has its
 * members and "all", so the cube holds the reported cells and every total the pages print (a row's
 * total, a column's, an organisation's, the grand total). A total is the sum of its parts: one
 * linear equation per dimension and per choice of the other coordinates. Suppression hides cells
 * (interior cells and totals alike) so that no hidden cell can be worked out from what is shown:
 *
 * 1. **Primary**: every cell with fewer recipients than the minimum, and more than none.
 * 2. **Complementary**: in any equation (a row, a column, a total across organisations) with exactly
 *    one hidden cell, the smallest other cell is hidden too (a cell with recipients before an empty
 *    one; a part before the total), repeated until no equation has exactly one hidden cell.
 * 3. **Exact check**: the hidden cells' equations are solved exactly (rational Gauss–Jordan): a
 *    hidden cell the equations still fix to one value gets another cell of its equations hidden,
 *    and step 2 and 3 run again, until none is fixed. Hiding only grows, so this ends.
 */

/** One reported cell: its member in each dimension, its recipients and amount. */
export interface CountCell {
  coords: readonly string[];
  recipients: number;
  amount: number;
}

/** A cell of the published cube: `null` in a coordinate is that dimension's total ("all"). */
export interface PublishedCell {
  coords: readonly (string | null)[];
  /** Recipients and amount, `null` when suppressed. */
  recipients: number | null;
  amount: number | null;
  suppressed: 'small' | 'complementary' | null;
}

export interface SuppressedCube {
  /** The members of each dimension, in the order given. */
  members: readonly (readonly string[])[];
  /** Every cell of the cube, totals included (`null` coordinates). */
  cells: readonly PublishedCell[];
  /** The cell at these coordinates (`null`: the dimension's total). */
  cell(coords: readonly (string | null)[]): PublishedCell;
}

/** The cube's layout: strides over (members + 1) per dimension, the last index being "all". */
class Layout {
  readonly sizes: number[];
  readonly strides: number[];
  readonly length: number;
  constructor(members: readonly (readonly string[])[]) {
    this.sizes = members.map((m) => m.length + 1);
    this.strides = [];
    let stride = 1;
    for (let d = this.sizes.length - 1; d >= 0; d--) {
      this.strides[d] = stride;
      stride *= this.sizes[d] as number;
    }
    this.length = stride;
  }
  coord(index: number, d: number): number {
    return Math.floor(index / (this.strides[d] as number)) % (this.sizes[d] as number);
  }
  isTotal(index: number, d: number): boolean {
    return this.coord(index, d) === (this.sizes[d] as number) - 1;
  }
  /** The equation of `index` along `d`: its total first, then its parts. */
  equation(index: number, d: number): number[] {
    const stride = this.strides[d] as number;
    const base = index - this.coord(index, d) * stride;
    const size = this.sizes[d] as number;
    const cells = [base + (size - 1) * stride];
    for (let m = 0; m < size - 1; m++) cells.push(base + m * stride);
    return cells;
  }
}

/**
 * Suppresses the cube of `cells` (members of each dimension in `members`; a cell not given counts
 * nobody) so that no cell of fewer than `minimum` recipients (and more than none) is shown and none
 * can be recovered from the shown cells and totals. Throws on a coordinate not among the members
 * (a programming error: the caller builds members from the cells).
 */
export function suppress(
  members: readonly (readonly string[])[],
  cells: readonly CountCell[],
  minimum: number,
): SuppressedCube {
  const layout = new Layout(members);
  const dims = members.length;
  const position = members.map((m) => new Map(m.map((code, i) => [code, i])));
  const recipients = new Float64Array(layout.length);
  const amount = new Float64Array(layout.length);
  for (const c of cells) {
    let index = 0;
    for (let d = 0; d < dims; d++) {
      const at = position[d]?.get(c.coords[d] as string);
      if (at === undefined) throw new Error(`benefits: ${c.coords[d]} is not a member of dimension ${d}`);
      index += at * (layout.strides[d] as number);
    }
    recipients[index] = (recipients[index] as number) + c.recipients;
    amount[index] = (amount[index] as number) + c.amount;
  }
  // Totals: add each cell into its total along each dimension, dimension by dimension.
  for (let d = 0; d < dims; d++)
    for (let i = 0; i < layout.length; i++)
      if (!layout.isTotal(i, d)) {
        const total =
          i + ((layout.sizes[d] as number) - 1 - layout.coord(i, d)) * (layout.strides[d] as number);
        recipients[total] = (recipients[total] as number) + (recipients[i] as number);
        amount[total] = (amount[total] as number) + (amount[i] as number);
      }

  const state = new Uint8Array(layout.length); // 0 shown, 1 small, 2 complementary
  for (let i = 0; i < layout.length; i++) {
    const n = recipients[i] as number;
    if (n > 0 && n < minimum) state[i] = 1;
  }
  const order = (a: number, b: number) =>
    Number((recipients[a] as number) === 0) - Number((recipients[b] as number) === 0) ||
    (recipients[a] as number) - (recipients[b] as number) ||
    (amount[a] as number) - (amount[b] as number) ||
    a - b;
  /** Hides the smallest shown cell of the equation; false when every cell is hidden already. */
  const hideSmallest = (equation: readonly number[]): number | null => {
    const shown = equation.filter((i) => state[i] === 0).sort(order);
    const chosen = shown[0];
    if (chosen === undefined) return null;
    state[chosen] = 2;
    return chosen;
  };

  const complete = (seeds: Iterable<number>) => {
    const queue = [...seeds];
    while (queue.length > 0) {
      const i = queue.pop() as number;
      for (let d = 0; d < dims; d++) {
        const equation = layout.equation(i, d);
        if (equation.filter((j) => state[j] !== 0).length !== 1) continue;
        const hidden = hideSmallest(equation);
        if (hidden !== null) queue.push(hidden);
      }
    }
  };

  const hiddenCells = () => {
    const out: number[] = [];
    for (let i = 0; i < layout.length; i++) if (state[i] !== 0) out.push(i);
    return out;
  };
  complete(hiddenCells());
  for (;;) {
    // Modulo the first prime while cells are found, the second confirming before it ends.
    let fixed = determinedCells(layout, hiddenCells(), [PRIMES[0]]);
    if (fixed.length === 0) fixed = determinedCells(layout, hiddenCells(), [PRIMES[1]]);
    if (fixed.length === 0) break;
    // Each fixed cell gets one more hidden cell beside it: the smallest shown in its equations.
    const added: number[] = [];
    for (const x of fixed) {
      const hidden = hideSmallest(Array.from({ length: dims }, (_, d) => layout.equation(x, d)).flat());
      if (hidden !== null) added.push(hidden);
    }
    if (added.length === 0) break; // every cell around them hidden: nothing more to hide
    complete(added);
  }

  const published: PublishedCell[] = [];
  const coordsOf = (i: number) =>
    members.map((m, d) => (layout.isTotal(i, d) ? null : (m[layout.coord(i, d)] as string)));
  for (let i = 0; i < layout.length; i++) {
    const s = state[i];
    published.push({
      coords: coordsOf(i),
      recipients: s === 0 ? (recipients[i] as number) : null,
      amount: s === 0 ? Math.round((amount[i] as number) * 100) / 100 : null,
      suppressed: s === 1 ? 'small' : s === 2 ? 'complementary' : null,
    });
  }
  return {
    members,
    cells: published,
    cell(coords) {
      let index = 0;
      for (let d = 0; d < dims; d++) {
        const code = coords[d];
        const at = code === null || code === undefined ? members[d]?.length : position[d]?.get(code);
        if (at === undefined) throw new Error(`benefits: ${code} is not a member of dimension ${d}`);
        index += at * (layout.strides[d] as number);
      }
      return published[index] as PublishedCell;
    },
  };
}

/**
 * The hidden cells whose value the cube's equations fix (the shown cells known): Gauss–Jordan on
 * the equations restricted to the hidden cells, one connected group of hidden cells at a time, a
 * cell being fixed when a reduced row names it alone. Worked modulo two large primes: a cell the
 * equations fix over the rationals is fixed modulo a prime unless the prime divides a denominator
 * of its solution, so a cell fixed modulo either prime is taken as fixed (a prime can only add a
 * cell to hide, and both would have to mislead at once to miss one).
 */
function determinedCells(
  layout: Layout,
  hidden: readonly number[],
  primes: readonly number[] = PRIMES,
): number[] {
  if (hidden.length === 0) return [];
  const isHidden = new Set(hidden);
  const seen = new Set<string>();
  const equations: number[][] = []; // hidden cells of each equation, its total first when hidden
  const totals: boolean[] = [];
  for (const i of hidden)
    for (let d = 0; d < layout.sizes.length; d++) {
      const equation = layout.equation(i, d);
      const key = `${d}:${equation[0]}`;
      if (seen.has(key)) continue;
      seen.add(key);
      equations.push(equation.filter((j) => isHidden.has(j)));
      totals.push(isHidden.has(equation[0] as number));
    }
  // Connected groups: hidden cells sharing an equation (union–find).
  const parent = new Map(hidden.map((i) => [i, i]));
  const find = (i: number): number => {
    let r = i;
    while (parent.get(r) !== r) r = parent.get(r) as number;
    parent.set(i, r);
    return r;
  };
  for (const e of equations) for (const j of e.slice(1)) parent.set(find(j), find(e[0] as number));
  const groups = new Map<number, number[]>();
  equations.forEach((e, k) => {
    const root = find(e[0] as number);
    const list = groups.get(root);
    if (list) list.push(k);
    else groups.set(root, [k]);
  });
  const fixed = new Set<number>();
  for (const rowsOf of groups.values()) {
    const cells = [...new Set(rowsOf.flatMap((k) => equations[k] as number[]))].sort((a, b) => a - b);
    const column = new Map(cells.map((c, i) => [c, i]));
    for (const prime of primes) {
      const matrix = rowsOf.map((k) => {
        const row = new Float64Array(cells.length);
        (equations[k] as number[]).forEach((j, n) => {
          row[column.get(j) as number] = n === 0 && totals[k] ? 1 : prime - 1;
        });
        return row;
      });
      for (const c of fixedColumns(matrix, cells.length, prime)) fixed.add(cells[c] as number);
    }
  }
  return [...fixed].sort((a, b) => a - b);
}

/** Two primes below 2^26, so that a product of two residues stays an exact double. */
const PRIMES = [67_108_859, 67_108_837] as const;

/** Dense Gauss–Jordan modulo `p`: the columns whose reduced row holds nothing else. */
function fixedColumns(rows: Float64Array[], n: number, p: number): number[] {
  const pivots: number[] = [];
  let rank = 0;
  for (let col = 0; col < n && rank < rows.length; col++) {
    let r = rank;
    while (r < rows.length && (rows[r] as Float64Array)[col] === 0) r++;
    if (r === rows.length) continue;
    [rows[rank], rows[r]] = [rows[r] as Float64Array, rows[rank] as Float64Array];
    const pivot = rows[rank] as Float64Array;
    const inverse = invert(pivot[col] as number, p);
    for (let k = col; k < n; k++) if (pivot[k] !== 0) pivot[k] = ((pivot[k] as number) * inverse) % p;
    const nonzero: number[] = [];
    for (let k = col; k < n; k++) if (pivot[k] !== 0) nonzero.push(k);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as Float64Array;
      const factor = row[col] as number;
      if (i === rank || factor === 0) continue;
      const minus = p - factor;
      for (const k of nonzero) row[k] = ((row[k] as number) + minus * (pivot[k] as number)) % p;
    }
    pivots.push(col);
    rank++;
  }
  return pivots.filter((col, r) => {
    const row = rows[r] as Float64Array;
    for (let k = col + 1; k < n; k++) if (row[k] !== 0) return false;
    return true;
  });
}

/** The inverse of `a` modulo the prime `p` (Fermat: a^(p−2)). */
function invert(a: number, p: number): number {
  let result = 1;
  let base = a % p;
  for (let e = p - 2; e > 0; e = Math.floor(e / 2)) {
    if (e % 2 === 1) result = (result * base) % p;
    base = (base * base) % p;
  }
  return result;
}

/** For tests: the hidden cells of a published cube whose values its equations fix (none, after `suppress`). */
export function recoverableCells(cube: SuppressedCube): PublishedCell[] {
  const layout = new Layout(cube.members);
  const hidden = cube.cells.flatMap((c, i) => (c.suppressed ? [i] : []));
  return determinedCells(layout, hidden).map((i) => cube.cells[i] as PublishedCell);
}
