import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.ts';
import { buildDatasets } from '../../pipeline/run.ts';
import { parseChunksJson, splitByChunks } from '../../pipeline/stages/diff/chunks.ts';
import { diffDatasets, fileRecordsOf } from '../../pipeline/stages/diff/index.ts';
import { renderChunk } from '../../pipeline/stages/package/chunks.ts';
import { sortById, type PlainRecord } from '../../pipeline/stages/package/csv.ts';
import { chunkPlan } from '../../pipeline/stages/package/render-pool.ts';

const temp = mkdtempSync(join(tmpdir(), 'etat-numerique-diff-chunks-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

type Row = PlainRecord & { id: string };
let facts: Row[] = [];
beforeAll(async () => {
  const dir = join(temp, 'sources');
  mkdirSync(dir);
  for (const d of generateCorpus({ seed: 5, targetBytes: 300_000 }).documents) writeFileSync(join(dir, d.file), d.text);
  facts = (await buildDatasets({ sourcesDir: dir, cacheDir: null, workers: 0 })).datasets.facts as unknown as Row[];
}, 120_000);

const sorted = (records: Row[]): Row[] => [...sortById(records)];

describe('CHANGES.md from the chunks of the previous version', () => {
  it('gives the diff of the whole dataset while comparing only the records of the chunks that changed', () => {
    const before = sorted(facts);
    expect(before.length).toBeGreaterThan(1000);
    // The next version: one record removed, one changed, one added.
    const next = sorted([
      ...before.filter((_, i) => i !== 300).map((r, i) => (i === 700 ? { ...r, quote: `${String(r.quote)} (corrigé)` } : r)),
      { ...before[500]!, id: 'f-000000000new' },
    ]);

    const whole = diffDatasets({ facts: fileRecordsOf('facts', before) }, { facts: fileRecordsOf('facts', next) });

    // The previous version as its file holds it, chunk by chunk, with the keys of its chunks.
    const previous = chunkPlan('facts', before);
    const texts = new Map(previous.keys.map((key, i) => [key, renderChunk('facts', before.slice(i === 0 ? 0 : previous.ends[i - 1], previous.ends[i]), i === 0).json]));
    const split = splitByChunks(next, chunkPlan('facts', next), new Set(previous.keys));
    const changedTexts = previous.keys.filter((k) => !split.shared.has(k)).map((k) => texts.get(k)!);
    const partial = diffDatasets({ facts: parseChunksJson(changedTexts, 'facts.json') }, { facts: fileRecordsOf('facts', split.others) });
    partial.datasets[0]!.unchanged += split.unchanged;

    expect(partial).toEqual(whole);
    expect(whole.datasets[0]).toMatchObject({ added: [{ id: 'f-000000000new' }], removed: [{ id: before[300]!.id }], changed: [{ id: before[701]!.id }] });
    // The records of the three chunks touched are compared, not the whole dataset.
    expect(split.unchanged + split.others.length).toBe(next.length);
    expect(split.unchanged).toBeGreaterThan(next.length / 2);
  });
});
