/**
 * The dataset files of dist/ rendered in chunks (pure): exactly the bytes of renderCsv, renderJson and
 * renderJsonLd, produced a few thousand records at a time, so that a large corpus never needs a file of dist/ as
 * one string (V8 caps strings at about 512 M characters, and holding every file at once costs gigabytes).
 * The records must already be sorted by id (`sortById`), as the renderers sort them.
 *
 * How the bytes stay the same: a JSON document indented by 2 is its envelope with the array items indented by
 * 4; a slice of the items, stringified in an object's array like in the document, is the same text as in the
 * document once the wrapper is cut off. CSV rows are independent lines.
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
  // A chunk of items stringified at the same depth as in the document (an object's array), wrapper cut off.
  const open = `{\n  ${JSON.stringify(key)}: [\n`;
  const close = '\n  ]\n}';
  for (let i = 0; i < count; i += CHUNK) {
    const items: unknown[] = [];
    for (let k = i; k < Math.min(count, i + CHUNK); k++) items.push(item(k));
    const text = JSON.stringify({ [key]: items }, null, 2);
    yield (i === 0 ? '' : ',\n') + text.slice(open.length, text.length - close.length);
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
