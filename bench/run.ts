/**
 * `npm run bench`: throughput, memory and recall of the build on synthetic corpora of 1, 10 and 100 MB, against a
 * baseline measured in the same run; incremental rebuilds; sharded builds; publication at scale.
 *
 *   npm run bench                       all sizes (1, 10, 100 MB) and every check
 *   npm run bench -- --sizes 1,10       some sizes only
 *   npm run bench -- --skip incremental,shards,publish
 *
 * Corpora are generated once (seeded, deterministic) under bench-output/corpora/ and reused while the generator
 * is unchanged. Every measured run is a child process of its own (bench/child.mjs); the wall time of a run is
 * measured here, from spawning the process to its exit, like a user timing the command. Results: a table on
 * stdout and bench-output/results/<date>.json (+ latest.json).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readDirFiles } from '../pipeline/io/atomic-dir.ts';
import { REGEXP_ENGINE_FLAG } from '../pipeline/io/regexp-engine.ts';
import { writeCorpus, type PlantedFact } from './corpus.ts';
import type { RecallReport } from './recall.ts';
import { recallFromCache } from './recall-cache.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const MB = 1_000_000;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1,10,100' },
    seed: { type: 'string', default: '2024' },
    out: { type: 'string', default: 'bench-output' },
    skip: { type: 'string', default: '' },
    'incremental-docs': { type: 'string', default: '1000' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(`Usage: npm run bench [-- --sizes 1,10,100] [--seed N] [--skip incremental,shards,publish] [--out DIR]`);
  process.exit(0);
}
const sizes = String(values.sizes).split(',').map((s) => Number(s.trim())).filter((n) => n > 0);
const seed = Number(values.seed);
const outRoot = path.resolve(ROOT, String(values.out));
const skip = new Set(String(values.skip).split(',').map((s) => s.trim()).filter(Boolean));
const work = path.join(outRoot, 'work');

// ---------------------------------------------------------------------------------------------------------------
// Child processes

interface ChildResult {
  wall_ms: number;
  [key: string]: unknown;
}

/**
 * Runs bench/child.mjs (or another script) in a fresh Node process; wall time measured from spawn to exit. A
 * TypeScript script runs through tsx; the child runs as plain JavaScript, the CLI started as bin/ starts it.
 */
function runChild(script: string, args: string[]): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const loader = script.endsWith('.ts') ? ['--import', 'tsx'] : [];
    // (The regular-expression engine as the CLI runs it, for the build and the baseline alike.)
    const child = spawn(process.execPath, [REGEXP_ENGINE_FLAG, ...loader, path.join(ROOT, script), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const wall = performance.now() - t0;
      const line = out.trim().split('\n').pop() ?? '';
      try {
        resolve({ ...(JSON.parse(line) as object), wall_ms: wall, exit_code: code });
      } catch {
        reject(new Error(`${script} ${args.join(' ')} exited with ${code} and printed no result:\n${out.slice(-2000)}`));
      }
    });
  });
}

const cliRun = (...argv: string[]) => runChild('bench/child.mjs', ['cli', ...argv]);

// ---------------------------------------------------------------------------------------------------------------
// Corpora

async function generatorVersion(): Promise<string> {
  return createHash('sha256').update(await readFile(path.join(ROOT, 'bench/corpus.ts'))).digest('hex').slice(0, 12);
}

/** The corpus folder (sources/ + planted.json), generated when missing or made by another generator version. */
async function ensureCorpus(name: string, options: { seed: number; targetBytes: number; maxDocuments?: number }) {
  const dir = path.join(outRoot, 'corpora', name);
  const stampFile = path.join(dir, 'corpus.json');
  const version = await generatorVersion();
  const wanted = { generator: version, ...options, targetBytes: Number.isFinite(options.targetBytes) ? options.targetBytes : null };
  try {
    const stamp = JSON.parse(await readFile(stampFile, 'utf8')) as { wanted: unknown; bytes: number; documents: number };
    if (JSON.stringify(stamp.wanted) === JSON.stringify(wanted)) return { dir, bytes: stamp.bytes, documents: stamp.documents };
  } catch {
    // not generated yet
  }
  const t0 = performance.now();
  const totals = await writeCorpus(dir, options);
  await writeFile(stampFile, `${JSON.stringify({ wanted, ...totals }, null, 2)}\n`);
  log(`generated ${name}: ${totals.documents} documents, ${(totals.bytes / MB).toFixed(1)} MB, ${totals.planted} planted facts (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  return { dir, bytes: totals.bytes, documents: totals.documents };
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;


async function plantedOf(corpusDir: string): Promise<PlantedFact[]> {
  return (JSON.parse(await readFile(path.join(corpusDir, 'planted.json'), 'utf8')) as { planted: PlantedFact[] }).planted;
}

/** Do two folders hold the same files with the same bytes? (and which differ) */
async function sameTree(a: string, b: string): Promise<{ identical: boolean; differing: string[] }> {
  const [ta, tb] = [await readDirFiles(a), await readDirFiles(b)];
  const differing = [...new Set([...ta.keys(), ...tb.keys()])].filter((k) => !ta.get(k) || !tb.get(k) || Buffer.compare(ta.get(k)!, tb.get(k)!) !== 0);
  return { identical: differing.length === 0, differing };
}

// ---------------------------------------------------------------------------------------------------------------
// Throughput, memory and recall per size

interface StageFigure {
  stage: string;
  wall_s: number;
  mb_per_s: number;
  docs_per_s: number;
  /** RSS high-water mark of the process at the end of the stage. */
  peak_rss_mb: number;
}

interface SizeResult {
  size_mb: number;
  corpus: { bytes: number; documents: number };
  baseline: { wall_s: number; cpu_s: number; mb_per_s: number; docs_per_s: number; peak_rss_mb: number; sentences: number };
  pipeline: { wall_s: number; cpu_s: number; mb_per_s: number; docs_per_s: number; peak_rss_mb: number; stages: StageFigure[]; workers: number; facts: number };
  ratio_to_baseline: number;
  recall: RecallReport;
}

async function measureSize(sizeMb: number): Promise<SizeResult> {
  const corpus = await ensureCorpus(`${sizeMb}mb-seed${seed}`, { seed, targetBytes: sizeMb * MB });
  const sources = path.join(corpus.dir, 'sources');
  const mb = corpus.bytes / MB;
  log(`${sizeMb} MB: baseline (read + split into sentences)…`);
  const base = await runChild('bench/child.mjs', ['baseline', sources]);
  const out = path.join(work, `dist-${sizeMb}mb`);
  const cache = path.join(work, `cache-${sizeMb}mb`);
  await rm(out, { recursive: true, force: true });
  await rm(cache, { recursive: true, force: true });
  log(`${sizeMb} MB: build (fresh cache)…`);
  const run = await cliRun('build', '--sources', sources, '--out', out, '--cache-dir', cache, '--json');
  if (run.code !== 0) throw new Error(`build failed on ${sizeMb} MB:\n${(run.stderr_tail as string[]).join('\n')}`);
  const summary = run.summary as { facts: number; timings_ms: Record<string, number>; extraction?: { workers: number } };
  const stageRss = new Map((run.stages as Array<{ stage: string; rss_peak_mb: number }>).map((s) => [s.stage, s.rss_peak_mb]));
  const stages: StageFigure[] = ['ingest', 'extract', 'normalise', 'package'].map((stage) => {
    const s = (summary.timings_ms[stage] ?? 0) / 1000;
    return { stage, wall_s: round(s, 2), mb_per_s: round(mb / s), docs_per_s: round(corpus.documents / s), peak_rss_mb: round(stageRss.get(stage) ?? NaN, 0) };
  });
  log(`${sizeMb} MB: recall on planted facts…`);
  const recall = await recallFromCache(cache, await plantedOf(corpus.dir));
  await rm(out, { recursive: true, force: true });
  await rm(cache, { recursive: true, force: true });
  const baseWall = base.wall_ms / 1000;
  const wall = run.wall_ms / 1000;
  return {
    size_mb: sizeMb,
    corpus: { bytes: corpus.bytes, documents: corpus.documents },
    baseline: { wall_s: round(baseWall, 2), cpu_s: round(base.cpu_s as number, 2), mb_per_s: round(mb / baseWall), docs_per_s: round(corpus.documents / baseWall), peak_rss_mb: round(base.max_rss_mb as number, 0), sentences: base.sentences as number },
    pipeline: {
      wall_s: round(wall, 2),
      cpu_s: round(run.cpu_s as number, 2),
      mb_per_s: round(mb / wall),
      docs_per_s: round(corpus.documents / wall),
      peak_rss_mb: round(run.max_rss_mb as number, 0),
      stages,
      workers: summary.extraction?.workers ?? 0,
      facts: summary.facts,
    },
    ratio_to_baseline: round(baseWall / wall, 3),
    recall,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Incremental rebuild: edit one of N documents

async function measureIncremental() {
  const n = Number(values['incremental-docs']);
  const corpus = await ensureCorpus(`incremental-${n}docs-seed${seed}`, { seed: seed + 1, targetBytes: Infinity, maxDocuments: n });
  const sources = path.join(work, 'incremental-sources');
  await rm(sources, { recursive: true, force: true });
  await cp(path.join(corpus.dir, 'sources'), sources, { recursive: true });
  const cache = path.join(work, 'incremental-cache');
  const out = path.join(work, 'incremental-dist');
  const clean = path.join(work, 'incremental-clean');
  for (const d of [cache, out, clean]) await rm(d, { recursive: true, force: true });
  log(`incremental: full build of ${corpus.documents} documents (${(corpus.bytes / MB).toFixed(1)} MB)…`);
  const full = await cliRun('build', '--sources', sources, '--out', out, '--cache-dir', cache, '--json');
  if (full.code !== 0) throw new Error(`incremental full build failed:\n${(full.stderr_tail as string[]).join('\n')}`);
  // Edit one document (the middle one): a new dated sentence with a figure and a contact.
  const names = (await readdir(sources)).sort();
  const edited = path.join(sources, names[Math.floor(names.length / 2)]!);
  await writeFile(edited, `${await readFile(edited, 'utf8')}\nEn mars 2024, le bilan annuel a recensé 1 250 projets. Contact : bilan-2024@numerique.gouv.fr\n`);
  // CHANGES.md compares a build with the previous content of its output folder: the clean build starts from the
  // same previous output as the incremental one.
  await cp(out, clean, { recursive: true });
  log('incremental: rebuild after editing one document…');
  const inc = await cliRun('build', '--sources', sources, '--out', out, '--cache-dir', cache, '--json');
  log('incremental: clean build (--no-cache) of the edited corpus…');
  const ref = await cliRun('build', '--sources', sources, '--out', clean, '--no-cache', '--json');
  const same = await sameTree(out, clean);
  const incSummary = inc.summary as {
    extraction?: { extracted: number; from_cache: number };
    rendering?: { chunks_reused: number; chunks_rendered: number };
    timings_ms?: Record<string, number>;
  };
  for (const d of [cache, out, clean, sources]) await rm(d, { recursive: true, force: true });
  return {
    documents: corpus.documents,
    bytes: corpus.bytes,
    full_build_s: round(full.wall_ms / 1000, 2),
    incremental_build_s: round(inc.wall_ms / 1000, 2),
    clean_build_s: round(ref.wall_ms / 1000, 2),
    ratio: round(inc.wall_ms / full.wall_ms, 3),
    extracted: incSummary.extraction?.extracted ?? null,
    from_cache: incSummary.extraction?.from_cache ?? null,
    // Where the rebuild's time goes (the rest of its wall time is the process's start-up and exit).
    rebuild_stages_s: Object.fromEntries(Object.entries(incSummary.timings_ms ?? {}).map(([stage, t]) => [stage, round(t / 1000, 2)])),
    chunks_reused: incSummary.rendering?.chunks_reused ?? null,
    chunks_rendered: incSummary.rendering?.chunks_rendered ?? null,
    byte_identical_to_clean_build: same.identical,
    differing_files: same.differing,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Sharded builds: N = 1, 2, 3 against a single build

async function measureShards(sizeMb: number) {
  const corpus = await ensureCorpus(`${sizeMb}mb-seed${seed}`, { seed, targetBytes: sizeMb * MB });
  const sources = path.join(corpus.dir, 'sources');
  const single = path.join(work, 'shards-single');
  await rm(single, { recursive: true, force: true });
  log(`shards: single build of the ${sizeMb} MB corpus…`);
  const ref = await cliRun('build', '--sources', sources, '--out', single, '--no-cache', '--json');
  const results = [];
  for (const n of [1, 2, 3]) {
    const partials: string[] = [];
    const shardWalls: number[] = [];
    for (let k = 1; k <= n; k++) {
      const p = path.join(work, `shards-${n}-partial-${k}`);
      log(`shards: build --shard ${k}/${n}…`);
      const r = await cliRun('build', '--sources', sources, '--shard', `${k}/${n}`, '--out', p, '--no-cache', '--json');
      if (r.code !== 0) throw new Error(`shard ${k}/${n} failed:\n${(r.stderr_tail as string[]).join('\n')}`);
      partials.push(p);
      shardWalls.push(r.wall_ms / 1000);
    }
    const merged = path.join(work, `shards-${n}-merged`);
    await rm(merged, { recursive: true, force: true });
    const m = await cliRun('merge', ...partials, '--out', merged, '--json');
    const same = await sameTree(single, merged);
    results.push({
      shards: n,
      slowest_shard_s: round(Math.max(...shardWalls), 2),
      merge_s: round(m.wall_ms / 1000, 2),
      byte_identical: m.code === 0 && same.identical,
      differing_files: same.differing,
    });
    for (const d of [...partials, merged]) await rm(d, { recursive: true, force: true });
  }
  await rm(single, { recursive: true, force: true });
  return { size_mb: sizeMb, single_build_s: round(ref.wall_ms / 1000, 2), runs: results };
}

// ---------------------------------------------------------------------------------------------------------------
// Report

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    memory_gb: round(os.totalmem() / 1024 ** 3, 1),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    load_average_at_start: os.loadavg().map((l) => round(l, 2)),
  };
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) => `| ${r.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
  return [line(rows[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

/** The targets of issue 6, each with its measured value and whether it is met (on the largest corpus measured). */
function targetsTable(report: Parameters<typeof render>[0]): string {
  const bySize = [...report.sizes].sort((a, b) => a.size_mb - b.size_mb);
  const largest = bySize.at(-1);
  const smallest = bySize[0];
  const ten = report.sizes.find((s) => s.size_mb === 10);
  const rows = [['target', 'measured', 'met']];
  const yes = (ok: boolean) => (ok ? 'yes' : 'NO');
  if (largest) {
    const at = `${largest.size_mb} MB`;
    rows.push([`end-to-end throughput ≥ 10 MB/s (${at})`, `${largest.pipeline.mb_per_s} MB/s`, yes(largest.pipeline.mb_per_s >= 10)]);
    rows.push([`throughput ≥ 30 % of the baseline's (${at})`, `${(largest.ratio_to_baseline * 100).toFixed(1)} %`, yes(largest.ratio_to_baseline >= 0.3)]);
    rows.push([`peak RSS < 1 GB (${at})`, `${largest.pipeline.peak_rss_mb} MB`, yes(largest.pipeline.peak_rss_mb < 1024)]);
    if (ten && ten !== largest) {
      const growth = largest.pipeline.peak_rss_mb / ten.pipeline.peak_rss_mb;
      rows.push([`peak RSS growth 10 → ${at} < 5×`, `×${growth.toFixed(2)}`, yes(growth < 5)]);
    }
    if (smallest && smallest !== largest) {
      rows.push([`recall at ${at} ≥ recall at ${smallest.size_mb} MB`, `${(largest.recall.recall * 100).toFixed(1)} % vs ${(smallest.recall.recall * 100).toFixed(1)} %`, yes(largest.recall.recall >= smallest.recall.recall)]);
    }
  }
  if (report.incremental) {
    const i = report.incremental;
    rows.push([`rebuild after 1 of ${i.documents} edited < 10 % of a full build`, `${(i.ratio * 100).toFixed(1)} %`, yes(i.ratio < 0.1)]);
    rows.push(['rebuild byte-identical to a clean build', i.byte_identical_to_clean_build ? 'identical' : 'different', yes(i.byte_identical_to_clean_build)]);
  }
  if (report.shards) {
    const all = report.shards.runs.every((r) => r.byte_identical);
    rows.push([`shards + merge byte-identical (N = ${report.shards.runs.map((r) => r.shards).join(', ')})`, all ? 'identical' : 'different', yes(all)]);
  }
  return `Targets (issue 6):\n\n${table(rows)}`;
}

function render(report: { machine: ReturnType<typeof machine>; sizes: SizeResult[]; incremental?: Awaited<ReturnType<typeof measureIncremental>>; shards?: Awaited<ReturnType<typeof measureShards>>; publish?: unknown }): string {
  const out: string[] = [];
  const m = report.machine;
  out.push(`Machine: ${m.cpu}, ${m.cores} cores, ${m.memory_gb} GB, ${m.os}, Node ${m.node} (load average at start ${m.load_average_at_start.join(' ')})`, '');
  const rows = [['corpus', 'run', 'wall s', 'CPU s', 'MB/s', 'docs/s', 'peak RSS MB']];
  for (const s of report.sizes) {
    const label = `${s.size_mb} MB (${s.corpus.documents} docs)`;
    rows.push([label, 'baseline: read + split sentences', String(s.baseline.wall_s), String(s.baseline.cpu_s), String(s.baseline.mb_per_s), String(s.baseline.docs_per_s), String(s.baseline.peak_rss_mb)]);
    for (const st of s.pipeline.stages) rows.push(['', `  ${st.stage}`, String(st.wall_s), '', String(st.mb_per_s), String(st.docs_per_s), String(st.peak_rss_mb)]);
    rows.push(['', `build end to end (${s.pipeline.workers} workers)`, String(s.pipeline.wall_s), String(s.pipeline.cpu_s), String(s.pipeline.mb_per_s), String(s.pipeline.docs_per_s), String(s.pipeline.peak_rss_mb)]);
  }
  out.push(table(rows), '');
  const r2 = [['corpus', 'build / baseline throughput', 'extraction recall (planted facts)', 'facts']];
  for (const s of report.sizes) r2.push([`${s.size_mb} MB`, `${(s.ratio_to_baseline * 100).toFixed(1)} %`, `${(s.recall.recall * 100).toFixed(1)} % (${s.recall.found}/${s.recall.planted})`, String(s.pipeline.facts)]);
  out.push(table(r2));
  const ten = report.sizes.find((s) => s.size_mb === 10);
  const hundred = report.sizes.find((s) => s.size_mb === 100);
  if (ten && hundred) out.push('', `Peak RSS growth 10 MB → 100 MB: ×${round(hundred.pipeline.peak_rss_mb / ten.pipeline.peak_rss_mb, 2)}`);
  if (report.incremental) {
    const i = report.incremental;
    out.push(
      '',
      `Incremental: ${i.documents} documents (${(i.bytes / MB).toFixed(1)} MB), one edited: full build ${i.full_build_s} s, rebuild ${i.incremental_build_s} s (${(i.ratio * 100).toFixed(1)} % of the full build; ${i.extracted} extracted, ${i.from_cache} from cache); byte-identical to a clean build: ${i.byte_identical_to_clean_build ? 'yes' : `NO (${i.differing_files.join(', ')})`}`,
      `  rebuild by stage: ${Object.entries(i.rebuild_stages_s).map(([stage, t]) => `${stage} ${t} s`).join(', ')}${i.chunks_reused === null ? '' : ` (dataset files: ${i.chunks_reused} of ${i.chunks_reused + (i.chunks_rendered ?? 0)} chunks from the previous build)`}; the rest is start-up and exit`,
    );
  }
  if (report.shards) {
    const s = report.shards;
    out.push('', `Shards (${s.size_mb} MB corpus, single build ${s.single_build_s} s):`);
    for (const r of s.runs) out.push(`  N = ${r.shards}: slowest shard ${r.slowest_shard_s} s, merge ${r.merge_s} s, byte-identical to the single build: ${r.byte_identical ? 'yes' : `NO (${r.differing_files.join(', ')})`}`);
  }
  out.push('', targetsTable(report));
  if (report.publish) {
    const p = report.publish as { files: number; concurrency: number; latency_ms: number; wall_s: number; expected_s: number; ratio: number; per_file_s: number; asset: { bytes: number; peak_rss_mb: number; rss_before_mb: number; wall_s: number } };
    out.push(
      '',
      `Publication: ${p.files} files, ${p.latency_ms} ms added latency per request, concurrency ${p.concurrency}: ${p.wall_s} s vs ${p.files}/${p.concurrency} × ${p.per_file_s} s per file = ${p.expected_s} s (ratio ${p.ratio})`,
      `  ${(p.asset.bytes / MB).toFixed(0)} MB asset: peak RSS ${p.asset.peak_rss_mb} MB (${p.asset.rss_before_mb} MB before the upload), ${p.asset.wall_s} s`,
    );
  }
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------------------------

await mkdir(work, { recursive: true });
const report: Parameters<typeof render>[0] & { started: string; seed: number; generator: string } = {
  started: new Date().toISOString(),
  seed,
  generator: await generatorVersion(),
  machine: machine(),
  sizes: [],
};
for (const size of sizes) {
  report.sizes.push(await measureSize(size));
  const s = report.sizes.at(-1)!;
  log(`${size} MB: ${s.pipeline.mb_per_s} MB/s end to end, baseline ${s.baseline.mb_per_s} MB/s, peak RSS ${s.pipeline.peak_rss_mb} MB, recall ${(s.recall.recall * 100).toFixed(1)} %`);
}
if (!skip.has('incremental')) report.incremental = await measureIncremental();
if (!skip.has('shards')) report.shards = await measureShards(sizes.includes(1) ? 1 : sizes[0] ?? 1);
if (!skip.has('publish')) {
  log('publication at scale (emulators with added latency)…');
  report.publish = await runChild('bench/publish-scale.ts', []);
}
const text = render(report);
console.log(text);
await mkdir(path.join(outRoot, 'results'), { recursive: true });
const json = `${JSON.stringify(report, null, 2)}\n`;
await writeFile(path.join(outRoot, 'results', `${report.started.replace(/[:.]/g, '-')}.json`), json);
await writeFile(path.join(outRoot, 'results', 'latest.json'), json);
await writeFile(path.join(outRoot, 'results', 'latest.md'), `${text}\n`);
log(`results in ${path.relative(ROOT, path.join(outRoot, 'results'))}/latest.json`);
