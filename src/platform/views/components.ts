/**
 * The platform's components, one file per family under `components/`; this barrel re-exports them
 * all so that `import { table } from '…/views/components.ts'` keeps working.
 */
export * from './components/feedback.ts';
export * from './components/fields.ts';
export * from './components/lists.ts';
export * from './components/location.ts';
export * from './components/pages.ts';
