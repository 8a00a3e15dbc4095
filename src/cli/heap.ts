import type { ShilenModule } from '../platform/module.ts';

/** Node flags by which an operator sizes the heap: any of them leaves the heap to them. */
const HEAP_FLAGS = /^--max[-_](old[-_]space|semi[-_]space|heap)[-_]size\b/;
const setsHeap = (flags: Iterable<string>) => [...flags].some((f) => HEAP_FLAGS.test(f));
const words = (options: string) => options.split(/\s+/).filter(Boolean);

/**
 * The flags `shilen` starts itself again with for this command line, or null to run as it is.
 * For `import` of a module importer that declares the heap it needs (`ImporterDeclaration.heap`):
 * that heap's flags, unless the operator sized the heap. A size in the Node flags or in the
 * `NODE_OPTIONS` this process started with is in effect already (null); one that `./.env` put in
 * `NODE_OPTIONS` is not, since Node reads it only as it starts, so the new process gets no flags
 * of ours and reads it from the environment ([]).
 */
export function heapRestart(
  modules: readonly ShilenModule[],
  args: readonly string[],
  node: { flags: readonly string[]; startupOptions: string; options: string },
): string[] | null {
  if (args[0] !== 'import') return null;
  // The target is the first argument that is not an option (no option of `import` comes before it
  // with a value of its own: --map and --encoding are for datasets, which declare no heap).
  const target = args.slice(1).find((a) => !a.startsWith('-'));
  const heap = modules.flatMap((m) => m.importers ?? []).find((i) => i.name === target)?.heap;
  if (!heap || setsHeap(node.flags) || setsHeap(words(node.startupOptions))) return null;
  if (setsHeap(words(node.options))) return [];
  return [`--max-old-space-size=${heap.oldSpace}`, `--max-semi-space-size=${heap.semiSpace}`];
}
