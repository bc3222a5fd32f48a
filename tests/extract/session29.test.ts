/**
 * Rules of session 29 (each positive case failed on the rules before it; the guards keep the rule to its shape):
 * written for this file, never copied from the evaluation texts.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../pipeline/stages/extract/index.ts';
import type { SourceDocument } from '../../pipeline/types/domain.ts';
import { dataOf, doc, expectExactQuotes } from './helpers.ts';

const facts = (text: string, date: string | null = '2024-06-01', title: string | null = null) => {
  const source: SourceDocument = { ...doc(text, 'session29', date), title };
  const { facts: found } = extractDocument(source, new Set());
  expectExactQuotes(text, found);
  return found;
};
const events = (text: string, date: string | null = '2024-06-01') => dataOf(facts(text, date), 'event').map((e) => `${e.date.value} ${e.type}`);
const products = (text: string) => dataOf(facts(text), 'product').map((p) => p.name);
const committees = (text: string, title: string | null = null) => dataOf(facts(text, '2024-06-01', title), 'committee').map((c) => `${c.name} (${c.frequency ?? '—'})`);

describe('« le comité » of a meeting’s minutes is the committee its title names', () => {
  const body = '## 1. Ouverture\n\nLe président rappelle que le comité, créé en 2021, se réunit deux fois par an.\n';

  it('takes the name from the first heading, without the meeting’s date', () => {
    expect(committees(`# Relevé de décisions de la séance du comité de pilotage « Villes fluviales » du 3 mai 2025\n\n${body}`)).toEqual([
      'comité de pilotage Villes fluviales (deux fois par an)',
    ]);
    // (The heading's own mention is a committee too: the same, once merged.)
    expect(committees(`# Procès-verbal de la réunion de la commission des usages numériques – séance du 2 février\n\n${body.replace('le comité', 'la commission')}`)).toContain(
      'commission des usages numériques (deux fois par an)',
    );
  });

  it('or from the declared title when the text opens without a heading', () => {
    expect(committees(body.replace('## 1. Ouverture\n\n', ''), 'Compte rendu du comité d’orientation des données du 4 avril 2024')).toEqual([
      'comité d’orientation des données (deux fois par an)',
    ]);
  });

  it('leaves it alone when the title names two committees, or none', () => {
    expect(committees(`# Réunion commune du comité de suivi et du comité d’audit du 3 mai 2025\n\n${body}`)).toContain('comité (deux fois par an)');
    expect(committees(`# Compte rendu du 3 mai 2025\n\n${body}`)).toEqual(['comité (deux fois par an)']);
  });
});

describe('dates said again: « par le même arrêté », « le même jour » after a semicolon', () => {
  it('dates an appointment « par le même arrêté / décret » by the act of the sentence before', () => {
    const text =
      'Par arrêté du ministre en date du 4 mars 2025, M. Jean Dupin est nommé chef du service des achats.\n\nPar le même arrêté, Mme Lise Caron est nommée adjointe au chef de ce service.\n';
    expect(events(text)).toEqual(['2025-03-04 appointment', '2025-03-04 appointment']);
    expect(events('Par décret du 12 juin 2024, M. Paul Roux est nommé directeur du numérique. Par le même décret, Mme Ana Vidal est nommée directrice adjointe.')).toEqual([
      '2024-06-12 appointment',
      '2024-06-12 appointment',
    ]);
  });

  it('reads « le même jour » against the whole sentence before, when it went on after a semicolon', () => {
    const item =
      '- le 1er février 2025, l’office des cartes a été créé ; il reprend les activités de l’ancien pôle des cartes. M. Marc Lenoir en a été nommé directeur le même jour ;\n';
    expect(events(`Faits marquants :\n\n${item}`)).toContain('2025-02-01 appointment');
    // (A sentence that ended with a full stop is not reached through: « le même jour » stays undated there.)
    expect(events('Le 1er février 2025, l’office des cartes a été créé. Le pôle des cartes reprend ses activités. M. Marc Lenoir en a été nommé directeur le même jour.')).toEqual([
      '2025-02-01 creation',
    ]);
  });
});

describe('credits and posts « ouverts » are no launch', () => {
  it('reads no launch in credits or posts a budget opens', () => {
    expect(events('Les crédits ouverts en loi de finances initiale par la loi du 27 décembre 2024 ont été exécutés à 96 %.')).not.toContain('2024-12-27 launch');
    expect(events('En 2025, 12 postes ont été ouverts au recrutement.')).not.toContain('2025 launch');
  });

  it('still reads a service opened', () => {
    expect(events('Le guichet des artisans a été ouvert le 3 mars 2025.')).toEqual(['2025-03-03 launch']);
    expect(events('Les guichets ont été ouverts le 5 mai 2025.')).toEqual(['2025-05-05 launch']);
  });
});

describe('products: what a programme delivered, where users migrated, a dotted name', () => {
  it('reads the bold items under « Ce que le programme a livré » or « Livrables »', () => {
    const text = '## Ce que le programme a livré\n\n- **Carte des ateliers** : le catalogue en ligne des ateliers.\n- **FormaPass** : le pass de formation des aidants.\n';
    expect(products(text)).toEqual(['Carte des ateliers', 'FormaPass']);
    expect(products('## Livrables du projet\n\n- **Guide des achats** : un référentiel des clauses.\n')).toEqual(['Guide des achats']);
    // (Not under another heading: « Ce que nous avons appris ».)
    expect(products('## Ce que nous avons appris\n\n- **Écouter** : les usagers d’abord.\n')).toEqual([]);
  });

  it('reads where the users of a product went (« ayant migré vers X », « ont basculé vers X »)', () => {
    expect(products('Le 30 juin 2025, la plateforme de visioconférence ConfPro a été fermée, ses utilisateurs ayant migré vers Salons Visio.')).toEqual(['ConfPro', 'Salons Visio']);
    expect(products('La messagerie Mélia a été arrêtée en 2024, ses boîtes ayant basculé vers Courriel Pro.')).toEqual(['Mélia', 'Courriel Pro']);
  });

  it('not a person, a common noun, nor with no product before in the sentence', () => {
    expect(products('L’outil Pivot a été fermé et ses données ont migré vers Marie Durand.')).toEqual(['Pivot']);
    expect(products('La messagerie Mélia a été arrêtée ; la migration vers le cloud est achevée.')).toEqual(['Mélia']);
    expect(products('Les agents ont basculé vers Résana en 2024.')).toEqual([]);
  });

  it('keeps a name’s dot (« Données.Pro ») and stops at a sentence’s full stop', () => {
    expect(products('Nombre de jeux de données publiés sur la plateforme Données.Pro en 2025.')).toEqual(['Données.Pro']);
    expect(products('Les jeux sont publiés sur la plateforme Alpha. Bêta suivra.')).toEqual(['Alpha']);
  });
});

describe('people and figures', () => {
  it('reads « chargé(e) de » and a noun of an activity as a role', () => {
    const people = dataOf(facts('L’équipe :\n\n- Aude Mercier, chargée de déploiement\n\nLa chargée de recrutement, Mme Lise Caron, a présenté le bilan.\n'), 'person');
    expect(people.map((p) => `${p.name}: ${p.role}`)).toEqual(['Aude Mercier: chargée de déploiement', 'Lise Caron: chargée de recrutement']);
  });

  it('ends a figure’s measure before a preposition (« parmi », « contre »)', () => {
    const figures = dataOf(facts('- **250** démarches parmi les plus utilisées sont accompagnées.\n\nLe catalogue recense 40 services contre 12 en 2023.\n'), 'figure');
    expect(figures.map((f) => `${f.value} ${f.measure}`)).toEqual(['250 démarches', '40 services']);
  });
});
