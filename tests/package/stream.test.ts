import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.ts';
import { openDirAtomic } from '../../pipeline/io/atomic-dir.ts';
import { byteLength, sha256Hex } from '../../pipeline/io/hash.ts';
import { buildDatasets } from '../../pipeline/run.ts';
import { assembleDist, DATASETS_IN_ORDER, renderCsv, renderJson, renderJsonLd, sortById } from '../../pipeline/stages/package/index.ts';
import { CHUNK, chunkEnds, csvChunks, jsonChunks, jsonLdChunks } from '../../pipeline/stages/package/chunks.ts';
import { chunkPlan, renderInThread, writeDatasetFiles, type ChunkRanges, type ChunkRenderer, type ChunkReuse } from '../../pipeline/stages/package/render-pool.ts';
import { writeDistStreamed, type DistContent } from '../../pipeline/stages/package/stream.ts';
import type { Datasets } from '../../pipeline/types/records.ts';
import { datasetFilesOf } from '../../pipeline/stages/diff/index.ts';
import { readTree } from '../helpers/cli.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const temp = mkdtempSync(join(tmpdir(), 'etat-numerique-stream-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));


const corpora: Array<[string, Datasets]> = [];
beforeAll(async () => {
  corpora.push(['sources/', (await buildDatasets({ sourcesDir: join(ROOT, 'sources'), cacheDir: null, workers: 0 })).datasets as Datasets]);
  // Enough facts for several chunks of 2,000 records.
  const dir = join(temp, 'synthetic');
  mkdirSync(dir);
  for (const d of generateCorpus({ seed: 9, targetBytes: 400_000 }).documents) writeFileSync(join(dir, d.file), d.text);
  corpora.push(['a synthetic corpus', (await buildDatasets({ sourcesDir: dir, cacheDir: null, workers: 0 })).datasets as Datasets]);
}, 120_000);

describe('chunked renderers', () => {
  it('give the bytes of renderCsv, renderJson and renderJsonLd for every dataset', () => {
    expect(corpora[1]![1].facts.length).toBeGreaterThan(4000);
    for (const [, datasets] of corpora) {
      for (const name of DATASETS_IN_ORDER) {
        const records = datasets[name] as readonly (object & { id: string })[];
        const sorted = sortById(records);
        expect([...csvChunks(name, sorted)].join(''), `${name}.csv`).toBe(renderCsv(name, records));
        expect([...jsonChunks(name, sorted)].join(''), `${name}.json`).toBe(renderJson(name, records));
        expect([...jsonLdChunks(name, sorted)].join(''), `${name}.jsonld`).toBe(renderJsonLd(name, records));
      }
    }
  });

  it('render empty datasets like the renderers', () => {
    for (const name of DATASETS_IN_ORDER) {
      expect([...csvChunks(name, [])].join('')).toBe(renderCsv(name, []));
      expect([...jsonChunks(name, [])].join('')).toBe(renderJson(name, []));
      expect([...jsonLdChunks(name, [])].join('')).toBe(renderJsonLd(name, []));
    }
  });
});

describe('writeDistStreamed', () => {
  // workers 0: chunks rendered in this thread; 2: on the render pool (what builds over POOL_THRESHOLD records do).
  it.each([0, 2])('writes the files and bytes of assembleDist (render workers: %i), and shows the extra files the core files assembleDist gives', async (workers) => {
    let n = 0;
    for (const [what, datasets] of corpora) {
      const meta = { tool: { name: 'etat-numerique', version: '0.0.0-test' }, sources: datasets.sources.map((s) => ({ id: s.id, sha256: s.sha256 })) };
      const extras = new Map([
        ['README.md', '# replaced by an extra file\n'],
        ['extra/notes.md', `${what}\n`],
        ['extra/chunked.html', '<p>chunk one</p>\n<p>chunk two</p>\n'],
      ]);
      const out = join(temp, `streamed-${workers}-${n++}`);
      const dir = await openDirAtomic(out);
      let seenCore: ReadonlyMap<string, DistContent> = new Map();
      const streamedExtras = new Map<string, string | (() => Iterable<string>)>(extras);
      streamedExtras.set('extra/chunked.html', () => ['<p>chunk one</p>\n', '<p>chunk two</p>\n']);
      const written = await writeDistStreamed(dir, datasets, meta, (core) => ((seenCore = core), streamedExtras), { workers });
      await dir.commit();
      const expected = assembleDist(datasets, meta, extras);
      const onDisk = readTree(out);
      expect([...onDisk.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [path, content] of expected) expect(onDisk.get(path)!.equals(Buffer.from(content, 'utf8')), `${what}: ${path}`).toBe(true);
      expect([...written.keys()]).toEqual([...expected.keys()]);
      const core = assembleDist(datasets, meta);
      expect([...seenCore.keys()]).toEqual([...core.keys()]);
      for (const [path, content] of core) {
        expect(sha256Hex(seenCore.get(path)!), path).toBe(sha256Hex(content));
        expect(byteLength(seenCore.get(path)!), path).toBe(byteLength(content));
      }
    }
  });
});

describe('writeDistStreamed progress', () => {
  it('counts the records written, growing, in every dataset, never the total', async () => {
    const datasets = corpora[1]![1];
    const total = DATASETS_IN_ORDER.reduce((n, name) => n + datasets[name].length, 0);
    const lines: string[] = [];
    let chunksDone = 0;
    const dir = await openDirAtomic(join(temp, 'progress'));
    await writeDistStreamed(dir, datasets, { tool: { name: 'etat-numerique', version: '0.0.0-test' }, sources: [] }, () => new Map(), {
      workers: 0,
      progress: (l) => lines.push(l),
      progressEveryMs: 0,
      chunkDone: () => chunksDone++,
    });
    await dir.abort();
    const counts = lines.map((l) => {
      const m = /^package {4}(\d+)\/(\d+) records written \((\d+) %\)$/.exec(l);
      expect(m, l).not.toBeNull();
      expect(Number(m![2])).toBe(total);
      return Number(m![1]);
    });
    // One line per chunk written, but the last.
    const chunks = DATASETS_IN_ORDER.reduce((n, name) => n + chunkEnds(sortById(datasets[name] as readonly (object & { id: string })[])).length, 0);
    expect(counts).toHaveLength(chunks - 1);
    // The caller's memory checkpoint after every chunk (io/collect-garbage.ts in a build).
    expect(chunksDone).toBe(chunks);
    expect(counts.every((c, i) => c > 0 && c < total && (i === 0 || c > counts[i - 1]!))).toBe(true);
  });
});

describe('datasetFilesOf (the new side of CHANGES.md)', () => {
  it('gives the records of JSON.parse(renderJson(…)), in the same order with the same keys', () => {
    for (const [what, datasets] of corpora) {
      const files = datasetFilesOf(datasets);
      for (const name of DATASETS_IN_ORDER) {
        const parsed = (JSON.parse(renderJson(name, datasets[name])) as { records: unknown[] }).records;
        expect(files[name], `${what}: ${name}`).toStrictEqual(parsed);
        expect(JSON.stringify(files[name])).toBe(JSON.stringify(parsed));
      }
    }
  });
});

describe('writeDatasetFiles', () => {
  it('writes the chunks in order whatever order they are rendered in, and passes a rendering failure on', async () => {
    const datasets = corpora[1]![1];
    const sorted = sortById(datasets.facts as readonly (object & { id: string })[]) as object[];
    expect(sorted.length).toBeGreaterThan(2 * CHUNK);
    // Later chunks finish first: the files must still hold them in order.
    const shuffled: ChunkRenderer = async (name, records, first) => {
      await new Promise((r) => setTimeout(r, first ? 30 : Math.random() * 10));
      return renderInThread(name, records, first);
    };
    const dir = await openDirAtomic(join(temp, 'dataset-files'));
    const digests = await writeDatasetFiles(dir, 'facts', sorted, shuffled, 4);
    await dir.commit();
    expect(readFileSync(join(temp, 'dataset-files', 'facts.json'), 'utf8')).toBe(renderJson('facts', datasets.facts));
    expect(digests.csv.sha256).toBe(sha256Hex(renderCsv('facts', datasets.facts)));
    expect(digests.jsonld.bytes).toBe(byteLength(renderJsonLd('facts', datasets.facts)));

    // Two chunks fail while others are in flight: the first failure in file order is thrown, none is left unhandled.
    let n = 0;
    const failing: ChunkRenderer = async (name, records, first) => {
      const k = n++;
      await new Promise((r) => setTimeout(r, 5));
      if (k === 1 || k === 2) throw new Error(`chunk ${k} failed`);
      return renderInThread(name, records, first);
    };
    const broken = await openDirAtomic(join(temp, 'dataset-files-broken'));
    await expect(writeDatasetFiles(broken, 'facts', sorted, failing, 4)).rejects.toThrow('chunk 1 failed');
    await broken.abort();
  });

  it('reads the unchanged chunks that the previous files hold side by side as one piece, and renders them if that fails', async () => {
    const datasets = corpora[1]![1];
    const before = sortById(datasets.facts as readonly (object & { id: string })[]) as object[];
    /** A previous build held in memory: its three files and where each chunk lies in them. */
    const previous = { files: {} as Record<'csv' | 'json' | 'jsonld', Buffer>, chunks: new Map<string, ChunkRanges>() };
    const reuseOf = (failing: boolean) => {
      const log = { reads: [] as number[], rendered: 0, wrote: new Map<string, ChunkRanges>() };
      const reuse: ChunkReuse = {
        locate: (_name, key) => previous.chunks.get(key),
        read: async (_name, at, chunks) => {
          log.reads.push(chunks);
          if (failing) return undefined;
          const slice = (f: 'csv' | 'json' | 'jsonld') => previous.files[f].subarray(at[f][0], at[f][0] + at[f][1]);
          return { csv: slice('csv'), json: slice('json'), jsonld: slice('jsonld') };
        },
        rendered: (n) => void (log.rendered += n),
        wrote: (_name, key, at) => void log.wrote.set(key, at),
      };
      return { reuse, log };
    };
    const write = async (folder: string, sorted: object[], reuse: ChunkReuse) => {
      const dir = await openDirAtomic(join(temp, folder));
      await writeDatasetFiles(dir, 'facts', sorted, renderInThread, 1, () => {}, reuse, chunkPlan('facts', sorted));
      await dir.commit();
      return Object.fromEntries((['csv', 'json', 'jsonld'] as const).map((f) => [f, readFileSync(join(temp, folder, `facts.${f}`))])) as typeof previous.files;
    };
    const first = reuseOf(false);
    previous.files = await write('reuse-first', before, first.reuse);
    const chunks = chunkPlan('facts', before).ends.length;
    expect(first.log.rendered).toBe(chunks);
    for (const [key, at] of first.log.wrote) previous.chunks.set(key, at);

    // One record gone from the middle: the chunks before and after it are read in a few pieces, not one by one.
    const after = before.filter((_, i) => i !== Math.floor(before.length / 2));
    const expected = { json: renderJson('facts', after as never), csv: renderCsv('facts', after as never), jsonld: renderJsonLd('facts', after as never) };
    const second = reuseOf(false);
    const files = await write('reuse-second', after, second.reuse);
    for (const f of ['csv', 'json', 'jsonld'] as const) expect(files[f].toString('utf8'), f).toBe(expected[f]);
    expect(second.log.rendered).toBe(1);
    expect(second.log.reads.reduce((n, c) => n + c, 0)).toBe(chunkPlan('facts', after).ends.length - 1);
    expect(second.log.reads.length).toBeLessThanOrEqual(3);
    expect(Math.max(...second.log.reads)).toBeGreaterThan(1);
    // Where each chunk was written: its bytes in the new files are those it was rendered to.
    const plan = chunkPlan('facts', after);
    for (const [i, key] of plan.keys.entries()) {
      const at = second.log.wrote.get(key)!;
      const records = after.slice(i === 0 ? 0 : plan.ends[i - 1], plan.ends[i]);
      expect(files.csv.subarray(at.csv[0], at.csv[0] + at.csv[1]).toString('utf8')).toBe((await renderInThread('facts', records, i === 0)).csv);
    }

    // The previous files cannot be read: every chunk is rendered, and the bytes are the same.
    const third = reuseOf(true);
    const rendered = await write('reuse-third', after, third.reuse);
    for (const f of ['csv', 'json', 'jsonld'] as const) expect(rendered[f].toString('utf8'), f).toBe(expected[f]);
    expect(third.log.rendered).toBe(plan.ends.length);
  });
});
