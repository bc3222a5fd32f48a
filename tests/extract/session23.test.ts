/**
 * Rules of session 23 (each positive case failed on the rules before it; the guards keep the rule to its shape):
 * written for this file, never copied from the evaluation texts.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../pipeline/stages/extract/index.ts';
import { parseDates } from '../../pipeline/stages/extract/dates.ts';
import { dataOf, doc, expectExactQuotes } from './helpers.ts';

const facts = (text: string, known: ReadonlySet<string> = new Set()) => {
  const { facts: found } = extractDocument(doc(text, 'session23'), known);
  expectExactQuotes(text, found);
  return found;
};
/** Events as « date type », in the text's order. */
const events = (text: string) => dataOf(facts(text), 'event').map((e) => `${e.date.value} ${e.type}`);
const dateValues = (text: string) => parseDates(text, 0, text.length, null).map((d) => d.value.value);

describe('two quarters or half years joined by a dash', () => {
  it('are one period from the first month of the first to the last month of the second', () => {
    expect(dateValues('Calendrier : T2 2025 – T4 2026')).toEqual(['2025-04/2026-12']);
    expect(dateValues('| Refonte de l’intranet | bureau des usages | S2 2025 - S1 2027 |')).toEqual(['2025-07/2027-06']);
    expect(dateValues('Les travaux courent du T3 2026 au T1 2027.')).toEqual(['2026-07/2027-03']);
  });

  it('stay apart in a list a dash separates, or when the second comes first', () => {
    expect(dateValues('Revues : T1 2026 – T2 2026 – T3 2026')).toHaveLength(3);
    expect(dateValues('Jalons : T4 2026 - T1 2025')).toHaveLength(2);
  });

  it('make one event in a table’s cell', () => {
    const table = ['| Projet | Pilote | Calendrier |', '| --- | --- | --- |', '| Migration de la messagerie | pôle infrastructures | T3 2025 – T2 2027 |'].join('\n');
    expect(events(table)).toEqual(['2025-07/2027-06 other']);
  });
});

describe('a target set for a date', () => {
  it('is an event of no named kind', () => {
    expect(events('L’objectif est de raccorder l’ensemble des sites au réseau d’ici fin 2027.')).toEqual(['2027 other']);
    expect(events('La direction vise 90 % de démarches dématérialisées d’ici la fin de l’année 2026.')).toEqual(['2026 other']);
    expect(events('Les préfectures abandonneront leurs messageries locales au plus tard à la fin de l’année 2027.')).toEqual(['2027 other']);
    expect(events('Former 800 conseillers supplémentaires d’ici juin 2027.')).toEqual(['2027-06 other']);
    expect(events('Les effectifs du service seront portés à 250 agents en 2028.')).toEqual(['2028 other']);
  });

  it('gives way to a typed event on the same date, and a bare horizon year is none', () => {
    expect(events('La plateforme sera déployée dans toutes les régions d’ici fin 2026.')).toEqual(['2026 launch']);
    expect(events('Notre ambition d’ici 2030 : un service public numérique plus simple.')).toEqual([]);
  });
});

describe('a biography’s dated steps', () => {
  it('date a career’s start, an office taken, a degree', () => {
    expect(events('Ingénieure des mines, Claire Vasseur débute sa carrière en 2003 à la direction régionale de l’industrie.')).toEqual(['2003 start']);
    expect(events('Il commence sa carrière en 1998 au service des systèmes d’information du ministère.')).toEqual(['1998 start']);
    expect(events('Elle rejoint l’Institut national des données territoriales, dont elle devient directrice adjointe en 2015.')).toEqual(['2015 appointment']);
    expect(events('Diplômé de l’École nationale des ponts en 1995, Paul Garnier rejoint le ministère.')).toEqual(['1995 other']);
    expect(events('Depuis 2021, il préside le réseau des administrateurs ministériels des données.')).toEqual(['2021 appointment']);
  });

  it('leave the noun « Président » and a body that becomes another alone', () => {
    expect(events('Par décret du Président de la République du 25 septembre 2026, M. Jean Roux est nommé délégué.')).toEqual(['2026-09-25 appointment']);
    expect(events('Le 1er janvier 2026, le centre devient l’Agence des services partagés.')).toEqual(['2026-01-01 renaming']);
  });
});

describe('a service opened to the public', () => {
  it('is launched on the date after « ouvert au public »', () => {
    expect(events('Le téléservice « Escale », ouvert au public le 4 juin 2019, compte aujourd’hui 80 000 usagers.')).toEqual(['2019-06-04 launch']);
  });
});

const productNames = (text: string) => dataOf(facts(text), 'product').map((p) => p.name);

describe('a name right after a fronted launch', () => {
  it('is a product', () => {
    expect(productNames('Lancé en octobre 2022, Vigie publie chaque trimestre la qualité des démarches en ligne.')).toEqual(['Vigie']);
    expect(productNames('Mis en service le 2 mai 2024, Hermès a remplacé l’ancienne messagerie des préfectures.')).toEqual(['Hermès']);
    expect(productNames('Ouvert le 1er décembre 2025, Estiv’en ligne a reçu 2 340 déclarations.')).toEqual(['Estiv\'en ligne']);
  });

  it('is none after an article, for a person, or for a body the text names', () => {
    expect(productNames('Lancé en 2018, le programme Cap Numérique a financé 40 projets.')).toEqual([]);
    expect(productNames('Lancée en mars 2021, Marie Dupont a rejoint la mission.')).toEqual([]);
    expect(productNames('Le site a été conçu par Sillon, l’incubateur de la délégation. Lancé en 2021, Sillon a déjà accompagné 27 produits.')).toEqual([]);
  });
});

describe('a product word after an elided article, or after a possessive', () => {
  it('gives one product named without the article', () => {
    expect(productNames('L’application Récolte, développée par le bureau des usages, permet aux agriculteurs de déclarer leurs surfaces.')).toEqual(['Récolte']);
  });

  it('keeps « Mon », « Ma », « Mes » in the name of a service for its user', () => {
    expect(productNames('Les usagers ouvrent Mon Espace Santé depuis 2022.')).toEqual(['Mon Espace Santé']);
    expect(productNames('Ma Démarche Locale, lancée en 2023 par la préfecture, simplifie les demandes.')).toEqual(['Ma Démarche Locale']);
  });
});

const figures = (text: string) => dataOf(facts(text), 'figure').map((f) => `${f.value} ${f.unit}`);

describe('an HTML table’s columns', () => {
  const table = [
    '<table>',
    '  <caption>Activité du guichet</caption>',
    '  <tr><th>Exercice</th><th>Dossiers traités</th><th>Délai moyen (jours)</th><th>Taux de réussite (%)</th><th>Coût (en k€)</th><th>Statut</th></tr>',
    '  <tr><th scope="row">2024</th><td>12&nbsp;300</td><td>14</td><td>88</td><td>420</td><td>2025</td></tr>',
    '</table>',
  ].join('\n');

  it('count in the plural noun that heads them, or in the unit their header states', () => {
    expect(figures(table)).toEqual(['12300 dossiers', '14 jours', '88 %', '420 k€']);
  });

  it('give no figure for a column of years or of labels', () => {
    const years = '<table>\n<tr><th>Projet</th><th>Années</th><th>Statut</th></tr>\n<tr><td>Refonte</td><td>2024</td><td>3</td></tr>\n</table>';
    expect(figures(years)).toEqual([]);
  });
});

describe('a markdown table’s column headed by a duration in parentheses', () => {
  it('counts in that duration', () => {
    expect(figures('| Année | Délai moyen (jours) |\n| --- | --- |\n| 2024 | 14 |\n| 2025 | 9 |')).toEqual(['14 jours', '9 jours']);
  });
});

const orgNames = (text: string) => dataOf(facts(text), 'organisation').map((o) => o.name);

describe('a unit named by a common phrase', () => {
  it('is a body when the sentence it opens creates, merges or removes it', () => {
    expect(orgNames('Le bureau des études a été créé en 2020.')).toEqual(['bureau des études']);
    expect(orgNames('Le pôle des usages est issu de la fusion, le 1er mars 2026, du bureau des études et du bureau des achats.')).toEqual(['pôle des usages', 'bureau des études', 'bureau des achats']);
  });

  it('is still none as a phrase without such a verb', () => {
    expect(orgNames('Le bureau de vote est ouvert de 8 heures à 18 heures.')).toEqual([]);
  });
});

describe('an incubator named before its type word without article', () => {
  it('is a body, under the body it is created within', () => {
    const found = facts('La plateforme a été développée par l’Atelier Comète, incubateur créé en 2023 au sein de la DNME.');
    expect(dataOf(found, 'organisation').map((o) => o.name ?? o.acronym)).toEqual(['Atelier Comète', 'DNME']);
    expect(dataOf(found, 'hierarchy').map((h) => `${h.child.name} → ${h.parent.acronym}`)).toEqual(['Atelier Comète → DNME']);
  });
});

describe('a unit a decree sets up with an indefinite article', () => {
  it('is a body; the office it is placed with names no other body', () => {
    expect(orgNames('Une mission d’appui juridique est placée auprès du directeur du service.')).toEqual(['mission d\'appui juridique']);
    expect(orgNames('Une commission est réunie chaque année.')).toEqual([]);
  });
});

describe('small bugs of names', () => {
  it('a committee’s name ends before « s’est réuni »', () => {
    const [committee] = dataOf(facts('Le comité d’animation du réseau s’est réuni le 9 octobre 2026. Il rassemble chaque trimestre les représentants de six ministères.'), 'committee');
    expect(committee?.name).toBe('comité d\'animation du réseau');
  });

  it('a single lowercase word between guillemets after a product word names no product', () => {
    expect(productNames('Les référents jugent le réseau « utile » ou « très utile ».')).toEqual([]);
    expect(productNames('Les agents utilisent la plateforme « Colibri ».')).toEqual(['Colibri']);
  });
});

describe('a list item « Role of the unit : Name »', () => {
  const people = (text: string) => dataOf(facts(text), 'person').map((p) => `${p.name} | ${p.role}`);
  it('names the person and the role with its unit, in markdown and in HTML', () => {
    expect(people('- Responsable du pôle données : Malik Haddou\n- Coach de l’incubateur Palimpseste : Rodolphe Saint-Aubin\n')).toEqual([
      'Malik Haddou | Responsable du pôle données',
      "Rodolphe Saint-Aubin | Coach de l'incubateur Palimpseste",
    ]);
    expect(people('<ul>\n  <li>Responsable du pôle données&nbsp;: Malik Haddou</li>\n</ul>\n')).toEqual(['Malik Haddou | Responsable du pôle données']);
  });
});

describe('dates claimed by the nearer verb', () => {
  it('a date right after a participle set off by a comma is that participle’s, not the verb’s before it', () => {
    expect(events('Le portail remplace l’ancien formulaire, supprimé le 31 octobre 2026.')).toEqual(['2026-10-31 suppression']);
  });

  it('a date said again (« à la même date ») belongs to both', () => {
    expect(events('Le 1er janvier 2020, l’agence a succédé au groupement X, dissous à la même date.').sort()).toEqual(['2020-01-01 replacement', '2020-01-01 suppression']);
  });
});

describe('a service accessible to someone since a date', () => {
  it('is launched then', () => {
    expect(events('La plateforme d’échanges est accessible à tous les membres depuis le 6 octobre 2026.')).toEqual(['2026-10-06 launch']);
  });
});

describe('a decisions table whose rows open with a code', () => {
  it('types each row by its action', () => {
    const table = ['| N° | Décision | Pilote | Échéance |', '|---|---|---|---|', '| D-2026-13 | Supprimer les comptes génériques | BSSI | 31 octobre 2026 |', '| D-2026-14 | Publier la charte de la donnée | MDIA | 1er décembre 2026 |'].join('\n');
    expect(events(table)).toEqual(['2026-10-31 suppression', '2026-12-01 publication']);
  });
});

describe('a newsletter’s masthead', () => {
  it('dates the issue by its number and month, for the dates written without a year', () => {
    const letter = ['   LA LETTRE DES CORRESPONDANTS NUMÉRIQUES DU MINISTÈRE', '   n° 14 – novembre 2026', '', 'La liste de diffusion a été fermée le 31 octobre.'].join('\n');
    // (A document without metadata of its date.)
    const { facts: found } = extractDocument(doc(letter, 'session23', null), new Set());
    expect(dataOf(found, 'event').map((e) => `${e.date.value} ${e.type}`)).toEqual(['2026-10-31 suppression']);
  });
});

describe('work that ends', () => {
  it('is an event of no named kind on its date', () => {
    expect(events('Le projet, démarré en janvier 2024, s’est achevé en décembre 2025.')).toEqual(['2024-01 start', '2025-12 other']);
    expect(events('La migration des derniers sites sera achevée au second semestre 2026.')).toEqual(['2026-07/2026-12 other']);
    expect(events('L’expérimentation a pris fin le 30 juin 2025.')).toEqual(['2025-06-30 other']);
  });

  it('is none for a state', () => {
    expect(events('En 2025, la dématérialisation est presque achevée.')).toEqual([]);
  });
});

describe('a row labelled with a duration in parentheses', () => {
  it('counts in that duration', () => {
    const table = ['Indicateur                  2024      2025', 'Tickets traités           112 000   127 500', 'Délai moyen (jours)           2,8       2,1'].join('\n');
    expect(figures(table)).toEqual(['112000 tickets', '127500 tickets', '2.8 jours', '2.1 jours']);
  });
});

describe('a body’s history', () => {
  it('a merger « pour former l’ANDP » creates the body it names', () => {
    expect(events('Le département fusionne le 1er janvier 2019 avec la mission Algorithmes pour former l’ANDP.')).toEqual(['2019-01-01 merger', '2019-01-01 creation']);
  });

  it('« reprendre son nom » renames it', () => {
    expect(events('En 2021, l’agence est renommée, avant de reprendre son nom d’origine en 2023.')).toEqual(['2021 renaming', '2023 renaming']);
  });
});

describe('the items of a section of decisions or actions', () => {
  const minutes = [
    '## Décisions',
    '',
    '1. Un audit de sécurité sera conduit par l’agence en mai 2026.',
    '2. L’arrêt de l’outil Galaxie est fixé au 30 juin 2027.',
    '3. Le bureau des achats reste chargé du suivi.',
    '',
    '## Contexte',
    '',
    '- Les agents recrutés en 2024 ont été formés.',
  ].join('\n');

  it('are dated events typed by their words, within the section only', () => {
    expect(events(minutes)).toEqual(['2026-05 other', '2027-06-30 suppression']);
  });
});

describe('a committee named in a heading', () => {
  const text = '# Comité de pilotage du programme « Nuage Public » – relevé de décisions\n\nLe comité se réunit chaque trimestre.\n';
  it('keeps the name between guillemets of what it steers, and is what « le comité » means next', () => {
    const committees = dataOf(facts(text), 'committee').map((c) => `${c.name} | ${c.frequency}`);
    expect(committees).toEqual(['Comité de pilotage du programme Nuage Public | null', 'Comité de pilotage du programme Nuage Public | chaque trimestre']);
  });
});

describe('a committee’s participants', () => {
  it('leave out the frequency that closes their list', () => {
    const [committee] = dataOf(facts('Le comité de suivi du projet « Escale » réunit la DNUM et la DAF tous les mois.'), 'committee');
    expect(committee?.participants).toEqual(['la DNUM', 'la DAF']);
    expect(committee?.frequency).toBe('tous les mois');
  });
});

describe('a product given up, and one run since a date', () => {
  it('« abandonné à la même date » removes it; « opéré par … depuis » starts its running', () => {
    expect(events('Le 1er mars 2022, le service a remplacé l’outil FormuLoc, abandonné à la même date.').sort()).toEqual(['2022-03-01 replacement', '2022-03-01 suppression']);
    expect(events('Le service est opéré par l’agence depuis mars 2022.')).toEqual(['2022-03 start']);
    expect(events('Le projet a été abandonné en 2019 faute de financement.')).toEqual(['2019 suppression']);
  });
});

describe('a unit named by a common phrase after who heads it', () => {
  it('is a body', () => {
    expect(orgNames('M. Olivier Tran prend la tête du pôle cybersécurité le 15 décembre 2026.')).toEqual(['pôle cybersécurité']);
  });
});

describe('an aligned table’s row whose cell before the number is an acronym', () => {
  it('counts in its column’s noun, not in the acronym', () => {
    const table = ['Service             Opérateur      Usagers actifs    Satisfaction (%)', 'Subvéo              DPN                    41 300                  88', 'Portail Agents      DIS                     9 800                  76'].join('\n');
    expect(figures(table)).toEqual(['41300 usagers', '88 %', '9800 usagers', '76 %']);
  });
});

describe('an infobox’s field that gives a body’s kind', () => {
  it('names no body', () => {
    const infobox = ['| Agence X | |', '|---|---|', '| Type | Délégation interministérielle |', '| Rattachement | Premier ministre |'].join('\n');
    expect(orgNames(infobox)).toEqual(['Premier ministre']);
    expect(orgNames('Statut : service à compétence nationale\n\nLe service des achats de l’agence conduit les marchés.')).not.toContain('service à compétence nationale');
  });
});

describe('a jury described by who chairs it and whom it gathers', () => {
  it('is a committee', () => {
    const [committee] = dataOf(facts('Le jury, présidé par la déléguée au numérique territorial, réunit des représentants de l’agence et de trois associations d’élus.'), 'committee');
    expect(committee?.name).toBe('jury');
    expect(committee?.participants).toEqual(["des représentants de l'agence", "de trois associations d'élus"]);
  });

  it('is none when only mentioned', () => {
    expect(dataOf(facts('Les lauréats seront désignés par le jury en juin.'), 'committee')).toEqual([]);
  });
});

// Guards from a review of the change (each input gave a wrong fact before its fix).
describe('review: dates and triggers kept to their shape', () => {
  it('a generic participle set off by commas leaves the date to the noun it describes', () => {
    expect(events('La création du service, effectuée le 1er mars 2021, répond à un besoin.')).toEqual(['2021-03-01 creation']);
    expect(events('La fusion des deux directions, opérée le 1er janvier 2020, a simplifié l’organisation.')).toEqual(['2020-01-01 merger']);
  });

  it('no suppression for users’ abandonments, no « née » after a comma, no target « d’ici 3 ans »', () => {
    expect(events('En 2023, 12 % des démarches en ligne ont été abandonnées par les usagers.')).toEqual([]);
    expect(events('L’agence, née en 2010, compte aujourd’hui 300 agents.')).toEqual([]);
    expect(events('En 2025, l’agence prévoit de recruter 40 agents d’ici 3 ans.')).toEqual([]);
  });

  it('no appointment for « devient chef de file » or « responsable du traitement »; « préside » after any name', () => {
    expect(events('En 2024, la France devient chef de file du projet européen.')).toEqual([]);
    expect(events('Le 1er janvier 2025, la DINUM devient responsable du traitement des données.')).toEqual([]);
    expect(events('Depuis janvier 2024, Isabelle Lamballe préside le comité de suivi.')).toEqual(['2024-01 appointment']);
  });

  it('a decisions section only: dated figures and other sections are no steps', () => {
    expect(events('## Mesures\n\n- Voir le rapport de mars 2024 pour le détail.\n')).toEqual([]);
    expect(events('## Décisions\n\n- 2 300 agents formés en 2025\n')).toEqual([]);
  });

  it('a range of quarters after a label is one period', () => {
    expect(dateValues('Phase 1 – T1 2025 – T4 2026')).toEqual(['2025-01/2026-12']);
  });

  it('a reference’s number and date on a line of prose do not date the document', () => {
    const letter = 'Suite à votre demande n° 4512 du 3 mars 2019, voici les éléments.\n\nLe nouveau portail a été ouvert le 12 juin.';
    const { facts: found } = extractDocument(doc(letter, 'session23', null), new Set());
    expect(dataOf(found, 'event').map((e) => e.date.value)).not.toContain('2019-06-12');
  });
});

describe('review: names kept to their shape', () => {
  it('« les représentants du service « X » » leaves X a product; « un bureau de vote est créé dans chaque commune » names no body', () => {
    expect(productNames('Les agents ont rencontré les représentants du service « Carte Grise Express ».')).toEqual(['Carte Grise Express']);
    expect(orgNames('Un bureau de vote est créé dans chaque commune.')).toEqual([]);
    expect(orgNames('Le service public de la donnée est issu de la loi pour une République numérique.')).toEqual([]);
  });

  it('a term « Directeur de 2015 à 2019 : » is no unit', () => {
    const [person] = dataOf(facts('- Directeur de 2015 à 2019 : Jean Dupont\n'), 'person');
    expect(person?.organisation).toBeNull();
  });

  it('a fronted launch needs a verb after the whole name', () => {
    expect(productNames('Lancé en 2018, Démarches simplifiées compte aujourd’hui 12 000 démarches.')).not.toContain('Démarches');
  });

  it('« le comité » of a new section is none of the committees named before', () => {
    const text = 'Mme Durand représente la direction au comité de gouvernance de la donnée.\n\n## Nos instances internes\n\nLe comité se réunit chaque mois et associe les chefs de bureau.\n';
    expect(dataOf(facts(text), 'committee').map((c) => c.name)).toEqual(['comité de gouvernance de la donnée', 'comité']);
  });

  it('a heading committee’s quote runs over entities to the end of its name', () => {
    const text = '# Comité de pilotage du programme &laquo;&nbsp;Nuage Public&nbsp;&raquo; – relevé\n\nLe comité se réunit chaque trimestre.\n';
    const [heading] = facts(text).filter((f) => f.data.kind === 'committee');
    expect(text.slice(heading!.start, heading!.end)).toBe('Comité de pilotage du programme &laquo;&nbsp;Nuage Public&nbsp;&raquo;');
  });
});

describe('review: figures kept to their shape', () => {
  it('an HTML column headed by a measure is no count; counts shaped as years are kept', () => {
    expect(figures('<table>\n<tr><th>Région</th><th>Surfaces</th></tr>\n<tr><td>Bretagne</td><td>420</td></tr>\n</table>')).toEqual([]);
    expect(figures('<table>\n<tr><th>Région</th><th>Dossiers traités</th></tr>\n<tr><td>Bretagne</td><td>2024</td></tr>\n<tr><td>Normandie</td><td>2210</td></tr>\n</table>')).toEqual(['2024 dossiers', '2210 dossiers']);
  });

  it('a row label in capitals counts; an acronym after it does not', () => {
    expect(figures('| Indicateur | 2025 |\n| --- | --- |\n| SITES | 45 |\n| LITS | 120 |')).toEqual(['45 sites', '120 lits']);
  });
});

describe('a report handed in on a date', () => {
  it('is published then; an offer or a prize handed in is not', () => {
    expect(events('Une étude remise en juillet 2024 a évalué le dispositif.')).toEqual(['2024-07 publication']);
    expect(events('Le rapport de l’inspection, remis au ministre le 14 octobre 2025, a été rendu public.')).toContain('2025-10-14 publication');
    expect(events('Le prix lui a été remis le 5 juin 2025.')).toEqual([]);
  });
});
