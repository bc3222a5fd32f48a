/**
 * Spans of a text asked whether a span overlaps one of them, in O(log n), and the binary search under them (pure).
 * A page of thousands of numbers asked each one against every date, legal text and number found before it:
 * quadratic, seconds on a long table.
 * Both answer exactly as `spans.some((s) => start < s.end && s.start < end)`.
 */
export interface Span {
  start: number;
  end: number;
}

const itself = (n: number) => n;

/** The index of the last of `items` (sorted by `at`) whose `at` is below `limit`, or -1: a binary search. */
export function lastBelow<T>(items: readonly T[], limit: number, at: (item: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (at(items[mid]!) < limit) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** A fixed set of spans, overlapping one another or not. */
export class SpanIndex {
  private readonly starts: number[];
  /** The largest end among the spans up to each one (sorted by start). */
  private readonly reach: number[];

  constructor(spans: Iterable<Span>) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((s) => s.start);
    let reach = -Infinity;
    this.reach = sorted.map((s) => (reach = Math.max(reach, s.end)));
  }

  /** Does [start, end) overlap a span: among those starting before `end`, does one reach past `start`? */
  overlaps(start: number, end: number): boolean {
    const i = lastBelow(this.starts, end, itself);
    return i >= 0 && this.reach[i]! > start;
  }
}

/** A growing set of spans that never overlap one another (each added only when it overlaps none). */
export class DisjointSpans {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** (Disjoint and sorted by start, the spans are sorted by end too: the last one starting before `end` reaches furthest.) */
  overlaps(start: number, end: number): boolean {
    const i = lastBelow(this.starts, end, itself);
    return i >= 0 && this.ends[i]! > start;
  }

  add(span: Span): void {
    // (Sorted by start, then end: an empty span goes before a span that starts where it stands.)
    const at = lastBelow(this.starts, span.end > span.start ? span.start + 1 : span.start, itself) + 1;
    this.starts.splice(at, 0, span.start);
    this.ends.splice(at, 0, span.end);
  }
}
