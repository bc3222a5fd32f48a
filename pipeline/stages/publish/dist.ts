/**
 * Reads dist/ for publishing: SHA256SUMS gives the file list and hashes; every listed file is re-hashed from disk
 * (streamed) and a dist whose files do not match is refused. Reads dist/, writes nothing.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { DataError } from '../../errors.ts';
import type { Issue } from '../../types/domain.ts';

export type FileKind = 'data' | 'schema' | 'metadata' | 'checksums' | 'documentation';

export interface DistFile {
  /** Path relative to dist/, forward slashes (as in SHA256SUMS). */
  path: string;
  absPath: string;
  /** Flat, unique name used for the release asset and the catalogue file: `schemas/x.json` → `schemas--x.json`. */
  assetName: string;
  size: number;
  sha256: string;
  /** What udata computes on upload; compared to skip unchanged catalogue files. */
  sha1: string;
  mediaType: string;
  /** Lower-case format: csv, json, jsonld, md, txt… */
  format: string;
  kind: FileKind;
  /** Dataset name for NAME.csv / NAME.json / NAME.jsonld / schemas/NAME.schema.json. */
  dataset: string | undefined;
}

export interface BuildManifest {
  tool: { name: string; version: string } | undefined;
  counts: Record<string, number>;
  sources: { id: string; sha256: string }[];
}

export interface Dist {
  dir: string;
  /** Published files (SHA256SUMS included), sorted by asset name. */
  files: DistFile[];
  /** sha256 of SHA256SUMS: the identity of this data version. */
  versionHash: string;
  manifest: BuildManifest | undefined;
  /** Files present but not published, with why. */
  skipped: { path: string; reason: string }[];
  /** Dates stated by the sources (from sources.json), for the catalogue's temporal coverage. */
  sourceDates: string[];
  /** The French data dictionary (LISEZMOI.md) written by the build, for the catalogue description; null if absent. */
  dictionaryFr: string | null;
}

export const SUMS_FILE = 'SHA256SUMS';

/**
 * Folders that are not published as assets (said in the output). None today: the preview site (site/index.html,
 * one self-contained page) is published as `site--index.html`; its links to `../NAME.csv` only work next to a
 * dist/ folder, so the page also links every file to its published copy (docs/site.md).
 */
const SKIPPED_FOLDERS: Record<string, string> = {};

export interface SumsEntry {
  sha256: string;
  path: string;
}

/** Parses `<sha256hex>  <path>` lines (GNU format, `*` binary marker accepted). Returns entries and issues. */
export function parseSha256Sums(text: string): { entries: SumsEntry[]; issues: Issue[] } {
  const entries: SumsEntry[] = [];
  const issues: Issue[] = [];
  const seen = new Set<string>();
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const m = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line.replace(/\r$/, ''));
    const location = { file: SUMS_FILE, line: index + 1 };
    if (!m) {
      issues.push({ code: 'dist-checksum-line-malformed', severity: 'error', stage: 'publish', location, message: 'Line is not "<sha256>  <path>".' });
      return;
    }
    const p = (m[2] as string).replace(/^\.\//, '');
    if (p.startsWith('/') || p.split('/').includes('..') || p.includes('\\')) {
      issues.push({ code: 'dist-checksum-path-unsafe', severity: 'error', stage: 'publish', location, message: `Path ${JSON.stringify(p)} leaves the dist folder.` });
      return;
    }
    if (seen.has(p)) {
      issues.push({ code: 'dist-checksum-duplicate', severity: 'error', stage: 'publish', location, message: `${p} is listed twice.` });
      return;
    }
    seen.add(p);
    entries.push({ sha256: (m[1] as string).toLowerCase(), path: p });
  });
  return { entries, issues };
}

/** Flattens a dist path into an asset name that GitHub keeps as is (letters, digits, `.`, `-`, `_`). */
export function assetNameFor(relPath: string): string {
  return relPath.split('/').join('--');
}

const MEDIA_TYPES: Record<string, string> = {
  csv: 'text/csv',
  json: 'application/json',
  jsonld: 'application/ld+json',
  md: 'text/markdown',
  txt: 'text/plain',
  html: 'text/html',
};

/** Format, media type, kind and dataset of a dist file, from its path alone. */
export function describeFile(relPath: string): Pick<DistFile, 'format' | 'mediaType' | 'kind' | 'dataset'> {
  const base = relPath.split('/').pop() ?? relPath;
  if (relPath === SUMS_FILE) return { format: 'txt', mediaType: 'text/plain', kind: 'checksums', dataset: undefined };
  const schema = /^schemas\/([a-z0-9_]+)\.schema\.json$/.exec(relPath);
  if (schema) return { format: 'json', mediaType: 'application/schema+json', kind: 'schema', dataset: schema[1] };
  const ext = base.includes('.') ? (base.split('.').pop() ?? '').toLowerCase() : '';
  const mediaType = MEDIA_TYPES[ext] ?? 'application/octet-stream';
  const format = ext || 'bin';
  if (['build-manifest.json', 'datapackage.json', 'catalog.jsonld', 'report.json'].includes(relPath)) {
    return { format, mediaType, kind: 'metadata', dataset: undefined };
  }
  if (ext === 'md' || ext === 'html') return { format, mediaType, kind: 'documentation', dataset: undefined };
  const data = /^([a-z0-9_]+)\.(csv|json|jsonld)$/.exec(relPath);
  if (data) return { format, mediaType, kind: 'data', dataset: data[1] };
  return { format, mediaType, kind: 'metadata', dataset: undefined };
}

const manifestSchema = z.object({
  tool: z.object({ name: z.string(), version: z.string() }).optional(),
  counts: z.record(z.string(), z.number()).default({}),
  sources: z.array(z.object({ id: z.string(), sha256: z.string() })).default([]),
});

/** Parses build-manifest.json text; undefined (never throws) when it is absent or not the expected shape. */
export function parseBuildManifest(text: string | undefined): BuildManifest | undefined {
  if (text === undefined) return undefined;
  try {
    const m = manifestSchema.parse(JSON.parse(text));
    return { tool: m.tool, counts: m.counts, sources: m.sources };
  } catch {
    return undefined;
  }
}

/** Streams a file once and returns its size, sha256 and sha1 (memory does not grow with the file). */
export async function hashFile(absPath: string): Promise<{ size: number; sha256: string; sha1: string }> {
  const h256 = createHash('sha256');
  const h1 = createHash('sha1');
  let size = 0;
  for await (const chunk of createReadStream(absPath)) {
    const buf = chunk as Buffer;
    size += buf.length;
    h256.update(buf);
    h1.update(buf);
  }
  return { size, sha256: h256.digest('hex'), sha1: h1.digest('hex') };
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(dir, rel)));
    else if (entry.isFile()) out.push(rel);
  }
  return out;
}

/**
 * Reads and verifies a dist folder. Throws DataError (listing every problem) when SHA256SUMS is missing or malformed,
 * or when a listed file is missing or does not match its hash.
 */
export async function readDist(dir: string): Promise<Dist> {
  const sumsPath = path.join(dir, SUMS_FILE);
  let sumsText: string;
  try {
    sumsText = await readFile(sumsPath, 'utf8');
  } catch {
    throw new DataError('dist-checksums-missing', `${sumsPath} cannot be read: there is nothing to publish.`, {
      hint: 'build the datasets first (npm run build), or pass --dist pointing at a built folder',
    });
  }
  const { entries, issues } = parseSha256Sums(sumsText);
  const files: DistFile[] = [];
  const skipped: Dist['skipped'] = [];
  for (const entry of entries) {
    const folder = Object.keys(SKIPPED_FOLDERS).find((f) => entry.path.startsWith(f));
    const absPath = path.join(dir, entry.path);
    let hashed: Awaited<ReturnType<typeof hashFile>>;
    try {
      hashed = await hashFile(absPath);
    } catch {
      issues.push({ code: 'dist-file-missing', severity: 'error', stage: 'publish', location: { file: entry.path }, message: `${entry.path} is listed in ${SUMS_FILE} but cannot be read.` });
      continue;
    }
    if (hashed.sha256 !== entry.sha256) {
      issues.push({
        code: 'dist-file-checksum-mismatch',
        severity: 'error',
        stage: 'publish',
        location: { file: entry.path },
        message: `${entry.path} does not match its sha256 in ${SUMS_FILE} (the file changed after the build, or the build was interrupted).`,
      });
      continue;
    }
    if (folder !== undefined) {
      skipped.push({ path: entry.path, reason: SKIPPED_FOLDERS[folder] as string });
      continue;
    }
    files.push({ path: entry.path, absPath, assetName: assetNameFor(entry.path), ...hashed, ...describeFile(entry.path) });
  }
  const sums = await hashFile(sumsPath);
  files.push({ path: SUMS_FILE, absPath: sumsPath, assetName: SUMS_FILE, ...sums, ...describeFile(SUMS_FILE) });

  const listed = new Set(entries.map((e) => e.path));
  for (const rel of await listFiles(dir)) {
    if (rel !== SUMS_FILE && !listed.has(rel)) skipped.push({ path: rel, reason: `not listed in ${SUMS_FILE}` });
  }
  const names = new Map<string, string>();
  for (const f of files) {
    const other = names.get(f.assetName);
    if (other !== undefined) {
      issues.push({ code: 'dist-asset-name-clash', severity: 'error', stage: 'publish', location: { file: f.path }, message: `${f.path} and ${other} flatten to the same name ${f.assetName}.` });
    }
    if (!/^[A-Za-z0-9_][A-Za-z0-9._-]*$/.test(f.assetName)) {
      issues.push({ code: 'dist-asset-name-invalid', severity: 'error', stage: 'publish', location: { file: f.path }, message: `${f.path} gives the name ${JSON.stringify(f.assetName)}, which GitHub would rename.`, hint: 'use letters, digits, dots, dashes and underscores in dist file names' });
    }
    names.set(f.assetName, f.path);
  }
  if (issues.length > 0) {
    throw new DataError('dist-invalid', `${dir} cannot be published: ${issues.length} problem${issues.length > 1 ? 's' : ''} with its files.`, {
      hint: 'rebuild the datasets (npm run build) so that SHA256SUMS matches the files',
      issues,
    });
  }
  files.sort((a, b) => (a.assetName < b.assetName ? -1 : a.assetName > b.assetName ? 1 : 0));

  const manifestFile = files.find((f) => f.path === 'build-manifest.json');
  const manifest = parseBuildManifest(manifestFile ? await readFile(manifestFile.absPath, 'utf8') : undefined);
  return { dir, files, versionHash: sums.sha256, manifest, skipped, sourceDates: await readSourceDates(files), dictionaryFr: await readDictionaryFr(files) };
}

/** Dates of the source documents (sources.json records' `date`), for the temporal coverage. Small file; bounded. */
async function readDictionaryFr(files: DistFile[]): Promise<string | null> {
  const file = files.find((f) => f.path === 'LISEZMOI.md');
  if (!file || file.size > 1024 * 1024) return null;
  try {
    return await readFile(file.absPath, 'utf8');
  } catch {
    return null;
  }
}

async function readSourceDates(files: DistFile[]): Promise<string[]> {
  const sources = files.find((f) => f.path === 'sources.json');
  if (!sources || sources.size > 50 * 1024 * 1024) return [];
  try {
    const parsed = JSON.parse(await readFile(sources.absPath, 'utf8')) as { records?: { date?: unknown }[] };
    return (parsed.records ?? []).map((r) => r.date).filter((d): d is string => typeof d === 'string');
  } catch {
    return [];
  }
}
