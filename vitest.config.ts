import { defineConfig } from 'vitest/config';
import { REGEXP_ENGINE_FLAG } from './pipeline/io/regexp-engine.ts';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    // The regular-expression engine as the CLI runs it (pipeline/io/regexp-engine.ts), on each test process's command line.
    execArgv: [REGEXP_ENGINE_FLAG],
  },
});
