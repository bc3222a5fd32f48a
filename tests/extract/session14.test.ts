/**
 * Shapes of text first met in session 14 (each case failed on the rules before it): written for this file, never
 * copied from the evaluation texts.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../pipeline/stages/extract/index.ts';
import { dataOf, doc, expectExactQuotes } from './helpers.ts';

const facts = (text: string) => {
  const { facts: found } = extractDocument(doc(text, 'session14'), new Set());
  expectExactQuotes(text, found);
  return found;
};
const hierarchy = (text: string) => dataOf(facts(text), 'hierarchy').map((h) => `${h.child.name ?? h.child.acronym} < ${h.parent.acronym ?? h.parent.name}`);

describe('units named one by one after a count verb', () => {
  it('reads « comprend un département des …, un … et une cellule … » as units of the subject, not as a count of one', () => {
    const text = "L'agence de la donnée foncière (ADF) comprend un département des études, un département de l'exploitation et une cellule d'appui juridique.";
    expect(hierarchy(text)).toEqual(['département des études < ADF', "département de l'exploitation < ADF", "cellule d'appui juridique < ADF"]);
    expect(dataOf(facts(text), 'unit-count')).toEqual([]);
  });

  it('names a unit by a proper name (« un pôle Données ») and keeps counting the counted ones', () => {
    const text = 'La délégation au numérique des territoires (DNT) est organisée en un bureau des marchés publics, un pôle Données et Usages et trois missions.';
    expect(hierarchy(text)).toEqual(['bureau des marchés publics < DNT', 'pôle Données et Usages < DNT']);
  });

  it('reads the same enumeration in a text without accents', () => {
    const text = "La MNRS comprend un departement des reseaux, un departement des\napplications partagees et une cellule d'appui.";
    expect(hierarchy(text)).toEqual(['departement des reseaux < MNRS', 'departement des applications partagees < MNRS', "cellule d'appui < MNRS"]);
  });

  it('ends a name at a relative clause or a participle, and reads no programme of activity as a unit', () => {
    expect(hierarchy("Le centre national des archives (CNA) comprend une mission de l'innovation qui pilote les projets.")).toEqual(["mission de l'innovation < CNA"]);
    expect(hierarchy('La direction des achats (DA) compte un programme de formation des acheteurs.')).toEqual([]);
  });
});
