/**
 * Pure planning: compares local dist files with what GitHub and the catalogue hold, and says what to create,
 * replace, skip or delete. No I/O: the publishers fetch the remote state, call these, then apply the steps.
 */
import type { DistFile } from './dist.ts';

// ---------------------------------------------------------------------------------------------------------------
// Plan lines (what --dry-run prints, and what a real run reports)

export type Action = 'create' | 'replace' | 'skip' | 'delete' | 'keep' | 'update' | 'publish';

export interface PlanLine {
  target: 'github' | 'catalogue';
  action: Action;
  subject: string;
  detail?: string | undefined;
}

/** What both publishers take besides their context. */
export interface PublishOptions {
  dryRun: boolean;
  prune: boolean;
  /** Called with the plan before any write (and in dry-run mode, instead of any write). */
  onPlan?: (lines: PlanLine[]) => void;
}

export function renderPlanLine(line: PlanLine): string {
  return `${line.target.padEnd(9)}  ${line.action.padEnd(7)}  ${line.subject}${line.detail ? `  (${line.detail})` : ''}`;
}

/** True when the plan contains no write. */
export function isNoop(lines: readonly PlanLine[]): boolean {
  return lines.every((l) => l.action === 'skip' || l.action === 'keep');
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['kB', 'MB', 'GB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(1)} ${units[i]}`;
}

// ---------------------------------------------------------------------------------------------------------------
// GitHub release assets

/** The asset fields we rely on (GitHub REST `release-asset`). */
export interface RemoteAsset {
  id: number;
  name: string;
  size: number;
  state: string;
  content_type: string;
  digest?: string | null | undefined;
}

export type AssetStep =
  | { action: 'create'; file: DistFile }
  | { action: 'replace'; file: DistFile; asset: RemoteAsset; reason: string }
  | { action: 'skip'; file: DistFile; asset: RemoteAsset }
  | { action: 'delete'; asset: RemoteAsset; reason: string }
  | { action: 'keep'; asset: RemoteAsset; reason: string };

/**
 * Why a remote asset does not hold the local file, or undefined when it does: state must be `uploaded` (a broken
 * upload can leave `starter`/`open`), size equal, digest equal when GitHub gives one, and the media type as sent.
 */
export function assetProblem(file: DistFile, asset: RemoteAsset): string | undefined {
  if (asset.state !== 'uploaded') return `upload incomplete (state ${asset.state})`;
  if (asset.size !== file.size) return `size ${asset.size} instead of ${file.size}`;
  if (asset.digest && asset.digest !== `sha256:${file.sha256}`) return 'digest differs';
  if (asset.content_type !== file.mediaType) return `stored as ${asset.content_type}`;
  return undefined;
}

/**
 * Steps to make a release's assets equal to the dist files. Stray assets are deleted from a draft (nobody sees it
 * yet), and from a published release only with --prune.
 */
export function planReleaseAssets(files: readonly DistFile[], assets: readonly RemoteAsset[], opts: { draft: boolean; prune: boolean }): AssetStep[] {
  const byName = new Map(assets.map((a) => [a.name, a]));
  const steps: AssetStep[] = [];
  for (const file of files) {
    const asset = byName.get(file.assetName);
    if (!asset) steps.push({ action: 'create', file });
    else {
      const problem = assetProblem(file, asset);
      steps.push(problem ? { action: 'replace', file, asset, reason: problem } : { action: 'skip', file, asset });
    }
  }
  const wanted = new Set(files.map((f) => f.assetName));
  for (const asset of assets) {
    if (wanted.has(asset.name)) continue;
    if (opts.draft || opts.prune) steps.push({ action: 'delete', asset, reason: 'not in this data version' });
    else steps.push({ action: 'keep', asset, reason: 'not in this data version; --prune deletes it' });
  }
  return steps;
}

export function assetPlanLines(steps: readonly AssetStep[]): PlanLine[] {
  return steps.map((s): PlanLine => {
    switch (s.action) {
      case 'create':
        return { target: 'github', action: 'create', subject: `asset ${s.file.assetName}`, detail: formatBytes(s.file.size) };
      case 'replace':
        return { target: 'github', action: 'replace', subject: `asset ${s.file.assetName}`, detail: s.reason };
      case 'skip':
        return { target: 'github', action: 'skip', subject: `asset ${s.file.assetName}`, detail: 'same size and digest' };
      case 'delete':
      case 'keep':
        return { target: 'github', action: s.action, subject: `asset ${s.asset.name}`, detail: s.reason };
    }
  });
}

// ---------------------------------------------------------------------------------------------------------------
// GitHub release identity

export const TAG_PREFIX = 'data-';
const TAG_RE = /^data-(\d{4}-\d{2}-\d{2})-([0-9a-f]{12})$/;

/** The short content hash used in tags: first 12 hex digits of sha256(SHA256SUMS). */
export function shortHash(versionHash: string): string {
  return versionHash.slice(0, 12);
}

/** Tag of a new release: the UTC date it is first published, then the content hash (which is its identity). */
export function releaseTag(versionHash: string, now: Date): string {
  return `${TAG_PREFIX}${now.toISOString().slice(0, 10)}-${shortHash(versionHash)}`;
}

/** The content hash a tag was made from, or undefined for tags this tool did not make. */
export function hashOfTag(tag: string): string | undefined {
  return TAG_RE.exec(tag)?.[2];
}

// ---------------------------------------------------------------------------------------------------------------
// Catalogue resources

/** The resource fields we rely on (udata API v1 `Resource`). */
export interface RemoteResource {
  id: string;
  title: string;
  filetype: string;
  url: string;
  latest?: string | undefined;
  checksum: { type: string; value: string } | null;
  filesize: number | null;
  format: string | null;
  mime: string | null;
  type: string;
  description: string | null;
  schema: { name?: string | null; version?: string | null; url?: string | null } | null;
  extras: Record<string, unknown>;
}

/** What we want a resource to say, besides its file (which the server describes itself). */
export interface ResourceMetadata {
  title: string;
  description: string;
  type: 'main' | 'documentation';
  schema: { url: string } | null;
  extras: Record<string, string>;
}

/** One dist file as published to the catalogue. */
export interface CatalogueEntry {
  file: DistFile;
  /** File name sent in the upload (the server derives format, mime and title from it). */
  uploadName: string;
  /** Why uploadName differs from the asset name, when it does. */
  renamed: string | undefined;
}

export const EXTRA_FILE = 'etat-numerique:file';
export const EXTRA_SHA256 = 'etat-numerique:sha256';

/** How udata stores an uploaded file name, loosely: lower case, runs of other characters turned into `-`. */
export function normaliseFileName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9._]+/g, '-')
    .replace(/_/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The name under which a file is uploaded, given the instance's extension allow-list. `.jsonld` is not in udata's
 * default list: JSON-LD goes up as `NAME.jsonld.json` (JSON-LD is JSON; the description says it is JSON-LD).
 * SHA256SUMS (no extension) goes up as `SHA256SUMS.txt`. Undefined when nothing fits.
 */
export function catalogueEntryFor(file: DistFile, allowed: ReadonlySet<string>): CatalogueEntry | { skipped: string } {
  const ext = file.assetName.includes('.') ? (file.assetName.split('.').pop() ?? '').toLowerCase() : '';
  if (ext !== '' && allowed.has(ext)) return { file, uploadName: file.assetName, renamed: undefined };
  if (ext === 'jsonld' && allowed.has('json')) {
    return { file, uploadName: `${file.assetName}.json`, renamed: 'the catalogue does not accept .jsonld; uploaded as .json (the content is JSON-LD)' };
  }
  if ((ext === '' || ext === 'md') && allowed.has('txt')) {
    return { file, uploadName: `${file.assetName}.txt`, renamed: `the catalogue does not accept ${ext ? `.${ext}` : 'files without extension'}; uploaded as .txt` };
  }
  return { skipped: `the catalogue accepts no extension that fits ${file.assetName}` };
}

/** Finds the remote resource holding an entry: by our extras key first, then by the uploaded file name. */
export function matchResource(entry: CatalogueEntry, resources: readonly RemoteResource[], taken: ReadonlySet<string>): RemoteResource | undefined {
  const free = resources.filter((r) => !taken.has(r.id) && r.filetype === 'file');
  const byKey = free.find((r) => r.extras[EXTRA_FILE] === entry.file.assetName);
  if (byKey) return byKey;
  const wanted = normaliseFileName(entry.uploadName);
  // A resource uploaded by a run that stopped before setting its metadata has only its server-given title and URL.
  return free.find(
    (r) => r.extras[EXTRA_FILE] === undefined && (normaliseFileName(r.title) === wanted || normaliseFileName(r.url.split('/').pop() ?? '') === wanted),
  );
}

/** Why a hosted resource does not hold the local file (compared on what the server computed: sha1 and size). */
export function resourceProblem(entry: CatalogueEntry, r: RemoteResource): string | undefined {
  if (r.filesize !== entry.file.size) return `size ${r.filesize ?? 'unknown'} instead of ${entry.file.size}`;
  if (!r.checksum) return 'no checksum on the server';
  if (r.checksum.type === 'sha1' && r.checksum.value === entry.file.sha1) return undefined;
  if ((r.checksum.type === 'sha256' || r.checksum.type === 'sha2') && r.checksum.value === entry.file.sha256) return undefined;
  return 'checksum differs';
}

/** Metadata fields of `r` that differ from `want` (empty when none do). */
export function metadataChanges(want: ResourceMetadata, r: RemoteResource): string[] {
  const changes: string[] = [];
  if (r.title !== want.title) changes.push('title');
  if ((r.description ?? '') !== want.description) changes.push('description');
  if (r.type !== want.type) changes.push('type');
  if ((r.schema?.url ?? null) !== (want.schema?.url ?? null)) changes.push('schema');
  for (const [k, v] of Object.entries(want.extras)) if (r.extras[k] !== v) changes.push(`extras.${k}`);
  return changes;
}

export type ResourceStep =
  | { action: 'create'; entry: CatalogueEntry }
  | { action: 'replace'; entry: CatalogueEntry; resource: RemoteResource; reason: string }
  | { action: 'update'; entry: CatalogueEntry; resource: RemoteResource; changes: string[] }
  | { action: 'skip'; entry: CatalogueEntry; resource: RemoteResource }
  | { action: 'delete'; resource: RemoteResource; reason: string }
  | { action: 'keep'; resource: RemoteResource; reason: string };

/**
 * Steps to make the dataset's resources hold the entries. Only resources carrying our extras key are ever deleted,
 * and only with --prune; resources added by people by hand are left alone.
 */
export function planCatalogueResources(
  entries: readonly CatalogueEntry[],
  resources: readonly RemoteResource[],
  opts: { prune: boolean; metadataFor: (entry: CatalogueEntry) => ResourceMetadata },
): ResourceStep[] {
  const taken = new Set<string>();
  const steps: ResourceStep[] = [];
  for (const entry of entries) {
    const resource = matchResource(entry, resources, taken);
    if (!resource) {
      steps.push({ action: 'create', entry });
      continue;
    }
    taken.add(resource.id);
    const problem = resourceProblem(entry, resource);
    if (problem) {
      steps.push({ action: 'replace', entry, resource, reason: problem });
      continue;
    }
    const changes = metadataChanges(opts.metadataFor(entry), resource);
    steps.push(changes.length > 0 ? { action: 'update', entry, resource, changes } : { action: 'skip', entry, resource });
  }
  for (const resource of resources) {
    if (taken.has(resource.id) || typeof resource.extras[EXTRA_FILE] !== 'string') continue;
    const duplicate = entries.some((e) => e.file.assetName === resource.extras[EXTRA_FILE]);
    const reason = duplicate ? 'duplicate of another resource for the same file' : 'its file is no longer published';
    steps.push(opts.prune ? { action: 'delete', resource, reason } : { action: 'keep', resource, reason: `${reason}; --prune deletes it` });
  }
  return steps;
}

export function resourcePlanLines(steps: readonly ResourceStep[]): PlanLine[] {
  return steps.map((s): PlanLine => {
    switch (s.action) {
      case 'create':
        return { target: 'catalogue', action: 'create', subject: `resource ${s.entry.uploadName}`, detail: [formatBytes(s.entry.file.size), s.entry.renamed].filter(Boolean).join('; ') };
      case 'replace':
        return { target: 'catalogue', action: 'replace', subject: `resource ${s.entry.uploadName}`, detail: s.reason };
      case 'update':
        return { target: 'catalogue', action: 'update', subject: `resource ${s.entry.uploadName}`, detail: `metadata: ${s.changes.join(', ')}` };
      case 'skip':
        return { target: 'catalogue', action: 'skip', subject: `resource ${s.entry.uploadName}`, detail: 'same checksum' };
      case 'delete':
      case 'keep':
        return { target: 'catalogue', action: s.action, subject: `resource ${s.resource.title}`, detail: s.reason };
    }
  });
}
