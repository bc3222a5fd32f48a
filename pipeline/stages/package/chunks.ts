/**
 * The dataset files of dist/ rendered in chunks (pure): exactly the bytes of renderCsv, renderJson and
 * renderJsonLd, produced a few thousand records at a time, so that a large corpus never needs a file of dist/ as
 * one string (V8 caps strings at about 512 M characters, and holding every file at once costs gigabytes).
 * The records must already be sorted by id (`sortById`), as the renderers sort them.
 *
 * A dataset's three files are a frame (`datasetFrame`: the header, and for JSON the envelope around the array)
 * around chunks of records (`renderChunk`); a chunk depends on its records and on whether it is the first one
 * only, so chunks can be rendered anywhere (package/render-pool.ts renders them on worker threads) and in any
 * size, and their concatenation is the same text.
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

/**
 * Records per chunk. Small enough that a chunk's texts (and its JSON on the way to a render worker) stay under V8's
 * large-object size (about 128 kB) and die young: with 2,000 records every chunk was an old-generation object, and
 * on 100 MB the package stage spent a third more CPU (most of it collecting them) and more memory.
 */
export const CHUNK = 200;

/** Most records in one chunk: a run of ids none of which ends a chunk is cut there. */
export const CHUNK_MAX = 4 * CHUNK;

/** FNV-1a over the UTF-16 code units of a string (32 bits): cheap and well spread, for chunk boundaries. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Where the chunks of a dataset sorted by id end: after each record whose id hashes to 0 modulo CHUNK (so CHUNK
 * records per chunk on average), or after CHUNK_MAX records. A boundary depends on the id before it only: adding or
 * removing a record changes the chunk it falls in and leaves the others as they were, so a rebuild after a small
 * edit finds most chunks of the previous build unchanged (cache/render-reuse.ts). Any split gives the same files.
 */
export function chunkEnds(sorted: readonly object[]): number[] {
  const ends: number[] = [];
  let start = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i + 1 - start >= CHUNK_MAX || fnv1a(String((sorted[i] as { id?: unknown }).id)) % CHUNK === 0) {
      ends.push(i + 1);
      start = i + 1;
    }
  }
  if (start < sorted.length) ends.push(sorted.length);
  return ends;
}

/** Options of renderCsv (csv.ts), kept identical. */
const CSV_OPTIONS = {
  record_delimiter: '\r\n',
  quote_record_delimiter: true,
  quoted_match: /^\s|\s$/,
  eof: true,
  bom: false,
} as const;

/** The three files of a dataset. */
export type DatasetFormat = 'csv' | 'json' | 'jsonld';
export const DATASET_FORMATS: readonly DatasetFormat[] = ['csv', 'json', 'jsonld'];

/** The text of each file before and after its chunks of records. */
export type DatasetFrame = Record<DatasetFormat, { head: string; tail: string }>;

/** A chunk of records as it appears in each file. */
export type RenderedChunk = Record<DatasetFormat, string>;

const PLACEHOLDER = '\u0000items\u0000';

/** A JSON document (indent 2) whose `key` array holds `count` items: the text around the items. */
function documentFrame(envelope: Record<string, unknown>, key: string, count: number): { head: string; tail: string } {
  const text = `${JSON.stringify({ ...envelope, [key]: count ? [PLACEHOLDER] : [] }, null, 2)}\n`;
  if (!count) return { head: text, tail: '' };
  const marker = `    ${JSON.stringify(PLACEHOLDER)}`;
  const at = text.indexOf(marker);
  return { head: text.slice(0, at), tail: text.slice(at + marker.length) };
}

/** Items stringified at the same depth as in the document (an object's array), wrapper cut off. */
function itemsText(key: string, items: unknown[], first: boolean): string {
  const open = `{\n  ${JSON.stringify(key)}: [\n`;
  const close = '\n  ]\n}';
  const text = JSON.stringify({ [key]: items }, null, 2);
  return (first ? '' : ',\n') + text.slice(open.length, text.length - close.length);
}

function jsonEnvelope(name: DatasetName, count: number): Record<string, unknown> {
  const schema = DATASET_SCHEMAS[name];
  return { dataset: name, title: schema.title, description: schema.description, schema: schemaPath(name), count };
}

/** The frame of a dataset of `count` records (pure). */
export function datasetFrame(name: DatasetName, count: number): DatasetFrame {
  return {
    csv: { head: stringify([columnsOf(name).map((c) => c.name)], CSV_OPTIONS), tail: '' },
    json: documentFrame(jsonEnvelope(name, count), 'records', count),
    jsonld: documentFrame({ '@context': CONTEXT_IRI }, '@graph', count),
  };
}

/** CSV rows of records (no header). */
function csvRows(name: DatasetName, records: readonly object[]): string {
  const columns = columnsOf(name);
  const rows: string[][] = [];
  for (const record of records as PlainRecord[]) rows.push(columns.map((c) => encodeCell(c, record[c.name])));
  return stringify(rows, CSV_OPTIONS);
}

/** One chunk of a non-empty dataset in its three files (pure); `first` for the chunk that opens the array. */
export function renderChunk(name: DatasetName, records: readonly object[], first: boolean): RenderedChunk {
  return {
    csv: csvRows(name, records),
    json: itemsText('records', records.map((r) => orderKeys(name, r as PlainRecord)), first),
    jsonld: itemsText('@graph', records.map((r) => renderNode(name, r as PlainRecord)), first),
  };
}

/** One file of a dataset, in chunks: its frame around its records. */
function* fileChunks(name: DatasetName, sorted: readonly object[], format: DatasetFormat, render: (records: readonly object[], first: boolean) => string): Generator<string> {
  const frame = datasetFrame(name, sorted.length)[format];
  yield frame.head;
  for (let i = 0; i < sorted.length; i += CHUNK) yield render(sorted.slice(i, i + CHUNK), i === 0);
  if (frame.tail) yield frame.tail;
}

/** renderCsv(name, records), in chunks. */
export function csvChunks(name: DatasetName, sorted: readonly object[]): Generator<string> {
  return fileChunks(name, sorted, 'csv', (records) => csvRows(name, records));
}

/** renderJson(name, records), in chunks. */
export function jsonChunks(name: DatasetName, sorted: readonly object[]): Generator<string> {
  return fileChunks(name, sorted, 'json', (records, first) => itemsText('records', records.map((r) => orderKeys(name, r as PlainRecord)), first));
}

/** renderJsonLd(name, records), in chunks. */
export function jsonLdChunks(name: DatasetName, sorted: readonly object[]): Generator<string> {
  return fileChunks(name, sorted, 'jsonld', (records, first) => itemsText('@graph', records.map((r) => renderNode(name, r as PlainRecord)), first));
}
