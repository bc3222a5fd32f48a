/**
 * Publishes dist/ to one GitHub release per data version (via @octokit/rest). Reads the releases and assets,
 * plans with plan.ts, then: draft → upload (streamed, verified) → publish. A crash at any point leaves a draft
 * (invisible to the public) that the next run finds by its content hash and completes.
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Octokit } from '@octokit/rest';
import type { LimitFunction } from 'p-limit';
import { Readable } from 'node:stream';
import { fetch as undiciFetch, request as undiciRequest, type Dispatcher } from 'undici';
import { z } from 'zod';
import type { GithubSettings } from './config.ts';
import type { Dist, DistFile } from './dist.ts';
import { SUMS_FILE, parseBuildManifest, parseSha256Sums } from './dist.ts';
import { PublishError } from './errors.ts';
import { RetryableError, describeFailure, runBounded, withRetry, type RetryContext } from './http.ts';
import {
  assetPlanLines,
  assetProblem,
  hashOfTag,
  planReleaseAssets,
  releaseTag,
  shortHash,
  type AssetStep,
  type PlanLine,
  type PublishOptions,
  type RemoteAsset,
} from './plan.ts';
import { diffDatasets, type DatasetsDiff, type DiffRecord } from '../diff/index.ts';
import { datasetNamesOf, hasRecords, parseDatasetJson } from '../diff/parse.ts';
import { recordChangesSection, renderReleaseNotes, type ReleaseSnapshot } from './release-notes.ts';

const assetSchema = z.object({
  id: z.number(),
  name: z.string(),
  size: z.number(),
  state: z.string(),
  content_type: z.string(),
  digest: z.string().nullable().optional(),
  browser_download_url: z.string().optional(),
});

const releaseSchema = z.object({
  id: z.number(),
  tag_name: z.string(),
  name: z.string().nullable(),
  body: z.string().nullable().optional(),
  draft: z.boolean(),
  prerelease: z.boolean(),
  immutable: z.boolean().optional(),
  created_at: z.string(),
  published_at: z.string().nullable(),
  upload_url: z.string(),
  html_url: z.string(),
});

type Release = z.infer<typeof releaseSchema>;

export interface GithubContext {
  octokit: Octokit;
  settings: GithubSettings;
  retry: RetryContext;
  /** Bounds concurrent uploads and deletions. */
  limit: LimitFunction;
  log: (line: string) => void;
  now: () => Date;
}

export interface GithubOutcome {
  tag: string;
  releaseUrl: string | undefined;
  lines: PlanLine[];
  /** True when nothing had to be written. */
  unchanged: boolean;
}

/** An Octokit client whose requests go through undici with our timeouts, and which logs nothing by itself. */
/**
 * A request whose body is a Node stream (an asset upload) goes through undici's request(), which streams it at the
 * pace of the socket: undici's fetch reads a stream body ahead of the socket, and held a 500 MB asset in memory.
 * The answer is handed back to Octokit as a fetch Response.
 */
async function fetchStreamingBody(url: string, init: Record<string, unknown>, dispatcher: Dispatcher): Promise<Response> {
  const res = await undiciRequest(url, {
    method: (init.method as Dispatcher.HttpMethod | undefined) ?? 'POST',
    headers: init.headers as Record<string, string>,
    body: init.body as Readable,
    dispatcher,
    ...(init.signal ? { signal: init.signal as AbortSignal } : {}),
  });
  const headers = new Headers();
  for (const [name, value] of Object.entries(res.headers)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, v);
  }
  const noBody = res.statusCode === 204 || res.statusCode === 205 || res.statusCode === 304;
  if (noBody) await res.body.dump();
  return new Response(noBody ? null : (Readable.toWeb(res.body) as ReadableStream), { status: res.statusCode, headers });
}

export function createOctokit(settings: GithubSettings, dispatcher: Dispatcher, userAgent: string): Octokit {
  const fetchWithTimeouts = ((url: string, init: Record<string, unknown>) =>
    init.body instanceof Readable
      ? fetchStreamingBody(url, init, dispatcher)
      : undiciFetch(url, { ...init, dispatcher } as Parameters<typeof undiciFetch>[1])) as unknown as typeof fetch;
  const quiet = () => {};
  return new Octokit({
    auth: settings.token,
    baseUrl: settings.apiUrl,
    userAgent,
    // Octokit logs failed requests to the console by default; our own messages are redacted, its own are not.
    log: { debug: quiet, info: quiet, warn: quiet, error: quiet },
    request: { fetch: fetchWithTimeouts },
  });
}

function parse<T>(schema: z.ZodType<T>, data: unknown, what: string): T {
  const result = schema.safeParse(data);
  if (!result.success) {
    throw new PublishError('github-unexpected-response', `GitHub answered with ${what} of an unexpected shape.`, {
      hint: 'check that GITHUB_API_URL points at the GitHub REST API root',
    });
  }
  return result.data;
}

function nextLink(link: string | undefined): string | undefined {
  return link
    ?.split(',')
    .map((part) => /<([^>]+)>\s*;\s*rel="([^"]+)"/.exec(part))
    .find((m) => m?.[2] === 'next')?.[1];
}

function isAlreadyExists(error: unknown): boolean {
  const f = describeFailure(error);
  const errors = (f.data as { errors?: { code?: string }[] } | undefined)?.errors;
  return f.status === 422 && Array.isArray(errors) && errors.some((e) => e.code === 'already_exists');
}

/** GitHub calls, each with retries, timeouts and redacted errors. */
class GithubApi {
  constructor(private readonly ctx: GithubContext) {}

  private get repo() {
    return { owner: this.ctx.settings.owner, repo: this.ctx.settings.repo };
  }

  private async paged<T>(label: string, route: string, params: Record<string, unknown>, schema: z.ZodType<T>): Promise<T[]> {
    const out: T[] = [];
    let next: string | undefined;
    let first = true;
    while (first || next !== undefined) {
      const url = next;
      const res = await withRetry(
        label,
        () => (url === undefined ? this.ctx.octokit.request(route, { ...this.repo, ...params, per_page: 100 }) : this.ctx.octokit.request(`GET ${url}`)),
        this.ctx.retry,
      );
      out.push(...parse(z.array(schema), res.data, label));
      next = nextLink(res.headers.link);
      first = false;
    }
    return out;
  }

  listReleases(): Promise<Release[]> {
    return this.paged('list releases', 'GET /repos/{owner}/{repo}/releases', {}, releaseSchema);
  }

  listAssets(releaseId: number): Promise<RemoteAsset[]> {
    return this.paged('list release assets', 'GET /repos/{owner}/{repo}/releases/{release_id}/assets', { release_id: releaseId }, assetSchema);
  }

  async downloadAsset(assetId: number): Promise<string> {
    const res = await withRetry(
      'download asset',
      () =>
        this.ctx.octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
          ...this.repo,
          asset_id: assetId,
          headers: { accept: 'application/octet-stream' },
        }),
      this.ctx.retry,
    );
    const data: unknown = res.data;
    if (typeof data === 'string') return data;
    if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
    return JSON.stringify(data);
  }

  async deleteAsset(asset: RemoteAsset): Promise<void> {
    await withRetry(
      `delete asset ${asset.name}`,
      async () => {
        try {
          await this.ctx.octokit.rest.repos.deleteReleaseAsset({ ...this.repo, asset_id: asset.id });
        } catch (error) {
          if (describeFailure(error).status === 404) return; // an earlier attempt deleted it
          throw error;
        }
      },
      this.ctx.retry,
    );
  }

  async deleteRelease(release: Release): Promise<void> {
    await withRetry(
      `delete draft ${release.tag_name}`,
      async () => {
        try {
          await this.ctx.octokit.rest.repos.deleteRelease({ ...this.repo, release_id: release.id });
        } catch (error) {
          if (describeFailure(error).status === 404) return;
          throw error;
        }
      },
      this.ctx.retry,
    );
  }

  /** Creates a draft. Not idempotent: before a retry, and on "already exists", look for a draft that landed. */
  async createDraft(tag: string, name: string, body: string): Promise<Release> {
    const adopt = async () => (await this.listReleases()).find((r) => r.tag_name === tag);
    return withRetry(
      `create release ${tag}`,
      async (attempt) => {
        if (attempt > 0) {
          const landed = await adopt();
          if (landed) return landed;
        }
        try {
          const res = await this.ctx.octokit.rest.repos.createRelease({
            ...this.repo,
            tag_name: tag,
            name,
            body,
            draft: true,
            prerelease: false,
            ...(this.ctx.settings.targetCommitish ? { target_commitish: this.ctx.settings.targetCommitish } : {}),
          });
          return parse(releaseSchema, res.data, 'a release');
        } catch (error) {
          if (isAlreadyExists(error)) {
            const landed = await adopt();
            if (landed) return landed;
          }
          throw error;
        }
      },
      this.ctx.retry,
    );
  }

  async updateRelease(release: Release, fields: { body?: string; draft?: false }): Promise<Release> {
    const res = await withRetry(
      fields.draft === false ? `publish release ${release.tag_name}` : `update release ${release.tag_name}`,
      () =>
        this.ctx.octokit.rest.repos.updateRelease({
          ...this.repo,
          release_id: release.id,
          ...fields,
          // make_latest is a string ("true" | "false" | "legacy"), not a boolean; drafts cannot be latest.
          ...(fields.draft === false ? { make_latest: 'true' as const } : {}),
        }),
      this.ctx.retry,
    );
    return parse(releaseSchema, res.data, 'a release');
  }

  /**
   * Streams a file to the release's `upload_url` (not to `baseUrl`: Octokit's uploadReleaseAsset would go to the
   * public upload host), with an explicit content-type (else Octokit sends JSON) and content-length, then checks
   * the returned size and digest. A retry finding the name taken looks at what holds it: kept if it is our file,
   * deleted if it is a broken upload.
   */
  async uploadAsset(release: Release, file: DistFile): Promise<RemoteAsset> {
    return withRetry(
      `upload ${file.assetName}`,
      async () => {
        const data = createReadStream(file.absPath);
        try {
          const res = await this.ctx.octokit.request({
            method: 'POST',
            url: release.upload_url,
            name: file.assetName,
            data,
            headers: { 'content-type': file.mediaType, 'content-length': String(file.size) },
          });
          const asset = parse(assetSchema, res.data, 'an asset');
          const problem = assetProblem(file, asset);
          if (problem) {
            await this.deleteAsset(asset);
            throw new RetryableError(`the uploaded ${file.assetName} does not match the local file (${problem}); deleted it`);
          }
          return asset;
        } catch (error) {
          if (!isAlreadyExists(error)) throw error;
          const holder = (await this.listAssets(release.id)).find((a) => a.name === file.assetName);
          if (holder && assetProblem(file, holder) === undefined) return holder;
          if (holder) await this.deleteAsset(holder);
          throw new RetryableError(`${file.assetName} was held by an incomplete upload; deleted it`);
        } finally {
          data.destroy(); // a failed request may leave the file open
        }
      },
      this.ctx.retry,
    );
  }
}

/** What a release says about itself, from the dist about to be published. */
export function snapshotOfDist(dist: Dist, tag: string): ReleaseSnapshot {
  return {
    tag,
    counts: dist.manifest?.counts ?? {},
    files: Object.fromEntries(dist.files.filter((f) => f.path !== SUMS_FILE).map((f) => [f.path, f.sha256])),
    tool: dist.manifest?.tool,
    sourceCount: dist.manifest?.sources.length,
  };
}

async function snapshotOfRelease(api: GithubApi, release: Release, log: (line: string) => void): Promise<ReleaseSnapshot> {
  const snapshot: ReleaseSnapshot = { tag: release.tag_name, counts: {}, files: {} };
  try {
    const assets = await api.listAssets(release.id);
    const manifest = assets.find((a) => a.name === 'build-manifest.json');
    const sums = assets.find((a) => a.name === SUMS_FILE);
    if (manifest) {
      const parsed = parseBuildManifest(await api.downloadAsset(manifest.id));
      if (parsed) Object.assign(snapshot, { counts: parsed.counts, tool: parsed.tool, sourceCount: parsed.sources.length });
    }
    if (sums) snapshot.files = Object.fromEntries(parseSha256Sums(await api.downloadAsset(sums.id)).entries.map((e) => [e.path, e.sha256]));
  } catch (error) {
    // Notes without a comparison are better than no release: say so and go on.
    log(`github: could not read ${release.tag_name}'s manifest for the release notes (${error instanceof Error ? error.message : 'unknown error'})`);
  }
  return snapshot;
}

/**
 * The records added, removed and changed since the previous release, for its notes. Only the datasets whose
 * `<name>.json` hash differs are read: downloaded from the previous release, read from disk for this one.
 * undefined (and a log line) when the previous release's dataset JSON cannot be read: the notes go without it.
 */
async function recordChangesSince(api: GithubApi, release: Release, previous: ReleaseSnapshot, dist: Dist, log: (line: string) => void): Promise<DatasetsDiff | undefined> {
  try {
    const local = new Map(dist.files.filter((f) => f.kind === 'data' && f.format === 'json').map((f) => [f.path, f]));
    const hasCounts = (c: Record<string, number> | undefined) => (c && Object.keys(c).length > 0 ? c : undefined);
    const current = datasetNamesOf(hasCounts(dist.manifest?.counts), [...local.keys()]);
    const before = datasetNamesOf(hasCounts(previous.counts), Object.keys(previous.files));
    const names = [...new Set([...current.names, ...before.names])];
    const stale = names.filter((n) => local.get(`${n}.json`)?.sha256 !== previous.files[`${n}.json`] || previous.files[`${n}.json`] === undefined);
    if (stale.length === 0) return { datasets: [] };
    const assets = new Map((await api.listAssets(release.id)).map((a) => [a.name, a]));
    const oldFiles: Record<string, DiffRecord[]> = {};
    const newFiles: Record<string, DiffRecord[]> = {};
    for (const name of stale) {
      const asset = assets.get(`${name}.json`);
      if (asset) {
        const text = await api.downloadAsset(asset.id);
        if (before.fromManifest || hasRecords(text)) oldFiles[name] = parseDatasetJson(text, `${name}.json of ${release.tag_name}`);
      } else if (before.names.includes(name) && before.fromManifest) {
        throw new PublishError('github-release-asset-missing', `${release.tag_name} has no asset ${name}.json`);
      }
      const file = local.get(`${name}.json`);
      if (file) {
        const text = await readFile(file.absPath, 'utf8');
        if (current.fromManifest || hasRecords(text)) newFiles[name] = parseDatasetJson(text, file.path);
      }
    }
    return diffDatasets(oldFiles, newFiles);
  } catch (error) {
    log(`github: could not compare the records with ${release.tag_name} for the release notes (${error instanceof Error ? error.message : 'unknown error'})`);
    return undefined;
  }
}

const byCreated = (a: Release, b: Release) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.id - b.id);

/**
 * Makes the GitHub release for this dist exist, complete and published. In dry-run mode only reads.
 * Throws PublishError when GitHub refuses, or when a published immutable release is incomplete.
 */
export async function publishGithubRelease(dist: Dist, ctx: GithubContext, opts: PublishOptions): Promise<GithubOutcome> {
  const api = new GithubApi(ctx);
  const hash = shortHash(dist.versionHash);

  // Load: what GitHub holds.
  const releases = await api.listReleases();
  const same = releases.filter((r) => hashOfTag(r.tag_name) === hash).sort(byCreated);
  const current = same.find((r) => !r.draft) ?? same[0];
  const staleDrafts = same.filter((r) => r !== current && r.draft);
  const previous = releases
    .filter((r) => !r.draft && hashOfTag(r.tag_name) !== undefined && hashOfTag(r.tag_name) !== hash)
    .filter((r) => current === undefined || byCreated(r, current) < 0)
    .sort(byCreated)
    .pop();
  const tag = current?.tag_name ?? releaseTag(dist.versionHash, ctx.now());
  const assets = current ? await api.listAssets(current.id) : [];

  // Process: notes and plan.
  const previousSnapshot = previous ? await snapshotOfRelease(api, previous, ctx.log) : undefined;
  const records = previous && previousSnapshot ? await recordChangesSince(api, previous, previousSnapshot, dist, ctx.log) : undefined;
  const notes = renderReleaseNotes(snapshotOfDist(dist, tag), previousSnapshot, records ? [recordChangesSection(records)] : []);
  const steps: AssetStep[] = planReleaseAssets(dist.files, assets, { draft: current?.draft ?? true, prune: opts.prune });
  const writes = steps.filter((s) => s.action !== 'skip' && s.action !== 'keep');
  const lines: PlanLine[] = staleDrafts.map((r) => ({ target: 'github', action: 'delete', subject: `release ${r.tag_name}`, detail: 'a second draft of the same data' }));
  if (!current) lines.push({ target: 'github', action: 'create', subject: `release ${tag}`, detail: 'as a draft; published once every asset is verified' });
  else if (current.draft && (current.body ?? '') !== notes) lines.push({ target: 'github', action: 'update', subject: `release ${tag}`, detail: 'notes' });
  else if (!current.draft && writes.length === 0) lines.push({ target: 'github', action: 'skip', subject: `release ${tag}`, detail: 'published and complete' });
  lines.push(...assetPlanLines(steps));
  if (!current || current.draft) lines.push({ target: 'github', action: 'publish', subject: `release ${tag}`, detail: previous ? `after ${previous.tag_name}` : 'first release' });

  if (current && !current.draft && current.immutable === true && writes.length > 0) {
    throw new PublishError('github-release-immutable-incomplete', `Release ${tag} is published and immutable, but ${writes.length} of its assets are missing, broken or stray.`, {
      hint: 'assets of an immutable release cannot change: delete the release (its tag stays reserved) and rebuild, or publish a new data version',
    });
  }
  const unchanged = lines.every((l) => l.action === 'skip' || l.action === 'keep');
  opts.onPlan?.(lines);
  if (opts.dryRun || unchanged) return { tag, releaseUrl: current?.html_url, lines, unchanged };

  // Save: draft → assets → verify → publish.
  for (const draft of staleDrafts) await api.deleteRelease(draft);
  let release = current ?? (await api.createDraft(tag, `Data ${tag.slice(TAG_DATE_START, TAG_DATE_END)} (${hash})`, notes));
  if (current?.draft && (current.body ?? '') !== notes) release = await api.updateRelease(release, { body: notes });
  if (!current?.draft && current) ctx.log(`github: release ${tag} is published; repairing ${writes.length} asset(s) of the same data version`);

  const target = release;
  await runBounded(steps.filter((st) => st.action === 'delete'), ctx.limit, (st) => (st.action === 'delete' ? api.deleteAsset(st.asset) : Promise.resolve()));
  await runBounded(steps, ctx.limit, async (st) => {
    if (st.action === 'replace') await api.deleteAsset(st.asset);
    if (st.action === 'create' || st.action === 'replace') {
      const asset = await api.uploadAsset(target, st.file);
      ctx.log(`github: uploaded ${asset.name} (${asset.size} bytes${asset.digest ? `, ${asset.digest}` : ''})`);
    }
  });

  // The whole set is checked again before anything becomes public.
  const check = planReleaseAssets(dist.files, await api.listAssets(release.id), { draft: true, prune: false });
  const missing = check.filter((s) => s.action !== 'skip');
  if (missing.length > 0) {
    throw new PublishError('github-release-incomplete', `Release ${tag} still lacks ${missing.length} verified asset(s) after upload; it stays a draft.`, {
      hint: 'run publish again: it completes the draft',
    });
  }
  if (release.draft) release = await api.updateRelease(release, { draft: false });
  return { tag, releaseUrl: release.html_url, lines, unchanged: false };
}

const TAG_DATE_START = 'data-'.length;
const TAG_DATE_END = TAG_DATE_START + 10;
