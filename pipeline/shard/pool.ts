/**
 * A fixed pool of worker threads running extraction on batches of documents. Batches are handed out in order to
 * whichever worker is free and results are put back in input order, so the output is the same as the in-thread
 * loop whatever the timing.
 */
import { collectGarbageIfGrown } from '../io/collect-garbage.ts';
import { ThreadPool } from '../io/thread-pool.ts';
import type { DocumentSummary } from '../cache/extract-cache.ts';
import type { Fact, Issue, SourceDocument } from '../types/domain.ts';
import type { StringTable } from './share-strings.ts';
import type { WorkerAnswer, WorkerRequest } from './worker-main.ts';

/** Characters per batch: big enough to amortise a message, small enough to balance the load. */
const BATCH_CHARS = 400_000;

export class WorkerPool {
  private readonly threads: ThreadPool;

  constructor(size: number) {
    this.threads = new ThreadPool(new URL('./worker-main.ts', import.meta.url), size, 'extraction');
  }

  get size(): number {
    return this.threads.size;
  }

  /** `done(n)` is told each time n more documents are finished (for progress lines). */
  summarise(docs: SourceDocument[], done?: (n: number) => void): Promise<DocumentSummary[]> {
    return this.run(docs, (batch) => ({ op: 'summarise', docs: batch }), done) as Promise<DocumentSummary[]>;
  }

  /** Facts come back with their short strings shared through `strings` as each batch arrives (see share-strings.ts). */
  extract(docs: SourceDocument[], known: string[][], done?: (n: number) => void, strings?: StringTable): Promise<Array<{ facts: Fact[]; issues: Issue[] }>> {
    const share = strings && ((results: unknown[]) => {
      for (const r of results as Array<{ facts: Fact[] }>) strings.shareFacts(r.facts);
    });
    return this.run(docs, (batch, from) => ({ op: 'extract', docs: batch, known: known.slice(from, from + batch.length) }), done, share) as Promise<
      Array<{ facts: Fact[]; issues: Issue[] }>
    >;
  }

  /** Splits docs into batches, runs them, and returns the results in input order. */
  private async run(
    docs: SourceDocument[],
    request: (batch: SourceDocument[], from: number) => Omit<WorkerRequest, 'id'>,
    onBatch: (n: number) => void = () => {},
    onResults: (results: unknown[]) => void = () => {},
  ): Promise<unknown[]> {
    const batches: Array<[number, SourceDocument[]]> = [];
    let from = 0;
    while (from < docs.length) {
      let to = from;
      let chars = 0;
      while (to < docs.length && (to === from || chars + docs[to]!.text.length <= BATCH_CHARS)) chars += docs[to++]!.text.length;
      batches.push([from, docs.slice(from, to)]);
      from = to;
    }
    const answers = await Promise.all(
      batches.map(async ([start, batch]) => {
        const answer = await this.threads.request<WorkerAnswer>(request(batch, start));
        onBatch(batch.length);
        const results = JSON.parse(answer.results) as unknown[];
        onResults(results);
        // The answers' JSON is garbage once parsed; V8 would let it pile up beside the facts kept.
        collectGarbageIfGrown();
        return [start, results] as const;
      }),
    );
    const results: unknown[] = new Array(docs.length);
    for (const [start, r] of answers) for (let k = 0; k < r.length; k++) results[start + k] = r[k];
    return results;
  }

  close(): Promise<void> {
    return this.threads.close();
  }
}
