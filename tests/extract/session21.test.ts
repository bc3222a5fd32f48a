/**
 * Rules of session 21 (each positive case failed on the rules before it; the guards keep the rule to its shape):
 * written for this file, never copied from the evaluation texts.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../pipeline/stages/extract/index.ts';
import { dataOf, doc, expectExactQuotes } from './helpers.ts';

const hierarchy = (text: string) => dataOf(facts(text), 'hierarchy').map((h) => `${h.child.acronym ?? h.child.name} → ${h.parent.acronym ?? h.parent.name}`);
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

const products = (text: string) => dataOf(facts(text), 'product').map((p) => p.name);

describe('products', () => {
  it('reads a name given with « dit » after a product word and its complement (guillemets required)', () => {
    expect(products("L'application de suivi des dossiers, dite « DOSSIA », est opérée par la direction.")).toEqual(['DOSSIA']);
    expect(products("Le système d'information des aides, dit « Aidax », instruit 4 000 demandes par an.")).toEqual(['Aidax']);
    expect(products("Le logiciel, dit-il, Reste à choisir.")).toEqual([]);
  });

  it('reads intranets, extranets, back-offices and management systems as product words', () => {
    expect(products("Les agents utilisent l'intranet Boussole, refondu en 2024.")).toEqual(['Boussole']);
    expect(products("Le back-office d'instruction « Instruc@ » est utilisé par les douze délégations.")).toEqual(['Instruc@']);
    expect(products('Le service exploite le système de gestion des pensions « Pensio » depuis 2019.')).toEqual(['Pensio']);
    // (Without a name, the word names no product.)
    expect(products("L'intranet du ministère sera refondu en 2026.")).toEqual([]);
  });

  it('reads a name after a product word and a complement opened by « de la »', () => {
    expect(products("La TMA porte sur le système d'information de la formation FORMASUP.")).toEqual(['FORMASUP']);
  });

  it('reads the software a product is built upon, when the clause speaks of software', () => {
    const text = [
      "L'espace collaboratif « Agora » repose sur Nextcloud ; les tableaux de bord sont fondés sur Metabase.",
      "La première version s'appuyait sur Jitsi Meet, la seconde s'appuie sur LiveKit et sur l'annuaire ministériel.",
    ].join('\n\n');
    expect(products(text)).toEqual(['Agora', 'Nextcloud', 'Metabase', 'Jitsi Meet', 'LiveKit']);
    // (Places and bodies: the clause speaks of no software.)
    expect(products('La réforme repose sur Paris et Lyon ; elle s’appuie sur France Travail.')).toEqual([]);
  });

  it('reads what replaces a product the sentence names', () => {
    expect(products("L'application « Dossia » sera remplacée progressivement par **Dossia-Next** en 2026.")).toEqual(['Dossia', 'Dossia-Next']);
    expect(products("L'outil Gesco, remplacé en 2024 par « Nouvelle Gesco », est archivé.")).toEqual(['Gesco', 'Nouvelle Gesco']);
    // (No product in the sentence, or a body or a person after « par ».)
    expect(products('Le préfet sera remplacé par Jean Dupont.')).toEqual([]);
    expect(products("L'application « Dossia » sera remplacée par la direction des achats.")).toEqual(['Dossia']);
  });
});

const events = (text: string) => dataOf(facts(text), 'event').map((e) => `${e.date.value} ${e.type} ${e.subject_name ?? e.subject?.acronym ?? ''}`.trim());

describe('a table of terms of office', () => {
  it('dates each holder’s appointment at the start of the term and an event of no named kind at its end', () => {
    const table = [
      '| Nom | Début du mandat | Fin du mandat |',
      '|---|---|---|',
      '| Jeanne Arnal | février 2010 | juin 2015 |',
      '| Marc Delorme-Huet | 1er juillet 2015 | en fonction |',
    ].join('\n');
    expect(events(table)).toEqual(['2010-02 appointment Jeanne Arnal', '2015-06 other Jeanne Arnal', '2015-07-01 appointment Marc Delorme-Huet']);
  });

  it('keeps a project’s « Début » a start, and an appointment a sentence reports once', () => {
    const projects = ['| Projet | Début | Fin |', '|---|---|---|', '| Refonte du portail | mars 2024 | juin 2025 |'].join('\n');
    expect(events(projects)).toEqual(['2024-03 start Refonte du portail', '2025-06 other Refonte du portail']);
    const both = [
      'Nommée directrice en septembre 2014, Jeanne Arnal engage la refonte.',
      '',
      '| Nom | Début | Fin |',
      '|---|---|---|',
      '| Jeanne Arnal | septembre 2014 | juin 2019 |',
    ].join('\n');
    expect(events(both).filter((e) => e.startsWith('2014-09'))).toHaveLength(1);
  });
});

describe('a list that a dated sentence opens', () => {
  it('dates what each item says changes in the chart (the date given by « à cette date », wrapped items too)', () => {
    const text = [
      "L'arrêté du 12 décembre 2025 portant organisation de l'administration centrale entre en vigueur le 1er mars 2026. À cette date, la direction des usages numériques (DUN) comprendra deux sous-directions :",
      '  - la sous-direction des plateformes (SDP), issue de la fusion',
      '    des actuels bureau des portails (BP) et bureau des API (BAPI) ;',
      '  - la sous-direction de la donnée (SDD), nouvellement créée, qui remplace la mission données (MD) ;',
      "  - le pôle Usages, renommé à cette occasion bureau de l'expérience usager (BEU).",
    ].join('\n');
    expect(events(text)).toEqual([
      '2026-03-01 start',
      '2026-03-01 merger SDP',
      '2026-03-01 creation SDD',
      '2026-03-01 replacement SDD',
      '2026-03-01 renaming',
    ]);
  });

  it('gives no date from a text the sentence cites, the Journal officiel, two dates, or what the sentence says itself', () => {
    const amended = ['L’article 7 de la loi n° 2018-1143 du 14 décembre 2018 relative aux démarches est ainsi modifié :', '', '1° Au deuxième alinéa, les mots : « de manière exclusive » sont supprimés ;'].join('\n');
    expect(events(amended)).toEqual([]);
    const published = ['Par arrêté du 21 octobre 2025, publié au Journal officiel du', '30 octobre 2025, la direction passe à deux départements :', '', '- le département Données (DD), issu de la fusion des bureaux B1 et B2 ;'].join('\n');
    expect(events(published).filter((e) => e.includes('merger'))).toEqual([]);
    const regrouped = ['À compter du 1er janvier 2027, les six bureaux seront regroupés en trois départements :', '', '1. le département Produits (DP), qui réunit le bureau des applications et le bureau des usages ;'].join('\n');
    expect(events(regrouped).filter((e) => e.includes('merger'))).toHaveLength(1);
  });
});

describe('words another text defined as acronyms', () => {
  it('are taken only when shaped as acronyms, and offices every administration has are no bodies', () => {
    // Another text's glossary line « Adresse : Agence … » or its « département Produits et données (DPD) ».
    const known = new Set(['Adresse', 'DPD', 'ANSN']);
    const text = 'Adresse : 12 rue des Lilas, Rennes. Le DPD du ministère et l’ANSN sont joignables par courriel.';
    expect(acronyms(text, known)).toEqual(['ANSN']);
  });
});

describe('products (second round)', () => {
  it('reads a name after « du » and a product word with its complement', () => {
    expect(products("Le titulaire assure la TMA du système d'information de la formation FORMIA et de l'API Formations.")).toEqual(['FORMIA', 'API Formations']);
    // (Not across a line: the words of a list item before, then a person on the next.)
    expect(products('- M. Paul Durand, directeur du service du numérique ministériel\n- Mme Claire Noziès, cheffe de la mission')).toEqual([]);
  });

  it('reads the database a product is built upon', () => {
    expect(products('La maintenance de Diplomia (base de données PostgreSQL) est incluse.')).toEqual(['PostgreSQL']);
  });

  it('reads a name apposed to an identity provider, an intranet or a workplace', () => {
    expect(products("En 2019, elle lance SésamePro, fournisseur d'identité commun aux agents de l'État.")).toEqual(['SésamePro']);
    expect(products("- « Rivage », l'environnement de travail collaboratif des agents, utilisé par 3 000 personnes ;")).toEqual(['Rivage']);
  });

  it('reads every name a list of information systems gives', () => {
    expect(products("Systèmes d'information « Tributa » (gestion des taxes), « Permis+ » (permis de construire) et « Cadastra » (cadastre).")).toEqual(['Tributa', 'Permis+', 'Cadastra']);
  });
});

describe('a product page’s front matter', () => {
  it('dates each phase’s start (a start) and end (other), about the page’s title, once when the history tells it again', () => {
    const page = [
      '---',
      'title: Vélocité',
      'mission: Simplifier les aides au vélo',
      'phases:',
      '  - name: investigation',
      '    start: 2023-02-06',
      '    end: 2023-06-30',
      '  - name: construction',
      '    start: 2023-07-03',
      '---',
      '',
      '## Historique',
      '',
      '- **3 juillet 2023** — Démarrage de la construction',
    ].join('\n');
    // (The construction's start is the history's, told there once.)
    expect(events(page)).toEqual(['2023-02-06 start Vélocité', '2023-06-30 other Vélocité', '2023-07-03 start']);
    // (Front matter without phases, or phases out of a front matter: nothing.)
    expect(events('---\ntitle: X\ndate: 2024-03-01\n---\n\nTexte.')).toEqual([]);
  });
});

describe('a body’s name', () => {
  it('ends before « à » and a place, not before « à » and a remit', () => {
    const names = (text: string) => dataOf(facts(text), 'organisation').map((o) => o.name);
    expect(names('Les applications sont hébergées dans les centres de données du ministère à Brest et à Toulouse.')).toEqual([]);
    expect(names("La délégation à l'accessibilité numérique et l'agence à Lyon travaillent ensemble.")).toEqual(["délégation à l'accessibilité numérique"]);
  });
});

describe('hierarchy', () => {
  it('reads a unit an act creates within a body (« Il est créé, au X, une Y »)', () => {
    expect(hierarchy("Il est créé, au secrétariat général du ministère des Forêts, une direction des systèmes d'information (DSIF).")).toContain('DSIF → secrétariat général du ministère des Forêts');
    expect(hierarchy('Il est créé au sein de la direction générale des entreprises (DGE) un bureau de la donnée (BD).')).toContain('BD → DGE');
    // (No body named: nothing.)
    expect(hierarchy('Il est créé une commission consultative.')).toEqual([]);
  });

  it('reads the units a body’s staff is spread over (« répartis entre trois sous-directions et une mission : »)', () => {
    const text = [
      'La DNUF est une direction du secrétariat général du ministère des Forêts. Elle comptait 210 agents en 2025, répartis entre deux sous-directions et une mission :',
      '- la sous-direction des applications (SDA), qui comprend le bureau des aides (BA) ;',
      '- la sous-direction des réseaux (SDR), dirigée par Anne Martin ;',
      '- la mission Données (MD).',
    ].join('\n');
    expect(hierarchy(text)).toEqual(expect.arrayContaining(['SDA → DNUF', 'SDR → DNUF', 'MD → DNUF', 'BA → SDA']));
  });

  it('reads a sous-préfecture, and « de la préfecture » as the préfecture, not the sous-préfecture named after it', () => {
    const text = [
      "Chaque usager échange avec un agent de la préfecture de la Haute-Loue ou de la sous-préfecture de Montclar.",
      '',
      'Bureau de la communication de la préfecture : contact@haute-loue.example.gouv.fr',
    ].join('\n');
    expect(dataOf(facts(text), 'organisation').map((o) => o.name)).toContain('sous-préfecture de Montclar');
    expect(hierarchy(text)).toContain('Bureau de la communication → préfecture de la Haute-Loue');
  });

  it('reads a former attachment after a body’s status', () => {
    expect(hierarchy("L'agence a repris les missions du centre des archives numériques (CAN), service à compétence nationale jusqu'alors rattaché à la DGPR.")).toContain('CAN → DGPR');
  });
});

/** Findings of the session's review (helper, on a copy without the evaluation texts), each reproduced first. */
describe('review of session 21', () => {
  it('dates no item of a list whose opening sentence examines, rejects or tells the past', () => {
    const examined = [
      "Lors de sa séance du 12 mars 2026, le comité social d'administration a examiné les projets suivants :",
      "- la création d'un bureau de la donnée ;",
      '- la suppression de la mission des achats ;',
      '- la fusion des bureaux B1 et B2.',
    ].join('\n');
    expect(events(examined).filter((e) => /creation|suppression|merger/.test(e))).toEqual([]);
    const past = ['Depuis sa création en 2015, la direction a connu plusieurs évolutions :', '- le bureau A remplace la cellule B ;', '- les bureaux C et D fusionnent.'].join('\n');
    expect(events(past).filter((e) => /replacement|merger/.test(e))).toEqual([]);
  });

  it('takes an acronym another text defines, written as a word, after an article', () => {
    expect(acronyms("Selon l'Insee, le taux de chômage a baissé de 0,3 point ; la Dinum le confirme.", new Set(['Insee', 'Dinum']))).toEqual(['Insee', 'Dinum']);
  });

  it('reads what replaces a product only when the product is what is replaced, and a name shaped as products’', () => {
    expect(products("Dans l'application « Dossia », le terme « usager » est remplacé par « bénéficiaire ».")).toEqual(['Dossia']);
    expect(products('Sur le portail Mes Démarches, le bouton « Valider » est remplacé par « Envoyer ».')).toEqual(['Mes Démarches']);
    expect(products("Le référent de l'outil Gesco, parti en retraite, sera remplacé par Durand.")).toEqual(['Gesco']);
    expect(products("Le système d'information « SIGMA » instruit les subventions du plan « Vélo » ; il sera remplacé progressivement par SIGMA-Next en 2026.")).toContain('SIGMA-Next');
  });

  it('reads software built upon only where the clause speaks of software, names with accents whole', () => {
    const text = [
      "L'hébergement d'urgence repose sur Adoma. La solution d'accompagnement proposée aux jeunes s'appuie sur France Travail.",
      'Dans sa version révisée, le plan s’appuie sur Marseille et Lyon. Le moteur de la croissance régionale repose sur Airbus.',
      "L'application repose sur ProConnect Identité depuis 2024. L'architecture technique repose sur Kubernetes.",
    ].join(' ');
    expect(products(text)).toEqual(['ProConnect', 'Kubernetes']);
  });

  it('reads the whole quoted name after « dit », and no speech', () => {
    expect(products("L'application de gestion des stages, dite « Mon stage en ligne », est ouverte.")).toEqual(['Mon stage en ligne']);
    expect(products('Lors de la présentation de la plateforme, la ministre a dit « Nous tiendrons les délais ».')).toEqual([]);
  });

  it('reads no list of names after a singular « système d’information »', () => {
    expect(products("La direction gère le système d'information Travail, Emploi et Formation professionnelle.")).not.toContain('Emploi');
  });

  it('reads no place or standard after a product word and its complement', () => {
    expect(products('Les informations sont publiées sur le portail de la région Normandie et sur la plateforme de la collectivité Corse.')).toEqual([]);
    expect(products('Le service applique son système de gestion de la qualité ISO 9001.')).toEqual([]);
  });

  it('keeps a table’s appointment that a sentence about someone else shares the date of', () => {
    const text = [
      'Nommé directeur adjoint en septembre 2014, Paul Durand pilote la refonte.',
      '',
      '| Directrice | Date de début | Date de fin |',
      '|---|---|---|',
      "| Jeanne Arnal | septembre 2014 | juin 2019 |",
      "| Anne de La Tour | juillet 2019 | en fonction |",
    ].join('\n');
    expect(events(text).filter((e) => e.includes('Arnal') || e.includes('La Tour'))).toEqual(['2014-09 appointment Jeanne Arnal', '2019-06 other Jeanne Arnal', '2019-07 appointment Anne de La Tour']);
  });
});

describe('products from a start-up page and an accessibility statement', () => {
  it('reads a product page’s title (its front matter lists phases, or a mission and an incubator)', () => {
    expect(products('---\ntitle: Vélocité\nmission: Simplifier les aides au vélo\nincubator: fabrique-mobilites\n---\n\nTexte.\n')).toEqual(['Vélocité']);
    // (A page's title alone names no product.)
    expect(products('---\ntitle: Rapport annuel\ndate: 2025-03-01\n---\n\nTexte.\n')).toEqual([]);
  });

  it('reads software named with its version, two by two, and not a procurement’s lots', () => {
    const text = '- Firefox 128 et NVDA 2024.2 ;\n\nAvec NVDA 2024.4 comme avec JAWS 2025, seul le champ est lu. Le Lot 12 et Lot 13 sont attribués entre Mars 2024 et Juin 2025.';
    expect(products(text)).toEqual(['Firefox', 'NVDA', 'NVDA', 'JAWS']);
  });
});

describe('a year before an adverb or a preposition ending in « s »', () => {
  it('is a date, not a number counting what follows (« créé en 2019 auprès du secrétaire général »)', () => {
    const text = "En juin 2025, le laboratoire LabSolidaire, créé en 2019 auprès du secrétaire général, a rejoint la SDAM.";
    expect(events(text).some((e) => e.startsWith('2019 creation'))).toBe(true);
    // (A number counting a plural noun is still no year: « 2019 agents ».)
    expect(events('La direction, créée en 2021, compte 2019 agents répartis en trois pôles.').some((e) => e.startsWith('2019'))).toBe(false);
  });
});
