#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx, so `npx parallax …` works right after `npm install`. The
// project's tsconfig.json is named explicitly (it sets the JSX runtime of the pages): tsx would otherwise look for
// one in the working directory, and `parallax` runs from wherever its user stands.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
