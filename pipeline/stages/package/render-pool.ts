/**
 * The dataset files of dist/ written from chunks of records rendered on worker threads.
 *
 * Rendering (CSV rows, indented JSON, JSON-LD nodes) is most of the package stage on a large corpus and is pure,
 * so chunks go to a pool of workers while this thread hashes and writes the bytes that come back, in order. A
 * window of chunks in flight keeps every worker busy without holding a whole file's bytes. Small builds render in
 * this thread (starting workers costs more than it saves): both paths call renderChunk, so the bytes are the same.
 */
import { ThreadPool } from '../../io/thread-pool.ts';
import type { AtomicDir, FileWriter } from '../../io/atomic-dir.ts';
import { byteLength, type FileDigest } from '../../io/hash.ts';
import type { DatasetName } from '../../types/records.ts';
import { hash } from 'node:crypto';
import { DATASET_FORMATS, chunkEnds, datasetFrame, renderChunk, type DatasetFormat } from './chunks.ts';
import type { RenderAnswer, RenderRequest } from './render-worker-main.ts';

/** A chunk's three texts, as text (in this thread) or as UTF-8 bytes (from a worker). */
export type ChunkContent = Record<DatasetFormat, string | Uint8Array>;

/** Renders one chunk of a dataset: in this thread, or on a worker (`json`: the records as JSON, when known). */
export type ChunkRenderer = (name: DatasetName, records: object[], first: boolean, json?: string) => Promise<ChunkContent>;

/** Byte ranges [start, length] of a chunk in a dataset's three files. */
export type ChunkRanges = Record<DatasetFormat, [number, number]>;

/** Chunks of the previous build, found by the key of their records (cache/render-reuse.ts). */
export interface ChunkReuse {
  /** The chunk's bytes as the previous build wrote them, or undefined. */
  find(name: DatasetName, key: string): Promise<ChunkContent | undefined>;
  /** This build wrote the chunk `key` at these byte ranges of the dataset's files. */
  wrote(name: DatasetName, key: string, at: ChunkRanges): void;
}

/** The key of a chunk: what renderChunk renders it from (the renderer's own code is in the reuse index's version). */
export function chunkKey(name: DatasetName, first: boolean, json: string): string {
  return hash('sha256', `${name}\0${first ? 1 : 0}\0${json}`, 'hex');
}

/** A dataset's chunks (chunkEnds) and their keys, computed once when both CHANGES.md and the files need them. */
export interface ChunkPlan {
  ends: number[];
  keys: string[];
}

export function chunkPlan(name: DatasetName, sorted: readonly object[]): ChunkPlan {
  const ends = chunkEnds(sorted);
  return { ends, keys: ends.map((end, i) => chunkKey(name, i === 0, JSON.stringify(sorted.slice(i === 0 ? 0 : ends[i - 1], end)))) };
}

export const renderInThread: ChunkRenderer = (name, records, first) => Promise.resolve(renderChunk(name, records, first));

/** Below this many records in all, the build renders in its own thread. */
export const POOL_THRESHOLD = 50_000;

/** A fixed pool of render workers (io/thread-pool.ts). */
export class RenderPool {
  private readonly threads: ThreadPool;

  constructor(size: number) {
    this.threads = new ThreadPool(new URL('./render-worker-main.ts', import.meta.url), size, 'render');
  }

  readonly render: ChunkRenderer = async (name, records, first, recordsJson) => {
    const { csv, json, jsonld } = await this.threads.request<RenderAnswer>({ name, records: recordsJson ?? JSON.stringify(records), first } satisfies Omit<RenderRequest, 'id'>);
    return { csv, json, jsonld };
  };

  close(): Promise<void> {
    return this.threads.close();
  }
}

/**
 * Writes `<name>.csv`, `<name>.json` and `<name>.jsonld` of a dataset whose records are sorted by id, side by
 * side, from chunks (chunkEnds) rendered by `render` or found by `reuse` (at most `window` in flight); returns each
 * file's size and sha256.
 */
export async function writeDatasetFiles(
  dir: AtomicDir,
  name: DatasetName,
  sorted: readonly object[],
  render: ChunkRenderer,
  window = 1,
  /** Told the number of records of each chunk written (progress lines). */
  onChunk: (records: number) => void = () => {},
  reuse?: ChunkReuse,
  /** The dataset's chunks and keys, when already computed (chunkPlan, for the same `sorted`). */
  plan?: ChunkPlan,
): Promise<Record<DatasetFormat, FileDigest>> {
  const frame = datasetFrame(name, sorted.length);
  const files = {} as Record<DatasetFormat, FileWriter>;
  for (const format of DATASET_FORMATS) files[format] = await dir.open(`${name}.${format}`);
  const inFlight: Array<{ chunk: Promise<ChunkContent>; records: number; key: string | undefined }> = [];
  const ends = plan?.ends ?? chunkEnds(sorted);
  let next = 0;
  const launch = () => {
    if (next >= ends.length) return;
    const start = next === 0 ? 0 : ends[next - 1]!;
    const planned = plan?.keys[next];
    const records = sorted.slice(start, ends[next++]);
    const first = start === 0;
    // With a previous build to reuse, each chunk needs its key: from the plan when there is one (the records' JSON
    // was hashed already), else hashed here, the JSON then going to the renderer so that a chunk to render is
    // stringified once.
    let chunk: Promise<ChunkContent>;
    let key: string | undefined;
    if (reuse && planned !== undefined) {
      key = planned;
      chunk = reuse.find(name, planned).then((found) => found ?? render(name, records, first));
    } else if (reuse) {
      const json = JSON.stringify(records);
      const k = (key = chunkKey(name, first, json));
      chunk = reuse.find(name, k).then((found) => found ?? render(name, records, first, json));
    } else chunk = render(name, records, first);
    chunk.catch(() => undefined); // awaited in order below; a failure must not go unhandled meanwhile
    inFlight.push({ chunk, records: records.length, key });
  };
  const offsets = { csv: 0, json: 0, jsonld: 0 } as Record<DatasetFormat, number>;
  const write = async (format: DatasetFormat, content: string | Uint8Array): Promise<[number, number]> => {
    const at: [number, number] = [offsets[format], byteLength(content)];
    await files[format].write(content);
    offsets[format] += at[1];
    return at;
  };
  try {
    for (const format of DATASET_FORMATS) await write(format, frame[format].head);
    for (let k = 0; k < window; k++) launch();
    while (inFlight.length) {
      const { chunk, records, key } = inFlight.shift()!;
      const content = await chunk;
      launch();
      const at = {} as ChunkRanges;
      for (const format of DATASET_FORMATS) at[format] = await write(format, content[format]);
      if (reuse && key !== undefined) reuse.wrote(name, key, at);
      onChunk(records);
    }
    for (const format of DATASET_FORMATS) if (frame[format].tail) await files[format].write(frame[format].tail);
  } catch (error) {
    await Promise.all(DATASET_FORMATS.map((f) => files[f].close().catch(() => undefined)));
    throw error;
  }
  const digests = {} as Record<DatasetFormat, FileDigest>;
  for (const format of DATASET_FORMATS) digests[format] = await files[format].close();
  return digests;
}
