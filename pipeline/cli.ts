/**
 * Command line: argv → command → exit code (0 success, 1 data errors, 2 usage errors). Reads the environment
 * once and passes it down; prints progress on stderr and results on stdout.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { pathToFileURL } from 'node:url';
import { PipelineError, UsageError, DataError, formatIssue } from './errors.ts';
import { runBuild, runMerge, runShardBuild, TOOL } from './run.ts';
import { parseShardSpec } from './shard/plan.ts';

interface IO {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

const defaultIO: IO = {
  stdout: (l) => process.stdout.write(`${l}\n`),
  stderr: (l) => process.stderr.write(`${l}\n`),
};

const MAIN_HELP = `etat-numerique ${TOOL.version}: French administrative prose → open datasets (CSV, JSON, JSON-LD)

Usage: etat-numerique <command> [options]

Commands:
  build      Read the sources, extract facts, normalise and write the datasets to dist/
  merge      Finish a sharded build: combine the partial results of \`build --shard K/N\` into dist/
  validate   Re-check a dist/ folder against the JSON Schemas and its SHA256SUMS
  publish    Upload dist/ to a GitHub release and to a udata catalogue
  diff       List the records added, removed and changed between two dist folders or release tags

Options:
  -h, --help     Show help (also: etat-numerique <command> --help)
  -v, --version  Show the version

Examples:
  etat-numerique build
  etat-numerique build --sources ./my-texts --out ./my-dist --json
  etat-numerique validate dist
`;

const BUILD_HELP = `Usage: etat-numerique build [--sources DIR] [--out DIR] [--max-bytes N] [--no-cache | --cache-dir DIR]
                            [--shard K/N] [--workers N] [--json]

Reads every source text, extracts facts, merges them into datasets, validates every record against
schemas/ and writes dist/ atomically (a failed build leaves the previous dist/ untouched).

Options:
  --sources DIR    Folder of source texts (default: sources). With sources.json, the manifest lists them;
                   without one, every .txt/.md/.mdx/.html file is a source, its file name being its id
                   (README, SOURCES, LICENSE, CHANGELOG… files excepted: they describe the folder).
  --out DIR        Output folder (default: dist; with --shard, the folder of the partial result)
  --max-bytes N    Largest accepted source file in bytes (default: 10485760)
  --cache-dir DIR  Cache of incremental builds (default: .cache). A source whose bytes, metadata and
                   extractors are unchanged is not extracted again, and the parts of the dataset files whose
                   records are unchanged are copied from the previous build in --out; the output is the same
                   as without the cache.
  --no-cache       Extract and render everything (the cache is neither read nor written)
  --shard K/N      Extract only shard K of N (sources are assigned by a hash of their id) and write a partial
                   result to --out; \`etat-numerique merge\` combines the N partial results into dist/
  --workers N      Worker threads for extraction and for writing the dataset files (default for large
                   corpora: one per core to extract, one per core but this thread's to write; else 0 = this
                   thread only)
  --json           Print a machine-readable summary on stdout
  -h, --help       Show this help

Examples:
  etat-numerique build --no-cache
  etat-numerique build --shard 1/3 --out partial-1     (one job per shard, e.g. a CI matrix)
  etat-numerique merge partial-1 partial-2 partial-3 --out dist

Exit codes: 0 built, 1 data errors (every problem is listed), 2 usage errors.
`;

const MERGE_HELP = `Usage: etat-numerique merge PARTIAL... [--out DIR] [--json]

Finishes a sharded build: reads the partial results written by \`etat-numerique build --shard K/N --out DIR\`
(one folder per shard, K = 1…N), checks that they are the N shards of one build (same sources, same
extractors, every shard once), then normalises, validates and writes the datasets exactly as a build on one
machine would: the output folder is byte-identical to \`etat-numerique build\` of the same sources.

Options:
  --out DIR    Output folder (default: dist)
  --json       Print a machine-readable summary on stdout
  -h, --help   Show this help

Example:
  etat-numerique merge partial-1 partial-2 partial-3 --out dist

Exit codes: 0 built, 1 data errors (missing or mismatched shards, invalid records), 2 usage errors.
`;

const VALIDATE_HELP = `Usage: etat-numerique validate [DIR] [--json]

Re-checks a dist folder (default: dist): every record against its JSON Schema, CSV ↔ JSON agreement,
SHA256SUMS against the files, datapackage.json against the Data Package profile.

Options:
  --json       Print a machine-readable report on stdout
  -h, --help   Show this help

Exit codes: 0 valid, 1 problems found, 2 usage errors.
`;

type Options = NonNullable<ParseArgsConfig['options']>;

function parse<O extends Options>(argv: string[], options: O, allowPositionals = false) {
  try {
    const config = { args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } } as O & { help: { type: 'boolean'; short: 'h' } }, allowPositionals, strict: true as const };
    return parseArgs(config);
  } catch (cause) {
    throw new UsageError('usage', (cause as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, ''), {
      hint: 'Run with --help to see the options.',
    });
  }
}

async function buildCommand(argv: string[], io: IO): Promise<number> {
  const { values } = parse(argv, {
    sources: { type: 'string', default: 'sources' },
    out: { type: 'string', default: 'dist' },
    'max-bytes': { type: 'string' },
    'cache-dir': { type: 'string' },
    'no-cache': { type: 'boolean', default: false },
    shard: { type: 'string' },
    workers: { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  if (values.help) return io.stdout(BUILD_HELP), 0;
  if (values['no-cache'] && values['cache-dir'] !== undefined) throw new UsageError('usage', '--no-cache and --cache-dir cannot be used together.');
  let workers: number | undefined;
  if (values.workers !== undefined) {
    workers = Number(values.workers);
    if (!Number.isInteger(workers) || workers < 0 || workers > 64) {
      throw new UsageError('usage', `--workers expects a whole number from 0 to 64, got "${String(values.workers)}".`);
    }
  }
  const shard = values.shard === undefined ? undefined : parseShardSpec(String(values.shard));
  let maxBytes: number | undefined;
  if (values['max-bytes'] !== undefined) {
    maxBytes = Number(values['max-bytes']);
    if (!Number.isInteger(maxBytes) || maxBytes <= 0) {
      throw new UsageError('usage', `--max-bytes expects a positive whole number of bytes, got "${String(values['max-bytes'])}".`);
    }
  }
  const t0 = Date.now();
  const options = {
    sourcesDir: String(values.sources),
    outDir: String(values.out),
    ...(maxBytes ? { maxBytes } : {}),
    cacheDir: values['no-cache'] ? null : String(values['cache-dir'] ?? '.cache'),
    ...(workers !== undefined ? { workers } : {}),
    progress: (line: string) => io.stderr(line),
  };
  if (shard) {
    const partial = await runShardBuild({ ...options, shard });
    for (const w of partial.warnings) io.stderr(formatIssue(w));
    if (values.json) io.stdout(JSON.stringify(partial, null, 2));
    else io.stderr(`wrote shard ${shard.index}/${shard.count} (${partial.extracted_sources} of ${partial.sources} sources) to ${partial.out} in ${Date.now() - t0} ms`);
    return 0;
  }
  const summary = await runBuild(options);
  for (const w of summary.warnings) io.stderr(formatIssue(w));
  if (values.json) io.stdout(JSON.stringify(summary, null, 2));
  else io.stderr(`built ${summary.files} files in ${summary.out} from ${summary.sources} sources in ${Date.now() - t0} ms`);
  return 0;
}

async function mergeCommand(argv: string[], io: IO): Promise<number> {
  const { values, positionals } = parse(argv, { out: { type: 'string', default: 'dist' }, json: { type: 'boolean', default: false } }, true);
  if (values.help) return io.stdout(MERGE_HELP), 0;
  if (positionals.length === 0) throw new UsageError('usage', 'merge needs the partial results to combine, one folder per shard.', { hint: 'etat-numerique merge partial-1 partial-2 --out dist' });
  const t0 = Date.now();
  const summary = await runMerge({ partials: positionals, outDir: String(values.out), progress: (line) => io.stderr(line) });
  for (const w of summary.warnings) io.stderr(formatIssue(w));
  if (values.json) io.stdout(JSON.stringify(summary, null, 2));
  else io.stderr(`merged ${positionals.length} partial results into ${summary.files} files in ${summary.out} in ${Date.now() - t0} ms`);
  return 0;
}

async function validateCommand(argv: string[], io: IO): Promise<number> {
  const { values, positionals } = parse(argv, { json: { type: 'boolean', default: false } }, true);
  if (values.help) return io.stdout(VALIDATE_HELP), 0;
  if (positionals.length > 1) throw new UsageError('usage', `validate takes one folder, got ${positionals.length}: ${positionals.join(' ')}`);
  const dir = positionals[0] ?? 'dist';
  const { validateDistFolder } = await import('./stages/validate/index.ts');
  const report = await validateDistFolder(dir);
  const errors = report.issues.filter((i) => i.severity === 'error');
  if (values.json) io.stdout(JSON.stringify({ valid: errors.length === 0, dir, ...report }, null, 2));
  for (const issue of report.issues) io.stderr(formatIssue(issue));
  const checked = Object.entries(report.checked)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  io.stderr(errors.length ? `${dir}: ${errors.length} problem(s) found` : `${dir} is valid (${checked})`);
  return errors.length ? 1 : 0;
}

/** Runs the CLI; returns the exit code. Never throws. */
export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env, io: IO = defaultIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io.stdout(MAIN_HELP);
        return command === undefined ? 2 : 0;
      case '-v':
      case '--version':
        io.stdout(TOOL.version);
        return 0;
      case 'build':
        return await buildCommand(rest, io);
      case 'merge':
        return await mergeCommand(rest, io);
      case 'validate':
        return await validateCommand(rest, io);
      case 'publish': {
        const { runPublishCommand } = await import('./stages/publish/command.ts');
        return await runPublishCommand(rest, env, io);
      }
      case 'diff': {
        const { runDiffCommand } = await import('./stages/diff/command.ts');
        return await runDiffCommand(rest, env, io);
      }
      default:
        throw new UsageError('usage', `Unknown command "${command}".`, { hint: 'Commands: build, merge, validate, publish, diff. Run etat-numerique --help.' });
    }
  } catch (error) {
    return report(error, io);
  }
}

function report(error: unknown, io: IO): number {
  if (error instanceof PipelineError) {
    for (const issue of error.issues) io.stderr(formatIssue(issue));
    io.stderr(`${error.message}${error.hint ? `\nhint: ${error.hint}` : ''}`);
    if (error instanceof UsageError) return 2;
    return 1;
  }
  io.stderr(`Unexpected failure: ${(error as Error)?.stack ?? String(error)}`);
  return 1;
}

void DataError;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
