import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOLD_KEYS, goldDate, parseGold } from '../../pipeline/eval/gold.ts';
import { checkGoldReferences } from '../../pipeline/eval/kinds.ts';

const SOURCES_GOLD = path.resolve(import.meta.dirname, '../../eval/gold/sources');

describe('parseGold', () => {
  it('reports invalid JSON and schema problems as notes, never throws', () => {
    expect(parseGold('x.json', '{').notes.map((note) => note.code)).toEqual(['gold-invalid-json']);
    const bad = parseGold('y.json', JSON.stringify({ file: 'y.txt', figures: [{ value: '14 000', unit: 'sites' }] }));
    expect(bad.gold).toBeNull();
    expect(bad.notes.map((note) => note.code)).toEqual(['gold-kind-missing', 'gold-invalid']);
  });

  it('reads missing kinds as empty, with a warning', () => {
    const parsed = parseGold('z.json', JSON.stringify({ file: 'z.txt', sha256: 'c'.repeat(64), organisations: [] }));
    expect(parsed.gold?.links).toEqual([]);
    expect(parsed.notes.map((note) => note.code)).toEqual(['gold-kind-missing']);
  });

  it('refuses an organisation with neither name nor acronym', () => {
    const parsed = parseGold(
      'o.json',
      JSON.stringify({ file: 'o.txt', organisations: [{ name: null, acronym: null }] }),
    );
    expect(parsed.gold).toBeNull();
  });

  it('takes the annotation date from `date`, else from the annotator', () => {
    const withDate = parseGold(
      'd.json',
      JSON.stringify({ file: 'd.txt', date: '2026-11-24', annotator: 'x, 2026-11-25' }),
    );
    const fromAnnotator = parseGold('d.json', JSON.stringify({ file: 'd.txt', annotator: 'x, 2026-11-25' }));
    expect(withDate.gold && goldDate(withDate.gold)).toBe('2026-11-24');
    expect(fromAnnotator.gold && goldDate(fromAnnotator.gold)).toBe('2026-11-25');
  });
});

describe('eval/gold/sources', () => {
  const files = readdirSync(SOURCES_GOLD)
    .filter((name) => name.endsWith('.json'))
    .sort();

  it('holds one gold file per source text', () => {
    expect(files.length).toBe(5);
  });

  it.each(files)('%s follows GOLD-FORMAT.md, with every kind and resolvable parents', (name) => {
    const content = readFileSync(path.join(SOURCES_GOLD, name), 'utf8');
    const parsed = parseGold(name, content);
    expect(parsed.notes).toEqual([]);
    expect(parsed.gold).not.toBeNull();
    if (parsed.gold === null) return;
    expect(Object.keys(JSON.parse(content))).toEqual(expect.arrayContaining([...GOLD_KEYS]));
    expect(parsed.gold.file).toBe(name.replace(/\.json$/u, '.txt'));
    expect(checkGoldReferences(name, parsed.gold)).toEqual([]);
  });
});
