import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../pipeline/stages/extract/index.ts';
import { cleanText, decodeEntities, prepareText } from '../../pipeline/stages/extract/text.ts';
import { dataOf, doc, expectExactQuotes } from './helpers.ts';

describe('HTML character references', () => {
  it('are decoded in the clean copy, the length kept', () => {
    const text = 'Le d&eacute;cret n°&nbsp;2031-77 cite 12&nbsp;000 agents et l&rsquo;agence &laquo;&nbsp;Orion&nbsp;&raquo;.';
    const clean = cleanText(text);
    expect(clean).toHaveLength(text.length);
    expect(clean).toContain('décret');
    expect(clean).toContain('n° 2031-77');
    expect(clean).toMatch(/cite 12 000 +agents/);
    expect(clean).toContain("l'agence");
    expect(clean).toContain('« Orion »');
  });

  it('leaves unknown references and lone ampersands as they are', () => {
    expect(decodeEntities('R&D, &zzunknown; et A & B')).toBe('R&D, &zzunknown; et A & B');
  });

  it('give facts whose offsets and quotes are those of the original text', () => {
    const text = [
      '<p>La d&eacute;l&eacute;gation aux registres num&eacute;riques (DRN) a &eacute;t&eacute; cr&eacute;&eacute;e le 3&nbsp;f&eacute;vrier 2031.</p>',
      '<p>Le service compte plus de 1&nbsp;250&nbsp;utilisateurs et 92&nbsp;% d&rsquo;entre eux sont satisfaits&nbsp;: contact@registres.example.org</p>',
    ].join('\n');
    const d = doc(text, 'entities');
    const { facts } = extractDocument(d, new Set());
    expectExactQuotes(text, facts);
    const org = dataOf(facts, 'organisation').find((o) => o.acronym === 'DRN');
    expect(org?.name).toBe('délégation aux registres numériques');
    const figures = dataOf(facts, 'figure').map((f) => `${f.value} ${f.unit}`);
    expect(figures).toContain('1250 utilisateurs');
    expect(figures).toContain('92 %');
    const users = facts.find((f) => f.data.kind === 'figure' && f.data.value === 1250)!;
    expect(users.quote).toBe('plus de 1&nbsp;250&nbsp;utilisateurs');
    const creation = dataOf(facts, 'event').find((e) => e.type === 'creation');
    expect(creation?.date.value).toBe('2031-02-03');
  });
});

describe('HTML character references of markup characters', () => {
  it('are left as they are: decoded inside an attribute they would end it', () => {
    const text = '<img alt="Logo &quot;Escale&quot; de la mission" src="x.png">';
    expect(cleanText(text)).toContain('Logo &quot;Escale&quot; de la mission');
  });
});

describe('HTML headings in the clean copy', () => {
  it('an indented « <h3> » alone on its line is a heading of level 3, its text the content', () => {
    const text = '<main>\n    <h3>Lancement de Balise Rurale</h3>\n  <h2>Contact</h2>\n</main>';
    const headings = prepareText(text).lines.filter((l) => l.kind === 'heading');
    expect(headings.map((l) => [l.level, text.slice(l.contentStart, l.contentStart + 9)])).toEqual([
      [3, 'Lancement'],
      [2, 'Contact</'],
    ]);
  });
});

describe('words broken at a line’s end (a PDF’s text export)', () => {
  it('are joined in the clean copy, the length kept, a prefix’s own hyphen kept (« sous-⏎direction »)', () => {
    const text = 'Le comité des transfor-\nmations publiques et la sous-\ndirection des ponts, -\net enfin le Nord-\nEst, les données-\net les cartes.';
    const clean = cleanText(text);
    expect(clean).toHaveLength(text.length);
    expect(clean).toContain('comité des transformations   publiques');
    expect(clean).toContain('sous-direction  des ponts');
    // (An uppercase rest, a dash after a space, « et » or « ou » after the hyphen: no broken word.)
    expect(clean).toMatch(/Nord-\sEst/);
    expect(clean).toMatch(/données-\set/);
    expect(clean).toMatch(/ponts, -\set enfin/);
    expect(cleanText('Le texte\r\ndes trans-\r\nports.')).toContain('des transports   .');
  });

  it('give facts whose offsets and quotes are those of the original text, on both sides of the break', () => {
    const text = [
      "L'Office des relevés hydro-",
      'graphiques (ORH) publie le service Carto-',
      'mer. La sous-',
      'direction des relevés (SDR) en dépend.',
    ].join('\n');
    const { facts } = extractDocument(doc(text, 'breaks'), new Set());
    expectExactQuotes(text, facts);
    const orgs = dataOf(facts, 'organisation');
    expect(orgs.find((o) => o.acronym === 'ORH')?.name).toBe('Office des relevés hydrographiques');
    expect(orgs.find((o) => o.acronym === 'SDR')?.name).toBe('sous-direction des relevés');
    const office = facts.find((f) => f.data.kind === 'organisation' && f.data.acronym === 'ORH')!;
    expect(office.quote).toBe("Office des relevés hydro-\ngraphiques (ORH)");
    const product = facts.find((f) => f.data.kind === 'product')!;
    expect(product.data).toMatchObject({ name: 'Cartomer' });
    expect(product.quote).toMatch(/Carto-\nmer$/);
  });
});

describe('columns aligned with spaces (a PDF’s table turned to text)', () => {
  it('are read as a table: each number in its column, counted in its row’s label; not the padding of prose', () => {
    const text = [
      'Tableau 2 – Indicateurs des services',
      '',
      '   Service        Indicateur                     2024        2025',
      '   Marée          comptes ouverts                   –      41\u00a0212',
      '   Phare          déclarations déposées        12\u00a0870      15\u00a0304',
      '   Ensemble       taux de satisfaction            78 %        84 %',
    ].join('\n');
    const { facts } = extractDocument(doc(text, 'aligned'), new Set());
    expectExactQuotes(text, facts);
    expect(dataOf(facts, 'figure').map((f) => `${f.value} ${f.unit}`)).toEqual(['41212 comptes', '12870 déclarations', '15304 déclarations', '78 %', '84 %']);
    expect(dataOf(facts, 'product').map((p) => p.name)).toEqual(['Marée', 'Phare']);
    // (Two lines of prose whose spaces are the padding of decoded references: no table.)
    const prose = 'Le d&eacute;cret du service cr&eacute;e le p&ocirc;le des r&eacute;seaux.\nLe d&eacute;cret du service cr&eacute;e le p&ocirc;le des r&eacute;seaux.\nLe d&eacute;cret du service cr&eacute;e le p&ocirc;le des r&eacute;seaux.';
    expect(prepareText(prose).lines.map((l) => l.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });
});

describe('words broken at a line’s end and aligned columns: edge cases (session 12 review)', () => {
  it('keeps the hyphen of « outre-⏎mer » and of a word the text writes whole elsewhere; joins a soft hyphen with exact quotes', () => {
    expect(cleanText('Le ministère des Outre-\nmer recrute.')).toContain('Outre-mer');
    expect(cleanText('La ville-\ncentre et la ville-centre.')).toContain('ville-centre  et');
    const text = 'La délégation à la transfor\u00ad\nmation publique (DTP) publie.';
    const { facts } = extractDocument(doc(text, 'soft'), new Set());
    expectExactQuotes(text, facts);
    expect(dataOf(facts, 'organisation').find((o) => o.acronym === 'DTP')?.name).toBe('délégation à la transformation publique');
  });

  it('reads aligned columns whose cells hold no-break spaces as one cell each; not prose with two spaces after its full stops', async () => {
    const { findTables } = await import('../../pipeline/stages/extract/tables.ts');
    const table = ['Service    Opérateur    Usagers', 'Marée      OFC          41\u00a0212', 'Phare      OFC          12\u00a0870'].join('\n');
    expect(findTables(table)[0]?.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Marée', 'OFC', '41 212'],
      ['Phare', 'OFC', '12 870'],
    ]);
    const prose = [
      "L'office publie les cartes.  Il gère le réseau.  Il forme les agents des ponts.",
      "La direction pilote les achats.  Elle suit les marchés.  Elle forme les acheteurs publics.",
      "Le bureau tient les registres.  Il publie les listes.  Il archive les dossiers anciens.",
    ].join('\n');
    expect(prepareText(prose).lines.map((l) => l.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });
});

describe('values separated by semicolons (a CSV export pasted in a text, session 13)', () => {
  const text = [
    'Export du tableau de suivi — séparateur « ; »',
    '',
    'Projet;Ministère porteur;Direction;Sigle direction;Date de lancement;Budget (M€);Agents',
    "Rade-Connect;Ministère de la Mer et des Ports;Direction des services portuaires;DSP;12/04/2023;3,4;17",
    '"Phare ; volet 2";Ministère de la Mer et des Ports;Direction des systèmes d\'alerte maritime;DSAM;T3 2025;1,2;',
    'Quai Libre;"Ministère de la Mer et des Ports ; Ministère des Transports";Direction des services portuaires;DSP;mars 2024;0,8;6',
  ].join('\n');

  it('are read as a table: products, launch dates, figures in their column, each direction with its acronym and its ministry', () => {
    const { facts } = extractDocument(doc(text, 'csv'), new Set());
    expectExactQuotes(text, facts);
    expect(dataOf(facts, 'product').map((p) => p.name)).toEqual(['Rade-Connect', 'Phare ; volet 2', 'Quai Libre']);
    expect(dataOf(facts, 'event').map((e) => `${e.type} ${e.date.value}`)).toEqual(['launch 2023-04-12', 'launch 2025-07/2025-09', 'launch 2024-03']);
    expect(dataOf(facts, 'figure').map((f) => `${f.value} ${f.unit}`)).toEqual(['3.4 M€', '17 agents', '1.2 M€', '0.8 M€', '6 agents']);
    const acronyms = dataOf(facts, 'organisation').filter((o) => o.acronym).map((o) => `${o.acronym} ${o.name}`);
    expect([...new Set(acronyms)]).toEqual(['DSP Direction des services portuaires', "DSAM Direction des systèmes d'alerte maritime"]);
    // (A row naming two ministries says nothing of the direction's.)
    expect(dataOf(facts, 'hierarchy').map((h) => `${h.child.acronym} < ${h.parent.name}`)).toEqual(['DSP < Ministère de la Mer et des Ports', 'DSAM < Ministère de la Mer et des Ports']);
    // (A column's label is no body.)
    expect(dataOf(facts, 'organisation').map((o) => o.name)).not.toContain('Ministère porteur');
  });

  it('are not prose with semicolons, nor character references, nor the cells of an HTML table', () => {
    const prose = ['Vu le décret n° 2020-12 ; vu l’arrêté du 3 mars ; vu l’avis du comité ;', 'Considérant que le service ; que la direction ; que le bureau a été consulté en séance publique après débat ;', 'Décide :'].join('\n');
    expect(prepareText(prose).lines.map((l) => l.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    const html = '<table><tr><td>2019</td><td>Cr&eacute;ation</td></tr><tr><td>2021</td><td>R&eacute;forme</td></tr></table>';
    expect(prepareText(html).clean).not.toContain('\t;');
  });
});

describe('MediaWiki source (an encyclopedia article as its edit box shows it, session 13)', () => {
  const text = [
    '{{Infobox Organisation',
    ' | nom                 = Agence des cartes numériques',
    ' | sigle               = ACN',
    " | organisation mère   = [[Ministère de la Mer et des Ports]]",
    ' | création            = {{date|3|avril|2017}}',
    '}}',
    "L''''Agence des cartes numériques''' ('''ACN''') est un [[Service à compétence nationale|service à compétence nationale]] créé le {{date|3|avril|2017}}<ref>Arrêté du 30 mars 2017.</ref>.",
    '',
    '== Histoire ==',
    "En 2019, l'agence lance '''Carto-Mer''', voir [https://acn.example.gouv.fr le site de l'agence].",
  ].join('\n');

  it('is read as the page shows it: bold names, links by their text, dated templates, headings, the infobox as a table', () => {
    expect(cleanText(text)).toHaveLength(text.length);
    const prepared = prepareText(text);
    expect(prepared.lines.find((l) => l.kind === 'heading')?.text.trim()).toBe('## Histoire');
    const { facts } = extractDocument(doc(text, 'wiki'), new Set());
    expectExactQuotes(text, facts);
    expect(dataOf(facts, 'organisation').filter((o) => o.acronym && o.name).map((o) => `${o.name} = ${o.acronym}`)).toContain('Agence des cartes numériques = ACN');
    expect(dataOf(facts, 'event').map((e) => `${e.type} ${e.date.value}`)).toEqual(expect.arrayContaining(['creation 2017-04-03', 'launch 2019']));
    expect(dataOf(facts, 'hierarchy').map((h) => `${h.child.name ?? h.child.acronym} < ${h.parent.name}`)).toContain('Agence des cartes numériques < Ministère de la Mer et des Ports');
  });
});

describe('MediaWiki infobox: no header row (session 13)', () => {
  it('reads every « | clé = valeur » row as a row: a first row naming an operator makes no column of operators', () => {
    const text = ['{{Infobox Organisation', ' | nom      = Opérateur des données maritimes', ' | sigle    = ODM', ' | création = {{date|2|mai|2018}}', ' | tutelle  = [[Ministère de la Mer]]', '}}', "L''''Opérateur des données maritimes''' ('''ODM''') publie les données."].join('\n');
    const { facts, issues } = extractDocument(doc(text, 'infobox'), new Set());
    expect(issues).toEqual([]);
    expect(dataOf(facts, 'product').map((p) => p.name)).toEqual([]);
  });
});
