/**
 * Rules of session 26 (each positive case failed on the rules before it; the guards keep the rule to its shape):
 * written for this file, never copied from the evaluation texts.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../pipeline/stages/extract/index.ts';
import { dataOf, doc, expectExactQuotes } from './helpers.ts';

const facts = (text: string, date: string | null = '2024-06-01') => {
  const { facts: found } = extractDocument(doc(text, 'session26', date), new Set());
  expectExactQuotes(text, found);
  return found;
};
const committees = (text: string) => dataOf(facts(text), 'committee').map((c) => ({ name: c.name, frequency: c.frequency, participants: c.participants }));

describe('a committee described on a line of fields set off by dashes', () => {
  it('ends its name at the first dash, its participants at the next, and reads « 3 fois par an »', () => {
    const line = 'Gouvernance\n\nComité d’orientation des données – présidé par le directeur général – réunit les chefs de service et la déléguée à la protection des données – 3 fois par an – priorités de la feuille de route\n';
    expect(committees(line)).toEqual([
      { name: "Comité d'orientation des données", frequency: '3 fois par an', participants: ['les chefs de service', 'la déléguée à la protection des données'] },
    ]);
  });

  it('keeps a hyphenated word in a name, and a dash inside a sentence of prose', () => {
    expect(committees('Le comité franco-allemand du numérique se réunit deux fois par an.').map((c) => c.name)).toEqual(['comité franco-allemand du numérique']);
    expect(committees('Le comité de suivi réunit les directeurs - et eux seuls - chaque trimestre.').map((c) => [c.name, c.frequency])).toEqual([['comité de suivi', 'chaque trimestre']]);
  });
});

const links = (text: string) =>
  dataOf(facts(text), 'hierarchy').map((h) => `${h.child.acronym ?? h.child.name} → ${h.parent.acronym ?? h.parent.name}`);

describe('a section numbered « 2.2. » or « III – » that names a unit', () => {
  const section = (heading: string) =>
    `${heading}\nElle gère les réseaux et les serveurs du ministère.\nBureaux :\n- bureau des réseaux locaux (BRL) ;\n- bureau de l'hébergement (BHE).\n`;

  it('heads its section in plain text and in markdown, whatever its number', () => {
    for (const heading of ['3.1. Sous-direction des réseaux et de l’hébergement (SDRH)', '3.1 Sous-direction des réseaux et de l’hébergement (SDRH)', '## 2. Sous-direction des réseaux et de l’hébergement (SDRH)', 'IV – Sous-direction des réseaux et de l’hébergement (SDRH)']) {
      expect(links(section(heading)), heading).toEqual(['BRL → SDRH', 'BHE → SDRH']);
    }
  });

  it('leaves a line that opens with a number and a word in lowercase, or a count, as it was', () => {
    expect(links(section('2.5 millions d’agents sont servis par la sous-direction des réseaux (SDR).'))).toEqual([]);
  });
});

describe('a type word followed by a present participle', () => {
  it('names no unit: « Service conduisant la procédure : »', () => {
    const orgs = dataOf(facts('1.2 Service conduisant la procédure : le bureau des achats numériques (BAN), du service du numérique (SNUM).\n'), 'organisation').map((o) => o.name);
    expect(orgs).not.toContain('Service conduisant');
    expect(orgs).toContain('bureau des achats numériques');
  });
});

describe('numbered sections of a reorganisation memo', () => {
  const memo = [
    '2.3. Sous-direction de la commande publique (SDCP)',
    'Elle comprend : le bureau des marchés (BMA), le bureau des achats durables (BAD) et le bureau des contrats (BCO).',
    '2.4. Mission du contrôle interne (MCI)',
    'Rattachée au directeur, la MCI vérifie les procédures.',
    '3. UNITÉS SUPPRIMÉES',
    '- Le département des marchés (DMA) est supprimé le 1er janvier 2027.',
    '',
  ].join('\n');

  it('gives the sous-direction the bureaux its « Elle comprend : » enumerates, and ends its section at the next number of its depth', () => {
    const found = links(memo);
    expect(found).toEqual(expect.arrayContaining(['BMA → SDCP', 'BAD → SDCP', 'BCO → SDCP']));
    expect(found.filter((l) => /^(?:MCI|DMA) →/.test(l))).toEqual([]);
  });

  it('does not place in a section the unit it was before (« X devient … »), nor what merges within another', () => {
    const renamed = '2.2. Sous-direction des réseaux (SDR)\nLe département des réseaux (DRE) devient, le 1er janvier 2027, la sous-direction des réseaux.\n';
    expect(links(renamed)).toEqual([]);
    const merged = 'Le bureau des imprimantes et le bureau des copieurs, qui relevaient du département de la production (DPR), fusionnent au sein du bureau des équipements (BEQ).\n';
    expect(links(merged).filter((l) => l.startsWith('DPR'))).toEqual([]);
  });
});

describe('an event of a pronoun whose clause names a body in a complement', () => {
  const subjects = (text: string) => dataOf(facts(text), 'event').map((e) => `${e.date.value} ${e.type} ${e.subject?.acronym ?? e.subject?.name ?? '—'}`);

  it('is the pronoun\'s body: « Elle relève du ministère X et a été créée le … »', () => {
    expect(subjects('La délégation aux services en ligne (DSL) est une administration centrale. Elle relève du ministère de la Culture et a été créée le 2 mai 2022.')).toEqual(['2022-05-02 creation DSL']);
  });

  it('leaves an impersonal « Il est créé auprès du ministère X une mission … » to the rules before', () => {
    const found = subjects('La direction des affaires culturelles (DAC) pilote la réforme. Il est créé auprès du ministère de la Culture, le 2 mai 2022, une mission des usages (MU).');
    expect(found).toHaveLength(1);
    expect(found[0]).not.toMatch(/DAC$/);
  });
});

describe('team cards: a heading that is a name, then a line that is a role', () => {
  const people = (text: string) => dataOf(facts(text), 'person').map((p) => `${p.name} | ${p.role ?? '—'}`);

  it('reads the person and the role, in markdown and in HTML cards, any first name in a run where one is of the lexicon', () => {
    expect(people('## L’équipe\n\n### Julie Karadec\n\nCheffe du pôle Cartographie\n\n### Malo Penhouët\n\nResponsable des partenariats\n')).toEqual([
      'Julie Karadec | Cheffe du pôle Cartographie',
      'Malo Penhouët | Responsable des partenariats',
    ]);
    expect(people('<article>\n  <h3>Julie Karadec</h3>\n  <p>Directrice de l’incubateur</p>\n</article>\n<article>\n  <h3>Malo Penhouët</h3>\n  <p>Chef de projet</p>\n</article>\n')).toEqual([
      "Julie Karadec | Directrice de l'incubateur",
      'Malo Penhouët | Chef de projet',
    ]);
  });

  it('reads no person from a heading followed by a line that is not a role, nor from one card without a known first name', () => {
    expect(people('### Ysaline Karadec\n\nUne carte des sentiers littoraux.\n')).toEqual([]);
    expect(people('### Guichet Numérique\n\nResponsable des démarches en ligne\n')).toEqual([]);
    expect(people('### Julie Karadec\n\nResponsable des démarches en ligne\n')).toEqual(['Julie Karadec | Responsable des démarches en ligne']);
  });
});

describe('a proper name that its sentence says is a unit', () => {
  const orgs = (text: string) => dataOf(facts(text), 'organisation').map((o) => `${o.name} (${o.type})`);

  it('is an organisation of that type, placed in the body the sentence names', () => {
    const text = 'Kerlab est un département de la direction des usages numériques (DUN). Depuis 2022, Hublot Data est le laboratoire de données de la DUN. Atelier Marée est l’incubateur de services numériques du secrétariat général.';
    expect(orgs(text)).toEqual(expect.arrayContaining(['Kerlab (département)', 'Hublot Data (institut)', "Atelier Marée (incubateur)"]));
    expect(links(text)).toEqual(expect.arrayContaining(['Kerlab → DUN', 'Hublot Data → DUN', 'Atelier Marée → secrétariat général']));
  });

  it('is nothing when the sentence opens with a pronoun, a person or a place, or says it is a service or a programme', () => {
    for (const text of [
      'Elle est un département de la direction des usages numériques (DUN).',
      'Julie Karadec est la directrice de la direction des usages numériques (DUN).',
      'Rennes est la ville où siège la direction des usages numériques (DUN).',
      'Mercator est le service cartographique de la direction des usages numériques (DUN).',
      'Cap Data est un programme de la direction des usages numériques (DUN).',
      'La Guyane est un département d’outre-mer où la direction des usages numériques (DUN) a ouvert une antenne.',
    ]) {
      const opening = text.split(' est ')[0]!.replace(/^(?:La|Le)\s+/, '');
      expect(orgs(text).filter((o) => o.startsWith(opening)), text).toEqual([]);
    }
  });
});

describe('review of session 26: the cases each rule above must leave alone', () => {
  const subjects = (text: string) => dataOf(facts(text), 'event').map((e) => `${e.type} ${e.subject?.acronym ?? e.subject?.name ?? '—'}`);
  const people = (text: string) => dataOf(facts(text), 'person').map((p) => `${p.name} | ${p.role ?? '—'}`);

  it('keeps an event in a clause of the body a pronoun\'s complement names as that body\'s', () => {
    expect(subjects('La direction du numérique (DNUM) pilote les projets. Elle relève du secrétariat général (SG) qui a été créé le 1er mars 2015.')).toEqual(['creation SG']);
    expect(subjects('La direction du numérique (DNUM) pilote les projets. Elle succède à la mission Etalab (MET) dont la suppression est intervenue le 1er janvier 2020.')).toContain('suppression MET');
  });

  it('ends a numbered section at a later number of its scheme only: not at a list numbered inside it, and at the next roman numeral', () => {
    expect(links('3.1. Sous-direction de la commande publique (SDCP)\nElle pilote les achats.\n1. Bureau des marchés (BMA)\n2. Bureau des achats durables (BAD)\n')).toEqual(['BMA → SDCP', 'BAD → SDCP']);
    expect(links('I. – La sous-direction des achats (SDA)\nElle conduit les marchés.\nII. – Le service des affaires juridiques (SAJ)\nIl conseille les directions.\n')).toEqual([]);
  });

  it('places a unit that merged with another before, and a unit renamed into another unit, as the rules say', () => {
    expect(links('Le bureau des achats (BAC), qui a fusionné avec le bureau des marchés en 2020, est placé au sein de la sous-direction de la commande publique (SDCP).')).toContain('BAC → SDCP');
    expect(links('Sous-direction des réseaux (SDR)\nElle gère les réseaux du ministère.\n- Le bureau des réseaux locaux (BRL) est inchangé.\n- Le bureau des serveurs (BSE) devient le bureau de l’hébergement (BHE).\n')).toEqual(['BRL → SDR', 'BSE → SDR']);
    // (A unit the line closes is not placed there.)
    expect(links('Sous-direction des réseaux (SDR)\nElle gère les réseaux du ministère.\n- Le bureau des serveurs (BSE) est supprimé le 1er mars 2027.\n')).toEqual([]);
  });

  it('reads no section number from a count in lowercase (« 3 pôles territoriaux »)', () => {
    expect(links('Sous-direction des achats (SDA)\nElle conduit les marchés de l’administration centrale.\n3 pôles territoriaux (PTA) relèvent en revanche du secrétariat général (SG).\n')).not.toContain('PTA → SDA');
  });

  it('reads « 12 fois par an » whole, and keeps participants set off by dashes in prose', () => {
    expect(committees('Le comité de pilotage se réunit 12 fois par an.')[0]?.frequency).toBe('12 fois par an');
    expect(committees("Le comité de pilotage réunit les directeurs d'administration centrale – DINUM, DGFiP et DGE – ainsi que les préfets de région.")[0]?.participants.join(' ')).toMatch(/préfets de région/);
  });

  it('reads no person from cards of units or of jobs, and quotes a card from its name', () => {
    expect(people('## Organigramme\n### Bureau Budget\nChef de bureau\nJulie Martin\n### Cellule Achats\nResponsable de la cellule\nPaul Durand\n')).not.toContain('Bureau Budget | Chef de bureau');
    expect(people('### Data Scientist\nChargé de mission données\n### Product Owner\nChef de projet numérique\n')).toEqual([]);
    const card = '<article>\n  <h3>Julie Martin</h3>\n  <p>Directrice de l’incubateur</p>\n</article>\n';
    expect(facts(card).filter((f) => f.data.kind === 'person').map((f) => f.quote)).toEqual(['Julie Martin</h3>\n  <p>Directrice de l’incubateur']);
  });
});
