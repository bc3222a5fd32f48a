// Worker thread entry for rendering dataset chunks (see render-pool.ts). Plain JavaScript so that it starts
// without a loader, then registers tsx and loads the TypeScript worker body.
import { register } from 'tsx/esm/api';

register();
await import('./render-worker-main.ts');
