import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assembleDist } from '../../pipeline/stages/package/assemble.ts';
import { DATASETS_IN_ORDER } from '../../pipeline/stages/package/contract.ts';
import { parseSha256Sums } from '../../pipeline/stages/package/manifest.ts';
import { sha256Hex } from '../../pipeline/io/hash.ts';
import type { Datasets } from '../../pipeline/types/records.ts';
import { fixtureDatasets, fixtureMeta } from './fixtures.ts';

const shuffled = <T>(items: readonly T[], seed: number): T[] => {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
};

describe('assembleDist', () => {
  it('writes every dataset in three formats, the schemas, the context, datapackage.json, the manifest and SHA256SUMS', () => {
    const files = assembleDist(fixtureDatasets(), fixtureMeta());
    for (const name of DATASETS_IN_ORDER) {
      for (const f of [`${name}.csv`, `${name}.json`, `${name}.jsonld`, `schemas/${name}.schema.json`])
        expect(files.has(f), f).toBe(true);
    }
    for (const f of [
      'datapackage.json',
      'build-manifest.json',
      'SHA256SUMS',
      'README.md',
      'contexts/etat-numerique.context.json',
    ]) {
      expect(files.has(f), f).toBe(true);
    }
    expect(files.size).toBe(DATASETS_IN_ORDER.length * 4 + 5);
  });

  it('lists every other file in SHA256SUMS, sorted, with the right hashes', () => {
    const files = assembleDist(fixtureDatasets(), fixtureMeta());
    const text = files.get('SHA256SUMS') ?? '';
    const { sums, bad } = parseSha256Sums(text);
    expect(bad).toEqual([]);
    const others = [...files.keys()].filter((p) => p !== 'SHA256SUMS').sort();
    expect([...sums.keys()]).toEqual(others);
    for (const [path, hash] of sums) expect(hash).toBe(sha256Hex(files.get(path) ?? ''));
    expect(text).toMatch(/^[0-9a-f]{64} {2}README\.md\n/);
  });

  it('writes a build manifest with tool, sources, counts and files, and no clock time', () => {
    const files = assembleDist(fixtureDatasets(), fixtureMeta());
    const manifest = JSON.parse(files.get('build-manifest.json') ?? '{}') as Record<string, unknown> & {
      files: { path: string }[];
      counts: Record<string, number>;
    };
    expect(manifest.tool).toEqual({ name: 'etat-numerique', version: '0.1.0' });
    expect(manifest.sources).toEqual([...fixtureMeta().sources].sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(manifest.counts).toEqual(Object.fromEntries(DATASETS_IN_ORDER.map((n) => [n, fixtureDatasets()[n].length])));
    expect(manifest.files.map((f) => f.path)).not.toContain('SHA256SUMS');
    expect(manifest.files.map((f) => f.path)).not.toContain('build-manifest.json');
    expect(manifest.created).toBeUndefined();
  });

  it('is byte-identical for the same datasets given in any order (property)', () => {
    const reference = assembleDist(fixtureDatasets(), fixtureMeta());
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 30 }), (seed) => {
        const d = fixtureDatasets();
        const permuted = Object.fromEntries(
          DATASETS_IN_ORDER.map((n) => [n, shuffled(d[n] as unknown[], seed + n.length)]),
        ) as unknown as Datasets;
        const meta = fixtureMeta();
        const files = assembleDist(permuted, { ...meta, sources: shuffled(meta.sources, seed) });
        expect([...files.keys()]).toEqual([...reference.keys()]);
        for (const [path, content] of files) expect(content, path).toBe(reference.get(path));
      }),
      { numRuns: 25 },
    );
  });

  it('changes exactly what depends on a changed record', () => {
    const d = fixtureDatasets();
    const first = d.people[0];
    if (!first) throw new Error('fixture has people');
    first.role = 'directeur interministériel';
    const before = assembleDist(fixtureDatasets(), fixtureMeta());
    const after = assembleDist(d, fixtureMeta());
    const changed = [...after.keys()].filter((p) => after.get(p) !== before.get(p)).sort();
    expect(changed).toEqual([
      'SHA256SUMS',
      'build-manifest.json',
      'datapackage.json',
      'people.csv',
      'people.json',
      'people.jsonld',
    ]);
  });
});
