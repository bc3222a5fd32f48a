/**
 * datapackage.json (Frictionless Data Package v2), pure: one tabular resource per dataset CSV, each with a Table
 * Schema derived from the dataset's JSON Schema (field order, types, required/unique/enum constraints, primary and
 * foreign keys from the `x-jsonld` references). Nothing here restates a column by hand.
 */
import type { DatasetName, SourceRecord } from '../../types/records.ts';
import { ARRAY_SEPARATOR, mayNeedNeutralising } from './csv.ts';
import { DATASET_SCHEMAS, PACKAGE_META, columnsOf, type Column } from './contract.ts';

export const DATAPACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';

/** The CSV dialect every resource uses (RFC 4180 with CRLF). */
export const CSV_DIALECT = {
  header: true,
  delimiter: ',',
  lineTerminator: '\r\n',
  quoteChar: '"',
  doubleQuote: true,
} as const;

export interface TableSchemaField {
  name: string;
  description: string;
  type: 'string' | 'integer' | 'number';
  format?: 'email' | 'uri';
  constraints?: {
    required?: boolean;
    unique?: boolean;
    enum?: string[];
    minimum?: number;
    minLength?: number;
  };
}

export interface TableSchema {
  fields: TableSchemaField[];
  missingValues: string[];
  primaryKey: string[];
  foreignKeys?: { fields: string[]; reference: { resource?: string; fields: string[] } }[];
}

const ARRAY_NOTE = ` Multi-valued: values joined with "${ARRAY_SEPARATOR}"; inside a value "\\" is written "\\\\" and "${ARRAY_SEPARATOR}" is written "\\${ARRAY_SEPARATOR}"; an empty cell is an empty list.`;
const DATE_NOTE =
  ' Kept as a string because its precision varies: ISO 8601 "YYYY" (year), "YYYY-MM" (month), "YYYY-MM-DD" (day) or an interval "START/END" (period), never padded to a day.';
const TEXT_NOTE =
  " Formula neutralisation: a cell starting with = + - @ TAB CR (or full-width ＝ ＋ － ＠) or ' has one extra leading ' to drop when reading.";

function fieldOf(column: Column): TableSchemaField {
  const p = column.schema;
  let description = p.description;
  if (column.kind === 'array') description += ARRAY_NOTE;
  if (p['x-jsonld'].temporal) description += DATE_NOTE;
  // Only columns that can start with a formula character get the note (not ids, enums, dates, hashes…).
  if (mayNeedNeutralising(column)) description += TEXT_NOTE;
  const field: TableSchemaField = {
    name: column.name,
    description,
    type: column.kind === 'array' ? 'string' : column.kind,
  };
  if (p.format === 'email' || p.format === 'uri') field.format = p.format;
  const constraints: NonNullable<TableSchemaField['constraints']> = {};
  const required = column.kind === 'array' ? (p.minItems ?? 0) > 0 : !column.nullable;
  if (required) constraints.required = true;
  if (column.name === 'id') constraints.unique = true;
  const values = (p.enum ?? []).filter((v): v is string => v !== null);
  if (values.length > 0) constraints.enum = values;
  if (p.minimum !== undefined) constraints.minimum = p.minimum;
  if (Object.keys(constraints).length > 0) field.constraints = constraints;
  return field;
}

/** The Table Schema of a dataset's CSV, derived from its JSON Schema. */
export function tableSchemaOf(name: DatasetName): TableSchema {
  const columns = columnsOf(name);
  const foreignKeys: NonNullable<TableSchema['foreignKeys']> = [];
  for (const c of columns) {
    const ref = c.schema['x-jsonld'].ref;
    if (typeof ref !== 'string' || c.kind !== 'string' || c.name === 'id') continue;
    // A reference to the same resource omits `resource` (Table Schema v2).
    foreignKeys.push({ fields: [c.name], reference: { ...(ref === name ? {} : { resource: ref }), fields: ['id'] } });
  }
  return {
    fields: columns.map(fieldOf),
    missingValues: [''],
    primaryKey: ['id'],
    ...(foreignKeys.length > 0 ? { foreignKeys } : {}),
  };
}

export interface CsvResourceInfo {
  name: DatasetName;
  /** Path of the CSV inside dist/. */
  path: string;
  bytes: number;
  sha256: string;
}

export interface DataPackageOptions {
  /** ISO 8601 date-time supplied by the caller (never the clock); omitted when undefined. */
  created?: string;
  /** Source documents, listed as the package's `sources`. */
  sources?: readonly SourceRecord[];
}

/** The datapackage.json descriptor, as a value. */
export function dataPackage(
  resources: readonly CsvResourceInfo[],
  options: DataPackageOptions = {},
): Record<string, unknown> {
  const sources = [...(options.sources ?? [])]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((s) => ({
      title: s.title ?? s.id,
      ...(s.origin && /^https?:\/\//.test(s.origin) ? { path: s.origin } : {}),
    }));
  return {
    $schema: DATAPACKAGE_PROFILE,
    name: PACKAGE_META.name,
    title: PACKAGE_META.title,
    description: PACKAGE_META.description,
    homepage: PACKAGE_META.homepage,
    ...(options.created ? { created: options.created } : {}),
    licenses: PACKAGE_META.licenses,
    ...(sources.length > 0 ? { sources } : {}),
    resources: resources.map((r) => ({
      name: r.name,
      type: 'table',
      path: r.path,
      title: DATASET_SCHEMAS[r.name].title,
      description: DATASET_SCHEMAS[r.name].description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      bytes: r.bytes,
      hash: `sha256:${r.sha256}`,
      dialect: CSV_DIALECT,
      schema: tableSchemaOf(r.name),
    })),
  };
}

/** Renders datapackage.json (2-space indent, trailing newline). */
export function renderDataPackage(resources: readonly CsvResourceInfo[], options: DataPackageOptions = {}): string {
  return `${JSON.stringify(dataPackage(resources, options), null, 2)}\n`;
}
