/** build-manifest.json and SHA256SUMS (pure). */
import { byteLength, sha256Hex, type FileDigest } from '../../io/hash.ts';

export interface BuildManifest {
  tool: { name: string; version: string };
  /** ISO 8601 date-time supplied by the caller; absent when none was given (never read from the clock). */
  created?: string;
  /** Source documents, sorted by id, with the sha256 of their bytes. */
  sources: { id: string; sha256: string }[];
  /** sha256 of the sorted "<sha256>  <id>" lines of `sources`: one value that changes when any source does. */
  sources_digest: string;
  /** Records per dataset, in publication order. */
  counts: Record<string, number>;
  /** Every other file of dist/ (not this manifest, not SHA256SUMS), sorted by path. */
  files: { path: string; bytes: number; sha256: string }[];
}

const byKey =
  <T>(key: (t: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

/** The manifest as a value. */
export function buildManifest(input: {
  tool: { name: string; version: string };
  created?: string;
  sources: readonly { id: string; sha256: string }[];
  counts: Record<string, number>;
  /** Contents, or digests of files already written (streamed). */
  files: ReadonlyMap<string, string | Uint8Array | FileDigest>;
}): BuildManifest {
  const sources = [...input.sources].map((s) => ({ id: s.id, sha256: s.sha256 })).sort(byKey((s) => s.id));
  const digest = sha256Hex(sources.map((s) => `${s.sha256}  ${s.id}\n`).join(''));
  const files = [...input.files.entries()]
    .map(([path, data]) => ({ path, bytes: byteLength(data), sha256: sha256Hex(data) }))
    .sort(byKey((f) => f.path));
  return {
    tool: { name: input.tool.name, version: input.tool.version },
    ...(input.created ? { created: input.created } : {}),
    sources,
    sources_digest: digest,
    counts: { ...input.counts },
    files,
  };
}

/** Renders build-manifest.json (2-space indent, trailing newline). */
export function renderBuildManifest(input: Parameters<typeof buildManifest>[0]): string {
  return `${JSON.stringify(buildManifest(input), null, 2)}\n`;
}

/** Renders SHA256SUMS: one "<sha256>  <path>" line per file (sha256sum -c format), sorted by path. */
export function renderSha256Sums(files: ReadonlyMap<string, string | Uint8Array | FileDigest>): string {
  return [...files.keys()]
    .sort()
    .map((path) => `${sha256Hex(files.get(path) as string | Uint8Array | FileDigest)}  ${path}\n`)
    .join('');
}

/** Reads SHA256SUMS text into path → sha256 (lines that do not parse are returned apart). */
export function parseSha256Sums(text: string): { sums: Map<string, string>; bad: string[] } {
  const sums = new Map<string, string>();
  const bad: string[] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (m && m[1] && m[2]) sums.set(m[2], m[1]);
    else bad.push(line);
  }
  return { sums, bad };
}
