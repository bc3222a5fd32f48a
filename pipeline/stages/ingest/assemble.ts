/**
 * Ingest stage, pure: which files are sources (from the manifest, or from the folder's listing), duplicate
 * ids, and the SourceDocument built from a checked text and its metadata. No file-system access.
 */
import type { Issue, SourceDocument } from '../../types/domain.ts';
import type { IndexedEntry, SourceEntry } from './manifest.ts';
import { describeSource, ingestIssue, sourceLocation, type SourceRef } from './issues.ts';
import { firstHeading, htmlTitle, parseFrontMatter, parseFrontMatterDate } from './front-matter.ts';
import { baseNameWithoutExtension, checkRelativePath, compareCodeUnits, slugifyId } from './paths.ts';

/** A file to read as a source: where it is, its id, and its manifest entry when there is one. */
export interface SourceCandidate {
  ref: SourceRef & { id: string };
  entry: SourceEntry | null;
}

/**
 * Candidates from valid manifest entries. Entries whose path is absolute or climbs out of the folder are
 * reported (source-path-outside) and dropped.
 */
export function candidatesFromManifest(
  entries: IndexedEntry[],
  manifest: string,
): { candidates: SourceCandidate[]; issues: Issue[] } {
  const candidates: SourceCandidate[] = [];
  const issues: Issue[] = [];
  for (const { index, entry } of entries) {
    const checked = checkRelativePath(entry.file);
    const ref = { file: entry.file, id: entry.id, index, manifest };
    if (!checked.ok) {
      const why = checked.reason === 'absolute' ? 'is an absolute path' : 'climbs out of the sources folder with ".."';
      issues.push(
        ingestIssue(
          'source-path-outside',
          `Source ${describeSource(ref)} ${why}; expected a path relative to the sources folder that stays inside it.`,
          sourceLocation(ref, { field: 'file' }),
        ),
      );
      continue;
    }
    candidates.push({ ref: { ...ref, file: checked.path }, entry });
  }
  return { candidates, issues };
}

/**
 * Candidates from a folder listing (no manifest): every listed file, its id slugified from its name without
 * extension. Files that give no usable id are reported (source-id-invalid) and dropped.
 */
export function candidatesFromListing(files: string[]): { candidates: SourceCandidate[]; issues: Issue[] } {
  const candidates: SourceCandidate[] = [];
  const issues: Issue[] = [];
  for (const file of [...files].sort(compareCodeUnits)) {
    const id = slugifyId(baseNameWithoutExtension(file));
    if (id === '') {
      issues.push(
        ingestIssue(
          'source-id-invalid',
          `Source "${file}" has no usable id: its name without extension has no letter or digit once accents and other characters are removed; expected a name such as "dinum-departements.txt".`,
          { file },
        ),
      );
      continue;
    }
    candidates.push({ ref: { file, id }, entry: null });
  }
  return { candidates, issues };
}

/**
 * Keeps the first candidate of each id (in manifest or path order) and reports every later one, naming both
 * files. Deterministic, so a folder with a duplicate still gives the same documents on every run.
 */
export function dropDuplicateIds(candidates: SourceCandidate[]): { candidates: SourceCandidate[]; issues: Issue[] } {
  const first = new Map<string, SourceCandidate>();
  const kept: SourceCandidate[] = [];
  const issues: Issue[] = [];
  for (const candidate of candidates) {
    const previous = first.get(candidate.ref.id);
    if (previous === undefined) {
      first.set(candidate.ref.id, candidate);
      kept.push(candidate);
      continue;
    }
    const fromNames = candidate.entry === null ? ' (ids come from file names, slugified)' : '';
    issues.push(
      ingestIssue(
        'duplicate-source-id',
        `Source ${describeSource(candidate.ref)} has the same id as ${describeSource(previous.ref)}${fromNames}; expected each id once. The first one is kept, ${JSON.stringify(candidate.ref.file)} is not read.`,
        sourceLocation(candidate.ref),
      ),
    );
  }
  return { candidates: kept, issues };
}

/**
 * Warnings for text files present in the folder but named by no manifest entry (valid or not: a file whose
 * entry is invalid is already reported through its entry).
 */
export function unlistedFiles(listed: string[], present: string[], manifest: string): Issue[] {
  const known = new Set(
    listed.flatMap((file) => {
      const checked = checkRelativePath(file);
      return checked.ok ? [checked.path] : [];
    }),
  );
  return [...present]
    .sort(compareCodeUnits)
    .filter((file) => !known.has(file))
    .map((file) =>
      ingestIssue(
        'source-not-in-manifest',
        `Text file "${file}" is in the sources folder but not in ${manifest}, so it is not read; expected an entry for it in ${manifest}.`,
        { file },
      ),
    );
}

/**
 * A copy of a string cut out of a source text. V8 keeps a whole text alive behind any slice of it: a title taken
 * from the first heading held all the texts of a large corpus in memory until the end of the build.
 */
function detached(s: string | null): string | null {
  return s === null ? null : (' ' + s).slice(1);
}

/**
 * The document for a checked text. Metadata comes from the manifest entry; a missing (or null) title or date
 * falls back on the front matter ("title:", "date:" reduced to its ISO day) and, for the title, on the first
 * markdown heading, then on an HTML page's <title> or <h1>. Without a manifest, language is "fr" and origin and licence are null.
 */
export function buildDocument(
  candidate: SourceCandidate,
  text: string,
  sha256: string,
): { document: SourceDocument; issues: Issue[] } {
  const { ref, entry } = candidate;
  const issues: Issue[] = [];
  const frontMatter = parseFrontMatter(text);
  if (frontMatter.unterminated) {
    issues.push(
      ingestIssue(
        'front-matter-unterminated',
        `Source ${describeSource(ref)} opens with "---" but has no closing "---" line, so it is read as having no front matter.`,
        sourceLocation(ref, { line: 1 }),
      ),
    );
  }

  let date = entry?.date ?? null;
  if (date === null && frontMatter.data['date'] !== undefined) {
    date = parseFrontMatterDate(frontMatter.data['date']);
    if (date === null) {
      issues.push(
        ingestIssue(
          'front-matter-date-invalid',
          `Source ${describeSource(ref)} has a front matter date ${JSON.stringify(frontMatter.data['date'])} that is not an ISO date; expected "YYYY-MM-DD" (optionally followed by a time), "YYYY-MM" or "YYYY". The date is left empty.`,
          sourceLocation(ref, { field: 'date' }),
        ),
      );
    }
  }

  const frontTitle = frontMatter.data['title']?.trim();
  const title = entry?.title ?? detached((frontTitle ? frontTitle : null) ?? firstHeading(text, frontMatter.end) ?? htmlTitle(text));

  if (entry?.sha256 !== undefined && entry.sha256 !== sha256) {
    issues.push(
      ingestIssue(
        'source-sha256-mismatch',
        `Source ${describeSource(ref)} has sha256 ${sha256}, but its manifest entry expects ${entry.sha256}; the file changed since it was registered.`,
        sourceLocation(ref, { field: 'sha256' }),
      ),
    );
  }

  return {
    document: {
      id: ref.id,
      file: ref.file,
      title,
      language: entry?.language ?? 'fr',
      origin: entry?.origin ?? null,
      licence: entry?.licence ?? null,
      date,
      sha256,
      text,
    },
    issues,
  };
}

/** Documents in id order (code units), whatever order they were read in. */
export function sortDocuments(documents: SourceDocument[]): SourceDocument[] {
  return [...documents].sort((a, b) => compareCodeUnits(a.id, b.id));
}
