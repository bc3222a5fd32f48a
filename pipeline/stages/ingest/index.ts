/**
 * Ingest stage: reads the sources folder (texts + sources.json) → SourceDocument[] and issues.
 *
 * This file is the I/O shell: it lists the folder, resolves symbolic links, reads bytes and hashes them; every
 * decision is taken by the pure functions it calls (manifest.ts, assemble.ts, bytes.ts, front-matter.ts).
 *
 * Text policy: the text is the file's bytes decoded as UTF-8, minus a leading UTF-8 byte order mark (reported
 * as an info issue). Nothing else is changed: CRLF line endings, NFD accents and trailing spaces are kept, so
 * every offset a later stage computes points into the text exactly as read, and `sha256` (of the raw bytes)
 * identifies the input.
 */
import { createHash } from 'node:crypto';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { PipelineError, UsageError } from '../../errors.ts';
import type { Issue, SourceDocument } from '../../types/domain.ts';
import {
  buildDocument,
  candidatesFromListing,
  candidatesFromManifest,
  dropDuplicateIds,
  sortDocuments,
  unlistedFiles,
  type SourceCandidate,
} from './assemble.ts';
import { checkSourceBytes, DEFAULT_LIMITS, tooLargeIssue, type SourceLimits } from './bytes.ts';
import { describeSource, ingestIssue, sourceLocation } from './issues.ts';
import { parseManifest } from './manifest.ts';
import { nodeSourceFs, type SourceFs } from './node-fs.ts';
import { compareCodeUnits, isTextSourceName, MANIFEST_NAMES, TEXT_EXTENSIONS_LISTED } from './paths.ts';

export { checkSourceBytes, findInvalidUtf8, DEFAULT_MAX_BYTES, type SourceLimits } from './bytes.ts';
export { parseFrontMatter, parseFrontMatterDate, firstHeading, isSourceDate } from './front-matter.ts';
export {
  parseManifest,
  SourceEntrySchema,
  SourcesManifestSchema,
  type SourceEntry,
  type SourcesManifest,
} from './manifest.ts';
export { slugifyId, checkRelativePath, isTextSourceName } from './paths.ts';
export { INGEST_ISSUES, type IngestIssueCode } from './issues.ts';
export type { SourceFs } from './node-fs.ts';

export interface ReadSourcesOptions {
  /** Largest accepted file, in bytes (default 10 MB). Larger files are reported, not read. */
  maxBytes?: number;
  /** Share of control characters above which a file is taken for binary (default 0.05). */
  maxControlRatio?: number;
  /** File-system access (default: node:fs). */
  fs?: SourceFs;
}

export interface ReadSourcesResult {
  /** The readable sources, sorted by id. */
  documents: SourceDocument[];
  /** Every problem found, in a stable order; the caller decides whether errors stop the build. */
  issues: Issue[];
}

/**
 * Reads the sources in `dir`. With `sources.json` (or `manifest.json`) the manifest lists the sources;
 * without one, every .txt/.md/.markdown/.mdx/.html/.htm/.eml/.vtt/.ics file under `dir` (recursively; hidden files and files about the folder,
 * README, SOURCES, LICENSE, CHANGELOG…, excepted) is
 * a source whose id is its slugified file name. Data problems are returned as issues, all of them; only a
 * real failure (e.g. a permission error) throws a PipelineError naming the path.
 */
export async function readSources(dir: string, options: ReadSourcesOptions = {}): Promise<ReadSourcesResult> {
  const fs = options.fs ?? nodeSourceFs;
  const limits = resolveLimits(options);
  const issues: Issue[] = [];

  // Load inputs: the folder, its listing, the manifest.
  const root = resolve(dir);
  const rootStats = await tryIo(() => fs.stat(root), root, 'read the sources folder');
  if (rootStats === null || !rootStats.isDirectory()) {
    const why = rootStats === null ? 'does not exist' : 'is not a folder';
    const message = `Sources folder "${dir}" ${why}; expected a folder holding the source texts (and optionally sources.json).`;
    return { documents: [], issues: [ingestIssue('sources-folder-missing', message, { file: dir })] };
  }
  const rootReal = (await tryIo(() => fs.realpath(root), root, 'resolve the sources folder')) ?? root;
  const listing = await listTextFiles(fs, rootReal);
  const manifestName = await findManifest(fs, rootReal, issues);

  // Process: decide which files are sources.
  let candidates: SourceCandidate[];
  let listedFiles: string[] = [];
  if (manifestName !== null) {
    const bytes = await tryIo(() => fs.readFile(join(rootReal, manifestName)), join(rootReal, manifestName), 'read');
    const parsed = parseManifest(decodeManifest(bytes ?? new Uint8Array(), manifestName, issues), manifestName);
    issues.push(...parsed.issues);
    listedFiles = parsed.files;
    const fromManifest = candidatesFromManifest(parsed.entries, manifestName);
    issues.push(...fromManifest.issues);
    candidates = fromManifest.candidates;
    if (parsed.readable && parsed.entries.length === 0 && !parsed.issues.some((i) => i.severity === 'error')) {
      issues.push(
        ingestIssue(
          'no-sources',
          `Manifest ${manifestName} lists no sources; expected at least one entry in "sources".`,
          { file: manifestName, pointer: '/sources' },
        ),
      );
    }
  } else {
    issues.push(...listing.linkIssues);
    const fromListing = candidatesFromListing(listing.files);
    issues.push(...fromListing.issues);
    candidates = fromListing.candidates;
    if (listing.files.length === 0) {
      issues.push(
        ingestIssue(
          'no-sources',
          `Sources folder "${dir}" has no text files and no manifest; expected ${TEXT_EXTENSIONS_LISTED} files, or a sources.json listing them.`,
          { file: dir },
        ),
      );
    }
  }
  const unique = dropDuplicateIds(candidates);
  issues.push(...unique.issues);

  // Read and check each source, in manifest (or path) order.
  // Files are read a few dozen ahead of the one being checked: one at a time, a corpus of thousands of small files
  // spent most of its ingest waiting for the file system (stat, realpath, open, read, close per file).
  const documents: SourceDocument[] = [];
  const reads: Array<ReturnType<typeof readCandidate> | undefined> = [];
  const readAhead = (k: number) => {
    for (let i = reads.length; i < Math.min(unique.candidates.length, k + READ_AHEAD); i++) {
      const read = readCandidate(fs, rootReal, unique.candidates[i]!, limits);
      read.catch(() => undefined); // a failure is thrown when its turn comes, not as an unhandled rejection meanwhile
      reads.push(read);
    }
  };
  for (const [k, candidate] of unique.candidates.entries()) {
    readAhead(k);
    const loaded = await reads[k]!;
    reads[k] = undefined;
    issues.push(...loaded.issues);
    if (loaded.bytes === null) continue;
    const checked = checkSourceBytes(loaded.bytes, candidate.ref, limits);
    issues.push(...checked.issues);
    if (checked.text === null) continue;
    const built = buildDocument(candidate, checked.text, sha256Hex(loaded.bytes));
    issues.push(...built.issues);
    documents.push(built.document);
  }
  if (manifestName !== null) issues.push(...unlistedFiles(listedFiles, listing.files, manifestName));

  return { documents: sortDocuments(documents), issues };
}

/** Files read ahead of the one being checked. */
const READ_AHEAD = 32;

function resolveLimits(options: ReadSourcesOptions): SourceLimits {
  const limits: SourceLimits = {
    maxBytes: options.maxBytes ?? DEFAULT_LIMITS.maxBytes,
    maxControlRatio: options.maxControlRatio ?? DEFAULT_LIMITS.maxControlRatio,
  };
  if (!Number.isFinite(limits.maxBytes) || limits.maxBytes < 0) {
    throw new UsageError('ingest-invalid-option', `maxBytes must be a number of bytes ≥ 0, got ${options.maxBytes}.`);
  }
  if (!(limits.maxControlRatio >= 0 && limits.maxControlRatio <= 1)) {
    throw new UsageError(
      'ingest-invalid-option',
      `maxControlRatio must be between 0 and 1, got ${options.maxControlRatio}.`,
    );
  }
  return limits;
}

/** The manifest to use, if any; a second one is reported and ignored. */
async function findManifest(fs: SourceFs, rootReal: string, issues: Issue[]): Promise<string | null> {
  const found: string[] = [];
  for (const name of MANIFEST_NAMES) {
    const stats = await tryIo(() => fs.stat(join(rootReal, name)), join(rootReal, name), 'read');
    if (stats?.isFile()) found.push(name);
  }
  const [chosen, ...others] = found;
  for (const other of others) {
    issues.push(
      ingestIssue(
        'manifest-ignored',
        `The sources folder has both ${chosen} and ${other}; ${chosen} is used and ${other} is ignored.`,
        { file: other },
      ),
    );
  }
  return chosen ?? null;
}

function decodeManifest(bytes: Uint8Array, manifestName: string, issues: Issue[]): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    issues.push(
      ingestIssue('manifest-invalid-json', `Manifest ${manifestName} is not UTF-8 text; expected UTF-8 JSON.`, {
        file: manifestName,
      }),
    );
    return '';
  }
}

interface Listing {
  /** Text files (relative paths, forward slashes), sorted. */
  files: string[];
  /** Symbolic links that point outside the folder or nowhere (reported when there is no manifest). */
  linkIssues: Issue[];
}

/**
 * Text files under the folder, recursively. Hidden entries are skipped. Symbolic links are followed only to
 * files inside the folder; links to folders are not followed (no cycles, no file read twice).
 */
async function listTextFiles(fs: SourceFs, rootReal: string): Promise<Listing> {
  const files: string[] = [];
  const linkIssues: Issue[] = [];
  const visit = async (relDir: string): Promise<void> => {
    const absDir = relDir === '' ? rootReal : join(rootReal, ...relDir.split('/'));
    const entries = (await tryIo(() => fs.readdir(absDir), absDir, 'list')) ?? [];
    for (const entry of [...entries].sort((a, b) => compareCodeUnits(a.name, b.name))) {
      if (entry.name.startsWith('.')) continue;
      const rel = relDir === '' ? entry.name : `${relDir}/${entry.name}`;
      const abs = join(absDir, entry.name);
      if (entry.isDirectory()) await visit(rel);
      else if (entry.isFile()) {
        if (isTextSourceName(entry.name)) files.push(rel);
      } else if (entry.isSymbolicLink()) {
        const target = await tryIo(() => fs.realpath(abs), abs, 'resolve');
        const targetStats = target === null ? null : await tryIo(() => fs.stat(target), target, 'read');
        const isText = isTextSourceName(entry.name);
        if (target === null || targetStats === null) {
          if (isText) {
            linkIssues.push(
              ingestIssue(
                'source-file-missing',
                `Source "${rel}" is a symbolic link to a file that does not exist; expected a text file.`,
                { file: rel },
              ),
            );
          }
        } else if (!isInside(rootReal, target)) {
          if (isText || targetStats.isDirectory()) {
            linkIssues.push(
              ingestIssue(
                'source-path-outside',
                `"${rel}" is a symbolic link to "${target}", outside the sources folder; it is not read. Expected the text itself inside the folder.`,
                { file: rel },
              ),
            );
          }
        } else if (targetStats.isFile() && isText) files.push(rel);
      }
    }
  };
  await visit('');
  return { files: files.sort(compareCodeUnits), linkIssues };
}

/** The bytes of one source, or the issue that says why they cannot be read. */
async function readCandidate(
  fs: SourceFs,
  rootReal: string,
  candidate: SourceCandidate,
  limits: SourceLimits,
): Promise<{ bytes: Uint8Array | null; issues: Issue[] }> {
  const { ref } = candidate;
  const abs = join(rootReal, ...ref.file.split('/'));
  const name = describeSource(ref);
  const missing = (what: string): { bytes: null; issues: Issue[] } => ({
    bytes: null,
    issues: [ingestIssue('source-file-missing', `Source ${name} ${what}`, sourceLocation(ref, { field: 'file' }))],
  });

  const linkStats = await tryIo(() => fs.lstat(abs), abs, 'read');
  if (linkStats === null) {
    return missing('was not found; expected a file at that path, relative to the sources folder.');
  }
  const real = await tryIo(() => fs.realpath(abs), abs, 'resolve');
  if (real === null) return missing('is a symbolic link to a file that does not exist; expected a text file.');
  if (real === rootReal) return missing('is the sources folder itself; expected a text file inside it.');
  if (!isInside(rootReal, real)) {
    return {
      bytes: null,
      issues: [
        ingestIssue(
          'source-path-outside',
          `Source ${name} resolves through a symbolic link to "${real}", outside the sources folder; expected a file inside the folder.`,
          sourceLocation(ref, { field: 'file' }),
        ),
      ],
    };
  }
  const stats = await tryIo(() => fs.stat(real), real, 'read');
  if (stats === null) return missing('was not found; expected a file at that path, relative to the sources folder.');
  if (stats.isDirectory()) return missing('is a folder; expected a text file.');
  if (!stats.isFile()) return missing('is not a regular file (a device, socket or pipe); expected a text file.');
  if (stats.size > limits.maxBytes) return { bytes: null, issues: [tooLargeIssue(ref, stats.size, limits.maxBytes)] };

  const bytes = await tryIo(() => fs.readFile(real), real, 'read');
  if (bytes === null) return missing('disappeared while it was being read; expected a text file.');
  return { bytes, issues: [] };
}

function isInside(rootReal: string, target: string): boolean {
  const rel = relative(rootReal, target);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Error codes that mean "not there" (a data problem), as opposed to a real failure. */
const MISSING_CODES = new Set(['ENOENT', 'ENOTDIR', 'ELOOP']);

/** Runs one file-system call: "not there" gives null; any other error throws a PipelineError naming the path. */
async function tryIo<T>(op: () => Promise<T>, path: string, action: string): Promise<T | null> {
  try {
    return await op();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (code !== undefined && MISSING_CODES.has(code)) return null;
    const denied = code === 'EACCES' || code === 'EPERM';
    throw new PipelineError(
      'ingest-io-failed',
      `Could not ${action} "${path}"${code ? ` (${code})` : ''}: ${error instanceof Error ? error.message : String(error)}`,
      {
        cause: error,
        hint: denied
          ? 'Check the permissions: the pipeline needs read access to the sources folder and every file in it.'
          : 'Check that the sources folder is readable and retry; this is not a problem with the data.',
      },
    );
  }
}
