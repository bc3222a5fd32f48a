import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus, type PlantedFact } from '../../bench/corpus.ts';
import { foldName, recallOf } from '../../bench/recall.ts';
import { recallFromCache } from '../../bench/recall-cache.ts';
import { ExtractCache } from '../../pipeline/cache/extract-cache.ts';
import { extractCorpus } from '../../pipeline/shard/extract-corpus.ts';
import type { SourceDocument } from '../../pipeline/types/domain.ts';
import { corpusDocs } from '../extract/helpers.ts';

const temp = mkdtempSync(join(tmpdir(), 'etat-numerique-bench-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('benchmark corpus generator', () => {
  it('gives the same texts and planted facts for the same seed, others for another seed', () => {
    const a = generateCorpus({ seed: 42, targetBytes: 60_000 });
    const b = generateCorpus({ seed: 42, targetBytes: 60_000 });
    const c = generateCorpus({ seed: 43, targetBytes: 60_000 });
    expect(b).toEqual(a);
    expect(c.documents.map((d) => d.text)).not.toEqual(a.documents.map((d) => d.text));
    expect(a.bytes).toBeGreaterThanOrEqual(60_000);
  });

  it('writes what it generates, one file per document, and the planted facts', async () => {
    const dir = join(temp, 'corpus');
    const totals = await writeCorpus(dir, { seed: 42, targetBytes: 60_000 });
    const corpus = generateCorpus({ seed: 42, targetBytes: 60_000 });
    expect(readdirSync(join(dir, 'sources')).sort()).toEqual(corpus.documents.map((d) => d.file).sort());
    const planted = JSON.parse(readFileSync(join(dir, 'planted.json'), 'utf8')) as { planted: PlantedFact[]; bytes: number };
    expect(planted.planted).toEqual(corpus.planted);
    expect(totals).toEqual({ bytes: corpus.bytes, documents: corpus.documents.length, planted: corpus.planted.length });
  });

  it('plants facts that stand in the text of their source', () => {
    const corpus = generateCorpus({ seed: 7, targetBytes: 80_000 });
    const texts = new Map(corpus.documents.map((d) => [d.file.replace(/\.txt$/, ''), d.text]));
    const kinds = new Set(corpus.planted.map((p) => p.kind));
    expect([...kinds].sort()).toEqual(['contact', 'event', 'figure', 'hierarchy', 'legal-text', 'link', 'organisation']);
    for (const p of corpus.planted) {
      const text = texts.get(p.source)!;
      expect(text, p.source).toBeDefined();
      const folded = foldName(text);
      if (p.kind === 'organisation') expect(text).toContain(`(${p.acronym})`);
      if (p.kind === 'organisation') expect(folded).toContain(foldName(p.name));
      if (p.kind === 'legal-text') expect(text).toContain(`n° ${p.number}`);
      if (p.kind === 'contact') expect(text).toContain(p.email);
      if (p.kind === 'link') expect(text).toContain(p.url);
      if (p.kind === 'hierarchy') expect(folded).toContain(foldName(p.child));
    }
  });
});

describe('recall on planted facts', () => {
  it('counts a planted fact as found when its source has a fact that states it', async () => {
    const corpus = generateCorpus({ seed: 5, targetBytes: 60_000 });
    const docs: SourceDocument[] = corpusDocs(corpus.documents);
    const extracted = await extractCorpus(docs, { workers: 0 });
    const byId = new Map(extracted.documents.map((d) => [d.id, d.facts]));
    const report = recallOf(corpus.planted, (id) => byId.get(id) ?? []);
    expect(report.planted).toBe(corpus.planted.length);
    // The generator writes what the extractors are meant to find; most of it is found.
    expect(report.recall).toBeGreaterThan(0.8);
    expect(recallOf(corpus.planted, () => []).recall).toBe(0);
  });

  it('reads the same recall from the extraction cache a build wrote (as the benchmark does)', async () => {
    const corpus = generateCorpus({ seed: 6, targetBytes: 60_000 });
    const docs: SourceDocument[] = corpusDocs(corpus.documents);
    const cacheDir = join(temp, 'recall-cache');
    const extracted = await extractCorpus(docs, { workers: 0, cache: new ExtractCache(cacheDir, 'bench-test') });
    const byId = new Map(extracted.documents.map((d) => [d.id, d.facts]));
    const fromCache = await recallFromCache(cacheDir, corpus.planted);
    expect(fromCache).toEqual(recallOf(corpus.planted, (id) => byId.get(id) ?? []));
    expect(fromCache.recall).toBeGreaterThan(0.8);
  });
});
