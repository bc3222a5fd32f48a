/**
 * Runs the build stages in order: ingest → extract → normalise → validate → package, then writes dist/
 * atomically. The only place that knows the order. Data problems stop the build with a DataError carrying
 * every issue; the previous output folder is left untouched.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DataError } from './errors.ts';
import { openDirAtomic } from './io/atomic-dir.ts';
import { NORMALISE_HEAP, collectGarbage, collectGarbageIfGrown } from './io/collect-garbage.ts';
import { ExtractCache, extractCodeDigest } from './cache/extract-cache.ts';
import { RenderReuse } from './cache/render-reuse.ts';
import { extractCorpus } from './shard/extract-corpus.ts';
import { mergePartials, readPartial, sourceMeta, writePartial, type SourceMeta } from './shard/partial.ts';
import type { ShardSpec } from './shard/plan.ts';
import { fileRecordsOf, renderChangesFile, renderFirstVersion, type DiffRecord } from './stages/diff/index.ts';
import { parseChunksJson, splitByChunks } from './stages/diff/chunks.ts';
import { chunkPlan, type ChunkPlan } from './stages/package/render-pool.ts';
import { sortById, type PlainRecord } from './stages/package/csv.ts';
import { CHANGES_FILE, changesMetaOf, readBaseline } from './stages/diff/read.ts';
import { EXTRACT_VERSION } from './stages/extract/index.ts';
import { readSources } from './stages/ingest/index.ts';
import { normalise } from './stages/normalise/index.ts';
import { readPublicationConfig, renderReuseFiles } from './stages/catalog/index.ts';
import { writeDistStreamed, type ExtraContent } from './stages/package/stream.ts';
import { readEvaluationSummary } from './stages/quality/read.ts';
import { renderSiteChunks } from './stages/site/index.ts';
import { validateDatasets } from './stages/validate/datasets.ts';
import type { Fact, Issue, SourceDocument } from './types/domain.ts';
import { DATASET_NAMES, type DatasetName, type Datasets } from './types/records.ts';

export const TOOL = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
/** The repository's committed dist/: the baseline of CHANGES.md when the output folder does not exist yet. */
const COMMITTED_DIST = fileURLToPath(new URL('../dist', import.meta.url));

export interface BuildOptions {
  sourcesDir: string;
  outDir: string;
  /** Largest accepted source file, in bytes. */
  maxBytes?: number;
  /** One progress line per stage (stderr in the CLI). */
  progress?: (line: string) => void;
  /** Folder of the extraction cache (incremental builds); null: no cache, extract every source. */
  cacheDir?: string | null;
  /** Extraction worker threads; undefined: automatic (the machine's cores, for large corpora). */
  workers?: number;
}

export interface BuildSummary {
  ok: true;
  out: string;
  sources: number;
  facts: number;
  counts: Record<DatasetName, number>;
  files: number;
  warnings: Issue[];
  timings_ms: Record<string, number>;
  /** How the sources were extracted: from the cache or not, on how many worker threads (absent for a merge). */
  extraction?: { extracted: number; from_cache: number; workers: number };
  /** Chunks of the dataset files read from the previous build or rendered (absent without a cache). */
  rendering?: { chunks_reused: number; chunks_rendered: number };
  /** Records checked against their schema by this build, and those of unchanged chunks the previous build checked. */
  validation: { records_checked: number; records_checked_before: number };
}

const ms = (t0: bigint) => Number((process.hrtime.bigint() - t0) / 1_000_000n);

/** From this many facts, normalise takes seconds: a line says it has started. */
const NORMALISE_NOTICE_FACTS = 100_000;

/** The cache of a build, keyed by the declared extractor versions and the extract stage's code. */
function cacheOf(cacheDir: string | null | undefined): ExtractCache | undefined {
  return cacheDir ? new ExtractCache(cacheDir, `${EXTRACT_VERSION}+${extractCodeDigest()}`) : undefined;
}

/** ingest: the sources, or a DataError listing every problem. */
async function ingestSources(options: Pick<BuildOptions, 'sourcesDir' | 'maxBytes' | 'progress'>, timings: Record<string, number>) {
  const progress = options.progress ?? (() => {});
  const t = process.hrtime.bigint();
  const ingested = await readSources(options.sourcesDir, options.maxBytes ? { maxBytes: options.maxBytes } : {});
  timings.ingest = ms(t);
  const ingestErrors = ingested.issues.filter((i) => i.severity === 'error');
  if (ingestErrors.length) {
    throw new DataError('sources-invalid', `${ingestErrors.length} problem(s) in the sources of "${options.sourcesDir}"; nothing was written.`, {
      issues: ingested.issues,
      hint: 'Fix the files named above (or the manifest), then build again.',
    });
  }
  const documents = ingested.documents;
  const chars = documents.reduce((n, d) => n + d.text.length, 0);
  progress(`ingest     ${documents.length} sources, ${chars} characters (${timings.ingest} ms)`);
  return ingested;
}

/** extract: facts of the sources (of one shard), through the cache and the worker pool. */
async function extractSources(documents: SourceDocument[], options: Pick<BuildOptions, 'cacheDir' | 'workers' | 'progress'> & { shard?: ShardSpec }, timings: Record<string, number>) {
  const progress = options.progress ?? (() => {});
  const t = process.hrtime.bigint();
  const extracted = await extractCorpus(documents, { cache: cacheOf(options.cacheDir), shard: options.shard, workers: options.workers, progress });
  timings.extract = ms(t);
  const facts: Fact[] = [];
  const issues: Issue[] = [];
  for (const d of extracted.documents) {
    for (const f of d.facts) facts.push(f);
    for (const i of d.issues) issues.push(i);
  }
  const { stats } = extracted;
  const how = [options.cacheDir ? `${stats.fromCache} from cache, ${stats.extracted} extracted` : `${stats.extracted} extracted`, stats.workers ? `${stats.workers} workers` : ''].filter(Boolean).join(', ');
  progress(`extract    ${facts.length} facts (${how}; ${timings.extract} ms)`);
  const extractErrors = issues.filter((i) => i.severity === 'error');
  if (extractErrors.length) {
    throw new DataError('extraction-failed', `${extractErrors.length} extractor failure(s); nothing was written.`, { issues });
  }
  return { ...extracted, facts, issues };
}

/** ingest → extract → normalise: the records of every dataset, not yet checked against the schemas. */
async function buildRecords(options: Pick<BuildOptions, 'sourcesDir' | 'maxBytes' | 'progress' | 'cacheDir' | 'workers'>) {
  const timings: Record<string, number> = {};
  const ingested = await ingestSources(options, timings);
  const extracted = await extractSources(ingested.documents, options, timings);
  // From here on the texts are not read (normalise only counts their characters): the sources are kept as
  // metadata, so that a large corpus's texts are freed before the datasets are written.
  const sources = ingested.documents.map(sourceMeta);
  ingested.documents.length = 0;
  // Likewise each document's list of facts: `extracted.facts` is the one list normalise consumes.
  extracted.documents.length = 0;
  // The texts and the workers' answers are garbage now: collected before normalise grows the heap.
  collectGarbage();
  const { stats } = extracted;
  return {
    ...normaliseFacts(sources, extracted.facts, [...ingested.issues, ...extracted.issues], timings, options.progress),
    extraction: { extracted: stats.extracted, from_cache: stats.fromCache, workers: stats.workers },
  };
}

/** Builds datasets from sources (pure stages between the I/O edges), every record checked. Used by the tests. */
export async function buildDatasets(options: Pick<BuildOptions, 'sourcesDir' | 'maxBytes' | 'progress' | 'cacheDir' | 'workers'>) {
  const records = await buildRecords(options);
  return { ...checkRecords(records, options.progress), extraction: records.extraction };
}

type Records = ReturnType<typeof normaliseFacts>;

/**
 * normalise, from the facts of every source. `documents` give the sources dataset (their texts are not read: a
 * merge passes metadata only, with `characters`). `facts` is consumed: emptied once merged into records, so that
 * a large corpus's facts are freed before the records are validated and written.
 */
function normaliseFacts(
  documents: Array<SourceDocument | SourceMeta>,
  facts: Fact[],
  issues: Issue[],
  timings: Record<string, number>,
  progressFn: ((line: string) => void) | undefined,
) {
  const progress = progressFn ?? (() => {});
  const t = process.hrtime.bigint();
  // Normalise runs in one piece (about 20 s for a million facts): on a large corpus, a line when it starts and one
  // per group of datasets merged. Between the groups and the passes, a collection if the heap has grown past
  // NORMALISE_HEAP's allowance: V8 would not run one in these synchronous seconds, and the heap it grows to stays
  // the process's size for the rest of the build.
  const large = facts.length >= NORMALISE_NOTICE_FACTS;
  if (large) progress(`normalise  merging ${facts.length} facts…`);
  const datasets = normalise(
    documents.map(withText),
    facts,
    (merged) => {
      collectGarbageIfGrown(NORMALISE_HEAP);
      if (large) progress(`normalise  ${merged} merged (${ms(t)} ms)`);
    },
    // The facts are let go as they become records (the peak of a large build was both held together).
    { consumeFacts: true, checkpoint: () => collectGarbageIfGrown(NORMALISE_HEAP) },
  );
  // The facts are records now: hundreds of MB of garbage on a large corpus, which the last collection inside
  // normalise may be too recent to reach (it stayed in the heap through the checks, the peak of the build).
  facts.length = 0;
  collectGarbage();
  const characters = new Map(documents.flatMap((d) => ('characters' in d ? [[d.id, d.characters] as const] : [])));
  for (const s of datasets.sources) s.characters = characters.get(s.id) ?? s.characters;
  timings.normalise = ms(t);
  return { documents, datasets, issues, timings, large };
}

/**
 * validate: every record against its schema, ids and references; a DataError listing every problem if any.
 * `checkedBefore`: records the previous build checked already (an incremental build), not checked again.
 */
function checkRecords(records: Records, progressFn: ((line: string) => void) | undefined, checkedBefore?: ReadonlySet<object>) {
  const progress = progressFn ?? (() => {});
  const { documents, datasets, issues, timings } = records;
  const t = process.hrtime.bigint();
  if (records.large) progress(`normalise  checking the records against the schemas…`);
  // Quotes for the records with a problem: the indexes are built on the first problem, not on every build.
  let quoteByFact: Map<string, string> | undefined;
  const recordIndexes = new Map<string, Map<string, { id: string; fact_ids?: string[] }>>();
  const schemaIssues = validateDatasets(datasets, {
    quoteFor: (dataset, recordId) => {
      quoteByFact ??= new Map(datasets.facts.map((f) => [f.id, f.quote]));
      let byId = recordIndexes.get(dataset);
      if (!byId) recordIndexes.set(dataset, (byId = new Map((datasets[dataset as DatasetName] as Array<{ id: string; fact_ids?: string[] }>).map((r) => [r.id, r]))));
      const first = byId.get(recordId)?.fact_ids?.[0];
      return first ? quoteByFact.get(first) : undefined;
    },
    datasetDone: () => collectGarbageIfGrown(),
    checkpoint: () => collectGarbageIfGrown(),
    checkedBefore,
  });
  timings.normalise = (timings.normalise ?? 0) + ms(t);
  const counts = Object.fromEntries(DATASET_NAMES.map((n) => [n, datasets[n].length])) as Record<DatasetName, number>;
  const reused = checkedBefore?.size ? `; ${checkedBefore.size} unchanged records checked by the previous build` : '';
  progress(
    `normalise  ${counts.organisations} organisations, ${counts.events} events, ${counts.legal_texts} legal texts, ${counts.conflicts} conflicts; schemas checked (${timings.normalise} ms${reused})`,
  );
  const schemaErrors = schemaIssues.filter((i) => i.severity === 'error');
  if (schemaErrors.length) {
    throw new DataError('schema-violation', `${schemaErrors.length} record(s) do not match their schema; nothing was written.`, { issues: schemaIssues });
  }
  const total = Object.values(counts).reduce((n, c) => n + c, 0);
  const checkedBeforeCount = checkedBefore?.size ?? 0;
  return {
    documents,
    datasets,
    counts,
    timings,
    warnings: [...issues, ...schemaIssues].filter((i) => i.severity === 'warning'),
    validation: { records_checked: total - checkedBeforeCount, records_checked_before: checkedBeforeCount },
  };
}

/**
 * The previous build into the same output folder, as the render cache indexes it (incremental builds): its
 * chunks, this build's chunks and keys for the datasets it covers, and the records of the chunks it already wrote
 * (byte-identical records, checked by that build with the same schemas and validation code).
 */
async function previousBuild(cacheDir: string, outDir: string, datasets: Datasets) {
  const t = process.hrtime.bigint();
  const reuse = await RenderReuse.open(cacheDir, outDir);
  const plans = new Map<DatasetName, ChunkPlan>();
  const unchanged = new Set<object>();
  for (const name of DATASET_NAMES) {
    if (!reuse.covers(name)) continue;
    const sorted = sortById(datasets[name] as readonly (object & { id: string })[]);
    const plan = chunkPlan(name, sorted);
    plans.set(name, plan);
    const previous = reuse.keysOf(name);
    plan.keys.forEach((key, i) => {
      if (!previous.has(key)) return;
      for (let r = i === 0 ? 0 : plan.ends[i - 1]!; r < plan.ends[i]!; r++) unchanged.add(sorted[r]!);
    });
  }
  return { reuse, plans, unchanged, ms: ms(t) };
}

type PreviousBuild = Awaited<ReturnType<typeof previousBuild>>;

/** The memory checkpoint of the extra files (written last, every record still live): a tighter allowance. */
const extrasCheckpoint = () => collectGarbageIfGrown({ growth: EXTRAS_GROWTH_BYTES });

/** How far the heap may grow past the last collection while the extra files are made. */
const EXTRAS_GROWTH_BYTES = 64 * 1024 * 1024;

/** The chunks of a large extra file, with a memory checkpoint after each. */
function* checkpointed(chunks: Iterable<string>): Iterable<string> {
  for (const chunk of chunks) {
    yield chunk;
    extrasCheckpoint();
  }
}

/** A source as normalise takes it: merged sources have no text (their `characters` are set afterwards). */
function withText(d: SourceDocument | SourceMeta): SourceDocument {
  if ('text' in d) return d;
  const { characters: _characters, ...meta } = d;
  return { ...meta, text: '' };
}

/**
 * CHANGES.md: this build against the previous output (--out before it is replaced, else the committed dist/ if it
 * was built from some of the same sources).
 * A dataset whose previous chunks are indexed (`plans`) is compared chunk by chunk: only the records of the
 * chunks that changed are read and compared (diff/chunks.ts); if a previous file turns out not to be the one the
 * index describes, the comparison starts over without the index (every previous file read whole). Deferred
 * datasets come from the output folder, the first candidate, so nothing was reported skipped before that.
 */
async function renderChanges(datasets: Datasets, outDir: string, reuse: RenderReuse | undefined, plans: ReadonlyMap<DatasetName, ChunkPlan>, progress: (line: string) => void): Promise<string> {
  const sourceIds = new Set(datasets.sources.map((s) => s.id));
  const { baseline, skipped, unrelated } = await readBaseline(outDir, COMMITTED_DIST, (name) => plans.has(name as DatasetName), sourceIds);
  for (const s of skipped) progress(`changes    previous version not readable, skipped: ${s}`);
  if (unrelated) progress(`changes    ${unrelated} was built from other sources: CHANGES.md lists this build as a first version`);
  // (A first version lists how many records each dataset has: its records need not be read.)
  if (baseline === null) return renderFirstVersion(Object.fromEntries(DATASET_NAMES.map((name) => [name, datasets[name].length])));
  const before: Record<string, readonly DiffRecord[]> = { ...baseline.datasets };
  const after: Record<string, readonly DiffRecord[]> = {};
  const unchanged: Record<string, number> = {};
  for (const name of DATASET_NAMES) {
    const sorted = sortById(datasets[name] as readonly PlainRecord[] as readonly (PlainRecord & { id: string })[]);
    const plan = plans.get(name);
    if (plan && reuse && baseline.deferred.includes(name)) {
      try {
        const split = splitByChunks(sorted, plan, reuse.keysOf(name));
        before[name] = parseChunksJson(await reuse.previousJson(name, split.shared), `${name}.json of the previous build`);
        after[name] = fileRecordsOf(name, split.others);
        unchanged[name] = split.unchanged;
        continue;
      } catch {
        // The previous files are not what the index says after all: the whole previous version, as without it.
        return renderChanges(datasets, outDir, undefined, new Map(), progress);
      }
    }
    after[name] = fileRecordsOf(name, sorted);
  }
  return renderChangesFile(before, baseline.changes, after, changesMetaOf(baseline), unchanged);
}

/** ingest → extract → normalise → validate → package → atomic write. */
export async function runBuild(options: BuildOptions): Promise<BuildSummary> {
  const records = await buildRecords(options);
  const previous = options.cacheDir ? await previousBuild(options.cacheDir, options.outDir, records.datasets as Datasets) : undefined;
  const built = { ...checkRecords(records, options.progress, previous?.unchanged), extraction: records.extraction };
  previous?.unchanged.clear();
  collectGarbage();
  return writeBuild(built, options, previous);
}

/** package → atomic write: the end of a build and of a merge. */
async function writeBuild(
  built: ReturnType<typeof checkRecords> & { extraction?: BuildSummary['extraction'] },
  options: Pick<BuildOptions, 'outDir' | 'progress' | 'workers'>,
  /** Unchanged chunks of the dataset files come from the previous build into the same folder (incremental builds). */
  previous?: PreviousBuild,
): Promise<BuildSummary> {
  const progress = options.progress ?? (() => {});
  const t = process.hrtime.bigint();
  const extraFiles = new Map<string, string>();
  const reuse = previous?.reuse;
  // The chunks and keys of the datasets the previous build's index describes: computed once, for CHANGES.md and
  // for the files (and the checks).
  const plans = previous?.plans ?? new Map<DatasetName, ChunkPlan>();
  extraFiles.set(CHANGES_FILE, await renderChanges(built.datasets as Datasets, options.outDir, reuse, plans, progress));
  // The comparison's garbage (a list entry per record added or changed) goes before the render threads start.
  collectGarbage();
  const meta = {
    tool: { name: TOOL.name, version: TOOL.version },
    sources: built.documents.map((d) => ({ id: d.id, sha256: d.sha256 })),
  };
  const inputs = { publication: await readPublicationConfig(), evaluation: await readEvaluationSummary() };
  // The files of assembleDist, written as they are rendered (the large ones never held whole: stream.ts).
  const out = await openDirAtomic(options.outDir);
  let files;
  try {
    files = await writeDistStreamed(out, built.datasets as Datasets, meta, (core) => {
      // For reusers: catalog.jsonld (DCAT-AP), quality.json and the README with the data, from the core files.
      // The records are all still live here, and each pass over them leaves tens of MB of garbage: collected
      // after each (a tighter allowance than elsewhere), as this is where a large build's memory peaked.
      collectGarbage();
      for (const [path, content] of renderReuseFiles(built.datasets as Datasets, core, inputs, extrasCheckpoint)) extraFiles.set(path, content);
      extrasCheckpoint();
      // The preview site (site/index.html) last: it shows the other extra files (quality.json) and links to the release.
      // It embeds every record: written in chunks, never held as one string.
      const withSite = new Map<string, ExtraContent>(extraFiles);
      for (const [path, chunks] of renderSiteChunks(built.datasets as Datasets, extraFiles, { downloadBaseUrl: inputs.publication.download_base_url })) {
        withSite.set(path, () => checkpointed(chunks()));
      }
      return withSite;
    }, { workers: options.workers, progress, reuse, plans, chunkDone: () => collectGarbageIfGrown() });
  } catch (error) {
    await reuse?.close();
    await out.abort();
    throw error;
  }
  await reuse?.close();
  await out.commit();
  await reuse?.save();
  built.timings.package = ms(t) + (previous?.ms ?? 0);
  const reused = reuse && reuse.stats.reused ? `; ${reuse.stats.reused} of ${reuse.stats.reused + reuse.stats.rendered} chunks from the previous build` : '';
  progress(`package    ${files.size} files → ${options.outDir} (${built.timings.package} ms${reused})`);
  return {
    ok: true,
    out: options.outDir,
    sources: built.documents.length,
    facts: built.datasets.facts.length,
    counts: built.counts,
    files: files.size,
    warnings: built.warnings,
    timings_ms: built.timings,
    ...(built.extraction ? { extraction: built.extraction } : {}),
    ...(reuse ? { rendering: { chunks_reused: reuse.stats.reused, chunks_rendered: reuse.stats.rendered } } : {}),
    validation: built.validation,
  };
}

export interface ShardSummary {
  ok: true;
  out: string;
  shard: ShardSpec;
  sources: number;
  extracted_sources: number;
  facts: number;
  warnings: Issue[];
  timings_ms: Record<string, number>;
}

/**
 * ingest → extract one share of the sources → a partial result in `outDir` (see shard/partial.ts). Every shard
 * reads all the sources' definitions, so the acronyms known to each source are those of a whole build.
 */
export async function runShardBuild(options: BuildOptions & { shard: ShardSpec }): Promise<ShardSummary> {
  const progress = options.progress ?? (() => {});
  const timings: Record<string, number> = {};
  const ingested = await ingestSources(options, timings);
  const extracted = await extractSources(ingested.documents, options, timings);
  const t = process.hrtime.bigint();
  await writePartial(
    options.outDir,
    {
      format: 'etat-numerique-partial',
      format_version: 1,
      tool: { name: TOOL.name, version: TOOL.version },
      extract_version: EXTRACT_VERSION,
      shard: options.shard,
      sources: ingested.documents.map(sourceMeta),
      ingest_issues: ingested.issues,
      known: extracted.known,
    },
    extracted.documents,
  );
  timings.write = ms(t);
  progress(`partial    shard ${options.shard.index}/${options.shard.count}: ${extracted.documents.length} of ${ingested.documents.length} sources → ${options.outDir} (${timings.write} ms)`);
  return {
    ok: true,
    out: options.outDir,
    shard: options.shard,
    sources: ingested.documents.length,
    extracted_sources: extracted.documents.length,
    facts: extracted.facts.length,
    warnings: [...ingested.issues, ...extracted.issues].filter((i) => i.severity === 'warning'),
    timings_ms: timings,
  };
}

/** The partial results of `build --shard K/N` (all K) → normalise → validate → package → atomic write. */
export async function runMerge(options: { partials: string[]; outDir: string; progress?: (line: string) => void }): Promise<BuildSummary> {
  const progress = options.progress ?? (() => {});
  const timings: Record<string, number> = {};
  const t = process.hrtime.bigint();
  const partials = [];
  for (const dir of options.partials) partials.push({ dir, ...(await readPartial(dir)) });
  const merged = mergePartials(partials);
  partials.length = 0; // their facts are in merged.facts, which normalise consumes
  timings.read = ms(t);
  progress(`merge      ${merged.shards} shards, ${merged.sources.length} sources, ${merged.facts.length} facts (${timings.read} ms)`);
  const built = checkRecords(normaliseFacts(merged.sources, merged.facts, [...merged.ingestIssues, ...merged.extractIssues], timings, progress), progress);
  collectGarbage();
  return writeBuild(built, options);
}
