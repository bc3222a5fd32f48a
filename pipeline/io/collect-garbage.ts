/**
 * A full garbage collection between two stages of a large build. Each stage drops what the previous one built
 * (the extracted facts once records are made of them), but V8 collects its old generation only when it next
 * needs room: the dead facts of a 100 MB corpus (several hundred MB) stayed in the heap while the package stage
 * and its render threads grew theirs, and the peak memory of the process was the sum. Collecting at the stage
 * boundary costs a fraction of a second on such a heap, and is skipped for small ones.
 *
 * `gc` is not exposed without a command-line flag: it is enabled at run time, as Jest's leak detector does.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Below this much used heap, a collection saves too little to matter. */
const MIN_HEAP_BYTES = 256 * 1024 * 1024;

let gc: (() => void) | undefined;

export function collectGarbage(): void {
  if (getHeapStatistics().used_heap_size < MIN_HEAP_BYTES) return;
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}
