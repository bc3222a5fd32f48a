/**
 * Body of an extraction worker thread: answers `summarise` and `extract` requests from pool.ts with the same
 * pure functions the in-thread path uses. A failure is sent back as a message, never thrown across threads.
 */
import { parentPort } from 'node:worker_threads';
import { answerRequests } from '../io/thread-pool.ts';
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
export interface WorkerAnswer {
  results: string;
}

if (parentPort) {
  answerRequests<WorkerRequest>(parentPort, (req) => {
    const results = req.op === 'summarise' ? req.docs.map((d) => summariseDocument(d)) : req.docs.map((d, i) => extractWithKnown(d, req.known[i]!));
    return { answer: { results: JSON.stringify(results) } satisfies WorkerAnswer };
  });
}
