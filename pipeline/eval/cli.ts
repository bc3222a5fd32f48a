/**
 * `npm run eval`: builds each evaluation set's texts with the published CLI, scores the datasets against the gold
 * annotations, prints the table (and the misses and false finds), and writes eval/results/latest.{json,md}.
 * The I/O shell of the evaluation: reading gold folders, spawning the build, writing results. The scoring is in
 * evaluate.ts (pure).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { REGEXP_ENGINE_FLAG } from '../io/regexp-engine.ts';
import { EVALUATED_DATASETS, parseBuildOutput, type EvaluatedDataset } from './build-output.ts';
import { assembleResults, evaluateSet, type EvalResults, type SetInput, type SetResult } from './evaluate.ts';
import { parseGold, type EvalNote, type GoldText } from './gold.ts';
import type { BuildDatasets } from './kinds.ts';
import { renderJson, renderMarkdown, renderText, replaceResultsBlock } from './render.ts';

/** The evaluation sets: a folder of texts and the folder of their gold annotations, relative to the repository. */
export const EVAL_SETS = [
  { name: 'sources', texts: 'sources', gold: 'eval/gold/sources' },
  { name: 'devset', texts: 'eval/texts/devset', gold: 'eval/gold/devset' },
  { name: 'written', texts: 'eval/texts/written', gold: 'eval/gold/written' },
] as const;

const HELP = `Usage: npm run eval -- [options]

Builds each evaluation set's texts (node bin/etat-numerique.js build --sources <texts> --out <tmp> --json),
scores the datasets against the gold annotations (eval/GOLD-FORMAT.md) per fact kind, prints the table and the
misses and false finds, and writes eval/results/latest.json and eval/results/latest.md.

Sets: ${EVAL_SETS.map((set) => `${set.name} (${set.texts} vs ${set.gold})`).join(', ')}.

Options:
  --set <name>        evaluate one set only: ${EVAL_SETS.map((set) => set.name).join(' or ')}
  --texts <dir>       evaluate another folder of texts (with --gold; the set is named "custom")
  --gold <dir>        the gold folder for --texts
  --from <dir>        score an existing build output folder instead of building (one set only)
  --results <dir>     where latest.json and latest.md are written (default: eval/results)
  --no-write          print only, write nothing (by default a run of every set also refreshes
                      the results block of eval/README.md)
  --json              print the JSON report instead of the table
  --verbose           list every miss and false find (default: the first 10 per kind)
  --help              show this help

Exit code: 0 when every set could be evaluated (whatever the scores), 1 when a build failed or a gold file is
invalid, 2 for a bad command line.
`;

interface SetSpec {
  name: string;
  texts: string;
  gold: string;
}

interface Options {
  sets: SetSpec[];
  from: string | null;
  results: string;
  write: boolean;
  json: boolean;
  verbose: boolean;
  /** Every set of EVAL_SETS, built from its own texts: the run that refreshes eval/README.md. */
  allSets: boolean;
}

class UsageProblem extends Error {}

function parseOptions(argv: string[]): Options | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        set: { type: 'string' },
        texts: { type: 'string' },
        gold: { type: 'string' },
        from: { type: 'string' },
        results: { type: 'string' },
        'no-write': { type: 'boolean' },
        json: { type: 'boolean' },
        verbose: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (cause) {
    throw new UsageProblem(cause instanceof Error ? cause.message : String(cause));
  }
  if (values.help) return 'help';
  let sets: SetSpec[];
  if (values.texts !== undefined || values.gold !== undefined) {
    if (values.texts === undefined || values.gold === undefined)
      throw new UsageProblem('--texts and --gold go together');
    if (values.set !== undefined) throw new UsageProblem('--set cannot be combined with --texts/--gold');
    sets = [{ name: 'custom', texts: values.texts, gold: values.gold }];
  } else if (values.set !== undefined) {
    const set = EVAL_SETS.find((candidate) => candidate.name === values.set);
    if (set === undefined) {
      throw new UsageProblem(
        `unknown set « ${values.set} »; the sets are ${EVAL_SETS.map((candidate) => candidate.name).join(', ')}`,
      );
    }
    sets = [set];
  } else {
    sets = [...EVAL_SETS];
  }
  if (values.from !== undefined && sets.length !== 1) {
    throw new UsageProblem('--from scores one build: choose the set with --set (or --texts/--gold)');
  }
  return {
    sets,
    from: values.from ?? null,
    results: values.results ?? 'eval/results',
    write: values['no-write'] !== true,
    json: values.json === true,
    verbose: values.verbose === true,
    allSets: values.set === undefined && values.texts === undefined && values.from === undefined,
  };
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function shown(absolute: string): string {
  const relative = path.relative(ROOT, absolute);
  return relative === '' ? '.' : relative.startsWith('..') ? absolute : relative.split(path.sep).join('/');
}

async function isDirectory(folder: string): Promise<boolean> {
  try {
    return (await stat(folder)).isDirectory();
  } catch {
    return false;
  }
}

/** Reads and parses the *.json files of a gold folder, in name order. */
async function readGoldFolder(folder: string): Promise<{ gold: GoldText[]; files: number; notes: EvalNote[] } | null> {
  if (!(await isDirectory(folder))) return null;
  const names = (await readdir(folder)).filter((name) => name.endsWith('.json')).sort();
  const gold: GoldText[] = [];
  const notes: EvalNote[] = [];
  for (const name of names) {
    const parsed = parseGold(name, await readFile(path.join(folder, name), 'utf8'));
    notes.push(...parsed.notes);
    if (parsed.gold !== null) gold.push({ path: name, gold: parsed.gold });
  }
  return { gold, files: names.length, notes };
}

/** Runs the published CLI's build, as a user would. */
function runBuild(texts: string, out: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [REGEXP_ENGINE_FLAG, path.join(ROOT, 'bin/etat-numerique.js'), 'build', '--sources', texts, '--out', out, '--json'],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error) => resolve({ code: -1, stdout: '', stderr: error.message }));
    child.on('close', (code) =>
      resolve({
        code: code ?? -1,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      }),
    );
  });
}

async function readBuildOutput(folder: string): Promise<{ datasets: BuildDatasets; notes: EvalNote[] }> {
  const files = {} as Record<EvaluatedDataset, string | undefined>;
  for (const name of EVALUATED_DATASETS) {
    const file = path.join(folder, `${name}.json`);
    files[name] = existsSync(file) ? await readFile(file, 'utf8') : undefined;
  }
  return parseBuildOutput(files);
}

/** The built texts' contents, by source id (a text that cannot be read is left out). */
async function readContents(texts: string, datasets: BuildDatasets): Promise<Map<string, string>> {
  const contents = new Map<string, string>();
  for (const source of datasets.sources) {
    if (typeof source.file !== 'string') continue;
    const file = path.resolve(texts, source.file);
    if (!file.startsWith(texts + path.sep) || !existsSync(file)) continue;
    contents.set(source.id, await readFile(file, 'utf8'));
  }
  return contents;
}

function tail(text: string, lines: number): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/** Reads the gold, builds the texts (or reads --from), and scores one set. */
async function runSet(spec: SetSpec, from: string | null): Promise<SetResult> {
  const texts = path.resolve(ROOT, spec.texts);
  const goldFolder = path.resolve(ROOT, spec.gold);
  const base = { name: spec.name, texts_folder: shown(texts), gold_folder: shown(goldFolder) };
  const read = await readGoldFolder(goldFolder);
  if (read === null || read.files === 0) {
    return evaluateSet({
      ...base,
      status: 'no-gold',
      gold: [],
      gold_files: 0,
      datasets: null,
      notes: [
        {
          code: 'set-without-gold',
          severity: 'info',
          message: `${base.gold_folder} ${read === null ? 'does not exist' : 'has no .json file'}: nothing to score for « ${spec.name} » yet; annotate its texts following eval/GOLD-FORMAT.md`,
        },
      ],
    });
  }
  const input: SetInput = {
    ...base,
    status: 'scored',
    gold: read.gold,
    gold_files: read.files,
    datasets: null,
    notes: [...read.notes],
  };
  if (from !== null) {
    const output = await readBuildOutput(path.resolve(from));
    return evaluateSet({
      ...input,
      datasets: output.datasets,
      notes: [...input.notes, ...output.notes],
      contents: await readContents(texts, output.datasets),
    });
  }
  if (!(await isDirectory(texts))) {
    return evaluateSet({
      ...input,
      status: 'no-texts',
      notes: [
        ...input.notes,
        {
          code: 'set-without-texts',
          severity: 'error',
          message: `${base.texts_folder} does not exist: the gold of « ${spec.name} » cannot be scored`,
        },
      ],
    });
  }
  const work = await mkdtemp(path.join(tmpdir(), `etat-numerique-eval-${spec.name}-`));
  try {
    const out = path.join(work, 'out');
    const build = await runBuild(texts, out);
    if (build.code !== 0) {
      return evaluateSet({
        ...input,
        status: 'build-failed',
        notes: [
          ...input.notes,
          {
            code: 'build-failed',
            severity: 'error',
            message: `node bin/etat-numerique.js build --sources ${base.texts_folder} exited with ${build.code}; its last output:\n${tail(build.stderr || build.stdout, 15)}`,
          },
        ],
      });
    }
    const output = await readBuildOutput(out);
    return evaluateSet({
      ...input,
      datasets: output.datasets,
      notes: [...input.notes, ...output.notes],
      contents: await readContents(texts, output.datasets),
    });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function currentCommit(): string | null {
  const result = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  const commit = result.status === 0 ? result.stdout.trim() : '';
  return /^[0-9a-f]{40}$/u.test(commit) ? commit : null;
}

/** Refreshes the results block of eval/README.md and of the project README (between their markers). */
async function updateReadme(markdown: string): Promise<void> {
  for (const readme of [path.join(ROOT, 'eval/README.md'), path.join(ROOT, 'README.md')]) {
    if (!existsSync(readme)) continue;
    const current = await readFile(readme, 'utf8');
    const updated = replaceResultsBlock(current, markdown);
    if (updated !== null && updated !== current) await writeAtomically(readme, updated);
  }
}

async function writeAtomically(file: string, content: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, content, 'utf8');
  await rename(temporary, file);
}

/** Runs the evaluation; returns the exit code. */
export async function main(
  argv: string[],
  io: { stdout: (text: string) => void; stderr: (text: string) => void } = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  },
): Promise<number> {
  let options: Options | 'help';
  try {
    options = parseOptions(argv);
  } catch (problem) {
    if (!(problem instanceof UsageProblem)) throw problem;
    io.stderr(`etat-numerique eval: ${problem.message} (npm run eval -- --help lists the options)\n`);
    return 2;
  }
  if (options === 'help') {
    io.stdout(HELP);
    return 0;
  }
  const sets: SetResult[] = [];
  for (const spec of options.sets) sets.push(await runSet(spec, options.from));
  const results: EvalResults = assembleResults(sets, currentCommit());
  if (options.write) {
    const folder = path.resolve(ROOT, options.results);
    await mkdir(folder, { recursive: true });
    await writeAtomically(path.join(folder, 'latest.json'), renderJson(results));
    await writeAtomically(path.join(folder, 'latest.md'), renderMarkdown(results));
    if (options.allSets) await updateReadme(renderMarkdown(results));
  }
  io.stdout(options.json ? renderJson(results) : renderText(results, { verbose: options.verbose }));
  const failed = sets.some(
    (set) =>
      set.status === 'build-failed' || set.status === 'no-texts' || set.notes.some((note) => note.severity === 'error'),
  );
  return failed ? 1 : 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
