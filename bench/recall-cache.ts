/**
 * Recall from the extraction cache a build wrote (I/O; recall.ts holds the pure parts): each cache file holds one
 * source's facts, and the planted facts of that source are checked against them, one file at a time (the facts of
 * a large corpus are never all loaded). Every JSON file under `<cache>/extract/` is read, whatever the layout.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Fact } from '../pipeline/types/domain.ts';
import type { PlantedFact } from './corpus.ts';
import { found, recallReport, type RecallReport } from './recall.ts';

export async function recallFromCache(cacheDir: string, planted: readonly PlantedFact[]): Promise<RecallReport> {
  const bySource = new Map<string, PlantedFact[]>();
  for (const p of planted) {
    const list = bySource.get(p.source);
    if (list) list.push(p);
    else bySource.set(p.source, [p]);
  }
  const hits = new Set<PlantedFact>();
  const root = path.join(cacheDir, 'extract');
  const files = (await readdir(root, { recursive: true }).catch(() => [] as string[])).filter((f) => f.endsWith('.json')).sort();
  for (const name of files) {
    const file = JSON.parse(await readFile(path.join(root, name), 'utf8')) as { source: string; extracted?: { facts: Fact[] } };
    const facts = file.extracted?.facts;
    if (facts) for (const p of bySource.get(file.source) ?? []) if (found(p, facts)) hits.add(p);
  }
  return recallReport(planted, (p) => hits.has(p));
}
