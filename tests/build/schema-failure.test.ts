/**
 * A record that fails its schema in a real build (normalise is wrapped so that a test can spoil one) stops the
 * build with every problem listed, and leaves the previous output folder as it was and no temporary folder.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { generateCorpus } from '../../bench/corpus.ts';
import { runCli as cli, expectSameTree } from '../helpers/cli.ts';
import type { Datasets } from '../../pipeline/types/records.ts';

/** What to spoil in the next build's datasets (none: a normal build). */
let spoil: ((d: Datasets) => void) | undefined;

vi.mock('../../pipeline/stages/normalise/index.ts', async (original) => {
  const actual = await original<typeof import('../../pipeline/stages/normalise/index.ts')>();
  return {
    ...actual,
    normalise: (...args: Parameters<typeof actual.normalise>) => {
      const datasets = actual.normalise(...args);
      spoil?.(datasets);
      return datasets;
    },
  };
});

const temp = mkdtempSync(join(tmpdir(), 'etat-numerique-schema-failure-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('a build whose records fail their schemas', () => {
  const sources = join(temp, 'sources');
  const out = join(temp, 'out');
  const copy = join(temp, 'copy');
  const build = (to: string, ...extra: string[]) => cli(['build', '--sources', sources, '--out', to, '--workers', '0', '--json', ...extra]);

  it('stops with the record and field named, the previous folder as it was', async () => {
    mkdirSync(sources, { recursive: true });
    for (const d of generateCorpus({ seed: 5, targetBytes: 400_000 }).documents) writeFileSync(join(sources, d.file), d.text);
    const good = await build(out, '--no-cache');
    expect(good.code, good.stderr).toBe(0);
    const summary = JSON.parse(good.stdout) as { facts: number; validation: { records_checked: number } };
    expect(summary.facts).toBeGreaterThan(2_000);
    expect(summary.validation.records_checked).toBeGreaterThan(summary.facts);
    await build(copy, '--no-cache');

    // The last fact, in the last dataset checked.
    let spoiled = '';
    spoil = (d) => {
      const last = d.facts.at(-1)!;
      spoiled = last.id;
      (last as unknown as Record<string, unknown>).start = 'the beginning';
    };
    const bad = await build(out, '--no-cache');
    spoil = undefined;
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('schema-violation');
    expect(bad.stderr).toContain(spoiled);
    expect(bad.stderr).toContain('start');
    // The previous folder is untouched (same bytes as a second good build), and no temporary folder remains.
    expectSameTree(copy, out);
    expect(readdirSync(temp).sort()).toEqual(['copy', 'out', 'sources']);
  }, 120_000);
});
