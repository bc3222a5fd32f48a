// Entry of every worker thread of a ThreadPool (thread-pool.ts). Plain JavaScript so that it starts without a
// loader: a TypeScript body (workerData.body, a file URL) is loaded through tsx, registered here; a body already
// compiled to JavaScript (the bundled CLI, bin/fast-start.js) is loaded as it is.
import { workerData } from 'node:worker_threads';

const compiled = /\.m?js$/.test(new URL(workerData.body).pathname);
if (process.env.ETAT_NUMERIQUE_DEBUG_START === '1') process.stderr.write(`fast start: thread runs ${workerData.body.split('/').pop()}\n`);
if (!compiled) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.body);
