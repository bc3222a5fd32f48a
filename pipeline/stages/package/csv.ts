/**
 * CSV rendering and reading of a dataset (pure). Columns and their kinds come from the dataset's JSON Schema.
 *
 * Conventions (documented in docs/datasets.md):
 * - UTF-8 without BOM, RFC 4180: comma, double quotes around cells that need them (doubled inside), CRLF line
 *   ends, a header row, one row per record sorted by id, columns in schema order;
 * - null → empty cell; numbers as JavaScript writes them (`String(n)`: 14000, 1.5, -3);
 * - arrays: values joined with "|"; inside a value, "\" is written "\\" and "|" is written "\|";
 *   an empty array is an empty cell (the schemas forbid empty strings, so "" never means anything else);
 * - formula neutralisation, text and array columns only: a cell starting with = + - @ TAB CR (or their full-width
 *   forms ＝ ＋ － ＠) or ' is written
 *   with one extra leading ' (so a spreadsheet shows it as text). To read a text cell back, drop one leading '.
 *   Number columns are never prefixed: they hold JSON numbers only, so "-3" stays a number.
 */
import { stringify } from 'csv-stringify/sync';
import { parse } from 'csv-parse/sync';
import type { DatasetName } from '../../types/records.ts';
import { columnsOf, type Column } from './contract.ts';

/** A record as a plain object (the generated record types are all assignable to it). */
export type PlainRecord = Record<string, unknown>;

/** Separator of multi-valued cells. */
export const ARRAY_SEPARATOR = '|';

/**
 * First characters a spreadsheet may run as a formula (OWASP "CSV injection"): = + - @ TAB CR, their full-width
 * forms (＝ ＋ － ＠, which Apple Numbers normalises), and ' itself (so that the rule can be undone).
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20']/u;

/** Whether a text column (by its schema) can hold a cell that gets neutralised: no enum, and a pattern, if any, that allows it. */
export function mayNeedNeutralising(column: Column): boolean {
  if (column.kind !== 'string' && column.kind !== 'array') return false;
  if (column.schema.enum) return false;
  const items = column.schema.items as { pattern?: string } | undefined;
  const pattern = column.kind === 'array' ? items?.pattern : column.schema.pattern;
  if (!pattern) return true;
  const re = new RegExp(pattern, 'u');
  return ['=a', '+a', '-a', '@a', '\ta', "'a"].some((s) => re.test(s));
}

/** Prefixes `'` to a text cell a spreadsheet would run as a formula (and to one starting with `'`, to stay reversible). */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Inverse of neutraliseFormula. */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

/** Joins array values with "|", escaping "\" as "\\" and "|" as "\|" inside values. */
export function joinValues(values: readonly string[]): string {
  return values.map((v) => v.replaceAll('\\', '\\\\').replaceAll('|', '\\|')).join(ARRAY_SEPARATOR);
}

/** Inverse of joinValues for a non-empty cell. */
export function splitValues(cell: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i];
    if (c === '\\' && i + 1 < cell.length) {
      current += cell[i + 1];
      i++;
    } else if (c === ARRAY_SEPARATOR) {
      out.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  out.push(current);
  return out;
}

/** The CSV cell of one value of a column. */
export function encodeCell(column: Column, value: unknown): string {
  if (value === null || value === undefined) return '';
  switch (column.kind) {
    case 'integer':
    case 'number':
      return String(value);
    case 'array': {
      const values = value as string[];
      return values.length === 0 ? '' : neutraliseFormula(joinValues(values));
    }
    case 'string':
      return neutraliseFormula(String(value));
  }
}

/** The value of one CSV cell of a column (inverse of encodeCell on schema-valid values). */
export function decodeCell(column: Column, cell: string): unknown {
  switch (column.kind) {
    case 'integer':
    case 'number': {
      // An empty or non-numeric cell is returned as null / the raw text, so that schema validation reports it.
      if (cell === '') return null;
      const n = Number(cell);
      return Number.isNaN(n) || cell.trim() !== cell ? cell : n;
    }
    case 'array':
      return cell === '' ? [] : splitValues(restoreFormula(cell));
    case 'string':
      return cell === '' && column.nullable ? null : restoreFormula(cell);
  }
}

/** Sorts records by id (UTF-16 code unit order, locale independent), without changing the input. */
export function sortById<T extends { id: string }>(records: readonly T[]): readonly T[] {
  // Several stages of a build ask for the same order: a list is checked (or sorted) once, then its answer is
  // remembered. Most datasets come sorted already (normalise sorts them): the list itself. The facts, in text
  // order, get one sorted copy. Datasets are not changed once built; a list that grew is looked at again.
  const known = sortedCopies.get(records);
  if (known && known.length === records.length) return known as readonly T[];
  let sorted = true;
  for (let i = 1; i < records.length && sorted; i++) sorted = !(records[i]!.id < records[i - 1]!.id);
  const copy = sorted ? records : [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  sortedCopies.set(records, copy);
  if (copy !== records) sortedCopies.set(copy, copy);
  return copy;
}

/** Lists already put in id order, and their sorted copy (the list itself when it was sorted). */
const sortedCopies = new WeakMap<readonly object[], readonly object[]>();

/** Renders a dataset as CSV text (header + one row per record, sorted by id, CRLF, no BOM). */
export function renderCsv(name: DatasetName, records: readonly object[]): string {
  const columns = columnsOf(name);
  const rows: string[][] = [columns.map((c) => c.name)];
  for (const record of sortById(records as readonly (PlainRecord & { id: string })[])) {
    rows.push(columns.map((c) => encodeCell(c, record[c.name])));
  }
  return stringify(rows, {
    record_delimiter: '\r\n',
    // With a custom record delimiter, csv-stringify only quotes cells containing "\r\n" itself unless told to:
    // a lone "\n" or "\r" inside a cell must be quoted too, or other readers split the row.
    quote_record_delimiter: true,
    // Leading/trailing white space is quoted so that readers which trim unquoted cells keep it.
    quoted_match: /^\s|\s$/,
    eof: true,
    bom: false,
  });
}

export interface ParsedCsv {
  records: PlainRecord[];
  /** Problems found while reading (wrong header, wrong number of cells, CSV syntax): plain messages. */
  problems: string[];
}

/** Reads a dataset CSV back into records typed by the schema (inverse of renderCsv). Never throws. */
export function parseCsv(name: DatasetName, text: string): ParsedCsv {
  const columns = columnsOf(name);
  const problems: string[] = [];
  let rows: string[][];
  try {
    rows = parse(text, { bom: false, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'CSV_ERROR';
    return { records: [], problems: [`${code}: ${(error as Error).message}`] };
  }
  const [header, ...body] = rows;
  const expected = columns.map((c) => c.name);
  if (!header || header.join(',') !== expected.join(',')) {
    problems.push(`header is "${(header ?? []).join(',')}", expected "${expected.join(',')}"`);
    return { records: [], problems };
  }
  const records: PlainRecord[] = [];
  body.forEach((row, i) => {
    if (row.length !== columns.length) {
      problems.push(`row ${i + 2} has ${row.length} cells, expected ${columns.length}`);
      return;
    }
    const record: PlainRecord = {};
    columns.forEach((c, j) => {
      record[c.name] = decodeCell(c, row[j] ?? '');
    });
    records.push(record);
  });
  return { records, problems };
}
