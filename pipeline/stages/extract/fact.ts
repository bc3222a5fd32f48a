/**
 * A fact found in a text: where it stands (offsets into the original) and its exact quote, by which extractor,
 * with what data. Pure; every extractor builds its facts here, so the provenance is always filled the same way.
 */
import type { Fact, FactData, SourceDocument } from '../../types/domain.ts';
import { breakOffset, entityWords, hyphenBreaks, originalOffset, type HyphenBreak } from './text.ts';

// The words of a text whose HTML character references the clean copy decoded, and those it joined across a line
// break (offsets inside them moved).
const rewrittenOf = new WeakMap<SourceDocument, { words: Array<[number, number]>; breaks: HyphenBreak[] }>();

export function factAt(doc: SourceDocument, extractor: string, start: number, end: number, data: FactData): Fact {
  let rewritten = rewrittenOf.get(doc);
  if (!rewritten) rewrittenOf.set(doc, (rewritten = { words: entityWords(doc.text), breaks: hyphenBreaks(doc.text) }));
  const { words, breaks } = rewritten;
  if (breaks.length) {
    start = fromBreak(breaks, start);
    end = fromBreak(breaks, end);
  }
  if (words.length) {
    start = toOriginal(doc.text, words, start);
    end = toOriginal(doc.text, words, end);
  }
  return { source_id: doc.id, start, end, quote: doc.text.slice(start, end), extractor, data };
}

/** An offset of the clean copy as an offset of the original: moved only after a joined break (sorted, disjoint). */
function fromBreak(breaks: readonly HyphenBreak[], at: number): number {
  let lo = 0;
  let hi = breaks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = breaks[mid]!;
    if (at <= b.at) hi = mid - 1;
    else if (at >= b.end) lo = mid + 1;
    else return breakOffset(b, at);
  }
  return at;
}

/** An offset of the clean copy as an offset of the original: moved only inside a rewritten word (sorted, disjoint). */
function toOriginal(original: string, words: ReadonlyArray<readonly [number, number]>, at: number): number {
  let lo = 0;
  let hi = words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = words[mid]!;
    if (at <= a) hi = mid - 1;
    else if (at >= b) lo = mid + 1;
    else return originalOffset(original, a, b, at);
  }
  return at;
}
