#!/usr/bin/env node
// Launcher: runs the TypeScript CLI from a bundle of its sources, kept up to date under .cache/bundle/, or through
// tsx when it cannot (bin/fast-start.js), so that `npx etat-numerique` works from a clone without a compile step.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// V8 compiles the regular expressions to machine code on first use with this option (pipeline/io/regexp-engine.ts:
// extraction about twice as fast). It must be on Node's command line: switched on at run time, V8 can crash.
const REGEXP_ENGINE_FLAG = '--no-regexp-tier-up';

if (process.execArgv.includes(REGEXP_ENGINE_FLAG)) {
  const { loadCli } = await import('./fast-start.js');
  const main = await loadCli();
  process.exitCode = await main(process.argv.slice(2));
} else {
  // Started without it (`npx etat-numerique`, a global install): the same command in a Node process that has it.
  if (process.env.ETAT_NUMERIQUE_DEBUG_START === '1') process.stderr.write(`fast start: Node started again with ${REGEXP_ENGINE_FLAG}\n`);
  const child = spawn(process.execPath, [...process.execArgv, REGEXP_ENGINE_FLAG, fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  // Ctrl-C reaches both processes (one process group): this one waits for the command to stop, then stops as it did.
  process.on('SIGINT', () => {});
  for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    process.stderr.write(`etat-numerique: could not start Node again with ${REGEXP_ENGINE_FLAG}: ${error.message}\n`);
    process.exitCode = 1;
  });
  child.on('exit', (code, signal) => {
    if (signal) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    } else process.exitCode = code ?? 1;
  });
}
