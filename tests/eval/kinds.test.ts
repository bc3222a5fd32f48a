import { describe, expect, it } from 'vitest';
import {
  DEFINITIONS,
  KINDS,
  indexText,
  mentionsAcronym,
  mentionsName,
  type TextContext,
} from '../../pipeline/eval/kinds.ts';
import type { Gold } from '../../pipeline/eval/gold.ts';
import type { BuildDatasets } from '../../pipeline/eval/kinds.ts';
import type { EventRecord, LegalTextRecord } from '../../pipeline/types/records.ts';
import { datasets, gold, organisation } from './fixtures.ts';

function context(goldFile: Gold, build: BuildDatasets, text: string | null = null): TextContext {
  return {
    gold: goldFile,
    sourceId: 'text-a',
    datasets: build,
    organisationsById: new Map(build.organisations.map((record) => [record.id, record])),
    text: text === null ? null : indexText(text),
  };
}

function score(kind: string, goldFile: Gold, build: BuildDatasets, text: string | null = null) {
  const definition = KINDS.find((candidate) => candidate.name === kind);
  if (definition === undefined) throw new Error(`no kind ${kind}`);
  return definition.score(context(goldFile, build, text));
}

describe('organisations', () => {
  const goldFile = gold({
    organisations: [
      { name: 'direction interministérielle du numérique', acronym: 'DINUM', type: 'direction', parent: null },
      { name: 'département Etalab', acronym: null, type: 'département', parent: 'DINUM' },
      { name: null, acronym: 'ANSSI', type: null, parent: null },
    ],
  });

  it('matches by acronym (case sensitive) or by normalised name', () => {
    const build = datasets({
      organisations: [
        organisation('o1', { name: 'Direction interministérielle du numérique', acronym: 'DINUM' }),
        organisation('o2', { name: 'Étalab' }),
        organisation('o3', { acronym: 'Anssi' }),
      ],
    });
    const result = score('organisations', goldFile, build);
    expect(result.score).toMatchObject({ gold: 3, found: 3, tp: 2, fp: 1, fn: 1 });
    expect(result.misses.map((miss) => miss.label)).toEqual(['ANSSI']);
    expect(result.false_finds).toEqual([{ id: 'o3', label: 'Anssi' }]);
  });

  it('only scores records whose sources include the text', () => {
    const build = datasets({ organisations: [organisation('o1', { acronym: 'DINUM', sources: ['text-b'] })] });
    expect(score('organisations', goldFile, build).score).toMatchObject({ found: 0, tp: 0, fn: 3 });
  });

  it('lets one record match one gold entry only', () => {
    const twice = gold({
      organisations: [
        { name: 'Etalab', acronym: null },
        { name: 'département Etalab', acronym: null },
      ],
    });
    const build = datasets({ organisations: [organisation('o1', { name: 'Etalab' })] });
    expect(score('organisations', twice, build).score).toMatchObject({ tp: 1, fn: 1, fp: 0 });
  });

  it('ignores predicted organisations that are committees of the gold', () => {
    const withCommittee = gold({ committees: [{ name: 'Conseil du numérique', frequency: 'semestrielle' }] });
    const build = datasets({ organisations: [organisation('o1', { name: 'Conseil du numérique', type: 'conseil' })] });
    const result = score('organisations', withCommittee, build);
    expect(result.score).toMatchObject({ found: 0, fp: 0 });
    expect(result.ignored).toEqual([
      { id: 'o1', label: 'Conseil du numérique (conseil)', reason: 'a committee of the gold' },
    ]);
  });
});

describe('acronyms', () => {
  it('needs the record to carry both the name and the acronym', () => {
    const goldFile = gold({ organisations: [{ name: 'Incubateur de services numériques', acronym: 'ISN' }] });
    const onlyAcronym = datasets({ organisations: [organisation('o1', { acronym: 'ISN' })] });
    const both = datasets({
      organisations: [
        organisation('o1', { acronym: 'ISN', name: 'département « Incubateur de services numériques »' }),
      ],
    });
    expect(score('acronyms', goldFile, onlyAcronym).score).toMatchObject({ gold: 1, found: 0, tp: 0 });
    expect(score('acronyms', goldFile, both).score).toMatchObject({ gold: 1, found: 1, tp: 1 });
  });
});

describe('records merged from several texts', () => {
  const merged = datasets({
    organisations: [
      organisation('dinum', {
        name: 'direction interministérielle du numérique',
        acronym: 'DINUM',
        sources: ['text-a'],
      }),
      organisation('iso', {
        name: 'département des infrastructures et services opérés',
        acronym: 'ISO',
        parent_id: 'dinum',
      }),
    ],
  });
  const goldFile = gold({
    organisations: [
      { name: null, acronym: 'DINUM' },
      { name: 'département Infrastructures et services opérés', acronym: null, parent: null },
    ],
  });

  it('sets aside an acronym pairing the text does not write (it comes from another text)', () => {
    const result = score(
      'acronyms',
      goldFile,
      merged,
      'La DINUM et le département « Infrastructures et services opérés ».',
    );
    expect(result.score).toMatchObject({ found: 0, fp: 0 });
    expect(result.ignored.map((entry) => [entry.id, entry.reason])).toEqual([
      ['dinum', 'the text does not write both the name and the acronym'],
      ['iso', 'the text does not write both the name and the acronym'],
    ]);
  });

  it('keeps the pairing when the text writes the acronym with the name spelled as one of the record’s alt_names', () => {
    const spelled = datasets({
      organisations: [
        organisation('atin', {
          name: "Agence des titres et de l'identité numérique",
          acronym: 'ATIN',
          alt_names: ['Agence des titres et identités numériques', 'Atin'],
          sources: ['text-a'],
        }),
      ],
    });
    const atin = gold({ organisations: [{ name: 'Agence des titres et identités numériques', acronym: 'ATIN' }] });
    expect(score('acronyms', atin, spelled, 'L’Agence des titres et identités numériques (ATIN) délivre les titres.').score).toMatchObject({ found: 1, tp: 1 });
    // (An alt name that is the acronym in another case makes no pairing: the text writes the acronym alone.)
    expect(score('acronyms', atin, spelled, 'L’ATIN et l’Atin délivrent les titres.').score).toMatchObject({ found: 0, fp: 0 });
    // (Nor the name shortened: « l’Agence des titres » with the acronym is no definition of the body.)
    const shortened = datasets({ organisations: [organisation('atin', { name: "Agence des titres et de l'identité numérique", acronym: 'ATIN', alt_names: ['Agence des titres'], sources: ['text-a'] })] });
    expect(score('acronyms', gold({ organisations: [{ name: null, acronym: 'ATIN' }] }), shortened, 'L’ATIN, l’Agence des titres, délivre les titres.').score).toMatchObject({ found: 0, fp: 0 });
  });

  it('keeps the pairing when the text writes both, and without the text', () => {
    const text =
      'La direction interministérielle du numérique (DINUM) comprend le département des infrastructures et services opérés (ISO).';
    expect(score('acronyms', goldFile, merged, text).score).toMatchObject({ found: 2, fp: 2 });
    expect(score('acronyms', goldFile, merged, null).score).toMatchObject({ found: 2, fp: 2 });
  });

  it('sets aside a parent the text never mentions, keeps one it mentions', () => {
    const silent = score(
      'hierarchy',
      goldFile,
      merged,
      'Le département « Infrastructures et services opérés » opère le RIE.',
    );
    expect(silent.score).toMatchObject({ found: 0, fp: 0 });
    expect(silent.ignored[0]?.reason).toBe('the text does not mention the parent');
    const stated = score(
      'hierarchy',
      goldFile,
      merged,
      'Le département « Infrastructures et services opérés » de la DINUM.',
    );
    expect(stated.score).toMatchObject({ found: 1, fp: 1 });
  });

  it('finds acronyms as whole words, case sensitive, and names normalised', () => {
    const text = indexText('Les ambitions de la DNUM 2023-2027, l’Incubateur de services numériques.');
    expect(mentionsAcronym(text, 'DNUM')).toBe(true);
    expect(mentionsAcronym(text, 'DNum')).toBe(false);
    expect(mentionsAcronym(text, 'NUM')).toBe(false);
    expect(mentionsName(text, 'département « Incubateur de services numériques »')).toBe(true);
    expect(mentionsName(text, 'Incubateur de services')).toBe(true);
    expect(mentionsName(text, 'services numériques publics')).toBe(false);
  });

  it('reads a raw e-mail and a subtitle file as the pipeline shows them (decoded, cues joined)', () => {
    const eml = ['From: a@exemple.gouv.fr', 'MIME-Version: 1.0', 'Content-Transfer-Encoding: quoted-printable', '', 'La direction du num=C3=A9rique et des donn=', '=C3=A9es (DND) ouvre.'].join('\n');
    expect(mentionsName(indexText(eml), 'direction du numérique et des données')).toBe(true);
    const vtt = ['WEBVTT', '', '00:00:01.000 --> 00:00:02.000', '<v Ana>Le centre national', '', '00:00:02.000 --> 00:00:03.000', '<v Ana>des cartes ouvre.'].join('\n');
    expect(mentionsName(indexText(vtt), 'centre national des cartes')).toBe(true);
  });

  it('reads HTML character references as their characters (« Mission strat&eacute;gie, … »)', () => {
    const text = indexText('<li><strong>Mission strat&eacute;gie, architecture et urbanisation (MSAU)</strong>&nbsp;: M.&nbsp;Paul</li>');
    expect(mentionsName(text, 'Mission stratégie, architecture et urbanisation')).toBe(true);
    expect(mentionsAcronym(text, 'MSAU')).toBe(true);
  });

  it('reads HTML tags as spaces when looking for a name', () => {
    const text = indexText('<p>Conçu par le <strong>Laboratoire des usages</strong> (LDU), le service <em>ouvre</em>.</p>');
    expect(mentionsName(text, 'Laboratoire des usages')).toBe(true);
    expect(mentionsAcronym(text, 'LDU')).toBe(true);
    expect(mentionsName(text, 'strong Laboratoire')).toBe(false);
  });
});

describe('hierarchy', () => {
  const goldFile = gold({
    organisations: [
      { name: 'direction interministérielle du numérique', acronym: 'DINUM', type: 'direction', parent: null },
      { name: 'département Etalab', acronym: null, type: 'département', parent: 'DINUM' },
      { name: 'pôle Attractivité', acronym: null, type: 'pôle', parent: 'département RH' },
      { name: 'département RH', acronym: null, type: 'département', parent: 'DINUM' },
    ],
  });

  it('resolves the predicted parent through parent_id and the gold parent through the file', () => {
    const build = datasets({
      organisations: [
        // The parent record may come from another text: it is looked up in the whole dataset.
        organisation('dinum', {
          name: 'Direction interministérielle du numérique',
          acronym: null,
          sources: ['text-b'],
        }),
        organisation('etalab', { name: 'Etalab', parent_id: 'dinum' }),
        organisation('rh', { name: 'département « RH »', parent_id: 'dinum' }),
        organisation('attractivite', { name: 'pôle « Attractivité »', parent_id: 'etalab' }),
      ],
    });
    const result = score('hierarchy', goldFile, build);
    expect(result.score).toMatchObject({ gold: 3, found: 3, tp: 2, fp: 1, fn: 1 });
    expect(result.misses.map((miss) => miss.label)).toEqual(['pôle Attractivité → département RH']);
    expect(result.false_finds).toEqual([{ id: 'attractivite', label: 'pôle « Attractivité » → Etalab' }]);
  });

  it('counts a parent_id pointing nowhere as a false find', () => {
    const build = datasets({ organisations: [organisation('etalab', { name: 'Etalab', parent_id: 'missing' })] });
    const result = score('hierarchy', goldFile, build);
    expect(result.score).toMatchObject({ tp: 0, fp: 1 });
    expect(result.false_finds[0]?.label).toBe('Etalab → ? (missing not found)');
  });
});

describe('other kinds', () => {
  it('events: same date value and same type', () => {
    const goldFile = gold({
      events: [
        { date: '2019-10-25', type: 'creation', subject: 'DINUM' },
        { date: '2001', type: 'creation', subject: null },
      ],
    });
    const event = (id: string, date: string, type: EventRecord['type']): EventRecord => ({
      id,
      date,
      date_precision: 'day' as const,
      date_start: null,
      date_end: null,
      date_qualifier: null,
      type,
      subject_id: null,
      subject_name: null,
      description: '',
      legal_text_id: null,
      sources: ['text-a'],
      fact_ids: [],
    });
    const build = datasets({ events: [event('e1', '2019-10-25', 'creation'), event('e2', '2001-01', 'creation')] });
    expect(score('events', goldFile, build).score).toMatchObject({ tp: 1, fp: 1, fn: 1 });
  });

  it('events: a type the gold format does not list (attachment) is read as « other »', () => {
    const goldFile = gold({ events: [{ date: '2021-03', type: 'other', subject: null }] });
    const record = (id: string, type: EventRecord['type']): EventRecord => ({
      id, date: '2021-03', date_precision: 'month', date_start: null, date_end: null, date_qualifier: null, type,
      subject_id: null, subject_name: null, description: '', legal_text_id: null, sources: ['text-a'], fact_ids: [],
    });
    expect(score('events', goldFile, datasets({ events: [record('e1', 'attachment')] })).score).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(score('events', goldFile, datasets({ events: [record('e1', 'creation')] })).score).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('legal texts: type and number, or type and date when the gold has no number', () => {
    const goldFile = gold({
      legal_texts: [
        { type: 'décret', number: '2019-1088', date: '2019-10-25' },
        { type: 'circulaire', number: null, date: null },
      ],
    });
    const text = (
      id: string,
      type: LegalTextRecord['type'],
      number: string | null,
      date: string | null,
    ): LegalTextRecord => ({
      id,
      type,
      number,
      date,
      date_precision: null,
      title: null,
      sources: ['text-a'],
      fact_ids: [],
    });
    const build = datasets({
      legal_texts: [text('l1', 'décret', 'n° 2019-1088', null), text('l2', 'circulaire', null, null)],
    });
    expect(score('legal_texts', goldFile, build).score).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });

  it('figures: value and canonical unit', () => {
    const goldFile = gold({
      figures: [
        { value: 14000, unit: 'sites', qualifier: 'près de' },
        { value: 90, unit: '%' },
      ],
    });
    const figure = (id: string, value: number, unit: string) => ({
      id,
      value,
      unit,
      qualifier: null,
      measure: null,
      subject_id: null,
      quote: '',
      sources: ['text-a'],
      fact_ids: [],
    });
    const build = datasets({ figures: [figure('f1', 14000, 'site'), figure('f2', 90, 'sites')] });
    expect(score('figures', goldFile, build).score).toMatchObject({ tp: 1, fp: 1, fn: 1 });
  });

  it('contacts, links, people, products and committees', () => {
    const goldFile = gold({
      contacts: [{ email: 'tnt.dinum@modernisation.gouv.fr', organisation: 'TNT' }],
      links: [{ url: 'https://code.gouv.fr/sill/list', title: 'SILL' }],
      people: [{ name: 'Henri Verdier', role: 'directeur', organisation: 'DINSIC' }],
      products: [{ name: 'Socle interministériel des logiciels libres', alt_names: ['SILL'], operator: null }],
      committees: [{ name: 'Développement Concerté de l’Administration Numérique Territoriale', alt_names: ['DcANT'] }],
    });
    const base = { sources: ['text-a'], fact_ids: [] };
    const build = datasets({
      contacts: [{ id: 'c1', email: 'TNT.dinum@modernisation.gouv.fr', organisation_id: null, ...base }],
      links: [{ id: 'k1', url: 'https://code.gouv.fr/sill/list', title: null, ...base }],
      people: [{ id: 'p1', name: 'Henri VERDIER', role: null, organisation_id: null, ...base }],
      products: [{ id: 'r1', name: 'SILL', acronym: null, alt_names: [], type: null, operator_id: null, description: null, ...base }],
      committees: [{ id: 'm1', name: 'DcANT', alt_names: [], frequency: null, participants: [], topics: [], ...base }],
    });
    for (const kind of ['contacts', 'links', 'people', 'products', 'committees']) {
      expect(score(kind, goldFile, build).score, kind).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    }
  });
});

describe('products: a record\'s acronym', () => {
  const base = { sources: ['text-a'], fact_ids: [] };
  const record = { id: 'r1', name: 'Certificats énergétiques des logements', acronym: 'CEL', alt_names: [], type: null, operator_id: null, description: null, ...base };

  it('matches an entry named by it, as written', () => {
    const goldFile = gold({ products: [{ name: 'CEL', alt_names: [], operator: null }] });
    expect(score('products', goldFile, datasets({ products: [record] })).score).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('matches no entry that writes it otherwise', () => {
    const otherCase = gold({ products: [{ name: 'Cel', alt_names: [], operator: null }] });
    expect(score('products', otherCase, datasets({ products: [record] })).score).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });
});

describe('products and committees: the spellings of other texts', () => {
  const base = { sources: ['text-a', 'text-b'], fact_ids: [] };

  it('match an entry by a name the record keeps besides its own', () => {
    const goldFile = gold({
      products: [{ name: 'Sésame Agents', alt_names: [], operator: null }],
      committees: [{ name: 'comité ministériel de la donnée', alt_names: [] }],
    });
    const build = datasets({
      products: [{ id: 'r1', name: 'Sésame-Agent', acronym: null, alt_names: ['Sésame Agents'], type: null, operator_id: null, description: null, ...base }],
      committees: [{ id: 'm1', name: 'comité ministériel des données', alt_names: ['comité ministériel de la donnée'], frequency: null, participants: [], topics: [], ...base }],
    });
    for (const kind of ['products', 'committees']) expect(score(kind, goldFile, build).score, kind).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('score a build made before products and committees had alt_names (records without the field)', () => {
    const goldFile = gold({ products: [{ name: 'Tchap', alt_names: [], operator: null }], committees: [{ name: 'comité de suivi', alt_names: [] }] });
    const build = datasets({
      products: [{ id: 'r1', name: 'Tchap', acronym: null, type: null, operator_id: null, description: null, ...base } as never],
      committees: [{ id: 'm1', name: 'comité de suivi', frequency: null, participants: [], topics: [], ...base } as never],
    });
    for (const kind of ['products', 'committees']) expect(score(kind, goldFile, build).score, kind).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('match no entry by a name the record does not keep', () => {
    const goldFile = gold({ committees: [{ name: 'comité ministériel de la donnée', alt_names: [] }] });
    const build = datasets({
      committees: [{ id: 'm1', name: 'comité ministériel des données', alt_names: ['comité des données'], frequency: null, participants: [], topics: [], ...base }],
    });
    expect(score('committees', goldFile, build).score).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });
});

describe('DEFINITIONS', () => {
  it('covers every kind', () => {
    expect(Object.keys(DEFINITIONS)).toEqual(KINDS.map((kind) => kind.name));
  });
});

describe('acronyms: case variants of one body', () => {
  it('scores a text on the spelling it writes when the merged record keeps the other in alt_names', () => {
    const goldFile = gold({ organisations: [{ name: 'Direction interministérielle du numérique', acronym: 'Dinum', type: 'direction', parent: null }] });
    const build = datasets({
      organisations: [organisation('org-d', { name: 'direction interministérielle du numérique', acronym: 'DINUM', alt_names: ['Dinum'] })],
    });
    const result = score('acronyms', goldFile, build, 'La Direction interministérielle du numérique (Dinum) pilote.');
    expect(result.score).toMatchObject({ gold: 1, tp: 1, fn: 0 });
  });
});
