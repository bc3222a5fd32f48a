/**
 * A fixed pool of worker threads running extraction on batches of documents. Batches are handed out in order to
 * whichever worker is free and results are put back in input order, so the output is the same as the in-thread
 * loop whatever the timing.
 */
import { Worker } from 'node:worker_threads';
import { PipelineError } from '../errors.ts';
import type { DocumentSummary } from '../cache/extract-cache.ts';
import type { Fact, Issue, SourceDocument } from '../types/domain.ts';
import type { WorkerRequest, WorkerResponse } from './worker-main.ts';

/** Characters per batch: big enough to amortise a message, small enough to balance the load. */
const BATCH_CHARS = 400_000;

type Job = { docs: SourceDocument[]; make: (id: number) => WorkerRequest; done: (results: unknown[]) => void; fail: (e: Error) => void };

export class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly running = new Map<number, Job>();
  private nextId = 0;
  private closed = false;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./worker.mjs', import.meta.url));
      worker.on('message', (res: WorkerResponse) => this.onMessage(worker, res));
      worker.on('error', (error) => this.failAll(error));
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  /** `done(n)` is told each time n more documents are finished (for progress lines). */
  summarise(docs: SourceDocument[], done?: (n: number) => void): Promise<DocumentSummary[]> {
    return this.run(docs, (batch) => (id) => ({ id, op: 'summarise', docs: batch }), done) as Promise<DocumentSummary[]>;
  }

  extract(docs: SourceDocument[], known: string[][], done?: (n: number) => void): Promise<Array<{ facts: Fact[]; issues: Issue[] }>> {
    return this.run(docs, (batch, from) => (id) => ({ id, op: 'extract', docs: batch, known: known.slice(from, from + batch.length) }), done) as Promise<
      Array<{ facts: Fact[]; issues: Issue[] }>
    >;
  }

  /** Splits docs into batches, runs them, and returns the results in input order. */
  private run(
    docs: SourceDocument[],
    request: (batch: SourceDocument[], from: number) => (id: number) => WorkerRequest,
    onBatch: (n: number) => void = () => {},
  ): Promise<unknown[]> {
    const results: unknown[] = new Array(docs.length);
    const batches: Array<[number, SourceDocument[]]> = [];
    let from = 0;
    while (from < docs.length) {
      let to = from;
      let chars = 0;
      while (to < docs.length && (to === from || chars + docs[to]!.text.length <= BATCH_CHARS)) chars += docs[to++]!.text.length;
      batches.push([from, docs.slice(from, to)]);
      from = to;
    }
    if (batches.length === 0) return Promise.resolve(results);
    return new Promise((resolve, reject) => {
      let left = batches.length;
      for (const [start, batch] of batches) {
        this.queue.push({
          docs: batch,
          make: request(batch, start),
          done: (r) => {
            for (let k = 0; k < r.length; k++) results[start + k] = r[k];
            onBatch(r.length);
            if (--left === 0) resolve(results);
          },
          fail: reject,
        });
      }
      this.pump();
    });
  }

  private pump(): void {
    while (this.idle.length && this.queue.length) {
      const worker = this.idle.shift()!;
      const job = this.queue.shift()!;
      const id = this.nextId++;
      this.running.set(id, job);
      worker.postMessage(job.make(id));
    }
  }

  private onMessage(worker: Worker, res: WorkerResponse): void {
    const job = this.running.get(res.id);
    this.running.delete(res.id);
    this.idle.push(worker);
    if (job) {
      if (res.ok) job.done(JSON.parse(res.results) as unknown[]);
      else job.fail(new PipelineError('extraction-worker-failed', `An extraction worker failed: ${res.error}`));
    }
    this.pump();
  }

  private failAll(error: Error): void {
    const wrapped = new PipelineError('extraction-worker-failed', `An extraction worker stopped: ${error.message}`, { cause: error });
    for (const job of [...this.running.values(), ...this.queue]) job.fail(wrapped);
    this.running.clear();
    this.queue.length = 0;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
