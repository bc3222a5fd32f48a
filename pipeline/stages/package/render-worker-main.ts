/**
 * Body of a render worker thread: renders chunks of records with the same pure function the in-thread path uses
 * (chunks.ts renderChunk) and sends the three texts back as UTF-8 bytes, transferred rather than copied. Records
 * come as JSON: schema-valid records are plain JSON values (finite numbers, no undefined where it would show), so
 * they render the same after the round trip. A failure
 * is sent back as a message, never thrown across threads.
 */
import { parentPort } from 'node:worker_threads';
import type { DatasetName } from '../../types/records.ts';
import { renderChunk } from './chunks.ts';

export interface RenderRequest {
  id: number;
  name: DatasetName;
  /** The records as compact JSON: a string crosses threads as one copy, where cloning objects costs ten times more. */
  records: string;
  first: boolean;
}

export type RenderResponse =
  | { id: number; ok: true; csv: Uint8Array; json: Uint8Array; jsonld: Uint8Array }
  | { id: number; ok: false; error: string };

// TextEncoder gives each text its own ArrayBuffer (Buffer.from may share a pooled one), so it can be transferred.
const encoder = new TextEncoder();

parentPort?.on('message', (req: RenderRequest) => {
  try {
    const chunk = renderChunk(req.name, JSON.parse(req.records) as object[], req.first);
    const csv = encoder.encode(chunk.csv);
    const json = encoder.encode(chunk.json);
    const jsonld = encoder.encode(chunk.jsonld);
    parentPort!.postMessage({ id: req.id, ok: true, csv, json, jsonld } satisfies RenderResponse, [csv.buffer, json.buffer, jsonld.buffer]);
  } catch (error) {
    parentPort!.postMessage({ id: req.id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies RenderResponse);
  }
});
