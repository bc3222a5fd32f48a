/**
 * Rules of session 25 (each positive case failed on the rules before it; the guards keep the rule to its shape):
 * written for this file, never copied from the evaluation texts.
 */
import { describe, expect, it } from 'vitest';
import { parseDates } from '../../pipeline/stages/extract/dates.ts';
import { extractDocument } from '../../pipeline/stages/extract/index.ts';
import { dataOf, doc, expectExactQuotes } from './helpers.ts';

const facts = (text: string, date: string | null = '2024-06-01') => {
  const { facts: found } = extractDocument(doc(text, 'session25', date), new Set());
  expectExactQuotes(text, found);
  return found;
};
const events = (text: string, date?: string | null) => dataOf(facts(text, date), 'event').map((e) => `${e.date.value} ${e.type}`);
const dates = (s: string) => parseDates(s, 0, s.length, '2026-03-01').map((d) => `${s.slice(d.start, d.end)} = ${d.value.value}`);

describe('two days in a row, « les 14 et 15 octobre »', () => {
  it('is the period of both days, with or without « les »', () => {
    expect(dates('Les 14 et 15 octobre 2025, le forum a réuni les agents.')).toEqual(['Les 14 et 15 octobre 2025 = 2025-10-14/2025-10-15']);
    expect(dates('Mardi 9 et mercredi 10')).toEqual([]);
    expect(dates('9 et 10 juin 2027')).toEqual(['9 et 10 juin 2027 = 2027-06-09/2027-06-10']);
  });

  it('leaves two days apart as two days, and a year or an article number out of it', () => {
    expect(dates('les 3 et 17 mars 2026')).toEqual(['17 mars 2026 = 2026-03-17']);
    expect(dates('en 2019 et 20 mars 2026')).toEqual(['2019 = 2019', '20 mars 2026 = 2026-03-20']);
    expect(dates('du 3 au 17 mars 2026')).toEqual(['du 3 au 17 mars 2026 = 2026-03-03/2026-03-17']);
  });
});

describe('an agenda written as cards: a heading, then its date on a line of its own', () => {
  const card = (title: string, date: string, body: string) => `### ${title}\n\n${date}\n\nLieu : Lyon, salle Rameau\n\n${body}\n`;
  const agenda = [
    '## Prochains rendez-vous\n',
    card('Webinaire « Lancer son service en ligne »', 'Mardi 12 mai 2026, 10 h 30', 'Une heure pour découvrir les outils mutualisés.'),
    card('Mise en ligne du nouveau portail des subventions', '1er juin 2026', 'Les associations y déposent leurs demandes.'),
    card('Rencontres régionales de la donnée', '18 et 19 juin 2026', 'Deux jours d’ateliers et de tables rondes.'),
  ].join('\n');

  it('dates each card by its line, typed by the heading’s own words (not a quoted title’s)', () => {
    expect(events(agenda)).toEqual(['2026-05-12 other', '2026-06-01 launch', '2026-06-18/2026-06-19 other']);
  });

  it('needs two cards, headings that name a meeting or a change, and a date alone under them', () => {
    expect(events(card('Webinaire « Lancer son service en ligne »', 'Mardi 12 mai 2026, 10 h 30', 'Une heure pour découvrir les outils.'))).toEqual([]);
    const notEvents = ['## Nos équipes\n', card('Équipe produit', '12 mai 2026', 'Six personnes.'), card('Équipe données', '1er juin 2026', 'Quatre personnes.')].join('\n');
    expect(events(notEvents)).toEqual([]);
    const prose = ['## Calendrier\n', card('Webinaire de rentrée', 'Le webinaire est reporté sine die, faute d’intervenants.', '…'), card('Atelier des référents', 'Il a lieu chaque mois.', '…')].join('\n');
    expect(events(prose)).toEqual([]);
  });

  it('leaves a card to the sentence that already dates its event', () => {
    const told = ['## Agenda\n', card('Séminaire des référents', '3 mars 2026', 'Le séminaire se tiendra le 3 mars 2026 à Lyon.'), card('Atelier design', '10 mars 2026', 'Ouvert à tous.')].join('\n');
    expect(events(told).filter((e) => e.startsWith('2026-03-03'))).toHaveLength(1);
  });
});

describe('a chronicle of one year, undated: its days without a year', () => {
  const chronicle = (first: string) =>
    [
      'BILAN DE L’ANNÉE',
      '',
      'MARS',
      '',
      `${first}, l’agence a ouvert son guichet unique aux collectivités qui instruisent les demandes des usagers.`,
      '',
      'AVRIL',
      '',
      'Le 12 avril, le service a publié son premier rapport.',
    ].join('\n');

  it('take the year of the month written with its year before them', () => {
    const closing = 'Le comité s’est réuni le 3 juin 2024 pour dresser le bilan des deux ouvertures et arrêter le calendrier de la suivante.';
    expect(events(`${chronicle('En mars 2024')}\n\n${closing}`, null)).toEqual(['2024-03 launch', '2024-04-12 publication', '2024-06-03 other']);
  });

  it('take none when the text moves between years, or writes one month with its year only', () => {
    expect(events(`Le comité s’est réuni le 3 juin 2023 pour préparer le programme de travail des deux années suivantes.\n\n${chronicle('En mars 2024')}`, null)).toEqual(['2023-06-03 other', '2024-03 launch']);
    expect(events(chronicle('En mars 2024'), null)).toEqual(['2024-03 launch']);
  });

  it('place no day of a month before the last one written, as a chronicle going on into a year it does not write', () => {
    const text = [
      'BILAN',
      '',
      'En novembre 2024, l’agence a ouvert son guichet unique aux collectivités qui instruisent les demandes des usagers.',
      '',
      'Le 3 décembre, le service a publié son premier rapport.',
      '',
      'Le 15 janvier, le service a publié son deuxième rapport.',
      '',
      'Le comité s’est réuni le 2 février 2024 pour dresser le bilan des deux ouvertures et arrêter la suivante.',
    ].join('\n');
    expect(events(text, null).filter((e) => e.endsWith('publication'))).toEqual(['2024-12-03 publication']);
  });

  it('leave a dated document to its own date', () => {
    const closing = 'Le comité s’est réuni le 3 juin 2024 pour dresser le bilan des deux ouvertures et arrêter le calendrier de la suivante.';
    expect(events(`${chronicle('En mars 2024')}\n\n${closing}`, '2026-02-02')).toContain('2026-04-12 publication');
  });
});

describe('a section titled by a word in capitals alone on its line', () => {
  const orgs = (text: string) => dataOf(facts(text), 'organisation').map((o) => o.acronym ?? o.name);

  it('is no acronym: a month, a weekday, a report’s section', () => {
    expect(orgs('JANVIER\n\nLe 3 janvier, la DIRNUM a ouvert son portail.\n\nSOMMAIRE\n\nMERCREDI\n\nLa CNIL a rendu son avis.')).toEqual(['DIRNUM', 'CNIL']);
  });

  it('still is one when the text defines it', () => {
    expect(orgs('La mission d’appui à l’innovation (MAI) est créée.\n\nMAI\n\nElle compte six agents.')).toContain('MAI');
  });
});

describe('a meeting record’s tables and calendar', () => {
  const committees = (text: string) => dataOf(facts(text), 'committee').map((c) => c.name);

  it('reads « Organisme | Participants » as who attended, no committee per row', () => {
    const attendance = ['| Organisme | Participants |', '|---|---|', '| Agence du patrimoine numérique (APN) | Léa Morin, directrice ; Hugo Brun, chef de projet |', '| Direction des achats (DAE) | Inès Roy, acheteuse |'].join('\n');
    expect(committees(attendance)).toEqual([]);
    const bodies = ['| Instance | Participants |', '|---|---|', '| Comité des projets | les directeurs de programme |', '| Comité d’audit | trois personnalités qualifiées |'].join('\n');
    expect(committees(bodies)).toEqual(['Comité des projets', 'Comité d’audit']);
  });

  it('types a decision row by its words after a code such as « D3-2 »', () => {
    const decisions = ['| N° | Décision | Porteur | Échéance |', '|---|---|---|---|', '| D3-1 | Publier le guide des bonnes pratiques | DAE | mars 2027 |', '| D3-2 | Lancer la concertation avec les usagers | APN | 15 avril 2027 |'].join('\n');
    expect(events(decisions)).toEqual(['2027-03 publication', '2027-04-15 launch']);
  });

  it('dates a calendar’s lines that add a time, a place or a remark after the date', () => {
    const calendar = ['Prochaines réunions :', '', '- **Comité technique** : mardi 8 juin 2027, 10 h, en visioconférence', '- **Comité de pilotage** : octobre 2027 (date à confirmer)'].join('\n');
    expect(events(calendar)).toEqual(['2027-06-08 other', '2027-10 other']);
  });

  it('leaves a line whose date is followed by a figure or by another field', () => {
    const form = ['- Visite des locaux : 20 janvier 2027, Lieu : Lyon', '- Permanence des acheteurs : 5 janvier 2027, 12 lots', '- Séance de questions : 7 janvier 2027, 14 h, Lieu : Nantes'].join('\n');
    expect(events(form)).toEqual([]);
    // (The same lines without what follows their dates: a calendar.)
    expect(events(form.replace(/, (?:Lieu|12|14).*$/gm, ''))).toEqual(['2027-01-20 other', '2027-01-05 other', '2027-01-07 other']);
  });
});

describe('a calendar table whose step column says what happens', () => {
  const table = (stepHeader: string) =>
    [`| Période | Publics concernés | ${stepHeader} |`, '|---|---|---|', '| T3 2027 | Agents des préfectures | Ouverture du nouveau portail RH |', '| T1 2028 | Tous les agents | Arrêt de l’ancien portail, puis archivage |', '| S2 2028 | Agents des mairies | Formation des référents |'].join('\n');

  it('types a row by its step, when the row’s name says nothing happens', () => {
    expect(events(table('Étape'))).toEqual(['2027-07/2027-09 launch', '2028-01/2028-03 suppression', '2028-07/2028-12 other']);
  });

  it('only in a column of steps, actions or decisions', () => {
    expect(events(table('Commentaire'))).toEqual(['2027-07/2027-09 other', '2028-01/2028-03 other', '2028-07/2028-12 other']);
  });
});

describe('an organisation chart in nested lists under sections', () => {
  const links = (text: string) =>
    dataOf(facts(text), 'hierarchy').map((h) => `${h.child.acronym ?? h.child.name} → ${h.parent.acronym ?? h.parent.name}`);

  it('places a sous-direction nested under a service in that service', () => {
    const chart = [
      '<ul>',
      '  <li><strong>Service des systèmes d’information (SSI)</strong>',
      '    <dl><dt>Cheffe de service</dt><dd>Jeanne Arnaud</dd></dl>',
      '    <ul>',
      '      <li>Sous-direction des réseaux (SDR)',
      '        <ul>',
      '          <li>Bureau de la téléphonie (BT)</li>',
      '        </ul>',
      '      </li>',
      '      <li>Sous-direction des logiciels (SDL)</li>',
      '    </ul>',
      '  </li>',
      '</ul>',
    ].join('\n');
    expect(links(chart)).toEqual(['SDR → SSI', 'BT → SDR', 'SDL → SSI']);
  });

  it('gives the chart’s body the units a section « Services et directions » or « Missions rattachées à … » lists', () => {
    const page = (section: string) =>
      ['# Organigramme de la direction des affaires maritimes (DAM)', '', 'La DAM pilote la politique maritime.', '', `## ${section}`, '', '- Service des phares et balises (SPB)', '- Mission de la plaisance (MP)'].join('\n');
    expect(links(page('Services et directions'))).toEqual(['SPB → DAM', 'MP → DAM']);
    expect(links(page('Missions rattachées au directeur'))).toEqual(['SPB → DAM', 'MP → DAM']);
    expect(links(page('Services et partenaires'))).toEqual([]);
  });
});

describe('a modifying text that cites the title of the text it modifies', () => {
  it('dates the creation the cited title states by the modified text', () => {
    const vu = 'Vu le décret n° 2019-12 du 8 janvier 2019 modifiant le décret n° 2015-77 du 2 février 2015 portant création de l’Office des données routières ;';
    expect(events(vu).filter((e) => e.endsWith('creation'))).toEqual(['2015-02-02 creation']);
  });

  it('keeps the modifying text’s date for what it does itself (« … et portant création »)', () => {
    const title = 'Décret n° 2024-5 du 3 mai 2024 modifiant le décret n° 2020-9 du 2 juin 2020 et portant création du service des archives numériques';
    expect(events(title).filter((e) => e.endsWith('creation'))).toEqual(['2024-05-03 creation']);
  });
});

describe('places shaped as product names', () => {
  const products = (text: string) => dataOf(facts(text), 'product').map((p) => p.name);

  it('are no products: a compass point or a particle in the compound, a « Lieu : » line', () => {
    expect(products('Les équipes ont migré 40 applications du centre de données de Rives-Nord vers le nouveau nuage.')).toEqual([]);
    expect(products('Les agents utilisent l’application de gestion de Bourg-sur-Loire depuis 2020.')).toEqual([]);
    expect(products('### Atelier des référents\n\n14 mars 2027\n\nLieu : Rennes, espace Bel-Horizon\n')).toEqual([]);
  });

  it('leaves products whose parts are no place', () => {
    expect(products('Les agents utilisent l’application de gestion des congés Horaire-Plus depuis 2020.')).toEqual(['Horaire-Plus']);
  });
});

describe('a history page titled by spans of years', () => {
  const history = (section: string) => [`## ${section}`, '', '- **3 mai 1995** : le bureau de l’informatique devient un service.', '- **1er juin 1999** : le service rejoint la direction des moyens.'].join('\n');

  it('reads a heading « 1995-2001 : … » over entries of those years as a section, not an event', () => {
    expect(events(history('1995-2001 : le service informatique'))).toEqual(['1995-05-03 other', '1999-06-01 attachment']);
  });

  it('keeps a span that titles nothing dated in it', () => {
    expect(events(history('2010-2015 : le plan de modernisation'))).toContain('2010/2015 other');
  });
});

describe('taking up a post', () => {
  it('is a start on its day; the appointment is the act’s', () => {
    const text = 'Par arrêté du 12 février 2027, Mme Odile Marchand a été nommée directrice des systèmes d’information. Elle a pris ses fonctions le 1er mars 2027.';
    expect(events(text)).toEqual(['2027-02-12 appointment', '2027-03-01 start']);
    expect(events('Sa prise de fonctions est fixée au 4 janvier 2027.')).toEqual(['2027-01-04 start']);
  });
});

describe('a record’s dated field in a definition list', () => {
  it('is an event when its term says what starts or happens', () => {
    const posting = '<dl>\n  <dt>Prise de poste</dt><dd>à compter du 1<sup>er</sup> mars 2027</dd>\n  <dt>Mise en service</dt><dd>le 15 juin 2027</dd>\n</dl>';
    expect(events(posting)).toEqual(['2027-03-01 start', '2027-06-15 launch']);
  });

  it('not when the term is the page’s own date, nor a term of no event, nor a description with more than a date', () => {
    expect(events('<dl><dt>Dernière modification</dt><dd>le 2 mars 2027</dd></dl>')).toEqual([]);
    expect(events('<dl><dt>Contrat</dt><dd>1er mars 2027</dd></dl>')).toEqual([]);
    expect(events('<dl><dt>Prise de poste</dt><dd>1er mars 2027 ou 1er avril 2027</dd></dl>')).toEqual([]);
  });
});

describe('a body taking a new name', () => {
  it('« adopte son nom actuel », « remplace l’appellation … » are renamings, not replacements', () => {
    expect(events('En juin 2024, l’observatoire adopte son nom actuel, qui remplace l’appellation « Cellule des usages ».')).toEqual(['2024-06 renaming']);
    expect(events('En 2021, l’intitulé « mission numérique » remplace l’ancienne appellation du bureau.')).toEqual(['2021 renaming']);
  });

  it('leaves a product replacing a product, and a text adopted, to what they are', () => {
    expect(events('En 2024, l’application Relais remplace l’ancien logiciel de gestion.')).toEqual(['2024 replacement']);
    expect(events('Le conseil adopte le 3 mars 2026 son programme de travail.').filter((e) => e.endsWith('renaming'))).toEqual([]);
  });
});

describe('a number whose noun the sentence said just before', () => {
  const figures = (text: string) => dataOf(facts(text), 'figure').map((f) => `${f.value} ${f.unit}`);

  it('counts the value compared with « contre … » and a share « de ses … » in that noun', () => {
    expect(figures('Le portail recense 2 300 démarches, contre 1 900 un an plus tôt.')).toEqual(['2300 démarches', '1900 démarches']);
    expect(figures('Le club compte 75 adhérents, contre 60 en 2024.')).toEqual(['75 adhérents', '60 adhérents']);
    expect(figures('La conférence a réuni 41 de ses 50 membres.')).toEqual(['41 membres', '50 membres']);
  });

  it('leaves a number « contre » that counts a noun of its own, or a rate', () => {
    expect(figures('L’agence a signé 3 conventions contre 2 syndicats.')).toEqual(['3 conventions', '2 syndicats']);
    expect(figures('Le taux atteint 92 %, contre 85 % visés.')).toEqual(['92 %', '85 %']);
  });
});

describe('a range of amounts', () => {
  it('gives its first number the second’s unit and value in euros', () => {
    const amounts = (text: string) => dataOf(facts(text), 'figure').map((f) => `${f.value} ${f.unit} = ${f.normalised?.value ?? '-'} €`);
    expect(amounts('Le salaire est compris entre 42 000 et 51 000 € bruts annuels.')).toEqual(['42000 € = 42000 €', '51000 € = 51000 €']);
    expect(amounts('Le projet coûtera de 1,5 à 2 M€.')).toEqual(['1.5 M€ = 1500000 €', '2 M€ = 2000000 €']);
  });
});

describe('review of the session’s rules (each case failed before its fix)', () => {
  const committees = (text: string) => dataOf(facts(text), 'committee').map((c) => c.name);
  const products = (text: string) => dataOf(facts(text), 'product').map((p) => p.name);
  const links = (text: string) => dataOf(facts(text), 'hierarchy').map((h) => `${h.child.acronym ?? h.child.name} → ${h.parent.acronym ?? h.parent.name}`);

  it('keeps a table of committees headed « Structure »', () => {
    const table = ['| Structure | Participants | Fréquence |', '|---|---|---|', '| Comité de pilotage | DG, DSI | trimestrielle |', '| Comité technique | chefs de projet | mensuelle |'].join('\n');
    expect(committees(table)).toEqual(['Comité de pilotage', 'Comité technique']);
  });

  it('reads no renaming in a law adopted under a name, a prize-winner’s name, a domain name', () => {
    const renamings = (text: string) => events(text).filter((e) => e.endsWith('renaming'));
    expect(renamings('Le projet de loi, adopté le 7 octobre 2016 sous le nom de loi pour une République numérique, est promulgué.')).toEqual([]);
    expect(renamings('Le jury adopte le 3 mars 2026 le nom du lauréat.')).toEqual([]);
    expect(renamings('En 2025, le ministère adopte une charte et son nom de domaine gouv.fr.')).toEqual([]);
  });

  it('reads « les 6, 7 et 8 février » as its last day, and a bare « 6 et 7 juin » only where an agenda writes it', () => {
    expect(dates('les 6, 7 et 8 février 2026')).toEqual(['8 février 2026 = 2026-02-08']);
    expect(dates('Les articles 6 et 7 juin 2026')).toEqual(['7 juin 2026 = 2026-06-07']);
  });

  it('keeps a product a software word names on a « Lieu : » line', () => {
    expect(products('Lieu : en ligne, sur la plateforme Webconf-État')).toEqual(['Webconf-État']);
  });

  it('reads no meeting in a figure’s remark after a date', () => {
    expect(events('Indicateurs :\n\n- Taux de satisfaction : mars 2026, en nette progression\n- Délai moyen : avril 2026, stable')).toEqual([]);
  });

  it('leaves units a section attaches to another body to that body', () => {
    const page = ['# Organigramme de la direction des affaires maritimes (DAM)', '', 'La DAM pilote la politique maritime.', '', '## Services rattachés à la direction générale des infrastructures', '', '- Service des phares et balises (SPB)', '- Mission de la plaisance (MP)'].join('\n');
    expect(links(page)).toEqual([]);
  });

  it('reads no agenda in a list of news, each heading over its publication day', () => {
    const news = ['## Ouverture du guichet unique des aides', '', '14 octobre 2025', '', 'Depuis le 1er septembre 2025, les demandes se font en ligne.', '', '## Lancement de la plateforme des stages', '', '2 octobre 2025', '', 'La plateforme est ouverte aux lycéens.'].join('\n');
    expect(events(news).filter((e) => e.startsWith('2025-10-14') || e.startsWith('2025-10-02'))).toEqual([]);
  });

  it('dates a creation by the text an abrogating or applying text cites', () => {
    const creations = (text: string) => events(text).filter((e) => e.endsWith('creation'));
    expect(creations('Décret n° 2024-5 du 3 mai 2024 abrogeant le décret n° 2020-9 du 2 juin 2020 portant création de l’agence des routes')).toEqual(['2020-06-02 creation']);
  });

  it('ends a history’s section at a heading of its level, and counts only dates in it', () => {
    const sub = ['## 1995-2001 : le service informatique', '', '### 1995', '', 'Le 3 mai 1995, le bureau devient un service.'].join('\n');
    expect(events(sub).filter((e) => e.startsWith('1995/2001'))).toEqual([]);
    const count = ['## 2010-2015 : le plan de modernisation', '', 'Le plan a mobilisé 2012 agents.'].join('\n');
    expect(events(count)).toContain('2010/2015 other');
  });

  it('types taking up a post as a start in a table column and a dated field', () => {
    const table = ['| Nom | Prise de fonctions |', '|---|---|', '| Mme Claire Dumas | 1er mars 2027 |', '| M. Paul Roche | 15 avril 2027 |'].join('\n');
    expect(events(table)).toEqual(['2027-03-01 start', '2027-04-15 start']);
    expect(events('<dl><dt>Date de prise de poste</dt><dd>1er mars 2027</dd></dl>')).toEqual(['2027-03-01 start']);
  });
});
