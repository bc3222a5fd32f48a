/**
 * Runs the build stages in order: ingest → extract → normalise → validate → package, then writes dist/
 * atomically. The only place that knows the order. Data problems stop the build with a DataError carrying
 * every issue; the previous output folder is left untouched.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DataError } from './errors.ts';
import { writeDirAtomic } from './io/atomic-dir.ts';
import { datasetFilesOf, renderChangesFile } from './stages/diff/index.ts';
import { CHANGES_FILE, changesMetaOf, readBaseline } from './stages/diff/read.ts';
import { extractAll } from './stages/extract/index.ts';
import { readSources } from './stages/ingest/index.ts';
import { normalise } from './stages/normalise/index.ts';
import { assembleDist } from './stages/package/index.ts';
import { validateDatasets } from './stages/validate/index.ts';
import type { Issue } from './types/domain.ts';
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
}

const ms = (t0: bigint) => Number((process.hrtime.bigint() - t0) / 1_000_000n);

/** Builds datasets from sources (pure stages between the I/O edges). Used by the CLI and the tests. */
export async function buildDatasets(options: Pick<BuildOptions, 'sourcesDir' | 'maxBytes' | 'progress'>) {
  const progress = options.progress ?? (() => {});
  const timings: Record<string, number> = {};

  let t = process.hrtime.bigint();
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

  t = process.hrtime.bigint();
  const extracted = extractAll(documents);
  timings.extract = ms(t);
  progress(`extract    ${extracted.facts.length} facts (${timings.extract} ms)`);
  const extractErrors = extracted.issues.filter((i) => i.severity === 'error');
  if (extractErrors.length) {
    throw new DataError('extraction-failed', `${extractErrors.length} extractor failure(s); nothing was written.`, { issues: extracted.issues });
  }

  t = process.hrtime.bigint();
  const datasets = normalise(documents, extracted.facts);
  const quoteByFact = new Map(datasets.facts.map((f) => [f.id, f.quote]));
  const schemaIssues = validateDatasets(datasets, (dataset, recordId) => {
    const records = datasets[dataset as DatasetName] as Array<{ id: string; fact_ids?: string[] }>;
    const first = records.find((r) => r.id === recordId)?.fact_ids?.[0];
    return first ? quoteByFact.get(first) : undefined;
  });
  timings.normalise = ms(t);
  const counts = Object.fromEntries(DATASET_NAMES.map((n) => [n, datasets[n].length])) as Record<DatasetName, number>;
  progress(
    `normalise  ${counts.organisations} organisations, ${counts.events} events, ${counts.legal_texts} legal texts, ${counts.conflicts} conflicts; schemas checked (${timings.normalise} ms)`,
  );
  const schemaErrors = schemaIssues.filter((i) => i.severity === 'error');
  if (schemaErrors.length) {
    throw new DataError('schema-violation', `${schemaErrors.length} record(s) do not match their schema; nothing was written.`, { issues: schemaIssues });
  }
  return { documents, datasets, counts, timings, warnings: [...ingested.issues, ...extracted.issues, ...schemaIssues].filter((i) => i.severity === 'warning') };
}

/** ingest → extract → normalise → validate → package → atomic write. */
export async function runBuild(options: BuildOptions): Promise<BuildSummary> {
  const progress = options.progress ?? (() => {});
  const built = await buildDatasets(options);
  const t = process.hrtime.bigint();
  const extraFiles = new Map<string, string>();
  // CHANGES.md: this build against the previous output (--out before it is replaced, else the committed dist/).
  const { baseline, skipped } = await readBaseline(options.outDir, COMMITTED_DIST);
  for (const s of skipped) progress(`changes    previous version not readable, skipped: ${s}`);
  extraFiles.set(CHANGES_FILE, renderChangesFile(baseline?.datasets ?? null, baseline?.changes ?? null, datasetFilesOf(built.datasets as Datasets), changesMetaOf(baseline)));
  const files = assembleDist(
    built.datasets as Datasets,
    {
      tool: { name: TOOL.name, version: TOOL.version },
      sources: built.documents.map((d) => ({ id: d.id, sha256: d.sha256 })),
    },
    extraFiles,
  );
  await writeDirAtomic(options.outDir, files);
  built.timings.package = ms(t);
  progress(`package    ${files.size} files → ${options.outDir} (${built.timings.package} ms)`);
  return {
    ok: true,
    out: options.outDir,
    sources: built.documents.length,
    facts: built.datasets.facts.length,
    counts: built.counts,
    files: files.size,
    warnings: built.warnings,
    timings_ms: built.timings,
  };
}
