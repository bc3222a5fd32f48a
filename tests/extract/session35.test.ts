/**
 * Session 35: more of the places where texts say which unit belongs to which body (hierarchy recall). Every sentence
 * written for this file, in the genre's shapes, never copied from the evaluation texts.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../pipeline/stages/extract/index.ts';
import { findOrgMentions } from '../../pipeline/stages/extract/org-mentions.ts';
import { prepared } from '../../pipeline/stages/extract/text.ts';
import { dataOf, doc, expectExactQuotes } from './helpers.ts';

/** « child → parent » of each hierarchy fact of a text, by acronym where the mention has one. */
function links(text: string): string[] {
  const { facts } = extractDocument(doc(text), new Set());
  expectExactQuotes(text, facts);
  return dataOf(facts, 'hierarchy').map((h) => `${h.child.acronym ?? h.child.name} → ${h.parent.acronym ?? h.parent.name}`);
}

/** The names of the organisation mentions of a text. */
const names = (text: string) => findOrgMentions(prepared(text)).mentions.map((m) => m.name ?? m.acronym);

/** « name: organisation » of each person of a text. */
function employers(text: string): string[] {
  const { facts } = extractDocument(doc(text), new Set());
  return dataOf(facts, 'person').map((p) => `${p.name}: ${p.organisation ? (p.organisation.acronym ?? p.organisation.name) : '—'}`);
}

describe('an adverb between the verb of attachment and the parent', () => {
  it('« relève également de », « rattaché hiérarchiquement à », « relève administrativement du »', () => {
    expect(links('Le pôle Accessibilité relève également de la DSIN ; il est animé par Mme Claire Dupuis.')).toEqual(['pôle Accessibilité → DSIN']);
    expect(links('Le bureau des outils (BO) est rattaché hiérarchiquement à la sous-direction des systèmes (SDS).')).toEqual(['BO → SDS']);
    expect(links('Le pôle Données relève administrativement du secrétariat général et fonctionnellement de la DNUM.')).toEqual(['pôle Données → secrétariat général']);
  });
  it('still reads no attachment from a verb that says something else', () => {
    expect(links('Le pôle Accessibilité travaille également avec la DSIN.')).toEqual([]);
  });
});

describe('a person’s credit: « Prénom Nom, rôle, unité (ACR), ministère »', () => {
  it('attaches the unit after the role to the larger bodies after it', () => {
    expect(links('- Paul Martin, chargé de mission, DNRA (direction du numérique rural et agricole), ministère de l’Agriculture')).toEqual([
      "DNRA → ministère de l'Agriculture",
    ]);
    expect(links('- Léa Roux, architecte, département des infrastructures (DI), direction du numérique (DNUM), ministère de la Mer')).toEqual([
      'DI → DNUM',
      'DNUM → ministère de la Mer',
    ]);
  });
  it('ranks an acronym the text defines as its definition’s body (« cheffe du pôle X, DNUM, ministère Y »)', () => {
    expect(links('La direction du numérique (DNUM) pilote le projet.\n- Léa Roux, cheffe du pôle Données, DNUM, ministère de la Mer')).toEqual([
      'pôle Données → DNUM',
      'DNUM → ministère de la Mer',
    ]);
  });
  it('attaches nothing when the body after the unit is not larger', () => {
    expect(links('- Léa Roux, architecte, direction du numérique (DNUM), bureau des achats (BA)')).toEqual([]);
  });
  it('reads a lowercase unit after people’s names or a role when a larger body follows it', () => {
    expect(links('Retour d’expérience par Léa Roux et Paul Vidal, mission des archives – ministères sociaux')).toEqual(['mission des archives → ministères sociaux']);
    expect(links('Présentation par Léa Roux, cheffe de projet, mission des archives – ministère de la Culture.')).toEqual(['mission des archives → ministère de la Culture']);
  });
  it('reads no unit after a name when no larger body follows it', () => {
    expect(links('Selon Léa Roux, la direction du budget assure le suivi.')).toEqual([]);
    expect(links('Léa Roux, mission des archives, a présenté le bilan.')).toEqual([]);
  });
  it('gives the person the body right after the role', () => {
    expect(employers('Mme Léa Roux, cheffe de projet, pôle Données, a présenté le bilan.')).toEqual(['Léa Roux: pôle Données']);
    expect(employers('- Paul Martin, chargé de mission, DNRA (direction du numérique rural et agricole), ministère de l’Agriculture')).toEqual(['Paul Martin: DNRA']);
  });
  it('gives none when no body follows the comma', () => {
    expect(employers('Jean Morel, directeur, et la DINUM ont signé la convention.')).toEqual(['Jean Morel: —']);
  });
});

describe('bodies set apart by dashes on a line of their own, or in a table cell', () => {
  it('from the largest to the smallest', () => {
    expect(links('| Ministère de la Cohésion et des Aînés – direction du numérique (DNUM) | Paul Ribeiro, directeur du numérique |')).toEqual([
      'DNUM → Ministère de la Cohésion et des Aînés',
    ]);
    expect(links('- Ministère de la Mer – Direction des affaires maritimes (DAM) – Bureau des pêches (BP)')).toEqual(['DAM → Ministère de la Mer', 'BP → DAM']);
  });
  it('under a signature, a body « of » another then its unit, the address joined to the line', () => {
    expect(links('Claire Morel\nDirection des systèmes d’information (DSI) de l’ONEP – pôle Relation usagers\nclaire.morel@onep.gouv.fr')).toContain(
      'pôle Relation usagers → DSI',
    );
  });
  it('not in prose, nor when the ranks do not follow each other', () => {
    expect(links('Le pôle Données – présenté plus haut – et la direction du budget travaillent ensemble.')).toEqual([]);
    expect(links('- Direction des affaires maritimes (DAM) – Bureau des pêches (BP) – Ministère de la Mer')).toEqual([]);
  });
});

describe('the people met, listed under the body they work for', () => {
  it('attaches the unit a person heads to the body named on the line before the list', () => {
    expect(
      links(
        '**Délégation interministérielle à la transformation numérique (DITN)**\n\n- M. Paul Durand, délégué interministériel\n- Mme Céline Arnoux, cheffe du département des plateformes et de la tutelle des opérateurs\n- M. Rodolphe Kessler, chargé de la tutelle des opérateurs',
      ),
    ).toEqual(['département des plateformes et de la tutelle des opérateurs → DITN']);
    expect(
      links('Direction générale des entreprises artisanales (DGEA) :\n  - Mme Pauline Arcelin, directrice générale adjointe\n  - M. Lionel Hautecoeur, chef du service des systèmes d’information (SSI)'),
    ).toEqual(['SSI → DGEA']);
  });
  it('attaches nothing under a label that names no body, nor a programme a person directs', () => {
    expect(links('Personnes rencontrées :\n\n- Mme Céline Arnoux, cheffe du département des plateformes')).toEqual([]);
    expect(links('Direction générale des entreprises artisanales (DGEA) :\n  - Mme Camille Ostrowski, directrice du programme Passeport Artisan')).toEqual([]);
  });
  it('leaves a unit whose own body follows it on the line to the credit rule', () => {
    expect(links('Direction générale des entreprises artisanales (DGEA) :\n  - M. Paul Vidal, chef du bureau de l’accueil (BA), direction des étrangers (DE)')).toEqual(['BA → DE']);
  });
});

describe('a chain of bodies from a ministry down, set apart by bare commas', () => {
  it('an address’s chain, capitalised or not, on a line of its own or in a sentence', () => {
    expect(links('Ministère de la Culture, Direction générale des patrimoines, Service des musées de France\nAdresse : 182 rue Saint-Honoré')).toEqual([
      'Direction générale des patrimoines → Ministère de la Culture',
      'Service des musées de France → Direction générale des patrimoines',
    ]);
    expect(links('Nom et adresse de l’acheteur : Ministère de la Culture, Direction générale des patrimoines (DGP), 182 rue Saint-Honoré, 75001 Paris')).toEqual([
      'DGP → Ministère de la Culture',
    ]);
    expect(links('Le ministère de la Mer, secrétariat général, sous-direction des systèmes d’information, représenté par M. Paul Durand, d’une part,')).toEqual([
      'secrétariat général → ministère de la Mer',
      "sous-direction des systèmes d'information → secrétariat général",
    ]);
  });
  it('keeps a name whose parts are set apart by commas (« pôle Études, Conseil et Qualité »)', () => {
    const { facts } = extractDocument(doc('Le pôle Études, Conseil et Qualité des données rend ses avis au directeur.'), new Set());
    expect(dataOf(facts, 'organisation').map((o) => o.name)).toContain('pôle Études, Conseil et Qualité des données');
  });
  it('not an enumeration with articles, nor bodies of the same rank', () => {
    expect(links('Ont participé : le ministère de la Culture, la direction du budget et le service des achats.')).toEqual([]);
    expect(links('Ministère de la Culture, Ministère des Armées, Ministère de l’Intérieur')).toEqual([]);
  });
  it('reads no body in the part a service plays in a procedure (« service prescripteur »)', () => {
    expect(links('Le ministère de la Mer, service prescripteur, publie l’avis.')).toEqual([]);
  });
});

describe('a masthead: bodies stacked on the first lines, each under the larger one above it', () => {
  it('reads a line that is a unit’s name whole under a body’s line', () => {
    expect(links('MINISTÈRE DU TRAVAIL ET DE L’EMPLOI\nSecrétariat général\nDirection des systèmes d’information et du numérique\n\nCOMPTE RENDU DU COMITÉ')).toEqual([
      "Secrétariat général → MINISTÈRE DU TRAVAIL ET DE L'EMPLOI",
      "Direction des systèmes d'information et du numérique → Secrétariat général",
    ]);
    expect(links('Ministère de la Mer\nDirection des affaires maritimes\nBureau des pêches\n\nParis, le 3 mars 2025')).toEqual([
      'Direction des affaires maritimes → Ministère de la Mer',
      'Bureau des pêches → Direction des affaires maritimes',
    ]);
  });
  it('not a line of prose under a body’s line', () => {
    expect(links('Ministère de la Mer\nDirection des affaires maritimes et bureau des pêches se réunissent.')).toEqual([]);
  });
});

describe('the head of a unit « au » or « à la » a larger body', () => {
  it('links the unit to the body after « au », « à la », with or without acronyms', () => {
    expect(links('b) Le chef du service de l’information géographique (SIG) au commissariat général aux territoires (CGT), ou son représentant ;')).toEqual(['SIG → CGT']);
    expect(links('M. Paul Roy, chef du bureau des achats au secrétariat général du ministère de la Mer')).toContain('bureau des achats → secrétariat général du ministère de la Mer');
    expect(links('Mme Léa Roux, cheffe du bureau des achats (BA) à la direction du budget (DB), a présenté le bilan.')).toEqual(['BA → DB']);
  });
  it('not a programme a person directs, nor a body of the same rank', () => {
    expect(links('La directrice du programme Atlas au ministère de la Mer a présenté le bilan.')).toEqual([]);
    expect(links('Le directeur de la direction du budget (DB) à la direction des achats (DAE) a signé.')).toEqual([]);
  });
});

/** « name (type, operator) » of each product of a text. */
function products(text: string): string[] {
  const { facts } = extractDocument(doc(text), new Set());
  expectExactQuotes(text, facts);
  return dataOf(facts, 'product').map((p) => `${p.name} (${p.type ?? '—'}, ${p.operator ? (p.operator.acronym ?? p.operator.name) : '—'})`);
}

describe('products named after « service », « authentification », « agenda »', () => {
  it('a service with a capitalised name that a body runs or that lets users do something is a product, not a unit', () => {
    expect(products('Le service Mon Permis Pêche, opéré par le DPM, permettra de déposer en ligne une demande.')).toEqual(['Mon Permis Pêche (service, —)']);
    expect(products('Nous ouvrions aux communes le service Déclare Facile, qui permet à une mairie de déposer sa demande.')).toEqual(['Déclare Facile (service, —)']);
    expect(names('Le service Déclare Facile permet à une mairie de déposer sa demande.')).toEqual([]);
  });
  it('a unit with a capitalised remit stays a unit', () => {
    expect(names('Le service Achats et marchés assure la passation des marchés.')).toEqual(['service Achats et marchés']);
    expect(names('Le service des Affaires juridiques, rattaché au secrétariat général, traite les recours.')).toContain('service des Affaires juridiques');
  });
  it('the name after a qualified product word ends before « opéré par », set off by emphasis or not', () => {
    expect(products('Le portail s’appuiera sur le service d’identification **MonCompte Santé** opéré par l’Agence du numérique en santé (ANS).')).toEqual([
      'MonCompte Santé (service, ANS)',
    ]);
  });
  it('« l’authentification X », « le système d’authentification X », « l’agenda partagé X »', () => {
    expect(products('Le service s’appuiera sur l’authentification Sésame Pro et sur l’API Navires.')).toEqual(['Sésame Pro (authentification, —)', 'API Navires (API, —)']);
    expect(products('Les agents utilisent la messagerie électronique et l’agenda partagé Colibri Mail.')).toEqual(['Colibri Mail (agenda, —)']);
  });
  it('not a feature or a plan written with a capital (« Authentification OAuth2 »), nor a lowercase phrase', () => {
    expect(products('| 2.0 | 1er juillet 2025 | Authentification OAuth2, ajout de la classe climat |')).toEqual([]);
    expect(products('L’authentification forte est obligatoire ; consultez l’agenda des Rencontres nationales.')).toEqual([]);
  });
});

describe('a nomination’s formula: the body the office heads, « au » a larger body', () => {
  it('« nommé directeur du X au secrétariat général du ministère Y »', () => {
    expect(links('M. Paul Durand est nommé directeur du numérique et des systèmes d’information au secrétariat général du ministère de la Forêt, à compter du 16 mars 2026.')).toEqual([
      "direction du numérique et des systèmes d'information → secrétariat général du ministère de la Forêt",
      'secrétariat général du ministère de la Forêt → ministère de la Forêt',
    ]);
  });
  it('not when the body after « au » is no larger than the office’s', () => {
    expect(links('Mme Léa Roux est nommée déléguée aux données à la direction générale des territoires (DGT).')).toEqual([]);
  });
});

describe('a fronted attachment after a status and a creation date', () => {
  it('« Établissement public créé le … et placé sous la tutelle du ministère X, l’agence … »', () => {
    expect(links('Établissement public administratif créé le 1er juillet 2023 et placé sous la tutelle du ministère de la Forêt, l’ANEF conçoit les services numériques.')).toEqual([
      'ANEF → ministère de la Forêt',
    ]);
    expect(links('Créé en 2021 et rattaché au secrétariat général, le pôle Données (PD) pilote les projets.')).toEqual(['PD → secrétariat général']);
  });
});

describe('a ministry’s name runs on through its lowercase adjectives', () => {
  it('« Affaires étrangères », « Affaires maritimes », « Sécurité intérieure »', () => {
    expect(names('Le ministère de l’Europe et des Affaires étrangères publie le guide.')).toEqual(["ministère de l'Europe et des Affaires étrangères"]);
    expect(names('Le ministère du Littoral et des Affaires maritimes publie le guide.')).toEqual(['ministère du Littoral et des Affaires maritimes']);
    expect(names('Le ministère de la Sécurité intérieure et des Territoires publie le guide.')).toEqual(['ministère de la Sécurité intérieure et des Territoires']);
    expect(names('Le ministère des Armées et des Anciens combattants publie le guide.')).toEqual(['ministère des Armées et des Anciens combattants']);
  });
  it('still ends a name before a verb (« Le pôle Achats gère … »)', () => {
    expect(names('Le pôle Achats gère les marchés du ministère.')).toEqual(['pôle Achats']);
  });
});

describe('a body created « auprès de » another', () => {
  it('is placed with it', () => {
    expect(links('La cellule interministérielle de coordination (CIC) est créée par le décret n° 97-1043 du 12 novembre 1997, auprès du Commissariat à la réforme administrative (CRA).')).toEqual([
      'CIC → CRA',
    ]);
    expect(links('La mission Données (MD), créée en 2020 auprès de la direction générale des territoires (DGT), publie le guide.')).toEqual(['MD → DGT']);
  });
  it('gives way to an attachment the text states besides', () => {
    expect(links('La mission Données (MD), créée en 2020 auprès de la direction générale des territoires (DGT), est rattachée au secrétariat général (SG).')).toEqual(['MD → SG']);
  });
  it('not « auprès de » in another sentence', () => {
    expect(links('La mission Données (MD) est créée. Elle travaille auprès de la direction générale des territoires (DGT).')).toEqual([]);
  });
});

describe('a path of bodies set apart by slashes (« SG/DNUM/SDSI »)', () => {
  const defined = 'Le secrétariat général (SG), la direction du numérique (DNUM) et la sous-direction des systèmes d’information (SDSI) sont cités. ';
  it('each body a unit of the one before it, acronyms ranked by their definitions', () => {
    expect(links(`${defined}Le projet est suivi par SG/DNUM/SDSI.`)).toEqual(['DNUM → SG', 'SDSI → DNUM']);
  });
  it('not a URL’s path, nor two bodies of the same rank', () => {
    expect(links(`${defined}Voir https://www.example.gouv.fr/DNUM/SDSI pour le détail.`)).toEqual([]);
    expect(links('La direction du numérique (DNUM) et la direction des achats (DAE) copilotent : DNUM/DAE.')).toEqual([]);
  });
});

describe('a minister « chargé de » a remit names no body', () => {
  it('reads no « ministère chargé du numérique » from « sous la tutelle du ministre chargé du numérique »', () => {
    const text = 'L’Office de l’identité numérique (OIN), établissement public placé sous la tutelle du ministre chargé du numérique, délivre les titres.';
    expect(links(text)).toEqual([]);
    expect(names(text)).not.toContain('ministère chargé du numérique');
  });
  it('still reads a ministry the text names as such, and a minister of a named ministry', () => {
    expect(links('Les données viennent de la direction des ressources fiscales (DRF) du ministère chargé des comptes publics.')).toEqual([
      'DRF → ministère chargé des comptes publics',
    ]);
    expect(links('L’Office de l’identité numérique (OIN), établissement public placé sous la tutelle du ministre de l’Intérieur, délivre les titres.')).toEqual([
      "OIN → ministère de l'Intérieur",
    ]);
  });
});

describe('what a body is to another, or a function inside one, written like a name', () => {
  it('« Ministère de tutelle » (an infobox’s label), « secrétariat de direction », « direction métier » name no body', () => {
    expect(names('| Ministère de tutelle | Ministère de la Mer |')).toEqual(['Ministère de la Mer']);
    expect(names('Le secrétariat de direction assure l’accueil.')).toEqual([]);
    expect(names('Les directions métier et la direction métier du ministère sont associées.')).toEqual([]);
  });
  it('still reads a secretariat or a direction with a name', () => {
    expect(names('Le secrétariat général de la direction (SGD) assure l’accueil.')).toEqual(['secrétariat général de la direction']);
  });
});
