import { describe, expect, it } from 'vitest';
import { getHeapStatistics } from 'node:v8';
import { collectGarbageIfGrown } from '../../pipeline/io/collect-garbage.ts';

const MB = 1024 * 1024;
const used = () => getHeapStatistics().used_heap_size;

describe('collectGarbageIfGrown', () => {
  it('collects the garbage once the heap has grown past the allowance, and not before', () => {
    collectGarbageIfGrown({ growth: 0, minimum: 0 }); // a collection: the baseline of the next calls
    const baseline = used();
    // About 60 MB of arrays (120 numbers each), kept long enough to leave the young generation, then dropped:
    // old-space garbage, which only a full collection frees.
    let kept: number[][] | null = Array.from({ length: 60_000 }, (_, i) => Array.from({ length: 120 }, (_, k) => i + k));
    expect(kept.length).toBe(60_000);
    const grown = used();
    expect(grown - baseline).toBeGreaterThan(50 * MB);
    kept = null;
    collectGarbageIfGrown({ growth: 4096 * MB, minimum: 0 }); // under the allowance: left alone
    expect(used()).toBeGreaterThan(baseline + 50 * MB);
    collectGarbageIfGrown({ growth: 8 * MB, minimum: 0 });
    expect(used()).toBeLessThan(baseline + 10 * MB);
  });

  it('leaves a heap under the minimum alone', () => {
    const before = used();
    collectGarbageIfGrown({ growth: 0, minimum: 64 * 1024 * MB });
    expect(used()).toBeGreaterThanOrEqual(before);
  });
});
