/**
 * Shapes of text first met in session 18 (each positive case failed on the rules before it; the guards keep the rule
 * to its shape): written for this file, never copied from the evaluation texts.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../pipeline/stages/extract/index.ts';
import { findTables } from '../../pipeline/stages/extract/tables.ts';
import { cleanText } from '../../pipeline/stages/extract/text.ts';
import { dataOf, doc, expectExactQuotes } from './helpers.ts';

const facts = (text: string) => {
  const { facts: found } = extractDocument(doc(text, 'session18'), new Set());
  expectExactQuotes(text, found);
  return found;
};
const events = (text: string) => dataOf(facts(text), 'event').map((e) => `${e.date.value} ${e.type}`);

describe('deadlines', () => {
  it('dates what is to be done by a given day as an event of type « other »', () => {
    expect(events('Chaque préfet désigne, avant le 15 octobre 2026, un correspondant pour les données routières.')).toEqual(['2026-10-15 other']);
    expect(events("Les candidatures au label « Commune connectée » sont reçues jusqu'au 12 mars 2027 sur le site de l'agence.")).toEqual(['2027-03-12 other']);
    expect(events("L'office transmet son bilan au comité au plus tard le 1er décembre 2026.")).toEqual(['2026-12-01 other']);
    expect(events("La direction devra migrer ses 40 applications d'ici le 31 mai 2028.")).toEqual(['2028-05-31 other']);
  });

  it('quotes the clause of the deadline, not only its date', () => {
    const [event] = facts('Le bureau des achats transmet, avant le 3 juin 2026, la liste des marchés à renouveler.').filter((f) => f.data.kind === 'event');
    expect(event?.quote).toBe('Le bureau des achats transmet, avant le 3 juin 2026');
  });

  it('leaves a table row to its date column: one event, not two', () => {
    expect(events('| Étape | Date |\n| --- | --- |\n| Remise des offres | avant le 9 février 2026 |\n| Audition des candidats | le 2 mars 2026 |')).toEqual([
      '2026-02-09 other',
      '2026-03-02 other',
    ]);
  });

  it('takes no day that says which things a rule is about, nor a past state', () => {
    expect(events('Les agents recrutés avant le 1er janvier 2020 conservent leur régime indemnitaire.')).toEqual([]);
    expect(events('Les décisions prises avant le 1er septembre 2024 demeurent valables.')).toEqual([]);
    expect(events("Le taux était de 12 % avant le 1er juillet 2022, contre 8 % aujourd'hui.")).toEqual([]);
    expect(events('Jusqu’au 31 décembre 2019, le bureau relevait de la direction des achats.')).toEqual([]);
    // (A weekday between the cue and the day.)
    expect(events('Les offres sont remises au plus tard le lundi 9 février 2026.')).toEqual(['2026-02-09 other']);
  });

  it('leaves a month or a year, a target rather than a day, and a labelled line to their own rules', () => {
    // (A target « d'ici fin 2027 » is one event of no named kind since session 23, by its own rule, not a deadline's day.)
    expect(events("L'agence vise 2 000 agents formés d'ici fin 2027.")).toEqual(['2027 other']);
    expect(events('Le guichet restera ouvert jusqu’en juin 2026 pour les dossiers en cours.')).toEqual([]);
    // One event per line, from the labelled lines: the label says what happens then.
    const labelled = facts('Calendrier\n\n- Questions des candidats : au plus tard le 9 février 2026\n- Remise des offres : le 2 mars 2026\n').filter((f) => f.data.kind === 'event');
    expect(labelled.map((f) => f.quote)).toEqual(['Questions des candidats : au plus tard le 9 février 2026', 'Remise des offres : le 2 mars 2026']);
  });
});

describe('adoption', () => {
  it('dates a body adopting a plan or a charter as « other », not as a publication', () => {
    expect(events("Le plan d'action, adopté le 5 mai 2026 par le comité de direction, prévoit trois chantiers.")).toEqual(['2026-05-05 other']);
    expect(events("La charte de la donnée a été adoptée par le conseil d'administration le 3 mars 2025.")).toEqual(['2025-03-03 other']);
    expect(events("Le comité a procédé à l'adoption du schéma directeur le 12 janvier 2026.")).toEqual(['2026-01-12 other']);
  });

  it('still dates a report made public as a publication', () => {
    expect(events("Le rapport d'activité de l'office a été publié le 2 avril 2026.")).toEqual(['2026-04-02 publication']);
  });
});

const links = (text: string) =>
  dataOf(facts(text), 'hierarchy').map((h) => `${h.child.name ?? h.child.acronym} → ${h.parent.name ?? h.parent.acronym}`);

describe('units set up within a body', () => {
  it('reads « créé … au sein de », after an apposed type or a verb, and « placé au sein de » opening the sentence', () => {
    expect(links("Le LABRI, laboratoire créé en 2022 au sein de la direction des données routières (DDR), publie ses travaux.")).toEqual([
      'LABRI → direction des données routières',
    ]);
    expect(links('La cellule « Cartes ouvertes » est constituée le 4 avril 2023 au sein du service de la géomatique régionale.')).toEqual([
      'cellule Cartes ouvertes → service de la géomatique régionale',
    ]);
    expect(links("Service à compétence nationale placé au sein du secrétariat général aux achats (SGA), la mission des achats numériques (MAN) instruit les marchés.")).toEqual([
      'mission des achats numériques → secrétariat général aux achats',
    ]);
  });
});

describe('incubators named before their type', () => {
  it('takes a name with its article or going on in lower case, and the body the incubator belongs to', () => {
    expect(links("Le service a été conçu à La Ruche, l'incubateur de la direction des usages numériques (DUN).")).toEqual(['La Ruche → direction des usages numériques']);
    expect(links("L'outil est incubé à l'Atelier numérique des territoires, l'incubateur de la délégation aux collectivités (DAC).")).toEqual([
      'Atelier numérique des territoires → délégation aux collectivités',
    ]);
  });

  it('does not take an article and what precedes it into the name', () => {
    const names = dataOf(facts("Le téléservice est développé par l'équipe Trame de la Fabrique, l'incubateur de la direction des usages numériques (DUN)."), 'organisation').map((o) => o.name);
    expect(names).not.toContain('Trame de la Fabrique');
  });
});

describe('an RTF note', () => {
  const rtf = [
    String.raw`{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}}{\colortbl ;\red0\green0\blue0;}`,
    String.raw`{\*\generator Traitement 4.2}{\info{\title Note BDM}{\author Jeanne Roux}}`,
    String.raw`\pard\b PR\'c9FECTURE DE LA R\'c9GION ARMORIQUE\b0\par`,
    String.raw`\pard Objet\~: cr\'e9ation d\'92un bureau de la donn\'e9e m\'e9tier\par`,
    String.raw`Le bureau de la donn\'e9e m\'e9tier (BDM) est cr\'e9\'e9 le 1er mars 2026 au sein du secr\'e9tariat g\'e9n\'e9ral pour les affaires r\'e9gionales (SGAR). Il compte 6 agents et un budget de 240\~000\~\'80.\par Son responsable est M. Luc Hamon.\par`,
    String.raw`Le portail {\field{\*\fldinst{HYPERLINK "https://donnees.armorique.example.fr/"}}{\fldrslt{Donn\u233?es Armorique}}} est ouvert depuis 2024.\par`,
    String.raw`\trowd\cellx3000\cellx6000 Bureau\cell Courriel\cell\row`,
    String.raw`\trowd\cellx3000\cellx6000 BDM\cell bdm@armorique.example.fr\cell\row`,
    '}',
  ].join('\n');

  it('reads the page the word processor shows, each line in its place', () => {
    const clean = cleanText(rtf);
    expect(clean).toHaveLength(rtf.length);
    const lines = clean.split('\n').map((l) => l.trim());
    expect(lines[0]).toBe('');
    expect(lines[1]).toBe('');
    expect(lines[2]).toBe('PRÉFECTURE DE LA RÉGION ARMORIQUE');
    expect(lines[3]).toBe("Objet : création d'un bureau de la donnée métier");
    // A paragraph that goes on on the same source line ends a line; « \'80 » is the euro of Windows-1252.
    expect(lines[4]).toMatch(/un budget de 240 000 €\.$/u);
    expect(lines[5]).toBe('Son responsable est M. Luc Hamon.');
    expect(lines[6]).toMatch(/^Le portail https:\/\/donnees\.armorique\.example\.fr\/\s+Données Armorique est ouvert depuis 2024\.$/u);
    expect(lines[7]).toBe('Bureau\tCourriel');
  });

  it('finds its facts, quoted from the RTF source', () => {
    const found = facts(rtf);
    const orgs = dataOf(found, 'organisation').map((o) => `${o.name} (${o.acronym})`);
    expect(orgs).toContain('bureau de la donnée métier (BDM)');
    expect(orgs).toContain('secrétariat général pour les affaires régionales (SGAR)');
    expect(dataOf(found, 'event').map((e) => `${e.date.value} ${e.type}`)).toContain('2026-03-01 creation');
    expect(dataOf(found, 'figure').map((f) => `${f.value} ${f.unit}`)).toEqual(expect.arrayContaining(['6 agents', '240000 €']));
    expect(dataOf(found, 'link').map((l) => l.url)).toEqual(['https://donnees.armorique.example.fr/']);
    expect(dataOf(found, 'contact').map((c) => c.email)).toEqual(['bdm@armorique.example.fr']);
    expect(dataOf(found, 'person').map((p) => p.name)).toContain('Luc Hamon');
    // Nothing from the font table, the generator or the document's properties.
    expect(JSON.stringify(found)).not.toMatch(/Arial|Traitement|Jeanne Roux/);
  });
});

describe('an e-mail in Windows-1252', () => {
  it('reads the bytes 0x80–0x9F (apostrophe, euro), which Node 20 would drop', () => {
    const mail = [
      'From: Bureau <bureau@exemple.gouv.fr>',
      'To: Service <service@exemple.gouv.fr>',
      'Subject: Budget',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=windows-1252',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      "L=92office dispose d=92un budget de 300 000 =80.",
    ].join('\n');
    expect(cleanText(mail)).toContain("L'office dispose d'un budget de 300 000 €.");
  });
});

describe('grid tables (pandoc, reStructuredText)', () => {
  const annex = [
    'ANNEXE',
    '',
    '+----------------------+-------+------+',
    '| Service              | Sigle | ETP  |',
    '+======================+=======+======+',
    '| Service des études   | SEP   | 14   |',
    '| et de la prospective |       |      |',
    '+----------------------+-------+------+',
    '| Bureau des marchés   | BMN   | 9    |',
    '| numériques           |       |      |',
    '+----------------------+-------+------+',
    '',
    '+---------------------+----------------+---------------+',
    '| Instance            | Participants   | Fréquence     |',
    '+=====================+================+===============+',
    '| Comité des données  | SEP, BMN,      | Trimestrielle |',
    '| (CDO) : qualité des | délégués       |               |',
    '| référentiels        |                |               |',
    '+---------------------+----------------+---------------+',
  ].join('\n');

  it('reads a row as the lines between two borders, each cell its column joined, the rows above « +===+ » the header', () => {
    const [units, bodies] = findTables(annex);
    expect(units!.header.map((c) => c.text)).toEqual(['Service', 'Sigle', 'ETP']);
    expect(units!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Service des études et de la prospective', 'SEP', '14'],
      ['Bureau des marchés numériques', 'BMN', '9'],
    ]);
    expect(bodies!.rows[0]!.cells[0]!.text).toBe('Comité des données (CDO) : qualité des référentiels');
    // No table of the markdown kind is read from the lines between the borders.
    expect(findTables(annex)).toHaveLength(2);
  });

  it('names a body by its whole wrapped cell and its acronym column, counts in the unit its column header states', () => {
    const found = facts(annex);
    expect(dataOf(found, 'organisation').map((o) => `${o.name} (${o.acronym})`)).toEqual(
      expect.arrayContaining(['Service des études et de la prospective (SEP)', 'Bureau des marchés numériques (BMN)']),
    );
    expect(dataOf(found, 'figure').map((f) => `${f.value} ${f.unit} — ${f.measure}`)).toEqual([
      '14 ETP — ETP Service des études et de la prospective',
      '9 ETP — ETP Bureau des marchés numériques',
    ]);
  });

  it("takes a committee's name before « : » and what follows as its remit", () => {
    const [committee] = dataOf(facts(annex), 'committee');
    expect(committee).toMatchObject({ name: 'Comité des données', frequency: 'Trimestrielle', participants: ['SEP', 'BMN', 'délégués'], topics: ['qualité des référentiels'] });
  });

  it('gives a table without a « +===+ » border no column names', () => {
    const [table] = findTables(['+------+------+', '| Pôle | PDA  |', '+------+------+', '| Cellule | CQA |', '+------+------+'].join('\n'));
    expect(table!.header.map((c) => c.text)).toEqual(['', '']);
    expect(table!.rows).toHaveLength(2);
  });
});

describe('a GeoJSON export of service points', () => {
  const geojson = JSON.stringify(
    {
      type: 'FeatureCollection',
      metadata: { titre: 'Points numériques', date_creation: '2025-01-06', nombre_total_conseillers: 5, nombre_resultats: 2 },
      features: [
        {
          type: 'Feature',
          properties: { nom: 'Espace numérique des Trois-Rivières', rattachement: 'Pôle territorial Est', date_ouverture: '2025-02-03', nombre_conseillers: 3 },
          geometry: { type: 'Point', coordinates: [1.2, 45.1] },
        },
        {
          type: 'Feature',
          properties: { nom: 'Bus numérique « Le Relais »', rattachement: 'MNI (itinérant)', date_ouverture: '2025-04-14', nombre_conseillers: 2 },
          geometry: { type: 'Point', coordinates: [1.3, 45.2] },
        },
      ],
    },
    null,
    2,
  );

  it('names each point a body under its « rattachement », a parent named by a type word a body too', () => {
    const found = facts(geojson);
    expect(dataOf(found, 'organisation').map((o) => o.name)).toEqual(
      expect.arrayContaining(['Espace numérique des Trois-Rivières', 'Pôle territorial Est', 'Bus numérique « Le Relais »']),
    );
    expect(links(geojson)).toEqual(expect.arrayContaining(['Espace numérique des Trois-Rivières → Pôle territorial Est', 'Bus numérique « Le Relais » → MNI']));
  });

  it('dates an opening as a launch, not the file\'s own creation date, and counts what « nombre_… » keys count', () => {
    expect(events(geojson)).toEqual(['2025-02-03 launch', '2025-04-14 launch']);
    expect(dataOf(facts(geojson), 'figure').map((f) => `${f.value} ${f.unit}`)).toEqual(['5 conseillers', '3 conseillers', '2 conseillers']);
  });
});

describe('a BibTeX bibliography', () => {
  const bib = [
    '% Bibliographie de la revue — tenue par le secrétariat : biblio@revue-numerique.example.fr',
    '',
    '@techreport{dnr2023plan,',
    "  author      = {{Direction du num{\\'e}rique r{\\'e}gional (DNR)}},",
    "  title       = {Plan de sobri{\\'e}t{\\'e} num{\\'e}rique de la r{\\'e}gion},",
    '  institution = {Secr{\\\'e}tariat g{\\\'e}n{\\\'e}ral pour les affaires r{\\\'e}gionales (SGAR)},',
    '  year        = {2023},',
    '  url         = {https://www.region.example.fr/publications/plan%20sobriete~v2.pdf},',
    "  note        = {Fixe la cible de 30~\\% de serveurs mutualis{\\'e}s ; fran{\\c c}ais et {\\`a} jour}",
    '}',
    '',
    '@misc{decret2024,',
    '  title = {D{\\\'e}cret n\\textsuperscript{o}~2024-318 du 9 avril 2024 relatif au label « Sobri\\\'et\\\'e »},',
    '  year  = {2024}',
    '}',
  ].join('\n');

  it('reads the fields as prose, one field a sentence: accents, braces and escapes decoded, addresses as written', () => {
    const clean = cleanText(bib);
    expect(clean).toHaveLength(bib.length);
    expect(clean).toContain("Direction du numérique régional (DNR);");
    expect(clean).toContain('https://www.region.example.fr/publications/plan%20sobriete~v2.pdf;');
    expect(clean).toContain('Fixe la cible de 30 % de serveurs mutualisés ; français et à jour');
    // The comment line is a note to the reader, the entry's type and key no prose.
    expect(clean).toContain('biblio@revue-numerique.example.fr');
    expect(clean).not.toContain('dnr2023plan');
  });

  it('finds its bodies, texts, links and contacts', () => {
    const found = facts(bib);
    expect(dataOf(found, 'organisation').map((o) => `${o.name} (${o.acronym})`)).toEqual(
      expect.arrayContaining(['Direction du numérique régional (DNR)', 'Secrétariat général pour les affaires régionales (SGAR)']),
    );
    expect(dataOf(found, 'legal-text').map((l) => `${l.type} ${l.number}`)).toContain('décret 2024-318');
    expect(dataOf(found, 'link').map((l) => l.url)).toEqual(['https://www.region.example.fr/publications/plan%20sobriete~v2.pdf']);
    expect(dataOf(found, 'contact').map((c) => c.email)).toEqual(['biblio@revue-numerique.example.fr']);
  });
});

describe('wiki and Org-mode links', () => {
  it('reads « [[url][texte]] », « [[url|texte]] » and « [[url]] » as links with their titles', () => {
    const text = [
      '* Liens',
      '- [[https://portail.exemple.gouv.fr/aide][Aide en ligne]]',
      '  * [[https://wiki.exemple.gouv.fr/reseau|Wiki du réseau]]',
      '  * [[https://annuaire.exemple.gouv.fr]]',
    ].join('\n');
    expect(dataOf(facts(text), 'link').map((l) => `${l.url} ${l.title}`)).toEqual([
      'https://portail.exemple.gouv.fr/aide Aide en ligne',
      'https://wiki.exemple.gouv.fr/reseau Wiki du réseau',
      'https://annuaire.exemple.gouv.fr null',
    ]);
  });
});

describe("a page's schema.org description (JSON-LD)", () => {
  const page = [
    '<html><head>',
    '<script type="application/ld+json">',
    JSON.stringify(
      {
        '@context': 'https://schema.org',
        '@type': 'GovernmentOrganization',
        name: 'Agence départementale du numérique du Val-Vert',
        alternateName: 'ADNV',
        foundingDate: '2018-04-01',
        parentOrganization: { '@type': 'GovernmentOrganization', name: 'Conseil départemental du Val-Vert' },
        subOrganization: [
          { '@type': 'GovernmentOrganization', name: 'Pôle Usages et médiation' },
          { '@type': 'GovernmentOrganization', name: 'Service des infrastructures', alternateName: 'SDI' },
        ],
        employee: [{ '@type': 'Person', name: 'Claire Morvan', jobTitle: 'Directrice générale' }],
      },
      null,
      2,
    ),
    '</script>',
    '</head><body><p>Bienvenue.</p></body></html>',
  ].join('\n');

  it('reads its bodies, units, parent, founding date and staff', () => {
    const found = facts(page);
    expect(dataOf(found, 'organisation').map((o) => `${o.name} (${o.acronym})`)).toEqual(
      expect.arrayContaining(['Agence départementale du numérique du Val-Vert (ADNV)', 'Conseil départemental du Val-Vert (null)', 'Pôle Usages et médiation (null)', 'Service des infrastructures (SDI)']),
    );
    expect(links(page)).toEqual(
      expect.arrayContaining([
        'Agence départementale du numérique du Val-Vert → Conseil départemental du Val-Vert',
        'Pôle Usages et médiation → Agence départementale du numérique du Val-Vert',
        'Service des infrastructures → Agence départementale du numérique du Val-Vert',
      ]),
    );
    expect(events(page)).toEqual(['2018-04-01 creation']);
    expect(dataOf(found, 'person').map((p) => `${p.name}, ${p.role}`)).toContain('Claire Morvan, Directrice générale');
  });
});

describe('DokuWiki tables', () => {
  const page = [
    '===== Outils =====',
    '',
    '^ Outil ^ Usage ^ Opéré par ^',
    '| [[https://outils.exemple.gouv.fr/controle|Contrôle-Express]] | vérification rapide | MQS |',
    '| [[https://outils.exemple.gouv.fr/tableau]] | tableau de bord | MQS |',
    '',
    '===== Correspondants =====',
    '',
    '^ Ministère ^ Correspondant ^ Rattachement ^',
    '| ministère de la Mer et des Ports | Inès Caradec | direction des affaires numériques (DAN) |',
  ].join('\n');

  it('reads « ^ … ^ » as the header, and a wiki link in a cell as its text', () => {
    const [tools] = findTables(page);
    expect(tools!.header.map((c) => c.text)).toEqual(['Outil', 'Usage', 'Opéré par']);
    expect(tools!.rows.map((r) => r.cells[0]!.text)).toEqual(['Contrôle-Express', 'https://outils.exemple.gouv.fr/tableau']);
  });

  it('takes the products a tool column names, run by the unit « Opéré par » names, not an address alone', () => {
    expect(dataOf(facts(page), 'product').map((p) => `${p.name} (${p.operator?.acronym ?? p.operator?.name ?? '—'})`)).toEqual(['Contrôle-Express (MQS)']);
  });

  it("reads a ministry's « rattachement » as the unit of the ministry, not the ministry's parent", () => {
    expect(links(page)).toEqual(['direction des affaires numériques → ministère de la Mer et des Ports']);
  });
});

describe('an Org-mode file', () => {
  const org = [
    '#+TITLE: Carnet du projet Hélios',
    '#+DATE: 2025-05-02',
    '#+TODO: TODO EN-COURS | FAIT',
    '',
    '* Équipe',
    ':PROPERTIES:',
    ':CUSTOM_ID: equipe',
    ':END:',
    "Le projet est porté par le bureau des outils numériques (BON), créé le <2023-09-01 ven.>.",
    '',
    '* Jalons',
    '** FAIT Ouverture du service aux agents :usagers:',
    'SCHEDULED: <2025-02-03 lun.>',
    '** TODO Migration des comptes',
    'SCHEDULED: <2025-06-02 lun.> DEADLINE: <2025-09-30 mar.>',
    '',
    '* Liens',
    '- [[https://helios.exemple.gouv.fr][Portail Hélios]]',
  ].join('\n');

  it('reads its outline as headings, without keywords, tags, drawers or settings; timestamps as days', () => {
    const clean = cleanText(org);
    expect(clean).toHaveLength(org.length);
    const lines = clean.split('\n').map((l) => l.trimEnd());
    expect(lines[0]!.trim()).toBe('Carnet du projet Hélios');
    expect(lines[1]!.trim()).toBe('');
    expect(lines[5]!.trim()).toBe('');
    expect(lines[8]).toContain('créé le  2023-09-01');
    expect(lines[11]).toMatch(/^##\s+Ouverture du service aux agents$/u);
    expect(lines[13]).toMatch(/^##\s+Migration des comptes$/u);
  });

  it("dates a headline's planning: what its title says, else a start when scheduled and a deadline", () => {
    expect(events(org)).toEqual(expect.arrayContaining(['2025-02-03 launch', '2025-06-02 start', '2025-09-30 other']));
    expect(events(org)).toContain('2023-09-01 creation');
  });
});

describe('a Jupyter notebook', () => {
  const notebook = JSON.stringify(
    {
      cells: [
        {
          cell_type: 'markdown',
          metadata: {},
          source: [
            '# Étude des guichets\n',
            '\n',
            'Le jeu de données est produit par le service des études régionales (SER), créé le 2 mai 2022, et publié sur le [portail régional](https://donnees.region.example.fr/guichets).\n',
          ],
        },
        {
          cell_type: 'code',
          execution_count: 1,
          metadata: {},
          outputs: [{ name: 'stdout', output_type: 'stream', text: ['Montant total : 18.4 M€\n'] }],
          source: ['df = pd.read_csv("https://donnees.region.example.fr/guichets.csv")\n', 'print(f"Montant total : {df.montant.sum()}")'],
        },
      ],
      metadata: { kernelspec: { name: 'python3', display_name: 'Python 3' } },
      nbformat: 4,
      nbformat_minor: 5,
    },
    null,
    1,
  );

  it("reads its markdown cells' prose in place, and of its code and outputs only the addresses", () => {
    const clean = cleanText(notebook);
    expect(clean).toHaveLength(notebook.length);
    expect(clean).toContain('# Étude des guichets');
    expect(clean).toContain('service des études régionales (SER), créé le 2 mai 2022');
    expect(clean).toContain('https://donnees.region.example.fr/guichets.csv');
    expect(clean).not.toMatch(/read_csv|Montant total|kernelspec|cell_type/);
  });

  it('finds its facts: the bodies and dates of its prose, its links (a markdown one with its title)', () => {
    const found = facts(notebook);
    expect(dataOf(found, 'organisation').map((o) => `${o.name} (${o.acronym})`)).toContain('service des études régionales (SER)');
    expect(events(notebook)).toContain('2022-05-02 creation');
    expect(dataOf(found, 'link').map((l) => `${l.url} ${l.title}`)).toEqual([
      'https://donnees.region.example.fr/guichets portail régional',
      'https://donnees.region.example.fr/guichets.csv null',
    ]);
    expect(dataOf(found, 'figure').map((f) => f.unit)).not.toContain('M€');
  });
});

describe('review of the session-18 rules', () => {
  it('gives a unit set up within a body as the phrase that opens with it, not the body it is named after', () => {
    expect(links('Le bureau des études de la direction des achats (DA), créé en 2020 au sein du secrétariat général (SG), publie un rapport.')).toContain(
      'bureau des études de la direction des achats → secrétariat général',
    );
    expect(links('Le bureau des études de la direction des achats (DA), créé en 2020 au sein du secrétariat général (SG), publie un rapport.')).not.toContain(
      'direction des achats → secrétariat général',
    );
  });

  it("reads a ministry's « Rattachement » as its unit only when the cell names a unit of it", () => {
    const table = [
      '| Ministère | Rattachement |',
      '| --- | --- |',
      '| ministère de la Transformation publique | services du Premier ministre (SPM) |',
      '| ministère des Outre-mer | ministère de l’Intérieur |',
      '| ministère de la Ville | direction générale des collectivités (DGC) du ministère de l’Intérieur |',
    ].join('\n');
    const found = links(table);
    expect(found).toEqual(expect.arrayContaining(['ministère de la Transformation publique → services du Premier ministre', "ministère des Outre-mer → ministère de l'Intérieur"]));
    expect(found.filter((l) => l.startsWith('ministère de la Ville'))).toEqual([]);
  });

  it('names no incubator by a phrase with a preposition or a number', () => {
    const names = dataOf(facts("Le service a été conçu avec Etalab depuis deux ans, l'incubateur de la direction du numérique (DNUM)."), 'organisation').map((o) => o.name);
    expect(names).not.toContain('Etalab depuis deux ans');
  });

  it('keeps records of an export to what they are: projects, territorial départements and publishers are no bodies', () => {
    const json = (v: unknown) => JSON.stringify(v, null, 2);
    expect(dataOf(facts(json({ projets: [{ nom: 'Refonte du SI RH', ministere: 'Intérieur' }] })), 'organisation')).toEqual([]);
    const prefecture = dataOf(facts(json({ nom: 'Préfecture de la région Sud', sigle: 'PRS', departements: [{ nom: 'Var', code: '83' }] })), 'organisation').map((o) => o.name);
    expect(prefecture).not.toContain('Var');
    const news = facts(json({ '@context': 'https://schema.org', '@type': 'NewsArticle', publisher: { '@type': 'NewsMediaOrganization', name: 'Le Quotidien du Numérique', foundingDate: '1998-01-01' } }));
    expect(dataOf(news, 'organisation')).toEqual([]);
    expect(dataOf(news, 'event')).toEqual([]);
  });

  it('reads a parent « (remark) », « (ACRONYM) » and « (Place) » apart', () => {
    const found = links(JSON.stringify({ points: [{ nom: 'Espace A', rattachement: 'Préfecture (Hérault)' }, { nom: 'Espace B', rattachement: 'Direction générale des finances (DGF)' }, { nom: 'Espace C', rattachement: 'MNI (itinérant)' }] }, null, 2));
    expect(found).toEqual(['Espace A → Préfecture (Hérault)', 'Espace B → Direction générale des finances', 'Espace C → MNI']);
  });

  it('counts domain things in « nombre_… » keys, not durations nor settings, with the key’s accents', () => {
    const found = facts(JSON.stringify({ serveur: { nom: 'api-annuaire', nb_workers: 8, nombre_jours: 30, nombre_employés: 120 } }, null, 2));
    expect(dataOf(found, 'figure').map((f) => `${f.value} ${f.unit}`)).toEqual(['120 employés']);
  });

  it('still dates a record labelled by « libelle » or « titre », not a file’s metadata', () => {
    const json = JSON.stringify({ metadata: { titre: 'Export', date_creation: '2025-01-02' }, services: [{ libelle: 'Portail des aides', date_lancement: '2021-09-01' }] }, null, 2);
    expect(events(json)).toEqual(['2021-09-01 launch']);
  });

  it('reads DokuWiki rows that open with a header cell, a broken word in a grid cell joined', () => {
    const [table] = findTables('^ Pôle ^ Données ^ Effectif ^\n^ Pôle Nord | cadastre | 12 |\n^ Pôle Sud | voirie | 9 |\n');
    expect(table!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['Pôle Nord', 'cadastre', '12'], ['Pôle Sud', 'voirie', '9']]);
    const border = '+--------------------+------+';
    const [grid] = findTables([border, '| Bureau             | Sigle |'.replace('Sigle |', 'Sigle|'), border.replace(/-/g, '='), '| Bureau des systèmes | BSI  |', "| d'infor-           |      |", '| mation             |      |', border].join('\n'));
    expect(grid!.rows[0]!.cells[0]!.text).toBe("Bureau des systèmes d'information");
  });
});

describe('review of the session-18 readers', () => {
  const quotes = (text: string, kind: string) =>
    facts(text)
      .filter((f) => f.data.kind === kind)
      .map((f) => f.quote);

  it('RTF: a braced field keeps its groups, a Word hyperlink gives its address once, a « \\u » quote ends after its fallback', () => {
    expect(cleanText(String.raw`{\rtf1\ansi\uc0 Avant caf\u233 s. {\field{\*\fldinst{HYPERLINK "https://x.exemple.fr/"}}{\fldrslt lien}} Apr\u232 s caf\u233 s.\par}`)).toContain('Après cafés.');
    expect(dataOf(facts(String.raw`{\rtf1\ansi {\field{\*\fldinst {\rtlch\fcs1 \insrsid1  HYPERLINK "https://w.exemple.fr/page" }}{\fldrslt {texte}}}\par}`), 'link').map((l) => l.url)).toEqual(['https://w.exemple.fr/page']);
    const shown = String.raw`{\rtf1\ansi {\field{\*\fldinst HYPERLINK "https://donnees.exemple.fr/"}{\fldrslt https://donnees.exemple.fr/}} et {\field{\*\fldinst{HYPERLINK "mailto:bdm@exemple.fr"}}{\fldrslt bdm@exemple.fr}}\par}`;
    expect(dataOf(facts(shown), 'link')).toHaveLength(1);
    expect(dataOf(facts(shown), 'contact')).toHaveLength(1);
    expect(quotes(String.raw`{\rtf1\ansi\uc1 Le rapport est signé par Mme Chlo\u233? Andr\u233?.\par}`, 'person')).toEqual([String.raw`Mme Chlo\u233? Andr\u233?`]);
    expect(cleanText(String.raw`{\rtf1\ansi {\listtext\pard\plain \'b7\tab}\ls1 le bureau des usages (BDU)\par}`).trim()).toBe('le bureau des usages (BDU)');
  });

  it('notebooks: compact cells kept apart, nbformat 3 read', () => {
    const compact = JSON.stringify({ cells: [{ cell_type: 'markdown', metadata: {}, source: 'Le service des études (SER) publie.' }, { cell_type: 'markdown', metadata: {}, source: ['# Équipe\n', 'Mme Chloé Martin dirige le service.'] }], nbformat: 4, metadata: {} });
    expect(cleanText(compact)).toMatch(/publie\.\n# Équipe\n/u);
    const v3 = JSON.stringify({ nbformat: 3, worksheets: [{ cells: [{ cell_type: 'markdown', source: ['Le service des études régionales (SER) est créé le 2 mai 2022.'] }] }] });
    expect(events(v3)).toEqual(['2022-05-02 creation']);
  });

  it('BibTeX: a markdown page that shows it in a code block is markdown; dotless i accented; multi-line values end their field', () => {
    expect(cleanText("Le département données & innovation couvre 95 % des jeux.\n\n```bibtex\n@misc{a,\n title={X},\n}\n@misc{b,\n title={Y},\n}\n```\n")).toContain('données & innovation couvre 95 % des jeux');
    const bib = ['@article{a,', '  author = {Lo{\\"\\i}c Ma{\\^\\i}tre},', '  title = {{Direction du num{\\\'e}rique', '     r{\\\'e}gional (DNR)}},', '  year = {2023},', '}', '@misc{b,', '  year = {2024},', '}'].join('\r\n');
    expect(cleanText(bib)).toContain('Loïc Maître;');
    expect(cleanText(bib)).toMatch(/régional \(DNR\);/u);
  });

  it('Org-mode: read with CRLF line ends; a CLOSED stamp dates nothing', () => {
    const org = ['#+TITLE: Carnet', '', '* TODO Migration des comptes', 'SCHEDULED: <2025-06-02 lun.> DEADLINE: <2025-09-30 mar.>', '* DONE Lancement du portail', 'CLOSED: [2025-03-12 mer. 10:05] SCHEDULED: <2025-03-10 lun.>'].join('\r\n');
    expect(cleanText(org).split('\n')[2]).toMatch(/^#\s+Migration des comptes\s*$/u);
    expect(events(org)).toEqual(['2025-06-02 start', '2025-09-30 other', '2025-03-10 launch']);
  });
});

describe("a body's own site", () => {
  it('is no product: « www.anrv.gouv.fr » for the ANRV, while a service named by its domain still is', () => {
    const text = "L'Agence nationale des routes vertes (ANRV) publie ses rapports sur www.anrv.gouv.fr. Les itinéraires sont consultables sur itineraires.routes-vertes.fr depuis 2024.";
    expect(dataOf(facts(text), 'product').map((p) => p.name)).toEqual(['itineraires.routes-vertes.fr']);
  });
});

describe('a committee named before a date', () => {
  it('does not take the date\'s article into its name', () => {
    const names = dataOf(facts('La ministre a installé le comité de suivi de la réforme le 3 mars 2026.'), 'committee').map((c) => c.name);
    expect(names).toEqual(['comité de suivi de la réforme']);
  });
});

describe('units named by what they are', () => {
  it('reads « X est une équipe du Y » as a unit of Y', () => {
    expect(links("La cellule Cartographie est une équipe du service des études régionales (SER) créée en 2021.")).toContain('cellule Cartographie → service des études régionales');
  });

  it('keeps an RTF list item a list item, its bullet followed by a tab', () => {
    const rtf = [
      String.raw`{\rtf1\ansi`,
      String.raw`\pard Le bureau des usages (BDU) serait organis\'e9 en deux p\'f4les\~:\par`,
      String.raw`\pard -\tab p\'f4le \'ab\~Donn\'e9es\~\'bb\~;\par`,
      String.raw`-\tab p\'f4le \'ab\~Services\~\'bb.\par`,
      '}',
    ].join('\n');
    expect(links(rtf)).toEqual(['pôle Données → bureau des usages', 'pôle Services → bureau des usages']);
  });
});

describe('a calendar table', () => {
  it('dates each row whose words say nothing happens, a meeting, as « other »', () => {
    const table = ['## Calendrier 2026', '', '| Date | Rencontre | Format |', '| --- | --- | --- |', '| 12/03/2026 | Plénière de printemps du réseau | présentiel |', '| 04/06/2026 | Atelier des référents | visioconférence |'].join('\n');
    expect(events(table)).toEqual(['2026-03-12 other', '2026-06-04 other']);
  });
});

describe('a grid table of units and their « Rattachement »', () => {
  it('names a unit by its whole wrapped cell, attached to the body of its row', () => {
    const grid = [
      '+----------------------+-------+---------------------------+',
      '| Entité               | Sigle | Rattachement              |',
      '+======================+=======+===========================+',
      '| Mission France       | MFR   | Direction générale des    |',
      '| Recouvrement         |       | finances publiques (DGFIP)|',
      '+----------------------+-------+---------------------------+',
    ].join('\n');
    expect(links(grid)).toEqual(['Mission France Recouvrement → Direction générale des finances publiques']);
    expect(dataOf(facts(grid), 'organisation').map((o) => `${o.name} (${o.acronym})`)).toContain('Mission France Recouvrement (MFR)');
  });
});
