// Worker thread entry for extraction (see pool.ts). Plain JavaScript so that it starts without a loader, then
// registers tsx (unless the thread already runs under it) and loads the TypeScript worker body.
import { register } from 'tsx/esm/api';

register();
await import('./worker-main.ts');
