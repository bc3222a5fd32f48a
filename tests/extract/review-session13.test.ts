/**
 * Cases a review of session 13's rules reproduced (each failed on the rule as first written): the rules for new
 * shapes of text (semicolon-separated values, MediaWiki source, HTML timelines, spelled years, texts without
 * accents) must leave ordinary prose, markdown and HTML as they were read before.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../pipeline/stages/extract/index.ts';
import { cleanText, prepareText } from '../../pipeline/stages/extract/text.ts';
import { dataOf, doc, expectExactQuotes } from './helpers.ts';

const facts = (text: string) => {
  const { facts: found } = extractDocument(doc(text, 'review'), new Set());
  expectExactQuotes(text, found);
  return found;
};
const figures = (text: string) => dataOf(facts(text), 'figure').map((f) => `${f.value} ${f.unit}`);
const orgNames = (text: string) => dataOf(facts(text), 'organisation').map((o) => o.name ?? o.acronym);

describe('review of session 13: tables and figures', () => {
  it('takes a row label that starts like a month (« Déclarations », « Nombre de décisions ») for a label, not a date', () => {
    expect(figures('| Indicateur | 2025 |\n|---|---|\n| Déclarations | 430 |\n| Nombre de décisions | 120 |')).toEqual(['430 déclarations', '120 décisions']);
  });

  it('reads « R&D » as a value, its semicolon a separator', () => {
    const text = ['Projet;Thème;Direction;Agents', "Portail;R&D;Direction des systèmes d'information;12", 'Atlas;Données;Direction des données;8', 'Boussole;R&D;Direction des usages;5'].join('\n');
    expect(orgNames(text)).toContain("Direction des systèmes d'information");
    expect(figures(text)).toEqual(['12 agents', '8 agents', '5 agents']);
  });

  it('keeps hard-wrapped prose with semicolons prose (« le directeur général ; le secrétaire général ; »)', () => {
    const text = [
      'Article 2. Sont membres du comité : le directeur général ; le secrétaire général ;',
      'le directeur des affaires juridiques ; la directrice générale des finances publiques ;',
      'le chef du service du numérique ; le délégué à la sécurité ; le directeur du budget.',
    ].join('\n');
    expect(prepareText(text).lines.map((l) => l.kind)).not.toContain('table-row');
  });

  it('reads no separator in a tag’s attributes (« style="margin:0;padding:0" »)', () => {
    const line = '<p style="margin:0;padding:0;color:#333">La direction compte 180 agents.</p>';
    expect(prepareText([line, line, line].join('\n')).lines.map((l) => l.kind)).not.toContain('table-row');
  });

  it('writes a duration’s unit without the full stop after it (« 40 min. »)', () => {
    expect(figures('La déclaration prend 5 min au lieu de 40 min.')).toEqual(['5 min', '40 min']);
  });
});

describe('review of session 13: spelled years, MediaWiki links, timelines', () => {
  it('reads a count after a month as a count (« en mai deux mille cinq cents dossiers », « depuis mars deux mille agents »)', () => {
    expect(figures('Au mois de mai deux mille cinq cents dossiers ont été déposés.')).toEqual(['2500 dossiers']);
    expect(figures('Depuis mars deux mille agents ont suivi la formation.')).toEqual(['2000 agents']);
  });

  it('leaves a markdown footnote call « [[1]](https://…) » to the markdown rules', () => {
    const text = 'La direction compte 180 agents[[1]](https://exemple.fr/note1) et pilote le programme.';
    expect(cleanText(text)).not.toContain('1  (https');
  });

  it('takes a <time> inside a sentence for no item of a timeline', () => {
    const html = [
      '<p>Le projet a été annoncé le <strong><time datetime="2023-02-01">1er février 2023</time></strong> par la ministre. La direction lance le portail Atlas. Le service a publié son rapport.</p>',
      '<p>Il a été présenté le <em><time datetime="2023-06-01">1er juin 2023</time></em> aux agents. La direction adopte sa feuille de route.</p>',
    ].join('\n');
    // (« annoncé le … », « présenté le … » are events of their own sentence; the sentences after them are undated.)
    expect(dataOf(facts(html), 'event').map((e) => `${e.type} ${e.date.value}`)).toEqual(['other 2023-02-01', 'other 2023-06-01']);
  });
});

describe('review of session 13: organisations', () => {
  it('takes an impersonal « il » for no pronoun (« Il est créé … une mission qui comprend deux pôles »)', () => {
    const text = [
      'Le service du numérique (SNUM) conduit la politique du ministère.',
      'Il est créé au sein du secrétariat général une mission des données (MDO) qui comprend deux pôles :',
      '- le pôle Référentiels ;',
      '- le pôle Qualité.',
    ].join('\n');
    const parents = dataOf(facts(text), 'hierarchy').map((h) => `${h.child.name} < ${h.parent.acronym ?? h.parent.name}`);
    expect(parents.filter((p) => p.startsWith('pôle'))).not.toContain('pôle Référentiels < SNUM');
  });

  it('reads no body in a URL or a path (« https://www.reseau.gouv.fr/pole/Annuaire », « /ministere/Documents »)', () => {
    expect(orgNames('Consultez https://www.reseau.gouv.fr/pole/Annuaire ou le dossier /ministere/Documents.')).toEqual([]);
  });

  it('cuts an e-mail address whole from a definition (« ASE (Agence …, contact@ase.gouv.fr) »)', () => {
    const orgs = dataOf(facts("Le service est opéré par l'ASE (Agence des services aux exploitants, contact@ase.gouv.fr)."), 'organisation');
    expect(orgs.filter((o) => o.acronym === 'ASE').map((o) => o.name)).toContain('Agence des services aux exploitants');
  });
});
