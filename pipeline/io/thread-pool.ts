/**
 * A fixed pool of worker threads answering requests: each request goes to whichever thread is free, and its
 * promise settles with the answer to that request (answers are matched by id, so their order does not matter).
 * Used by extraction (shard/pool.ts, batches of documents) and by the package stage (package/render-pool.ts,
 * chunks of records). A failure is a PipelineError `<kind>-worker-failed`; a thread that stops fails every
 * request still pending.
 */
import { Worker, type TransferListItem } from 'node:worker_threads';
import { PipelineError } from '../errors.ts';
import { WORKER_HEAP, collectGarbageIfGrown } from './collect-garbage.ts';

/** What a worker thread answers: `{ id, ok: true, …payload }` or `{ id, ok: false, error }`. */
export type ThreadAnswer = { id: number; ok: true } | { id: number; ok: false; error: string };

const THREAD_ENTRY = new URL('./thread-entry.mjs', import.meta.url);

/** Bodies compiled to JavaScript (the bundled CLI, bin/fast-start.js): source URL → bundled URL. */
const compiledBodies = new Map<string, string>();

/** Threads whose body is one of these source files run its bundled JavaScript instead (no tsx in the thread). */
export function useCompiledBodies(bodies: Readonly<Record<string, string>>): void {
  for (const [source, compiled] of Object.entries(bodies)) compiledBodies.set(source, compiled);
}

interface Pending {
  message: Record<string, unknown> & { id: number };
  resolve: (answer: unknown) => void;
  reject: (error: Error) => void;
}

export class ThreadPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Pending[] = [];
  private readonly running = new Map<number, Pending>();
  private nextId = 0;
  private closed = false;

  /** `body`: the TypeScript module a thread runs (it calls answerRequests); `kind` names the work in errors. */
  constructor(
    body: URL,
    size: number,
    private readonly kind: string,
  ) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(THREAD_ENTRY, { workerData: { body: compiledBodies.get(body.href) ?? body.href } });
      worker.on('message', (answer: ThreadAnswer) => this.onAnswer(worker, answer));
      worker.on('error', (error) => this.failAll(error));
      // A thread that ends without an error event (process.exit in it) must not leave its requests waiting.
      worker.on('exit', (code) => {
        const at = this.idle.indexOf(worker);
        if (at >= 0) this.idle.splice(at, 1);
        if (!this.closed) this.failAll(new Error(`the thread exited with code ${code}`));
      });
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  /** Sends `{ id, ...message }` to a free thread; resolves with its answer (`ok: true`), rejects otherwise. */
  request<Answer>(message: Record<string, unknown>): Promise<Answer> {
    return new Promise((resolve, reject) => {
      this.queue.push({ message: { ...message, id: this.nextId++ }, resolve: resolve as (answer: unknown) => void, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.idle.length && this.queue.length) {
      const job = this.queue.shift()!;
      this.running.set(job.message.id, job);
      this.idle.shift()!.postMessage(job.message);
    }
  }

  private onAnswer(worker: Worker, answer: ThreadAnswer): void {
    const job = this.running.get(answer.id);
    this.running.delete(answer.id);
    this.idle.push(worker);
    if (job) {
      if (answer.ok) job.resolve(answer);
      else job.reject(new PipelineError(`${this.kind}-worker-failed`, `An ${this.kind} worker failed: ${answer.error}`));
    }
    this.pump();
  }

  private failAll(error: Error): void {
    const wrapped = new PipelineError(`${this.kind}-worker-failed`, `An ${this.kind} worker stopped: ${error.message}`, { cause: error });
    for (const job of [...this.running.values(), ...this.queue]) job.reject(wrapped);
    this.running.clear();
    this.queue.length = 0;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** Answers of a worker thread's body: posts the answer to `handle(message)`, or the error it threw. */
export function answerRequests<Message extends { id: number }>(
  port: { on(event: 'message', listener: (message: Message) => void): unknown; postMessage(value: unknown, transfer?: readonly TransferListItem[]): void },
  handle: (message: Message) => { answer: Record<string, unknown>; transfer?: TransferListItem[] },
): void {
  port.on('message', (message) => {
    try {
      const { answer, transfer } = handle(message);
      port.postMessage({ ...answer, id: message.id, ok: true }, transfer);
    } catch (error) {
      port.postMessage({ id: message.id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
    // Between two requests, this thread's garbage: collected before its heap grows far past one request's needs.
    collectGarbageIfGrown(WORKER_HEAP);
  });
}
