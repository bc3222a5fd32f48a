/**
 * Rules of session 28 (each positive case failed on the rules before it; the guards keep the rule to its shape):
 * written for this file, never copied from the evaluation texts.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../pipeline/stages/extract/index.ts';
import type { SourceDocument } from '../../pipeline/types/domain.ts';
import { dataOf, doc, expectExactQuotes } from './helpers.ts';

const facts = (text: string, date: string | null = '2024-06-01', title: string | null = null) => {
  const source: SourceDocument = { ...doc(text, 'session28', date), title };
  const { facts: found } = extractDocument(source, new Set());
  expectExactQuotes(text, found);
  return found;
};
const events = (text: string, date: string | null = '2024-06-01', title: string | null = null) =>
  dataOf(facts(text, date, title), 'event').map((e) => `${e.date.value} ${e.type}`);
const links = (text: string) =>
  dataOf(facts(text), 'hierarchy').map((h) => `${h.child.acronym ?? h.child.name} → ${h.parent.acronym ?? h.parent.name}`);
const names = (text: string) => dataOf(facts(text), 'organisation').map((o) => o.name);

describe('a yearly report’s title gives its year to the days it writes without one', () => {
  const chronicle = '## Mars\n\nLe 12 mars, le bureau des usages est supprimé ; ses missions sont reprises par le pôle Produits.\n';

  it('reads « le 12 mars » in the year of « Rapport d’activité 2023 » (title of the manifest or first line)', () => {
    expect(events(chronicle, null, 'Rapport d’activité 2023 de l’agence des fichiers')).toContain('2023-03-12 suppression');
    expect(events(`# Bilan annuel 2022\n\n${chronicle}`, null)).toContain('2022-03-12 suppression');
  });

  it('prefers the report’s year to the day it was published', () => {
    expect(events(chronicle, '2024-02-15', 'Rapport annuel 2023')).toContain('2023-03-12 suppression');
  });

  it('leaves titles of a period, or of no report, to the document’s date', () => {
    expect(events(chronicle, null, 'Feuille de route 2023-2026 — bilan à mi-parcours')).toEqual([]);
    expect(events(chronicle, null, 'Loi de finances pour 2023')).toEqual([]);
    expect(events(chronicle, '2024-06-01', 'Schéma directeur 2023')).toContain('2024-03-12 suppression');
  });
});

describe('a season written without its year (« Au printemps, … »)', () => {
  it('is the reference year, with its season as qualifier', () => {
    const found = dataOf(facts('Au printemps, l’application historique Déclic a été fermée après dix ans de service.', '2025-12-01'), 'event');
    expect(found.map((e) => [e.date.value, e.date.qualifier, e.type])).toEqual([['2025', 'printemps', 'suppression']]);
    expect(events('Le nouveau portail a été ouvert cet automne.', '2025-12-01')).toEqual(['2025 launch']);
  });

  it('is no date when the season comes back every year, is the last one, or writes its year', () => {
    expect(events('Chaque année, au printemps, le comité se réunit.', '2025-12-01')).toEqual([]);
    expect(events('L’automne dernier, l’application Déclic a été fermée.', '2025-12-01')).toEqual([]);
    expect(events('Au printemps 2023, l’application Déclic a été fermée.', '2025-12-01')).toEqual(['2023 suppression']);
  });
});

describe('a noun trigger before a proper name that ends like an action noun (« lancement de Quittance-Asso »)', () => {
  it('names a product, not an activity', () => {
    expect(events('En mars 2025, lancement de Quittance-Asso, le service des reçus fiscaux en ligne.')).toEqual(['2025-03 launch']);
    expect(events('En mai 2025, ouverture de Balance, le téléservice des pesées.')).toEqual(['2025-05 launch']);
  });

  it('still reads « de » + a lowercase action noun as an activity', () => {
    expect(events('Les outils de création et de vérification de signature ont été achetés en 2024.')).not.toContain('2024 creation');
  });
});

describe('a phase or a project that begins (« la phase de construction débute en février 2023 »)', () => {
  it('starts on its date', () => {
    expect(events('La phase de construction débute en février 2023, avec trois communes pilotes.')).toEqual(['2023-02 start']);
    expect(events('L’investigation commence le 5 septembre 2022 auprès de quarante agents.')).toEqual(['2022-09-05 start']);
    expect(events('Les travaux de migration ont commencé en mars 2024.')).toEqual(['2024-03 start']);
  });

  it('is not a story’s opening, nor a verb without its date', () => {
    expect(events('Tout commence en septembre 2016, lorsque le secrétariat général installe en son sein une équipe de cinq agents.')).toEqual(['2016-09 creation']);
    expect(events('Le rapport commence par rappeler les missions du service, créé en 2019.')).toEqual(['2019 creation']);
  });
});

describe('a written question’s header (« Question publiée au JO le : 17/03/2026 page : 2214 »)', () => {
  it('is the page’s metadata, no event', () => {
    const header = 'Question publiée au JO le : 12/02/2025 page : 1187\nRéponse publiée au JO le : 03/06/2025 page : 4410\n\nTexte de la réponse\n\nLe décret a été publié au Journal officiel le 14 mars 2025.\n';
    expect(events(header)).toEqual(['2025-03-14 publication']);
  });
});

describe('a report made public (« sera rendu public au premier trimestre 2027 »)', () => {
  it('is a publication; a code or a service made public is launched', () => {
    expect(events('Un rapport d’étape sur la politique d’accessibilité sera rendu public au premier trimestre 2027.')).toEqual(['2027-01/2027-03 publication']);
    expect(events('Le code source du portail a été rendu public en mars 2025.')).toEqual(['2025-03 launch']);
  });
});

describe('an obligation that starts on the date opening its sentence (« À compter du 1er janvier 2028, … devra … »)', () => {
  it('starts then', () => {
    expect(events('Enfin, à compter du 1er janvier 2028, toute démarche non conforme devra afficher la mention « non conforme ».')).toEqual(['2028-01-01 start']);
    expect(events('À partir du 1er mars 2026, les ministères doivent publier leur schéma directeur.')).toEqual(['2026-03-01 start']);
  });

  it('not when the date closes the sentence, or does not open it', () => {
    expect(events('Les ministères devront publier leur schéma à compter du 1er mars 2026.')).toEqual([]);
    expect(events('Les ministères, à compter du 1er mars 2026, devront publier leur schéma.')).toEqual([]);
  });
});

describe('narrative imperfects (« la mission devenait le service X, le SX », « le SX fusionnait avec »)', () => {
  it('are a renaming and a merger', () => {
    expect(events('En 2019, la mission devenait le service des données locales, le SDL, avec trente agents.')).toEqual(['2019 renaming']);
    expect(events('Le 1er juillet 2022, le SDL fusionnait avec l’observatoire des usages (OU).')).toEqual(['2022-07-01 merger']);
  });

  it('a new role, not a new name, stays of no named kind', () => {
    expect(events('En 2019, la mission devenait le service de référence, la plateforme restant à la DINUM.')).toEqual(['2019 other']);
  });
});

describe('a committee set up in the future, its date between commas (« j’installerai, dès janvier 2027, un comité »)', () => {
  it('is a creation', () => {
    expect(events('C’est pourquoi j’installerai, dès janvier 2027, un comité national de la donnée locale.')).toEqual(['2027-01 creation']);
  });
});

describe('an event someone prepares (« prépare l’ouverture de X »)', () => {
  it('takes no date from another clause', () => {
    expect(events('Le département des données (DDO), dirigé par Anne Roux, nommée administratrice des données le 1er mars 2026, prépare l’ouverture de Carto-Mer, plateforme cartographique.')).toEqual([
      '2026-03-01 appointment',
    ]);
  });

  it('keeps a date of its own', () => {
    expect(events('Le service prépare l’ouverture de Carto-Mer en juin 2026.')).toEqual(['2026-06 launch']);
  });
});

describe('units an act numbers or describes with a list of tasks (« 1° Le bureau X, chargé : »)', () => {
  const act =
    'Article 2\n\nLa sous-direction des usages numériques comprend :\n\n1° Le bureau des téléservices, chargé :\n- de concevoir les démarches en ligne ;\n- d’en assurer le support ;\n\n2° Le bureau des référentiels, chargé :\n- de tenir les référentiels ministériels.\n\nArticle 3\n\nLe département de l’architecture est chargé :\n- de définir le cadre d’architecture.\n';

  it('are named, and the numbered ones are the sous-direction’s', () => {
    const found = names(act);
    expect(found).toContain('bureau des téléservices');
    expect(found).toContain('bureau des référentiels');
    expect(found).toContain('département de l’architecture'.replace('’', "'"));
    expect(links(act)).toEqual(expect.arrayContaining(['bureau des téléservices → sous-direction des usages numériques', 'bureau des référentiels → sous-direction des usages numériques']));
  });

  it('a numbered line that is no unit’s subject names nothing', () => {
    expect(names('1° Le bureau des téléservices a été évoqué par les participants.')).toEqual([]);
  });
});

describe('an act’s inverted attachment (« Sont en outre directement rattachés au directeur X le département A et la mission B »)', () => {
  it('gives each unit listed the body the office heads', () => {
    const text =
      'La direction des services numériques (DSN) comprend deux sous-directions.\n\nSont en outre directement rattachés au directeur des services numériques le département de la stratégie et la mission « Qualité de service ».\n';
    expect(links(text)).toEqual(['département de la stratégie → direction des services numériques', 'mission Qualité de service → direction des services numériques']);
  });

  it('or the body named', () => {
    expect(links('Le service des réseaux (SR) compte deux bureaux. Est rattachée au service des réseaux la mission des archives électroniques.')).toEqual([
      'mission des archives électroniques → service des réseaux',
    ]);
  });

  it('not a sentence that attaches nothing', () => {
    expect(links('Sont rattachés au présent arrêté les tableaux des effectifs du bureau des études.')).toEqual([]);
  });
});

const products = (text: string) => dataOf(facts(text), 'product').map((p) => p.name);

describe('a product named after a unit’s remit verb (« Opère Xyz, la plateforme … ») or a new product word', () => {
  it('leaves the verb out of the name', () => {
    expect(products('- **Bureau des aides (BA)**\n  Opère Vergeoise, la plateforme d’instruction des aides aux communes.\n')).toEqual(['Vergeoise']);
  });

  it('reads télédéclarations and components as products, a name with its article in bold too', () => {
    expect(products('Le bureau maintient Ramée, la télédéclaration des coupes de bois.')).toEqual(['Ramée']);
    expect(products('## Outils\n\n- **Le Perchoir**, plateforme d’entraide des agents ;\n')).toEqual(['Le Perchoir']);
    expect(products('Le pôle a publié le composant « Prévenir un retard », intégré à 40 démarches.')).toEqual(['Prévenir un retard']);
  });

  it('not a forum that is an event, a brick that is a metaphor, a body or a place in bold, nor a name a verb does not open', () => {
    expect(products('La DINUM a réuni 400 agents à Cap Données, le forum annuel des administrateurs de données.')).toEqual([]);
    expect(products('L’interopérabilité est une brique essentielle de la stratégie numérique de l’État.')).toEqual([]);
    expect(products('## Outils\n\n- **La Région**, portail des aides régionales ;\n- **Le Ministère**, plateforme de publication des actes ;\n')).toEqual([]);
    expect(products('Les agents utilisent Pilote Social, l’application de suivi des effectifs.')).toEqual(['Pilote Social']);
    expect(products('Pour la Défense nationale, le service en ligne a été ouvert en 2024.')).toEqual([]);
  });

  it('not an identifier, nor a section title in bold with its article', () => {
    expect(products('Le service vérifie l’identifiant national élève (INE) de chaque candidat.')).toEqual([]);
    expect(products('- **Le service**, plateforme d’entraide des agents ;\n')).toEqual([]);
  });

  it('a name and its adjective in apposition (« Boussole budgétaire, un outil qui … »), a version number kept', () => {
    expect(products('Chaque commune pourra utiliser Balance budgétaire, un outil qui compare ses dépenses.')).toEqual(['Balance budgétaire']);
    expect(products('L’application historique Dépôt-Asso 2 a été fermée en 2024.')).toEqual(['Dépôt-Asso 2']);
  });

  it('a body set off by its kind (« Terre-Lab, le laboratoire d’innovation de la DSX ») is a unit, not a product', () => {
    const text = 'Les dossiers sont instruits par Champ-Lab, le laboratoire d’innovation de la DSX.';
    expect(products(text)).toEqual([]);
    expect(links(text)).toEqual(['Champ-Lab → DSX']);
  });
});

describe('a network that gathers people (« (RX) est un réseau d’agents publics »)', () => {
  it('is a body, not an infrastructure', () => {
    const found = facts('Le réseau interministériel du reconditionnement (RIR) est un réseau d’agents publics chargés du don des ordinateurs.');
    expect(dataOf(found, 'organisation').map((o) => o.acronym)).toContain('RIR');
    expect(dataOf(found, 'product')).toEqual([]);
    expect(dataOf(facts('Le réseau des ateliers de la donnée (RAD) ouvrira en 2027.'), 'product')).toEqual([]);
  });

  it('a telecommunications network stays a product', () => {
    expect(products('Le réseau interministériel de l’État (RIE) est un réseau de télécommunications sécurisé.')).toEqual(['réseau interministériel de l’État'.replace('’', "'")]);
  });
});

describe('a committee’s name ends before its verb (« Le comité adopte … », « … s’est réuni »)', () => {
  const committees = (text: string) => [...new Set(dataOf(facts(text), 'committee').map((c) => c.name))];

  it('stops at a verb of its remit', () => {
    expect(committees('Le réseau est piloté par un comité de coordination, qui se réunit trois fois par an. Le comité adopte le programme de travail annuel, se prononce sur les admissions.')).toEqual([
      'comité de coordination',
    ]);
  });

  it('stops at « s’est » when an entity wrote the apostrophe', () => {
    expect(committees('<h2>Le comit&eacute; national de la cartographie s&rsquo;est r&eacute;uni le 21 octobre</h2>')).toEqual(['comité national de la cartographie']);
  });
});

describe('people named by a verb of office or by a speech’s salutations', () => {
  const people = (text: string) => dataOf(facts(text), 'person').map((p) => `${p.name} | ${p.role ?? '—'}`);

  it('who takes over a unit, and whom someone succeeds', () => {
    expect(people('Le 22 septembre, Hippolyte Vannier prend la tête du département des réseaux (DR).')).toEqual(['Hippolyte Vannier | —']);
    expect(people('Elle succède à Octave Brissac, qui dirigeait la direction depuis sa création.')).toEqual(['Octave Brissac | —']);
  });

  it('a salutation gives the office', () => {
    expect(people('Monsieur le préfet de région, cher Anselme Corbière,\nMesdames et Messieurs,\n')).toEqual(['Anselme Corbière | préfet de région']);
  });

  it('not an office without a name, nor a body succeeded', () => {
    expect(people('Monsieur le préfet de région, cher ami,\nLa direction succède à la Mission Données.')).toEqual([]);
  });
});

describe('an act setting up a processing of personal data (« portant création d’un traitement automatisé »)', () => {
  it('is no creation event', () => {
    expect(events('Les modalités sont fixées par l’arrêté du 18 janvier 2021 portant création d’un traitement automatisé de données à caractère personnel dénommé « Agenda ».')).toEqual([]);
  });

  it('a body created by an act still is', () => {
    expect(events('Le décret du 25 octobre 2019 portant création de la direction des outils numériques a été publié.')).toContain('2019-10-25 creation');
  });
});

describe('a speaker’s affiliation in parentheses (« Léa Martin (DSIX) »)', () => {
  const acronyms = (text: string) => dataOf(facts(text), 'organisation').map((o) => o.acronym);

  it('names a body by its acronym, current or former', () => {
    expect(acronyms('Keynote de Pierre Étienne Roussel (ex-DSIX) sur les modèles de langage.')).toEqual(['DSIX']);
    expect(acronyms('Intervention de Léa Martin (DNUMX) et de Paul Girard (Insee).')).toEqual(['DNUMX']);
  });

  it('not a place or a plan named after a person, nor a lowercase affiliation', () => {
    expect(acronyms('La réunion se tient salle Jean Zay (SJZ) au deuxième étage.')).toEqual([]);
    expect(acronyms('Intervention de Léa Martin (consultante) sur les données.')).toEqual([]);
  });
});

describe('guards added after the review of this session’s rules', () => {
  it('a report year only right after the report’s words, not a period, and a month written with a later year wins', () => {
    const chronicle = '## Mars\n\nLe 12 mars, le bureau des usages est supprimé.\n';
    expect(events(chronicle, '2024-05-10', 'Bilan de la loi de 2016 pour une République numérique')).toEqual(['2024-03-12 suppression']);
    expect(events(chronicle, null, 'Rapport d’activité – 2023')).toEqual(['2023-03-12 suppression']);
    expect(events('En janvier 2025, la mission des usages est créée. Le 11 février, le bureau des usages est supprimé.', null, 'Rapport d’activité 2024')).toContain('2025-02-11 suppression');
    // (A report published within its year keeps its own date for « le mois dernier ».)
    expect(events('Le mois dernier, le bureau des usages a été supprimé.', '2024-12-15', 'Bilan 2024 de la stratégie')).toEqual(['2024-11 suppression']);
  });

  it('a season coordinated with a dated one, an event’s name, a habit', () => {
    expect(events('Le portail sera ouvert au printemps ou à l’été 2027.', '2025-12-01')).toEqual(['2027 launch']);
    expect(events('En hiver, le centre d’appels ouvre ses lignes dès 7 heures.', '2025-12-01')).toEqual([]);
    expect(events('La ministre a présenté la feuille de route au Printemps de l’innovation publique.', '2025-12-01')).toEqual([]);
  });

  it('« rendu public » after a report in another clause, and a story or a text that opens', () => {
    expect(events('Comme l’indique le rapport, le code source de l’application a été rendu public en mars 2025.')).toEqual(['2025-03 launch']);
    expect(events('L’histoire de la plateforme commence en 2016, lorsque la direction crée une équipe de cinq agents.')).toEqual(['2016 creation']);
    expect(events('Le rapport débute en 2019 par un état des lieux des applications.')).toEqual([]);
  });

  it('an acronym listed after « devient » is no new name; an imperfect merger needs « avec »', () => {
    expect(events('En 2021, l’application devient l’outil commun de trois directions, la DGFIP, la DGDDI et la DGCL.')).toEqual(['2021 other']);
    expect(events('En 2024, l’outil fusionnait les fichiers des deux services.')).toEqual([]);
  });

  it('an act’s publication in the Journal officiel stays an event', () => {
    expect(events('Décret n° 2025-310 du 12 mars 2025 relatif au service des données\n\nPublié au Journal officiel le 14 mars 2025\n')).toContain('2025-03-14 publication');
  });

  it('infrastructure networks stay products; a unit in a complement of an inverted attachment is not listed', () => {
    expect(products('Le réseau radio du ministère (RRM) est utilisé par 30 000 agents de terrain.')).toEqual(['réseau radio du ministère']);
    expect(links('Est rattaché au bureau des affaires générales le suivi des crédits de la mission d’appui.')).toEqual([]);
  });

  it('people: a body or a product that « prend la tête » or is succeeded is no person', () => {
    const people = (text: string) => dataOf(facts(text), 'person').map((p) => p.name);
    expect(people('Depuis janvier, Bercy Infra prend la tête du programme de mutualisation.')).toEqual([]);
    expect(people('La plateforme Ariane succède à Data Pass depuis 2024.')).toEqual([]);
  });

  it('committee names keep their noun « veille »; places are no incubators', () => {
    expect(dataOf(facts('Le comité de veille numérique se réunit chaque trimestre.'), 'committee').map((c) => c.name)).toEqual(['comité de veille numérique']);
    expect(dataOf(facts('Implanté à Clermont-Ferrand, le laboratoire d’innovation de la DSX a ouvert en 2024.'), 'organisation').map((o) => o.name ?? o.acronym)).toEqual(['DSX']);
  });
});

describe('meetings and tasks named with a type word', () => {
  const names = (text: string) => dataOf(facts(text), 'organisation').map((o) => o.name ?? o.acronym);

  it('« Secrétariat de séance », « a pour mission de faire … » name no body', () => {
    expect(names('Secrétariat de séance : Mme Léa Martin (DSIX).')).toEqual(['DSIX']);
    expect(names('Le directeur a pour mission de faire de la direction un pôle d’excellence.')).toEqual([]);
  });

  it('a mission named by its remit still is one', () => {
    expect(names('La mission de la sécurité numérique est chargée de l’homologation.')).toEqual(['mission de la sécurité numérique']);
  });
});

describe('a secretariat defined with its acronym, then its body (« le secrétariat général (SG) du ministère X »)', () => {
  it('belongs to that body', () => {
    expect(links('La direction des outils (DO) est une direction du secrétariat général (SG) du ministère de la Ruralité (MR).')).toEqual(['DO → SG', 'SG → MR']);
  });

  it('not to a body that has no secretariat of its own', () => {
    expect(links('Le secrétariat général (SG) du comité de pilotage publie le compte rendu.')).toEqual([]);
  });
});
