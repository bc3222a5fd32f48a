/**
 * CHANGES.md of a rebuild from the chunks of the dataset files (cache/render-reuse.ts), without reading and
 * comparing every record of the previous version. A chunk whose key both versions have holds the same records
 * (the key hashes their JSON), so they are counted as unchanged; only the records of the other chunks are compared.
 * That is the diff of the whole dataset: each id lies in one chunk on each side, so a record of a shared chunk is
 * in no other chunk of either version. Pure.
 */
import { parseDatasetJson } from './parse.ts';
import type { DiffRecord } from './index.ts';

/** The records of some chunks' text in `<name>.json` (array items as the file holds them, each but the first after a comma). */
export function parseChunksJson(texts: readonly string[], where: string): DiffRecord[] {
  const items = texts.map((t) => t.replace(/^,/, '')).join(',');
  return parseDatasetJson(`{"records":[${items}]}`, where);
}

/** A dataset's records split by its chunks: those of the chunks the previous version also has, and the others. */
export function splitByChunks<T>(
  sorted: readonly T[],
  chunks: { ends: readonly number[]; keys: readonly string[] },
  previousKeys: ReadonlySet<string>,
): { shared: Set<string>; unchanged: number; others: T[] } {
  const shared = new Set<string>();
  const others: T[] = [];
  let unchanged = 0;
  chunks.ends.forEach((end, i) => {
    const start = i === 0 ? 0 : chunks.ends[i - 1]!;
    const key = chunks.keys[i]!;
    if (previousKeys.has(key)) {
      shared.add(key);
      unchanged += end - start;
    } else for (let k = start; k < end; k++) others.push(sorted[k]!);
  });
  return { shared, unchanged, others };
}
