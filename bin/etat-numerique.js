#!/usr/bin/env node
// Thin launcher: runs the TypeScript CLI through tsx so that `npx etat-numerique` works from a clone without a compile step.
import { register } from 'tsx/esm/api';
register();
const { main } = await import('../pipeline/cli.ts');
process.exitCode = await main(process.argv.slice(2));
