import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.ts';
import { ROOT, expectSameTree, runCli as cli } from '../helpers/cli.ts';
import { extractCorpus } from '../../pipeline/shard/extract-corpus.ts';
import { parseShardSpec, shardOf } from '../../pipeline/shard/plan.ts';
import type { SourceDocument } from '../../pipeline/types/domain.ts';
import { syntheticDocs } from '../extract/helpers.ts';

const temp = mkdtempSync(join(tmpdir(), 'etat-numerique-shard-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));


describe('shard plan', () => {
  it('parses K/N and refuses anything else', () => {
    expect(parseShardSpec('2/3')).toEqual({ index: 2, count: 3 });
    expect(parseShardSpec(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/3', '4/3', '3', 'a/b', '1/0', '-1/2', '1/1001']) expect(() => parseShardSpec(bad), bad).toThrow(/K\/N/);
  });

  it('assigns every source to one shard, the same on every run, independently of the other sources', () => {
    const ids = Array.from({ length: 300 }, (_, i) => `source-${i}`);
    for (const n of [1, 2, 3, 7]) {
      const counts = new Array(n + 1).fill(0);
      for (const id of ids) {
        const k = shardOf(id, n);
        expect(k).toBeGreaterThanOrEqual(1);
        expect(k).toBeLessThanOrEqual(n);
        counts[k]++;
      }
      // Roughly even: no shard gets less than half its share.
      for (let k = 1; k <= n; k++) expect(counts[k]).toBeGreaterThan(ids.length / n / 2);
    }
    expect(shardOf('dinum-departements', 3)).toBe(shardOf('dinum-departements', 3));
  });
});

describe('build --shard K/N + merge', () => {
  const mixed = join(temp, 'mixed');
  beforeAll(() => {
    // The real sources plus synthetic ones, so that every shard of 3 gets several sources.
    cpSync(join(ROOT, 'sources'), mixed, { recursive: true });
    rmSync(join(mixed, 'sources.json'));
    rmSync(join(mixed, 'README.md'));
    for (const d of generateCorpus({ seed: 11, targetBytes: 70_000 }).documents) writeFileSync(join(mixed, d.file), d.text);
  });

  for (const [name, sources] of [
    ['sources/', join(ROOT, 'sources')],
    ['sources and synthetic texts', mixed],
  ] as const) {
    it(`merges N = 1, 2 and 3 shards of ${name} into a folder byte-identical to a single build`, async () => {
      const tag = name === 'sources/' ? 'real' : 'mixed';
      const single = join(temp, `${tag}-single`);
      const built = await cli(['build', '--sources', sources, '--out', single, '--no-cache']);
      expect(built.code, built.stderr).toBe(0);
      for (const n of [1, 2, 3]) {
        const partials: string[] = [];
        for (let k = 1; k <= n; k++) {
          const out = join(temp, `${tag}-${n}-partial-${k}`);
          const r = await cli(['build', '--sources', sources, '--shard', `${k}/${n}`, '--out', out, '--no-cache', '--json']);
          expect(r.code, r.stderr).toBe(0);
          partials.push(out);
        }
        const merged = join(temp, `${tag}-${n}-merged`);
        // Partial results in any order.
        const m = await cli(['merge', ...partials.reverse(), '--out', merged]);
        expect(m.code, m.stderr).toBe(0);
        expectSameTree(single, merged);
      }
    });
  }

  it('refuses partial results that do not make one build, and writes nothing', async () => {
    const p = (n: number, k: number) => join(temp, `mixed-${n}-partial-${k}`);
    const out = join(temp, 'refused');
    const missing = await cli(['merge', p(3, 1), p(3, 3), '--out', out]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/shard 2\/3 is missing/);
    const twice = await cli(['merge', p(2, 1), p(2, 1), p(2, 2), '--out', out]);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/both shard 1\/2/);
    const mixedN = await cli(['merge', p(2, 1), p(3, 2), '--out', out]);
    expect(mixedN.code).toBe(1);
    const otherSources = await cli(['merge', join(temp, 'real-2-partial-1'), p(2, 2), '--out', out]);
    expect(otherSources.code).toBe(1);
    expect(otherSources.stderr).toMatch(/other sources/);
    const notPartial = await cli(['merge', join(temp, 'mixed-single'), '--out', out]);
    expect(notPartial.code).toBe(1);
    expect(() => readdirSync(out)).toThrow();
  });

  it('documents merge in --help and refuses merge without partials', async () => {
    const help = await cli(['merge', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/build --shard K\/N/);
    expect((await cli(['merge'])).code).toBe(2);
    expect((await cli(['build', '--shard', '4/3'])).code).toBe(2);
  });
});

describe('extraction on worker threads', () => {
  it('gives the same facts, in the same order, as extraction in this thread', async () => {
    const docs: SourceDocument[] = syntheticDocs(5, 500_000);
    const inThreadLines: string[] = [];
    const pooledLines: string[] = [];
    const inThread = await extractCorpus(docs, { workers: 0, progress: (l) => inThreadLines.push(l), progressEveryMs: 0 });
    const pooled = await extractCorpus(docs, { workers: 2, progress: (l) => pooledLines.push(l), progressEveryMs: 0 });
    expect(pooled.stats.workers).toBe(2);
    expect(pooled.known).toEqual(inThread.known);
    expect(pooled.documents).toStrictEqual(inThread.documents);
    // Progress: counts that grow, never the total (the stage's own line says when it is done).
    for (const lines of [inThreadLines, pooledLines]) {
      const counts = lines.filter((l) => l.includes('extracted')).map((l) => Number(/^extract {4}(\d+)\/(\d+) documents extracted \(\d+ %\)$/.exec(l)?.[1]));
      expect(counts.length).toBeGreaterThan(0);
      expect(counts.every((c, i) => c > 0 && c < docs.length && (i === 0 || c > counts[i - 1]!))).toBe(true);
    }
    expect(inThreadLines.filter((l) => l.includes('extracted'))).toHaveLength(docs.length - 1);
  }, 60_000);
});
