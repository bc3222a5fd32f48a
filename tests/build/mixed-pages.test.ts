/**
 * Pages of unforeseen layouts (bench/mixed-pages.ts): the lines of the project's texts cut, mixed and restyled.
 * A build over them must write every record valid: a crawl of pages nobody wrote rules for must not stop on an
 * extractor's slip (three such layouts did, session 33).
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mixedPages, quotesAstray } from '../../bench/mixed-pages.ts';
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
  it('writes every record valid, no fact left out by the extraction guard, every address quoted where it stands', async () => {
    const texts = await projectTexts();
    for (const seed of [1, 2]) {
      const dir = join(temp, `seed-${seed}`);
      mkdirSync(dir);
      for (const page of mixedPages(texts, { seed, pages: 120 })) writeFileSync(join(dir, page.file), page.text);
      const built = await buildDatasets({ sourcesDir: dir, cacheDir: null, workers: 0 });
      expect(built.datasets.sources).toHaveLength(120);
      expect(built.datasets.facts.length).toBeGreaterThan(1000);
      expect(built.warnings.filter((w) => w.code === 'fact-malformed').map((w) => w.message)).toEqual([]);
      expect(quotesAstray(built.datasets)).toEqual([]);
    }
  }, 120_000);
});

describe('quotesAstray', () => {
  const fact = (id: string, quote: string) => ({ id, kind: 'link', source_id: 's', start: 0, end: quote.length, quote, extractor: 'links', dataset: null, record_id: null }) as never;
  it('names the facts whose quote does not show their link or address, spaces and entities aside', () => {
    const datasets = {
      facts: [fact('f-1', 'https://guichet.example.gouv.fr/a'), fact('f-2', ' '), fact('f-3', 'écrire à dsi@mer.gouv.fr'), fact('f-4', 'contact@ville\n-de-brest.fr'), fact('f-5', '&lt;https://guichet.example.gouv.fr&gt;'), fact('f-6', 'contact@ville-de=\n-brest.fr')],
      links: [{ url: 'https://guichet.example.gouv.fr/a', fact_ids: ['f-1', 'f-2', 'f-5'] }],
      contacts: [
        { email: 'dsi@mer.gouv.fr', fact_ids: ['f-3'] },
        { email: 'contact@ville-de-brest.fr', fact_ids: ['f-4', 'f-6', 'f-1'] },
      ],
    } as never;
    expect(quotesAstray(datasets).map((line) => line.slice(0, line.indexOf(' quotes')))).toEqual([
      'link https://guichet.example.gouv.fr/a: fact f-2',
      'contact contact@ville-de-brest.fr: fact f-1',
    ]);
  });
});
