#!/usr/bin/env node
// Launcher: runs the TypeScript CLI from a bundle of its sources, kept up to date under .cache/bundle/, or through
// tsx when it cannot (bin/fast-start.js), so that `npx etat-numerique` works from a clone without a compile step.
import { loadCli } from './fast-start.js';

const main = await loadCli();
process.exitCode = await main(process.argv.slice(2));
