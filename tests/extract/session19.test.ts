/**
 * Rules of session 19 (each positive case failed on the rules before it; the guards keep the rule to its shape):
 * written for this file, never copied from the evaluation texts.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../pipeline/stages/extract/index.ts';
import { dataOf, doc, expectExactQuotes } from './helpers.ts';

const facts = (text: string) => {
  const { facts: found } = extractDocument(doc(text, 'session19'), new Set());
  expectExactQuotes(text, found);
  return found;
};
const events = (text: string) => dataOf(facts(text), 'event').map((e) => `${e.date.value} ${e.type}`);

describe('an event told twice in one document', () => {
  it('keeps one event when a table restates on its day what a sentence reported', () => {
    const text = [
      "L'agence régionale du numérique ouvre, le 2 février 2027, l'appel à projets « Villages connectés ».",
      '',
      '| Étape | Date |',
      '| --- | --- |',
      '| Ouverture des candidatures | 2 février 2027 |',
      '| Clôture des candidatures | 30 avril 2027 |',
    ].join('\n');
    expect(events(text)).toEqual(['2027-02-02 launch', '2027-04-30 other']);
  });

  it('keeps a table row whose day or type differs from the sentence', () => {
    const text = [
      "L'agence régionale du numérique ouvre, le 2 février 2027, l'appel à projets « Villages connectés ».",
      '',
      '| Étape | Date |',
      '| --- | --- |',
      '| Webinaire de présentation | 2 février 2027 |',
      '| Ouverture des candidatures | février 2027 |',
    ].join('\n');
    expect(events(text).sort()).toEqual(['2027-02 launch', '2027-02-02 launch', '2027-02-02 other']);
  });

  it('drops an event without subject when one with a subject has its date and type', () => {
    const text = 'La délégation au numérique territorial (DNT) a été créée le 4 mai 2026.\n\nLe rapport rappelle la création, le 4 mai 2026, de cette structure légère.';
    const found = dataOf(facts(text), 'event');
    expect(found.map((e) => `${e.date.value} ${e.type}`)).toEqual(['2026-05-04 creation']);
    expect(found[0]!.subject).toEqual({ name: 'délégation au numérique territorial', acronym: 'DNT' });
    // (Another day: two events.)
    expect(events(text.replace('la création, le 4 mai', 'la création, le 5 mai'))).toEqual(['2026-05-04 creation', '2026-05-05 creation']);
  });

  it('keeps two events of one day and type that both name their subject', () => {
    const more = "Le bureau des données ouvertes est créé le 1er mars 2027. Le bureau de l'hébergement est créé le 1er mars 2027.";
    expect(events(more)).toEqual(['2027-03-01 creation', '2027-03-01 creation']);
  });
});

describe('a version history', () => {
  it('dates each version of a table as the launch of that version', () => {
    const text = [
      '## Historique des versions',
      '',
      '| Version | Date | Nouveautés |',
      '| --- | --- | --- |',
      '| 1.0 | 12 janvier 2025 | Première mise en service |',
      '| 1.2.3 | 3 juin 2025 | Export des rendez-vous |',
      '| v2 | 8 décembre 2025 | Connexion des agents |',
    ].join('\n');
    expect(events(text)).toEqual(['2025-01-12 launch', '2025-06-03 launch', '2025-12-08 launch']);
  });

  it('leaves a table of other steps by date to their own words', () => {
    const text = ['| Étape | Date |', '| --- | --- |', '| Comité de suivi | 12 janvier 2025 |', '| Bilan 2.0 des usages | 3 juin 2025 |'].join('\n');
    expect(events(text)).toEqual(['2025-01-12 other', '2025-06-03 other']);
  });
});

describe('a unit within a body its type word stands for', () => {
  const hierarchy = (text: string) => dataOf(facts(text), 'hierarchy').map((h) => `${h.child.acronym ?? h.child.name} → ${h.parent.acronym ?? h.parent.name}`);

  it('reads « Au sein de l\'agence, le pôle X » as a unit of the last agency named', () => {
    const text = "L'Agence régionale des données ouvertes (ARDO) a été créée en 2024. Au sein de l'agence, le pôle Référentiels tient les nomenclatures.";
    expect(hierarchy(text)).toContain('pôle Référentiels → ARDO');
    const cleft = "Le guichet est exploité par l'Office national des titres (ONT). Au sein de l'office, c'est le bureau des téléprocédures (BT) qui en assure le support.";
    expect(hierarchy(cleft)).toContain('BT → ONT');
  });

  it('takes no parent when no body of that type was named before, nor a committee one sits on', () => {
    expect(hierarchy("Au sein de l'agence, le pôle Référentiels tient les nomenclatures.")).toEqual([]);
    const committee = "La commission nationale des usages (CNU) s'est réunie. Au sein de la commission, la direction du budget a défendu son avis.";
    expect(hierarchy(committee)).toEqual([]);
  });
});

describe('a laboratory of a body', () => {
  const hierarchy = (text: string) => dataOf(facts(text), 'hierarchy').map((h) => `${h.child.acronym ?? h.child.name} → ${h.parent.acronym ?? h.parent.name}`);

  it('places « le laboratoire X de la Y » in Y, as a bureau or a pôle of Y', () => {
    expect(hierarchy('Le laboratoire Data Littoral de la DNML accompagne les équipes.')).toEqual(['laboratoire Data Littoral → DNML']);
    expect(hierarchy('Le laboratoire « Algo Public » de la direction des usages numériques (DUN) évalue les algorithmes.')).toEqual(['laboratoire Algo Public → DUN']);
  });

  it('leaves an institute named with its complement alone', () => {
    expect(hierarchy("L'Institut national de la donnée publique (INDP) publie son rapport.")).toEqual([]);
  });
});
