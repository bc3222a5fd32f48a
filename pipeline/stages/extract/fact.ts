/**
 * A fact found in a text: where it stands (offsets into the original) and its exact quote, by which extractor,
 * with what data. Pure; every extractor builds its facts here, so the provenance is always filled the same way.
 */
import type { Fact, FactData, FactKind, SourceDocument } from '../../types/domain.ts';
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

/** The text fields of each kind of fact that cannot be null (the others can). */
const REQUIRED_TEXT: { readonly [K in FactKind]: ReadonlyArray<keyof Extract<FactData, { kind: K }>> } = {
  organisation: [],
  hierarchy: [],
  'unit-count': [],
  event: ['description'],
  'legal-text': [],
  person: ['name'],
  product: ['name'],
  contact: ['email'],
  figure: ['unit'],
  committee: ['name'],
  link: ['url'],
};

/**
 * A fact as every dataset can take it, or the field that makes it unpublishable. No field of the record schemas
 * takes a blank text: a blank optional text becomes null (a list loses its blank items), while a blank quote, a
 * blank required text or a number that is not finite leaves the fact out (`field`: its path in the data,
 * « unit », « subject/name »).
 */
export function wellFormedFact(fact: Fact): { fact: Fact; field?: undefined } | { fact?: undefined; field: string } {
  if (!fact.quote.trim() || !(fact.end > fact.start)) return { field: 'quote' };
  const found = { blank: false };
  const bad = nonFiniteIn(fact.data, found);
  if (bad !== null) return { field: bad };
  if (!found.blank) return { fact };
  const data = withoutBlankTexts(fact.data) as FactData;
  const required = REQUIRED_TEXT[data.kind] as readonly string[];
  const missing = required.find((key) => (data as unknown as Record<string, unknown>)[key] === null);
  return missing === undefined ? { fact: { ...fact, data } } : { field: missing };
}

/**
 * One walk of a fact's data: the path of its first number that is not finite (« value », « normalised/value »), or
 * null; `found.blank` is set when a text is blank. (The path is built only for a number found: every fact goes
 * through here.)
 */
function nonFiniteIn(value: unknown, found: { blank: boolean }): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : '';
  if (typeof value === 'string') {
    if (!value.trim()) found.blank = true;
    return null;
  }
  if (value === null || typeof value !== 'object') return null;
  for (const [key, inner] of Object.entries(value)) {
    const path = nonFiniteIn(inner, found);
    if (path !== null) return path ? `${key}/${path}` : key;
  }
  return null;
}

const isBlank = (value: unknown) => typeof value === 'string' && !value.trim();

function withoutBlankTexts(value: unknown): unknown {
  if (isBlank(value)) return null;
  if (Array.isArray(value)) return value.filter((v) => !isBlank(v)).map(withoutBlankTexts);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, withoutBlankTexts(inner)]));
}
