#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx, so `npx parallax …` works right after `npm install`. The
// project's tsconfig.json is named explicitly (it sets the JSX runtime of the pages): tsx would otherwise look for
// one in the working directory, and `parallax` runs from wherever its user stands.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
const { main } = await import('../src/cli/main.ts');
const code = await main(process.argv.slice(2));
// A failed command ends here: a socket a driver left open (pg after a refused SCRAM login keeps it until the server's
// authentication_timeout, a minute) must not hold the process after its error is printed.
if (code !== 0) {
  await Promise.all([process.stdout, process.stderr].map((s) => new Promise((done) => s.write('', done))));
  process.exit(code);
}
process.exitCode = code;
