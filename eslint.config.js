// ESLint flat config: typescript-eslint's recommended rules, and the architecture rule of the house style —
// pure stages (extract, normalise, package renderers, validate rules) never import I/O modules or HTTP clients.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const IO_MODULES = ['node:fs', 'node:fs/promises', 'fs', 'fs/promises', 'undici', '@octokit/rest', 'node:http', 'node:https', 'node:net', 'node:child_process'];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'test-output/', 'bench-output/', '.cache/', 'pipeline/types/schemas.gen.ts', '.scratch-*/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-control-regex': 'off',
      'no-useless-escape': 'warn',
      'no-misleading-character-class': 'warn',
    },
  },
  {
    // Pure modules: data in, data out. I/O lives in ingest's shell, io/, publish/, cache/, the CLI and scripts.
    files: ['pipeline/stages/extract/**/*.ts', 'pipeline/stages/normalise/**/*.ts', 'pipeline/stages/diff/index.ts', 'pipeline/stages/site/**/*.ts', 'pipeline/stages/quality/index.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: IO_MODULES.map((name) => ({ name, message: 'Pure stage: receive data, do I/O at the edges (io/, CLI, run.ts).' })) }],
    },
  },
);
