/**
 * Full garbage collections of a large build. Each stage drops what the previous one built (the extracted facts
 * once records are made of them), but V8 collects its old generation only when it next needs room, and sizes the
 * heap from its peak: the dead facts of a 100 MB corpus (several hundred MB) stayed in the heap while the package
 * stage and its render threads grew theirs, and the peak memory of the process was the sum. Collecting at the
 * stage boundaries (collectGarbage) and, inside the long synchronous stages, whenever the heap has grown well past
 * what the last collection left (collectGarbageIfGrown) costs a fraction of a second per collection on such a heap,
 * and nothing on small ones.
 *
 * `gc` is not exposed without a command-line flag: it is enabled at run time, as Jest's leak detector does.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Below this much used heap, a collection saves too little to matter. */
const MIN_HEAP_BYTES = 256 * 1024 * 1024;

/** How far the heap may grow past what the last collection left before collectGarbageIfGrown collects. */
export const GROWTH_BYTES = 160 * 1024 * 1024;

/**
 * Normalise's allowance: its live heap is the largest of the build (the facts and the records made of them), and the
 * heap V8 grows to there stays the process's size through package, where the render threads add theirs. A 48 MB
 * allowance keeps that size about 60 MB lower than the default on a 100 MB corpus, for a second more of collections.
 */
export const NORMALISE_HEAP = { growth: 48 * 1024 * 1024, minimum: MIN_HEAP_BYTES };

/**
 * A worker thread's limits: its live data is one batch (tens of MB), but V8 lets a new heap grow to about 128 MB
 * before its first full collection, and each of them then added that to the process's memory.
 */
export const WORKER_HEAP = { growth: 48 * 1024 * 1024, minimum: 64 * 1024 * 1024 };

let gc: (() => void) | undefined;
/** Used heap right after the last collection of this module. */
let liveAfterLast = 0;

export function collectGarbage(): void {
  if (getHeapStatistics().used_heap_size < MIN_HEAP_BYTES) return;
  collect();
}

/** Collects when the used heap is over `growth` bytes above what the last collection left (and over `minimum`). */
export function collectGarbageIfGrown({ growth = GROWTH_BYTES, minimum = MIN_HEAP_BYTES } = {}): void {
  const used = getHeapStatistics().used_heap_size;
  if (used < minimum || used < liveAfterLast + growth) return;
  collect();
}

function collect(): void {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
  liveAfterLast = getHeapStatistics().used_heap_size;
}
