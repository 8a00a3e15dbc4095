import { describe, expect, it } from 'vitest';
import type { ShilenModule } from '../platform/module.ts';
import { heapRestart } from './heap.ts';

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
const plain = { flags: [], startupOptions: '', options: '' };

describe('the heap `shilen` runs an import in', () => {
  it('is the one an importer declares, for `import` of that importer', () => {
    const flags = ['--max-old-space-size=200', '--max-semi-space-size=16'];
    expect(heapRestart(modules, ['import', 'big', 'file.json'], plain)).toEqual(flags);
    expect(
      heapRestart(modules, ['import', '--dry-run', 'big', 'file.json'], {
        ...plain,
        flags: ['--no-warnings'],
      }),
    ).toEqual(flags);
  });

  it('is left alone for other importers and commands, and when the operator sized the heap', () => {
    expect(heapRestart(modules, ['import', 'small', 'big'], plain)).toBeNull();
    expect(heapRestart(modules, ['export', 'big'], plain)).toBeNull();
    expect(heapRestart(modules, ['import', '--list'], plain)).toBeNull();
    for (const flag of ['--max-old-space-size=1024', '--max_old_space_size=900', '--max-semi-space-size=8'])
      expect(heapRestart(modules, ['import', 'big', 'f'], { ...plain, flags: [flag] })).toBeNull();
    const started = {
      ...plain,
      startupOptions: '--trace-gc --max-heap-size=900',
      options: '--max-heap-size=900',
    };
    expect(heapRestart(modules, ['import', 'big', 'f'], started)).toBeNull();
  });

  it('comes from ./.env’s NODE_OPTIONS in a new process, since Node reads them only as it starts', () => {
    const fromEnvFile = { ...plain, options: '--max-old-space-size=700' };
    expect(heapRestart(modules, ['import', 'big', 'f'], fromEnvFile)).toEqual([]);
  });
});
