/**
 * Matching keys and stable ids. Two mentions are the same entity when their keys are equal; ids are derived
 * from normalised names (never from order of appearance), so they survive new sources and reordering.
 */
import { hash } from 'node:crypto';

const FUNCTION_WORDS = new Set([
  'de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'et', 'a', 'au', 'aux', 'en', 'un', 'une', 'pour', 'sur', 'par', 'dans',
]);

/** Lowercase, accents, ligatures, quotes and typographic variants removed. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/[«»"“”„‘’'`´]/g, ' ')
    .replace(/[^a-z0-9@.+-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Light French stemming for matching only: plural and feminine endings (« opérées » ~ « opérés »). */
function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('aux')) return `${w.slice(0, -3)}al`;
  if (w.length > 3 && /[^sx][sx]$/.test(w)) w = w.slice(0, -1);
  // « opérées » / « opérés » → « opere »: only the feminine ending of a participle is dropped.
  while (w.length > 4 && w.endsWith('ee')) w = w.slice(0, -1);
  return w;
}

// Names recur across facts and sources (every mention of a body is resolved): keys are memoised, within a bound.
const nameKeys = new Map<string, string>();

/** Name key: folded, function words dropped, words stemmed. « Le département des Infrastructures » ~ « département infrastructure ». */
export function nameKey(name: string): string {
  let key = nameKeys.get(name);
  if (key === undefined) {
    if (nameKeys.size >= 200_000) nameKeys.clear();
    nameKeys.set(name, (key = computeNameKey(name)));
  }
  return key;
}

function computeNameKey(name: string): string {
  return fold(name.replace(/[.]/g, ' '))
    .split(' ')
    .filter((w) => w && !FUNCTION_WORDS.has(w))
    .map(stem)
    .join(' ');
}

/** URL-safe slug of a name (readable part of an id). */
export function slug(s: string, max = 60): string {
  const base = fold(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (base.length <= max) return base || 'x';
  return `${base.slice(0, max).replace(/-+$/, '')}-${shortHash(base)}`;
}

export function shortHash(s: string, length = 8): string {
  // One-shot crypto.hash (Node ≥ 20.12): a million ids are hashed per 100 MB of text, three times faster than
  // a createHash object per id; the same sha256.
  return hash('sha256', s, 'hex').slice(0, length);
}
