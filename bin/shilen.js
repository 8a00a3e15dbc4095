#!/usr/bin/env node
// `npx shilen`: npx puts node_modules/.bin first on PATH, so `node` is the project's Node 24,
// which runs the TypeScript sources directly.
import '../src/cli/index.ts';
