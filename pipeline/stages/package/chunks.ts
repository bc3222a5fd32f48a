/**
 * The dataset files of dist/ rendered in chunks (pure): exactly the bytes of renderCsv, renderJson and
 * renderJsonLd, produced a few thousand records at a time, so that a large corpus never needs a file of dist/ as
 * one string (V8 caps strings at about 512 M characters, and holding every file at once costs gigabytes).
 * The records must already be sorted by id (`sortById`), as the renderers sort them.
 *
 * How the bytes stay the same: a JSON document indented by 2 is its envelope with the array items indented by
 * 4; an item's own JSON.stringify(…, null, 2) shifted right by 4 spaces after every line break is that item in
 * the document (strings never hold a raw line break: JSON escapes it). CSV rows are independent lines.
 */
import { stringify } from 'csv-stringify/sync';
import type { DatasetName } from '../../types/records.ts';
import { CONTEXT_IRI, DATASET_SCHEMAS, columnsOf, schemaPath } from './contract.ts';
import { encodeCell, type PlainRecord } from './csv.ts';
import { orderKeys } from './json.ts';
import { renderNode } from './jsonld.ts';

/** Records per chunk. */
const CHUNK = 2000;

/** Options of renderCsv (csv.ts), kept identical. */
const CSV_OPTIONS = {
  record_delimiter: '\r\n',
  quote_record_delimiter: true,
  quoted_match: /^\s|\s$/,
  eof: true,
  bom: false,
} as const;

/** renderCsv(name, records), in chunks. */
export function* csvChunks(name: DatasetName, sorted: readonly object[]): Generator<string> {
  const columns = columnsOf(name);
  yield stringify([columns.map((c) => c.name)], CSV_OPTIONS);
  for (let i = 0; i < sorted.length; i += CHUNK) {
    const rows: string[][] = [];
    for (const record of sorted.slice(i, i + CHUNK) as PlainRecord[]) rows.push(columns.map((c) => encodeCell(c, record[c.name])));
    yield stringify(rows, CSV_OPTIONS);
  }
}

const PLACEHOLDER = '\u0000items\u0000';

/** A JSON document (indent 2) whose `key` array holds `items`: its text, in chunks. */
function* documentChunks(envelope: Record<string, unknown>, key: string, count: number, item: (i: number) => unknown): Generator<string> {
  const text = `${JSON.stringify({ ...envelope, [key]: count ? [PLACEHOLDER] : [] }, null, 2)}\n`;
  if (!count) {
    yield text;
    return;
  }
  const marker = `    ${JSON.stringify(PLACEHOLDER)}`;
  const at = text.indexOf(marker);
  yield text.slice(0, at);
  for (let i = 0; i < count; i += CHUNK) {
    const parts: string[] = [];
    for (let k = i; k < Math.min(count, i + CHUNK); k++) parts.push(`    ${JSON.stringify(item(k), null, 2).replaceAll('\n', '\n    ')}`);
    yield (i === 0 ? '' : ',\n') + parts.join(',\n');
  }
  yield text.slice(at + marker.length);
}

/** renderJson(name, records), in chunks. */
export function jsonChunks(name: DatasetName, sorted: readonly object[]): Generator<string> {
  const schema = DATASET_SCHEMAS[name];
  const envelope = { dataset: name, title: schema.title, description: schema.description, schema: schemaPath(name), count: sorted.length };
  return documentChunks(envelope, 'records', sorted.length, (i) => orderKeys(name, sorted[i] as PlainRecord));
}

/** renderJsonLd(name, records), in chunks. */
export function jsonLdChunks(name: DatasetName, sorted: readonly object[]): Generator<string> {
  return documentChunks({ '@context': CONTEXT_IRI }, '@graph', sorted.length, (i) => renderNode(name, sorted[i] as PlainRecord));
}
