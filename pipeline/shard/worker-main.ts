/**
 * Body of an extraction worker thread: answers `summarise` and `extract` requests from pool.ts with the same
 * pure functions the in-thread path uses. A failure is sent back as a message, never thrown across threads.
 */
import { parentPort } from 'node:worker_threads';
import type { SourceDocument } from '../types/domain.ts';
import { extractWithKnown, summariseDocument } from './extract-corpus.ts';

export type WorkerRequest =
  | { id: number; op: 'summarise'; docs: SourceDocument[] }
  | { id: number; op: 'extract'; docs: SourceDocument[]; known: string[][] };

/**
 * Results travel as JSON text: a string crosses threads as one copy, where cloning a million fact objects cost the
 * main thread seconds on a 100 MB corpus. Facts are plain JSON values (the extraction cache stores them the same
 * way, and a build from the cache gives the same bytes).
 */
export type WorkerResponse = { id: number; ok: true; results: string } | { id: number; ok: false; error: string };

parentPort?.on('message', (req: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    const results =
      req.op === 'summarise' ? req.docs.map((d) => summariseDocument(d)) : req.docs.map((d, i) => extractWithKnown(d, req.known[i]!));
    response = { id: req.id, ok: true, results: JSON.stringify(results) };
  } catch (error) {
    response = { id: req.id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(response);
});
