/**
 * Incremental builds, package stage: the chunks of the previous build's dataset files, reused where their records
 * did not change.
 *
 * A dataset file is a frame around chunks of records (package/chunks.ts), cut where the ids say (chunkEnds), so a
 * small edit of the sources changes a few chunks and leaves the others as they were. Each build records, in the
 * cache folder, where each chunk of its files lies: `<cache>/render/<out>.json` maps the key of a chunk (a hash of
 * its records, package/render-pool.ts chunkKey) to byte ranges of the output folder's files. The next build into
 * the same folder reads an unchanged chunk's bytes from there instead of rendering them again, before the new
 * folder replaces the old one. Indexes of output folders that no longer exist are removed when an index is saved.
 *
 * The previous files are trusted only as the index saw them (size and modification time of each file, per
 * dataset) and only for the same code (a digest of the package and validate stages and the schemas): a file edited, replaced
 * by another build (`--no-cache`, `merge`) or rendered by other code is not read. The index is a cache: one that
 * cannot be read or written costs time, never a wrong byte. This module does I/O (an edge, like io/).
 */
import { createHash, randomBytes } from 'node:crypto';
import { open, mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FileHandle } from 'node:fs/promises';
import type { DatasetName } from '../types/records.ts';
import { DATASET_FORMATS, type DatasetFormat } from '../stages/package/chunks.ts';
import type { ChunkContent, ChunkRanges, ChunkReuse } from '../stages/package/render-pool.ts';
import { codeDigest } from './code-digest.ts';

/** Format of the index files; bump when their shape changes. */
const INDEX_FORMAT = 1;

interface FileStamp {
  bytes: number;
  mtimeMs: number;
}

interface DatasetIndex {
  files: Record<DatasetFormat, FileStamp>;
  chunks: Record<string, ChunkRanges>;
}

interface IndexFile {
  format: number;
  version: string;
  out: string;
  datasets: Record<string, DatasetIndex>;
}

/**
 * The code a previous chunk stands for: the package stage and the schemas its columns and JSON-LD terms come from
 * (its bytes), and the validate stage (its records passed those checks: run.ts does not check them again).
 */
export function renderCodeDigest(): string {
  return codeDigest(
    [new URL('../stages/package/', import.meta.url), new URL('../stages/validate/', import.meta.url), new URL('../../schemas/', import.meta.url)],
    ['.ts', '.json'],
  );
}

export interface ReuseStats {
  /** Chunks read from the previous build's files. */
  reused: number;
  /** Chunks rendered (not in the previous build, or not readable there). */
  rendered: number;
}

export class RenderReuse implements ChunkReuse {
  readonly stats: ReuseStats = { reused: 0, rendered: 0 };
  private readonly next: Record<string, Record<string, ChunkRanges>> = {};
  private readonly handles = new Map<string, Promise<FileHandle>>();

  private constructor(
    private readonly indexFile: string,
    private readonly outDir: string,
    private readonly version: string,
    private readonly previous: ReadonlyMap<string, { stamps: Record<DatasetFormat, FileStamp>; chunks: ReadonlyMap<string, ChunkRanges> }>,
  ) {}

  /** The chunks of the previous build into `outDir` that can still be read (none when there is no usable index). */
  static async open(cacheDir: string, outDir: string, version = renderCodeDigest()): Promise<RenderReuse> {
    const out = path.resolve(outDir);
    const indexFile = path.join(cacheDir, 'render', `${createHash('sha256').update(out).digest('hex').slice(0, 16)}.json`);
    const previous = new Map<string, { stamps: Record<DatasetFormat, FileStamp>; chunks: Map<string, ChunkRanges> }>();
    try {
      const index = JSON.parse(await readFile(indexFile, 'utf8')) as IndexFile;
      if (index.format === INDEX_FORMAT && index.version === version && index.out === out) {
        for (const [name, dataset] of Object.entries(index.datasets)) {
          if (await sameFiles(out, name, dataset.files)) previous.set(name, { stamps: dataset.files, chunks: new Map(Object.entries(dataset.chunks)) });
        }
      }
    } catch {
      // No index (first build into this folder) or an unreadable one: everything is rendered.
    }
    return new RenderReuse(indexFile, out, version, previous);
  }

  /** Does the previous build's index describe this dataset's files as they are? */
  covers(name: string): boolean {
    return this.previous.has(name);
  }

  /** Keys of the previous build's chunks of a dataset. */
  keysOf(name: string): ReadonlySet<string> {
    return new Set(this.previous.get(name)?.chunks.keys() ?? []);
  }

  /**
   * The text in `<name>.json` of the previous build's chunks whose keys are not in `except`, in file order (for
   * CHANGES.md: the records that may have changed). Throws when a file is not the one the index saw.
   */
  async previousJson(name: string, except: ReadonlySet<string>): Promise<string[]> {
    const dataset = this.previous.get(name);
    if (!dataset) throw new Error(`no previous chunks of ${name}`);
    const ranges = [...dataset.chunks].filter(([key]) => !except.has(key)).map(([, at]) => at.json).sort((a, b) => a[0] - b[0]);
    const texts: string[] = [];
    for (const at of ranges) texts.push((await this.readRange(`${name}.json`, dataset.stamps.json, at)).toString('utf8'));
    return texts;
  }

  locate(name: DatasetName, key: string): ChunkRanges | undefined {
    return this.previous.get(name)?.chunks.get(key);
  }

  async read(name: DatasetName, at: ChunkRanges, chunks: number): Promise<ChunkContent | undefined> {
    const dataset = this.previous.get(name);
    if (dataset) {
      try {
        const [csv, json, jsonld] = await Promise.all((['csv', 'json', 'jsonld'] as const).map((f) => this.readRange(`${name}.${f}`, dataset.stamps[f], at[f])));
        this.stats.reused += chunks;
        return { csv: csv!, json: json!, jsonld: jsonld! };
      } catch {
        // Not readable after all: rendered like new chunks (and counted so by the caller).
      }
    }
    return undefined;
  }

  rendered(chunks: number): void {
    this.stats.rendered += chunks;
  }

  wrote(name: DatasetName, key: string, at: ChunkRanges): void {
    (this.next[name] ??= {})[key] = at;
  }

  private async readRange(file: string, stamp: FileStamp, [start, length]: [number, number]): Promise<Buffer> {
    let handle = this.handles.get(file);
    if (!handle) {
      // The file opened must still be the one the index saw (another build may have replaced the folder since
      // `open` looked): checked once on the open handle, which keeps that file whatever happens to its name.
      handle = open(path.join(this.outDir, file), 'r').then(async (fh) => {
        const s = await fh.stat();
        if (s.size === stamp.bytes && s.mtimeMs === stamp.mtimeMs) return fh;
        await fh.close();
        throw new Error(`${file} changed since the index was written`);
      });
      handle.catch(() => undefined);
      this.handles.set(file, handle);
    }
    const buffer = Buffer.allocUnsafe(length);
    const { bytesRead } = await (await handle).read(buffer, 0, length, start);
    if (bytesRead !== length) throw new Error(`${file}: short read`);
    return buffer;
  }

  /** Closes the previous build's files (before the new folder replaces them). */
  async close(): Promise<void> {
    const handles = [...this.handles.values()];
    this.handles.clear();
    await Promise.all(handles.map((h) => h.then((fh) => fh.close()).catch(() => undefined)));
  }

  /** Records where this build's chunks lie, once its folder is in place (atomically; failures are ignored). */
  async save(): Promise<void> {
    await this.close();
    const datasets: Record<string, DatasetIndex> = {};
    try {
      for (const name of Object.keys(this.next).sort()) {
        const files = {} as Record<DatasetFormat, FileStamp>;
        for (const format of DATASET_FORMATS) {
          const s = await stat(path.join(this.outDir, `${name}.${format}`));
          files[format] = { bytes: s.size, mtimeMs: s.mtimeMs };
        }
        datasets[name] = { files, chunks: this.next[name]! };
      }
      const index: IndexFile = { format: INDEX_FORMAT, version: this.version, out: this.outDir, datasets };
      await mkdir(path.dirname(this.indexFile), { recursive: true });
      const temp = `${this.indexFile}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
      await writeFile(temp, JSON.stringify(index));
      await rename(temp, this.indexFile).catch(async (error) => {
        await rm(temp, { force: true });
        throw error;
      });
      await removeStaleIndexes(path.dirname(this.indexFile), this.indexFile);
    } catch {
      // An index that cannot be written only costs time next build.
    }
  }
}

/**
 * The indexes of output folders that no longer exist describe nothing (a build into a temporary folder, a
 * renamed one): removed, as they can weigh a few MB each on a large corpus. An index whose folder cannot be told
 * from its first bytes is left alone.
 */
async function removeStaleIndexes(dir: string, current: string): Promise<void> {
  for (const entry of await readdir(dir)) {
    const file = path.join(dir, entry);
    if (!entry.endsWith('.json') || file === current) continue;
    const out = await indexedFolder(file);
    if (out !== undefined && !(await stat(out).catch(() => undefined))) await rm(file, { force: true });
  }
}

/** The output folder an index file describes, read from its head (`out` comes third, after two short fields). */
async function indexedFolder(file: string): Promise<string | undefined> {
  const handle = await open(file, 'r').catch(() => undefined);
  if (!handle) return undefined;
  try {
    const head = Buffer.alloc(16_384);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const match = /^\{"format":\d+,"version":"[^"\\]*","out":("(?:[^"\\]|\\.)*")/.exec(head.toString('utf8', 0, bytesRead));
    return match ? (JSON.parse(match[1]!) as string) : undefined;
  } finally {
    await handle.close();
  }
}

/** Are a dataset's three files in `out` those the index saw (same size and modification time)? */
async function sameFiles(out: string, name: string, files: Record<DatasetFormat, FileStamp>): Promise<boolean> {
  for (const format of DATASET_FORMATS) {
    const expected = files?.[format];
    const s = await stat(path.join(out, `${name}.${format}`)).catch(() => undefined);
    if (!expected || !s || s.size !== expected.bytes || s.mtimeMs !== expected.mtimeMs) return false;
  }
  return true;
}
