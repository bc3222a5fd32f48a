/**
 * Rules of session 27 (each positive case failed on the rules before it; the guards keep the rule to its shape):
 * written for this file, never copied from the evaluation texts.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../pipeline/stages/extract/index.ts';
import { dataOf, doc, expectExactQuotes } from './helpers.ts';

const facts = (text: string, date: string | null = '2024-06-01') => {
  const { facts: found } = extractDocument(doc(text, 'session27', date), new Set());
  expectExactQuotes(text, found);
  return found;
};
const links = (text: string) =>
  dataOf(facts(text), 'hierarchy').map((h) => `${h.child.acronym ?? h.child.name} → ${h.parent.acronym ?? h.parent.name}`);

describe('units counted by a noun of no type (« quatre subdivisions », « trois entités »)', () => {
  const act = (lead: string) =>
    `Article 2\n\n${lead}\n1° Le bureau des études ;\n2° Le département des réseaux ;\n3° La mission « Qualité des données » ;\n4° Le secrétariat général.\n\nArticle 3\n\nLe bureau du budget est rattaché au directeur.\n`;

  it('gives the body every unit of the list that follows the colon, of whatever type', () => {
    expect(links(act("L'agence des réseaux de l'État comprend quatre subdivisions :"))).toEqual([
      "bureau des études → agence des réseaux de l'État",
      "département des réseaux → agence des réseaux de l'État",
      "mission Qualité des données → agence des réseaux de l'État",
      "secrétariat général → agence des réseaux de l'État",
    ]);
    expect(links(act("L'agence des réseaux de l'État est organisée en quatre entités :"))).toHaveLength(4);
  });

  it('says nothing of which units when no list follows', () => {
    expect(links("L'agence des réseaux de l'État compte trois structures. Le bureau des études publie un rapport chaque année.")).toEqual([]);
  });
});

describe('a staff count before the units (« compte 290 agents et quatre départements : »)', () => {
  it('still counts the units and gives them to the body', () => {
    const text = 'La direction des outils numériques (DON) compte 290 agents et trois départements :\n\n- le département des infrastructures (DI) ;\n- le département des applications (DAP) ;\n- le département des usages (DU).\n';
    expect(links(text)).toEqual(['DI → DON', 'DAP → DON', 'DU → DON']);
  });

  it('does not make a count of a staff figure alone', () => {
    expect(links('La direction des outils numériques (DON) compte 290 agents.\n\n- le département des infrastructures (DI) ;\n')).toEqual([]);
  });
});

describe('an acronym of syllables defined in parentheses (« DiTraN »)', () => {
  it('is the acronym of the name whose words its capitals open', () => {
    const orgs = dataOf(facts('La direction de la transformation numérique (DiTraN) du ministère de la Mer compte 80 agents. La DiTraN publie son bilan.'), 'organisation');
    expect(orgs.some((o) => o.name === 'direction de la transformation numérique' && o.acronym === 'DiTraN')).toBe(true);
    expect(orgs.filter((o) => o.acronym === 'DiTraN' && o.name === null)).toHaveLength(1);
  });

  it('is no acronym when its capitals do not open the words', () => {
    const orgs = dataOf(facts('La direction de la transformation numérique (DiMaP) publie son bilan.'), 'organisation');
    expect(orgs.map((o) => o.acronym)).not.toContain('DiMaP');
  });
});

describe('an attachment written with « aujourd’hui » and no verb (« X, aujourd’hui rattaché à Y »)', () => {
  it('links the unit to its present parent', () => {
    expect(links('Le bureau des réseaux (BR), aujourd’hui rattaché à la direction des infrastructures (DI), sera transféré.')).toContain('BR → DI');
  });
});

describe('a unit added to the counted ones after a dash (« – ainsi que la mission X »)', () => {
  it('is the body’s unit too', () => {
    const text = 'La direction des achats (DA) comprend deux sous-directions - la sous-direction des marchés (SDM) et la sous-direction des contrats (SDC) - ainsi que la mission de l’audit interne (MAI).';
    expect(links(text)).toEqual(['SDM → DA', 'SDC → DA', 'MAI → DA']);
  });
});

describe('a body that joins another (« devient un programme de la Y », « rejoint la Y »)', () => {
  it('links the subject to the body it joins', () => {
    expect(links('En 2023, le pôle Données devient un programme de la sous-direction des usages (SDU).')).toEqual(['pôle Données → SDU']);
    expect(links('- **mars 2021** : création de la direction des finances (DF) ; le bureau des achats (BA) rejoint la DF.')).toContain('BA → DF');
  });

  it('leaves a person who moves, and a network joined, alone', () => {
    expect(links('Le directeur de la direction des finances (DF) rejoint la Cour des comptes.')).toEqual([]);
    expect(links('La direction des finances (DF) rejoint le réseau des acheteurs publics.')).toEqual([]);
  });
});

const products = (text: string) => dataOf(facts(text), 'product').map((p) => p.name);

describe('products named in a list set off by dashes or parentheses after a plural product word', () => {
  it('are each a product, whatever the words between', () => {
    expect(products('Le programme doit remplacer les trois applications anciennes de l’agence des aides (ADA) – Moisson, Grain Vert et Silo – par une chaîne unique.')).toEqual(['Moisson', 'Grain Vert', 'Silo']);
    expect(products('La direction exploite ses deux plateformes de services (Passe Agent et Atelier) depuis 2021.')).toEqual(['Passe Agent', 'Atelier']);
  });

  it('leaves dashes that set off places or people, and a plain plural, alone', () => {
    expect(products('Les outils seront déployés dans trois régions – Bretagne, Normandie et Occitanie – en 2025.')).toEqual([]);
    expect(products('Les applications sont maintenues par l’équipe.')).toEqual([]);
  });
});

describe('a product name read past the end of its sentence', () => {
  it('ends at the full stop before a sentence’s first word', () => {
    expect(products('Les exploitants y accèdent par le portail MonEspace Agri. Le deuxième lot a été ouvert en 2024.')).toEqual(['MonEspace Agri']);
  });
});

describe('a committee whose members « siègent » in it', () => {
  it('is described by that sentence and by the next one’s pronoun', () => {
    const found = dataOf(facts('Le réseau est piloté par un comité de coordination de neuf membres, où siègent notamment la DINUM et l’ANSSI ; il se réunit chaque trimestre.'), 'committee');
    expect(found.map((c) => [c.name, c.frequency])).toEqual([['comité de coordination', 'chaque trimestre']]);
  });
});

const people = (text: string) => dataOf(facts(text), 'person').map((p) => [p.name, p.role]);

describe('people: an elided surname, a signatory whose office holds commas, two people sharing a plural role', () => {
  it('reads « N’Diaye-Roux » whole', () => {
    expect(people('La clôture est assurée par Fabrice N’Diaye-Roux, chef du pôle Médiation numérique.')).toEqual([['Fabrice N’Diaye-Roux'.replace('’', "'"), 'chef du pôle Médiation numérique']]);
  });

  it('reads a signature whose office runs over commas to the end of its line', () => {
    const text = 'Par le Premier ministre :\n\nLe ministre de l’économie, des finances et de l’industrie,\nGaspard Lemoine\n';
    expect(people(text)).toEqual([['Gaspard Lemoine', "ministre de l'économie, des finances et de l'industrie"]]);
  });

  it('gives each of two people their plural role', () => {
    expect(people('L’équipe compte Clémence Durand et Théo Martin, développeurs ; Nadia Roux, designer.')).toEqual([
      ['Clémence Durand', 'développeur'],
      ['Théo Martin', 'développeur'],
      ['Nadia Roux', 'designer'],
    ]);
  });
});

const events = (text: string) => dataOf(facts(text), 'event').map((e) => `${e.date.value} ${e.type}`);

describe('a main verb after a date that opens the sentence and a participle set off by commas', () => {
  it('takes the opening date, the participle keeping its own', () => {
    const found = events('Le 1er mars 2026, le bureau des études (BE), créé en 2019 au sein de la direction, deviendra par ailleurs le département des études (DE).');
    expect(found).toContain('2026-03-01 renaming');
    expect(found).toContain('2019 creation');
    expect(found).not.toContain('2019 renaming');
  });

  it('gives no date to the main verb when only the participle has one', () => {
    const found = events('Le bureau des études (BE), créé en 2019 au sein de la direction, deviendra le département des études (DE).');
    expect(found).toEqual(['2019 creation']);
  });
});

describe('guards found by the review of session 27', () => {
  it('gives no units to a body whose « structures partenaires » or next paragraph follow a count', () => {
    expect(links('La direction du numérique (DN) compte trois structures partenaires : la direction générale des entreprises (DGE), la direction du budget (DB) et la délégation à l’emploi (DE).')).toEqual([]);
    const text = 'La direction des services numériques (DSN) comprend deux unités :\n\n- le bureau des études ;\n- le bureau des données.\n\nLa direction générale des entreprises (DGE) pilote le plan.\n';
    expect(links(text)).toEqual(['bureau des études → DSN', 'bureau des données → DSN']);
  });

  it('links no body that takes a unit in, nor two directions working together', () => {
    expect(links('Au 1er janvier 2025, la direction des achats (DA) intègre le bureau des marchés (BM).')).toEqual([]);
    expect(links('La direction des achats (DA) rejoint la direction du budget (DB) pour copiloter le chantier.')).toEqual([]);
  });

  it('keeps a participle’s own complement and a coordinated participle dated by it', () => {
    expect(events('La direction du numérique (DNUM), créée en 2020 par la fusion du bureau des réseaux et du bureau des applications, pilote les projets.')).toContain('2020 merger');
    expect(events('Le bureau des études, créé en 2019 et renommé bureau de la prospective, a été supprimé en 2023.')).not.toContain('2023 renaming');
  });

  it('reads no product from places, bodies or first names set off after a plural product word', () => {
    expect(products('Les applications des ministères – Intérieur, Justice et Armées – seront migrées en 2025.')).toEqual([]);
    expect(products('Les plateformes des trois académies (Lyon, Grenoble et Clermont) ont été mutualisées.')).toEqual([]);
    expect(products('Les trois outils de la mission sont développés par l’équipe – Claire, Paul et Anne – depuis 2022.')).toEqual([]);
  });

  it('gives two people no cut plural role', () => {
    expect(people('Le plan a été présenté par Claire Dubois et Marc Petit, directeurs adjoints de la direction des achats, le 3 mars.').filter(([, role]) => role === 'directeur')).toEqual([]);
  });
});
