import type { ShilenModule } from '../platform/module.ts';

/**
 * The heap flags `shilen` starts itself again with for this command line: those of a module
 * importer that declares the heap it needs (`ImporterDeclaration.heap`), when the command is
 * `import` of that importer and the operator has not set a heap limit of their own (in the Node
 * flags or `NODE_OPTIONS`). None otherwise.
 */
export function heapFlagsFor(
  modules: readonly ShilenModule[],
  args: readonly string[],
  nodeFlags: readonly string[],
  nodeOptions = '',
): string[] {
  if (args[0] !== 'import') return [];
  const setByOperator = (flag: string) =>
    flag.startsWith('--max-old-space-size') || flag.startsWith('--max_old_space_size');
  if (nodeFlags.some(setByOperator) || nodeOptions.split(/\s+/).some(setByOperator)) return [];
  const heaps = new Map(
    modules.flatMap((m) => m.importers ?? []).flatMap((i) => (i.heap ? [[i.name, i.heap] as const] : [])),
  );
  // The target is the first argument that is not an option (no option of `import` comes before it
  // with a value of its own: --map and --encoding are for datasets, which declare no heap).
  const target = args.slice(1).find((a) => !a.startsWith('-'));
  const heap = target === undefined ? undefined : heaps.get(target);
  return heap ? [`--max-old-space-size=${heap.oldSpace}`, `--max-semi-space-size=${heap.semiSpace}`] : [];
}
