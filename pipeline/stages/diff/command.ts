/**
 * `etat-numerique diff OLD NEW`: reads two versions of the datasets (dist folders, or release tags whose assets
 * are downloaded), compares them record by record and prints the differences as text or JSON. Reads the
 * environment once; every line it prints is redacted of GITHUB_TOKEN.
 */
import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { DataError, PipelineError, UsageError, formatIssue } from '../../errors.ts';
import { createRedactor } from '../publish/http.ts';
import { diffDatasets, renderDiffJson, renderDiffText, type DatasetFiles } from './index.ts';
import { readDistDatasets, readReleaseDatasets, type GithubReadSettings } from './read.ts';

export interface DiffIO {
  stdout(line: string): void;
  stderr(line: string): void;
}

/** Test seams: waiting between retries. */
export interface DiffOverrides {
  sleep?: (ms: number) => Promise<void>;
}

export const DIFF_HELP = `Usage: etat-numerique diff OLD NEW [--json] [--repo OWNER/NAME]

Compares two versions of the datasets record by record and lists, per dataset, the records added, removed and
changed, with every changed field as old → new. Records are matched by their stable id: a reworded quote or a
renamed organisation shows as a change of the same record, not as a removal plus an addition.

OLD and NEW are dist folders written by \`etat-numerique build\` when such a folder exists; otherwise they are
tags of published GitHub releases (data-YYYY-MM-DD-<hash>), whose <name>.json assets are downloaded.

Options:
  --json              Print the differences as JSON on stdout: { from, to, summary, datasets: [{ dataset,
                      status, added: [{ id, record }], removed: [...], changed: [{ id, fields: [{ field, old,
                      new }] }], unchanged }] }; a field absent on one side has no "old" (or "new") key
  --repo OWNER/NAME   Repository of the release tags (default: GITHUB_REPOSITORY)
  -h, --help          Show this help

Environment (release tags only):
  GITHUB_REPOSITORY   owner/name, when --repo is not given
  GITHUB_API_URL      REST API root (default https://api.github.com; GitHub Enterprise: https://HOST/api/v3)
  GITHUB_TOKEN        optional for public repositories; needed for private ones (never printed)

Exit codes: 0 compared, whether or not the versions differ (read the output, or summary.changed_datasets with
--json); 1 data error (a missing folder, an unreadable dataset file, an unknown tag, GitHub unreachable);
2 usage error.

Examples:
  etat-numerique diff dist ../other-build/dist
  etat-numerique diff data-2025-01-06-0123456789ab data-2025-01-13-ba9876543210 --repo etalab/etat-numerique --json
`;

type Side = 'OLD' | 'NEW';

/** A folder-looking argument is never taken for a tag: a typo in a path is reported as a missing folder. */
const looksLikePath = (arg: string) => /[\\/]/.test(arg) || arg.startsWith('.') || arg.startsWith('~');

function usage(message: string): UsageError {
  return new UsageError('diff-usage', message, { hint: 'run `etat-numerique diff --help` to see the usage' });
}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false }, repo: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw usage((error as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, ''));
  }
}

/** The GitHub settings to read tags with, or undefined when no repository is set. UsageError when malformed. */
function githubSettings(repoFlag: string | undefined, env: NodeJS.ProcessEnv): GithubReadSettings | undefined {
  const repository = (repoFlag ?? env.GITHUB_REPOSITORY ?? '').trim();
  if (repository === '') return undefined;
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository);
  if (!m) throw usage(`${repoFlag !== undefined ? '--repo' : 'GITHUB_REPOSITORY'} is malformed: expected owner/name, e.g. etalab/etat-numerique.`);
  const apiUrl = (env.GITHUB_API_URL ?? '').trim() || 'https://api.github.com';
  if (!z.url({ protocol: /^https?$/ }).safeParse(apiUrl).success) throw usage('GITHUB_API_URL is malformed: expected an http(s) URL, default https://api.github.com.');
  const token = (env.GITHUB_TOKEN ?? '').trim();
  return { owner: m[1] as string, repo: m[2] as string, apiUrl: apiUrl.replace(/\/+$/, ''), token: token === '' ? undefined : token };
}

async function kindOf(arg: string): Promise<'folder' | 'file' | 'absent'> {
  try {
    return (await stat(arg)).isDirectory() ? 'folder' : 'file';
  } catch {
    return 'absent';
  }
}

/**
 * Runs `etat-numerique diff <argv>`; returns the exit code (0 compared, with or without differences; 1 data
 * error; 2 usage error). Never throws.
 */
export async function runDiffCommand(argv: string[], env: NodeJS.ProcessEnv, io: DiffIO, overrides: DiffOverrides = {}): Promise<number> {
  const redact = createRedactor([env.GITHUB_TOKEN, env.GITHUB_TOKEN?.trim()]);
  const out = (line: string) => io.stdout(redact(line));
  const err = (line: string) => io.stderr(redact(line));
  try {
    const { values, positionals } = parse(argv);
    if (values.help) {
      out(DIFF_HELP.trimEnd());
      return 0;
    }
    if (positionals.length !== 2) throw usage(`diff takes two versions, OLD and NEW; got ${positionals.length}${positionals.length ? `: ${positionals.join(' ')}` : ''}.`);
    const github = githubSettings(values.repo, env);
    const [oldArg, newArg] = positionals as [string, string];

    const read = async (arg: string, side: Side): Promise<DatasetFiles> => {
      const kind = await kindOf(arg);
      if (kind === 'folder') return readDistDatasets(arg);
      if (kind === 'file') throw new DataError('diff-not-a-folder', `${side} ${arg} is a file, not a dist folder.`);
      if (github === undefined || looksLikePath(arg)) {
        throw new DataError('diff-folder-missing', `${side}: folder ${arg} does not exist${github === undefined && !looksLikePath(arg) ? ', and no repository is set to read it as a release tag' : ''}.`, {
          hint: github === undefined ? 'give an existing dist folder, or a release tag with --repo OWNER/NAME (or GITHUB_REPOSITORY)' : 'give an existing dist folder',
        });
      }
      err(`diff: reading release ${arg} of ${github.owner}/${github.repo}`);
      return readReleaseDatasets(arg, github, { log: err, ...(overrides.sleep ? { sleep: overrides.sleep } : {}) });
    };

    // Load, compare, print.
    const before = await read(oldArg, 'OLD');
    const after = await read(newArg, 'NEW');
    const diff = diffDatasets(before, after);
    const labels = { from: oldArg, to: newArg };
    out((values.json ? renderDiffJson(diff, labels) : renderDiffText(diff, labels)).trimEnd());
    return 0;
  } catch (error) {
    if (error instanceof PipelineError) {
      for (const issue of error.issues) err(formatIssue(issue));
      err(`${error.code}: ${error.message}`);
      if (error.hint) err(`  hint: ${error.hint}`);
      return error instanceof UsageError ? 2 : 1;
    }
    err(`diff-unexpected-error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
