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
import type { FileDigest } from '../../io/hash.ts';
import type { DatasetName } from '../../types/records.ts';
import { CHUNK, DATASET_FORMATS, datasetFrame, renderChunk, type DatasetFormat } from './chunks.ts';
import type { RenderAnswer, RenderRequest } from './render-worker-main.ts';

/** A chunk's three texts, as text (in this thread) or as UTF-8 bytes (from a worker). */
export type ChunkContent = Record<DatasetFormat, string | Uint8Array>;

/** Renders one chunk of a dataset: in this thread, or on a worker. */
export type ChunkRenderer = (name: DatasetName, records: object[], first: boolean) => Promise<ChunkContent>;

export const renderInThread: ChunkRenderer = (name, records, first) => Promise.resolve(renderChunk(name, records, first));

/** Below this many records in all, the build renders in its own thread. */
export const POOL_THRESHOLD = 50_000;

/** A fixed pool of render workers (io/thread-pool.ts). */
export class RenderPool {
  private readonly threads: ThreadPool;

  constructor(size: number) {
    this.threads = new ThreadPool(new URL('./render-worker-main.ts', import.meta.url), size, 'render');
  }

  readonly render: ChunkRenderer = async (name, records, first) => {
    const { csv, json, jsonld } = await this.threads.request<RenderAnswer>({ name, records: JSON.stringify(records), first } satisfies Omit<RenderRequest, 'id'>);
    return { csv, json, jsonld };
  };

  close(): Promise<void> {
    return this.threads.close();
  }
}

/**
 * Writes `<name>.csv`, `<name>.json` and `<name>.jsonld` of a dataset whose records are sorted by id, side by
 * side, from chunks rendered by `render` (at most `window` in flight); returns each file's size and sha256.
 */
export async function writeDatasetFiles(
  dir: AtomicDir,
  name: DatasetName,
  sorted: readonly object[],
  render: ChunkRenderer,
  window = 1,
  /** Told the number of records of each chunk written (progress lines). */
  onChunk: (records: number) => void = () => {},
): Promise<Record<DatasetFormat, FileDigest>> {
  const frame = datasetFrame(name, sorted.length);
  const files = {} as Record<DatasetFormat, FileWriter>;
  for (const format of DATASET_FORMATS) files[format] = await dir.open(`${name}.${format}`);
  const inFlight: Array<{ chunk: Promise<ChunkContent>; records: number }> = [];
  let next = 0;
  const launch = () => {
    if (next >= sorted.length) return;
    const records = sorted.slice(next, next + CHUNK);
    const chunk = render(name, records, next === 0);
    chunk.catch(() => undefined); // awaited in order below; a failure must not go unhandled meanwhile
    inFlight.push({ chunk, records: records.length });
    next += CHUNK;
  };
  try {
    for (const format of DATASET_FORMATS) await files[format].write(frame[format].head);
    for (let k = 0; k < window; k++) launch();
    while (inFlight.length) {
      const { chunk, records } = inFlight.shift()!;
      const content = await chunk;
      launch();
      for (const format of DATASET_FORMATS) await files[format].write(content[format]);
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
