import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeCell,
  encodeCell,
  joinValues,
  neutraliseFormula,
  parseCsv,
  renderCsv,
  restoreFormula,
  splitValues,
} from '../../pipeline/stages/package/csv.ts';
import { datasetJson } from '../../pipeline/stages/package/json.ts';
import { DATASETS_IN_ORDER, columnsOf } from '../../pipeline/stages/package/contract.ts';
import type { DatasetName } from '../../pipeline/types/records.ts';
import { fixtureDatasets } from './fixtures.ts';

/**
 * A reader written from the README only (docs/datasets.md, "CSV"), independent of parseCsv: plain csv-parse with
 * `columns: true`, then: empty → null or [], drop one leading ', split lists on unescaped |, cast numbers.
 */
function readLikeAReuser(name: DatasetName, text: string): Record<string, unknown>[] {
  const rows = parse(text, { columns: true }) as Record<string, string>[];
  const columns = columnsOf(name);
  return rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (const c of columns) {
      const cell = row[c.name] ?? '';
      if (c.kind === 'integer' || c.kind === 'number') out[c.name] = cell === '' ? null : Number(cell);
      else {
        const text = cell.startsWith("'") ? cell.slice(1) : cell;
        if (c.kind === 'array') {
          out[c.name] = cell === '' ? [] : splitOnUnescapedBars(text);
        } else out[c.name] = cell === '' ? null : text;
      }
    }
    return out;
  });
}

/** Splits on "|" not preceded by an escaping backslash, unescaping "\|" and "\\" (as the README says). */
function splitOnUnescapedBars(text: string): string[] {
  const values: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') current += text[++i] ?? '';
    else if (text[i] === '|') {
      values.push(current);
      current = '';
    } else current += text[i];
  }
  return [...values, current];
}

/** Text that stresses CSV: quotes, separators, both line ends, formula starters, backslashes, non-ASCII. */
const trickyText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      '"',
      ',',
      '|',
      '\\',
      '\n',
      '\r',
      '\r\n',
      '\t',
      '=',
      '+',
      '-',
      '@',
      "'",
      ' ',
      '\u00a0',
      'é',
      '«',
      '»',
      '＝',
      '€',
    ),
    fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  ),
  minLength: 1,
  maxLength: 24,
});

describe('renderCsv', () => {
  it('writes a header in schema order, CRLF line ends, no BOM, rows sorted by id', () => {
    const csv = renderCsv('organisations', fixtureDatasets().organisations);
    expect(
      csv.startsWith(
        'id,name,acronym,type,parent_id,alt_names,founding_date,founding_date_precision,sources,fact_ids\r\n',
      ),
    ).toBe(true);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    const ids = (parse(csv, { columns: true }) as { id: string }[]).map((r) => r.id);
    expect(ids).toEqual(['anssi', 'dinum', 'etalab']);
  });

  it('keeps a year a year, a period a period, and writes null as an empty cell', () => {
    const rows = parse(renderCsv('events', fixtureDatasets().events), { columns: true }) as Record<string, string>[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get('ev-etalab-2011')).toMatchObject({
      date: '2011',
      date_precision: 'year',
      date_start: '',
      legal_text_id: '',
    });
    expect(byId.get('ev-strategie')).toMatchObject({
      date: '2023/2027',
      date_precision: 'period',
      date_start: '2023',
      date_end: '2027',
    });
  });

  it('neutralises formula cells in text columns but leaves negative numbers numeric', () => {
    const figures = parse(renderCsv('figures', fixtureDatasets().figures), { columns: true }) as Record<
      string,
      string
    >[];
    const cout = figures.find((r) => r.id === 'fig-cout');
    expect(cout?.value).toBe('-1.5');
    expect(cout?.quote).toBe("'-1,5 M€ de coûts de maintenance");
    const facts = parse(renderCsv('facts', fixtureDatasets().facts), { columns: true }) as Record<string, string>[];
    expect(facts.find((r) => r.id === 'f-0013')?.quote?.startsWith("'=")).toBe(true);
  });

  it('quotes a cell holding a lone LF or CR so that every reader sees one row per record', () => {
    const csv = renderCsv('events', fixtureDatasets().events);
    expect(csv).toContain('"\'- Feuille de route 2023-2027\n+ deux lignes"');
    expect(csv.split('\r\n').length).toBe(fixtureDatasets().events.length + 2);
  });

  it('joins multi-valued cells with "|" and escapes "|" and "\\" inside values', () => {
    expect(joinValues(['a|b', 'c\\d', 'e'])).toBe('a\\|b|c\\\\d|e');
    expect(splitValues('a\\|b|c\\\\d|e')).toEqual(['a|b', 'c\\d', 'e']);
    const orgs = parse(renderCsv('organisations', fixtureDatasets().organisations), { columns: true }) as Record<
      string,
      string
    >[];
    expect(orgs.find((r) => r.id === 'etalab')?.alt_names).toBe('Etalab \\| mission|=HYPERLINK("http://evil.example")');
  });
});

describe('CSV → csv-parse → records', () => {
  it.each(DATASETS_IN_ORDER.map((n) => [n]))('%s: parses back to the same records as the JSON', (name) => {
    const records = fixtureDatasets()[name] as unknown as Record<string, unknown>[];
    const csv = renderCsv(name, records);
    const fromJson = datasetJson(name, records).records;
    const parsed = parseCsv(name, csv);
    expect(parsed.problems).toEqual([]);
    expect(parsed.records).toEqual(fromJson);
    expect(readLikeAReuser(name, csv)).toEqual(fromJson);
  });

  it('reports a wrong header and a short row instead of throwing', () => {
    expect(parseCsv('links', 'id,url\r\nx,y\r\n').problems[0]).toMatch(/header/);
    const csv = renderCsv('links', fixtureDatasets().links).replace(/\r\n$/, '') + '\r\nshort,row\r\n';
    expect(parseCsv('links', csv).problems).toEqual(['row 3 has 2 cells, expected 5']);
    expect(parseCsv('links', 'id,url\r\n"unclosed').problems[0]).toMatch(/^CSV_/);
  });
});

describe('CSV properties', () => {
  it('a text cell survives encode → csv-stringify → csv-parse → decode, whatever it holds', () => {
    fc.assert(
      fc.property(
        trickyText,
        trickyText,
        fc.array(trickyText, { maxLength: 5 }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        (name, quote, values, value) => {
          const record = {
            id: 'fig-1',
            value: Object.is(value, -0) ? 0 : value,
            unit: name,
            qualifier: null,
            measure: quote,
            subject_id: null,
            quote,
            sources: ['s'],
            fact_ids: values.length ? values : ['f'],
          };
          const csv = renderCsv('figures', [record]);
          expect(parseCsv('figures', csv)).toEqual({ records: [record], problems: [] });
          expect(readLikeAReuser('figures', csv)).toEqual([record]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('multi-valued cells round-trip for any list of non-empty strings', () => {
    const column = columnsOf('committees').find((c) => c.name === 'participants');
    if (!column) throw new Error('no participants column');
    fc.assert(
      fc.property(fc.array(trickyText, { maxLength: 6 }), (values) => {
        expect(decodeCell(column, encodeCell(column, values))).toEqual(values);
      }),
      { numRuns: 300 },
    );
  });

  it('a neutralised cell never starts with a formula character, and the rule is reversible', () => {
    fc.assert(
      fc.property(trickyText, (s) => {
        const n = neutraliseFormula(s);
        expect(/^[=+\-@\t\r＝＋－＠]/u.test(n)).toBe(false);
        expect(restoreFormula(n)).toBe(s);
      }),
    );
  });
});
