/**
 * Ingest stage: the catalogue of the issues it reports (code, severity, title, default hint) and how a
 * source or manifest entry is named in a message. Codes are stable once released: never rename one.
 */
import type { Issue, IssueLocation, Severity } from '../../types/domain.ts';
import { TEXT_EXTENSIONS_LISTED } from './paths.ts';

interface IssueKind {
  severity: Severity;
  title: string;
  hint: string;
}

/** Every issue code the ingest stage can report. */
export const INGEST_ISSUES = {
  'sources-folder-missing': {
    severity: 'error',
    title: 'Sources folder missing',
    hint: 'Create the folder, or pass the path of an existing folder that holds the source texts.',
  },
  'no-sources': {
    severity: 'error',
    title: 'No sources',
    hint: `Add at least one ${TEXT_EXTENSIONS_LISTED} file (and, with a manifest, an entry for it in the manifest).`,
  },
  'manifest-invalid-json': {
    severity: 'error',
    title: 'Manifest is not valid JSON',
    hint: 'Fix the JSON syntax at the position given (a trailing comma or a missing quote is the usual cause).',
  },
  'manifest-invalid': {
    severity: 'error',
    title: 'Manifest entry invalid',
    hint: 'Fix the field named in the message; sources/README.md describes every field of an entry.',
  },
  'manifest-unknown-field': {
    severity: 'error',
    title: 'Unknown field in the manifest',
    hint: 'Remove the field or fix its spelling; put free text in "notes".',
  },
  'manifest-ignored': {
    severity: 'warning',
    title: 'Second manifest ignored',
    hint: 'Keep a single manifest in the sources folder: sources.json.',
  },
  'source-file-missing': {
    severity: 'error',
    title: 'Source file missing',
    hint: 'Check the "file" path of the manifest entry (relative to the sources folder, case-sensitive), or add the file.',
  },
  'source-path-outside': {
    severity: 'error',
    title: 'Source path outside the sources folder',
    hint: 'Copy the text into the sources folder and refer to it by a relative path without "..": a build may only read its declared inputs.',
  },
  'duplicate-source-id': {
    severity: 'error',
    title: 'Duplicate source id',
    hint: 'Give each source its own id (rename one of the files, or set distinct ids in the manifest).',
  },
  'source-id-invalid': {
    severity: 'error',
    title: 'No usable id for a source',
    hint: 'Rename the file so that its name contains letters or digits, or list it in a manifest with an explicit id.',
  },
  'source-empty': {
    severity: 'error',
    title: 'Source is empty',
    hint: 'Put the text in the file, or remove the file (and its manifest entry).',
  },
  'source-not-utf8': {
    severity: 'error',
    title: 'Source is not UTF-8',
    hint: 'Convert the file to UTF-8, e.g. `iconv -f windows-1252 -t utf-8 in.txt > out.txt` for a Latin-1/Windows text.',
  },
  'source-binary': {
    severity: 'error',
    title: 'Source looks binary',
    hint: 'Sources must be plain text: convert the document (PDF, DOCX…) to text or markdown first.',
  },
  'source-too-large': {
    severity: 'error',
    title: 'Source too large',
    hint: 'Split the text into several sources, or raise the limit with the maxBytes option if the file really is one text.',
  },
  'source-sha256-mismatch': {
    severity: 'error',
    title: 'Source changed',
    hint: 'Sources are inputs and are never edited. If the new bytes are intended, put their sha256 in the manifest entry.',
  },
  'source-not-in-manifest': {
    severity: 'warning',
    title: 'Text file not listed in the manifest',
    hint: 'Add an entry for it to the manifest, or move it out of the sources folder; it is not read.',
  },
  'source-bom-stripped': {
    severity: 'info',
    title: 'Byte order mark stripped',
    hint: 'Nothing to do: the UTF-8 byte order mark is not part of the text, and offsets count from the character after it.',
  },
  'source-not-nfc': {
    severity: 'info',
    title: 'Text is not in Unicode NFC form',
    hint: 'Extractors should normalise a copy for matching (decomposed accents such as "e" + U+0301 are common in files from macOS).',
  },
  'front-matter-date-invalid': {
    severity: 'warning',
    title: 'Front matter date not understood',
    hint: 'Write the date as ISO 8601 ("2018-10-24", optionally followed by a time), or set "date" in the manifest entry.',
  },
  'front-matter-unterminated': {
    severity: 'warning',
    title: 'Front matter not closed',
    hint: 'Close the YAML front matter with a line "---", or remove the opening "---" line.',
  },
} as const satisfies Record<string, IssueKind>;

export type IngestIssueCode = keyof typeof INGEST_ISSUES;

/** Builds an ingest issue with the catalogue's severity and hint (a specific hint may replace the default). */
export function ingestIssue(code: IngestIssueCode, message: string, location?: IssueLocation, hint?: string): Issue {
  const kind: IssueKind = INGEST_ISSUES[code];
  const issue: Issue = { code, severity: kind.severity, message, hint: hint ?? kind.hint, stage: 'ingest' };
  if (location !== undefined) issue.location = location;
  return issue;
}

/** How a source is named in messages: its path relative to the sources folder, and its manifest entry. */
export interface SourceRef {
  /** Path relative to the sources folder, forward slashes. */
  file: string;
  /** Source id, when known. */
  id?: string;
  /** Index of the entry in the manifest's "sources" array (manifest mode only). */
  index?: number;
  /** Manifest file name relative to the sources folder (manifest mode only). */
  manifest?: string;
}

/** `"texts/a.txt" (sources.json sources[2], id "a")`, or `"texts/a.txt" (id "a")` without a manifest. */
export function describeSource(ref: SourceRef): string {
  const parts: string[] = [];
  if (ref.manifest !== undefined && ref.index !== undefined) parts.push(`${ref.manifest} sources[${ref.index}]`);
  if (ref.id !== undefined) parts.push(`id "${ref.id}"`);
  return parts.length > 0 ? `"${ref.file}" (${parts.join(', ')})` : `"${ref.file}"`;
}

/** Location of an issue about one source. */
export function sourceLocation(ref: SourceRef, extra: Partial<IssueLocation> = {}): IssueLocation {
  const location: IssueLocation = { file: ref.file };
  if (ref.id !== undefined) location.source = ref.id;
  if (ref.index !== undefined) location.pointer = `/sources/${ref.index}`;
  return { ...location, ...extra };
}

/** Shows a value in a message: JSON, cut to a readable length. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}
