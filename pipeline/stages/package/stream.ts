/**
 * The files of dist/ written as they are rendered: the same files and bytes as assembleDist (assemble.ts), but the
 * dataset files (CSV, JSON, JSON-LD) go to disk in chunks and are afterwards known by their size and sha256 only
 * (FileDigest), so that the memory a build needs does not grow with the size of its output. The smaller files
 * (schemas, context, datapackage.json, README.md, the extra files, the manifest and SHA256SUMS) are rendered as
 * strings, as in assembleDist; an extra file may also come in chunks (the preview site, as large as the data). tests/package/stream.test.ts checks that both give the same bytes.
 */
import type { AtomicDir } from '../../io/atomic-dir.ts';
import type { FileDigest } from '../../io/hash.ts';
import type { Datasets } from '../../types/records.ts';
import { DATAPACKAGE_PATH, MANIFEST_PATH, README_PATH, SUMS_PATH, renderSchema, type BuildMeta } from './assemble.ts';
import { availableParallelism } from 'node:os';
import { CONTEXT_PATH, DATASETS_IN_ORDER, schemaPath } from './contract.ts';
import { sortById } from './csv.ts';
import { renderDataPackage, type CsvResourceInfo } from './datapackage.ts';
import { renderDataDictionary } from './dictionary.ts';
import { renderContext } from './jsonld.ts';
import { renderBuildManifest, renderSha256Sums } from './manifest.ts';
import { progressTicker } from '../../progress.ts';
import { POOL_THRESHOLD, RenderPool, renderInThread, writeDatasetFiles, type ChunkPlan, type ChunkRenderer, type ChunkReuse } from './render-pool.ts';

/** A file of dist/ as the later stages see it: its text, or the digest of a file already on disk. */
export type DistContent = string | FileDigest;

/** An extra file: its text, or a function giving its text in chunks (written at once, then known by its digest). */
export type ExtraContent = string | (() => Iterable<string>);

/**
 * Writes dist/ into `dir` (not committed): the core files, then the extra files that `renderExtras` makes from
 * the core ones (as assembleDist(datasets, meta) gives them, large files as digests), then the build manifest and
 * SHA256SUMS over everything. Returns every file with its content or digest, sorted by path.
 */
export async function writeDistStreamed(
  dir: AtomicDir,
  datasets: Datasets,
  meta: BuildMeta,
  renderExtras: (core: ReadonlyMap<string, DistContent>) => ReadonlyMap<string, ExtraContent> | Promise<ReadonlyMap<string, ExtraContent>> = () => new Map(),
  options: {
    workers?: number | undefined;
    /** « package    412000/1215000 records written (34 %) » every few seconds while the dataset files are written. */
    progress?: ((line: string) => void) | undefined;
    progressEveryMs?: number | undefined;
    /** Chunks of the previous build to reuse (cache/render-reuse.ts). */
    reuse?: ChunkReuse | undefined;
    /** Chunks and keys already computed for some datasets (render-pool.ts chunkPlan). */
    plans?: ReadonlyMap<string, ChunkPlan> | undefined;
    /** Told after each chunk of a dataset file is written (the caller's memory checkpoints). */
    chunkDone?: (() => void) | undefined;
  } = {},
): Promise<Map<string, DistContent>> {
  const files = new Map<string, DistContent>();
  const resources: CsvResourceInfo[] = [];
  const counts: Record<string, number> = {};
  // Dataset chunks are rendered on worker threads when there are enough records to repay starting them: one per
  // core but this thread's, which hashes and writes what they render (on 2 cores, a second render thread made
  // package about 7 % faster and added its heap, about 100 MB, to the build's peak memory).
  const records = DATASETS_IN_ORDER.reduce((n, name) => n + datasets[name].length, 0);
  const workers = options.workers ?? (records >= POOL_THRESHOLD ? Math.max(1, Math.min(availableParallelism() - 1, 4)) : 0);
  // Started on the first chunk to render: a rebuild that finds every chunk in the previous build needs none.
  let pool: RenderPool | undefined;
  const render: ChunkRenderer = workers > 0 ? (...chunk) => (pool ??= new RenderPool(workers)).render(...chunk) : renderInThread;
  const ticker = progressTicker(options.progress, records, (count, percent) => `package    ${count}/${records} records written (${percent} %)`, options.progressEveryMs);
  const chunkDone = options.chunkDone ?? (() => {});
  const written = (n: number) => {
    ticker(n);
    chunkDone();
  };
  try {
    for (const name of DATASETS_IN_ORDER) {
      const sorted = sortById(datasets[name] as readonly (object & { id: string })[]);
      const digests = await writeDatasetFiles(dir, name, sorted, render, workers > 0 ? 2 * workers + 1 : 1, written, options.reuse, options.plans?.get(name));
      files.set(`${name}.csv`, digests.csv);
      files.set(`${name}.json`, digests.json);
      files.set(`${name}.jsonld`, digests.jsonld);
      files.set(schemaPath(name), renderSchema(name));
      resources.push({ name, path: `${name}.csv`, bytes: digests.csv.bytes, sha256: digests.csv.sha256 });
      counts[name] = sorted.length;
    }
  } finally {
    await pool?.close();
  }
  files.set(CONTEXT_PATH, renderContext());
  files.set(DATAPACKAGE_PATH, renderDataPackage(resources, { sources: datasets.sources, ...(meta.created ? { created: meta.created } : {}) }));
  files.set(README_PATH, renderDataDictionary());
  const manifestOf = (of: ReadonlyMap<string, DistContent>) =>
    renderBuildManifest({ tool: meta.tool, ...(meta.created ? { created: meta.created } : {}), sources: meta.sources, counts, files: of });

  // The core files as assembleDist(datasets, meta) has them (with their own manifest and sums).
  const core = new Map(files);
  core.set(MANIFEST_PATH, manifestOf(core));
  core.set(SUMS_PATH, renderSha256Sums(core));
  for (const [path, content] of await renderExtras(sortedByPath(core))) {
    files.set(path, typeof content === 'string' ? content : await dir.write(path, content()));
  }

  files.set(MANIFEST_PATH, manifestOf(files));
  files.set(SUMS_PATH, renderSha256Sums(files));
  for (const [path, content] of files) if (typeof content === 'string') await dir.write(path, content);
  return sortedByPath(files);
}

function sortedByPath<T>(files: ReadonlyMap<string, T>): Map<string, T> {
  return new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
