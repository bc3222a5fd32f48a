// A worker body for the thread-pool test: doubles `n`, throws on a negative `n`, stops the thread on `n = 666`.
import { parentPort } from 'node:worker_threads';
import { answerRequests } from '../../pipeline/io/thread-pool.ts';

if (parentPort) {
  answerRequests<{ id: number; n: number }>(parentPort, ({ n }) => {
    if (n === 666) process.exit(3);
    if (n < 0) throw new Error(`cannot double ${n}`);
    const bytes = new TextEncoder().encode(String(2 * n));
    return { answer: { doubled: 2 * n, bytes }, transfer: [bytes.buffer as ArrayBuffer] };
  });
}
