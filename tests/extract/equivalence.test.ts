/**
 * Performance rewrites of extractor internals give exactly what the code they replace gave (property tests
 * against the former implementation, kept here as the reference).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { urlAndEmailSpans } from '../../pipeline/stages/extract/extractors/figures.ts';

/** The former implementation of urlAndEmailSpans. */
const reference = (s: string) =>
  [...s.matchAll(/(?:https?:\/\/|www\.)[^\s<>"«»]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

const TOKENS = ['a', 'b', 'é', '𝒜', '1', 'w', 'www.', 'http://', 'https://', 'h', 't', 'p', ':', '/', '.', '-', '_', '%', '+', '@', '@', ' ', '\n', '«', '»', '"', '<', ',', '(', ')'];

describe('figures: urlAndEmailSpans', () => {
  it('gives the spans of the URL-or-e-mail regex it replaces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }), (tokens) => {
        const s = tokens.join('');
        expect(urlAndEmailSpans(s)).toEqual(reference(s));
      }),
      { numRuns: 20_000 },
    );
  });

  it('handles the cases that need care', () => {
    for (const s of [
      'a@b_c@d',
      'abcdefwww.x@y z',
      'www.example.gouv.fr/contact@dinum.fr et x@y.fr',
      'contact : prenom.nom@numerique.gouv.fr.',
      '@@a@@b@c',
      'x@ y@z',
      '𝒜𝒜@𝒜 https://a.fr/@b',
      '',
      '@',
    ]) {
      expect(urlAndEmailSpans(s), s).toEqual(reference(s));
    }
  });
});
