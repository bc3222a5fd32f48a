/**
 * Ingest stage, pure: which file names are sources, ids from file names, and whether a manifest path stays
 * inside the sources folder. No file-system access (symlinks are resolved by the shell in index.ts).
 */
import { posix } from 'node:path';

/**
 * File extensions read as sources when there is no manifest (compared case-insensitively): texts and pages, and the
 * text formats the extractors read by their content (a saved e-mail, a word processor's RTF, Org-mode notes, a BibTeX
 * bibliography, a Jupyter notebook, subtitles, an agenda's export).
 */
export const TEXT_EXTENSIONS = ['.txt', '.md', '.markdown', '.mdx', '.html', '.htm', '.eml', '.rtf', '.org', '.bib', '.ipynb', '.vtt', '.srt', '.ics'] as const;

/** The extensions of TEXT_EXTENSIONS as a sentence lists them: « .txt, .md, … or .ics ». */
export const TEXT_EXTENSIONS_LISTED = `${TEXT_EXTENSIONS.slice(0, -1).join(', ')} or ${TEXT_EXTENSIONS[TEXT_EXTENSIONS.length - 1]}`;

/** Manifest file names, in order of preference. */
export const MANIFEST_NAMES = ['sources.json', 'manifest.json'] as const;

/**
 * Whether a file name is a source text when there is no manifest: a file of TEXT_EXTENSIONS that is neither
 * hidden (".draft.md") nor a file about the folder rather than a text of it: README, SOURCES (where the texts come
 * from), LICENSE / LICENCE, CHANGELOG, CONTRIBUTING, AUTHORS, NOTICE.
 */
export function isTextSourceName(name: string): boolean {
  const lower = name.toLowerCase();
  if (lower.startsWith('.')) return false;
  if (!TEXT_EXTENSIONS.some((ext) => lower.endsWith(ext))) return false;
  return !FOLDER_FILE.test(lower);
}

/** Files that describe a folder of texts (lower case, any text extension). */
const FOLDER_FILE = /^(?:readme|sources|licen[cs]e|changelog|contributing|authors|notice)\.[a-z]+$/;

/** The file name without its directory and last extension: "a/b/Été 2019.md" → "Été 2019". */
export function baseNameWithoutExtension(file: string): string {
  const base = posix.basename(file);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/**
 * A safe id from any name: lowercase, accents stripped (NFKD, then combining marks removed; œ/æ/ß spelt out),
 * every run of characters outside [a-z0-9] turned into one "-", no "-" at either end.
 * "Été 2019 — DSIN (v2)" → "ete-2019-dsin-v2". May return "" when nothing usable is left.
 */
export function slugifyId(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[œŒ]/g, 'oe')
    .replace(/[æÆ]/g, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A manifest id: kebab-case, as produced by slugifyId. */
export const SOURCE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type RelativePathCheck = { ok: true; path: string } | { ok: false; reason: 'absolute' | 'escapes' };

/**
 * Checks a path written in a manifest, lexically: it must be relative and must not climb out of the folder
 * with "..". Returns the normalised path ("./a//b.txt" → "a/b.txt"). Symbolic links are checked by the shell.
 */
export function checkRelativePath(file: string): RelativePathCheck {
  if (file.startsWith('/') || /^[A-Za-z]:/.test(file)) return { ok: false, reason: 'absolute' };
  const normalised = posix.normalize(file);
  if (normalised === '..' || normalised.startsWith('../')) return { ok: false, reason: 'escapes' };
  return { ok: true, path: normalised.replace(/\/+$/, '') };
}

/** Code-unit order: the same on every machine and locale (localeCompare is not). */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
