import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    // The regular-expression engine as the CLI sets it (pipeline/io/regexp-engine.ts): compiled on first use.
    execArgv: ['--no-regexp-tier-up'],
  },
});
