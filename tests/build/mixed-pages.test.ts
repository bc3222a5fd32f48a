/**
 * Pages of unforeseen layouts (bench/mixed-pages.ts): the lines of the project's texts cut, mixed and restyled.
 * A build over them must write every record valid: a crawl of pages nobody wrote rules for must not stop on an
 * extractor's slip (three such layouts did, session 33).
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mixedPages } from '../../bench/mixed-pages.ts';
import { buildDatasets } from '../../pipeline/run.ts';
import { readSources } from '../../pipeline/stages/ingest/index.ts';

const temp = mkdtempSync(join(tmpdir(), 'etat-numerique-mixed-pages-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

async function projectTexts() {
  const texts = [];
  for (const dir of ['sources', 'eval/texts/devset']) texts.push(...(await readSources(dir)).documents.map((d) => ({ file: d.file, text: d.text })));
  return texts;
}

describe('mixedPages', () => {
  it('gives the same pages for the same seed, other pages for another', async () => {
    const texts = await projectTexts();
    const a = mixedPages(texts, { seed: 4, pages: 30 });
    expect(mixedPages(texts, { seed: 4, pages: 30 })).toEqual(a);
    expect(mixedPages(texts, { seed: 5, pages: 30 })).not.toEqual(a);
    expect(a).toHaveLength(30);
    expect(new Set(a.map((p) => p.file)).size).toBe(30);
    for (const page of a) expect(page.text.trim()).not.toBe('');
  });
});

describe('a build over pages of unforeseen layouts', () => {
  it('writes every record valid, no fact left out by the extraction guard', async () => {
    const texts = await projectTexts();
    for (const seed of [1, 2]) {
      const dir = join(temp, `seed-${seed}`);
      mkdirSync(dir);
      for (const page of mixedPages(texts, { seed, pages: 120 })) writeFileSync(join(dir, page.file), page.text);
      const built = await buildDatasets({ sourcesDir: dir, cacheDir: null, workers: 0 });
      expect(built.datasets.sources).toHaveLength(120);
      expect(built.datasets.facts.length).toBeGreaterThan(1000);
      expect(built.warnings.filter((w) => w.code === 'fact-malformed').map((w) => w.message)).toEqual([]);
    }
  }, 120_000);
});
