import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.ts';
import { ExtractCache, relevantKnown } from '../../pipeline/cache/extract-cache.ts';
import { ROOT, expectSameTree, runCli as cli } from '../helpers/cli.ts';
import { extractCorpus } from '../../pipeline/shard/extract-corpus.ts';
import { extractAll } from '../../pipeline/stages/extract/index.ts';
import { readSources } from '../../pipeline/stages/ingest/index.ts';
import type { SourceDocument } from '../../pipeline/types/domain.ts';
import { syntheticDocs } from '../extract/helpers.ts';

const temp = mkdtempSync(join(tmpdir(), 'etat-numerique-cache-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));


/** A small synthetic corpus (no manifest: ids from file names). */
function writeSynthetic(dir: string, seed: number, bytes: number): string[] {
  const corpus = generateCorpus({ seed, targetBytes: bytes });
  for (const d of corpus.documents) writeFileSync(join(dir, d.file), d.text);
  return corpus.documents.map((d) => d.file);
}

async function build(sources: string, out: string, ...extra: string[]) {
  const r = await cli(['build', '--sources', sources, '--out', out, '--json', '--workers', '0', ...extra]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { extraction: { extracted: number; from_cache: number } };
}

describe('extraction cache', () => {
  it('gives byte-identical output without the cache, with a cold cache and with a warm one', async () => {
    const cache = join(temp, 'cache-sources');
    const none = await build(join(ROOT, 'sources'), join(temp, 'none'), '--no-cache');
    const cold = await build(join(ROOT, 'sources'), join(temp, 'cold'), '--cache-dir', cache);
    const warm = await build(join(ROOT, 'sources'), join(temp, 'warm'), '--cache-dir', cache);
    expect(none.extraction).toMatchObject({ extracted: 5, from_cache: 0 });
    expect(cold.extraction).toMatchObject({ extracted: 5, from_cache: 0 });
    expect(warm.extraction).toMatchObject({ extracted: 0, from_cache: 5 });
    expectSameTree(join(temp, 'none'), join(temp, 'cold'));
    expectSameTree(join(temp, 'none'), join(temp, 'warm'));
  });

  it('re-extracts only the edited source, and the output is the one of a clean build', async () => {
    const src = join(temp, 'edit-src');
    const cache = join(temp, 'cache-edit');
    cpSync(join(ROOT, 'sources'), src, { recursive: true });
    rmSync(join(src, 'sources.json'));
    rmSync(join(src, 'README.md'));
    const files = writeSynthetic(src, 7, 60_000);
    const first = await build(src, join(temp, 'edit-1'), '--cache-dir', cache);
    expect(first.extraction.from_cache).toBe(0);
    const edited = join(src, files[1]!);
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nLe bilan a été publié en mars 2021. Contact : bilan@finances.gouv.fr\n`);
    const again = await build(src, join(temp, 'edit-2'), '--cache-dir', cache);
    expect(again.extraction).toMatchObject({ extracted: 1, from_cache: first.extraction.extracted - 1 });
    await build(src, join(temp, 'edit-clean'), '--no-cache');
    expectSameTree(join(temp, 'edit-clean'), join(temp, 'edit-2'));
  });

  it('re-extracts a source when an acronym it writes gets defined in another source, and only then', async () => {
    const src = join(temp, 'known-src');
    const cache = join(temp, 'cache-known');
    cpSync(join(temp, 'edit-src'), src, { recursive: true });
    writeFileSync(join(src, 'zz-usage.md'), '# Note\n\nLe projet est suivi par la DQZW et par les services.\n');
    const first = await build(src, join(temp, 'known-1'), '--cache-dir', cache);
    writeFileSync(join(src, 'zz-definition.md'), '# Note\n\nLa délégation aux quartiers et zones web (DQZW) est installée.\n');
    const again = await build(src, join(temp, 'known-2'), '--cache-dir', cache);
    // The new source, and the one that writes « DQZW »: nothing else.
    expect(again.extraction).toMatchObject({ extracted: 2, from_cache: first.extraction.extracted + first.extraction.from_cache - 1 });
    await build(src, join(temp, 'known-clean'), '--no-cache');
    expectSameTree(join(temp, 'known-clean'), join(temp, 'known-2'));
  });

  it('misses every entry when the extractor version changes', async () => {
    const { documents } = await readSources(join(ROOT, 'sources'));
    const dir = join(temp, 'cache-version');
    const v1 = await extractCorpus(documents, { cache: new ExtractCache(dir, 'v1'), workers: 0 });
    expect(v1.stats).toMatchObject({ extracted: 5, fromCache: 0 });
    const v1Again = await extractCorpus(documents, { cache: new ExtractCache(dir, 'v1'), workers: 0 });
    expect(v1Again.stats).toMatchObject({ extracted: 0, fromCache: 5, summarisedFromCache: 5 });
    const v2 = await extractCorpus(documents, { cache: new ExtractCache(dir, 'v2'), workers: 0 });
    expect(v2.stats).toMatchObject({ extracted: 5, fromCache: 0, summarisedFromCache: 0 });
    expect(v2.documents).toEqual(v1.documents);
  });

  it('treats an unreadable entry as missing', async () => {
    const { documents } = await readSources(join(ROOT, 'sources'));
    const dir = join(temp, 'cache-corrupt');
    const cache = new ExtractCache(dir, 'v1');
    const clean = await extractCorpus(documents, { cache, workers: 0 });
    const doc = documents[0]!;
    const key = cache.keyOf(doc);
    writeFileSync(join(cache.dir, key.slice(0, 2), `${key}.json`), '{"format":1,"key":');
    const again = await extractCorpus(documents, { cache: new ExtractCache(dir, 'v1'), workers: 0 });
    expect(again.stats).toMatchObject({ extracted: 1, fromCache: 4 });
    expect(again.documents).toEqual(clean.documents);
  });
});

describe('cache versions', () => {
  it('keeps the entries of the current version and of the two most recently used others, removes the rest', async () => {
    const { documents } = await readSources(join(ROOT, 'sources'));
    const dir = join(temp, 'cache-versions');
    // Four versions built in turn (their last use one second apart), then entries of the layout before versions
    // and a folder that is not the cache's.
    const caches = ['v1', 'v2', 'v3'].map((v) => new ExtractCache(dir, v));
    for (const [i, cache] of caches.entries()) {
      await extractCorpus(documents, { cache, workers: 0 });
      const when = new Date(Date.now() - (10 - i) * 1000);
      utimesSync(join(cache.dir, 'last-used'), when, when);
    }
    mkdirSync(join(dir, 'extract', 'ab'), { recursive: true });
    writeFileSync(join(dir, 'extract', 'ab', 'old.json'), '{}');
    mkdirSync(join(dir, 'extract', 'notes'));
    const current = new ExtractCache(dir, 'v4');
    const folder = (c: ExtractCache) => c.dir.split('/').pop()!;
    await extractCorpus(documents, { cache: current, workers: 0 });
    expect(readdirSync(join(dir, 'extract')).sort()).toEqual([folder(caches[1]!), folder(caches[2]!), folder(current), 'notes'].sort());
    expect(await current.size()).toBe(documents.length);
    // A version kept is still a cache: built again, nothing is extracted.
    const again = await extractCorpus(documents, { cache: new ExtractCache(dir, 'v3'), workers: 0 });
    expect(again.stats).toMatchObject({ extracted: 0, fromCache: documents.length });
  });
});

describe('extraction with the relevant known acronyms', () => {
  it('finds the same facts as extractAll, and the facts survive a JSON round trip unchanged', async () => {
    const { documents } = await readSources(join(ROOT, 'sources'));
    const synthetic: SourceDocument[] = syntheticDocs(3, 80_000, '2024-01-01');
    for (const docs of [documents, synthetic]) {
      const all = extractAll(docs);
      const corpus = await extractCorpus(docs, { workers: 0 });
      const facts = corpus.documents.flatMap((d) => d.facts);
      expect(facts).toStrictEqual(all.facts);
      expect(JSON.parse(JSON.stringify(facts))).toStrictEqual(facts);
    }
  });

  it('keeps the known acronyms a source writes, sorted', () => {
    expect(relevantKnown(['ABC', 'DINUM', 'XYZ'], new Set(['XYZ', 'DINUM', 'OTHER']))).toEqual(['DINUM', 'XYZ']);
  });
});
