import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nameKey, slug } from '../../pipeline/stages/normalise/keys.ts';
import { factId, normalise, sameBodyName } from '../../pipeline/stages/normalise/index.ts';
import type { Fact, FactData, SourceDocument } from '../../pipeline/types/domain.ts';

const doc = (id: string): SourceDocument => ({
  id, file: `${id}.md`, title: null, language: 'fr', origin: null, licence: null, date: null, sha256: 'a'.repeat(64), text: 'x'.repeat(1000),
});
let offset = 0;
const fact = (source: string, data: FactData): Fact => {
  const start = offset++;
  return { source_id: source, start, end: start + 1, quote: 'x', extractor: 'test', data };
};
const org = (source: string, name: string | null, acronym: string | null, type: 'direction' | 'département' | null = null) =>
  fact(source, { kind: 'organisation', name, acronym, type });

describe('normalise: organisations', () => {
  it('gives a body named by a descriptive phrase and a proper name that proper name as an alternative name', () => {
    const ds = normalise([doc('a')], [
      org('a', "laboratoire d'intelligence artificielle Phare", null, 'direction'),
      org('a', 'direction des affaires de Bretagne', null, 'direction'),
    ]);
    const byName = new Map(ds.organisations.map((o) => [o.name, o.alt_names]));
    expect(byName.get("laboratoire d'intelligence artificielle Phare")).toContain('Phare');
    // (« de Bretagne » is a complement, not a name.)
    expect(byName.get('direction des affaires de Bretagne')).toEqual([]);
  });

  it('gives a unit named with its body’s acronym the name as written before it, as an alternative name', () => {
    const ds = normalise([doc('a')], [
      org('a', 'service des achats de la DSNA', null, 'direction'),
      org('a', 'bureau du courrier de la Direction', null, 'direction'),
    ]);
    const byName = new Map(ds.organisations.map((o) => [o.name, o.alt_names]));
    expect(byName.get('service des achats de la DSNA')).toContain('service des achats');
    // (« Direction » is a word, not an acronym: nothing to take off.)
    expect(byName.get('bureau du courrier de la Direction')).toEqual([]);
  });

  it('gives a unit named with its body’s full name the unit’s own name, as an alternative name', () => {
    const ds = normalise([doc('a')], [
      org('a', 'secrétariat général du ministère de la Mer', null, null),
      org('a', 'service du numérique du secrétariat général du ministère de la Mer', null, null),
      org('a', "direction des usages de l'agence des Plateformes", null, 'direction'),
      org('a', 'mission de la direction des achats', null, null),
      org('a', 'Agence des routes du ministère de la Mer', null, null),
    ]);
    const byName = new Map(ds.organisations.map((o) => [o.name, o.alt_names]));
    expect(byName.get('secrétariat général du ministère de la Mer')).toEqual(['secrétariat général']);
    expect(byName.get('service du numérique du secrétariat général du ministère de la Mer')).toEqual(['service du numérique']);
    expect(byName.get("direction des usages de l'agence des Plateformes")).toEqual(['direction des usages']);
    // (« mission » alone is no name; an agency is a body, not a unit.)
    expect(byName.get('mission de la direction des achats')).toEqual([]);
    expect(byName.get('Agence des routes du ministère de la Mer')).toEqual([]);
  });

  it('gives a direction named with its ministry’s acronym, and a unit named with a capitalised agency or a service, their own names', () => {
    const ds = normalise([doc('a')], [
      org('a', 'direction des affaires financières du MEST', null, 'direction'),
      org('a', "service des systèmes d'information de l'Agence nationale des guides", null, null),
      org('a', 'bureau de la messagerie et de la téléphonie du service des réseaux', null, null),
    ]);
    const byName = new Map(ds.organisations.map((o) => [o.name, o.alt_names]));
    expect(byName.get('direction des affaires financières du MEST')).toEqual(['direction des affaires financières']);
    expect(byName.get("service des systèmes d'information de l'Agence nationale des guides")).toEqual(["service des systèmes d'information"]);
    expect(byName.get('bureau de la messagerie et de la téléphonie du service des réseaux')).toEqual(['bureau de la messagerie et de la téléphonie']);
  });

  it('gives no alternative name where the complement names no body (« du service public », « des Hauts-de-France »)', () => {
    const ds = normalise([doc('a')], [
      org('a', 'bureau de la modernisation du service public', null, null),
      org('a', 'direction régionale des Hauts-de-France', null, 'direction'),
    ]);
    for (const o of ds.organisations) expect(o.alt_names).toEqual([]);
    const elided = normalise([doc('a')], [org('a', "bureau des réseaux du service d'information des ports", null, null)]);
    expect(elided.organisations[0]!.alt_names).toEqual(['bureau des réseaux']);
  });

  it('merges acronym and full name across sources, whatever the case, accents and quotes', () => {
    const ds = normalise([doc('a'), doc('b')], [
      org('a', 'direction interministérielle du numérique', 'DINUM', 'direction'),
      org('b', 'Direction interministérielle du Numerique', null, 'direction'),
      org('b', null, 'DINUM'),
      org('a', 'département « Données et territoires »', null, 'département'),
      org('b', 'Département Données et territoires', null, 'département'),
    ]);
    expect(ds.organisations.map((o) => [o.id, o.acronym, o.sources.join(',')])).toEqual([
      ['org-departement-donne-territoire', null, 'a,b'],
      ['org-direction-interministerielle-numerique', 'DINUM', 'a,b'],
    ]);
    expect(ds.organisations[0]!.alt_names).toContain('Données et territoires');
  });

  it('joins a shortened name to the one full name of the same source that it abbreviates', () => {
    const ds = normalise([doc('a')], [org('a', 'direction interministérielle du numérique', 'DINUM', 'direction'), org('a', 'direction interministérielle', null, 'direction')]);
    expect(ds.organisations).toHaveLength(1);
  });

  it('keeps different parents stated by different sources as a conflict', () => {
    const ds = normalise([doc('a'), doc('b')], [
      org('a', 'direction des achats', 'DAE', 'direction'),
      org('a', 'direction du budget', 'DB', 'direction'),
      org('a', 'mission « Achats »', null, null),
      fact('a', { kind: 'hierarchy', child: { name: 'mission « Achats »' }, parent: { acronym: 'DAE' } }),
      fact('b', { kind: 'hierarchy', child: { name: 'mission Achats' }, parent: { acronym: 'DB' } }),
    ]);
    const conflict = ds.conflicts.find((c) => c.field === 'parent_id');
    expect(conflict).toMatchObject({ dataset: 'organisations', sources: ['a', 'b'], values: ['org-direction-achat', 'org-direction-budget'] });
  });

  it('places a unit under the lowest of the parents stated for it when one is above the other, the disagreement kept', () => {
    const agency = (source: string, parent: 'SG' | 'MN') => fact(source, { kind: 'hierarchy', child: { acronym: 'ANCN' }, parent: { acronym: parent } });
    const facts = () => [
      org('a', 'Agence nationale des communs numériques', 'ANCN', null),
      // (Named with its ministry: « secrétariat général (SG) » alone would be every text's own, see below.)
      org('a', 'secrétariat général du ministère du Numérique', 'SG', null),
      org('a', 'ministère du Numérique', 'MN', null),
      fact('a', { kind: 'hierarchy', child: { acronym: 'SG' }, parent: { acronym: 'MN' } }),
    ];
    // (An infobox's « Ministère de tutelle », twice; the prose's « rattachée au secrétariat général » of that ministry.)
    const ds = normalise([doc('a'), doc('b'), doc('c')], [...facts(), agency('a', 'MN'), agency('b', 'MN'), agency('c', 'SG')]);
    const parentOf = (acronym: string) => ds.organisations.find((o) => o.id === ds.organisations.find((x) => x.acronym === acronym)!.parent_id)?.acronym;
    expect(parentOf('ANCN')).toBe('SG');
    expect(ds.conflicts.filter((c) => c.field === 'parent_id')).toHaveLength(1);
    // Parents side by side (neither above the other): the most stated one.
    const side = normalise([doc('a'), doc('b'), doc('c')], [...facts().slice(0, 3), agency('a', 'MN'), agency('b', 'MN'), agency('c', 'SG')]);
    expect(side.organisations.find((o) => o.id === side.organisations.find((x) => x.acronym === 'ANCN')!.parent_id)?.acronym).toBe('MN');
  });

  it('does not take a parent for higher up through the unit itself (a cycle some source states)', () => {
    const h = (source: string, child: string, parent: string) => fact(source, { kind: 'hierarchy', child: { acronym: child }, parent: { acronym: parent } });
    const ds = normalise(['a', 'b', 'c', 'd'].map(doc), [
      org('a', null, 'MNUM'),
      org('a', null, 'DNUM'),
      org('a', null, 'SDI'),
      h('a', 'DNUM', 'MNUM'),
      h('b', 'DNUM', 'MNUM'),
      h('c', 'DNUM', 'MNUM'),
      h('d', 'DNUM', 'SDI'),
      h('a', 'SDI', 'DNUM'),
      h('b', 'SDI', 'DNUM'),
    ]);
    const acronymOf = new Map(ds.organisations.map((o) => [o.id, o.acronym]));
    expect(acronymOf.get(ds.organisations.find((o) => o.acronym === 'DNUM')!.parent_id!)).toBe('MNUM');
  });

  it('tells apart units of one name that sources place under different bodies, not a body nor a unit placed higher up', () => {
    const bureau = (source: string, parent: string) => [
      fact(source, { kind: 'organisation', name: 'Bureau des réseaux', acronym: 'BR', type: 'bureau' }),
      fact(source, { kind: 'organisation', name: `sous-direction ${parent}`, acronym: `SD${parent}`, type: 'direction' }),
      fact(source, { kind: 'hierarchy', child: { acronym: 'BR' }, parent: { acronym: `SD${parent}` } }),
    ];
    const split = normalise([doc('a'), doc('b')], [...bureau('a', 'X'), ...bureau('b', 'Y')]);
    const bureaux = split.organisations.filter((o) => o.acronym === 'BR');
    expect(bureaux.map((o) => [o.sources.join(','), o.parent_id])).toEqual([
      ['a', 'org-sous-direction-x'],
      ['b', 'org-sous-direction-y'],
    ]);
    expect(split.conflicts.filter((c) => c.field === 'parent_id')).toEqual([]);

    // b places the bureau in the direction above a's sous-direction: one bureau.
    const higher = normalise([doc('a'), doc('b')], [
      ...bureau('a', 'X'),
      fact('a', { kind: 'organisation', name: 'direction du numérique', acronym: 'DNUM', type: 'direction' }),
      fact('a', { kind: 'hierarchy', child: { acronym: 'SDX' }, parent: { acronym: 'DNUM' } }),
      fact('b', { kind: 'organisation', name: 'Bureau des réseaux', acronym: 'BR', type: 'bureau' }),
      fact('b', { kind: 'hierarchy', child: { acronym: 'BR' }, parent: { acronym: 'DNUM' } }),
    ]);
    expect(higher.organisations.filter((o) => o.acronym === 'BR').map((o) => o.sources.join(','))).toEqual(['a,b']);

    // The State's direction placed differently: one direction, and the sources' disagreement as a conflict.
    const body = normalise([doc('a'), doc('b')], [
      fact('a', { kind: 'organisation', name: "direction des achats de l'État", acronym: 'DAE', type: 'direction' }),
      fact('a', { kind: 'organisation', name: 'secrétariat général A', acronym: 'SGA', type: 'secrétariat' }),
      fact('a', { kind: 'hierarchy', child: { acronym: 'DAE' }, parent: { acronym: 'SGA' } }),
      fact('b', { kind: 'organisation', name: "direction des achats de l'État", acronym: 'DAE', type: 'direction' }),
      fact('b', { kind: 'organisation', name: 'secrétariat général B', acronym: 'SGB', type: 'secrétariat' }),
      fact('b', { kind: 'hierarchy', child: { acronym: 'DAE' }, parent: { acronym: 'SGB' } }),
    ]);
    expect(body.organisations.filter((o) => o.acronym === 'DAE')).toHaveLength(1);
    expect(body.conflicts.filter((c) => c.field === 'parent_id')).toHaveLength(1);
  });

  it('keeps a unit that one source places apart from the same name in a source that places it nowhere', () => {
    const placed = [
      fact('a', { kind: 'organisation', name: 'Bureau des réseaux', acronym: 'BR', type: 'bureau' }),
      fact('a', { kind: 'organisation', name: 'sous-direction X', acronym: 'SDX', type: 'direction' }),
      fact('a', { kind: 'hierarchy', child: { acronym: 'BR' }, parent: { acronym: 'SDX' } }),
    ];
    const ds = normalise([doc('a'), doc('b')], [...placed, fact('b', { kind: 'organisation', name: 'Bureau des réseaux', acronym: 'BR', type: 'bureau' })]);
    // (b names a bureau of that name in some body it does not say: it does not inherit a's sous-direction.)
    expect(ds.organisations.filter((o) => o.acronym === 'BR').map((o) => [o.sources.join(','), o.parent_id])).toEqual([
      ['b', null],
      ['a', 'org-sous-direction-x'],
    ]);
    // A body (not a unit of a chart's level) stays one record, with its one parent.
    const body = normalise([doc('a'), doc('b')], [
      fact('a', { kind: 'organisation', name: "direction des achats de l'État", acronym: 'DAE', type: 'direction' }),
      fact('a', { kind: 'organisation', name: 'secrétariat général A', acronym: 'SGA', type: 'secrétariat' }),
      fact('a', { kind: 'hierarchy', child: { acronym: 'DAE' }, parent: { acronym: 'SGA' } }),
      fact('b', { kind: 'organisation', name: "direction des achats de l'État", acronym: 'DAE', type: 'direction' }),
    ]);
    const acronymOf = new Map(body.organisations.map((o) => [o.id, o.acronym]));
    expect(body.organisations.filter((o) => o.acronym === 'DAE').map((o) => [o.sources.join(','), acronymOf.get(o.parent_id ?? '')])).toEqual([['a,b', 'SGA']]);
  });

  it('tells apart ministries’ directions named by their remit, then their units, a level of the chart at a time', () => {
    // Two ministries' « direction du numérique (DNUM) », each with its « bureau des achats (BA) »; a third text
    // names the direction and places nothing.
    const chart = (source: string, ministry: string) => [
      fact(source, { kind: 'organisation', name: 'direction du numérique', acronym: 'DNUM', type: 'direction' }),
      fact(source, { kind: 'organisation', name: `ministère ${ministry}`, acronym: `M${ministry}`, type: 'ministère' }),
      fact(source, { kind: 'hierarchy', child: { acronym: 'DNUM' }, parent: { acronym: `M${ministry}` } }),
      fact(source, { kind: 'organisation', name: 'bureau des achats', acronym: 'BA', type: 'bureau' }),
      fact(source, { kind: 'hierarchy', child: { acronym: 'BA' }, parent: { acronym: 'DNUM' } }),
    ];
    const ds = normalise([doc('a'), doc('b'), doc('c')], [...chart('a', 'X'), ...chart('b', 'Y'), org('c', 'direction du numérique', 'DNUM', 'direction')]);
    const byId = new Map(ds.organisations.map((o) => [o.id, o]));
    const placed = (acronym: string) =>
      ds.organisations
        .filter((o) => o.acronym === acronym)
        .map((o) => `${o.sources.join(',')} → ${o.parent_id ? byId.get(o.parent_id)!.acronym : '-'}${o.parent_id ? `/${byId.get(byId.get(o.parent_id)!.parent_id ?? '')?.acronym ?? '-'}` : ''}`)
        .sort();
    expect(placed('DNUM')).toEqual(['a → MX/-', 'b → MY/-', 'c → -']);
    // Each bureau under its own ministry's direction.
    expect(placed('BA')).toEqual(['a → DNUM/MX', 'b → DNUM/MY']);
    expect(ds.conflicts.filter((c) => c.field === 'parent_id')).toEqual([]);
  });

  it('keeps one unit placed by three sources at three levels of one chart, and gives places and bodies no alternative names', () => {
    const unit = (source: string, parent: string) => [
      fact(source, { kind: 'organisation', name: 'bureau des réseaux', acronym: 'BR', type: 'bureau' }),
      fact(source, { kind: 'hierarchy', child: { acronym: 'BR' }, parent: { acronym: parent } }),
    ];
    const ds = normalise([doc('a'), doc('b'), doc('c'), doc('d')], [
      ...unit('a', 'SDI'),
      ...unit('b', 'DNUM'),
      ...unit('c', 'MC'),
      fact('d', { kind: 'organisation', name: 'sous-direction des infrastructures', acronym: 'SDI', type: 'direction' }),
      fact('d', { kind: 'organisation', name: 'direction du numérique', acronym: 'DNUM', type: 'direction' }),
      fact('d', { kind: 'organisation', name: 'ministère de la culture', acronym: 'MC', type: 'ministère' }),
      fact('d', { kind: 'hierarchy', child: { acronym: 'SDI' }, parent: { acronym: 'DNUM' } }),
      fact('d', { kind: 'hierarchy', child: { acronym: 'DNUM' }, parent: { acronym: 'MC' } }),
    ]);
    expect(ds.organisations.filter((o) => o.acronym === 'BR').map((o) => o.sources.join(','))).toEqual(['a,b,c']);
    const alt = normalise([doc('a')], [org('a', 'Fédération des PME', null, null), org('a', 'agence régionale de santé Bretagne', null, null)]);
    expect(alt.organisations.map((o) => o.alt_names)).toEqual([[], []]);
  });

  it('reports a count statement that disagrees with the units listed', () => {
    const ds = normalise([doc('a')], [
      org('a', 'direction du numérique', 'DNUM', 'direction'),
      org('a', 'département Alpha', null, 'département'),
      fact('a', { kind: 'hierarchy', child: { name: 'département Alpha' }, parent: { acronym: 'DNUM' } }),
      fact('a', { kind: 'unit-count', organisation: { acronym: 'DNUM' }, count: 2, unit_type: 'département' }),
    ]);
    expect(ds.conflicts.map((c) => [c.field, c.values.join(' vs '), c.sources.join(',')])).toEqual([['count_departement', '2 (stated) vs 1 (listed)', 'a,a']]);
  });


  it("keeps each text's « secrétariat général » apart (a generic name is every body's), and merges named units", () => {
    const ds = normalise([doc('a'), doc('b')], [
      org('a', 'agence des cartes numériques', 'ACN', null),
      org('a', 'secrétariat général', null, null),
      fact('a', { kind: 'hierarchy', child: { name: 'secrétariat général' }, parent: { acronym: 'ACN' } }),
      org('b', 'office des archives en ligne', 'OAL', null),
      org('b', 'Secrétariat général', null, null),
      fact('b', { kind: 'hierarchy', child: { name: 'Secrétariat général' }, parent: { acronym: 'OAL' } }),
      org('a', "comité de pilotage", null, null),
      org('b', 'comité de pilotage', null, null),
      org('a', 'mission Communication', null, null),
      org('b', 'mission communication', null, null),
    ]);
    const generic = ds.organisations.filter((o) => /secr[ée]tariat g[ée]n[ée]ral/i.test(o.name ?? ''));
    expect(generic.map((o) => [o.sources.join(','), o.parent_id])).toEqual(
      expect.arrayContaining([['a', 'org-agence-carte-numerique'], ['b', 'org-office-archive-ligne']]),
    );
    expect(generic).toHaveLength(2);
    expect(generic.every((o) => /^org-secretariat-general-[0-9a-f]{6}$/.test(o.id))).toBe(true);
    expect(ds.organisations.filter((o) => o.name?.startsWith('comité de pilotage'))).toHaveLength(2);
    expect(ds.organisations.filter((o) => /^mission communication$/i.test(o.name ?? '')).map((o) => o.sources.join(','))).toEqual(['a,b']);
    expect(ds.conflicts.filter((c) => c.field === 'parent_id')).toEqual([]);
  });
  it('keeps apart units of one name that texts define with different acronyms, and merges one defined alike', () => {
    const ds = normalise([doc('a'), doc('b'), doc('c')], [
      org('a', 'département des infrastructures', 'DINF', 'département'),
      org('a', 'département des infrastructures', null, 'département'),
      org('b', 'département des infrastructures', 'DI', 'département'),
      org('c', 'département des infrastructures', null, 'département'),
      org('a', 'département des usages', 'DU', 'département'),
      org('c', 'département des usages', 'DU', 'département'),
    ]);
    const infra = ds.organisations.filter((o) => o.name === 'département des infrastructures');
    expect(infra.map((o) => [o.acronym, o.sources.join(','), o.alt_names])).toEqual(
      expect.arrayContaining([['DINF', 'a', []], ['DI', 'b', []], [null, 'c', []]]),
    );
    expect(infra).toHaveLength(3);
    // (The text that defines no acronym keeps the name's own id.)
    expect(infra.find((o) => o.acronym === null)?.id).toBe('org-departement-infrastructure');
    expect(ds.organisations.filter((o) => o.acronym === 'DU').map((o) => o.sources.join(','))).toEqual(['a,c']);
  });

  it('gives ids that do not depend on the order of the facts', () => {
    const facts = [org('a', 'agence du numérique', 'ANUM', null), org('b', 'pôle « Data »', null, null), org('a', 'mission « Europe »', null, null)];
    const one = normalise([doc('a'), doc('b')], facts);
    const two = normalise([doc('a'), doc('b')], [...facts].reverse());
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  });
});

describe('normalise: other datasets', () => {
  it('merges repeated mentions of a decree and keeps the precision of its date', () => {
    const decree = (source: string, date: string | null) =>
      fact(source, { kind: 'legal-text', type: 'décret', number: '2019-1088', date: date ? { value: date, precision: 'day' } : null, title: null });
    const ds = normalise([doc('a'), doc('b')], [decree('a', '2019-10-25'), decree('b', null), decree('b', '2019-10-26')]);
    expect(ds.legal_texts.map((l) => [l.id, l.number, l.sources.join(',')])).toEqual([['lt-decret-2019-1088', '2019-1088', 'a,b']]);
    expect(ds.conflicts.map((c) => c.field)).toEqual(['date']);
  });

  it('keeps a year as a year on an organisation founded by an event', () => {
    const ds = normalise([doc('a')], [
      org('a', 'agence du numérique', 'ANUM', null),
      fact('a', { kind: 'event', date: { value: '2001', precision: 'year' }, type: 'creation', subject: { acronym: 'ANUM' }, subject_name: null, description: 'créée en 2001', legal_text: null }),
    ]);
    expect(ds.organisations[0]).toMatchObject({ founding_date: '2001', founding_date_precision: 'year' });
    expect(ds.events[0]).toMatchObject({ date: '2001', date_precision: 'year', subject_id: ds.organisations[0]!.id });
  });

  it('links every fact to the record it supports', () => {
    const f = fact('a', { kind: 'link', url: 'https://example.gouv.fr/', title: 'Exemple' });
    const ds = normalise([doc('a')], [f]);
    expect(ds.facts).toEqual([expect.objectContaining({ id: factId(f), dataset: 'links', record_id: ds.links[0]!.id })]);
  });
});

describe('normalise: phases', () => {
  it('tells the caller when each group of datasets is merged, in order, and gives the same datasets with or without listening', () => {
    const facts = [
      org('a', 'agence du numérique', 'ANUM', null),
      fact('a', { kind: 'link', url: 'https://example.gouv.fr/', title: 'Exemple' }),
      fact('a', { kind: 'legal-text', type: 'décret', number: '2019-1088', date: null, title: null }),
    ];
    const input = () => [...facts];
    const phases: string[] = [];
    const told = normalise([doc('a')], input(), (merged) => phases.push(merged));
    expect(phases).toEqual(['organisations', 'legal_texts', 'events', 'people, products, contacts', 'figures', 'committees, links', 'facts']);
    expect(told).toEqual(normalise([doc('a')], input()));
  });
});

describe('keys', () => {
  it('name keys ignore case, accents, quotes, function words and plural endings', () => {
    expect(nameKey('Le département « Infrastructures et services opérés »')).toBe(nameKey('département des infrastructures et services opérées'));
  });
  it('normalising a key is idempotent', () => {
    fc.assert(fc.property(fc.string(), (s) => nameKey(nameKey(s)) === nameKey(s)));
  });
  it('slugs are URL-safe and bounded', () => {
    fc.assert(fc.property(fc.string(), (s) => /^[a-z0-9-]+$/.test(slug(s)) && slug(s).length <= 69));
  });
});

describe('normalise: type word before a name that has its own', () => {
  it('merges « département « Incubateur de X » » with « Incubateur de X (IX) »', () => {
    const ds = normalise([doc('a')], [
      org('a', 'département Incubateur de services numériques', null, 'département'),
      org('a', 'Incubateur de services numériques', 'ISN', null),
    ]);
    expect(ds.organisations.map((o) => [o.acronym, o.sources.join(',')])).toEqual([['ISN', 'a']]);
  });

  it('keeps « centre de services numériques » and « direction des services numériques » apart from « service du numérique »', () => {
    const ds = normalise([doc('a'), doc('b'), doc('c')], [
      org('a', 'service du numérique', 'SNum', 'direction'),
      org('b', 'centre de services numériques', 'CSN', null),
      org('c', 'direction des services numériques', 'DSNU', 'direction'),
    ]);
    expect(ds.organisations.map((o) => [o.acronym, o.sources.join(',')]).sort()).toEqual([['CSN', 'b'], ['DSNU', 'c'], ['SNum', 'a']]);
  });
});

describe('normalise: figure conflicts', () => {
  const figure = (source: string, value: number, subject: { acronym: string } | null) =>
    fact(source, { kind: 'figure', value, unit: 'projets', qualifier: null, measure: 'Projets suivis', subject });

  it('reports different values of the same measure of the same body, not of a measure without a body', () => {
    const ds = normalise([doc('a'), doc('b')], [
      org('a', 'direction du numérique', 'DNUM', 'direction'),
      figure('a', 88, { acronym: 'DNUM' }),
      figure('b', 36, { acronym: 'DNUM' }),
      figure('a', 12, null),
      figure('b', 40, null),
    ]);
    expect(ds.figures).toHaveLength(4);
    expect(ds.conflicts.map((c) => [c.dataset, c.field, c.values.join(' vs ')])).toEqual([['figures', 'value', '88 vs 36']]);
  });
});

describe('normalise: one acronym, two bodies', () => {
  it('keeps apart the bodies two texts define with one acronym, each text’s uses going to its own', () => {
    const hierarchy = (source: string, child: string, parent: string) => fact(source, { kind: 'hierarchy', child: { acronym: child }, parent: { acronym: parent } });
    const ds = normalise([doc('a'), doc('b'), doc('c')], [
      org('a', 'département des quais et des écluses', 'DQE', 'département'),
      org('a', 'agence des ports', 'AP'),
      hierarchy('a', 'DQE', 'AP'),
      org('b', 'direction des quais et des escales', 'DQE', 'direction'),
      org('b', 'office des phares', 'OP'),
      hierarchy('b', 'DQE', 'OP'),
      // A third text writes the acronym without defining it: which body it means is not said.
      org('c', null, 'DQE'),
    ]);
    const dqe = ds.organisations.filter((o) => o.acronym === 'DQE').map((o) => [o.name, o.parent_id, o.sources.join(',')]);
    expect(dqe).toEqual([
      ['département des quais et des écluses', 'org-agence-port', 'a'],
      ['direction des quais et des escales', 'org-office-phare', 'b'],
      [null, null, 'c'],
    ]);
    expect(ds.conflicts.filter((c) => c.field === 'parent_id')).toEqual([]);
  });

  it('still merges the spelling variants of one body’s long form (most words shared, same type word)', () => {
    const ds = normalise([doc('a'), doc('b')], [
      org('a', "direction du numérique et du système d'information des ports", 'DNSIP', 'direction'),
      org('b', "direction du numérique et des systèmes d'information portuaires", 'DNSIP', 'direction'),
    ]);
    expect(ds.organisations.filter((o) => o.acronym === 'DNSIP').map((o) => o.sources.join(','))).toEqual(['a,b']);
  });
});

describe('normalise: one acronym, two bodies (session 21)', () => {
  it('tells sameBodyName a name shortened or misspelt from a name with a word of its own', () => {
    const same = (a: string, b: string) => sameBodyName(nameKey(a), nameKey(b));
    expect(same('secrétariat général', 'secrétariat général du ministère')).toBe(true);
    expect(same('département Produits et usages', 'département Produits et usagers')).toBe(true);
    expect(same('département Données et carto- graphie', 'département Données et cartographie')).toBe(true);
    expect(same("direction du numérique et du système d'information des ports", "direction du numérique et des systèmes d'information portuaires")).toBe(true);
    // A word of its own: another body.
    expect(same('direction des systèmes numériques et de la donnée', 'direction des services numériques et de la donnée')).toBe(false);
    expect(same("bureau de l'aide numérique", 'bureau des achats numériques')).toBe(false);
    expect(same("agence de l'ingénierie numérique de l'État", "agence des infrastructures numériques de l'État")).toBe(false);
    expect(same('direction des usages et des infrastructures numériques', "direction des usages et de l'inclusion numérique")).toBe(false);
    // Two type words: two bodies.
    expect(same('délégation au numérique', 'direction du numérique')).toBe(false);
  });

  it('keeps apart two texts’ bodies whose long forms differ by a word, and their uses of the acronym', () => {
    const ds = normalise([doc('a'), doc('b')], [
      org('a', 'direction des systèmes numériques et de la donnée', 'DSND', 'direction'),
      org('a', null, 'DSND'),
      org('b', 'direction des services numériques et de la donnée', 'DSND', 'direction'),
      org('b', null, 'DSND'),
    ]);
    expect(ds.organisations.filter((o) => o.acronym === 'DSND').map((o) => [o.name, o.sources.join(',')])).toEqual([
      ['direction des services numériques et de la donnée', 'b'],
      ['direction des systèmes numériques et de la donnée', 'a'],
    ]);
  });

  it('keeps each text’s « secrétariat général (SG) » its own, as its « secrétariat général » is', () => {
    const ds = normalise([doc('a'), doc('b'), doc('c')], [
      org('a', 'secrétariat général', 'SG'),
      org('a', null, 'SG'),
      org('b', 'Secrétariat général', 'SG'),
      // A text that writes « SG » without saying whose: no text's.
      org('c', null, 'SG'),
    ]);
    expect(ds.organisations.filter((o) => o.acronym === 'SG').map((o) => o.sources.join(',')).sort()).toEqual(['a', 'b', 'c']);
    // A body's own name is one body wherever it is defined.
    const named = normalise([doc('a'), doc('b')], [
      org('a', 'secrétariat général du ministère de la Mer', 'SGMER'),
      org('b', 'secrétariat général du ministère de la Mer', 'SGMER'),
    ]);
    expect(named.organisations.map((o) => o.sources.join(','))).toEqual(['a,b']);
  });
});

describe('normalise: a generic name another text defines', () => {
  it('still folds into the full name its own text gives', () => {
    const ds = normalise([doc('a'), doc('b')], [
      org('a', 'secrétariat général', 'SG'),
      org('b', 'secrétariat général du ministère de la Mer', null),
      org('b', 'secrétariat général', null),
    ]);
    const mer = ds.organisations.find((o) => o.name === 'secrétariat général du ministère de la Mer')!;
    expect(mer.sources).toEqual(['b']);
    // b's « secrétariat général » is that of the ministry of the sea: no record of its own.
    expect(ds.organisations.filter((o) => o.sources.includes('b')).map((o) => o.name)).toEqual(['secrétariat général du ministère de la Mer']);
  });
});

describe('normalise: review of session 21', () => {
  it('does not take two words sharing their first letters for one (« contrats » / « contrôle »)', () => {
    const same = (a: string, b: string) => sameBodyName(nameKey(a), nameKey(b));
    expect(same('bureau des contrats', 'bureau du contrôle')).toBe(false);
    expect(same('service des commandes', 'service de la communication')).toBe(false);
    expect(same('bureau des études', 'bureau des étudiants')).toBe(false);
    expect(same('direction des systèmes d’information', 'direction des systèmes informatiques')).toBe(true);
  });

  it('keeps one direction named by a remit of its own (« direction du budget ») whose sources place it differently', () => {
    const ds = normalise([doc('a'), doc('b')], [
      org('a', 'direction du budget', 'DB', 'direction'),
      org('a', "ministère de l'Économie", 'MEF', null),
      fact('a', { kind: 'hierarchy', child: { acronym: 'DB' }, parent: { acronym: 'MEF' } }),
      org('b', 'direction du budget', 'DB', 'direction'),
      org('b', 'ministère des Comptes publics', 'MACP', null),
      fact('b', { kind: 'hierarchy', child: { acronym: 'DB' }, parent: { acronym: 'MACP' } }),
    ]);
    expect(ds.organisations.filter((o) => o.acronym === 'DB')).toHaveLength(1);
    expect(ds.conflicts.filter((c) => c.field === 'parent_id')).toHaveLength(1);
  });

  it('tells apart the pôles of two agencies’ départements of one name, as it does the départements', () => {
    const chart = (source: string, agency: string) => [
      org(source, `agence ${agency}`, `AG${agency}`, null),
      fact(source, { kind: 'organisation', name: "département des systèmes d'information", acronym: 'DSI', type: 'département' }),
      fact(source, { kind: 'hierarchy', child: { acronym: 'DSI' }, parent: { acronym: `AG${agency}` } }),
      fact(source, { kind: 'organisation', name: 'pôle exploitation', acronym: 'PEX', type: 'pôle' }),
      fact(source, { kind: 'hierarchy', child: { acronym: 'PEX' }, parent: { acronym: 'DSI' } }),
    ];
    const ds = normalise([doc('a'), doc('b')], [...chart('a', 'X'), ...chart('b', 'Y')]);
    expect(ds.organisations.filter((o) => o.acronym === 'PEX').map((o) => o.sources.join(','))).toEqual(['a', 'b']);
    expect(ds.conflicts.filter((c) => c.field === 'parent_id')).toEqual([]);
  });
});

describe('normalise: facts given up by the caller', () => {
  it('lets each fact go once it is a record (consumeFacts), with the same datasets, and checks in as it goes', () => {
    const make = () => [
      org('a', 'direction du numérique', 'DNUM'),
      org('b', 'DNUM', 'DNUM'),
      fact('a', { kind: 'contact', email: 'contact@numerique.example.fr', organisation: { acronym: 'DNUM' } } as FactData),
      org('a', 'direction du numérique', 'DNUM'),
    ];
    offset = 0;
    const kept = make();
    offset = 0;
    const given = make();
    const expected = normalise([doc('a'), doc('b')], kept);
    let checkpoints = 0;
    const actual = normalise([doc('a'), doc('b')], given, undefined, { consumeFacts: true, checkpoint: () => checkpoints++ });
    expect(actual).toEqual(expected);
    expect(kept.every((f) => f !== undefined)).toBe(true);
    expect(given).toHaveLength(4);
    expect(given.every((f) => f === undefined)).toBe(true);
    // One checkpoint between each of the organisations' passes, whatever their number of facts, and one per
    // hundred thousand facts made records: none for these four.
    offset = 0;
    const twice = [...make(), ...make().map((f) => ({ ...f, source_id: 'b' }))];
    let checkpointsOfEight = 0;
    normalise([doc('a'), doc('b')], twice, undefined, { consumeFacts: true, checkpoint: () => checkpointsOfEight++ });
    expect(checkpoints).toBeGreaterThan(0);
    expect(checkpointsOfEight).toBe(checkpoints);
  });
});

describe('normalise: acts without a number', () => {
  const act = (source: string, title: string | null) =>
    fact(source, { kind: 'legal-text', type: 'arrêté', number: null, date: { value: '2025-07-04', precision: 'day' }, title });
  it('tells apart acts of one type and day by their titles when several are given (a Journal officiel summary)', () => {
    const ds = normalise([doc('a')], [act('a', "portant ouverture d'un concours d'ingénieurs"), act('a', 'portant nomination de la directrice'), act('a', 'portant nomination de la directrice')]);
    expect(ds.legal_texts).toHaveLength(2);
  });
  it('keeps one act when only one title is given for that day', () => {
    const ds = normalise([doc('a')], [act('a', 'portant nomination de la directrice'), act('a', null)]);
    expect(ds.legal_texts).toHaveLength(1);
  });
});

describe('normalise: products and their acronyms', () => {
  const product = (source: string, name: string, acronym: string | null, operator: string | null = null) =>
    fact(source, { kind: 'product', name, acronym, type: null, operator: operator ? { acronym: operator } : null, description: null });

  it('folds a product named by another product\'s acronym into it, under the long name and its id', () => {
    // (Another text, the same operator.)
    const ds = normalise([doc('a'), doc('b')], [
      product('a', "Réseau interministériel de l'État", 'RIE', 'DINUM'),
      product('b', 'RIE', null, 'DINUM'),
      product('b', 'Tchap', null),
    ]);
    expect(ds.products.map((p) => `${p.id} | ${p.name} | ${p.acronym} | ${p.sources.join(',')}`)).toEqual([
      "product-reseau-interministeriel-etat | Réseau interministériel de l'État | RIE | a,b",
      'product-tchap | Tchap | null | b',
    ]);
    // (The acronym is the acronym's column, not another spelling.)
    expect(ds.products.map((p) => p.alt_names)).toEqual([[], []]);
  });

  it('keeps the spellings of other texts as alt_names, without the name itself', () => {
    const ds = normalise([doc('a'), doc('b'), doc('c')], [
      product('a', 'Sésame-Agent', null),
      product('b', 'Sésame-Agent', null),
      product('c', 'Sésame Agents', null),
    ]);
    expect(ds.products.map((p) => [p.name, p.alt_names])).toEqual([['Sésame-Agent', ['Sésame Agents']]]);
  });

  it('merges nothing by an acronym two products claim, nor a bare acronym that shares nothing with the product', () => {
    const claimed = normalise([doc('a'), doc('b')], [
      product('a', "Système d'information des achats", 'SIA'),
      product('a', 'SIA', null),
      product('b', "Système d'information agricole", 'SIA'),
    ]);
    expect(claimed.products.map((p) => p.name).sort()).toEqual(['SIA', "Système d'information agricole", "Système d'information des achats"]);
    // (The same acronym claimed once, and used in the same text: merged.)
    const once = normalise([doc('a')], [product('a', "Système d'information des achats", 'SIA'), product('a', 'SIA', null)]);
    expect(once.products.map((p) => p.name)).toEqual(["Système d'information des achats"]);
    // (Used in another text, with nothing in common: a product of its own.)
    const apart = normalise([doc('a'), doc('b')], [product('a', 'Plateforme de services', 'PFS'), product('b', 'PFS', null)]);
    expect(apart.products.map((p) => p.name).sort()).toEqual(['PFS', 'Plateforme de services']);
  });

  it('folds the first link of a chain of acronyms and nothing of a cycle, whatever the order of the sources', () => {
    const chain = (order: string[]) => {
      const facts: Record<string, Fact> = {
        a: product('a', "Plateforme des achats de l'État", 'PLACE'),
        b: product('b', 'PLACE', 'PLC'),
        c: product('c', 'PLC', null),
      };
      // (Shared sources: each short name also in the text of the one it would fold into.)
      const extra = [product('a', 'PLACE', null), product('b', 'PLC', null)];
      return normalise(order.map(doc), [...order.map((k) => facts[k]!), ...extra]).products.map((p) => `${p.name} ← ${p.sources.join(',')}`).sort();
    };
    expect(chain(['a', 'b', 'c'])).toEqual(chain(['c', 'b', 'a']));
    const cycle = normalise([doc('a')], [product('a', 'CEL', 'API CEL'), product('a', 'API CEL', 'CEL')]);
    expect(cycle.products.map((p) => p.name).sort()).toEqual(['API CEL', 'CEL']);
    // (Every fact belongs to a record.)
    expect(cycle.facts.every((f) => f.record_id !== null)).toBe(true);
  });
});

describe('normalise: committees', () => {
  const committee = (source: string, name: string, frequency: string | null = null) =>
    fact(source, { kind: 'committee', name, frequency, participants: [], topics: [] });

  it('keeps a generic committee name (« comité de pilotage ») within its source, and merges a named committee across sources', () => {
    const ds = normalise([doc('a'), doc('b')], [
      committee('a', 'Comité de pilotage', 'mensuelle'),
      committee('b', 'comité de pilotage', 'trimestrielle'),
      committee('a', 'Comité ministériel de la donnée', 'semestrielle'),
      committee('b', 'comité ministériel des données'),
    ]);
    const pilotage = ds.committees.filter((c) => /pilotage/i.test(c.name)).sort((x, y) => x.sources[0]!.localeCompare(y.sources[0]!));
    expect(pilotage.map((c) => [c.sources, c.frequency])).toEqual([
      [['a'], 'mensuelle'],
      [['b'], 'trimestrielle'],
    ]);
    expect(new Set(pilotage.map((c) => c.id)).size).toBe(2);
    const donnee = ds.committees.filter((c) => /donn/i.test(c.name));
    expect(donnee.map((c) => c.sources)).toEqual([['a', 'b']]);
    // Each text's spelling kept: the record's name is one, its alt_names the other.
    expect([donnee[0]!.name, ...donnee[0]!.alt_names].sort()).toEqual(['Comité ministériel de la donnée', 'comité ministériel des données']);
    expect(pilotage.map((c) => c.alt_names)).toEqual([[], []]);
  });

  it('keeps each grouping’s « assemblée générale » within its source', () => {
    const ds = normalise([doc('a'), doc('b')], [committee('a', 'assemblée générale', 'annuelle'), committee('b', 'Assemblée générale')]);
    expect(ds.committees.map((c) => c.sources)).toEqual(expect.arrayContaining([['a'], ['b']]));
    expect(ds.committees).toHaveLength(2);
  });
});
