/**
 * A fact found in a text: where it stands (offsets into the original) and its exact quote, by which extractor,
 * with what data. Pure; every extractor builds its facts here, so the provenance is always filled the same way.
 */
import type { Fact, FactData, SourceDocument } from '../../types/domain.ts';
import { entityWords, originalOffset } from './text.ts';

// The words of a text whose HTML character references the clean copy decoded (offsets inside them moved).
const entityWordsOf = new WeakMap<SourceDocument, Array<[number, number]>>();

export function factAt(doc: SourceDocument, extractor: string, start: number, end: number, data: FactData): Fact {
  let words = entityWordsOf.get(doc);
  if (!words) entityWordsOf.set(doc, (words = entityWords(doc.text)));
  if (words.length) {
    start = toOriginal(doc.text, words, start);
    end = toOriginal(doc.text, words, end);
  }
  return { source_id: doc.id, start, end, quote: doc.text.slice(start, end), extractor, data };
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
