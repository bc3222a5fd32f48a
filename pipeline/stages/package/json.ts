/**
 * JSON rendering of a dataset (pure): an envelope naming the dataset and its schema, then the records sorted by
 * id with their keys in schema order. 2-space indent, trailing newline.
 */
import type { DatasetName } from '../../types/records.ts';
import { DATASET_SCHEMAS, columnNames, schemaPath } from './contract.ts';
import { sortById, type PlainRecord } from './csv.ts';

/** The `<name>.json` envelope. */
export interface DatasetJson {
  dataset: DatasetName;
  title: string;
  description: string;
  /** Path of the record schema, relative to the dist folder. */
  schema: string;
  count: number;
  records: PlainRecord[];
}

/** A copy of the record with exactly the schema's keys, in schema order (missing keys are left out). */
export function orderKeys(name: DatasetName, record: PlainRecord): PlainRecord {
  const out: PlainRecord = {};
  for (const key of columnNames(name)) if (key in record) out[key] = record[key];
  return out;
}

/** The JSON document of a dataset, as a value. */
export function datasetJson(name: DatasetName, records: readonly object[]): DatasetJson {
  const schema = DATASET_SCHEMAS[name];
  const sorted = sortById(records as readonly (PlainRecord & { id: string })[]).map((r) => orderKeys(name, r));
  return {
    dataset: name,
    title: schema.title,
    description: schema.description,
    schema: schemaPath(name),
    count: sorted.length,
    records: sorted,
  };
}

/** Renders `<name>.json`. */
export function renderJson(name: DatasetName, records: readonly object[]): string {
  return `${JSON.stringify(datasetJson(name, records), null, 2)}\n`;
}
