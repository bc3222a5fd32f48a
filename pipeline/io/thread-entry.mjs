// Entry of every worker thread of a ThreadPool (thread-pool.ts). Plain JavaScript so that it starts without a
// loader; it registers tsx, then loads the TypeScript body the pool was given (workerData.body, a file URL).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.body);
