import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assembleDist } from '../../pipeline/stages/package/assemble.ts';
import { DATASETS_IN_ORDER, columnNames } from '../../pipeline/stages/package/contract.ts';
import {
  DATASET_FR,
  exampleText,
  exampleValue,
  renderDataDictionary,
  renderDataDictionaryFr,
} from '../../pipeline/stages/package/dictionary.ts';
import type { DatasetName } from '../../pipeline/types/records.ts';
import { fixtureDatasets, fixtureMeta } from './fixtures.ts';

/** The Markdown of one dataset's section (from its heading to the next level-3 heading or the end). */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n### ${heading}\n`);
  expect(start, `section "${heading}"`).toBeGreaterThan(-1);
  const next = markdown.indexOf('\n### ', start + 1);
  return markdown.slice(start, next === -1 ? undefined : next);
}

/** Rows of the column table of a section: column name → cells. */
function columnRows(sectionText: string): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const line of sectionText.split('\n')) {
    const m = /^\| \d+ \| `([a-z0-9_]+)` \|(.*)\|$/.exec(line);
    if (m?.[1] && m[2] !== undefined) rows.set(m[1], m[2].split(/(?<!\\)\|/).map((c) => c.trim()));
  }
  return rows;
}

const BASE = 'https://example.org/download/';

describe('renderDataDictionary (schema only, docs/datasets.md)', () => {
  it('documents every column of every dataset, in schema order, and carries no data', () => {
    const md = renderDataDictionary();
    for (const name of DATASETS_IN_ORDER) {
      expect([...columnRows(section(md, name)).keys()]).toEqual(columnNames(name));
    }
    expect(md).not.toContain('**Rows:');
    expect(md).not.toContain('| example |');
  });
});

describe('renderDataDictionary with data (dist/README.md)', () => {
  const datasets = fixtureDatasets();
  const files = assembleDist(datasets, fixtureMeta());
  const md = renderDataDictionary({ datasets, files, downloadBaseUrl: BASE, extraSection: '## Quality of the data\n\nSome text.' });

  it('gives every dataset its purpose, row count, download links with sizes, and every column with type, description and example', () => {
    for (const name of DATASETS_IN_ORDER) {
      const s = section(md, name);
      expect(s).toContain(`**Rows: ${datasets[name].length}.**`);
      const size = Buffer.byteLength(files.get(`${name}.csv`) ?? '', 'utf8');
      expect(s).toContain(`[${name}.csv](${BASE}${name}.csv) (`);
      expect(size).toBeGreaterThan(0);
      expect(s).toContain(`[${name}.jsonld](${BASE}${name}.jsonld)`);
      const rows = columnRows(s);
      expect([...rows.keys()]).toEqual(columnNames(name));
      for (const [column, cells] of rows) {
        // type | description | example | JSON-LD
        expect(cells, `${name}.${column}`).toHaveLength(4);
        expect(cells[0], `${name}.${column} type`).not.toBe('');
        expect(cells[1], `${name}.${column} description`).not.toBe('');
        const example = exampleValue(datasets[name], column);
        if (example !== undefined) expect(cells[2], `${name}.${column} example`).toContain(exampleText(example).slice(0, 20).replaceAll('|', '\\|'));
      }
    }
  });

  it('gives, on unsorted records with repeated ids and empty values, what a scan for the smallest id gives', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: fc.constantFrom('a', 'b', 'c', 'é', 'B'), v: fc.constantFrom(null, '', 'x', 'y', [], ['z']) }), { maxLength: 12 }),
        (records) => {
          // The reference: one pass, the smallest id wins, the first of equal ids in input order.
          let best: { id: string; v: unknown } | undefined;
          for (const r of records) if (!(r.v === null || r.v === '' || (Array.isArray(r.v) && r.v.length === 0)) && (!best || r.id < best.id)) best = r;
          expect(exampleValue(records, 'v')).toStrictEqual(best?.v);
        },
      ),
    );
  });

  it('takes the example of a column from the first non-empty value in id order', () => {
    // Organisations in id order: anssi (name null), dinum, etalab.
    expect(exampleValue(datasets.organisations, 'name')).toBe('direction interministérielle du numérique');
    expect(exampleValue(datasets.organisations, 'acronym')).toBe('ANSSI');
    // anssi has no alternative names: the first non-empty list is dinum's.
    expect(exampleValue(datasets.organisations, 'alt_names')).toEqual(datasets.organisations.find((o) => o.id === 'dinum')?.alt_names);
    expect(exampleValue(datasets.organisations, 'parent_id')).toBe('dinum');
    expect(exampleValue([], 'name')).toBeUndefined();
    const rows = columnRows(section(md, 'organisations'));
    expect(rows.get('acronym')?.[2]).toBe('`ANSSI`');
    expect(rows.get('alt_names')?.[2]).toMatch(/^`DINSIC\\\|direction interministérielle/);
  });

  it('lists the datasets with their row counts up front, then the extra section', () => {
    expect(md).toContain('## Datasets of this build');
    expect(md).toContain(`| [\`facts\`](#facts) | ${datasets.facts.length} | Facts | [CSV](${BASE}facts.csv)`);
    expect(md.indexOf('## Quality of the data')).toBeGreaterThan(md.indexOf('## Datasets of this build'));
    expect(md.indexOf('## Quality of the data')).toBeLessThan(md.indexOf('## Files of a build'));
  });

  it('keeps a value that would break a Markdown table or code span inside its cell', () => {
    expect(exampleText(['a|b', 'c'])).toBe('a\\|b|c');
    expect(exampleText('ligne\nsuivante')).toBe('ligne suivante');
    expect([...exampleText('x'.repeat(100))]).toHaveLength(60);
    const odd = { ...datasets, links: [{ ...datasets.links[0]!, title: 'a `tick` and | pipe' }] };
    const rows = columnRows(section(renderDataDictionary({ datasets: odd }), 'links'));
    expect(rows.get('title')?.[2]).toBe('``a `tick` and \\| pipe``');
  });
});

describe('renderDataDictionaryFr', () => {
  const datasets = fixtureDatasets();
  const md = renderDataDictionaryFr(datasets, { downloadBaseUrl: BASE });

  it('describes every dataset in French with its row count, files, and every column with an example', () => {
    for (const name of DATASETS_IN_ORDER) {
      const fr = DATASET_FR[name];
      const s = section(md, `${fr.title} (\`${name}\`)`);
      expect(s).toContain(fr.purpose);
      const n = datasets[name].length;
      expect(s).toContain(`**${n} ligne${n > 1 ? 's' : ''}.**`);
      expect(s).toContain(`[${name}.csv](${BASE}${name}.csv)`);
      const rows = columnRows(s);
      expect([...rows.keys()]).toEqual(columnNames(name));
      // type | description | example
      for (const cells of rows.values()) expect(cells).toHaveLength(3);
    }
    expect(columnRows(section(md, 'Organisations (`organisations`)')).get('parent_id')?.[0]).toBe(
      'identifiant de `organisations`, ou vide (null)',
    );
  });

  it('has a French title and purpose for every dataset', () => {
    for (const name of DATASETS_IN_ORDER as DatasetName[]) {
      expect(DATASET_FR[name].title.length).toBeGreaterThan(0);
      expect(DATASET_FR[name].purpose.length).toBeGreaterThan(20);
    }
  });
});

describe('committed dist/README.md', () => {
  it('documents every column of every dataset', () => {
    const readme = readFileSync(new URL('../../dist/README.md', import.meta.url), 'utf8');
    for (const name of DATASETS_IN_ORDER) {
      expect([...columnRows(section(readme, name)).keys()], name).toEqual(columnNames(name));
    }
  });
});
