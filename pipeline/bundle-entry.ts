/**
 * Entry of the bundled CLI (bin/fast-start.js): the CLI, and where its worker threads find their bundled bodies.
 */
export { main } from './cli.ts';
export { useCompiledBodies } from './io/thread-pool.ts';
