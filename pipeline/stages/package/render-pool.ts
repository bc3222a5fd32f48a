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
  /** Where the previous build wrote the chunk `key` of a dataset (byte ranges of its files), or undefined. */
  locate(name: DatasetName, key: string): ChunkRanges | undefined;
  /**
   * The previous build's bytes at these ranges of a dataset's files (`chunks` chunks written side by side), or
   * undefined when they cannot be read (they are rendered then).
   */
  read(name: DatasetName, at: ChunkRanges, chunks: number): Promise<ChunkContent | undefined>;
  /** This build rendered `chunks` chunks of a dataset (not found in the previous build, or not readable there). */
  rendered(chunks: number): void;
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
 * Most bytes (the three files together) read from the previous build at once: unchanged chunks that it wrote side
 * by side are read and written as one piece, up to this size (one read and one write per file, not one per chunk:
 * a rebuild after a small edit copies most of a dataset this way).
 */
export const REUSE_PIECE_BYTES = 4 * 1024 * 1024;

/** What is written at once: the texts of one or more consecutive chunks, and each chunk's key and sizes. */
interface Piece {
  content: ChunkContent;
  chunks: Array<{ key: string | undefined; bytes: Record<DatasetFormat, number> }>;
}

const bytesOf = (content: ChunkContent) => Object.fromEntries(DATASET_FORMATS.map((f) => [f, byteLength(content[f])])) as Record<DatasetFormat, number>;
const sizeOf = (at: ChunkRanges) => DATASET_FORMATS.reduce((n, f) => n + at[f][1], 0);
/** Does `b` start where `a` ends, in each of the three files? */
const follows = (a: ChunkRanges, b: ChunkRanges) => DATASET_FORMATS.every((f) => a[f][0] + a[f][1] === b[f][0]);

/** The texts of chunks rendered one by one, as one piece. */
function joined(contents: ChunkContent[]): ChunkContent {
  if (contents.length === 1) return contents[0]!;
  const out = {} as ChunkContent;
  for (const f of DATASET_FORMATS) {
    const parts = contents.map((c) => c[f]);
    out[f] = parts.every((p) => typeof p === 'string') ? parts.join('') : Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p)));
  }
  return out;
}

/**
 * Writes `<name>.csv`, `<name>.json` and `<name>.jsonld` of a dataset whose records are sorted by id, side by
 * side, from chunks (chunkEnds) rendered by `render` or found by `reuse` (at most `window` pieces in flight);
 * returns each file's size and sha256.
 */
export async function writeDatasetFiles(
  dir: AtomicDir,
  name: DatasetName,
  sorted: readonly object[],
  render: ChunkRenderer,
  window = 1,
  /** Told the number of records of each piece written (progress lines). */
  onChunk: (records: number) => void = () => {},
  reuse?: ChunkReuse,
  /** The dataset's chunks and keys, when already computed (chunkPlan, for the same `sorted`). */
  plan?: ChunkPlan,
): Promise<Record<DatasetFormat, FileDigest>> {
  const frame = datasetFrame(name, sorted.length);
  const files = {} as Record<DatasetFormat, FileWriter>;
  for (const format of DATASET_FORMATS) files[format] = await dir.open(`${name}.${format}`);
  const inFlight: Array<{ piece: Promise<Piece>; records: number }> = [];
  const ends = plan?.ends ?? chunkEnds(sorted);
  const startOf = (i: number) => (i === 0 ? 0 : ends[i - 1]!);
  /** Chunk i rendered (`json`: its records' JSON when already made). */
  const renderOne = async (i: number, key: string | undefined, json?: string): Promise<Piece> => {
    reuse?.rendered(1);
    const content = await render(name, sorted.slice(startOf(i), ends[i]), i === 0, json);
    return { content, chunks: [{ key, bytes: bytesOf(content) }] };
  };
  /** Chunks [from, to) read from the previous build at `at` (their ranges, side by side), else rendered. */
  const reused = async (from: number, to: number, keys: string[], at: ChunkRanges[]): Promise<Piece> => {
    const span = Object.fromEntries(DATASET_FORMATS.map((f) => [f, [at[0]![f][0], at.reduce((n, r) => n + r[f][1], 0)]])) as ChunkRanges;
    const found = await reuse!.read(name, span, to - from);
    if (found) return { content: found, chunks: at.map((r, k) => ({ key: keys[k], bytes: Object.fromEntries(DATASET_FORMATS.map((f) => [f, r[f][1]])) as Record<DatasetFormat, number> })) };
    const pieces: Piece[] = [];
    for (let i = from; i < to; i++) pieces.push(await renderOne(i, keys[i - from]));
    return { content: joined(pieces.map((p) => p.content)), chunks: pieces.flatMap((p) => p.chunks) };
  };
  let next = 0;
  const launch = () => {
    if (next >= ends.length) return;
    const from = next++;
    // With a previous build to reuse, each chunk needs its key: from the plan when there is one (the records' JSON
    // was hashed already), else hashed here, the JSON then going to the renderer so that a chunk to render is
    // stringified once.
    let piece: Promise<Piece>;
    const planned = plan?.keys[from];
    const json = reuse && planned === undefined ? JSON.stringify(sorted.slice(startOf(from), ends[from])) : undefined;
    const key = planned ?? (json === undefined ? undefined : chunkKey(name, from === 0, json));
    const at = reuse && key !== undefined ? reuse.locate(name, key) : undefined;
    if (at) {
      // The chunks after it that the previous build wrote right after it join the piece.
      const run = [at];
      const keys = [key!];
      let bytes = sizeOf(at);
      for (let k = plan?.keys[next]; k !== undefined; k = plan!.keys[next]) {
        const following = reuse!.locate(name, k);
        if (!following || !follows(run[run.length - 1]!, following) || bytes + sizeOf(following) > REUSE_PIECE_BYTES) break;
        run.push(following);
        keys.push(k);
        bytes += sizeOf(following);
        next++;
      }
      piece = reused(from, next, keys, run);
    } else piece = renderOne(from, key, json);
    piece.catch(() => undefined); // awaited in order below; a failure must not go unhandled meanwhile
    inFlight.push({ piece, records: ends[next - 1]! - startOf(from) });
  };
  const offsets = { csv: 0, json: 0, jsonld: 0 } as Record<DatasetFormat, number>;
  const write = async (format: DatasetFormat, content: string | Uint8Array): Promise<number> => {
    const at = offsets[format];
    offsets[format] += byteLength(content);
    await files[format].write(content);
    return at;
  };
  try {
    for (const format of DATASET_FORMATS) await write(format, frame[format].head);
    for (let k = 0; k < window; k++) launch();
    while (inFlight.length) {
      const { piece, records } = inFlight.shift()!;
      const { content, chunks } = await piece;
      launch();
      // The three files are written side by side (each in order: one write at a time per file).
      const starts = await Promise.all(DATASET_FORMATS.map((format) => write(format, content[format])));
      const position = Object.fromEntries(DATASET_FORMATS.map((f, k) => [f, starts[k]!])) as Record<DatasetFormat, number>;
      for (const { key, bytes } of chunks) {
        const at = {} as ChunkRanges;
        for (const f of DATASET_FORMATS) {
          at[f] = [position[f], bytes[f]];
          position[f] += bytes[f];
        }
        if (reuse && key !== undefined) reuse.wrote(name, key, at);
      }
      onChunk(records);
    }
    for (const format of DATASET_FORMATS) if (frame[format].tail) await files[format].write(frame[format].tail);
  } catch (error) {
    await Promise.all(DATASET_FORMATS.map((f) => files[f].close().catch(() => undefined)));
    throw error;
  }
  const closed = await Promise.all(DATASET_FORMATS.map((format) => files[format].close()));
  return Object.fromEntries(DATASET_FORMATS.map((f, k) => [f, closed[k]!])) as Record<DatasetFormat, FileDigest>;
}
