/**
 * Shapes of text first met in session 14 (each case failed on the rules before it): written for this file, never
 * copied from the evaluation texts.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../pipeline/stages/extract/index.ts';
import { cleanText, prepareText } from '../../pipeline/stages/extract/text.ts';
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

const events = (text: string) => dataOf(facts(text), 'event').map((e) => `${e.date.value} ${e.type}`);

describe('events of timelines and roadmaps', () => {
  it('dates a definition list’s description by its term (« <dt>T1 2027</dt><dd>Mise en service de …</dd> »)', () => {
    const text = [
      '<dl class="jalons">',
      '  <dt>2<sup>e</sup> semestre 2026</dt>',
      '  <dd>Migration des serveurs vers le nouveau centre de données.</dd>',
      '  <dt>T1 2027</dt>',
      '  <dd>Mise en service de la nouvelle version du portail Escale.</dd>',
      '</dl>',
    ].join('\n');
    expect(events(text)).toEqual(['2026-07/2026-12 other', '2027-01/2027-03 launch']);
  });

  it('reads an ordinal’s suffix in <sup> with its number (« le 1<sup>er</sup> mars 2024 »)', () => {
    const [event] = dataOf(facts('<p>La délégation a été créée le 1<sup>er</sup> mars 2024.</p>'), 'event');
    expect(event?.description).toContain('1er mars 2024');
  });

  it('launches a product made available, publishes a guide made available', () => {
    const text = '| Date | Étape |\n|---|---|\n| T2 2026 | Mise à disposition de l’application mobile Escale |\n| T3 2026 | Mise à disposition du guide des bonnes pratiques |';
    expect(events(text)).toEqual(['2026-04/2026-06 launch', '2026-07/2026-09 publication']);
  });

  it('launches a product a roadmap row names with its deadline, not a project of another kind', () => {
    const text = [
      '| N° | Action | Porteur | Échéance |',
      '|---|---|---|---|',
      '| 2.1 | Téléservice « Quai en ligne » pour les déclarations | SNUM | T1 2027 |',
      '| 2.2 | Refonte du référentiel des agents | DRH | T2 2027 |',
    ].join('\n');
    expect(events(text)).toEqual(['2027-01/2027-03 launch', '2027-04/2027-06 other']);
  });
});

const figures = (text: string) => dataOf(facts(text), 'figure').map((f) => `${f.value} ${f.unit}`);

describe('figures of grids and tables', () => {
  it('reads a key figure and its label in two HTML blocks (« <p>2,4 millions</p><p>de titres délivrés</p> »)', () => {
    const text = [
      '<div class="kpi"><p class="nombre">2,4&nbsp;millions</p><p>de dossiers instruits en ligne</p></div>',
      '<div class="kpi"><p class="nombre">96</p><p>départements couverts</p></div>',
      '<div class="kpi"><p class="nombre">38&nbsp;%</p><p>des demandes encore sur papier</p></div>',
    ].join('\n');
    expect(figures(text)).toEqual(['2400000 dossiers', '96 départements', '38 %']);
  });

  it('keeps a number alone in a block a number when the next block is no label (a heading, a capitalised title)', () => {
    expect(figures('<div><p>2025</p><p>Rapport annuel</p></div>')).toEqual([]);
  });

  it('counts a column headed « dont contractuels » in contractuels', () => {
    const text = ['Service              Agents    dont contractuels', 'Pôle Études              29                    9', 'Pôle Usages              51                   38'].join('\n');
    const found = figures(text);
    expect(found).toContain('9 contractuels');
    expect(found).toContain('38 contractuels');
  });
});

describe('figures said aloud (transcripts)', () => {
  it('reads a decimal said in words (« un virgule deux million », « trois virgule quatre millions d’euros »)', () => {
    expect(figures('On a dépassé un virgule deux million de dossiers. Le budget, c’est trois virgule quatre millions d’euros.')).toEqual(['1200000 dossiers', '3400000 euros']);
  });

  it('reads « huit pour cent » as a percentage only, not « cent » of something', () => {
    expect(figures('Ça représente à peu près huit pour cent des demandes.')).toEqual(['8 %']);
    expect(figures('Aujourd’hui, quarante et un pour cent de ces démarches sont accessibles.')).toEqual(['41 %']);
  });

  it('takes a time of day for no figure (« vers six heures et demie, sept heures », « 11 heures 05 »), a duration for one', () => {
    expect(figures('La file commençait vers six heures et demie, sept heures. La séance est ouverte à 11 heures 05.')).toEqual([]);
    expect(figures('Toute interruption supérieure à 24 heures est signalée. La réunion a duré six heures.')).toEqual(['24 heures', '6 heures']);
  });

  it('takes no adverb for a unit (« soixante-quatre depuis lundi »)', () => {
    expect(figures('On est à soixante-trois préfectures, soixante-quatre depuis lundi.')).toEqual(['63 préfectures']);
  });
});

describe('a unit and its body’s acronym after a head’s title', () => {
  const text = [
    "L'Agence des titres en ligne (ATEL) et la direction du numérique territorial (DNT) présentent l'outil.",
    '',
    'Intervenants :',
    '- Mme Nadia Ferhat, directrice du programme Escale, DNT',
    '- Mme Lina Akkari, cheffe du pôle Accompagnement des usagers, ATEL',
  ].join('\n');

  it('ends the unit’s name at the comma and places it in the body the acronym names', () => {
    expect(dataOf(facts(text), 'organisation').map((o) => o.name ?? o.acronym)).not.toContain('pôle Accompagnement des usagers, ATEL');
    expect(hierarchy(text)).toEqual(['programme Escale < DNT', 'pôle Accompagnement des usagers < ATEL']);
  });
});

describe('products launched', () => {
  const products = (text: string) => dataOf(facts(text), 'product').map((p) => p.name);

  it('names what a launch or a going-live names (« Lancement de « X » », « mise en service de X », « nouvelle version de X »)', () => {
    expect(products('Septembre 2024 — Lancement de « Sésame Visites », billetterie commune de 240 monuments.')).toEqual(['Sésame Visites']);
    expect(products("Le lancement de la nouvelle version de Déclar'Eau, en mars, a été le grand chantier de l'année.")).toEqual(["Déclar'Eau"]);
    expect(products('La mise en service de MonAccès a eu lieu en 2021.')).toEqual(['MonAccès']);
  });

  it('names no body, person or place that way', () => {
    expect(products("Le lancement de la Direction du numérique (DNUM) et la mise en service de Marie Dupont ont eu lieu à l'automne. Lancement de France Services en 2019.")).toEqual([]);
  });

  it('names a release without its number (« SIRAR 5.0 »)', () => {
    expect(products('La mise en service de « Corail 5.0 » est prévue en 2027.')).toEqual(['Corail']);
  });
});

describe('events in the future tense', () => {
  it('reads « se substituera », « supprimeront », « rattacheront » as the verbs they are', () => {
    expect(events("L'agence nationale des titres (ANT) se substituera le 1er juillet 2027 à la mission des titres.")).toEqual(['2027-07-01 replacement']);
    expect(events('Les deux ministères supprimeront le 1er mars 2027 le service des archives.')).toEqual(['2027-03-01 suppression']);
  });
});

describe('RSS feeds', () => {
  const feed = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0"><channel><title>Actualités</title>',
    '<item><title>Ouverture du portail</title>',
    '<description>&lt;p&gt;Le portail Escale est ouvert depuis le 13&amp;nbsp;mars.&lt;/p&gt;&lt;p&gt;La direction du numérique (DNUM) a été créée le 2 février.&lt;/p&gt;</description>',
    '<pubDate>Tue, 14 Mar 2023 09:30:00 +0100</pubDate></item>',
    '<item><title>Bilan</title>',
    '<description><![CDATA[<p>Le service a été lancé le 5 janvier.</p>]]></description>',
    '<pubDate>Mon, 08 Jan 2024 10:00:00 +0100</pubDate></item>',
    '</channel></rss>',
  ].join('\n');

  it('reads an item’s escaped HTML as HTML, and a date without its year against the item’s publication date', () => {
    expect(events(feed)).toEqual(['2023-03-13 launch', '2023-02-02 creation', '2024-01-05 launch']);
  });

  it('keeps escaped markup outside a feed as the text it shows', () => {
    expect(cleanText('<p>Écrire &lt;p&gt; pour ouvrir un paragraphe.</p>')).toContain('&lt;p&gt;');
    expect(cleanText(feed)).not.toContain('&lt;p&gt;');
  });
});

describe('underlined titles and dated headings', () => {
  const changelog = [
    'Journal des modifications',
    '=========================',
    '',
    '2.1.0 — 3 avril 2024',
    '--------------------',
    '',
    '* Ouverture du service aux lycées agricoles.',
    '',
    '2.0.0 — 15/01/2024',
    '------------------',
    '',
    '* Refonte de la documentation.',
  ].join('\n');

  it('reads a title underlined with « = » or « - » as a heading, its underline as nothing', () => {
    const p = prepareText(changelog);
    expect(p.lines.filter((l) => l.kind === 'heading').map((l) => [l.level, l.text.trim()])).toEqual([
      [1, 'Journal des modifications'],
      [2, '2.1.0 - 3 avril 2024'],
      [2, '2.0.0 - 15/01/2024'],
    ]);
    expect(p.sentences.map((s) => s.text)).not.toContain('=========================');
  });

  it('dates by its heading the change a section opens with, not a milestone', () => {
    expect(events(changelog)).toEqual(['2024-04-03 other', '2024-04-03 launch', '2024-01-15 other']);
  });
});

describe('dates enumerated before their year', () => {
  it('gives the days of « les 12 mars, 18 juin, 8 octobre et 10 décembre 2026 » the year written last', async () => {
    const { parseDates } = await import('../../pipeline/stages/extract/dates.ts');
    const text = 'Le comité se réunira les 12 mars, 18 juin, 8 octobre et 10 décembre 2026.';
    expect(parseDates(text, 0, text.length, null).map((d) => d.value.value)).toEqual(['2026-03-12', '2026-06-18', '2026-10-08', '2026-12-10']);
  });

  it('leaves a day far from any year to the document’s date', async () => {
    const { parseDates } = await import('../../pipeline/stages/extract/dates.ts');
    const text = 'Réunion le 12 mars. Bilan publié en décembre 2026.';
    expect(parseDates(text, 0, text.length, null).map((d) => d.value.value)).toEqual(['2026-12']);
  });
});

describe('an inline HTML list after a count', () => {
  it('reads the units of « comprend quatre départements :</p><ul><li>le département A ;</li>… » as the body’s', () => {
    const text =
      '<p>La direction des réseaux publics (DRP) comprend trois départements :</p><ul><li>le département « Réseaux » ;</li><li>le département « Hébergement », qui reprend le pôle Cloud ;</li><li>le département « Achats ».</li></ul>';
    expect(hierarchy(text)).toEqual(expect.arrayContaining(['département Réseaux < DRP', 'département Hébergement < DRP', 'département Achats < DRP']));
  });
});

describe('an HTML directory in definition lists', () => {
  const page = [
    '<h2>Sous-direction des réseaux et de la sécurité (<abbr title="sous-direction des réseaux et de la sécurité">SDRS</abbr>)</h2>',
    '<p>Sous-directeur&nbsp;: Paul Lemoine</p>',
    '<dl class="annuaire">',
    '  <dt>Bureau des télécommunications (BTEL)</dt>',
    '  <dd>Cheffe de bureau&nbsp;: Anne Kervella</dd>',
    '  <dt>Pôle sécurité des systèmes d’information</dt>',
    '  <dd>Responsable&nbsp;: Luc Ambert</dd>',
    '</dl>',
  ].join('\n');

  it('reads each term of the list as an item, a unit of the heading’s unit', () => {
    expect(hierarchy(page)).toEqual(expect.arrayContaining(['Bureau des télécommunications < SDRS', "Pôle sécurité des systèmes d'information < SDRS"]));
  });

  it('reads an <abbr> in parentheses after its long form as the abbreviation alone', () => {
    expect(cleanText(page.split('\n')[0]!)).toMatch(/sécurité \(\s+SDRS\s+\)/);
  });
});

describe('a body defined without a type word, its apposition saying what it is', () => {
  const orgs = (text: string) => dataOf(facts(text), 'organisation').map((o) => `${o.name ?? ''} (${o.acronym ?? ''}) ${o.type ?? ''}`);

  it('« Le Campus du numérique public (CNP), service à compétence nationale … », « l’Atelier X (AX), l’incubateur de … »', () => {
    const text = "Le Campus du numérique public (CNP), service à compétence nationale, forme les agents. L'outil est développé avec l'Atelier numérique des compétences (ANC), l'incubateur du campus.";
    expect(orgs(text)).toEqual(expect.arrayContaining(['Campus du numérique public (CNP) service', 'Atelier numérique des compétences (ANC) incubateur']));
  });

  it('reads no body in « crédits de paiement (CP), le programme 415 » nor « « Dossier unique » (DU), un service numérique »', () => {
    const text = 'Le montant est minoré en crédits de paiement (CP), le programme 415 étant abondé. Le « Dossier unique » (DU), un service numérique partagé, ouvrira en 2027.';
    expect(dataOf(facts(text), 'organisation')).toEqual([]);
  });
});

describe('a table of columns under a rule of dashes, its cells wrapped', () => {
  const table = [
    'Les projets suivis sont les suivants.',
    '',
    'Projet        Porteur                      Lancement     Mise en service',
    '------------  ---------------------------  ------------  ----------------',
    'Corail        Centre interministériel de   mars 2021     T2 2026',
    '              services de paie (CIDSP)',
    '',
    'Récif         Délégation au numérique en   2022          2026-09',
    '              santé (DNSA), ministère des',
    '              Solidarités',
    '',
    'Source : déclarations des ministères, revue de décembre 2025.',
  ].join('\n');

  it('reads each row by the rule’s columns, a date column’s header typing its events', () => {
    expect(events(table)).toEqual(['2021-03 launch', '2026-04/2026-06 launch', '2022 launch', '2026-09 launch']);
  });

  it('reads a wrapped cell whole: its name, its acronym, the body it belongs to; not its first line alone', () => {
    const found = facts(table);
    const orgs = dataOf(found, 'organisation').map((o) => `${o.name} (${o.acronym ?? ''})`);
    expect(orgs).toEqual(expect.arrayContaining(['Centre interministériel de services de paie (CIDSP)', 'Délégation au numérique en santé (DNSA)', 'ministère des Solidarités ()']));
    expect(orgs).not.toContain('Centre interministériel ()');
    expect(hierarchy(table)).toContain('Délégation au numérique en santé < ministère des Solidarités');
  });

  it('counts a column of amounts in the unit the paragraph above states (« Les coûts sont exprimés en millions d’euros »)', () => {
    const text = ['Les coûts sont exprimés en millions d’euros.', '', 'Projet   Porteur          Coût', '-------  ---------------  -----', 'Corail   Agence des       48,2', '         réseaux (AR)', '', 'Récif    Agence des       22,0', '         données (AD)'].join('\n');
    expect(figures(text)).toEqual(['48.2 M€', '22 M€']);
  });

  it('ends the table at a line of prose across its columns', async () => {
    const { findTables } = await import('../../pipeline/stages/extract/tables.ts');
    const [t] = findTables(table);
    expect(t?.header.map((c) => c.text)).toEqual(['Projet', 'Porteur', 'Lancement', 'Mise en service']);
    expect(t?.rows.map((r) => r.cells[0]!.text)).toEqual(['Corail', 'Récif']);
  });
});

describe('counts by label and elided units', () => {
  it('reads « Membres en exercice : 83 – Présents : 71 – Représentés : 8 » as counts of their labels', () => {
    expect(figures('<p>Membres en exercice : 83 – Présents : 71 – Représentés : 8</p>')).toEqual(['83 membres', '71 présents', '8 représentés']);
  });

  it('counts « dont quatre d’opérateurs étrangers » in the noun counted before, not in « d’opérateurs »', () => {
    expect(figures("L'agence n'a qualifié que six offres commerciales, dont quatre d'opérateurs étrangers.")).toEqual(['6 offres', '4 offres']);
  });

  it('leaves a label that does not count alone (« Article 3 : 12 jours »)', () => {
    expect(figures('Article 3 : 12 jours.')).toEqual(['12 jours']);
  });
});

describe('entries dated by a line of their own, and recurring deadlines', () => {
  it('dates each list under a date line (the people heard, by day): an event about the body the list names first', () => {
    const text = [
      'Mardi 13 janvier 2026',
      '• Direction des réseaux publics (DRP)',
      '– M. Paul Bernard, directeur',
      '',
      'Mercredi 21 janvier 2026',
      '• Table ronde des collectivités :',
      '– Mme Inès Ravoux, vice-présidente',
    ].join('\n');
    expect(events(text)).toEqual(['2026-01-13 other', '2026-01-21 other']);
    expect(dataOf(facts(text), 'event')[0]?.subject).toEqual({ name: 'Direction des réseaux publics', acronym: 'DRP' });
  });

  it('takes no masthead for an entry (a date line, then « présenté par … »)', () => {
    expect(events('28 NOVEMBRE 2026\n\nprésenté par M. Lemoine\n\n1er DÉCEMBRE 2026\n\nprésenté par M. Tessier\n')).toEqual([]);
  });

  it('reads « chaque année, avant le 30 juin » as a deadline that comes back, no date', () => {
    expect(events('Proposition n° 7 : publier chaque année, avant le 30 juin, un état des lieux.').filter((e) => e.includes('-06-30'))).toEqual([]);
  });

  it('reads the imperfect « nous ouvrions » as an opening', () => {
    expect(events('Il y a un an, le 10 février 2025, nous ouvrions aux premières communes le service Escale.')).toEqual(['2025-02-10 launch']);
  });
});

describe('people named by a civility and a surname in capitals', () => {
  const people = (text: string) => dataOf(facts(text), 'person').map((p) => p.name);

  it('reads each surname of « présenté par M. LEMOINE-VACHET, Mme ARDOUIN, MM. QUÉMÉNER et FAUCHEUX », written as names are', () => {
    expect(people("présenté par M. LEMOINE-VACHET, Mme ARDOUIN, MM. QUÉMÉNER et FAUCHEUX, Mme N'DIAYE et M. BRISSAC")).toEqual(['Lemoine-Vachet', 'Ardouin', 'Quéméner', 'Faucheux', "N'Diaye", 'Brissac']);
  });

  it('takes the given name the Journal officiel writes after it (« M. LE GOFF (Yannick) »)', () => {
    expect(people('Arrêté du 3 mars 2026 portant nomination du directeur de l’agence - M. LE GOFF (Yannick)')).toEqual(['Yannick Le Goff']);
  });
});

describe('people of a Journal officiel text', () => {
  const people = (text: string) => dataOf(facts(text), 'person').map((p) => p.name);

  it('reads no person in « Vu la Constitution » after a role', () => {
    expect(people("Sur le rapport du Premier ministre et de la ministre de l'Habitat,\n\nVu la Constitution, notamment son article 13 ;")).not.toContain('Vu la Constitution');
  });

  it('names in full a person the text also names by the surname alone (« Mme VIDAL-AUBERT », « Mme Claire Vidal-Aubert »)', () => {
    const text = "Décret du 4 mars 2026 portant nomination de la directrice générale de l'agence - Mme VIDAL-AUBERT\n\nMme Claire Vidal-Aubert, ingénieure générale des ponts, est nommée directrice générale de l'agence.";
    expect(new Set(people(text))).toEqual(new Set(['Claire Vidal-Aubert']));
  });
});

describe('who heads a body since a date', () => {
  it('reads « est dirigé depuis le 1er septembre 2022 par Lina X » and « dirigée par M. Y depuis mars 2021 » as appointments', () => {
    expect(events('Le centre est dirigé depuis le 1er septembre 2022 par Lina Castel, auparavant adjointe.')).toEqual(['2022-09-01 appointment']);
    expect(events('La direction, dirigée par M. Paul Martin depuis mars 2021, compte 40 agents.')).toEqual(['2021-03 appointment']);
  });

  it('dates no appointment by another verb’s date (« créée le 1er février 2023 et dirigée par Mme Anne Roy »)', () => {
    expect(events('La mission, créée le 1er février 2023 et dirigée par Mme Anne Roy, compte 12 agents.')).toEqual(['2023-02-01 creation']);
  });
});

describe('software a product is built with', () => {
  const products = (text: string) => [...new Set(dataOf(facts(text), 'product').map((p) => p.name))];

  it('« écrite en Python (Django) », « développée en Java 17 (Spring Boot) avec une base PostgreSQL 15 »', () => {
    expect(products("L'application est écrite en Python (Django) pour le back-end.")).toEqual(['Python', 'Django']);
    expect(products("L'application est développée en Java 17 (Spring Boot) avec une base PostgreSQL 15. Elle est hébergée au ministère.")).toEqual(['Java', 'Spring Boot', 'PostgreSQL']);
  });

  it('« Prérequis : Docker et Docker Compose, Python 3.12, Node.js 20. »', () => {
    expect(products('Prérequis : Docker et Docker Compose, Python 3.12, Node.js 20.')).toEqual(['Docker', 'Docker Compose', 'Python', 'Node.js']);
  });

  it('reads no software in a place (« développé en Bretagne »)', () => {
    expect(products('Le projet est développé en Bretagne par une équipe de six personnes.')).toEqual([]);
  });
});

describe('a MediaWiki table', () => {
  const wiki = [
    '== Direction ==',
    '{| class="wikitable"',
    '|+ Responsables successifs',
    '! Période !! Nom !! Fonction',
    '|-',
    '| {{date|3|février|2014}} – {{date|30|juin|2019}} || Yann Keraudren || chef de la mission',
    '|-',
    '| depuis le {{date|16|mars|2022}} || [[Hélène Vasseur]] || directrice générale',
    '|}',
  ].join('\n');

  it('reads its header and rows as a table, the « |- » separators passed over', async () => {
    const { findTables } = await import('../../pipeline/stages/extract/tables.ts');
    const [t] = findTables(wiki);
    expect(t?.header.map((c) => c.text)).toEqual(['Période', 'Nom', 'Fonction']);
    expect(t?.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['3 février 2014 - 30 juin 2019', 'Yann Keraudren', 'chef de la mission'],
      ['depuis le 16 mars 2022', 'Hélène Vasseur', 'directrice générale'],
    ]);
  });

  it('gives a period per row of a column of periods (« Période »), a start for « depuis »', () => {
    expect(events(wiki)).toEqual(expect.arrayContaining(['2014-02-03/2019-06-30 other', '2022-03-16 start']));
  });

  it('reads no person in its header (« Nom !! Début »)', () => {
    expect(dataOf(facts('{|\n! Nom !! Début !! Fin\n|-\n| Paul Martin || 2019 || 2022\n|}'), 'person').map((p) => p.name)).not.toContain('Nom Début');
  });
});

describe('amounts of a table captioned in euros', () => {
  it('counts an amount in the caption’s euros, not in the row label’s first noun (« Plateformes et services … »)', () => {
    const text = ['(en euros)', '', '| Programmes | AE + | AE − |', '|---|---:|---:|', '| Plateformes et services numériques de l’État | | 2 500 000 |', '| Sécurité des systèmes d’information | 2 500 000 | |'].join('\n');
    expect(figures(text)).toEqual(['2500000 €', '2500000 €']);
  });
});

/** Cases a review of session 14's rules reproduced on ordinary text (each wrong on the rules as first written). */
describe('review of session 14', () => {
  const orgNames = (text: string) => dataOf(facts(text), 'organisation').map((o) => o.name ?? o.acronym);
  const people = (text: string) => dataOf(facts(text), 'person').map((p) => p.name);
  const products = (text: string) => dataOf(facts(text), 'product').map((p) => p.name);

  it('reads no key figure in a table’s cells, a list’s items, a year or a version (1)', () => {
    expect(figures('<table><tr><th>Année</th><th>Évolution</th></tr><tr><td>2024</td><td>recrutements de 15 agents</td></tr></table>')).toEqual(['15 agents']);
    expect(figures('<div><p>2.1</p><p>corrections de sécurité</p></div>')).toEqual([]);
    expect(figures('<ol><li><span>1</span></li><li>remplissez le formulaire en ligne</li></ol>')).toEqual([]);
  });

  it('names no unit by a quantity, after « compte », nor of a body the sentence does not name (2)', () => {
    expect(orgNames("La Direction générale des finances publiques (DGFiP) compte un service d'une vingtaine d'agents à Lyon.")).not.toContain("service d'une vingtaine d'agents à Lyon");
    expect(orgNames("L'Agence nationale de l'habitat (ANAH) a signé un marché. Ce marché comprend une mission de maîtrise d'œuvre et un service de maintenance.")).not.toContain("mission de maîtrise d'œuvre");
  });

  it('types no definition by the subject that follows a fronted phrase (3)', () => {
    expect(orgNames("Pour la Dotation de soutien à l'investissement local (DSIL), la préfecture de région instruit les dossiers.")).not.toContain("Dotation de soutien à l'investissement local");
    expect(orgNames('Concernant la Prime de partage de la valeur (PPV), le ministère a publié une foire aux questions.')).not.toContain('PPV');
  });

  it('reads no person in an office or a body written in capitals (4)', () => {
    expect(people('M. LE PRÉSIDENT. – La séance est ouverte. La parole est à Mme LA MINISTRE.')).toEqual([]);
    expect(people('Ont été entendus : M. DURAND, DGFIP, et Mme MARTIN, ANSSI.')).toEqual(['Durand', 'Martin']);
  });

  it('merges a surname with a full name only when one full name has it (5)', () => {
    expect(people('Mme Claire Martin, directrice de la DREES, et M. Paul Martin, chef du bureau des études. M. MARTIN a présenté le rapport.')).toContain('Martin');
  });

  it('keeps durations after « avant », « après » and in a list of durations (6)', () => {
    expect(figures('Il faut intervenir après 48 heures d’hospitalisation. La formation dure 35 heures, 70 heures pour les encadrants.')).toEqual(['48 heures', '35 heures', '70 heures']);
  });

  it('reads no labelled count in an amount, a phone number or a code (7)', () => {
    expect(figures('Droits d’inscription : 170 – Frais de dossier : 35')).toEqual([]);
    expect(figures('Renseignements : 3939')).toEqual([]);
  });

  it('takes no person nor agenda item for a body in a date line’s list (8)', () => {
    const text = 'Jeudi 22 janvier 2026\n\n• Mme Claire Dubois (ANSSI)\n\nVendredi 23 janvier 2026\n\n- Approbation du procès-verbal (PV)\n';
    expect(dataOf(facts(text), 'event').map((e) => e.subject)).toEqual([null, null]);
  });

  it('names a product by a launch in a title or with an apposition that says what it is (10)', () => {
    expect(products('## Lancement de Corail\n\nLe service ouvre ses portes.')).toEqual(['Corail']);
    expect(products('S1 2026 : lancement de Kit Récif, bibliothèque de composants accessibles.')).toEqual(['Kit Récif']);
  });

  it('names no product by a launch of a place, an operation or a name cut at « de » (10)', () => {
    expect(products('La mise en service de Flamanville 3 a été repoussée. Le lancement de Sentinelle en 2015. Le lancement de Territoires d’industrie.')).toEqual([]);
  });

  it('launches no place, nor a reform applied, from a table row with a deadline (11)', () => {
    const text = '| Étape | Échéance |\n|---|---|\n| Site de Toulouse | 12 mars 2026 |\n| Application de la réforme des retraites | 1er septembre 2026 |';
    expect(events(text)).toEqual(['2026-03-12 other', '2026-09-01 other']);
  });

  it('keeps the long form of an <abbr> in parentheses after other words (12)', () => {
    expect(orgNames('<p>La note est signée par le directeur (<abbr title="Direction générale des collectivités locales">DGCL</abbr>).</p>')).toContain('Direction générale des collectivités locales');
  });

  it('launches no person nor building « mis à disposition » (13)', () => {
    expect(events('Mme Claire Dubois est mise à disposition du service départemental d’incendie et de secours à compter du 1er septembre 2025.')).not.toContain('2025-09-01 launch');
  });

  it('dates by a heading only a release’s section (14)', () => {
    const text = '## Revue de presse - 12 mars 2024\n\nRien à signaler.\n\n## Revue de presse - 3 avril 2024\n\nLes Échos évoquent la fermeture du site de Lille.\n';
    expect(events(text)).not.toContain('2024-04-03 suppression');
  });

  it('reads « pour cent euros » as a hundred, « dont investissements » as no count (15)', () => {
    expect(figures('Un abonnement pour cent euros par an.')).toEqual(['100 euros']);
    expect(figures('| Année | Dépenses | dont investissements |\n|---|---|---|\n| 2024 | 120 | 15 |')).not.toContain('15 investissements');
  });
});

describe('a wiki page exported to markdown', () => {
  it('reads a person mentioned with « @ » (« @Inès Bourgade-Lenoir — cheffe de projet »)', () => {
    expect(dataOf(facts('## Équipe\n\n- @Inès Bourgade-Lenoir — cheffe de projet, mission Outils\n- @Romain Esquerré — tech lead'), 'person').map((p) => p.name)).toEqual(['Inès Bourgade-Lenoir', 'Romain Esquerré']);
  });

  it('reads a column « Date cible » as a column of dates', () => {
    expect(events('| Lot | Pilote | Date cible |\n| --- | --- | --- |\n| Lot 1 | Paul | 16 mars 2026 |\n| Lot 2 | Anne | 2026-04-20 |')).toEqual(['2026-03-16 other', '2026-04-20 other']);
  });

  it('keeps an e-mail address and a handle as they are', () => {
    expect(cleanText('Écrire à contact@Exemple.fr ou à @ASE_gouv.')).toContain('@Exemple.fr');
  });
});

describe('a day said in words', () => {
  it('reads « le quinze mars deux mille vingt-cinq » as a date', async () => {
    const { parseDates } = await import('../../pipeline/stages/extract/dates.ts');
    const clean = cleanText('Depuis le quinze mars deux mille vingt-cinq, le service est ouvert.');
    expect(parseDates(clean, 0, clean.length, null).map((d) => d.value.value)).toEqual(['2025-03-15']);
  });

  it('keeps a count before a month’s name as it is (« quarante mars » is no day)', () => {
    expect(cleanText('le quarante mars')).toBe('le quarante mars');
  });
});

describe('« à la même date » in its own sentence', () => {
  it('stands for the date written earlier in the sentence, not for the sentence before’s', () => {
    expect(events('Le décret du 28 février 2023 crée la délégation. Elle reprend à compter du 1er avril 2023 les missions du service, qui est supprimé à la même date.')).toContain('2023-04-01 suppression');
  });

  it('not for the date of a text the sentence cites', () => {
    expect(events('La loi entre en vigueur le 1er juillet 2027. Le décret n° 2020-914 du 24 juillet 2020 est abrogé à compter de la même date.')).not.toContain('2020-07-24 suppression');
  });
});

describe('footnote calls glued to words (a report turned to text)', () => {
  const report = [
    "Créée par un décret d'octobre 20221, la direction interministérielle des réseaux (DIR) a repris les missions du",
    'service des réseaux. Les rapporteurs ont constaté que la direction2 ne dispose pas des moyens.',
    '',
    '1 Décret n° 2022-1318 du 21 octobre 2022 portant création de la direction.',
    '2 Sauf mention contraire, « la direction » désigne la DIR.',
  ].join('\n');

  it('reads « octobre 20221 » as October 2022 and its call, « direction2 » as a word', () => {
    expect(events(report)).toContain('2022-10 creation');
    expect(cleanText(report)).toContain('direction  ne dispose');
  });

  it('keeps digits glued to a word in a text without notes (« le plan France2030 »)', () => {
    expect(cleanText('Le plan France2030 et le modèle abc12 ne sont pas des appels de note.')).toContain('abc12');
  });

  it('counts « sur les 1 450 recensées » in the noun counted before', () => {
    expect(figures('À la fin de 2025, 212 applications avaient été migrées sur les 1 450 recensées.')).toEqual(['212 applications', '1450 applications']);
  });
});

describe('a unit raised to a body, an interim since a date', () => {
  it('reads « érigée en mission le 1er janvier 2023 » as a creation, « (par intérim depuis le 15 juin 2024) » as an appointment', () => {
    expect(events('Issue de la cellule des données, érigée en mission le 1er janvier 2023.')).toEqual(['2023-01-01 creation']);
    expect(events('Sous-directrice : Marie Roux (par intérim depuis le 15 juin 2024)')).toEqual(['2024-06-15 appointment']);
  });
});

describe('meetings and milestones named by their day', () => {
  it('reads « le CSA du 10 décembre 2026 », « la séance du 19 juin 2025 », « un point d’étape en juin 2026 » as events', () => {
    expect(events('Le projet sera présenté au CSA du 10 décembre 2026.')).toEqual(['2026-12-10 other']);
    expect(events('Approbation du relevé de la séance du 19 juin 2025.')).toEqual(['2025-06-19 other']);
    expect(events('Un point d’étape aura lieu en juin 2026.')).toEqual(['2026-06 other']);
  });

  it('takes no record’s title for a meeting (« PROCÈS-VERBAL DE LA SÉANCE DU 14 OCTOBRE 2025 »)', () => {
    expect(events('PROCÈS-VERBAL DE LA SÉANCE DU 14 OCTOBRE 2025\n\nLa séance est ouverte.')).toEqual([]);
  });
});
