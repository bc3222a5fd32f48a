/**
 * Rules of session 24 (each positive case failed on the rules before it; the guards keep the rule to its shape):
 * written for this file, never copied from the evaluation texts.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../pipeline/stages/extract/index.ts';
import { dataOf, doc, expectExactQuotes } from './helpers.ts';

const facts = (text: string, known: ReadonlySet<string> = new Set()) => {
  const { facts: found } = extractDocument(doc(text, 'session24'), known);
  expectExactQuotes(text, found);
  return found;
};
const figures = (text: string) => dataOf(facts(text), 'figure').map((f) => `${f.value} ${f.unit}`);
/** Figures with the value in euros when the text gives an amount. */
const amounts = (text: string) => dataOf(facts(text), 'figure').map((f) => `${f.normalised?.value ?? f.value} ${f.normalised?.unit ?? f.unit}`);

describe('an HTML table whose caption states its unit', () => {
  const table = (caption: string, header: string) =>
    [
      '<table>',
      `<caption>${caption}</caption>`,
      `<tr><th>Programme</th>${header}</tr>`,
      '<tr><td>Réseau interministériel</td><td>12,5</td><td>3,0</td></tr>',
      '<tr><td>Hébergement</td><td>7,25</td><td>1,5</td></tr>',
      '</table>',
    ].join('\n');

  it('holds amounts in that unit in the columns that state none of their own', () => {
    expect(amounts(table('Dépenses 2026 (en M€, autorisations d’engagement)', '<th>Titre 3</th><th>Titre 5</th>'))).toEqual([
      '12500000 €', '3000000 €', '7250000 €', '1500000 €',
    ]);
    expect(amounts(table('Budget des programmes, en milliers d’euros', '<th>Fonctionnement</th><th>Investissement</th>'))).toEqual([
      '12500 €', '3000 €', '7250 €', '1500 €',
    ]);
  });

  it('leaves a column of its own unit, and columns of years or codes, to what they say', () => {
    expect(figures(table('Coûts (en M€)', '<th>Coût</th><th>Part du total (%)</th>'))).toEqual(['12.5 M€', '3 %', '7.25 M€', '1.5 %']);
    const years = ['<table>', '<caption>Crédits (en M€)</caption>', '<tr><th>Projet</th><th>Année</th><th>Montant</th></tr>', '<tr><td>Refonte</td><td>2026</td><td>4,2</td></tr>', '</table>'].join('\n');
    expect(figures(years)).toEqual(['4.2 M€']);
  });

  it('states nothing without a caption', () => {
    expect(figures(table('', '<th>Titre 3</th><th>Titre 5</th>').replace('<caption></caption>\n', ''))).toEqual([]);
  });
});

describe('an HTML column of a part of the one before', () => {
  it('counts what « dont … » names', () => {
    const table = ['<table>', '<tr><th>Service</th><th>Agents</th><th>dont titulaires</th></tr>', '<tr><td>Bureau des réseaux</td><td>42</td><td>30</td></tr>', '</table>'].join('\n');
    expect(figures(table)).toEqual(['42 agents', '30 titulaires']);
  });
});

describe('an HTML table of labels and their values', () => {
  it('counts each value in the plural noun its label opens with', () => {
    const table = ['<table>', '<tr><th scope="row">Agents</th><td>1 250</td></tr>', '<tr><th scope="row">Démarches en ligne</th><td>318</td></tr>', '<tr><th scope="row">Taux de disponibilité</th><td>99,9 %</td></tr>', '<tr><th scope="row">Budget</th><td>12</td></tr>', '</table>'].join('\n');
    expect(figures(table)).toEqual(['1250 agents', '318 démarches', '99.9 %']);
  });

  it('does not when its first row is a header of columns', () => {
    const table = ['<table>', '<tr><th>Indicateurs</th><th>Valeur</th></tr>', '<tr><td>Sites raccordés</td><td>318</td></tr>', '</table>'].join('\n');
    expect(figures(table)).toEqual([]);
  });
});

describe('a scaled number alone in a table cell', () => {
  const table = ['| Année | Comptes ouverts | Coût (M€) |', '| --- | ---: | ---: |', '| 2024 | 2,3 millions | 1,5 |', '| 2025 | 310 000 | 1,8 |'].join('\n');

  it('counts in the noun its column is headed by', () => {
    expect(figures(table)).toEqual(['2300000 comptes', '1.5 M€', '310000 comptes', '1.8 M€']);
  });

  it('keeps its scale as the unit under a column of amounts or rates', () => {
    expect(figures('| Année | Taux (%) |\n| --- | --- |\n| 2024 | 3 millions |')).toEqual(['3 millions']);
  });
});

/** Hierarchy links as « child → parent », by acronym or name. */
const links = (text: string) =>
  dataOf(facts(text), 'hierarchy').map((h) => `${h.child.acronym ?? h.child.name} → ${h.parent.acronym ?? h.parent.name}`);

describe('a verb of counting and a spelled number', () => {
  it('end a body’s name: « le département compte deux pôles » lists the heading’s units', () => {
    const page = ['## Département de l’exploitation (DEX)', '', '- Le département compte deux pôles :', '  - **Pôle Supervision** – responsable : Mme Claire Dubois', '  - **Pôle Stockage** – responsable : M. Paul Martin'].join('\n');
    expect(links(page)).toEqual(['Pôle Supervision → DEX', 'Pôle Stockage → DEX']);
    expect(dataOf(facts(page), 'organisation').map((o) => o.name)).not.toContain('département compte deux pôles');
  });
});

describe('a heading about a body', () => {
  it('names the body without « en chiffres », « en bref »', () => {
    const page = ['## La direction des systèmes d’information en chiffres', '', 'Elle s’organise en deux sous-directions :', '', '- la sous-direction des réseaux ;', '- la sous-direction des applications.'].join('\n');
    expect(links(page)).toEqual(["sous-direction des réseaux → direction des systèmes d'information", "sous-direction des applications → direction des systèmes d'information"]);
    expect(dataOf(facts('## L’agence en bref\n\nL’Agence du logiciel public (ALP) est un établissement public.'), 'organisation').map((o) => o.name)).toEqual(['Agence du logiciel public']);
  });

  it('keeps « en » inside a name', () => {
    expect(dataOf(facts('La Délégation aux affaires en Europe (DAEU) est créée en 2024.'), 'organisation').map((o) => o.name)).toEqual(['Délégation aux affaires en Europe']);
  });
});

describe('a table whose first column lists the units of a body', () => {
  it('makes each row’s unit a unit of the body its header names, not the total', () => {
    const table = [
      'La direction du numérique (DNUM) publie ses effectifs.',
      '',
      '| Unité de la DNUM | Agents |',
      '| --- | --- |',
      '| Bureau des réseaux (BRX) | 12 |',
      '| Pôle données | 8 |',
      '| Total DNUM | 20 |',
    ].join('\n');
    expect(links(table)).toEqual(['BRX → DNUM', 'Pôle données → DNUM']);
  });

  it('does not for a first column of another kind', () => {
    const table = ['La direction du numérique (DNUM) publie ses effectifs.', '', '| Projet de la DNUM | Pilote |', '| --- | --- |', '| Refonte | Bureau des réseaux (BRX) |'].join('\n');
    expect(links(table)).toEqual([]);
  });
});

const products = (text: string) => dataOf(facts(text), 'product').map((p) => p.name);

describe('a product’s name set off by emphasis or a link', () => {
  it('is the whole of it', () => {
    expect(products('<p>La direction opère le portail <strong>Mes Aides en ligne</strong>, utilisé par 40&nbsp;000 usagers.</p>')).toEqual(['Mes Aides en ligne']);
    expect(products('<p>En 2024, elle lance la plateforme <a href="https://exemple.gouv.fr">Registre partagé</a>.</p>')).toEqual(['Registre partagé']);
    expect(products('Le bureau maintient l’application **Suivi Chantiers de voirie**, ouverte en 2023.')).toEqual(['Suivi Chantiers de voirie']);
  });

  it('stops where the name does when the mark holds a sentence', () => {
    expect(products('<p>Elle ouvre l’outil <strong>Tabula pour tous les agents du ministère et de ses opérateurs en région</strong>.</p>')).toEqual(['Tabula']);
  });
});

describe('a product word for a kind of user', () => {
  it('names the product quoted after the users, not a body of them', () => {
    const found = facts('Le bureau des usages opère le portail des associations « Solidaires+ ».');
    expect(dataOf(found, 'product').map((p) => p.name)).toEqual(['Solidaires+']);
    expect(dataOf(found, 'organisation').map((o) => o.name)).not.toContain('association Solidaires+');
  });

  it('leaves a body named after its type word alone', () => {
    expect(dataOf(facts('Elle travaille avec la fédération « Numérique solidaire ».'), 'organisation').map((o) => o.name)).toEqual(['fédération Numérique solidaire']);
  });
});

const committees = (text: string) => dataOf(facts(text), 'committee').map((c) => `${c.name} [${c.participants.join(', ')}]`);

describe('a working group taken up as « le groupe »', () => {
  it('is the group named just before, with the participants the sentence gives', () => {
    const text = 'La directrice propose la création d’un groupe de travail « Données RH », chargé de cartographier les référentiels. Animé par le bureau des systèmes, le groupe réunit la DRH, la DAJ et la DNUM.';
    expect(committees(text)).toEqual(['groupe de travail « Données RH » [la DRH, la DAJ, la DNUM]']);
  });

  it('is nothing without a group named before', () => {
    expect(committees('Le groupe réunit la DRH et la DAJ.')).toEqual([]);
  });
});

describe('a conference that meets at a stated rhythm', () => {
  it('is a standing body', () => {
    expect(committees('Une conférence annuelle des achats numériques réunit chaque année les directeurs des achats et les responsables de programme.')).toEqual([
      'conférence annuelle des achats numériques [les directeurs des achats, les responsables de programme]',
    ]);
  });

  it('is not when it brings people together once', () => {
    expect(committees('La conférence Numérique en commun réunit 1 500 acteurs à Lyon le 12 mars 2026.')).toEqual([]);
  });
});

/** Events as « date type », in the text's order. */
const events = (text: string) => dataOf(facts(text), 'event').map((e) => `${e.date.value} ${e.type}`);

describe('an event put off to another date', () => {
  it('happens at the date it was put off to, not the one it was planned for', () => {
    expect(events('La fermeture du site de Metz, prévue en septembre 2026, est reportée à janvier 2027.')).toEqual(['2027-01 suppression']);
    expect(events('Le lancement, prévu au T3 2026, est décalé au T1 2027 pour des raisons techniques.')).toEqual(['2027-01/2027-03 launch']);
  });

  it('is dated by the date an arrow leads to, where the text speaks of putting off', () => {
    expect(events('Échéances décalées :\n\n- Ouverture du portail aux communes : mars 2026 → juin 2026')).toEqual(['2026-06 launch']);
    // (Elsewhere, an arrow between two dates is a span: its start dates the event.)
    expect(events('- Expérimentation dans trois régions : janvier 2025 → juin 2025')).toEqual(['2025-01 start']);
  });

  it('keeps both dates of two events, or of a planned one that was not put off', () => {
    expect(events('L’ouverture du portail, prévue en mars 2026, a eu lieu comme annoncé.')).toEqual(['2026-03 launch']);
    expect(events('Le portail a été lancé en mars 2026 ; la fermeture de l’ancien site est prévue en juin 2026.')).toEqual(['2026-03 launch', '2026-06 suppression']);
  });
});

const orgNames = (text: string) => dataOf(facts(text), 'organisation').map((o) => o.name ?? o.acronym);

describe('what kind of body a subject is', () => {
  it('names no body when adjectives alone follow « est un »', () => {
    expect(orgNames('Orion est un programme interministériel lancé le 3 mars 2025.')).toEqual([]);
    expect(orgNames('Le centre devient une direction régionale.')).toEqual([]);
  });

  it('leaves a unit an indefinite article introduces, and a name with its complement', () => {
    expect(orgNames('Une mission juridique (MJ) et un secrétariat général sont rattachés à la directrice.')).toContain('secrétariat général');
    expect(orgNames('Orion est un programme interministériel de formation des agents.')).toEqual(['programme interministériel de formation des agents']);
  });
});

describe('« sous l’autorité de »', () => {
  it('says whom a body answers to, and names no « autorité »', () => {
    expect(orgNames('Le programme est placé sous l’autorité de Claire Martin, cheffe du département des produits.')).toEqual(['département des produits']);
    expect(orgNames('L’Autorité de régulation des communications (ARCEP) publie son rapport.')).toEqual(['Autorité de régulation des communications']);
  });
});

const legalTexts = (text: string) => dataOf(facts(text), 'legal-text').map((l) => `${l.type} ${l.number ?? 's.n.'} ${l.date?.value ?? '-'}`);

describe('a circular that heads itself as a letter', () => {
  const letter = (body: string) => ['LE MINISTRE DE L’INTÉRIEUR', '', 'Lyon, le 3 février 2025', '', 'N° 1207/SG', '', 'à', '', 'Mesdames et Messieurs les préfets', '', body].join('\n');

  it('is the act of its number and its day, when it speaks of itself', () => {
    expect(legalTexts(letter('La présente circulaire précise les modalités de raccordement au réseau.'))).toEqual(['circulaire 1207/SG 2025-02-03']);
    expect(legalTexts(letter('La presente instruction abroge la circulaire du 4 mai 2019.'))).toEqual(['instruction 1207/SG 2025-02-03', 'circulaire s.n. 2019-05-04']);
  });

  it('is nothing for a letter that does not say what act it is', () => {
    expect(legalTexts(letter('Je vous prie de bien vouloir me faire connaître vos observations.'))).toEqual([]);
  });
});

describe('a total or a target left without its noun', () => {
  it('counts in the noun just counted', () => {
    expect(figures('Au 30 juin, 1 240 postes ont été renouvelés sur 3 100, soit 40 %.')).toEqual(['1240 postes', '3100 postes', '40 %']);
    expect(figures('Le service compte 5 600 comptes ouverts, pour une cible de 8 000 fin 2026.')).toEqual(['5600 comptes', '8000 comptes']);
    expect(figures('12 sites raccordés (objectif 2027 : 30).')).toEqual(['12 sites', '30 sites']);
  });

  it('not after a rate or an amount, nor before a noun of its own', () => {
    expect(figures('Le taux atteint 62 %, pour une cible de 75.')).toEqual(['62 %']);
    expect(figures('Le budget atteint 4,2 M€ sur 6.')).toEqual(['4.2 M€']);
    expect(figures('Il reste 12 sites sur 30 communes.')).toEqual(['12 sites', '30 communes']);
  });
});

describe('guards found by the review of the session’s rules', () => {
  it('a conference named before the body a sentence describes is not that body', () => {
    expect(committees('À l’issue de la conférence nationale, un comité de suivi associant les régions et l’État se réunira chaque trimestre.')).toEqual(["comité de suivi [les régions, l'État]"]);
    expect(committees('La Conférence annuelle du numérique public réunit 800 participants à Lyon.')).toEqual([]);
  });

  it('a working group’s name stops at its verb, and « le groupe » after another group is not the working group', () => {
    expect(committees('Un groupe de travail sur la donnée a été constitué en 2023. Le groupe réunit la DRH, la DAJ et la DNUM.')).toEqual(['groupe de travail sur la donnée [la DRH, la DAJ, la DNUM]']);
    expect(committees('Un groupe de travail « Données RH » a été installé en 2023. En 2024, un groupe d’experts a été réuni ; le groupe réunit dix chercheurs.')).toEqual([]);
  });

  it('a unit quoted after a product word and « du » stays a unit', () => {
    expect(orgNames('Les demandes passent par l’annuaire du service « Ressources humaines ».')).toContain('service Ressources humaines');
    expect(products('Les demandes passent par l’annuaire du service « Ressources humaines ».')).toEqual([]);
  });

  it('a closing ** is no opening one', () => {
    expect(products('**La plateforme** Démarches Partagées permet aux **usagers** de déposer un dossier.')).toEqual(['Démarches Partagées']);
  });

  it('a caption’s unit is not that of counts, rates or programmes', () => {
    const table = ['<table>', '<caption>Exécution 2025 (en M€)</caption>', '<tr><th>Unité</th><th>Effectifs</th><th>Taux</th><th>Crédits</th></tr>', '<tr><td>Bureau X</td><td>230</td><td>85</td><td>4,5</td></tr>', '</table>'].join('\n');
    expect(figures(table)).toEqual(['4.5 M€']);
  });

  it('« dont » before an age or a place names no unit', () => {
    const table = ['<table>', '<tr><th>Service</th><th>Agents</th><th>dont moins de 30 ans</th></tr>', '<tr><td>Bureau X</td><td>42</td><td>9</td></tr>', '</table>'].join('\n');
    expect(figures(table)).toContain('42 agents');
    expect(figures(table).filter((f) => f.startsWith('9 '))).toEqual([]);
  });

  it('an infobox’s years are not counts of its labels', () => {
    const table = ['<table>', '<tr><th>Création</th><td>2019</td></tr>', '<tr><th>Dates clés</th><td>2021</td></tr>', '<tr><th>Agents</th><td>120</td></tr>', '</table>'].join('\n');
    expect(figures(table)).toEqual(['120 agents']);
  });
});

describe('found after the review', () => {
  it('an event put off twice happens at the last date', () => {
    expect(events('La mise en service, programmée pour juin 2026, est décalée en septembre 2026, puis en décembre 2026.')).toEqual(['2026-12 launch']);
  });

  it('« métier » after a capitalised noun goes on with a unit’s name', () => {
    expect(orgNames('La sous-direction des Applications métier en porte la plus grande part.')).toEqual(['sous-direction des Applications métier']);
  });
});

describe('a list item that opens with its article', () => {
  it('names the whole unit through « et » when the item ends there', () => {
    const list = 'Elle comprend :\n\n- le pôle design et accessibilité ;\n- la direction du budget et la DGFiP ;';
    expect(orgNames(list)).toEqual(['pôle design et accessibilité', 'direction du budget', 'DGFiP']);
  });
});
