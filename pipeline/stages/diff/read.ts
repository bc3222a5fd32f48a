/**
 * Diff stage, I/O edge: reads the datasets of a dist folder (`<name>.json`), of a GitHub release (its `<name>.json`
 * assets, through the publish stage's Octokit client with timeouts, retries and redaction), and the baseline of
 * a build (the previous output folder, for CHANGES.md). Writes nothing.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Octokit } from '@octokit/rest';
import { z } from 'zod';
import { DataError } from '../../errors.ts';
import { sha256Hex } from '../../io/hash.ts';
import { parseBuildManifest } from '../publish/dist.ts';
import { PublishError } from '../publish/errors.ts';
import type { RetryContext, RetryPolicy } from '../publish/http.ts';
import type { ChangesMeta, DatasetFiles, DiffRecord } from './index.ts';
import { datasetNamesOf, hasRecords, parseDatasetJson } from './parse.ts';

export const MANIFEST_FILE = 'build-manifest.json';
export const CHANGES_FILE = 'CHANGES.md';
const SUMS_FILE = 'SHA256SUMS';

/** Dataset names of a version from its manifest text (DataError naming `where` when unreadable) or its files. */
function datasetNames(manifestText: string | undefined, where: string, fileNames: readonly string[]): { names: string[]; fromManifest: boolean } {
  if (manifestText === undefined) return datasetNamesOf(undefined, fileNames);
  const manifest = parseBuildManifest(manifestText);
  if (manifest === undefined) {
    throw new DataError('diff-manifest-unreadable', `${where} is not a readable build manifest (JSON with "counts").`, {
      hint: 'rebuild the folder with etat-numerique build, or remove the broken manifest',
    });
  }
  // A manifest without counts (older or hand-made) says nothing about the datasets: look at the files.
  return datasetNamesOf(Object.keys(manifest.counts).length > 0 ? manifest.counts : undefined, fileNames);
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new DataError('diff-file-unreadable', `Could not read ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
}

/**
 * Reads the datasets of a dist folder: the datasets named by build-manifest.json (each `<name>.json` must be
 * there), or without a manifest every top-level `<name>.json` holding a `records` array. Throws DataError naming
 * the folder or file when the folder is missing or a file is unreadable.
 */
export async function readDistDatasets(dir: string, defer: (name: string) => boolean = () => false): Promise<DatasetFiles> {
  let entries: string[];
  try {
    if (!(await stat(dir)).isDirectory()) throw new DataError('diff-not-a-folder', `${dir} is a file, not a dist folder.`);
    entries = await readdir(dir);
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new DataError('diff-folder-missing', `Folder ${dir} does not exist (or cannot be read).`, {
      hint: 'give two dist folders written by etat-numerique build, or two release tags',
    });
  }
  const { names, fromManifest } = datasetNames(await readIfExists(path.join(dir, MANIFEST_FILE)), path.join(dir, MANIFEST_FILE), entries);
  const out: Record<string, DiffRecord[]> = {};
  for (const name of names) {
    if (defer(name)) continue;
    const file = path.join(dir, `${name}.json`);
    const text = await readIfExists(file);
    if (text === undefined) {
      throw new DataError('diff-dataset-missing', `${file} is missing, but ${path.join(dir, MANIFEST_FILE)} lists the dataset "${name}".`);
    }
    if (!fromManifest && !hasRecords(text)) continue; // some other JSON file (no manifest to tell)
    out[name] = parseDatasetJson(text, file);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Baseline of a build (CHANGES.md)

/** The previous version a build compares itself with. */
export interface Baseline {
  dir: string;
  datasets: DatasetFiles;
  /** Datasets it has but whose records were not read: the caller knows them otherwise (run.ts, from the chunks). */
  deferred: string[];
  /** Its own CHANGES.md, when it has one. */
  changes: string | null;
  /** sha256 of its SHA256SUMS (the data version; a release tag ends with its first 12 characters), when it has one. */
  version: string | null;
}

/**
 * Reads the baseline of a build: the output folder as it is before the build replaces it, else `fallbackDir`
 * (the repository's committed dist/). A folder counts only when it holds build-manifest.json (a folder written by
 * build); an unreadable one is skipped, with the reason in `skipped`. `baseline` is null when neither qualifies.
 * With `sourceIds` (this build's sources), the fallback counts only when it was built from some of them: a build
 * of another corpus is no earlier version of this one (`unrelated` names it then).
 */
export async function readBaseline(
  outDir: string,
  fallbackDir: string,
  /** Datasets of the output folder (`outDir` only) not to read: the caller knows their records otherwise. */
  defer: (name: string) => boolean = () => false,
  sourceIds?: ReadonlySet<string>,
): Promise<{ baseline: Baseline | null; skipped: string[]; unrelated?: string }> {
  const skipped: string[] = [];
  const out = path.resolve(outDir);
  const candidates = [...new Set([out, path.resolve(fallbackDir)])];
  for (const dir of candidates) {
    const manifest = await readIfExists(path.join(dir, MANIFEST_FILE)).catch(() => undefined);
    if (manifest === undefined) continue;
    const built = sourceIds && dir !== out ? parseBuildManifest(manifest)?.sources : undefined;
    if (built?.length && !built.some((s) => sourceIds!.has(s.id))) return { baseline: null, skipped, unrelated: dir };
    try {
      const deferred: string[] = [];
      const datasets = await readDistDatasets(dir, (name) => dir === out && defer(name) && deferred.push(name) > 0);
      const changes = (await readIfExists(path.join(dir, CHANGES_FILE))) ?? null;
      const sums = await readIfExists(path.join(dir, SUMS_FILE));
      return { baseline: { dir, datasets, deferred, changes, version: sums === undefined ? null : sha256Hex(sums) }, skipped };
    } catch (error) {
      skipped.push(`${dir}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { baseline: null, skipped };
}

// ---------------------------------------------------------------------------------------------------------------
// Releases

/** Where to read releases. The token is optional: public repositories can be read anonymously. */
export interface GithubReadSettings {
  owner: string;
  repo: string;
  /** REST API root without trailing slash (GITHUB_API_URL), e.g. https://api.github.com. */
  apiUrl: string;
  token: string | undefined;
}

/** Test seams and tuning; the defaults suit a terminal. */
export interface ReleaseReadOptions {
  log?: (line: string) => void;
  sleep?: (ms: number) => Promise<void>;
  timeoutMs?: number;
  retry?: RetryPolicy;
}

const DEFAULT_RETRY: RetryPolicy = { maxRetries: 3, baseDelayMs: 500, maxDelayMs: 5_000, budgetMs: 30_000 };
const USER_AGENT = 'etat-numerique-diff/0.1';

const releaseSchema = z.object({ id: z.number(), tag_name: z.string(), draft: z.boolean().optional() });
const assetSchema = z.object({ id: z.number(), name: z.string(), state: z.string().optional() });

function nextLink(link: string | undefined): string | undefined {
  return link
    ?.split(',')
    .map((part) => /<([^>]+)>\s*;\s*rel="([^"]+)"/.exec(part))
    .find((m) => m?.[2] === 'next')?.[1];
}

function shape<T>(schema: z.ZodType<T>, data: unknown, what: string): T {
  const result = schema.safeParse(data);
  if (!result.success) {
    throw new PublishError('github-unexpected-response', `GitHub answered with ${what} of an unexpected shape.`, {
      hint: 'check that GITHUB_API_URL points at the GitHub REST API root',
    });
  }
  return result.data;
}

function textOf(data: unknown): string {
  if (typeof data === 'string') return data;
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
  return JSON.stringify(data);
}

/**
 * Reads the datasets of a published release: finds it by tag, lists its assets, downloads build-manifest.json
 * for the dataset names and then each `<name>.json` (without a manifest: every `<name>.json` asset holding
 * records). Throws DataError `diff-release-not-found` naming the tag and repository when there is no published
 * release with that tag; other failures are redacted PublishErrors.
 */
export async function readReleaseDatasets(tag: string, settings: GithubReadSettings, options: ReleaseReadOptions = {}): Promise<DatasetFiles> {
  // Loaded here, not at the top: a build reads baselines through this module and needs no HTTP client.
  const { createDispatcher, createRedactor } = await import('../publish/http.ts');
  const { createOctokit } = await import('../publish/github-release.ts');
  const redact = createRedactor([settings.token]);
  const retry: RetryContext = {
    policy: options.retry ?? DEFAULT_RETRY,
    sleep: options.sleep ?? ((ms) => new Promise<void>((resolve) => setTimeout(resolve, ms))),
    now: Date.now,
    random: Math.random,
    log: (line) => options.log?.(redact(line)),
    redact,
    service: 'github',
  };
  const dispatcher = createDispatcher(options.timeoutMs ?? 30_000, 4);
  try {
    const octokit = createOctokit({ ...settings, token: settings.token ?? '', targetCommitish: undefined }, dispatcher, USER_AGENT);
    return await readRelease(octokit, tag, settings, retry);
  } finally {
    await dispatcher.close().catch(() => undefined);
  }
}

async function readRelease(octokit: Octokit, tag: string, settings: GithubReadSettings, retry: RetryContext): Promise<DatasetFiles> {
  const { withRetry } = await import('../publish/http.ts');
  const repo = { owner: settings.owner, repo: settings.repo };
  const full = `${settings.owner}/${settings.repo}`;
  let release: z.infer<typeof releaseSchema>;
  try {
    const res = await withRetry(`read release ${tag}`, () => octokit.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', { ...repo, tag }), retry);
    release = shape(releaseSchema, res.data, 'a release');
  } catch (error) {
    if (error instanceof PublishError && error.status === 404) {
      throw new DataError('diff-release-not-found', `No published release tagged "${tag}" in ${full} (and no folder named "${tag}").`, {
        hint: `check the tag (etat-numerique tags look like data-YYYY-MM-DD-<hash>), the repository (--repo or GITHUB_REPOSITORY), and GITHUB_TOKEN for a private repository; drafts cannot be read by tag`,
      });
    }
    throw error;
  }

  const assets: z.infer<typeof assetSchema>[] = [];
  for (let url: string | undefined, first = true; first || url !== undefined; first = false) {
    const next = url;
    const res = await withRetry(
      `list the assets of ${tag}`,
      () => (next === undefined ? octokit.request('GET /repos/{owner}/{repo}/releases/{release_id}/assets', { ...repo, release_id: release.id, per_page: 100 }) : octokit.request(`GET ${next}`)),
      retry,
    );
    assets.push(...shape(z.array(assetSchema), res.data, 'a list of assets'));
    url = nextLink(res.headers.link);
  }
  const byName = new Map(assets.filter((a) => a.state === undefined || a.state === 'uploaded').map((a) => [a.name, a]));
  const download = async (name: string): Promise<string | undefined> => {
    const asset = byName.get(name);
    if (asset === undefined) return undefined;
    const res = await withRetry(
      `download ${name} of ${tag}`,
      () => octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', { ...repo, asset_id: asset.id, headers: { accept: 'application/octet-stream' } }),
      retry,
    );
    return textOf(res.data);
  };

  const { names, fromManifest } = datasetNames(await download(MANIFEST_FILE), `${MANIFEST_FILE} of release ${tag}`, [...byName.keys()]);
  const out: Record<string, DiffRecord[]> = {};
  for (const name of names) {
    const text = await download(`${name}.json`);
    if (text === undefined) {
      throw new DataError('diff-dataset-missing', `Release ${tag} of ${full} has no asset ${name}.json, but its build manifest lists the dataset "${name}".`);
    }
    if (!fromManifest && !hasRecords(text)) continue;
    out[name] = parseDatasetJson(text, `${name}.json of release ${tag}`);
  }
  return out;
}

/** Labels of CHANGES.md for a baseline: its data version (a release tag ends with it) → this version. */
export function changesMetaOf(baseline: Baseline | null): ChangesMeta {
  return { from: baseline?.version ? `data version \`${baseline.version.slice(0, 12)}\`` : 'the previous version', to: 'this version' };
}
