import { describe, expect, it } from 'vitest';
import { assembleResults, evaluateSet, findSource, type SetInput } from '../../pipeline/eval/evaluate.ts';
import { SHA_A, SHA_B, datasets, goldText, organisation, source } from './fixtures.ts';

function input(partial: Partial<SetInput>): SetInput {
  return {
    name: 'test',
    texts_folder: 'texts',
    gold_folder: 'gold',
    status: 'scored',
    gold: [],
    gold_files: 0,
    datasets: null,
    notes: [],
    ...partial,
  };
}

describe('findSource', () => {
  it('pairs a gold file with its text by sha256, whatever the names', () => {
    const text = goldText('000_seed.json', { file: '000_seed.txt', sha256: SHA_B });
    const found = findSource(text, [source('renamed', SHA_A), source('other-name', SHA_B)]);
    expect(found.source?.id).toBe('other-name');
    expect(found.notes).toEqual([]);
  });

  it('falls back on the file name, warning that the text changed', () => {
    const text = goldText('dinum.json', { file: 'dinum.txt', sha256: SHA_A });
    const found = findSource(text, [source('dinum', SHA_B, 'dinum.txt')]);
    expect(found.source?.id).toBe('dinum');
    expect(found.notes.map((note) => note.code)).toEqual(['gold-text-changed']);
  });

  it('reports a gold file whose text is not in the build', () => {
    const found = findSource(goldText('x.json', { file: 'x.txt', sha256: SHA_B }), [source('a', SHA_A)]);
    expect(found.source).toBeNull();
    expect(found.notes.map((note) => note.code)).toEqual(['gold-text-not-built']);
  });
});

describe('evaluateSet', () => {
  const goldA = goldText('a.json', {
    file: 'a.txt',
    sha256: SHA_A,
    date: '2026-11-20',
    organisations: [
      { name: 'direction interministérielle du numérique', acronym: 'DINUM', parent: null },
      { name: 'département Etalab', acronym: null, parent: 'DINUM' },
    ],
    links: [{ url: 'https://www.etalab.gouv.fr/', title: null }],
  });
  const goldB = goldText('b.json', {
    file: 'b.txt',
    sha256: SHA_B,
    annotator: 'someone, 2026-11-25',
    organisations: [{ name: null, acronym: 'ANSSI' }],
  });
  const build = datasets({
    sources: [source('text-a', SHA_A), source('text-b', SHA_B)],
    organisations: [
      organisation('dinum', {
        acronym: 'DINUM',
        name: 'direction interministérielle du numérique',
        sources: ['text-a', 'text-b'],
      }),
      organisation('etalab', { name: 'Etalab', parent_id: 'dinum' }),
    ],
  });

  it('scores each text on its own records and sums per kind', () => {
    const result = evaluateSet(input({ gold: [goldB, goldA], gold_files: 2, datasets: build }));
    expect(result.texts).toBe(2);
    expect(result.per_text.map((text) => [text.gold_file, text.source_id])).toEqual([
      ['a.json', 'text-a'],
      ['b.json', 'text-b'],
    ]);
    // text-a: DINUM and Etalab found; text-b: ANSSI missed, DINUM (also from text-b) is a false find there.
    expect(result.scores.organisations).toMatchObject({ gold: 3, found: 3, tp: 2, fp: 1, fn: 1 });
    expect(result.scores.hierarchy).toMatchObject({ gold: 1, found: 1, tp: 1 });
    expect(result.scores.links).toMatchObject({ gold: 1, found: 0, fn: 1 });
    expect(result.misses.organisations).toEqual([
      { text: 'b.json', label: 'ANSSI', entry: expect.objectContaining({ acronym: 'ANSSI' }) },
    ]);
    expect(result.false_finds.organisations).toEqual([
      { text: 'b.json', id: 'dinum', label: 'DINUM — direction interministérielle du numérique' },
    ]);
    expect(result.gold_entries).toMatchObject({ organisations: 3, hierarchy: 1, acronyms: 1, links: 1, events: 0 });
    expect(result.gold_date).toBe('2026-11-25');
    // « all » sums the base kinds only (organisations + links here).
    expect(result.all).toMatchObject({ gold: 4, found: 3, tp: 2 });
  });

  it('counts the gold of a set that was not built but scores nothing', () => {
    const result = evaluateSet(input({ status: 'build-failed', gold: [goldA], gold_files: 1, datasets: null }));
    expect(result.texts).toBe(0);
    expect(result.gold_entries.organisations).toBe(2);
    expect(result.scores.organisations).toMatchObject({ gold: 0, found: 0, tp: 0 });
  });

  it('notes a gold parent that names no organisation of the file', () => {
    const orphan = goldText('c.json', { organisations: [{ name: 'pôle X', acronym: null, parent: 'département Y' }] });
    const result = evaluateSet(input({ gold: [orphan], gold_files: 1, datasets: build }));
    expect(result.notes.map((note) => note.code)).toContain('gold-parent-unresolved');
  });
});

describe('assembleResults', () => {
  it('sums the scored sets only', () => {
    const goldA = goldText('a.json', { organisations: [{ name: 'Etalab', acronym: null }] });
    const scored = evaluateSet(
      input({
        name: 'one',
        gold: [goldA],
        gold_files: 1,
        datasets: datasets({ organisations: [organisation('e', { name: 'Etalab' })] }),
      }),
    );
    const empty = evaluateSet(input({ name: 'two', status: 'no-gold' }));
    const results = assembleResults([scored, empty], 'f'.repeat(40));
    expect(results.overall.sets).toEqual(['one']);
    expect(results.overall.texts).toBe(1);
    expect(results.overall.scores.organisations).toMatchObject({ gold: 1, found: 1, tp: 1, f1: 1 });
    expect(results.kinds[0]).toBe('organisations');
  });
});
