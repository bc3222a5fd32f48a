/**
 * Ingest stage, pure: the sources manifest (sources/sources.json): its zod schema, its type, and
 * `parseManifest`, which turns the manifest's text into valid entries plus one issue per problem.
 */
import { distance as levenshtein } from 'fastest-levenshtein';
import { z } from 'zod';
import type { Issue, IssueLocation } from '../../types/domain.ts';
import { ingestIssue, showValue } from './issues.ts';
import { isSourceDate } from './front-matter.ts';
import { SOURCE_ID_PATTERN } from './paths.ts';

/** What each field of an entry must be, in words: used by the schema's messages and by the issues. */
export const ENTRY_FIELDS = {
  id: 'a kebab-case id (lowercase letters a-z, digits, single hyphens), e.g. "dinum-departements"',
  file: 'a path relative to the sources folder, with forward slashes, e.g. "dinum-departements.txt"',
  title: 'a non-empty string, or null to take the title from the text (front matter "title:" or first heading)',
  language: 'a BCP 47 language tag such as "fr"',
  origin: 'an http(s) URL where the text was published, or null when unknown',
  licence: 'the licence of the text, e.g. "CC BY-SA 4.0" or "Licence Ouverte 2.0", or null when unknown',
  date: 'the text\'s own date as an ISO day "2018-10-24", month "2018-10" or year "2018", or null',
  sha256: 'the 64 lowercase hexadecimal digits of the sha256 of the file',
  notes: 'a string',
} as const;

export type EntryField = keyof typeof ENTRY_FIELDS;

const REQUIRED_FIELDS: readonly EntryField[] = ['id', 'file', 'title', 'language', 'origin', 'licence'];

/** One source in the manifest. Unknown fields are errors. */
export const SourceEntrySchema = z.strictObject({
  id: z.string().regex(SOURCE_ID_PATTERN, { error: ENTRY_FIELDS.id }),
  file: z
    .string()
    .min(1, { error: ENTRY_FIELDS.file })
    .refine((f) => !f.includes('\\') && !f.includes('\0'), { error: ENTRY_FIELDS.file }),
  title: z.string().trim().min(1, { error: ENTRY_FIELDS.title }).nullable(),
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: ENTRY_FIELDS.language }),
  origin: z.url({ protocol: /^https?$/, error: ENTRY_FIELDS.origin }).nullable(),
  licence: z.string().trim().min(1, { error: ENTRY_FIELDS.licence }).nullable(),
  /** Missing or null: the date comes from the text's front matter, if any. */
  date: z.string().refine(isSourceDate, { error: ENTRY_FIELDS.date }).nullable().optional(),
  /** When present, the file's bytes must hash to it: sources are inputs and are never edited. */
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, { error: ENTRY_FIELDS.sha256 })
    .optional(),
  notes: z.string().optional(),
});

/** The manifest: `{ "sources": [ entry, … ] }`. */
export const SourcesManifestSchema = z.strictObject({
  sources: z.array(SourceEntrySchema),
});

export type SourceEntry = z.infer<typeof SourceEntrySchema>;
export type SourcesManifest = z.infer<typeof SourcesManifestSchema>;

/** A valid entry and its position in the manifest's "sources" array. */
export interface IndexedEntry {
  index: number;
  entry: SourceEntry;
}

export interface ParsedManifest {
  /** The entries that passed validation, in manifest order (invalid ones are reported, not returned). */
  entries: IndexedEntry[];
  /** True when the JSON and the top-level shape were readable (entries were then checked one by one). */
  readable: boolean;
  /** Every "file" string in the manifest, valid entry or not: these files are not "unlisted". */
  files: string[];
  issues: Issue[];
}

const TopLevelSchema = z.strictObject({ sources: z.array(z.unknown()) });

/**
 * Parses and validates the manifest's text. Entries are validated one by one, so a bad entry does not hide the
 * problems of the others, and the valid ones are still returned. `file` is the manifest's path relative to the
 * sources folder, used in messages. Never throws.
 */
export function parseManifest(json: string, file: string): ParsedManifest {
  let data: unknown;
  const text = json.replace(/^\uFEFF/, '');
  try {
    data = JSON.parse(text);
  } catch (error) {
    // V8's messages do not always give a position; find it ourselves to point at the line to fix.
    const syntax = findJsonSyntaxError(text);
    const location: IssueLocation = { file };
    let detail = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    if (syntax !== null) {
      const before = text.slice(0, syntax.offset);
      const line = before.split('\n').length;
      const column = before.length - before.lastIndexOf('\n');
      const found = syntax.offset < text.length ? JSON.stringify(text[syntax.offset]) : 'the end of the text';
      location.line = line;
      detail = `found ${found} at line ${line}, column ${column} where ${syntax.expected} was expected`;
    }
    return {
      entries: [],
      readable: false,
      files: [],
      issues: [
        ingestIssue(
          'manifest-invalid-json',
          `Manifest ${file} is not valid JSON: ${detail}; expected an object { "sources": [ … ] }.`,
          location,
        ),
      ],
    };
  }

  const top = TopLevelSchema.safeParse(data);
  if (!top.success) {
    const issues: Issue[] = [];
    for (const problem of top.error.issues) {
      if (problem.code === 'unrecognized_keys') {
        for (const key of problem.keys) {
          issues.push(
            ingestIssue(
              'manifest-unknown-field',
              `Manifest ${file} has an unknown top-level field "${key}"; expected only "sources".`,
              { file, pointer: `/${key}`, field: key },
            ),
          );
        }
      } else {
        const sourcesValue = isRecord(data) ? data['sources'] : undefined;
        issues.push(
          ingestIssue(
            'manifest-invalid',
            isRecord(data)
              ? `Manifest ${file}: field "sources" must be an array of entries, got ${showValue(sourcesValue)}.`
              : `Manifest ${file} must be an object { "sources": [ … ] }, got ${showValue(data)}.`,
            { file, pointer: isRecord(data) ? '/sources' : '', field: 'sources' },
          ),
        );
      }
    }
    // Unknown top-level fields alone do not stop us from reading the entries.
    const sources = isRecord(data) && Array.isArray(data['sources']) ? (data['sources'] as unknown[]) : null;
    if (sources === null) return { entries: [], readable: false, files: [], issues };
    const checked = checkEntries(sources, file);
    return {
      entries: checked.entries,
      readable: true,
      files: fileStrings(sources),
      issues: [...issues, ...checked.issues],
    };
  }
  const checked = checkEntries(top.data.sources, file);
  return { entries: checked.entries, readable: true, files: fileStrings(top.data.sources), issues: checked.issues };
}

function fileStrings(sources: unknown[]): string[] {
  return sources.flatMap((raw) => (isRecord(raw) && typeof raw['file'] === 'string' ? [raw['file']] : []));
}

function checkEntries(sources: unknown[], file: string): { entries: IndexedEntry[]; issues: Issue[] } {
  const entries: IndexedEntry[] = [];
  const issues: Issue[] = [];
  sources.forEach((raw, index) => {
    const result = SourceEntrySchema.safeParse(raw);
    if (result.success) entries.push({ index, entry: result.data });
    else issues.push(...entryIssues(raw, index, file, result.error.issues));
  });
  return { entries, issues };
}

function entryIssues(raw: unknown, index: number, file: string, problems: z.core.$ZodIssue[]): Issue[] {
  const id = isRecord(raw) && typeof raw['id'] === 'string' ? raw['id'] : undefined;
  const entry = `${file} sources[${index}]${id === undefined ? '' : ` (id "${id}")`}`;
  const base: IssueLocation = { file, pointer: `/sources/${index}` };
  if (id !== undefined) base.source = id;

  if (!isRecord(raw)) {
    return [
      ingestIssue(
        'manifest-invalid',
        `${entry} must be an object with the fields ${REQUIRED_FIELDS.join(', ')} (and optionally date, sha256, notes), got ${showValue(raw)}.`,
        base,
      ),
    ];
  }
  const issues: Issue[] = [];
  for (const problem of problems) {
    if (problem.code === 'unrecognized_keys') {
      for (const key of problem.keys) {
        const suggestion = closestField(key);
        issues.push(
          ingestIssue(
            'manifest-unknown-field',
            `${entry} has an unknown field "${key}"; the allowed fields are ${Object.keys(ENTRY_FIELDS).join(', ')}.`,
            { ...base, pointer: `${base.pointer}/${key}`, field: key },
            suggestion === null
              ? undefined
              : `Did you mean "${suggestion}"? Otherwise remove the field, or put free text in "notes".`,
          ),
        );
      }
      continue;
    }
    const field = String(problem.path[0] ?? '');
    const expected = field in ENTRY_FIELDS ? ENTRY_FIELDS[field as EntryField] : problem.message;
    const value = raw[field];
    const what =
      value === undefined ? `is missing; expected ${expected}` : `must be ${expected}, got ${showValue(value)}`;
    issues.push(
      ingestIssue('manifest-invalid', `${entry}: field "${field}" ${what}.`, {
        ...base,
        pointer: `${base.pointer}/${field}`,
        field,
      }),
    );
  }
  return issues;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The allowed field nearest to a misspelt one (edit distance ≤ 2), or null. */
function closestField(key: string): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const field of Object.keys(ENTRY_FIELDS)) {
    const d = levenshtein(key.toLowerCase(), field);
    if (d < bestDistance) {
      best = field;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * Where JSON text first breaks the grammar (RFC 8259), and what was expected there; null when it is valid.
 * Used only to explain a JSON.parse failure with a line and column.
 */
export function findJsonSyntaxError(text: string): { offset: number; expected: string } | null {
  let i = 0;
  class Stop {
    constructor(readonly expected: string) {}
  }
  const fail = (expected: string): never => {
    throw new Stop(expected);
  };
  const skipSpace = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i++;
  };
  const string = (): void => {
    i++; // opening quote
    for (;;) {
      const c = text[i];
      if (c === undefined) fail('a closing double quote');
      else if (c === '"') {
        i++;
        return;
      } else if (c === '\\') {
        const next = text[i + 1] ?? '';
        if ('"\\/bfnrt'.includes(next) && next !== '') i += 2;
        else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else fail('a valid escape sequence');
      } else if (c < ' ') fail('no control character inside a string');
      else i++;
    }
  };
  const value = (): void => {
    skipSpace();
    const c = text[i];
    if (c === '{') {
      i++;
      skipSpace();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        skipSpace();
        if (text[i] !== '"') fail('a property name in double quotes');
        string();
        skipSpace();
        if (text[i] !== ':') fail('":"');
        i++;
        value();
        skipSpace();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else fail('"," or "}"');
      }
    }
    if (c === '[') {
      i++;
      skipSpace();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        skipSpace();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else fail('"," or "]"');
      }
    }
    if (c === '"') return string();
    const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    number.lastIndex = i;
    if (number.test(text)) {
      i = number.lastIndex;
      return;
    }
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return;
      }
    }
    fail('a value');
  };
  try {
    value();
    skipSpace();
    if (i < text.length) fail('the end of the text');
    return null;
  } catch (stop) {
    if (stop instanceof Stop) return { offset: i, expected: stop.expected };
    throw stop;
  }
}
