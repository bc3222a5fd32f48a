/**
 * Rules of session 31 (each positive case failed on the rules before it; the guards keep the rule to its shape):
 * written for this file, never copied from the evaluation texts.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../pipeline/stages/extract/index.ts';
import type { SourceDocument } from '../../pipeline/types/domain.ts';
import { dataOf, doc, expectExactQuotes } from './helpers.ts';

const facts = (text: string, date: string | null = '2024-06-01') => {
  const source: SourceDocument = doc(text, 'session31', date);
  const { facts: found } = extractDocument(source, new Set());
  expectExactQuotes(text, found);
  return found;
};
const links = (text: string) => dataOf(facts(text), 'hierarchy').map((h) => `${h.child.acronym ?? h.child.name} → ${h.parent.acronym ?? h.parent.name}`);
const bodies = (text: string) => dataOf(facts(text), 'organisation').map((o) => o.name ?? o.acronym);

describe('units listed in a chart', () => {
  it('keeps a capitalised word right after the type word as the name (« le pôle Veille »), not as a verb', () => {
    const text = 'La direction des services aux territoires (DST) comprend le pôle Veille, le pôle Alerte et le pôle Conseil.';
    expect(bodies(text)).toEqual(expect.arrayContaining(['pôle Veille', 'pôle Alerte', 'pôle Conseil']));
    expect(links(text)).toEqual(expect.arrayContaining(['pôle Veille → DST', 'pôle Alerte → DST', 'pôle Conseil → DST']));
    // (The verb, in lowercase, still ends the name: « le pôle veille à … ».)
    expect(bodies('Le pôle veille à la qualité des données de la direction des services aux territoires (DST).')).not.toContain('pôle veille');
  });

  it('goes on with the people a title-case name serves (« pôle Relation usager », « pôle Expérience utilisateur »)', () => {
    expect(bodies('La direction des services aux territoires (DST) comprend le pôle Expérience utilisateur et le pôle Relation client.')).toEqual(
      expect.arrayContaining(['pôle Expérience utilisateur', 'pôle Relation client']),
    );
  });

  it('reads « comprend lui-même trois pôles : … »', () => {
    const text = 'Le département des réseaux (DRX) comprend lui-même trois pôles : le pôle Câblage, le pôle Téléphonie et le pôle Radio.';
    expect(links(text)).toEqual(expect.arrayContaining(['pôle Câblage → DRX', 'pôle Téléphonie → DRX', 'pôle Radio → DRX']));
  });

  it('goes on past a relative clause on one unit of an enumeration, not past another body', () => {
    const text = 'Le département des données (DDX) comprend le pôle Usagers, qui publie le catalogue des jeux de données, et le pôle Qualité des référentiels.';
    expect(links(text)).toEqual(expect.arrayContaining(['pôle Usagers → DDX', 'pôle Qualité des référentiels → DDX']));
    // (A clause that names another body ends the enumeration: what follows may be that body's.)
    const other = 'Le département des données (DDX) comprend le pôle Usagers, qui travaille avec la direction des achats (DAC), et le pôle Qualité des référentiels.';
    expect(links(other)).toContain('pôle Usagers → DDX');
    expect(links(other)).not.toContain('pôle Qualité des référentiels → DDX');
  });

  it('reads an act that divides a named body: « organise la direction X en trois départements : » and a list', () => {
    const listed = 'L’arrêté du 2 mai 2024 organise la direction des systèmes territoriaux (DSTX) en deux départements :\n\n- le département Applications ;\n- le département Infrastructures.\n';
    expect(links(listed)).toEqual(expect.arrayContaining(['département Applications → DSTX', 'département Infrastructures → DSTX']));
    const inline = 'Un arrêté fixe l’organisation du service des archives numériques (SAN) en deux bureaux : le bureau de la collecte et le bureau de la conservation.';
    expect(links(inline)).toEqual(expect.arrayContaining(['bureau de la collecte → SAN', 'bureau de la conservation → SAN']));
    // (« l'organisation de X en 2024 »: a year, no division.)
    expect(links('La réforme porte sur l’organisation de la direction des systèmes territoriaux (DSTX) en 2024 ; le bureau de la collecte est maintenu.')).toEqual([]);
  });
});

describe('attachments', () => {
  it('reads an inverted attachment followed by its units as list items (an act quoting the article it rewrites)', () => {
    const text =
      'Article 3\n\nL’article 4 est ainsi rédigé :\n\nSont en outre rattachés directement au chef du service des technologies numériques :\n\n« - le département de la résilience (DRE) ;\n\n« - la mission des partenariats (MPA). »\n';
    expect(links(text)).toEqual(expect.arrayContaining(['DRE → service des technologies numériques', 'MPA → service des technologies numériques']));
    const plain = 'Sont rattachés à la direction des territoires (DTE) :\n- le bureau des cartes (BCA) ;\n- le pôle Données locales.\n\nLes autres unités sont inchangées.';
    expect(links(plain)).toEqual(expect.arrayContaining(['BCA → DTE', 'pôle Données locales → DTE']));
  });

  it('reads the imperfect « , qui relevait de Y, » as a former parent, replaced by the current one', () => {
    const former = 'Le centre des téléprocédures (CTP), qui relevait de la direction générale des forêts (DGF), a été supprimé le 1er mars 2023.';
    expect(links(former)).toEqual(['CTP → DGF']);
    const moved = 'Le bureau des usages numériques (BUN), qui relevait de la direction générale des forêts (DGF), relève désormais de la direction du numérique (DNUM).';
    expect(links(moved)).toEqual(['BUN → DNUM']);
  });

  it('reads « , rattaché jusqu’alors à Y, » as a former parent', () => {
    const text = 'Le service des échanges de données (SED), rattaché jusqu’alors à la direction des usages (DUS), devient un service à compétence nationale.';
    expect(links(text)).toEqual(['SED → DUS']);
    expect(links(text.replace('devient un service à compétence nationale', 'relève désormais du secrétariat général (SGX)'))).toEqual(['SED → SGX']);
  });

  it('reads « X crée en son sein la mission Y » and « qui porte … et héberge l’incubateur Y »', () => {
    expect(links('En 2020, le secrétariat général à la modernisation (SGM) crée en son sein la mission « Cloud souverain » (MCS), chargée de l’hébergement.')).toContain('MCS → SGM');
    expect(links('Le département des produits (DPX), qui porte les téléservices et héberge l’incubateur « La Forge », pilote le portail.')).toContain('incubateur La Forge → DPX');
    // (A prefecture that houses a body in its premises: a roof, not a place in the chart.)
    expect(links('La préfecture de la Creuse (PC), qui reçoit le public et héberge la direction départementale des territoires (DDT) dans ses locaux, ouvre un guichet.')).toEqual([]);
  });

  it('gives a possessive’s unit to the subject after a fronted complement or a field’s label', () => {
    expect(links('Au sein de la DNX, la sous-direction des démarches (SDD) en assure le suivi, par l’intermédiaire de son bureau de la qualité (BQX).')).toContain('BQX → SDD');
    expect(links('Objet du marché : Le service du numérique (SNUM), par l’intermédiaire de son département des applications (DAP), souhaite construire un portail.')).toContain('DAP → SNUM');
    // (Another subject: the possessive is not the body's.)
    expect(links('En 2024, le préfet a reçu la direction des achats (DAC) et son bureau des marchés (BMA).')).not.toContain('BMA → DAC');
  });
});

describe('acronyms', () => {
  it('reads « sous-direction » as two initials, so that an earlier word of the sentence does not take the definition', () => {
    const text = 'Au sein de la direction, la sous-direction des démarches (SDD) en assure le suivi.';
    expect(dataOf(facts(text), 'organisation').map((o) => `${o.acronym} ${o.name}`)).toContain('SDD sous-direction des démarches');
    // (The same definition at the start of its sentence was read before.)
    expect(dataOf(facts('La sous-direction des démarches (SDD) en assure le suivi.'), 'organisation').map((o) => o.acronym)).toContain('SDD');
  });
});

describe('a decree organising a central administration', () => {
  const decree = [
    'Article 1er',
    '',
    "L'administration centrale du ministère de la pêche et des littoraux comprend, sous l'autorité du ministre :",
    '1° Le secrétariat général ;',
    '2° La direction des pêches maritimes (DPMA) ;',
    '3° La délégation à la communication (DELCOM).',
    '',
    'Article 2',
    '',
    'Sont rattachés au secrétaire général :',
    "– la direction des systèmes d'information (DSI) ;",
    '– le service des ressources humaines (SRH).',
    '',
    'Article 3',
    '',
    "La direction des systèmes d'information comprend deux sous-directions et le département des données (DDON) :",
    '1° La sous-direction des infrastructures, qui comprend :',
    'a) Le bureau des réseaux ;',
    "b) Le bureau de l'hébergement ;",
    '2° La sous-direction des ports, qui comprend le bureau des criées ;',
    '3° Le département des données (DDON).',
    '',
    'Article 4',
    '',
    'La délégation à la communication conçoit la politique de communication. Elle comprend le bureau de la communication numérique, qui édite le site internet du ministère, et le bureau de la presse.',
  ].join('\n');

  it('reads the units an incise separates from the colon (« comprend, sous l’autorité du ministre : »)', () => {
    expect(links(decree)).toEqual(expect.arrayContaining(['DPMA → ministère de la pêche et des littoraux', 'DELCOM → ministère de la pêche et des littoraux']));
  });

  it('reads « Sont rattachés au secrétaire général : » then the units as items', () => {
    expect(links(decree)).toEqual(expect.arrayContaining(['DSI → secrétariat général', 'SRH → secrétariat général']));
  });

  it('nests « a) » items under the « 1° » item before them, at the same margin', () => {
    const found = links(decree);
    expect(found).toEqual(expect.arrayContaining(['bureau des réseaux → sous-direction des infrastructures', "bureau de l'hébergement → sous-direction des infrastructures"]));
    // (Not the direction's: the sub-items are the sous-direction's.)
    expect(found).not.toContain("bureau des réseaux → direction des systèmes d'information");
    // (Without a « 1° » item before them, « a) » items keep their margin's level: a list of their own.)
    expect(links('La direction des systèmes territoriaux (DSTX) comprend :\na) le bureau des réseaux ;\nb) le bureau des cartes.')).toEqual(
      expect.arrayContaining(['bureau des réseaux → DSTX', 'bureau des cartes → DSTX']),
    );
  });

  it('reads a unit named before the count’s colon, and one unit « qui comprend le bureau X »', () => {
    const found = links(decree);
    expect(found).toContain("DDON → direction des systèmes d'information");
    expect(found).toContain('bureau des criées → sous-direction des ports');
    // (One unit after a verb of containment whose subject is no unit: nothing.)
    expect(bodies('Le marché comprend le bureau d’études et la maîtrise d’œuvre. Le programme comprend le département pilote de la Creuse.')).toEqual([]);
  });

  it('reads an enumeration of two units past a relative clause on the first, in prose', () => {
    expect(links(decree)).toEqual(expect.arrayContaining(['bureau de la communication numérique → délégation à la communication', 'bureau de la presse → délégation à la communication']));
  });
});

describe('an organisation chart as Graphviz (DOT) source', () => {
  const dot = [
    '// Organigramme du service des territoires numériques (STN), mis à jour le 2 mars 2026.',
    'digraph stn {',
    '  node [shape=box];',
    '  stn [label="Service des territoires numériques (STN)\\nCheffe de service : Alice Martin", URL="https://stn.example.gouv.fr/qui"];',
    '  dapp [label="Département des applications (DAPP)\\n40 agents"];',
    '  dinf [label="Département des infrastructures (DINF)"];',
    '  bcar [label="Bureau de la cartographie (BCAR)"];',
    '  copil [label="Comité de pilotage\\nMensuel", shape=note];',
    '  stn -> dapp;',
    '  stn -> dinf -> bcar;',
    '  stn -> copil [style=dashed];',
    '  /* dapp -> bcar; */',
    '}',
  ].join('\n');

  it('reads each node’s first label line as a body and each edge as a unit under its parent', () => {
    const found = links(dot);
    expect(found).toEqual(expect.arrayContaining(['DAPP → STN', 'DINF → STN', 'BCAR → DINF']));
    // (A URL's « // » inside an attribute is no comment: the nodes after it are read.)
    expect(bodies(dot)).toEqual(expect.arrayContaining(['Département des applications', 'Bureau de la cartographie']));
  });

  it('skips dashed edges and commented-out ones, and a graph without arrows', () => {
    const found = links(dot);
    expect(found).not.toContain('Comité de pilotage → STN');
    expect(found).not.toContain('BCAR → DAPP');
    expect(links(dot.replace('digraph', 'graph').replace(/->/g, '--'))).toEqual([]);
  });
});

describe('what an act creates within a body', () => {
  it('reads « un arrêté crée au sein de la délégation trois départements : … » (the last délégation named)', () => {
    const text = 'La délégation aux usages numériques (DUN) pilote la politique. Le 2 mai, un arrêté crée au sein de la délégation trois départements : le département « Services » (DSV), le département « Données » (DDN) et le département « Réseaux » (DRS).';
    expect(links(text)).toEqual(expect.arrayContaining(['DSV → DUN', 'DDN → DUN', 'DRS → DUN']));
  });

  it('reads « crée au sein du département X le pôle Y », not what is created within a place', () => {
    expect(links('Le 20 décembre, un arrêté crée au sein du département des réseaux (DRS) le pôle « Cybersécurité » (PCY), doté de 11 agents.')).toContain('PCY → DRS');
    expect(links('La direction des usages (DUS) anime le réseau. Le ministère crée au sein de la région une conférence des usagers.')).toEqual([]);
  });

  it('reads « établissement public créé en 2009 et placé sous la tutelle du ministère X »', () => {
    expect(links('Le décret dissout l’Agence des réseaux locaux (ARL), établissement public créé en 2009 et placé sous la tutelle du ministère de l’Aménagement.')).toContain(
      "ARL → ministère de l'Aménagement",
    );
  });
});

describe('events of an act’s list under a date', () => {
  const events = (text: string) => dataOf(facts(text), 'event').map((e) => `${e.date.value} ${e.type}`);
  const act = 'Article 6\n\nÀ compter du 1er mars 2026 :\n1° La direction des études prend le nom de direction de la prospective ;\n2° Le service des archives (SAR) est rattaché à la direction du numérique (DNUMX) ;\n3° La mission de la communication est supprimée.';

  it('dates each item of a list by a line that is only a date (« À compter du 1er mars 2026 : »)', () => {
    expect(events(act)).toEqual(expect.arrayContaining(['2026-03-01 renaming', '2026-03-01 attachment', '2026-03-01 suppression']));
    // (A line with more than a date and no chart: its list is not dated by it.)
    expect(events(act.replace('À compter du 1er mars 2026 :', 'Les mesures suivantes, discutées le 1er mars 2026, sont envisagées :'))).toEqual([]);
  });
});

describe('a chronology by years', () => {
  const events = (text: string, date: string | null = null) => dataOf(facts(text, date), 'event').map((e) => `${e.date.value} ${e.type}`);
  const chronology = '# Chronologie du service des usages\n\n## 2017\n\n- **Le 2 mai**, un arrêté crée la mission des usages (MUS).\n- **En septembre**, la mission lance le portail Atlas.\n\n## 2018\n\n- **12 janvier** : la mission des usages est supprimée.\n\n## Voir aussi\n\n- Le 3 mars, la mission publie son bilan.\n';

  it('reads a date without its year in the year its section’s heading names', () => {
    expect(events(chronology)).toEqual(expect.arrayContaining(['2017-05-02 creation', '2017-09 launch', '2018-01-12 suppression']));
    // (Over the document's own date too: the heading is nearer.)
    expect(events(chronology, '2024-06-01')).toContain('2017-05-02 creation');
  });

  it('stops at the next heading of the same level, and needs two year headings', () => {
    // (« Voir aussi » closes 2018's section: its « 3 mars » has no year.)
    expect(events(chronology).some((e) => e.startsWith('2018-03'))).toBe(false);
    expect(events('# Bilan\n\n## 2017\n\n- **Le 2 mai**, un arrêté crée la mission des usages (MUS).\n')).toEqual([]);
  });
});

describe('an events calendar by headings', () => {
  const events = (text: string) => dataOf(facts(text), 'event').map((e) => `${e.date.value} ${e.type}`);
  const agenda = [
    '# Agenda du réseau des fabriques',
    '',
    '## À venir',
    '',
    '### Atelier « Données ouvertes » — Nantes',
    '',
    '- **Date :** mercredi 14 octobre 2026, de 9 h à 12 h',
    '- **Lieu :** Maison des associations, Nantes',
    '',
    '### Lancement de la plateforme Passerelle',
    '',
    '- **Date :** mardi 3 novembre 2026, 10 h',
    '- **Lieu :** en ligne',
  ].join('\n');

  it('reads each heading whose section opens with a date and a place as an event on that date', () => {
    expect(events(agenda)).toEqual(expect.arrayContaining(['2026-10-14 other', '2026-11-03 launch']));
  });

  it('reads no event from records dated by a field but placed nowhere (decision records)', () => {
    const records = '# Décisions d’architecture\n\n## ADR-001 : Hébergement mutualisé\n\n- Statut : accepté\n- Date : 22 janvier 2024\n\n## ADR-002 : Authentification unique\n\n- Statut : accepté\n- Date : 14 février 2024\n';
    expect(events(records)).toEqual([]);
  });
});

describe('a grouping’s governing bodies', () => {
  const committees = (text: string) => dataOf(facts(text), 'committee').map((c) => c.name);
  const convention =
    "Article 7 - Assemblée générale\nL'assemblée générale est composée de l'ensemble des membres du groupement. Elle se réunit au moins une fois par an et approuve les comptes.\n\nArticle 8 - Conseil d'administration\nLe groupement est administré par un conseil d'administration de dix membres : quatre représentants de l'État et six représentants des régions. Il se réunit au moins trois fois par an.";

  it('reads « l’assemblée générale est composée de … » and « un conseil d’administration de dix membres : … » as committees', () => {
    expect(committees(convention)).toEqual(expect.arrayContaining(['assemblée générale', "conseil d'administration"]));
  });

  it('reads no committee from a board’s size alone', () => {
    expect(committees('L’agence est administrée par un conseil d’administration de 16 membres et dirigée par un directeur général nommé par décret.')).toEqual([]);
  });
});

describe('products and figures of a chart’s labels, and a launch by its verb', () => {
  const products = (text: string) => dataOf(facts(text), 'product').map((p) => p.name);

  it('reads a DOT label’s « \\n » as a line break: « Produits : A, B » and a head count on lines of their own', () => {
    const dot = 'digraph dsx {\n  dsx [label="Direction des services (DSX)\\n120 agents"];\n  bts [label="Bureau des téléservices (BTS)\\nProduits : Mon Relais, Cadastre Express"];\n  dsx -> bts;\n}\n';
    expect(products(dot)).toEqual(expect.arrayContaining(['Mon Relais', 'Cadastre Express']));
    expect(dataOf(facts(dot), 'figure').map((f) => `${f.value} ${f.unit}`)).toContain('120 agents');
    // (Outside a digraph, « \\n » is left as written.)
    expect(products('Le champ vaut « a\\nProduits : Mon Relais, Cadastre Express ».')).toEqual([]);
  });

  it('reads « la fabrique lance X Y, qui permet aux … » as a product, not a one-word place', () => {
    expect(products('Le 16 mars, la fabrique lance Signal Route, qui permet aux habitants de signaler un désordre.')).toContain('Signal Route');
    expect(products('La fabrique lance MonGuichet, qui permet aux usagers de prendre rendez-vous.')).toContain('MonGuichet');
    expect(products('La mission ouvre Paris, qui permet aux visiteurs de découvrir la ville.')).toEqual([]);
  });
});

describe('an appointment dated by its act after a long apposition', () => {
  it('dates « est nommée secrétaire générale du Conseil X (CX), autorité … créée par la loi … du D1, par décret du D2 » at D2', () => {
    const found = dataOf(facts('**Léa Roux** est nommée secrétaire générale du Conseil des données (CDD), autorité administrative indépendante créée par la loi n° 2024-311 du 8 avril 2024, par décret du 21 novembre 2026 publié au Journal officiel du 22 novembre 2026.'), 'event').map((e) => `${e.date.value} ${e.type}`);
    expect(found).toContain('2026-11-21 appointment');
    expect(found).not.toContain('2024-04-08 appointment');
  });
});
