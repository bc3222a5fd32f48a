import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../pipeline/stages/extract/index.ts';
import { dataOf, doc } from './helpers.ts';

describe('extract post-pass: attaching facts to organisations', () => {
  it('gives a contact after a list to the section’s body, not to the last list item', () => {
    const text = [
      'La direction des achats (DAE) comprend deux missions :',
      '',
      '- la mission « Stratégie » conseille ;',
      '- la mission « Performance » mesure.',
      '',
      'Contact : dae.contact@exemple.gouv.fr',
    ].join('\n');
    const contacts = dataOf(extractDocument(doc(text), new Set()).facts, 'contact');
    expect(contacts[0]!.organisation).toMatchObject({ acronym: 'DAE' });
  });

  it('gives an event the organisation named before its verb, or the one a pronoun points to', () => {
    const text = "La délégation aux usagers (DUSA) est créée en 2003. Elle est supprimée en 2005.";
    const events = dataOf(extractDocument(doc(text), new Set()).facts, 'event');
    expect(events.map((e) => [e.date.value, e.type, e.subject?.acronym])).toEqual([
      ['2003', 'creation', 'DUSA'],
      ['2005', 'suppression', 'DUSA'],
    ]);
  });

  it('gives the facts of a fronted clause the body its pronoun subject points to, not the body the clause names', () => {
    const text = [
      'Le service du numérique (SNUM) gère les applications du ministère.',
      'Créé par le décret n° 2020-100 du 3 février 2020, il a remplacé le bureau des technologies (BT).',
      'Composé de 200 agents, il est structuré en 4 pôles.',
    ].join(' ');
    const facts = extractDocument(doc(text), new Set()).facts;
    expect(dataOf(facts, 'event').map((e) => [e.type, e.subject?.acronym])).toEqual([
      ['creation', 'SNUM'],
      ['replacement', 'SNUM'],
    ]);
    expect(dataOf(facts, 'figure').map((f) => [f.value, f.subject?.acronym])).toEqual([
      [200, 'SNUM'],
      [4, 'SNUM'],
    ]);
  });

  it('gives a contact to the body whose acronym its address spells, else to the unit presented before it', () => {
    const text = [
      'La direction du numérique (DNUM) pilote les projets.',
      'Au sein de la DNUM, le bureau des applications (BAP) développe les outils.',
      'Pour toute question : contact.dnum@exemple.gouv.fr ou support@exemple.gouv.fr.',
      'Le programme Vega accompagne les équipes. Contact : vega.dnum@exemple.gouv.fr',
    ].join('\n');
    const contacts = dataOf(extractDocument(doc(text), new Set()).facts, 'contact');
    expect(contacts.map((c) => [c.email, c.organisation?.acronym ?? c.organisation?.name])).toEqual([
      ['contact.dnum@exemple.gouv.fr', 'DNUM'],
      ['support@exemple.gouv.fr', 'BAP'],
      // The address spells the unit presented before it as well as its body: the unit.
      ['vega.dnum@exemple.gouv.fr', 'programme Vega'],
    ]);
  });

  it('resolves « L’agence … », « Depuis 2021, cette direction … » to the last body of that type, and a pronoun after a list past the list’s items', () => {
    const text = [
      "L'Agence nationale des titres (ANT) délivre les titres. La direction des achats (DAE) achète.",
      "Depuis mars 2021, l'agence est dirigée par une préfète. L'agence compte quatre sous-directions :",
      '',
      '- la sous-direction Expertise (SDE) ;',
      '- la sous-direction Opérations (SDO).',
      '',
      'Elle emploie environ 600 agents.',
    ].join('\n');
    const facts = extractDocument(doc(text), new Set()).facts;
    expect(dataOf(facts, 'event').map((e) => [e.date.value, e.subject?.acronym])).toEqual([['2021-03', 'ANT']]);
    expect(dataOf(facts, 'figure').map((f) => [f.value, f.unit, f.subject?.acronym])).toEqual([
      [4, 'sous-directions', 'ANT'],
      // The pronoun continues the last subject outside the list, « L'agence » (the ANT): not « SDO », nor the DAE
      // named in subject position before « L'agence ».
      [600, 'agents', 'ANT'],
    ]);
  });

  it('gives an event set off right after a body (« X, créée en 2011, », « Y (créée en 2001) ») to that body', () => {
    const text =
      "L'Observatoire national des données (OND) succède en 2016 à la mission Données ouvertes, créée en 2011 au sein du secrétariat général (SG), et à l'agence pour les usages numériques (créée en 2008).";
    const events = dataOf(extractDocument(doc(text), new Set()).facts, 'event');
    expect(events.map((e) => [e.date.value, e.type, e.subject?.acronym ?? e.subject?.name])).toEqual([
      ['2016', 'replacement', 'OND'],
      ['2011', 'creation', 'mission Données ouvertes'],
      ['2008', 'creation', 'agence pour les usages numériques'],
    ]);
  });
});

describe('extract post-pass: organisation charts', () => {
  it('gives a figure of a section the unit its heading names (not a topic heading)', () => {
    const text = ['## Direction des ressources humaines (DRH)', '', '- Effectif : 320 agents', '', '## SILL', '', 'Le plan a trois axes.'].join('\n');
    const figures = dataOf(extractDocument(doc(text), new Set()).facts, 'figure');
    expect(figures.map((f) => [f.value, f.subject?.acronym ?? null])).toEqual([
      [320, 'DRH'],
      [3, null],
    ]);
  });

  it('gives an event of an infobox row the body of the page’s heading', () => {
    const text = ['# Direction des données publiques (DDP)', '', '| | |', '| --- | --- |', '| Création | 7 juillet 2009 |'].join('\n');
    const events = dataOf(extractDocument(doc(text), new Set()).facts, 'event');
    expect(events.map((e) => [e.date.value, e.type, e.subject?.acronym])).toEqual([['2009-07-07', 'creation', 'DDP']]);
  });

  it('gives an event of a sentence opening with a possessive (« Son directeur … a été nommé … ») the body it points to', () => {
    const text = 'La direction des achats (DAE) définit la politique des achats. Son directeur, Michel Garnier, a été nommé le 12 octobre 2016.';
    const events = dataOf(extractDocument(doc(text), new Set()).facts, 'event');
    expect(events.map((e) => [e.type, e.subject?.acronym])).toEqual([['appointment', 'DAE']]);
  });
});

describe('extract post-pass: a fronted clause that counts the main clause’s body', () => {
  it('gives « Dotée d’un budget de 12 millions d’euros et de 90 agents, l’OND … » the body after the comma', () => {
    const text = "L'Office national des données (OND) est créé en 2024. Dotée d'un budget de 12 millions d'euros et de 90 agents, l'OND pilotera le portail.";
    const figures = dataOf(extractDocument(doc(text), new Set()).facts, 'figure');
    expect(figures.map((f) => [f.value, f.subject?.acronym])).toEqual([
      [12000000, 'OND'],
      [90, 'OND'],
    ]);
  });
});

describe('extract: HTML-laden posts', () => {
  it('dates a launch across blanked markup and names the product in apposition after an inline tag', () => {
    const text = '<p>Le <strong>3 mars 2021</strong>, le ministère de la Mer et la <a href="https://exemple.gouv.fr/une/longue/adresse">direction des ports</a> ont lancé <em>Quai-Net</em>, un outil de suivi des escales.</p>';
    const facts = extractDocument(doc(text), new Set()).facts;
    expect(dataOf(facts, 'event').map((e) => [e.date.value, e.type, e.subject_name])).toEqual([['2021-03-03', 'launch', 'Quai-Net']]);
    expect(dataOf(facts, 'product').map((p) => [p.name, p.type])).toEqual([['Quai-Net', 'outil']]);
  });

  it('takes no product for a fronted clause’s last word before the main clause’s subject (« Conçu par X, le service a été … »)', () => {
    const facts = extractDocument(doc('Conçu par l’incubateur Atelier, le service a été testé à Lyon.'), new Set()).facts;
    expect(dataOf(facts, 'product')).toEqual([]);
  });
});

describe('post-pass: a definite subject set off by a comma', () => {
  it('gives « L’office, rattaché à la délégation X, a été créé … » the office named before, not the body in the apposition', () => {
    const text = "L'Office des relevés cadastraux (ORC) publie les plans.\n\nL'office, rattaché à la délégation aux territoires (DAT), a été créé le 1er mars 2016.";
    const events = dataOf(extractDocument(doc(text), new Set()).facts, 'event');
    expect(events.map((e) => `${e.date.value} ${e.type} ${e.subject?.acronym}`)).toEqual(['2016-03-01 creation ORC']);
  });
});

describe('post-pass: a fronted clause', () => {
  it('gives what follows « Installé par la X en juin 2025, l’OTER … » the main clause’s subject, not the agent', () => {
    const text = "L'office des territoires (OTER) fixe le cap. La conférence des régions (CORE) se réunit.\n\nInstallé par la CORE en juin 2025, l'OTER compte trois pôles.";
    const facts = extractDocument(doc(text), new Set()).facts;
    expect(dataOf(facts, 'event').map((e) => `${e.date.value} ${e.subject?.acronym}`)).toEqual(['2025-06 OTER']);
    expect(dataOf(facts, 'figure').map((f) => `${f.value} ${f.subject?.acronym}`)).toEqual(['3 OTER']);
  });
});

describe('post-pass: fronted clauses and services that are products', () => {
  it('« Créée en 2029 au sein de la DAP, la mission X … »: the creation is the mission’s, not the DAP’s', () => {
    const text = 'Créée en 2029 au sein de la direction des affaires portuaires (DAP), la mission des quais numériques accompagne les ports.';
    const events = dataOf(extractDocument(doc(text), new Set()).facts, 'event');
    expect(events.map((e) => [e.type, e.subject?.name ?? e.subject?.acronym])).toEqual([['creation', 'mission des quais numériques']]);
  });

  it('« le service « Escale+ » » of a text that presents Escale+ as a product is no unit', () => {
    const text = 'La direction lance Escale+, le guichet numérique des plaisanciers. Le service « Escale+ » est ouvert dans 30 ports.';
    const facts = extractDocument(doc(text), new Set()).facts;
    expect(dataOf(facts, 'product').map((p) => p.name)).toContain('Escale+');
    expect(dataOf(facts, 'organisation').map((o) => o.name)).not.toContain('service Escale+');
    expect(dataOf(facts, 'figure').map((f) => f.subject)).toEqual([null]);
  });
});
