/**
 * Rules of session 21 (each positive case failed on the rules before it; the guards keep the rule to its shape):
 * written for this file, never copied from the evaluation texts.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../pipeline/stages/extract/index.ts';
import { dataOf, doc, expectExactQuotes } from './helpers.ts';

const facts = (text: string, known: ReadonlySet<string> = new Set()) => {
  const { facts: found } = extractDocument(doc(text, 'session21'), known);
  expectExactQuotes(text, found);
  return found;
};
const acronyms = (text: string, known?: ReadonlySet<string>) =>
  dataOf(facts(text, known), 'organisation').map((o) => o.acronym).filter((a): a is string => !!a);

describe('acronyms in a document’s number', () => {
  it('are who filed the document, not a body the text speaks of', () => {
    const known = new Set(['SG', 'DNUM', 'SDIA']);
    expect(acronyms('Elle applique la circulaire n° 6390/SG du 25 novembre 2022 relative à l’hébergement.', known)).toEqual([]);
    expect(acronyms('Voir la note n° 2025-114/DNUM/SDIA du 3 mars 2025.', known)).toEqual([]);
  });

  it('are still bodies elsewhere, codes of a unit’s path included', () => {
    const known = new Set(['SG', 'DNUM']);
    expect(acronyms('Le SG a validé la note du 3 mars 2025.', known)).toEqual(['SG']);
    expect(acronyms('Contact : SG/DNUM, bureau 4.', known)).toEqual(['SG', 'DNUM']);
  });
});

describe('acronyms another text defines', () => {
  it('are not bodies when every administration uses them (a format, a steering committee, an IT department)', () => {
    // Another text of the build defined « centre serveur de Valence (CSV) » or its project's « COPIL ».
    const known = new Set(['CSV', 'COPIL', 'DSI', 'DNUM']);
    const text = 'Les données sont publiées au format CSV ; le COPIL du 3 juillet 2026 et la DSI les ont validées avec la DNUM.';
    expect(acronyms(text, known)).toEqual(['DNUM']);
  });

  it('are bodies where the text itself defines them', () => {
    const text = 'Le centre serveur de Valence (CSV) héberge les applications ; le CSV est rattaché à la direction.';
    expect(acronyms(text, new Set(['CSV']))).toContain('CSV');
  });
});
