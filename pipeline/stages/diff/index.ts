/**
 * Diff stage (pure): two versions of the datasets (dataset name → records, as read from `<name>.json`) → the
 * records added, removed and changed per dataset, with field-level old → new values; and its renderings (text
 * for the terminal, JSON for machines, markdown for CHANGES.md and the release notes). Records are matched by
 * their stable `id`, so a reworded quote or a renamed organisation is a change of the same record, not a
 * removal plus an addition. No I/O here: read.ts reads folders and releases, command.ts is the CLI.
 */
import { PipelineError } from '../../errors.ts';
import type { DatasetName, Datasets } from '../../types/records.ts';
import { DATASETS_IN_ORDER, columnNames } from '../package/contract.ts';
import { sortById, type PlainRecord } from '../package/csv.ts';
import { orderKeys } from '../package/json.ts';

/** A published record as it stands in `<name>.json`: flat JSON values, a string `id`. */
export type DiffRecord = Readonly<Record<string, unknown>>;

/** Dataset name → its records (the `records` array of `<name>.json`). A dataset absent here did not exist. */
export type DatasetFiles = Readonly<Record<string, readonly DiffRecord[]>>;

/** One field of one record that differs. `old` / `new` are undefined when the field is absent on that side. */
export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
}

export interface RecordChange {
  id: string;
  /** In the record's key order (the schema order in files written by this tool), fields only in the old record last. */
  fields: FieldChange[];
}

export interface RecordEntry {
  id: string;
  record: DiffRecord;
}

export interface DatasetDiff {
  dataset: string;
  /** `added`: the dataset did not exist before; `removed`: it no longer exists; `kept`: both sides have it. */
  status: 'added' | 'removed' | 'kept';
  added: RecordEntry[];
  removed: RecordEntry[];
  changed: RecordChange[];
  unchanged: number;
}

export interface DatasetsDiff {
  /** Known datasets in publication order, then any other in code-unit order. */
  datasets: DatasetDiff[];
}

export interface DiffSummary {
  datasets: number;
  changed_datasets: number;
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
}

/** Labels of the two sides, e.g. `{ from: 'data-2025-01-01-aaaaaaaaaaaa', to: 'dist' }`. */
export interface DiffLabels {
  from: string;
  to: string;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Publication order for the datasets this tool knows, code-unit order after them for any other. */
function orderNames(names: Iterable<string>): string[] {
  const known = DATASETS_IN_ORDER as readonly string[];
  return [...new Set(names)].sort((a, b) => {
    const ia = known.indexOf(a);
    const ib = known.indexOf(b);
    if (ia !== -1 || ib !== -1) return (ia === -1 ? known.length : ia) - (ib === -1 ? known.length : ib) || byCodeUnit(a, b);
    return byCodeUnit(a, b);
  });
}

/** JSON with object keys sorted: equal values give equal strings whatever their key order. Arrays keep their order. */
function canonical(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonical(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => byCodeUnit(a, b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Whether two field values are the same (deep; arrays compared element by element, in order). */
export function sameValue(a: unknown, b: unknown): boolean {
  // Fast paths for what records hold (every field of every record is compared on each build): the same value,
  // two strings, two lists compared item by item (an undefined item counts as null, as in canonical).
  if (a === b) return true;
  if (typeof a === 'string' && typeof b === 'string') return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i] === undefined ? null : a[i], b[i] === undefined ? null : b[i])) return false;
    return true;
  }
  return canonical(a) === canonical(b);
}

function idOf(dataset: string, record: DiffRecord, index: number): string {
  const id = record.id;
  if (typeof id !== 'string' || id === '') {
    throw new PipelineError('diff-record-without-id', `Record ${index + 1} of dataset "${dataset}" has no string id; records are matched by id.`, {
      hint: 'diff compares the <name>.json files written by etat-numerique build, whose records all have an id',
    });
  }
  return id;
}

function indexById(dataset: string, records: readonly DiffRecord[]): Map<string, DiffRecord> {
  const map = new Map<string, DiffRecord>();
  records.forEach((record, i) => {
    const id = idOf(dataset, record, i);
    if (map.has(id)) {
      throw new PipelineError('diff-duplicate-id', `Dataset "${dataset}" has two records with id "${id}"; records are matched by id.`, {
        hint: 'the <name>.json files written by etat-numerique build have unique ids; check where this file comes from',
      });
    }
    map.set(id, record);
  });
  return map;
}

/** The fields of one record that differ, in key order (new record's keys, then keys only the old one has). */
export function diffRecord(old: DiffRecord, next: DiffRecord): FieldChange[] {
  const fields = [...Object.keys(next), ...Object.keys(old).filter((k) => !Object.hasOwn(next, k))];
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const before = Object.hasOwn(old, field) ? old[field] : undefined;
    const after = Object.hasOwn(next, field) ? next[field] : undefined;
    if (!sameValue(before, after)) changes.push({ field, old: before, new: after });
  }
  return changes;
}

/** Are the records' ids strings in strictly increasing code-unit order (so unique)? What build writes. */
function strictlySortedIds(records: readonly DiffRecord[]): boolean {
  for (let i = 0; i < records.length; i++) {
    const id = records[i]!.id;
    if (typeof id !== 'string' || id === '' || (i > 0 && !((records[i - 1]!.id as string) < id))) return false;
  }
  return true;
}

/** Both sides sorted by id: one merge pass, in the order the general path gives (ids in code-unit order). */
function* mergeById(before: readonly DiffRecord[], after: readonly DiffRecord[]): Generator<[string, DiffRecord | undefined, DiffRecord | undefined]> {
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    const a = before[i]?.id as string | undefined;
    const b = after[j]?.id as string | undefined;
    if (b === undefined || (a !== undefined && a < b)) yield [a!, before[i++], undefined];
    else if (a === undefined || b < a) yield [b, undefined, after[j++]];
    else yield [a, before[i++], after[j++]];
  }
}

function* joinById(dataset: string, oldRecords: readonly DiffRecord[], nextRecords: readonly DiffRecord[]): Generator<[string, DiffRecord | undefined, DiffRecord | undefined]> {
  if (strictlySortedIds(oldRecords) && strictlySortedIds(nextRecords)) {
    yield* mergeById(oldRecords, nextRecords);
    return;
  }
  const before = indexById(dataset, oldRecords);
  const after = indexById(dataset, nextRecords);
  for (const id of [...new Set([...before.keys(), ...after.keys()])].sort(byCodeUnit)) yield [id, before.get(id), after.get(id)];
}

function diffDataset(dataset: string, oldRecords: readonly DiffRecord[] | undefined, nextRecords: readonly DiffRecord[] | undefined): DatasetDiff {
  const out: DatasetDiff = {
    dataset,
    status: oldRecords === undefined ? 'added' : nextRecords === undefined ? 'removed' : 'kept',
    added: [],
    removed: [],
    changed: [],
    unchanged: 0,
  };
  for (const [id, o, n] of joinById(dataset, oldRecords ?? [], nextRecords ?? [])) {
    if (o === undefined && n !== undefined) out.added.push({ id, record: n });
    else if (n === undefined && o !== undefined) out.removed.push({ id, record: o });
    else if (o !== undefined && n !== undefined) {
      const fields = diffRecord(o, n);
      if (fields.length > 0) out.changed.push({ id, fields });
      else out.unchanged++;
    }
  }
  return out;
}

/**
 * Compares two versions of the datasets record by record. Records are matched by `id`; ids must be strings and
 * unique within a dataset (else PipelineError `diff-record-without-id` / `diff-duplicate-id`). Deterministic:
 * datasets in publication order, records by id (code-unit order), fields in key order.
 */
export function diffDatasets(old: DatasetFiles, next: DatasetFiles): DatasetsDiff {
  const names = orderNames([...Object.keys(old), ...Object.keys(next)]);
  return { datasets: names.map((name) => diffDataset(name, Object.hasOwn(old, name) ? old[name] : undefined, Object.hasOwn(next, name) ? next[name] : undefined)) };
}

/** Whether a dataset differs at all (records, or the dataset's own existence). */
export function datasetChanged(d: DatasetDiff): boolean {
  return d.status !== 'kept' || d.added.length + d.removed.length + d.changed.length > 0;
}

/** Whether the two versions hold the same records. */
export function isUnchanged(diff: DatasetsDiff): boolean {
  return !diff.datasets.some(datasetChanged);
}

export function summariseDiff(diff: DatasetsDiff): DiffSummary {
  const s: DiffSummary = { datasets: diff.datasets.length, changed_datasets: 0, added: 0, removed: 0, changed: 0, unchanged: 0 };
  for (const d of diff.datasets) {
    if (datasetChanged(d)) s.changed_datasets++;
    s.added += d.added.length;
    s.removed += d.removed.length;
    s.changed += d.changed.length;
    s.unchanged += d.unchanged;
  }
  return s;
}

/**
 * The records of built datasets exactly as `<name>.json` will hold them (sorted by id, schema key order, absent
 * fields left out), so that a build can be compared with a folder read back from disk.
 */
export function datasetFilesOf(datasets: Datasets): DatasetFiles {
  const out: Record<string, DiffRecord[]> = {};
  for (const name of DATASETS_IN_ORDER) {
    out[name] = fileRecordsOf(name, sortById(datasets[name] as readonly PlainRecord[] as readonly (PlainRecord & { id: string })[]));
  }
  return out;
}

/**
 * Records of a dataset, sorted by id, as `<name>.json` holds them: what JSON.parse(renderJson(…)).records gives,
 * without rendering and parsing the whole file (hundreds of MB on a large corpus): keys in schema order, values as
 * a JSON round trip leaves them. A record whose keys already follow the schema and whose values are plain JSON is
 * its own parse (the usual case: no copy of a large corpus's records is made); any other is copied as the round
 * trip would give it.
 */
export function fileRecordsOf(name: DatasetName, sorted: readonly PlainRecord[]): DiffRecord[] {
  const columns = columnNames(name);
  return sorted.map((r) => (inSchemaOrder(r, columns) && isStableJson(r) ? (r as DiffRecord) : (asJson(orderKeys(name, r)) as DiffRecord)));
}

/** Are the record's keys schema columns, in schema order (what orderKeys would give back)? */
function inSchemaOrder(record: PlainRecord, columns: readonly string[]): boolean {
  let c = 0;
  for (const key of Object.keys(record)) {
    while (c < columns.length && columns[c] !== key) c++;
    if (c === columns.length) return false;
    c++;
  }
  return true;
}

/** Is the value exactly what a JSON round trip gives back (no undefined, -0, NaN, Infinity, function, toJSON)? */
function isStableJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(isStableJson);
  if (typeof value === 'object') {
    if (Object.getPrototypeOf(value) !== Object.prototype || typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
    // (Integer-like keys would come back first from JSON.parse.) A loop without Object.entries: called on every
    // value of a million records.
    for (const k in value) {
      if (!Object.hasOwn(value, k)) continue;
      if (k === '__proto__' || isIndexLike(k) || !isStableJson((value as Record<string, unknown>)[k])) return false;
    }
    return true;
  }
  return false;
}

/** Is the key all digits (/^\d+$/, without a regex per key)? */
function isIndexLike(key: string): boolean {
  if (key === '') return false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** A value as JSON.parse(JSON.stringify(value)) gives it back (for the plain values of records). */
function asJson(value: unknown): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? (Object.is(value, -0) ? 0 : value) : null;
  if (Array.isArray(value)) return value.map((v) => (v === undefined || typeof v === 'function' || typeof v === 'symbol' ? null : asJson(v)));
  if (typeof value === 'object') {
    if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return JSON.parse(JSON.stringify(value)) as unknown;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined && typeof v !== 'function' && typeof v !== 'symbol') out[k] = asJson(v);
    return out;
  }
  return JSON.parse(JSON.stringify(value) ?? 'null') as unknown;
}

// ---------------------------------------------------------------------------------------------------------------
// Renderings

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A value for a human: JSON (strings quoted, arrays as arrays), `(absent)` for a missing field. */
function show(value: unknown, max = Infinity): string {
  if (value === undefined) return '(absent)';
  const text = JSON.stringify(value);
  return text.length > max ? `${text.slice(0, Math.max(1, max - 1))}…` : text;
}

/** For two arrays of scalars: the elements gained and lost, e.g. `+"src-3" −"src-1"`; undefined otherwise. */
function arrayDelta(old: unknown, next: unknown, max = Infinity): string | undefined {
  if (!Array.isArray(old) || !Array.isArray(next)) return undefined;
  const scalar = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);
  if (!old.every(scalar) || !next.every(scalar)) return undefined;
  const before = new Set(old.map((v) => JSON.stringify(v)));
  const after = new Set(next.map((v) => JSON.stringify(v)));
  const gained = [...after].filter((v) => !before.has(v));
  const lost = [...before].filter((v) => !after.has(v));
  if (gained.length + lost.length === 0) return 'reordered';
  const cut = (v: string) => (v.length > max ? `${v.slice(0, Math.max(1, max - 1))}…` : v);
  return [...gained.map((v) => `+${cut(v)}`), ...lost.map((v) => `−${cut(v)}`)].join(' ');
}

const LABEL_FIELDS = ['name', 'acronym', 'title', 'label', 'quote', 'description', 'email', 'url'];

/** A short human label of a record (its name, title or quote), if it has one. */
function labelOf(record: DiffRecord): string | undefined {
  for (const f of LABEL_FIELDS) {
    const v = record[f];
    if (typeof v === 'string' && v.trim() !== '') return v.replace(/\s+/g, ' ').trim();
  }
  return undefined;
}

function datasetLine(d: DatasetDiff): string {
  const counts = `${d.added.length} added, ${d.removed.length} removed, ${d.changed.length} changed, ${d.unchanged} unchanged`;
  if (d.status === 'added') return `${d.dataset}: new dataset (${plural(d.added.length, 'record')})`;
  if (d.status === 'removed') return `${d.dataset}: dataset removed (had ${plural(d.removed.length, 'record')})`;
  if (!datasetChanged(d)) return `${d.dataset}: unchanged (${plural(d.unchanged, 'record')})`;
  return `${d.dataset}: ${counts}`;
}

function summaryLine(diff: DatasetsDiff): string {
  const s = summariseDiff(diff);
  if (s.changed_datasets === 0) return `No differences: ${plural(s.datasets, 'dataset')}, ${plural(s.unchanged, 'record')}, all the same.`;
  return `${s.changed_datasets} of ${plural(s.datasets, 'dataset')} differ: ${s.added} added, ${s.removed} removed, ${s.changed} changed, ${s.unchanged} unchanged records.`;
}

/**
 * The terminal rendering: per dataset a count line, then `+ id`, `- id` and `~ id` lines with every changed field
 * as `field: old → new` (arrays of scalars also show the elements gained and lost). Ends with a summary line.
 */
export function renderDiffText(diff: DatasetsDiff, labels?: DiffLabels): string {
  const lines: string[] = [];
  if (labels) lines.push(`Comparing ${labels.from} → ${labels.to}`, '');
  for (const d of diff.datasets) {
    lines.push(datasetLine(d));
    for (const a of d.added) lines.push(`  + ${a.id}${labelOf(a.record) ? `  ${show(labelOf(a.record), 120)}` : ''}`);
    for (const r of d.removed) lines.push(`  - ${r.id}${labelOf(r.record) ? `  ${show(labelOf(r.record), 120)}` : ''}`);
    for (const c of d.changed) {
      lines.push(`  ~ ${c.id}`);
      for (const f of c.fields) {
        const delta = arrayDelta(f.old, f.new);
        lines.push(`      ${f.field}: ${show(f.old)} → ${show(f.new)}${delta ? `  (${delta})` : ''}`);
      }
    }
  }
  if (lines.length > 0 && diff.datasets.length > 0) lines.push('');
  lines.push(summaryLine(diff));
  return `${lines.join('\n')}\n`;
}

/**
 * The `--json` rendering: `{ from?, to?, summary, datasets: [{ dataset, status, added: [{ id, record }],
 * removed: [...], changed: [{ id, fields: [{ field, old, new }] }], unchanged }] }`. A field absent on one side
 * has no `old` (or `new`) key; `null` is a field present with the value null.
 */
export function renderDiffJson(diff: DatasetsDiff, labels?: DiffLabels): string {
  return `${JSON.stringify({ ...(labels ?? {}), summary: summariseDiff(diff), datasets: diff.datasets }, null, 2)}\n`;
}

/** Inline code that survives any backtick inside the text. */
function code(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

export interface MarkdownOptions {
  /** Level of the dataset headings (the title, when there is one, is one level above). Default 2. */
  level?: number;
  /** Records listed per dataset before "… and N more". Default 20. */
  maxPerDataset?: number;
  /** Longest value shown, in characters. Default 120. */
  maxValue?: number;
}

/** The per-dataset table and details, shared by CHANGES.md and the release notes. */
export function renderChangeDetails(diff: DatasetsDiff, options: MarkdownOptions = {}): string {
  const level = options.level ?? 2;
  const max = options.maxPerDataset ?? 20;
  const maxValue = options.maxValue ?? 120;
  const lines: string[] = ['| Dataset | Added | Removed | Changed | Unchanged |', '| --- | ---: | ---: | ---: | ---: |'];
  for (const d of diff.datasets) {
    const note = d.status === 'added' ? ' (new)' : d.status === 'removed' ? ' (removed)' : '';
    lines.push(`| ${d.dataset}${note} | ${d.added.length} | ${d.removed.length} | ${d.changed.length} | ${d.unchanged} |`);
  }
  for (const d of diff.datasets.filter(datasetChanged)) {
    lines.push('', `${'#'.repeat(level)} ${d.dataset}`, '');
    // Only the items shown are rendered (a first build of a large corpus adds a million records).
    const items: string[] = [];
    const total = d.added.length + d.removed.length + d.changed.length;
    const entry = (sign: string, e: RecordEntry) => {
      const label = labelOf(e.record);
      return `- ${sign} ${code(e.id)}${label ? `: ${code(label.length > maxValue ? `${label.slice(0, maxValue - 1)}…` : label)}` : ''}`;
    };
    for (const a of d.added.slice(0, max)) items.push(entry('added', a));
    for (const r of d.removed.slice(0, Math.max(0, max - items.length))) items.push(entry('removed', r));
    for (const c of d.changed.slice(0, Math.max(0, max - items.length))) {
      const fields = c.fields.map((f) => {
        const delta = arrayDelta(f.old, f.new, maxValue);
        const values = delta && (show(f.old).length > maxValue || show(f.new).length > maxValue) ? delta : `${show(f.old, maxValue)} → ${show(f.new, maxValue)}`;
        return `  - ${code(f.field)}: ${code(values)}`;
      });
      items.push([`- changed ${code(c.id)}`, ...fields].join('\n'));
    }
    lines.push(...items);
    if (total > max) lines.push(`- … and ${total - max} more (\`etat-numerique diff\` lists them all)`);
  }
  return lines.join('\n');
}

/**
 * A concise markdown account of the diff: one summary table (every dataset), then per changed dataset its
 * added, removed and changed records (changed fields as old → new), capped at `maxPerDataset` with
 * "… and N more" so that the file stays readable.
 */
export function renderChangesMarkdown(diff: DatasetsDiff, labels: DiffLabels, options: MarkdownOptions = {}): string {
  const level = options.level ?? 2;
  const lines = [`${'#'.repeat(Math.max(1, level - 1))} Changes`, '', `From ${labels.from} to ${labels.to}.`, '', summaryLine(diff), ''];
  lines.push(renderChangeDetails(diff, { ...options, level }));
  return `${lines.join('\n')}\n`;
}

/** Labels of CHANGES.md: the previous version and this one. */
export type ChangesMeta = DiffLabels;

/**
 * The text of CHANGES.md in a build, deterministic by construction (a rebuild gives the same bytes):
 * - no baseline (no previous output): a short "first version" text;
 * - baseline with the same records as this build: the baseline's own CHANGES.md, unchanged (it tells how this
 *   version differs from the one before it; without one, an account of "no differences");
 * - otherwise: the diff baseline → this build.
 */
/** CHANGES.md of a first version: the number of records of each dataset (nothing to compare them with). */
export function renderFirstVersion(counts: Readonly<Record<string, number>>): string {
  const names = orderNames(Object.keys(counts));
  const total = names.reduce((n, name) => n + (counts[name] ?? 0), 0);
  return [
    '# Changes',
    '',
    `First version of the data: there was no previous version to compare with. ${plural(total, 'record')} in ${plural(names.length, 'dataset')}.`,
    '',
    '| Dataset | Records |',
    '| --- | ---: |',
    ...names.map((name) => `| ${name} | ${counts[name] ?? 0} |`),
    '',
  ].join('\n');
}

export function renderChangesFile(
  baseline: DatasetFiles | null,
  baselineChanges: string | null,
  next: DatasetFiles,
  meta: ChangesMeta,
  /** Records known to be the same on both sides and left out of `baseline` and `next`, per dataset (diff/chunks.ts). */
  knownUnchanged: Readonly<Record<string, number>> = {},
): string {
  if (baseline === null) return renderFirstVersion(Object.fromEntries(Object.entries(next).map(([name, records]) => [name, records.length])));
  const diff = diffDatasets(baseline, next);
  for (const d of diff.datasets) d.unchanged += knownUnchanged[d.dataset] ?? 0;
  if (isUnchanged(diff) && baselineChanges !== null) return baselineChanges;
  return renderChangesMarkdown(diff, meta);
}
