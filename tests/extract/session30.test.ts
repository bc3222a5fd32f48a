/**
 * Rules of session 30 (each positive case failed on the rules before it; the guards keep the rule to its shape):
 * written for this file, never copied from the evaluation texts.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../pipeline/stages/extract/index.ts';
import type { SourceDocument } from '../../pipeline/types/domain.ts';
import { dataOf, doc, expectExactQuotes } from './helpers.ts';

const facts = (text: string, date: string | null = '2024-06-01') => {
  const source: SourceDocument = doc(text, 'session30', date);
  const { facts: found } = extractDocument(source, new Set());
  expectExactQuotes(text, found);
  return found;
};
const links = (text: string) => dataOf(facts(text), 'hierarchy').map((h) => `${h.child.acronym ?? h.child.name} → ${h.parent.acronym ?? h.parent.name}`);
const events = (text: string) => dataOf(facts(text), 'event').map((e) => `${e.date.value} ${e.type}`);
const products = (text: string) => dataOf(facts(text), 'product').map((p) => p.name);
const committees = (text: string) => dataOf(facts(text), 'committee').map((c) => `${c.name} [${c.participants.join(' | ')}]`);

describe('a reorganisation note’s chart', () => {
  const opening = 'La direction des usages et des réseaux (DUR) est rattachée au secrétariat général.\n\nLa DUR reste dirigée par M. Paul Morin, directeur des usages et des réseaux.';

  it('reads the units a pronoun’s body « est désormais organisée en »', () => {
    const text = `${opening} Elle est désormais organisée en deux sous-directions :\n\n  a) la sous-direction des réseaux (SDR), dirigée par Mme Anne Vidal ;\n  b) la sous-direction des usages (SDU).\n`;
    expect(links(text)).toEqual(expect.arrayContaining(['SDR → DUR', 'SDU → DUR']));
    // (Without the adverb the rule was already there; with another body named before, the pronoun is still the DUR's.)
    expect(links(text.replace(' désormais', ''))).toEqual(expect.arrayContaining(['SDR → DUR', 'SDU → DUR']));
  });

  it('attaches « X lui est directement rattachée » to the body whose units were just listed', () => {
    const text = `${opening} Elle comprend deux sous-directions :\n\n- la sous-direction des réseaux (SDR) ;\n- la sous-direction des usages (SDU).\n\nLa mission de la sécurité numérique (MSN) lui est directement rattachée ; elle est confiée à M. Hugo Lenoir.\n`;
    expect(links(text)).toContain('MSN → DUR');
    // (No pronoun: nothing attached by this rule.)
    expect(links(text.replace(' lui est directement rattachée', ' est confiée à un chef de projet'))).not.toContain('MSN → DUR');
  });

  it('reads a line « ACR : trois bureaux, à savoir le bureau A (BA), … » as that body’s units', () => {
    const text = `${opening} Elle comprend la sous-direction des réseaux (SDR) et la sous-direction des usages (SDU).\n\nLe détail des bureaux est le suivant :\n\n- SDR : trois bureaux, à savoir le bureau des réseaux câblés (BRC), le bureau de l’hébergement (BH) et le centre de support numérique (CSN) ;\n- SDU : le bureau des démarches (BD) et le pôle accueil (PA) ; la SDU gère aussi l'application Sillage.\n`;
    const found = links(text);
    expect(found).toEqual(expect.arrayContaining(['BRC → SDR', 'BH → SDR', 'CSN → SDR', 'BD → SDU', 'PA → SDU']));
    // (A line that defines an acronym, « SDR : sous-direction des réseaux », lists no unit; nor does a line whose
    // words after the colon are prose.)
    expect(links('- DUR : la direction des usages et des réseaux ;\n- SDR : assure le suivi du bureau des réseaux câblés (BRC).\n')).toEqual([]);
  });

  it('moves a unit « passe sous l’autorité de » another, past an incise on its former attachment', () => {
    const text = `${opening} Elle comprend la sous-direction des réseaux (SDR).\n\nLe 1er janvier 2026, le service à compétence nationale « Centre de calcul de Brest » (CCB), jusqu'ici rattaché directement au directeur, passe sous l'autorité de la SDR.\n`;
    expect(links(text)).toContain('CCB → SDR');
    expect(links(text)).not.toContain('CCB → DUR');
  });

  it('reads an agency « , opérateur placé sous la tutelle du ministère »', () => {
    expect(links('Nous recevons la directrice générale de l’Agence nationale des routes numériques (ANRN). L’agence, opérateur placé sous la tutelle du ministère de la Mobilité, reçoit une subvention.')).toContain(
      'ANRN → ministère de la Mobilité',
    );
  });
});

describe('events', () => {
  it('dates a body « avait été constitué en 2014 », not an apposition nor a composition', () => {
    expect(events('Le groupement « Routes partagées » (GRP) avait été constitué en 2014 par douze régions.')).toEqual(['2014 creation']);
    expect(events('Le comité est constitué de huit membres depuis sa création.')).toEqual([]);
    expect(events('Groupement constitué en 2012 entre l’État et dix départements, le groupement X accompagne 400 communes.').filter((e) => e.startsWith('2012'))).toEqual([]);
  });

  it('reads « Depuis le 3 avril 2023, l’agence est dirigée par Mme X » as an appointment', () => {
    expect(events('L’Agence des cartes (ADC) est un établissement public. Depuis le 3 avril 2023, l’agence est dirigée par Mme Claire Martin.')).toContain('2023-04-03 appointment');
    // (Not a body « dirigée par » another body.)
    expect(events('Depuis le 3 avril 2023, la mission est dirigée par la direction du budget.')).not.toContain('2023-04-03 appointment');
  });
});

describe('products in a table’s cell « **Name** – what it does »', () => {
  it('keeps the name before the dash', () => {
    const table = '| Projet | Porteur | Montant |\n|---|---|---|\n| **Relevé-Eau** – télérelève des forages | Préfecture du Gard | 800 000 € |\n| **Veille Feux** – détection des départs de feux | Préfecture du Var | 1 000 000 € |\n';
    expect(products(table)).toEqual(['Relevé-Eau', 'Veille Feux']);
  });
});

describe('committees', () => {
  it('ends a name before a verb in the imperfect and a size « de neuf chercheurs »', () => {
    const text = 'Présidé par Mme Odile Marchal, le comité de sélection réunissait sept membres :\n\n- M. Paul Dubois, chef du bureau des achats ;\n- Mme Anne Leroy, personnalité qualifiée.\n\nUn conseil scientifique de neuf chercheurs, réuni chaque semestre, rend des avis.\n';
    const found = committees(text);
    expect(found).toContain('comité de sélection [M. Paul Dubois, chef du bureau des achats | Mme Anne Leroy, personnalité qualifiée]');
    expect(found.some((c) => c.startsWith('conseil scientifique ['))).toBe(true);
    expect(found.join('\n')).not.toMatch(/réunissait|chercheurs/);
  });
});

describe('charts in other shapes', () => {
  it('reads a slide’s plain « Organigramme » line over a list, and « • Rattachée au … » under a title naming the body', () => {
    const deck =
      'Diapositive 1\nStratégie 2027\nDirection des services en ligne (DSEL)\n\nDiapositive 2\nLa DSEL en bref\n• Créée en 2022\n• Rattachée au secrétariat général du ministère (SGMX)\n• 120 agents\n\nDiapositive 3\nOrganigramme\n• Directeur : Paul Morin\n• Sous-direction des usages (SDU)\n   – Bureau des démarches (BD)\n• Sous-direction de la donnée (SDD)\n';
    const found = links(deck);
    expect(found).toEqual(expect.arrayContaining(['SDU → DSEL', 'SDD → DSEL', 'BD → SDU', 'DSEL → SGMX']));
    // (A title that names no units, « Chiffres clés », attaches nothing.)
    expect(links(deck.replace('Organigramme', 'Chiffres clés'))).not.toContain('SDU → DSEL');
  });

  it('reads a path « SG › DX › SDY » and the units named « aux côtés de » one attached', () => {
    expect(links('**Affectation :** secrétariat général (SG) › direction des usages (DU) › sous-direction des produits (SDP)\n')).toEqual(
      expect.arrayContaining(['DU → SG', 'SDP → DU']),
    );
    const beside = 'Le bureau des cartes (BC) est l’un des trois bureaux de la sous-direction des produits (SDP), aux côtés du bureau des démarches (BD) et du bureau de l’accueil (BA).';
    expect(links(beside)).toEqual(expect.arrayContaining(['BC → SDP', 'BD → SDP', 'BA → SDP']));
    // (Bodies of another type beside it are partners, not units: « aux côtés de la direction Y ».)
    expect(links(beside.replace('du bureau des démarches (BD)', 'de la direction du budget (DB)'))).not.toContain('DB → SDP');
  });

  it('reads « compte un nouveau pôle : le pôle X », without counting one pôle in all', () => {
    const found = facts('Depuis mars 2026, la mission des données (MDX) compte un nouveau pôle : le pôle « Cartes » (PC). Il réunit 7 agents.');
    expect(dataOf(found, 'hierarchy').map((h) => `${h.child.acronym} → ${h.parent.acronym}`)).toContain('PC → MDX');
    expect(dataOf(found, 'unit-count')).toEqual([]);
  });

  it('reads a delegation’s « 1° Au sein de la sous-direction X : » and the units its items name', () => {
    const text =
      'Art. 3. - Délégation est donnée aux agents désignés ci-après :\n1° Au sein de la sous-direction des applications (SDA) :\n- M. Paul Morin, chef du département des usagers (DUS) ;\n2° Au sein de la sous-direction de la production (SDPR) :\n- Mme Anne Roy, cheffe du bureau de la sécurité (BSEC).\n';
    const found = links(text);
    expect(found).toEqual(expect.arrayContaining(['DUS → SDA', 'BSEC → SDPR']));
    expect(found).not.toContain('BSEC → SDA');
    expect(found).not.toContain('SDPR → SDA');
  });
});

describe('people in a Journal officiel summary', () => {
  it('completes « … - Mme ROUSSEL (Manon) » read by its office with the given name after it', () => {
    const people = dataOf(facts('Texte 8 - Arrêté du 21 novembre 2026 portant nomination de la cheffe du service du numérique en santé - Mme ROUSSEL (Manon)\n'), 'person');
    expect(people.map((p) => `${p.name} (${p.role})`)).toEqual(['Manon Roussel (cheffe du service du numérique en santé)']);
  });
});

describe('shared text reading', () => {
  it('keeps « Janv. 2023 », « 1er oct. 2024 » in one sentence with the month’s abbreviation', () => {
    expect(events('Jalons\n• Janv. 2023 – Création de la direction des services (DSER)\n• 1er oct. 2024 – Nomination de Mme Anne Roy, directrice\n')).toEqual(['2023-01 creation', '2024-10-01 appointment']);
    expect(events('Le service a été créé en janv. 2023.')).toEqual(['2023-01 creation']);
  });

  it('reads no ministry in an addressee list’s next line (« … des ministères ⏎ Mesdames et Messieurs les préfets »)', () => {
    const orgs = dataOf(facts('Le Premier ministre\n\nà\n\nMesdames et Messieurs les secrétaires généraux des ministères\nMesdames et Messieurs les préfets de région\n'), 'organisation');
    expect(orgs.map((o) => o.name)).toEqual([]);
    // (Members after the type word on its line still are: « les programmes France Services et Action cœur de ville ».)
    expect(dataOf(facts('Il pilote les programmes France Services et Action cœur de ville.'), 'organisation').map((o) => o.name)).toEqual([
      'programme France Services',
      'programme Action cœur de ville',
    ]);
  });
});

describe('products on an exported slide', () => {
  it('reads the items under a plain « Produits phares » line, a note in parentheses after it or not', () => {
    const slide = 'Diapositive 6\nProduits phares\n• Carte’Club – aide à l’adhésion des jeunes – SDU\n• Registria – registre national des licences – SDD\n\nDiapositive 7\nChiffres clés\n• Budget : 12 M€\n';
    expect(products(slide)).toEqual(['Carte\'Club', 'Registria']);
    expect(products(slide.replace('Produits phares', 'Produits (portés par le DPN)'))).toEqual(['Carte\'Club', 'Registria']);
    // (Another title over the same list names none.)
    expect(products(slide.replace('Produits phares', 'Partenaires'))).toEqual([]);
  });
});

describe('starts', () => {
  it('reads « prend effet le … » as a start, as « entre en vigueur »', () => {
    expect(events('Art. 5. - Le présent arrêté prend effet le 1er décembre 2026.')).toEqual(['2026-12-01 start']);
    expect(events('La réforme prendra effet au 1er janvier 2027 pour la direction des achats.')).toEqual(['2027-01-01 start']);
  });

  it('reads a job posting’s « Poste à pourvoir : » among its dated fields as a start', () => {
    expect(events('**Poste à pourvoir :** 1er mars 2027\n**Date limite de candidature :** 15 janvier 2027\n')).toContain('2027-03-01 start');
  });
});

describe('names and acronyms', () => {
  const orgs = (text: string) => dataOf(facts(text), 'organisation').map((o) => `${o.name ?? ''}${o.acronym ? ` (${o.acronym})` : ''}`);

  it('ends a name before « fusionne avec » and before « en sous-directions et bureaux »', () => {
    expect(orgs('Le département Appui aux agents fusionne avec la mission Courrier pour former le département des Outils partagés.')).toEqual(
      expect.arrayContaining(['département Appui aux agents', 'mission Courrier']),
    );
    expect(orgs('Vu l’arrêté du 3 juin 2024 portant organisation de la direction des usages numériques en sous-directions et bureaux ;')).toEqual([
      'direction des usages numériques',
    ]);
  });

  it('reads « long name – ACR, apposition » when the long name spells the acronym', () => {
    expect(orgs('Le marché est passé pour le compte de la Direction de la pêche et des ressources marines – DPRM, direction d’administration centrale du ministère de la Mer.')).toContain(
      'Direction de la pêche et des ressources marines (DPRM)',
    );
    // (An acronym the name before does not spell is another body: « ministère de l’Intérieur - DGCL, pôle X ».)
    expect(orgs('Le ministère de l’Intérieur - DGCL, pôle finances, publie.')).not.toContain('ministère de l’Intérieur (DGCL)');
  });
});

describe('antecedents', () => {
  it('reads a pronoun after a renaming as the body under its new name', () => {
    const text = 'Au 1er janvier 2027, le pôle « Usages » de la délégation aux territoires (DTX) deviendra le département « Usages et services » (DUS) de la DTX. Fort de 14 agents, il comprendra deux bureaux : le bureau des démarches et le bureau des données locales.';
    expect(links(text)).toEqual(expect.arrayContaining(['bureau des démarches → DUS', 'bureau des données locales → DUS']));
    expect(links(text)).not.toContain('bureau des démarches → pôle Usages');
  });

  it('attaches a unit named by its acronym alone « au sein de » a body, but not what merges there', () => {
    const defined = 'La mission « Cartes et territoires » (MCT) publie des cartes. La délégation aux territoires (DTX) anime le réseau.\n\n';
    expect(links(`${defined}Mme Laure Quintin a été nommée cheffe de la MCT, au sein de la DTX, à compter du 2 novembre 2026.`)).toContain('MCT → DTX');
    expect(links(`${defined}- 19 décembre 2013 : fusion de la MCT et du bureau des cartes au sein de la DTX.`)).not.toContain('MCT → DTX');
  });
});

describe('more products', () => {
  it('reads « trois produits développés en interne : » and a « progiciel X »', () => {
    const text = 'Le socle repose sur le progiciel Paiement RH, paramétré par la délégation, et sur deux produits développés en interne :\n- Orbite Paie, module de calcul de la paie ;\n- Mon portail RH, portail en ligne ouvert aux agents.\n';
    expect(products(text)).toEqual(['Paiement RH', 'Orbite Paie', 'Mon portail RH']);
    // (« les produits à livrer sont les suivants : » lists supplies.)
    expect(products('Les produits à livrer sont les suivants :\n- Rapport final ;\n- Guide utilisateur.\n')).toEqual([]);
  });

  it('reads a name with the « e- » prefix in apposition, never its capitalised end alone', () => {
    expect(products('Le service souhaite exploiter e-Pêches, le service en ligne de déclaration des captures.')).toEqual(['e-Pêches']);
  });
});

describe('slides: figures and committees', () => {
  it('counts « sur 70 recensées » in the noun counted before it', () => {
    const figures = dataOf(facts('• 62 démarches en ligne sur 70 recensées\n'), 'figure').map((f) => `${f.value} ${f.unit}`);
    expect(figures).toEqual(['62 démarches', '70 démarches']);
  });

  it('reads a committee’s sheet as a nested list, its frequency from a sub-item', () => {
    const slide = 'Gouvernance\n• Comité des produits\n   – Mensuel\n   – DND, incubateur, responsables de produit\n• Comité stratégique du numérique (CSN)\n   – Semestriel, présidé par la secrétaire générale\n';
    expect(committees(slide).map((c) => c.replace(/ \[.*$/, ''))).toEqual(['Comité des produits', 'Comité stratégique du numérique']);
    expect(dataOf(facts(slide), 'committee').map((c) => c.frequency)).toEqual(['mensuel', 'semestriel']);
    // (Without a sub-item on how often it meets, a bare « Comité des produits » item says nothing of a committee.)
    expect(committees('Ordre du jour\n• Comité des produits\n   – point d’étape\n')).toEqual([]);
  });
});

describe('gatherings', () => {
  it('dates « Les Rencontres nationales … se tiendront le … » (the plural of « se tiendra »)', () => {
    expect(events('Les Rencontres nationales du numérique se tiendront le 28 janvier 2027 à Lyon.')).toEqual(['2027-01-28 other']);
    expect(events('Les journées de la donnée se tiennent le 4 mars 2027 à Paris.')).toEqual(['2027-03-04 other']);
  });

  it('ends a noun trigger’s complement before a reflexive verb (no « donnée se tient » as what the event is about)', () => {
    expect(dataOf(facts('Le forum des usages numériques se tient le 4 mars 2027 à Paris.'), 'event').map((e) => e.subject_name)).toEqual(['usages numériques']);
  });
});
