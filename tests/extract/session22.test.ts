/**
 * Rules of session 22 (each positive case failed on the rules before it; the guards keep the rule to its shape):
 * written for this file, never copied from the evaluation texts.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../pipeline/stages/extract/index.ts';
import { prepareText } from '../../pipeline/stages/extract/text.ts';
import { dataOf, doc, expectExactQuotes } from './helpers.ts';

const facts = (text: string, known: ReadonlySet<string> = new Set()) => {
  const { facts: found } = extractDocument(doc(text, 'session22'), known);
  expectExactQuotes(text, found);
  return found;
};
const organisationNames = (text: string) => dataOf(facts(text), 'organisation').map((o) => o.name);

describe('a title-case name followed by « et » and a common noun', () => {
  it('stops before a noun that opens a phrase of its own', () => {
    const names = organisationNames('Intervention de Léa Morin, cheffe de projet - Programme Orphée et retour sur un exemple de migration au sein des ministères sociaux.');
    expect(names).toContain('Programme Orphée');
    expect(names).not.toContain('Programme Orphée et retour');
  });

  it('still goes on into the noun that ends the name', () => {
    expect(organisationNames('Le pôle Cartes et relevés publie les plans du cadastre.')).toContain('pôle Cartes et relevés');
  });
});

const productNames = (text: string) => dataOf(facts(text), 'product').map((p) => p.name);

describe('a product table’s cell « Name, what it is »', () => {
  const table = [
    '| Projet / produit | Unité porteuse | Jalons |',
    '|---|---|---|',
    '| Lumen, registre des éclairages publics des communes | bureau des réseaux | ouverture : T2 2026 |',
    '| Passerelle Orge, plateforme d’échange de données avec les opérateurs (remplace Silo) | pôle « Données » | S1 2027 |',
    '| Modernisation de la messagerie des agents | bureau des réseaux | 2027 |',
    '| Registre des ouvrages d’art (ROA) | pôle « Données » | T4 2026 |',
  ].join('\n');

  it('is the name before the comma; a project stated as an action is no product', () => {
    const names = productNames(table);
    expect(names).toEqual(expect.arrayContaining(['Lumen', 'Passerelle Orge', 'Registre des ouvrages d’art']));
    expect(names.some((n) => n.startsWith('Lumen,') || n.startsWith('Passerelle Orge,'))).toBe(false);
    expect(names).not.toContain('Modernisation de la messagerie des agents');
  });
});

describe('a product table’s procedures', () => {
  it('are products though their names open with a noun of action', () => {
    const table = ['| Service | Gestionnaire |', '|---|---|', '| Déclaration de capture en ligne | bureau des pêches |', '| Inscription au registre des guides | bureau des guides |'].join('\n');
    expect(productNames(table)).toEqual(expect.arrayContaining(['Déclaration de capture en ligne', 'Inscription au registre des guides']));
  });
});

describe('a name between guillemets that a body runs, or that lets someone do something', () => {
  it('is a product, its operator the body after « par »', () => {
    const found = dataOf(facts('Les usagers prennent rendez-vous avec « Agenda Mairie », conçu en 2022 par la direction des services aux usagers (DSU), et déposent leurs pièces dans « Pièces Faciles », qui permet aux agents de les vérifier.'), 'product');
    expect(found.map((p) => p.name)).toEqual(expect.arrayContaining(['Agenda Mairie', 'Pièces Faciles']));
    expect(found.find((p) => p.name === 'Agenda Mairie')?.operator).toMatchObject({ acronym: 'DSU' });
  });

  it('is no product when it is a body’s or a person’s name, or without such a verb', () => {
    const names = productNames('Le département « Données et usages », piloté par la directrice, a publié « Le guide du référent », adopté par le comité.');
    expect(names).not.toContain('Données et usages');
    expect(names).not.toContain('Le guide du référent');
  });
});

describe('a product table’s cell « Name, what it is (remplace Old) »', () => {
  it('is the name before the comma', () => {
    const table = ['| Produit | Unité porteuse |', '|---|---|', '| Lumen, registre des éclairages publics (remplace Éclair) | bureau des réseaux |'].join('\n');
    expect(productNames(table)).toContain('Lumen');
  });
});

const events = (text: string) => dataOf(facts(text), 'event').map((e) => `${e.date.value} ${e.type}`);

describe('a start-up’s phases as labelled lines', () => {
  it('start on the day, month or quarter given; a span stays a period', () => {
    const text = [
      '### Cadastre Vert',
      '- **Investigation :** mars 2024',
      '- **Construction :** depuis le 2 septembre 2024',
      '- **Accélération :** depuis le premier semestre 2025',
      '',
      '### Bus Rural',
      '- **Investigation :** novembre 2024 – février 2025',
      '- **Construction :** T2 2025',
    ].join('\n');
    expect(events(text).sort()).toEqual(['2024-03 start', '2024-09-02 start', '2024-11/2025-02 other', '2025-01/2025-06 start', '2025-04/2025-06 start']);
  });

  it('leave other labels’ dates as they were', () => {
    expect(events(['- **Comité de sélection :** mars 2024', '- **Bilan :** juin 2024'].join('\n'))).not.toContain('2024-03 start');
  });
});

describe('two dates joined by a dash alone', () => {
  it('are one period when both write their year', () => {
    const found = dataOf(facts('Phase pilote : octobre 2024 – janvier 2025 dans trois départements.'), 'event');
    expect(found.map((e) => e.date.value)).toContain('2024-10/2025-01');
  });

  it('are no event on a document’s own metadata line', () => {
    const text = ['- Couverture temporelle : 1er janvier 2020 – 31 décembre 2024', '- Fréquence de mise à jour : mensuelle', '- Période de référence : 2023'].join('\n');
    expect(events(text)).toEqual([]);
  });
});

describe('a release’s section', () => {
  it('dates by its heading each item that renames, replaces or withdraws', () => {
    const text = [
      '# Notes de version',
      '',
      '### 2.1.0 – 3 mars 2026',
      '',
      '- Nouvel écran de suivi des dossiers.',
      '- Le module « Pièces » est renommé « Justificatifs ».',
      '',
      '### 2.0.0 – 12 janvier 2026',
      '',
      '- Refonte de la page d’accueil.',
      '- L’ancien formulaire papier est supprimé.',
    ].join('\n');
    const found = events(text);
    expect(found).toEqual(expect.arrayContaining(['2026-03-03 renaming', '2026-01-12 suppression']));
  });

  it('does not date so an item that only adds a feature', () => {
    const text = ['### 2.1.0 – 3 mars 2026', '', '- Nouvel écran de suivi des dossiers.', '- Ouverture de l’export des données.', '', '### 2.0.0 – 12 janvier 2026', '', '- Refonte de la page d’accueil.', '- Ajout d’un filtre.'].join('\n');
    expect(events(text).filter((e) => e.startsWith('2026-03-03'))).not.toContain('2026-03-03 launch');
  });
});

const hierarchy = (text: string, known: ReadonlySet<string> = new Set()) =>
  dataOf(facts(text, known), 'hierarchy').map((h) => `${h.child.acronym ?? h.child.name} → ${h.parent.acronym ?? h.parent.name}`);

describe('an arrêté d’organisation', () => {
  const text = [
    'Article 1',
    '',
    'La direction des systèmes et des usages (DSU), direction du secrétariat général du ministère des forêts et des montagnes, conduit la politique numérique du ministère.',
    '',
    'La DSU comprend deux sous-directions :',
    '',
    '1° La sous-direction des applications (SDAP) ;',
    '',
    '2° La sous-direction des réseaux (SDRE) ;',
    '',
    'ainsi que le département des données (DDON), la mission de la stratégie (MSTR) et le bureau du budget (BBUD), directement rattachés au directeur.',
    '',
    'Article 2',
    '',
    'La sous-direction des applications conçoit les téléservices du ministère.',
  ].join('\n');

  it('places a direction apposed as « direction du secrétariat général » under that secretariat', () => {
    expect(hierarchy(text)).toContain('DSU → secrétariat général du ministère des forêts et des montagnes');
  });

  it('places the units a list’s last line adds (« ainsi que … ») under the body that lists them', () => {
    expect(hierarchy(text)).toEqual(expect.arrayContaining(['SDAP → DSU', 'SDRE → DSU', 'DDON → DSU', 'MSTR → DSU', 'BBUD → DSU']));
  });

  it('does not take a direction apposed with a remit for a unit of anything', () => {
    expect(hierarchy('Le Lab Forêt (LABF), direction du numérique par intérim, publie ses jeux de données.').filter((h) => h.startsWith('LABF'))).toEqual([]);
  });
});

describe('a body apposed with its type word and owner', () => {
  it('is placed under the owner though an acronym that does not spell the name stands between', () => {
    const text = 'La direction des usages et de la relation (XQZ), direction du secrétariat général du ministère de la mer, pilote les projets.';
    expect(hierarchy(text).some((h) => /^(?:XQZ|direction des usages et de la relation) → secrétariat général du ministère de la mer$/.test(h))).toBe(true);
  });
});

describe('a unit opening a field’s value, then a ministry', () => {
  it('belongs to that ministry', () => {
    const text = ['- **Sponsor :** direction générale des pêches (DGPEC), ministère de la Mer et des Ports', '- **Statut :** construction'].join('\n');
    expect(hierarchy(text)).toContain('DGPEC → ministère de la Mer et des Ports');
  });

  it('not in an enumeration of peers, nor when another kind of body follows', () => {
    expect(hierarchy('Les partenaires sont la direction générale des pêches (DGPEC), le ministère de la Mer et des Ports et la région.').filter((h) => h.startsWith('DGPEC'))).toEqual([]);
    expect(hierarchy('- Sponsor : direction générale des pêches (DGPEC), Agence des ports (ADP)').filter((h) => h.startsWith('DGPEC'))).toEqual([]);
  });
});

describe('a count statement', () => {
  it('counts the units after « et d’une », « et de deux »', () => {
    const text = ['La DRUM s’articule autour de deux sous-directions et d’une mission :', '  - la sous-direction des usages (SDUS) ;', '  - la sous-direction des réseaux (SDRE) ;', '  - la mission de la stratégie (MSTR), rattachée directement au directeur.'].join('\n');
    expect(hierarchy(text, new Set(['DRUM']))).toEqual(expect.arrayContaining(['SDUS → DRUM', 'SDRE → DRUM', 'MSTR → DRUM']));
  });
});

describe('one of a body’s units', () => {
  it('« X (ACR), l’une des trois missions de la Y »', () => {
    const text = 'Le suivi est confié à la mission Usages et Territoires (MUT), l’une des trois missions de la direction des solidarités numériques (DSOLN).';
    expect(hierarchy(text)).toContain('MUT → DSOLN');
  });

  it('« … s’appuie sur sept pôles, dont le pôle X »', () => {
    const text = 'La délégation régionale au numérique de Provence (DRNP) s’appuie sur sept pôles, dont le pôle départemental du numérique du Var, le plus important du réseau.';
    expect(hierarchy(text)).toContain('pôle départemental du numérique du Var → DRNP');
  });
});

describe('a table’s column of milestones', () => {
  it('gives an event per labelled step, typed by its label', () => {
    const table = [
      '| Projet | Unité porteuse | Jalons |',
      '|---|---|---|',
      '| Portail Rivage (remplace Écume) | bureau des usages | ouverture : T2 2026 ; arrêt d’Écume : 30/09/2026 |',
      '| Alerte Marée | pôle Données | pilote dans 2 ports : S2 2026 |',
      '| Registre des quais | pôle Données | version 1 : mars 2027 |',
    ].join('\n');
    expect(events(table).sort()).toEqual(['2026-04/2026-06 launch', '2026-07/2026-12 start', '2026-09-30 suppression', '2027-03 launch']);
  });

  it('reads a cell that is not written as labelled steps as before', () => {
    const table = ['| Projet | Jalons |', '|---|---|', '| Portail Rivage | T2 2026 |'].join('\n');
    expect(events(table)).toEqual(['2026-04/2026-06 other']);
  });
});

describe('a text wrapped at a fixed width (a PDF’s export)', () => {
  it('goes on after a line ending on an article or a preposition, whatever the next line opens with', () => {
    const text = ['Mesure 4 – Fermer le portail « Infos-Quai », remplacé par Escale, le', '31 mars 2027.'].join('\n');
    expect(events(text)).toContain('2027-03-31 suppression');
  });

  it('does not join lines that close a sentence or a list item', () => {
    const text = ['Le portail a été fermé le 31 mars 2027.', '12 agents y travaillaient.'].join('\n');
    expect(dataOf(facts(text), 'figure').map((f) => f.value)).toContain(12);
    expect(events(text)).toEqual(['2027-03-31 suppression']);
  });
});

describe('a text wrapped at a fixed width throughout', () => {
  const wrapped = [
    '==============================================================',
    'LETTRE DU NUMÉRIQUE DE LA DIRECTION DES PORTS - mars 2026',
    '==============================================================',
    '',
    'Mesure 1 – Lancer l’application mobile « Quai Facile », qui recense les',
    'Capitaineries et les permanences, le 1er février 2027, dans tous les ports.',
    '',
    'Mesure 2 – Ouvrir un guichet unique pour les plaisanciers dans chaque port',
    'de plus de 500 anneaux, avec un agent formé et un poste en libre accès.',
    '',
    'Mesure 3 – Former les agents d’accueil des capitaineries aux démarches en',
    'ligne, en lien avec les associations de plaisanciers et les communes.',
    '',
    'Mesure 4 – Publier chaque année un baromètre de la qualité des démarches',
    'portuaires, commune par commune, avec les délais de traitement constatés.',
  ].join('\n');

  it('joins a full line with the next, whatever it opens with', () => {
    expect(events(wrapped)).toContain('2027-02-01 launch');
  });

  it('keeps a title between rules apart from what follows', () => {
    const sentences = prepareText(wrapped).sentences.map((s) => s.text);
    expect(sentences).toContain('LETTRE DU NUMÉRIQUE DE LA DIRECTION DES PORTS - mars 2026');
  });
});

const committeeNames = (text: string) => dataOf(facts(text), 'committee').map((c) => c.name);

describe('a committee’s name', () => {
  it('in a table, leaves out the acronym after it', () => {
    const table = ['| Instance | Fréquence | Participants |', '|---|---|---|', '| Comité stratégique des données (CSD) | Semestrielle | DNUM, SG |'].join('\n');
    expect(committeeNames(table)).toEqual(['Comité stratégique des données']);
  });
});

describe('a network of people named with a definite article', () => {
  it('is an organisation', () => {
    expect(organisationNames('La mission anime le réseau des correspondants accessibilité ministériels depuis 2021.')).toContain('réseau des correspondants accessibilité ministériels');
    expect(organisationNames('Les crédits du réseau des médiateurs numériques de proximité sont en hausse.')).toContain('réseau des médiateurs numériques de proximité');
  });

  it('not with an indefinite article, a count, or a network of things', () => {
    expect(organisationNames('La DNUM s’appuie sur un réseau de quarante correspondants.').filter(Boolean)).toEqual([]);
    expect(organisationNames('Le réseau des fibres optiques du ministère est renouvelé.')).toEqual([]);
    // (« le réseau des correspondants » alone is any network of correspondents.)
    expect(organisationNames('Le bureau des achats anime le réseau des correspondants.')).not.toContain('réseau des correspondants');
  });
});

describe('an incubator named before what it is', () => {
  it('between guillemets, or with its article at a sentence’s start, or without an article before its owner', () => {
    expect(hierarchy('Le service a été incubé en 2024 par « Estuaire », l’incubateur de services numériques du ministère de la Mer.')).toContain('Estuaire → ministère de la Mer');
    expect(organisationNames('La Passerelle, incubateur du ministère des Ports, a accompagné 12 produits.')).toContain('La Passerelle');
  });

  it('not a product named then another body (« « X », incubateur Y »), nor a place', () => {
    expect(organisationNames('M. Paul Roux, responsable produit de « Quai Net », incubateur Amarre (MTN).')).not.toContain('Quai Net');
    expect(organisationNames('Ensuite, l’incubateur a recruté trois coachs.')).toEqual([]);
  });
});

describe('an office held since a date said before it', () => {
  it('is an appointment on that date', () => {
    expect(events('Ingénieur des ponts, il était depuis 2021 chef du bureau des réseaux de la DNUM, où il a conduit la migration.')).toContain('2021 appointment');
    expect(events('Elle est depuis mars 2023 directrice du programme.')).toContain('2023-03 appointment');
  });

  it('and an act’s date « en date du » gives way to the day the appointment takes effect', () => {
    const text = 'Par arrêté du Premier ministre et de la ministre de la Mer, des Ports et du Littoral en date du 13 novembre 2026, Mme Léa Morin est nommée sous-directrice des réseaux, à compter du 1er décembre 2026.';
    expect(events(text)).toEqual(['2026-12-01 appointment']);
  });
});

describe('an HTML table’s column of counts', () => {
  it('counts in the noun its header names', () => {
    const html = [
      '<table><thead>',
      '<tr><th>Région</th><th>Unité</th><th>Nombre d’agents</th><th>Budget</th></tr>',
      '</thead><tbody>',
      '<tr><td>Bretagne</td><td>Délégation de Bretagne</td><td>7</td><td>2026</td></tr>',
      '<tr><td>Occitanie</td><td>Délégation d’Occitanie</td><td>1 240</td><td>2027</td></tr>',
      '</tbody></table>',
    ].join('\n');
    const figures = dataOf(facts(html), 'figure').map((f) => `${f.value} ${f.unit}`);
    expect(figures).toEqual(expect.arrayContaining(['7 agents', '1240 agents']));
    expect(figures.some((f) => f.startsWith('2026') || f.startsWith('2027'))).toBe(false);
  });
});

describe('a secretariat named after its owner’s acronym', () => {
  it('belongs to the ministry or agency the acronym stands for', () => {
    const text = 'Le ministère des Ports et des Phares (MPP) publie l’inventaire, établi par la direction du numérique (DNum), rattachée au secrétariat général du MPP.';
    expect(hierarchy(text)).toContain('secrétariat général du MPP → MPP');
  });

  it('not to a body of another kind', () => {
    const text = 'La sous-direction des réseaux (SDRE) publie la note. Le secrétariat général du SDRE est assuré par un agent.';
    expect(hierarchy(text).filter((h) => h.startsWith('secrétariat général'))).toEqual([]);
  });
});

describe('an act whose issuer’s title enumerates with commas', () => {
  it('is dated by « en date du »', () => {
    const text = 'Par arrêté du Premier ministre et de la ministre de la Mer, des Ports et du Littoral en date du 13 novembre 2026, Mme Léa Morin est nommée sous-directrice.';
    expect(dataOf(facts(text), 'legal-text').map((l) => `${l.type} ${l.date?.value}`)).toEqual(['arrêté 2026-11-13']);
  });
});

describe('an HTML list item’s name in bold, then a product word', () => {
  it('is a product', () => {
    const html = '<ul>\n<li><strong>Quai Direct</strong>, service de réservation des anneaux en ligne, sera généralisé en 2027.</li>\n<li><strong>Marie Dupont</strong>, cheffe de projet, anime le réseau.</li>\n</ul>';
    const names = productNames(html);
    expect(names).toContain('Quai Direct');
    expect(names).not.toContain('Marie Dupont');
  });
});

describe('what a product replaces, in the active voice', () => {
  it('is a product: an acronym no body bears, or a name between guillemets', () => {
    const text = 'Le portail « Quai Direct », développé par le bureau des usages, a remplacé SIGAP le 30 juin 2025. L’application « Escale », ouverte en 2024, remplace « Amarrage ».';
    expect(productNames(text)).toEqual(expect.arrayContaining(['SIGAP', 'Amarrage']));
  });

  it('is no product when the acronym is a body’s', () => {
    const text = 'La direction des usages (DUS) pilote le portail. Le portail « Quai Direct » remplace la DUS dans ce rôle.';
    expect(productNames(text)).not.toContain('DUS');
  });
});

describe('a count statement and its units', () => {
  it('« trois sous-directions » counts no direction named after it', () => {
    const text = 'La DAF comprend trois sous-directions.\n\nLa direction des usages numériques (DUN) est composée de quatre départements.';
    expect(hierarchy(text, new Set(['DAF'])).filter((h) => h.startsWith('DUN'))).toEqual([]);
  });

  it('a subject the text does not name (« Le service du numérique comprend … ») takes no body named before for parent', () => {
    const text = 'Le bureau des réseaux relève de la sous-direction des infrastructures.\n\nLe service du numérique comprend trois sous-directions.\n\nLa sous-direction des systèmes (SDSY) pilote le projet.';
    const found = hierarchy(text);
    expect(found).toContain('bureau des réseaux → sous-direction des infrastructures');
    expect(found.filter((h) => h.startsWith('SDSY'))).toEqual([]);
  });

  it('an article’s subject, unnamed, is a body (« Article 3 - La sous-direction des usages comprend : »)', () => {
    const text = 'La direction des systèmes (DSY) publie l’arrêté.\n\nArticle 3 — La sous-direction des usages comprend :\n1° Le bureau de l’accueil numérique ;\n2° Le bureau des démarches en ligne.';
    expect(hierarchy(text)).toEqual(expect.arrayContaining(["bureau de l'accueil numérique → sous-direction des usages", 'bureau des démarches en ligne → sous-direction des usages']));
  });
});

describe('more ways to say a unit’s parent', () => {
  it('« qui fait partie du département X »', () => {
    expect(hierarchy('Le pôle Design, qui fait partie du département Produits, accompagne les équipes.')).toContain('pôle Design → département Produits');
  });

  it('« Outre le secrétariat général, l’agence comprend deux directions : »', () => {
    const text = 'L’Agence des ports numériques (APN) opère la plateforme. Outre le secrétariat général, l’APN comprend deux directions : la direction des plateformes et la direction des données.';
    expect(hierarchy(text)).toEqual(expect.arrayContaining(['secrétariat général → APN', 'direction des plateformes → APN']));
  });

  it('« Sous la responsabilité de la X, le bureau du budget … » takes no other bureau for the one it does not name', () => {
    const text = 'La DAM regroupe le bureau des phares et le bureau des ports. Sous la responsabilité de la sous-direction des ressources (SDR), le bureau du budget prépare le projet.';
    expect(hierarchy(text).filter((h) => h.endsWith('→ SDR'))).toEqual([]);
  });
});

describe('a range of two numbers and one unit', () => {
  it('counts the first number in the unit the second writes', () => {
    const found = dataOf(facts('Le délai moyen est passé de 45 à 12 jours ; la flotte passera de 85 à 150 véhicules, entre 3 et 5 ans selon les régions.'), 'figure').map((f) => `${f.value} ${f.unit}`);
    expect(found).toEqual(expect.arrayContaining(['45 jours', '12 jours', '85 véhicules', '150 véhicules', '3 ans', '5 ans']));
  });

  it('not a date’s day nor a money amount’s first half', () => {
    const found = dataOf(facts('Le guichet est ouvert du 3 au 12 mars 2026 ; le budget passe de 2 à 3,5 M€.'), 'figure').map((f) => `${f.value} ${f.unit}`);
    expect(found.some((f) => f.startsWith('3 ') && !f.endsWith('€'))).toBe(false);
  });
});

describe('a person whose role is a « chargé(e) de … »', () => {
  it('is found with the role', () => {
    const people = dataOf(facts('Contact presse : Julie Bernard, chargée de communication\nMarc Petit, chargé d’études, a présenté le bilan.'), 'person').map((p) => `${p.name} | ${p.role}`);
    expect(people).toEqual(expect.arrayContaining(['Julie Bernard | chargée de communication']));
  });
});

describe('review: lines of one length that are no wrapped prose', () => {
  it('a sheet of « Label : value » lines is not joined', () => {
    const sheet = [
      'Fiche produit établie par la mission numérique de la direction des phares',
      'Nom du produit : Balise, portail des phares et balises du littoral atlantique',
      'Responsable : bureau des usages numériques de la direction des phares',
      'Date de lancement : le service est en ligne depuis le 2 septembre 2024',
      'Public visé : les gardiens, les plaisanciers et les communes du littoral',
      'Budget annuel : 1,2 million d’euros de fonctionnement et 400 000 euros',
      'Hébergement : centre de données ministériel de Rennes, offre mutualisée',
      'Statut : en production, ouverture au public prévue au printemps 2026',
      'Contact : la mission numérique de la direction des phares, par courriel',
    ].join('\n');
    const names = organisationNames(sheet).filter(Boolean);
    expect(names.some((n) => /\sNom$|Date de lancement|Public visé/.test(n!))).toBe(false);
  });

  it('a calendar of labelled dates keeps one event per line', () => {
    const calendar = [
      'Article 3 – Calendrier prévisionnel de la consultation lancée par la direction des phares',
      'Date limite de réception des questions des candidats : 25 février 2026',
      'Date limite de réponse aux questions des candidats par l’acheteur : 4 mars 2026',
      'Date limite de remise des offres par les candidats au marché : 16 mars 2026',
      'Audition des candidats retenus à l’issue de l’analyse des offres : 2 avril 2026',
      'Notification du marché au titulaire retenu par la commission : 30 avril 2026',
      'Démarrage des prestations du titulaire du marché de maintenance : 1er juin 2026',
      'Fin de la période de réversibilité avec le titulaire sortant : 30 juin 2026',
      'Réunion de lancement avec le titulaire et la direction des phares : 3 juin 2026',
    ].join('\n');
    expect(events(calendar).length).toBeGreaterThanOrEqual(8);
  });
});

describe('review: events', () => {
  it('a phase label retypes only a date that follows it alone; an ISO day is no span', () => {
    expect(events('- Construction : le comité de suivi a validé la maquette le 3 mars 2025.')).not.toContain('2025-03-03 start');
    expect(events('Source : le comité de pilotage a validé le 3 mars 2025 la nouvelle feuille de route.').length).toBeGreaterThan(0);
    expect(events(['### Phare Vert', '- Investigation : 2024-03-04', '- Construction : 2024-09-02'].join('\n'))).toEqual(['2024-03-04 start', '2024-09-02 start']);
  });

  it('an incise about another body still keeps its date when it does not close before it', () => {
    expect(events('L’agence a succédé à la mission Phares, elle-même issue, en 2011, de la fusion de deux services.')).not.toContain('2011 replacement');
    expect(events('Le bureau des usages a remplacé le pôle Accueil, qui, depuis sa création en 2016, gérait le standard.')).not.toContain('2016 replacement');
  });

  it('« depuis » then an office takes a date alone between them', () => {
    expect(events('Les données sont depuis 2023 sous la responsabilité du délégué à la protection des données.')).not.toContain('2023 appointment');
    expect(events('La France est depuis 2021 chef de file du projet européen.')).not.toContain('2021 appointment');
  });

  it('a release dates no behaviour of its product', () => {
    const text = ['### 2.1.0 – 3 mars 2026', '', '- Nouvel écran.', '', '### 2.0.0 – 12 janvier 2026', '', '- Refonte.', '- Le dossier est fermé automatiquement après six mois sans réponse.'].join('\n');
    expect(events(text)).not.toContain('2026-01-12 suppression');
  });

  it('a milestone that ends a pilot starts nothing', () => {
    const table = ['| Projet | Jalons |', '|---|---|', '| Phare Vert | pilote terminé : T1 2026 ; fin de l’expérimentation : 31/12/2026 |'].join('\n');
    expect(events(table).filter((e) => e.endsWith('start'))).toEqual([]);
  });

  it('dates a dash separates in a list stay dates', () => {
    expect(events('Le comité de suivi s’est réuni à trois reprises (14 mars 2025 – 20 juin 2025 – 10 octobre 2025).').some((e) => e.includes('/'))).toBe(false);
  });
});

describe('review: products, bodies, hierarchy, committees', () => {
  it('a table cell « Name, what it is » quotes the name where it stands; a list of services is no name and description', () => {
    const table = ['| Produit | Unité porteuse |', '|---|---|', '| **Lumen**, registre des éclairages publics | bureau des réseaux |', '| Messagerie, agenda et visioconférence | bureau des réseaux |'].join('\n');
    const found = dataOf(facts(table), 'product');
    expect(found.find((p) => p.name === 'Lumen')).toBeDefined();
    expect(found.map((p) => p.name)).not.toContain('Messagerie');
  });

  it('the title of a law, a label or a guide between guillemets is no product', () => {
    const names = productNames('La loi « Climat et littoral », qui permet aux communes de préempter, a été promulguée. Le label « Port Inclusif », géré par l’agence, distingue 12 ports.');
    expect(names).not.toContain('Climat et littoral');
    expect(names).not.toContain('Port Inclusif');
  });

  it('a city apposed to a type word is no incubator', () => {
    expect(organisationNames('Le projet a été présenté à Marseille, fabrique des territoires numériques, en juin.')).not.toContain('Marseille');
    expect(organisationNames('Le Havre, laboratoire des ports de demain, accueille le salon.')).not.toContain('Le Havre');
  });

  it('a network of people is not named by a participle clause', () => {
    expect(organisationNames('Le document est diffusé au réseau des établissements concernés par la réforme.')).toEqual([]);
  });

  it('a field that lists peers gives no parent; a line’s own attachment wins over the list it closes', () => {
    expect(hierarchy('- Partenaires : direction générale des entreprises (DGE), ministère de l’Intérieur')).toEqual([]);
    const text = ['La direction des usages (DUS) comprend deux sous-directions :', '1° La sous-direction des applications (SDAP) ;', '2° La sous-direction des réseaux (SDRE) ;', 'ainsi que la mission de la stratégie (MSTR), placée auprès du secrétaire général du ministère.'].join('\n');
    expect(hierarchy(text)).not.toContain('MSTR → DUS');
  });

  it('« dont » after a count names a unit of the counted type only', () => {
    expect(hierarchy('La direction des systèmes d’information (DSIF) comprend quatre bureaux, dont la sous-direction des moyens (SDMO) assure la coordination.')).not.toContain('SDMO → DSIF');
  });

  it('a table committee keeps a place in parentheses', () => {
    const table = ['| Instance | Fréquence | Participants |', '|---|---|---|', '| Comité de pilotage (Bretagne) | Trimestrielle | DNUM, SG |'].join('\n');
    expect(committeeNames(table)).toEqual(['Comité de pilotage (Bretagne)']);
  });
});

describe('an act’s list of units', () => {
  it('ends where the next article starts', () => {
    const text = [
      'Article 2',
      '',
      'La sous-direction des projets (SDPR) est composée de deux bureaux :',
      '1° Le bureau des applications métier (BAME) ;',
      '2° Le bureau des démarches en ligne (BDEL).',
      '',
      'Article 3',
      '',
      'Le bureau des affaires générales (BAGE) est rattaché directement au directeur.',
    ].join('\n');
    const found = hierarchy(text);
    expect(found).toEqual(expect.arrayContaining(['BAME → SDPR', 'BDEL → SDPR']));
    expect(found).not.toContain('BAGE → SDPR');
  });
});

describe('a unit attached to the head of a body', () => {
  it('« est rattaché directement au directeur du numérique » places it under that direction', () => {
    const text = 'La direction du numérique (DNUM) comprend deux sous-directions.\n\nLe bureau des affaires générales (BAGE) est rattaché directement au directeur du numérique.';
    expect(hierarchy(text)).toContain('BAGE → direction du numérique');
  });

  it('not « au directeur » alone, which names no body', () => {
    expect(hierarchy('Le bureau des affaires générales (BAGE) est rattaché directement au directeur.')).toEqual([]);
  });
});

describe('a surname opened by a capitalised particle', () => {
  it('is a person’s (« Claire Le Goff », « Marie La Fontaine »), not « Le Ministre »', () => {
    const people = dataOf(facts('Introduction par Claire Le Goff et Paul Morel. Le rapport de Marie La Fontaine est publié. Jean Le Ministre parle.'), 'person').map((p) => p.name);
    expect(people).toEqual(expect.arrayContaining(['Claire Le Goff', 'Marie La Fontaine', 'Paul Morel']));
    expect(people.some((p) => /Ministre/.test(p))).toBe(false);
  });
});
