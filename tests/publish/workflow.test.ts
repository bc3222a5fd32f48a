import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';

const file = path.join(import.meta.dirname, '../../.github/workflows/publish.yml');

describe('.github/workflows/publish.yml', () => {
  it('passes the workflow linter (@action-validator/core, the schema behind npm run lint:workflows)', async () => {
    const state = validateWorkflow(await readFile(file, 'utf8'));
    expect(state.errors).toEqual([]);
  });

  it('runs on a schedule and by hand, with write permission, one publication at a time, secrets from the repository', async () => {
    const text = await readFile(file, 'utf8');
    expect(text).toMatch(/schedule:\n\s+#.*\n\s+- cron: '17 5 \* \* 1'/);
    expect(text).toContain('workflow_dispatch:');
    expect(text).toMatch(/permissions:\n\s+contents: write/);
    expect(text).toMatch(/concurrency:\n\s+group: publish-\$\{\{ github\.repository \}\}\n\s+cancel-in-progress: false/);
    expect(text).toContain('CATALOGUE_API_KEY: ${{ secrets.CATALOGUE_API_KEY }}');
    expect(text).toContain('GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}');
    expect(text).toContain('GITHUB_STEP_SUMMARY');
    const order = ['npm ci', 'npm run build', 'npm run validate', 'bin/etat-numerique.js publish'].map((s) => text.indexOf(s));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Actions pinned to a commit SHA.
    for (const m of text.matchAll(/uses: ([^\s]+)/g)) expect(m[1]).toMatch(/@[0-9a-f]{40}$/);
  });
});
