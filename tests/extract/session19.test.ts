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
const hierarchy = (text: string) => dataOf(facts(text), 'hierarchy').map((h) => `${h.child.acronym ?? h.child.name} → ${h.parent.acronym ?? h.parent.name}`);

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

describe('events told twice: what is not a retelling', () => {
  it('keeps a sentence whose subject is found later when a table dates something else in that month', () => {
    const text = [
      'En mars 2026, la direction générale des finances publiques (DGFiP) a lancé son nouvel espace professionnel.',
      '',
      '| Service | Lancement |',
      '| --- | --- |',
      '| Portail Démarches en ligne 2 | mars 2026 |',
    ].join('\n');
    expect(events(text)).toEqual(['2026-03 launch', '2026-03 launch']);
  });

  it('keeps a table row naming another thing launched on the day a sentence reports', () => {
    const text = [
      "L'agence a lancé le 15 janvier 2026 le portail Démarches en ligne 2.",
      '',
      '| Produit | Lancement |',
      '| --- | --- |',
      '| Application Mon Espace Agent | 15 janvier 2026 |',
    ].join('\n');
    expect(events(text)).toEqual(['2026-01-15 launch', '2026-01-15 launch']);
  });

  it('keeps two events of one year whatever their subjects', () => {
    const text = "La direction des achats de l'État a été créée en 2019. Créée en 2019, la mission Données ouvertes (MDO) publie les jeux de l'État.";
    expect(events(text)).toEqual(['2019 creation', '2019 creation']);
  });

  it('keeps the appointment of a director on the day an act names others', () => {
    const text = [
      "Mme Claire Petit a été nommée directrice de l'Agence nationale des titres (ANT) le 2 mars 2026.",
      '',
      'Arrêté du 2 mars 2026 portant nomination au conseil de la donnée',
      '',
      'Sont nommés membres du conseil de la donnée :',
      '- M. Jean Durand ;',
      '- Mme Sophie Leroy.',
    ].join('\n');
    const found = dataOf(facts(text), 'event').filter((e) => e.type === 'appointment');
    expect(found.some((e) => e.description.includes('Claire Petit'))).toBe(true);
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

  it('does not take a step numbered « 1.2 » in a table of milestones for a release', () => {
    const text = ['| Jalon | Date | Description |', '| --- | --- | --- |', '| 1.2 | 30 juin 2025 | Fermeture du site de Lyon |'].join('\n');
    expect(events(text)).not.toContain('2025-06-30 launch');
  });

  it('leaves a table of other steps by date to their own words', () => {
    const text = ['| Étape | Date |', '| --- | --- |', '| Comité de suivi | 12 janvier 2025 |', '| Bilan 2.0 des usages | 3 juin 2025 |'].join('\n');
    expect(events(text)).toEqual(['2025-01-12 other', '2025-06-03 other']);
  });
});

describe('a unit within a body its type word stands for', () => {
  it('reads « Au sein de l\'agence, le pôle X » as a unit of the last agency named', () => {
    const text = "L'Agence régionale des données ouvertes (ARDO) a été créée en 2024. Au sein de l'agence, le pôle Référentiels tient les nomenclatures.";
    expect(hierarchy(text)).toContain('pôle Référentiels → ARDO');
    const cleft = "Le guichet est exploité par l'Office national des titres (ONT). Au sein de l'office, c'est le bureau des téléprocédures (BT) qui en assure le support.";
    expect(hierarchy(cleft)).toContain('BT → ONT');
  });

  it('stands for the body named with that very word, not another of the same type', () => {
    const sub = "La sous-direction des achats publics (SDAP) relève de la direction des affaires financières (DAF). Au sein de la sous-direction, le bureau des marchés publics (BMP) instruit les dossiers.";
    expect(hierarchy(sub)).toContain('BMP → SDAP');
    expect(hierarchy(sub)).not.toContain('BMP → DAF');
    const office = "L'Office national des titres (ONT) a signé une convention avec l'Institut des données publiques (IDP). Au sein de l'office, le service des systèmes d'information (SSI) pilote le projet.";
    expect(hierarchy(office)).toContain('SSI → ONT');
  });

  it('reads « au sein de l\'agence » opening a sentence only', () => {
    const text = "L'Agence des données ouvertes (ADO) publie son bilan. Le pôle Données a été installé au sein de l'agence, le pôle Accompagnement restant rattaché au ministère.";
    expect(hierarchy(text)).not.toContain('pôle Accompagnement → ADO');
  });

  it('takes no parent when no body of that type was named before, nor a committee one sits on', () => {
    expect(hierarchy("Au sein de l'agence, le pôle Référentiels tient les nomenclatures.")).toEqual([]);
    const committee = "La commission nationale des usages (CNU) s'est réunie. Au sein de la commission, la direction du budget a défendu son avis.";
    expect(hierarchy(committee)).toEqual([]);
  });
});

describe('a laboratory of a body', () => {
  it('places « le laboratoire X de la Y » in Y, as a bureau or a pôle of Y', () => {
    expect(hierarchy('Le laboratoire Data Littoral de la DNML accompagne les équipes.')).toEqual(['laboratoire Data Littoral → DNML']);
    expect(hierarchy('Le laboratoire « Algo Public » de la direction des usages numériques (DUN) évalue les algorithmes.')).toEqual(['laboratoire Algo Public → DUN']);
  });

  it('leaves an institute named with its complement alone', () => {
    expect(hierarchy("L'Institut national de la donnée publique (INDP) publie son rapport.")).toEqual([]);
  });
});
