#!/usr/bin/env node
// Runs the built CLI (npm install builds it into dist/).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('../dist/cli/run.js', import.meta.url);
if (!existsSync(fileURLToPath(built))) {
  process.stderr.write('newsfaq: not built yet; run "npm install" (or "npm run build") in the newsfaq folder first\n');
  process.exit(1);
}
await import(built.href);
