/**
 * `npm run lint:workflows`: validates every .github/workflows/*.yml (and any action.yml given) against the GitHub
 * Actions schemas with @action-validator/core (the engine of the action-validator CLI, which takes one file at a
 * time). Runs offline. Exit 1 when a file is invalid.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { validateAction, validateWorkflow } from '@action-validator/core';

const root = path.resolve(import.meta.dirname, '..');
const dir = path.join(root, '.github', 'workflows');
const args = process.argv.slice(2);
const files =
  args.length > 0
    ? args.map((f) => path.resolve(f))
    : (await readdir(dir)).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => path.join(dir, f));

let failed = 0;
for (const file of files) {
  const text = await readFile(file, 'utf8');
  const isAction = /(^|\/)action\.ya?ml$/.test(file);
  const state = isAction ? validateAction(text) : validateWorkflow(text);
  const rel = path.relative(root, file);
  if (state.errors.length === 0) {
    console.log(`ok    ${rel}`);
  } else {
    failed++;
    console.error(`error ${rel}:\n${JSON.stringify(state.errors, null, 2)}`);
  }
}
if (files.length === 0) console.log('no workflow files found');
process.exitCode = failed > 0 ? 1 : 0;
