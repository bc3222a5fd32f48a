import { afterEach, describe, expect, it } from 'vitest';
import { PipelineError } from '../../pipeline/errors.ts';
import { ThreadPool } from '../../pipeline/io/thread-pool.ts';

const entry = new URL('./thread-pool-worker.ts', import.meta.url);
let pool: ThreadPool | undefined;
afterEach(() => pool?.close());

describe('ThreadPool', () => {
  it('answers every request, matched by id, with transferred bytes, whatever the order threads finish in', async () => {
    pool = new ThreadPool(entry, 2, 'test');
    expect(pool.size).toBe(2);
    const answers = await Promise.all(Array.from({ length: 20 }, (_, n) => pool!.request<{ doubled: number; bytes: Uint8Array }>({ n })));
    expect(answers.map((a) => a.doubled)).toEqual(Array.from({ length: 20 }, (_, n) => 2 * n));
    expect(new TextDecoder().decode(answers[7]!.bytes)).toBe('14');
  }, 30_000);

  it('rejects the request that failed with a PipelineError naming the kind of work, and goes on with the others', async () => {
    pool = new ThreadPool(entry, 2, 'test');
    const results = await Promise.allSettled([1, -1, 2].map((n) => pool!.request<{ doubled: number }>({ n })));
    expect(results[0]).toMatchObject({ status: 'fulfilled', value: { doubled: 2 } });
    expect(results[2]).toMatchObject({ status: 'fulfilled', value: { doubled: 4 } });
    const failure = (results[1] as PromiseRejectedResult).reason as PipelineError;
    expect(failure).toBeInstanceOf(PipelineError);
    expect(failure.code).toBe('test-worker-failed');
    expect(failure.message).toContain('cannot double -1');
  }, 30_000);

  it('fails the pending requests when a thread stops', async () => {
    pool = new ThreadPool(entry, 1, 'test');
    const results = await Promise.allSettled([666, 5].map((n) => pool!.request({ n })));
    for (const r of results) {
      expect(r.status).toBe('rejected');
      expect(((r as PromiseRejectedResult).reason as PipelineError).code).toBe('test-worker-failed');
    }
  }, 30_000);
});
