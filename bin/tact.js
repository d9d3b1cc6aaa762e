#!/usr/bin/env node
// The command line runs the TypeScript sources directly (through tsx), so it always matches
// the analysis the extension ships; no separate build step to forget.
import { register } from 'tsx/esm/api';

register();
// `tact check … | head` closes the pipe early: that is the reader being done, not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
