/**
 * Body of a render worker thread: renders chunks of records with the same pure function the in-thread path uses
 * (chunks.ts renderChunk) and sends the three texts back as UTF-8 bytes, transferred rather than copied. Records
 * come as JSON: schema-valid records are plain JSON values (finite numbers, no undefined where it would show), so
 * they render the same after the round trip. A failure is sent back as a message (io/thread-pool.ts).
 */
import { parentPort } from 'node:worker_threads';
import { answerRequests } from '../../io/thread-pool.ts';
import type { DatasetName } from '../../types/records.ts';
import { renderChunk } from './chunks.ts';

export interface RenderRequest {
  id: number;
  name: DatasetName;
  /** The records as compact JSON: a string crosses threads as one copy, where cloning objects costs ten times more. */
  records: string;
  first: boolean;
}

export interface RenderAnswer {
  csv: Uint8Array;
  json: Uint8Array;
  jsonld: Uint8Array;
}

// TextEncoder gives each text its own ArrayBuffer (Buffer.from may share a pooled one), so it can be transferred.
const encoder = new TextEncoder();

if (parentPort) {
  answerRequests<RenderRequest>(parentPort, (req) => {
    const chunk = renderChunk(req.name, JSON.parse(req.records) as object[], req.first);
    const answer: RenderAnswer = { csv: encoder.encode(chunk.csv), json: encoder.encode(chunk.json), jsonld: encoder.encode(chunk.jsonld) };
    return { answer: { ...answer }, transfer: [answer.csv.buffer as ArrayBuffer, answer.json.buffer as ArrayBuffer, answer.jsonld.buffer as ArrayBuffer] };
  });
}
