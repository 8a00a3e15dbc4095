import { describe, expect, it } from 'vitest';
import type { ShilenModule } from '../platform/module.ts';
import { heapFlagsFor } from './heap.ts';

const run = async () => ({ added: 0, changed: 0, unchanged: 0, problems: [] });
const modules = [
  {
    name: 'test',
    importers: [
      { name: 'big', description: { mn: '', en: '' }, heap: { oldSpace: 200, semiSpace: 16 }, run },
      { name: 'small', description: { mn: '', en: '' }, run },
    ],
  },
] as unknown as ShilenModule[];

describe('the heap `shilen` runs an import in', () => {
  it('is the one an importer declares, for `import` of that importer', () => {
    const flags = ['--max-old-space-size=200', '--max-semi-space-size=16'];
    expect(heapFlagsFor(modules, ['import', 'big', 'file.json'], [])).toEqual(flags);
    expect(heapFlagsFor(modules, ['import', '--dry-run', 'big', 'file.json'], ['--no-warnings'])).toEqual(
      flags,
    );
  });

  it('is left alone for other importers and commands, and when the operator set a limit', () => {
    expect(heapFlagsFor(modules, ['import', 'small', 'big'], [])).toEqual([]);
    expect(heapFlagsFor(modules, ['export', 'big'], [])).toEqual([]);
    expect(heapFlagsFor(modules, ['import', '--list'], [])).toEqual([]);
    expect(heapFlagsFor(modules, ['import', 'big', 'f'], ['--max-old-space-size=1024'])).toEqual([]);
    expect(heapFlagsFor(modules, ['import', 'big', 'f'], [], '--max_old_space_size=900 --trace-gc')).toEqual(
      [],
    );
  });
});
