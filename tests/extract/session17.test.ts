/**
 * Shapes of text first met in session 17 (each case failed on the rules before it): written for this file, never
 * copied from the evaluation texts.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../pipeline/stages/extract/index.ts';
import { cleanText } from '../../pipeline/stages/extract/text.ts';
import { findTables } from '../../pipeline/stages/extract/tables.ts';
import { dataOf, doc, expectExactQuotes } from './helpers.ts';

const facts = (text: string) => {
  const { facts: found } = extractDocument(doc(text, 'session17'), new Set());
  expectExactQuotes(text, found);
  return found;
};
const orgs = (text: string) => dataOf(facts(text), 'organisation').map((o) => `${o.name ?? '—'} (${o.acronym ?? '—'})`);

describe('a subtitle file (SubRip)', () => {
  const srt = [
    '1',
    '00:00:01,000 --> 00:00:04,200',
    'ANIMATEUR : Bonjour, nous recevons',
    'la directrice de l\'office national',
    '',
    '2',
    '00:00:04,240 --> 00:00:07,950',
    'des données agricoles, l\'ONDA.',
    '',
    '3',
    '00:00:08,100 --> 00:00:11,400',
    '- Depuis quand dirigez-vous l\'office ?',
    '- Depuis le 2 mai 2024. Nous avons traité',
    '',
    '4',
    '00:00:11,500 --> 00:00:14,000',
    '12 500 demandes. Le département Études',
    'et prospective prend le relais.',
  ].join('\n');

  it('blanks the cue numbers and timings, joins a speaker\'s cues, and starts a new line for each new speaker', () => {
    const clean = cleanText(srt);
    expect(clean).toHaveLength(srt.length);
    expect(clean).not.toMatch(/-->|00:00/);
    expect(clean).toContain("la directrice de l'office national des données agricoles, l'ONDA.");
    expect(clean).toContain('Nous avons traité 12 500 demandes.');
    // Two speakers in one cue (dialogue dashes) are two lines.
    expect(clean).toMatch(/l'office \?\s*\n[\s\S]*- Depuis le 2 mai 2024/);
  });

  it('reads a name cut across cues, a date and a figure, with no timecode read as a number', () => {
    const found = facts(srt);
    expect(orgs(srt)).toContain('office national des données agricoles (ONDA)');
    expect(orgs(srt)).toContain('département Études et prospective (—)');
    expect(dataOf(found, 'figure').map((f) => `${f.value} ${f.unit}`)).toEqual(['12500 demandes']);
  });

  it('is only a file that opens with a cue: prose quoting a timing line is left alone', () => {
    const page = `Chaque sous-titre a un numéro et un horaire :\n\n1\n00:00:01,000 --> 00:00:02,000\nBonjour`;
    expect(cleanText(page)).toContain('-->');
  });
});

describe('a LaTeX source', () => {
  const tex = [
    '% Rapport interne -- ne pas diffuser',
    '\\section{Le service \\og Guichet vert \\fg{}}',
    '\\label{sec:gv}',
    '',
    'Le service Guichet vert, exploité par l\'agence nationale des démarches rurales (ANDR), a ouvert le 3~mars~2023\\footnote{Arrêté du 1\\textsuperscript{er}~février~2023.}.',
    'Il a traité 12\\,400~dossiers en 2024, soit 18~\\% de plus qu\'en 2023 \\cite{andr2024}.',
    'Contact~: \\href{mailto:guichet@andr.gouv.fr}{guichet@andr.gouv.fr}, voir aussi \\url{https://guichet-vert.andr.gouv.fr/aide}.',
    '\\begin{itemize}',
    '  \\item \\emph{Le comité de suivi} se réunit chaque trimestre~;',
    '  \\item la directrice, Mme~Inès Carlier, le préside.',
    '\\end{itemize}',
    '\\begin{tabular}{|l|r|}',
    '\\hline',
    'Année & Dossiers \\\\',
    '2023 & 9\\,100 \\\\',
    '\\end{tabular}',
  ].join('\n');

  it('is read as the page it typesets: markup dropped, quotes, spaces and escapes as their characters, lines in place', () => {
    const clean = cleanText(tex);
    expect(clean).toHaveLength(tex.length);
    expect(clean.split('\n')).toHaveLength(tex.split('\n').length);
    expect(clean).toMatch(/^ *\n## Le service « Guichet vert »/);
    expect(clean).toContain("a ouvert le 3 mars 2023 (Arrêté du 1er février 2023.).");
    expect(clean).toContain('12 400 dossiers en 2024, soit 18 % de plus');
    expect(clean).toContain('guichet@andr.gouv.fr guichet@andr.gouv.fr');
    expect(clean).toMatch(/- Le comité de suivi se réunit/);
    expect(clean).toMatch(/2023\s*\t\s*9 100/);
    expect(clean).not.toMatch(/\\|sec:gv|andr2024|itemize|tabular|ne pas diffuser/);
  });

  it('gives its facts, quoted from the source as written', () => {
    const found = facts(tex);
    expect(orgs(tex)).toContain('agence nationale des démarches rurales (ANDR)');
    expect(dataOf(found, 'event').map((e) => e.date.value)).toContain('2023-03-03');
    expect(dataOf(found, 'figure').map((f) => `${f.value} ${f.unit}`)).toEqual(expect.arrayContaining(['12400 dossiers', '18 %']));
    expect([...new Set(dataOf(found, 'contact').map((c) => c.email))]).toEqual(['guichet@andr.gouv.fr']);
    expect(dataOf(found, 'link').map((l) => l.url)).toContain('https://guichet-vert.andr.gouv.fr/aide');
    const figure = found.find((f) => f.data.kind === 'figure' && f.data.value === 12400)!;
    expect(figure.quote).toBe('12\\,400~dossiers');
  });

  it('is only a text with LaTeX structure and several commands: prose naming one command is left alone', () => {
    const prose = 'Le rapport, rédigé en LaTeX (\\section{…}), compte 40 pages.';
    expect(cleanText(prose)).toBe(prose);
  });
});

describe('AsciiDoc links', () => {
  it('reads « link:URL[texte] » and « URL[texte] » with their text as the title, the brackets out of the URL', () => {
    const text = [
      '== Ressources',
      '',
      '* La documentation est sur link:https://doc.exemple-service.gouv.fr/api/v2[la documentation de l\'API].',
      '* Le statut : https://statut.exemple-service.gouv.fr[page de statut], mis à jour en continu.',
      '* Sans texte : link:https://exemple-service.gouv.fr/faq[].',
    ].join('\n');
    const links = dataOf(facts(text), 'link').map((l) => `${l.url} | ${l.title ?? '—'}`);
    expect(links).toEqual([
      "https://doc.exemple-service.gouv.fr/api/v2 | la documentation de l'API",
      'https://statut.exemple-service.gouv.fr | page de statut',
      'https://exemple-service.gouv.fr/faq | —',
    ]);
  });

  it('leaves a URL followed by a footnote call a bare URL', () => {
    const text = 'Voir https://exemple-service.gouv.fr/rapport[2] pour le détail.';
    expect(dataOf(facts(text), 'link').map((l) => l.url)).toEqual(['https://exemple-service.gouv.fr/rapport']);
  });
});

describe('an organisation chart drawn as a Mermaid flowchart', () => {
  const hierarchy = (text: string) => dataOf(facts(text), 'hierarchy').map((h) => `${h.child.acronym ?? h.child.name} < ${h.parent.acronym ?? h.parent.name}`);
  const chart = (direction: string) =>
    [
      'Notre organisation :',
      '',
      '```mermaid',
      `flowchart ${direction}`,
      '    D[Direction des usages numériques (DUN)] -->|pilote| P1[Pôle Données]',
      '    D --> P2["Bureau des achats<br/>et des marchés"]',
      '    P1 --- S[Service Cartes en ligne] --- O[Outil Cartographe]',
      '    subgraph Équipe',
      '      P2 --> X[Mission Qualité (MQ)]',
      '    end',
      '```',
    ].join('\n');

  it('reads each labelled body and each link between two bodies, a node named again by its id', () => {
    const text = chart('TD');
    expect(hierarchy(text)).toEqual(['Pôle Données < DUN', 'Bureau des achats et des marchés < DUN', 'Service Cartes en ligne < Pôle Données', 'MQ < Bureau des achats et des marchés']);
    expect(orgs(text)).toEqual(expect.arrayContaining(['Direction des usages numériques (DUN)', 'Mission Qualité (MQ)']));
    // (A node that names no body, « Outil Cartographe », is no organisation and has no parent.)
    expect(orgs(text).some((o) => o.includes('Cartographe'))).toBe(false);
  });

  it('leaves a chart drawn bottom-up alone, and a page without a chart', () => {
    expect(hierarchy(chart('BT'))).toEqual([]);
    expect(hierarchy('Le schéma « A --> B[Pôle X] » se lit de haut en bas.')).toEqual([]);
  });
});

describe('units announced by their rank after a count', () => {
  const hierarchy = (text: string) => dataOf(facts(text), 'hierarchy').map((h) => `${h.child.acronym ?? h.child.name} < ${h.parent.acronym ?? h.parent.name}`);

  it('links each ranked unit of the counted type to the body that counts them, with sentences about each between', () => {
    const text =
      "L'agence des services connectés (ASC) compte désormais trois pôles. Le premier, c'est le pôle Usagers, qui conçoit les démarches. Il travaille avec les préfectures. Le deuxième est le pôle Données. Et le troisième, le pôle Socle technique, qui héberge les applications.";
    expect(hierarchy(text)).toEqual(['pôle Usagers < ASC', 'pôle Données < ASC', 'pôle Socle technique < ASC']);
  });

  it('does not link a ranked body of another type, nor read « le Premier ministre » as a rank', () => {
    const text =
      "L'agence des services connectés (ASC) compte trois pôles. Le premier ministre a visité l'agence. La première, c'est la direction du budget, qui finance le projet.";
    expect(hierarchy(text)).toEqual([]);
  });
});

describe('tasks with a deadline in a data export (a board\'s cards, a plan\'s items)', () => {
  const board = JSON.stringify(
    {
      name: 'Feuille de route du service',
      cards: [
        { name: 'Ouverture du téléservice Permis-Pêche aux fédérations', desc: 'Cible : 40 fédérations.', due: '2026-02-01T23:00:00.000Z' },
        { name: 'Publication du rapport annuel', due: '2025-12-10T09:30:00.000Z' },
        { name: 'Revue des habilitations', due: '2026-04-15' },
        { name: 'Idées en vrac', due: null },
      ],
    },
    null,
    2,
  );

  it('gives each dated item an event on its day in France, typed from its wording', () => {
    const events = dataOf(facts(board), 'event').map((e) => `${e.date.value} ${e.type} ${e.subject_name}`);
    expect(events).toEqual(
      expect.arrayContaining([
        '2026-02-02 launch Ouverture du téléservice Permis-Pêche aux fédérations',
        '2025-12-10 publication Publication du rapport annuel',
        '2026-04-15 other Revue des habilitations',
      ]),
    );
    expect(events.some((e) => e.includes('Idées en vrac'))).toBe(false);
  });
});

describe('products named in apposition inside a sentence', () => {
  const products = (text: string) => dataOf(facts(text), 'product').map((p) => `${p.name} (${p.type ?? '—'})`);

  it('reads « Name, outil de … » anywhere in a sentence when the name is shaped as a product\'s', () => {
    expect(products("Elle assure l'évolution de Déclar'Ponts, outil d'instruction des permis de construire, et la refonte du site.")).toContain("Déclar'Ponts (outil)");
    expect(products("VigiPont, plateforme de suivi des ouvrages exploitée par l'agence, a ouvert en 2023.")).toContain('VigiPont (plateforme)');
  });

  it('leaves places, people, acronyms and things made by someone alone', () => {
    expect(products("Nous avons reçu Marie, outil de travail de l'équipe depuis deux ans.")).toEqual([]);
    expect(products("Le CNDR, plateforme de coordination des opérateurs, a été créé en 2020.")).toEqual([]);
    expect(products("Le forum se tient à Paris, plateforme de référence pour les acteurs publics.")).toEqual([]);
    expect(products("La mission a auditionné Mme Bernard, assistant de direction du service.")).toEqual([]);
    expect(products("Dans la Bretagne, lancée par le conseil régional, le réseau progresse.")).toEqual([]);
  });
});

describe('AsciiDoc tables', () => {
  it('reads a table with one cell per line, cut into rows by its « cols », as a table of dated steps', () => {
    const text = [
      '== Jalons',
      '',
      '[cols="1,3",options="header"]',
      '|===',
      '| Date | Étape',
      '',
      '| 12 mai 2024',
      '| Ouverture du guichet aux mairies',
      '',
      '| T3 2025',
      '| Publication du bilan',
      '|===',
    ].join('\n');
    const tables = findTables(text);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.header.map((c) => c.text)).toEqual(['Date', 'Étape']);
    expect(tables[0]!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['12 mai 2024', 'Ouverture du guichet aux mairies'],
      ['T3 2025', 'Publication du bilan'],
    ]);
    const events = dataOf(facts(text), 'event').map((e) => `${e.date.value} ${e.type}`);
    expect(events).toEqual(expect.arrayContaining(['2024-05-12 launch', '2025-07/2025-09 publication']));
  });

  it('cuts rows by the cells of the first line when no « cols » is given, and keeps cell styles out of the text', () => {
    const text = ['|===', '| Service | Agents | Budget', '', '| Service A | 12 | 1,2 M€', 'a| Service B | 8 | 0,9 M€', '|==='].join('\n');
    expect(findTables(text)[0]!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Service A', '12', '1,2 M€'],
      ['Service B', '8', '0,9 M€'],
    ]);
  });
});

describe('items dated by a <time> element that shows no text', () => {
  it('gives a list item or a wiki task its date, typed from its wording, quoted from its first word', () => {
    const text = [
      '<h2>Prochaines étapes</h2>',
      '<ul>',
      '  <li><strong>Ouvrir</strong> le guichet aux communes <time datetime="2026-03"/></li>',
      '  <li>Réunion du comité le <time datetime="2026-01-05">5 janvier 2026</time></li>',
      '</ul>',
      '<ac:task-list><ac:task><ac:task-body><ac:link><ri:user ri:username="jdoe" /></ac:link> Publier le bilan annuel <time datetime="2025-12-01" /></ac:task-body></ac:task></ac:task-list>',
    ].join('\n');
    const found = facts(text).filter((f) => f.data.kind === 'event');
    const events = dataOf(found, 'event').map((e) => `${e.date.value} ${e.type}`);
    expect(events).toEqual(expect.arrayContaining(['2026-03 launch', '2025-12-01 publication']));
    expect(found.find((f) => f.data.kind === 'event' && f.data.date.value === '2025-12-01')!.quote).toBe('Publier le bilan annuel <time datetime="2025-12-01" />');
    // (A date the page shows is read in its sentence, once.)
    expect(events.filter((e) => e.startsWith('2026-01-05')).length).toBeLessThanOrEqual(1);
  });
});

describe('a committee described by the next sentence, « Celui-ci … »', () => {
  const committees = (text: string) => dataOf(facts(text), 'committee').map((c) => `${c.name} | ${c.frequency ?? '—'}`);

  it('reads how often the body the previous sentence named last meets', () => {
    expect(committees('La directrice préside le comité de suivi des usages (CSU). Celui-ci réunit chaque trimestre les associations et les opérateurs.')).toContain(
      'comité de suivi des usages | chaque trimestre',
    );
  });

  it('does not read « il » after a body only mentioned as « celui-ci » is read', () => {
    expect(committees('La directrice préside le comité de suivi des usages (CSU). Il réunit chaque trimestre ses équipes.')).not.toContain('comité de suivi des usages | chaque trimestre');
  });
});

describe('an apposition saying what a body is', () => {
  const hierarchy = (text: string) => dataOf(facts(text), 'hierarchy').map((h) => `${h.child.acronym ?? h.child.name} < ${h.parent.acronym ?? h.parent.name}`);

  it('attaches the body right before it, not the unit whose complement names that body', () => {
    const found = hierarchy("L'API est opérée par le pôle Flux du Service national des titres (SNT), service à compétence nationale rattaché à la direction des usagers (DU).");
    expect(found).toContain('SNT < DU');
    expect(found).not.toContain('pôle Flux < DU');
    expect(found).toContain('pôle Flux < SNT');
  });
});

// Cases a review of the session's diff found (each failed before its fix).
const reviewFacts = (text: string, file?: string) => {
  const d = file ? { ...doc(text, 'r'), file } : doc(text, 'r');
  const out = extractDocument(d, new Set());
  expectExactQuotes(text, out.facts);
  return out;
};
const reviewHierarchy = (text: string) => dataOf(reviewFacts(text).facts, 'hierarchy').map((h) => `${h.child.name ?? h.child.acronym} < ${h.parent.name ?? h.parent.acronym}`);

describe('review: links: URL with brackets in its query', () => {
  it('keeps the whole URL', () => {
    const text = "L'API est à https://api.exemple.gouv.fr/items?filter[status]=open pour les dossiers ouverts.";
    expect(dataOf(reviewFacts(text).facts, 'link').map((l) => `${l.url} | ${l.title}`)).toEqual(['https://api.exemple.gouv.fr/items?filter[status]=open | null']);
  });
});

describe('review: isLatex: a markdown page with a formula block', () => {
  const md = [
    '# Note méthodologique', '',
    'En 2024, le taux de dématérialisation des démarches atteint 87 % (contre 72 % en 2023), selon la direction interministérielle du numérique (DINUM).', '',
    '$$', '\\begin{aligned}', '\\text{taux} = \\frac{\\text{démarches en ligne}}{\\text{démarches}}', '\\end{aligned}', '$$', '',
    'Données : https://www.data.gouv.fr/fr/datasets/observatoire%20des%20d%C3%A9marches/ (licence ouverte).',
  ].join('\n');
  it('keeps its prose (percentages, bodies, URLs)', () => {
    const f = reviewFacts(md).facts;
    expect(dataOf(f, 'figure').map((x) => `${x.value} ${x.unit}`)).toEqual(expect.arrayContaining(['87 %', '72 %']));
    expect(dataOf(f, 'organisation').map((o) => o.acronym)).toContain('DINUM');
    expect(dataOf(f, 'link').map((l) => l.url)).toEqual(['https://www.data.gouv.fr/fr/datasets/observatoire%20des%20d%C3%A9marches/']);
  });
});

describe('review: readLatex: URL arguments', () => {
  it('reads & and % inside \\href / \\url as part of the URL', () => {
    const tex = ['\\documentclass{article}', '\\begin{document}', '\\section{Contexte}',
      'Voir \\href{https://www.service-public.fr/recherche?keyword=aide&rubricFilter=all}{le site} et \\url{https://exemple.gouv.fr/doc%20final.pdf}.',
      '\\end{document}'].join('\n');
    expect(dataOf(reviewFacts(tex).facts, 'link').map((l) => l.url)).toEqual(['https://www.service-public.fr/recherche?keyword=aide&rubricFilter=all', 'https://exemple.gouv.fr/doc%20final.pdf']);
  });
});

describe('review: readLatex: clean copy must keep the length', () => {
  it('optional argument closed on a later line', () => {
    const tex = ['\\documentclass{article}', '\\begin{document}', '\\section{Organisation}', 'Voir le tableau~\\ref{tab:effectifs}[en', 'annexe] pour le détail.',
      "L'agence nationale des routes (ANR) a été créée le 3 mars 2021.", '\\end{document}'].join('\n');
    expect(cleanText(tex).length).toBe(tex.length);
  });
  it('a command named like an Object.prototype member', () => {
    const tex = ['\\section{Intro}', 'Voir \\emph{a}, \\textbf{b} et \\constructor{x}.', "L'agence nationale des routes (ANR) a été créée le 3 mars 2021."].join('\n');
    expect(cleanText(tex).length).toBe(tex.length);
  });
});

describe('review: subtitles: an incise dash of the same speaker', () => {
  it('does not cut the sentence (the creation keeps its subject)', () => {
    const vtt = ['WEBVTT', '', '00:00:01.000 --> 00:00:04.000', "L'Agence nationale des fréquences (ANFR)", '', '00:00:04.000 --> 00:00:06.000',
      '– créée le 1er janvier 1997 – compte', '', '00:00:06.000 --> 00:00:08.000', "aujourd'hui 300 agents."].join('\n');
    const ev = dataOf(reviewFacts(vtt).facts, 'event').find((e) => e.type === 'creation');
    expect(ev?.subject?.acronym).toBe('ANFR');
  });
});

describe('review: yaml-records: time stamps', () => {
  it('an invalid time in a dated field does not make the events extractor fail', () => {
    const json = JSON.stringify({ unites: [{ nom: 'Direction du numérique', sigle: 'DNUM', creation: '2016-12-31T23:59:60Z' }] }, null, 2);
    expect(reviewFacts(json, 'r.json').issues).toEqual([]);
  });
  it('an impossible day gives no event', () => {
    const json = JSON.stringify([{ name: 'Revue des habilitations', due: '2026-02-30T10:00:00Z' }], null, 2);
    expect(dataOf(reviewFacts(json, 'r.json').facts, 'event').map((e) => e.date.value)).not.toContain('2026-03-02');
  });
});

describe('review: yaml-records: « due » / « echeance » records that are not tasks', () => {
  it('invoices and loans give no events', () => {
    const json = JSON.stringify({ factures: [{ name: 'Facture 2024-118 Orange', montant: 1250.4, due: '2024-07-01' }], emprunts: [{ nom: 'Prêt Caisse des dépôts n° 5', capital: 1200000, echeance: '2030-12-31' }] }, null, 2);
    expect(dataOf(reviewFacts(json, 'r.json').facts, 'event')).toEqual([]);
  });
});

describe('review: Mermaid', () => {
  it('a procedure drawn left to right is no hierarchy', () => {
    const text = ["## Instruction d'une demande", '', '```mermaid', 'flowchart LR', "  U[Usager] --> S[Service instructeur] --> P[Préfecture de l'Aisne] --> M[Ministère de l'Intérieur]", '```'].join('\n');
    expect(reviewHierarchy(text)).not.toContain("Ministère de l'Intérieur < Préfecture de l'Aisne");
  });
  it('an architecture diagram names no organisations', () => {
    const text = ['## Architecture', '', '```mermaid', 'graph LR', '  F[Front] --> A[API] --> B[(PostgreSQL)]', '  A --> S[SIRH]', '  A --> C[CSV]', '```'].join('\n');
    expect(dataOf(reviewFacts(text).facts, 'organisation').map((o) => o.acronym)).not.toContain('API');
  });
  it('reads « DG-->DA » like « DG --> DA »', () => {
    const text = ['```mermaid', 'graph TD', '  DG[Direction générale (DG)]', '  DA[Direction des achats (DA)]', '  DG-->DA', '```'].join('\n');
    expect(reviewHierarchy(text)).toContain('Direction des achats < Direction générale');
  });
});

describe('review: ranked items', () => {
  it('a ranked unit named again is not another item', () => {
    const text = "L'agence des services connectés (ASC) compte trois pôles. Le premier, c'est le pôle Usagers. Le pôle Usagers conçoit les démarches. Le deuxième est le pôle Données. Et le troisième, le pôle Socle technique, qui héberge les applications.";
    expect(reviewHierarchy(text)).toEqual(['pôle Usagers < agence des services connectés', 'pôle Données < agence des services connectés', 'pôle Socle technique < agence des services connectés']);
  });
  it('an unranked unit several sentences after a rank is not an item', () => {
    const text = "L'agence des services connectés (ASC) compte trois pôles. Le premier, c'est le pôle Usagers. Il est basé à Lyon. Ses agents viennent souvent d'ailleurs. Le pôle Emploi voisin, qui dépend de France Travail, les accueille parfois.";
    expect(reviewHierarchy(text)).toEqual(['pôle Usagers < agence des services connectés']);
  });
});

describe('a person in bold, then the office held since a date', () => {
  it('reads « - **Name**, directrice de la X depuis avril 2022 » as an appointment, as without the bold', () => {
    const text = '## Les invités\n\n- **Hélène Gaudin**, directrice de la FNSX depuis avril 2022.\n- **Karim Benhadj**, responsable produit.\n';
    expect(dataOf(facts(text), 'event').map((e) => `${e.date.value} ${e.type}`)).toContain('2022-04 appointment');
  });
});

describe('« Depuis le lancement de X par Y, le 15 septembre 2024, … »', () => {
  it('dates the launch by the date in apposition after its complement', () => {
    const text = "Depuis le lancement du programme « Cap Médiation » par l'agence, le 15 septembre 2024, une quarantaine de médiateurs ont été formés.";
    expect(dataOf(facts(text), 'event').map((e) => `${e.date.value} ${e.type}`)).toContain('2024-09-15 launch');
  });

  it('still reads « depuis le lancement du service » without a date of its own as a point in time', () => {
    const text = "Depuis le lancement du service, les demandes ont doublé en 2024.";
    expect(dataOf(facts(text), 'event').some((e) => e.type === 'launch')).toBe(false);
  });
});

describe('review: « Celui-ci » after a committee', () => {
  const committees = (text: string) => dataOf(facts(text), 'committee').map((c) => `${c.name} | ${c.frequency ?? '—'}`);
  it('is not the committee when someone else closes the sentence, nor of the other gender', () => {
    expect(committees('Le ministre a saisi le conseil national du numérique (CNNum) puis reçu le préfet. Celui-ci réunit chaque mois les maires du département.')).not.toContain('conseil national du numérique | chaque mois');
    expect(committees('La préfète a saisi le conseil national du numérique (CNNum). Celle-ci réunit chaque mois les maires.')).not.toContain('conseil national du numérique | chaque mois');
    expect(committees('La directrice préside la commission des usages (CDU). Celle-ci réunit chaque trimestre les associations.')).toContain('commission des usages | chaque trimestre');
  });
});
