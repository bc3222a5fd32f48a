/**
 * A fact found in a text: where it stands (offsets into the original) and its exact quote, by which extractor,
 * with what data. Pure; every extractor builds its facts here, so the provenance is always filled the same way.
 */
import type { Fact, FactData, SourceDocument } from '../../types/domain.ts';
import { breakOffset, entityWords, originalOffset, prepared } from './text.ts';

// The words of a text whose HTML character references the clean copy decoded (offsets inside them moved).
const entityWordsOf = new WeakMap<SourceDocument, Array<[number, number]>>();

export function factAt(doc: SourceDocument, extractor: string, start: number, end: number, data: FactData): Fact {
  // The words the clean copy joined across a line break (« transfor-⏎mation »): offsets after each break moved.
  const { breaks } = prepared(doc.text);
  if (breaks.length) {
    // (A start right at an unfolded line's first fold is past the fold: the span reaches one offset before it.)
    start = inSpan(breaks, start, (b) => [b.removed ? b.at - 1 : b.at, b.end], (b, at) => breakOffset(b, at, true));
    // (An end right at a line's first dropped span is inside the line when that span is the rest of a character.)
    end = inSpan(breaks, end, (b) => [b.removed?.[0]?.[2] ? b.at - 1 : b.at, b.end], (b, at) => breakOffset(b, at));
  }
  let words = entityWordsOf.get(doc);
  if (!words) entityWordsOf.set(doc, (words = entityWords(doc.text)));
  if (words.length) {
    start = inSpan(words, start, (w) => w, ([a, b], at) => originalOffset(doc.text, a, b, at));
    end = inSpan(words, end, (w) => w, ([a, b], at) => originalOffset(doc.text, a, b, at));
  }
  return { source_id: doc.id, start, end, quote: doc.text.slice(start, end), extractor, data };
}

/**
 * An offset of the clean copy as an offset of the original: moved (`move`) only strictly inside one of `spans`
 * (sorted, disjoint; `bounds` gives a span's [start, end)), found by a binary search.
 */
function inSpan<T>(spans: readonly T[], at: number, bounds: (span: T) => readonly [number, number], move: (span: T, at: number) => number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = bounds(spans[mid]!);
    if (at <= a) hi = mid - 1;
    else if (at >= b) lo = mid + 1;
    else return move(spans[mid]!, at);
  }
  return at;
}
