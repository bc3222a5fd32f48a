import { describe, expect, it } from 'vitest';
import { maximumMatching, measure, scoreKind, sumScores } from '../../pipeline/eval/score.ts';

const same = (gold: string, predicted: string) => gold === predicted;

describe('scoreKind', () => {
  it('counts true positives, false positives and misses', () => {
    const result = scoreKind(['a', 'b', 'c'], ['a', 'c', 'x'], same);
    expect(result).toMatchObject({ gold: 3, found: 3, tp: 2, fp: 1, fn: 1 });
    expect(result.misses).toEqual(['b']);
    expect(result.false_finds).toEqual(['x']);
    expect(result.precision).toBeCloseTo(2 / 3);
    expect(result.recall).toBeCloseTo(2 / 3);
    expect(result.f1).toBeCloseTo(2 / 3);
  });

  it('matches one-to-one: a duplicate prediction is a false positive', () => {
    const result = scoreKind(['a'], ['a', 'a'], same);
    expect(result).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });

  it('matches one-to-one: one prediction cannot satisfy two gold entries', () => {
    const result = scoreKind(['a', 'a'], ['a'], same);
    expect(result).toMatchObject({ tp: 1, fp: 0, fn: 1 });
  });

  it('finds the largest matching, not a greedy one', () => {
    // p1 matches g1 and g2, p2 matches g1 only: greedy g1→p1 would leave g2… and p2 unmatched.
    const gold = ['g1', 'g2'];
    const predicted = ['p1', 'p2'];
    const edges = new Set(['g1:p1', 'g2:p1', 'g1:p2']);
    const result = scoreKind(gold, predicted, (g, p) => edges.has(`${g}:${p}`));
    expect(result.tp).toBe(2);
    expect(result.matches).toEqual([
      { gold: 'g1', predicted: 'p2' },
      { gold: 'g2', predicted: 'p1' },
    ]);
  });

  it('gives null measures when there is nothing to measure', () => {
    expect(scoreKind([], [], same)).toMatchObject({ precision: null, recall: null, f1: null });
    expect(scoreKind(['a'], [], same)).toMatchObject({ precision: null, recall: 0, f1: 0 });
    expect(scoreKind([], ['a'], same)).toMatchObject({ precision: 0, recall: null, f1: 0 });
  });
});

describe('maximumMatching', () => {
  it('returns -1 for unmatched gold entries', () => {
    expect(maximumMatching(['a', 'b'], ['b'], same)).toEqual([-1, 0]);
  });
});

describe('sumScores', () => {
  it('micro-averages: sums counts, recomputes measures', () => {
    const total = sumScores([measure({ gold: 10, found: 0, tp: 0 }), measure({ gold: 2, found: 4, tp: 2 })]);
    expect(total).toMatchObject({ gold: 12, found: 4, tp: 2, fp: 2, fn: 10 });
    expect(total.precision).toBeCloseTo(0.5);
    expect(total.recall).toBeCloseTo(2 / 12);
  });
});
