/**
 * Session 34: where units are attached in prose (hierarchy recall). Every sentence written for this file, in the
 * genre's shapes, never copied from the evaluation texts.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../pipeline/stages/extract/index.ts';
import { findOrgMentions } from '../../pipeline/stages/extract/org-mentions.ts';
import { prepared } from '../../pipeline/stages/extract/text.ts';
import { normalise } from '../../pipeline/stages/normalise/index.ts';
import type { Fact } from '../../pipeline/types/domain.ts';
import { dataOf, doc, expectExactQuotes } from './helpers.ts';

/** « child → parent » of each hierarchy fact of a text, by acronym where the mention has one. */
function links(text: string): string[] {
  const { facts } = extractDocument(doc(text), new Set());
  expectExactQuotes(text, facts);
  return dataOf(facts, 'hierarchy').map((h) => `${h.child.acronym ?? h.child.name} → ${h.parent.acronym ?? h.parent.name}`);
}

const names = (text: string) => findOrgMentions(prepared(text)).mentions.map((m) => m.name ?? m.acronym);

describe('a unit defined with its acronym, then « de la » a lowercase direction', () => {
  it('reads the direction as the unit’s parent (it was no body before: lowercase, unnamed)', () => {
    expect(links('Le contrôle est assuré par le bureau des contrôles (BC) de la direction des finances locales.')).toEqual(['BC → direction des finances locales']);
    expect(links('Les marchés sont suivis par le pôle Achats (PA) de la direction du budget.')).toEqual(['PA → direction du budget']);
  });
  it('still leaves an activity alone (« assure la direction des travaux »)', () => {
    expect(names('Le chef du bureau des études (BE) assure la direction des travaux de rénovation.')).toEqual(['bureau des études']);
  });
});

describe('« Au sein de la direction X, le pôle A et la cellule B »', () => {
  it('attaches every unit listed after the comma, not the first one only', () => {
    expect(links('Au sein de la direction générale des achats, le pôle Marchés et la cellule Qualité se partagent le travail.')).toEqual([
      'pôle Marchés → direction générale des achats',
      'cellule Qualité → direction générale des achats',
    ]);
    expect(links('Au sein de la DAJ, le pôle Marchés, la cellule Qualité et le bureau Contentieux se partagent le travail.')).toEqual([
      'pôle Marchés → DAJ',
      'cellule Qualité → DAJ',
      'bureau Contentieux → DAJ',
    ]);
  });
  it('does not attach a body the sentence names as a partner, after a verb', () => {
    expect(links('Au sein de la DAJ, le pôle Marchés travaille avec le bureau Contentieux.')).toEqual(['pôle Marchés → DAJ']);
  });
});

describe('a count of units after a body: « crée au sein de la délégation trois départements »', () => {
  it('ends the body’s name before the count', () => {
    const found = names('Un arrêté crée au sein de la délégation générale au numérique trois départements : le département « Achats » (DA) et le département « Budget » (DB).');
    expect(found).toContain('délégation générale au numérique');
    expect(found.some((n) => /trois/.test(n ?? ''))).toBe(false);
  });
});

describe('a name ends at a middle dot or a bullet', () => {
  it('« Rédaction : bureau X (BX) de la sous-direction Y · Diffusion : … »', () => {
    expect(links('Rédaction : bureau des études (BE) de la sous-direction des applications · Diffusion : membres du comité')).toEqual(['BE → sous-direction des applications']);
  });
});

describe('« X (ACR), lui-même rattaché à Y »', () => {
  it('reads the attachment after the reflexive pronoun', () => {
    expect(links('Le bureau des études (BE), lui-même rattaché à la sous-direction des ports, instruit les demandes.')).toEqual(['BE → sous-direction des ports']);
    expect(links('La mission des données (MD), elle-même placée auprès de la direction générale des territoires, publie le rapport.')).toEqual(['MD → direction générale des territoires']);
  });
});

describe('a person’s credit: « cheffe du pôle X, délégation Y (DY), ministère Z »', () => {
  it('attaches each body of the credit to the larger one after it', () => {
    expect(links('- Mme Claire Dupont, responsable du pôle Usagers, délégation au numérique (DELNUM), ministère des Solidarités actives')).toEqual([
      'pôle Usagers → DELNUM',
      'DELNUM → ministère des Solidarités actives',
    ]);
  });
  it('attaches nothing when the bodies do not grow towards the end of the line', () => {
    expect(links('- M. Paul Vidal, chef du bureau de l’accueil (BA), ministère de l’Intérieur, direction des étrangers')).toEqual([]);
  });
});

describe('a proper name that opens with a capitalised article', () => {
  it('« l’incubateur La Ruche », « le laboratoire Le Phare »', () => {
    expect(names('La plateforme a été conçue par l’incubateur La Ruche.')).toEqual(['incubateur La Ruche']);
    expect(names('Il dirige le laboratoire Le Phare depuis 2020.')).toEqual(['laboratoire Le Phare']);
    expect(links('La direction régionale du numérique (DRN) pilote le projet. La plateforme a été conçue par l’incubateur La Ruche de la DRN.')).toContain('incubateur La Ruche → DRN');
  });
  it('not a lowercase article after the type word (« le bureau la semaine dernière »)', () => {
    expect(names('Il a rejoint le bureau la semaine dernière.')).toEqual([]);
  });
});

describe('« le ministère chargé de X »', () => {
  it('is a ministry, named by its remit, and the parent of the unit before it', () => {
    expect(names('Le ministère chargé du numérique a publié un guide.')).toEqual(['ministère chargé du numérique']);
    expect(links('Les données viennent de la direction des ressources fiscales (DRF) du ministère chargé des comptes publics.')).toEqual([
      'DRF → ministère chargé des comptes publics',
    ]);
  });
  it('not a body « chargée de » a task (« une délégation chargée de l’accessibilité »)', () => {
    expect(names('Une délégation chargée de l’accessibilité a été créée.')).toEqual([]);
  });
});

describe('normalise: a direction or a delegation that texts define with different acronyms', () => {
  const fact = (source: string, name: string, acronym: string | null, type: 'direction' | 'délégation'): Fact => ({
    source_id: source,
    start: 0,
    end: name.length,
    quote: name,
    extractor: 'test',
    data: { kind: 'organisation', name, acronym, type },
  });
  const source = (id: string) => ({ ...doc('', id), text: '' });
  it('is a different ministry’s unit in each (« délégation au numérique (DELNUM) » here, « (DNum) » there)', () => {
    const ds = normalise([source('a'), source('b'), source('c')], [
      fact('a', 'délégation au numérique', 'DELNUM', 'délégation'),
      fact('b', 'délégation au numérique', 'DNum', 'délégation'),
      fact('a', 'direction des achats', 'DA', 'direction'),
      fact('c', 'direction des achats', 'DA', 'direction'),
    ]);
    const delegations = ds.organisations.filter((o) => o.name === 'délégation au numérique');
    expect(delegations.map((o) => [o.acronym, o.sources.join(',')]).sort()).toEqual([
      ['DELNUM', 'a'],
      ['DNum', 'b'],
    ]);
    expect(ds.conflicts.filter((c) => c.field === 'acronym')).toEqual([]);
    // (Defined alike: one body.)
    expect(ds.organisations.filter((o) => o.acronym === 'DA').map((o) => o.sources.join(','))).toEqual(['a,c']);
  });
});

describe('what a body is, said after it (apposition)', () => {
  it('« X est elle-même une direction du secrétariat général … »', () => {
    expect(links('La direction des données forestières (DDF) pilote le chantier. La DDF est elle-même une direction du secrétariat général du ministère des Forêts.')).toContain(
      'DDF → secrétariat général du ministère des Forêts',
    );
  });
  it('« X (ACR), service rattaché au Y »', () => {
    expect(links('Elle reprend les missions de la mission de l’identité numérique (MIN), service rattaché au secrétariat général du ministère de la Culture.')).toContain(
      'MIN → secrétariat général du ministère de la Culture',
    );
  });
  it('« nommé directeur du centre X (CX), service à compétence nationale de la direction Y (DY) »: wherever the body stands', () => {
    expect(links('M. Paul Vidal est nommé directeur du Centre national de veille côtière (CNVC), service à compétence nationale de la direction des affaires portuaires (DAP), par arrêté du 2 mai 2026.')).toEqual([
      'CNVC → DAP',
    ]);
  });
  it('but not a body in a complement without the apposition (« le projet porté par la DSN fait partie du programme X »)', () => {
    expect(links('Le projet porté par la direction des services numériques (DSN) fait partie du programme Socle commun.')).toEqual([]);
  });
});

describe('a centre is a unit of the body after it', () => {
  it('« le centre de services informatiques de Rennes (CSIR) de la direction générale des finances locales (DGFL) »', () => {
    expect(links('Il a été responsable d’exploitation au centre de services informatiques de Rennes (CSIR) de la direction générale des finances locales (DGFL).')).toEqual([
      'CSIR → DGFL',
    ]);
  });
});

describe('a possessive after a fronted participle: « Placée auprès du SG, la délégation X s’appuie sur son pôle Y »', () => {
  it('attaches the unit to the body that opens the main clause', () => {
    expect(links('Placée au sein du secrétariat général (SG), la délégation aux plateformes numériques (DPN) s’appuie sur son pôle « Analyse des risques » pour instruire les avis.')).toEqual([
      'DPN → SG',
      'pôle Analyse des risques → DPN',
    ]);
  });
  it('not past another body named between them (« … travaille avec la direction du budget et son bureau des achats »: the direction’s)', () => {
    expect(links('Placée au sein du secrétariat général (SG), la délégation aux plateformes numériques (DPN) travaille avec la direction du budget et son bureau des achats.')).not.toContain(
      'bureau des achats → DPN',
    );
  });
});

describe('products', () => {
  const products = (text: string) => {
    const { facts } = extractDocument(doc(text), new Set());
    expectExactQuotes(text, facts);
    return dataOf(facts, 'product').map((p) => `${p.name} (${p.type})`);
  };
  const organisations = (text: string) => dataOf(extractDocument(doc(text), new Set()).facts, 'organisation').map((o) => o.name ?? o.acronym);
  it('a plain name in apposition, when a body made it: « Verrier, outil d’audit développé par le pôle Qualité »', () => {
    expect(products('Les audits utilisent Verrier, outil d’audit développé par le pôle Qualité, et un lecteur d’écran.')).toEqual(['Verrier (outil)']);
    // (Without it, a plain capitalised word before a comma may be anyone: left alone.)
    expect(products('Les audits associent Verrier, outil de la méthode, et un lecteur d’écran.')).toEqual([]);
  });
  it('a short acronym among the words that qualify the product word: « l’assistant d’IA générative Pélican »', () => {
    expect(products('La sous-direction opère l’assistant d’IA générative Pélican, ouvert aux agents en 2025.')).toEqual(['Pélican (assistant)']);
  });
  it('« le service « X », aujourd’hui exploité par l’agence »: a product, not a unit', () => {
    const text = 'Le service « Transhumance en ligne », aujourd’hui exploité par l’agence, sera transféré à la direction en 2026.';
    expect(products(text)).toEqual(['Transhumance en ligne (service)']);
    expect(organisations(text)).not.toContain('service Transhumance en ligne');
  });
});

describe('products: an acronym after « d’ » that is the start of a name', () => {
  it('« dans le catalogue d’API Entreprise » gives the API no description of a catalogue', () => {
    const { facts } = extractDocument(doc('Intégration de l’API Annuaire dans le catalogue d’API Entreprise.'), new Set());
    expect(dataOf(facts, 'product').filter((p) => p.description === 'catalogue d’API' || p.description === "catalogue d'API")).toEqual([]);
  });
});

describe('a body’s name does not run over a comma into a person’s', () => {
  it('« … – Communauté d’agglomération de Val-Roussel, Véronique Haine, architecte »', () => {
    expect(names('Julien Martin, responsable des archives – Communauté d’agglomération de Val-Roussel, Véronique Haine, architecte, et Paul Durand.')).toContain(
      'Communauté d’agglomération de Val-Roussel'.replace('’', "'"),
    );
  });
  it('still a name whose parts a comma joins (« Ministère de l’Éducation nationale, Jeunesse et Sports »)', () => {
    expect(names('Le Ministère de l’Éducation nationale, Jeunesse et Sports a publié la note.')[0]).toMatch(/Jeunesse et Sports$/);
  });
});

describe('an agenda export (iCalendar): a property’s value ends at its line', () => {
  const calendar = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'BEGIN:VEVENT',
    'DTSTART:20260312T100000',
    'SUMMARY:Comité de pilotage du programme',
    '  Hélice',
    'URL:https://www.example.gouv.fr/helice',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
  it('a committee named by SUMMARY (folded) does not take the URL of the next line', () => {
    const { facts } = extractDocument(doc(calendar, 'agenda'), new Set());
    expectExactQuotes(calendar, facts);
    expect(dataOf(facts, 'committee').map((c) => c.name)).toEqual(['Comité de pilotage du programme Hélice']);
    expect(dataOf(facts, 'link').map((l) => l.url)).toEqual(['https://www.example.gouv.fr/helice']);
  });
});

describe('units listed by their acronyms after their body', () => {
  const text =
    'La direction du numérique (DNX) comprend la sous-direction des applications (SDA), la sous-direction des données (SDD) et la sous-direction des réseaux (SDR). Les trois sous-directions actuelles de la DNX (SDA, SDD et SDR) laisseront place à deux départements.';
  it('« Les trois sous-directions actuelles de la DNX (SDA, SDD et SDR) »: each acronym a unit of the body', () => {
    const { facts } = extractDocument(doc(text), new Set());
    const listed = facts.filter((f) => f.data.kind === 'hierarchy' && f.start > text.indexOf('Les trois'));
    expect(listed.map((f) => f.quote)).toEqual(['SDA', 'SDD', 'SDR']);
    expect(links(text).filter((l) => /^SD[ADR] → DNX$/.test(l))).toHaveLength(6);
  });
  it('and the parenthesis defines no body « sous-directions actuelles de la DNX » (SDA)', () => {
    expect(names(text)).not.toContain('sous-directions actuelles de la DNX');
    const { facts } = extractDocument(doc(text), new Set());
    expect(dataOf(facts, 'organisation').filter((o) => o.acronym === 'SDA' && o.name).map((o) => o.name)).toEqual(['sous-direction des applications']);
  });
  it('a plural verb in the past attaches every coordinated subject (« … qui relevaient du département X »)', () => {
    expect(links('Le bureau Bureautique et le bureau Téléphonie, qui relevaient du département de la production (DPR), fusionnent en 2027.')).toEqual([
      'bureau Bureautique → DPR',
      'bureau Téléphonie → DPR',
    ]);
  });
});

describe('« Haut Commissariat … (ACR) », written with a space', () => {
  it('defines the body whole, as « Haut-Commissariat » does', () => {
    for (const head of ['Haut Commissariat', 'Haut-Commissariat']) {
      const text = `Le décret est relatif au ${head} aux infrastructures numériques de l’État (HCINE).`;
      const { facts } = extractDocument(doc(text), new Set());
      expect(dataOf(facts, 'organisation').filter((o) => o.acronym === 'HCINE').map((o) => o.name)).toEqual([`${head} aux infrastructures numériques de l'État`]);
    }
  });
});
