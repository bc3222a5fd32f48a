// Worker thread entry for tests/io/thread-pool.test.ts: registers tsx, then loads the TypeScript body.
import { register } from 'tsx/esm/api';

register();
await import('./thread-pool-worker.ts');
