import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  FACT_KINDS,
  RECORD_DATASETS,
  assembleQuality,
  parseEvaluationSummary,
  renderQuality,
  renderQualityMarkdown,
  type QualityReport,
} from '../../pipeline/stages/quality/index.ts';
import { readEvaluationSummary } from '../../pipeline/stages/quality/read.ts';
import { fixtureDatasets } from '../package/fixtures.ts';

const A = '01_decret-2009-834';
const B = '03_communique-dinum';

/** A small results file in the shape `npm run eval` writes (eval/results/latest.json), with keys we ignore. */
function evalResults(): Record<string, unknown> {
  const score = (gold: number, found: number, tp: number) => ({
    gold,
    found,
    tp,
    fp: found - tp,
    fn: gold - tp,
    precision: found === 0 ? null : tp / found,
    recall: gold === 0 ? null : tp / gold,
    f1: gold + found === 0 ? null : (2 * tp) / (gold + found),
  });
  return {
    tool: 'etat-numerique eval',
    commit: 'abc',
    gold_date: '2026-11-20',
    kinds: ['organisations', 'acronyms', 'events', 'contacts'],
    sets: [
      { name: 'sources', status: 'scored', gold_date: '2026-11-20', texts: 2, misses: {} },
      { name: 'devset', status: 'scored', gold_date: '2026-11-18', texts: 3 },
      { name: 'other', status: 'no-gold', gold_date: null, texts: 0 },
    ],
    overall: {
      sets: ['sources', 'devset'],
      texts: 5,
      gold_entries: { organisations: 10 },
      scores: {
        organisations: score(10, 8, 6),
        acronyms: score(4, 4, 3),
        events: score(6, 3, 3),
        contacts: score(0, 0, 0),
      },
      all: score(16, 11, 9),
    },
  };
}

const report = (evaluation = parseEvaluationSummary(evalResults())): QualityReport =>
  assembleQuality(fixtureDatasets(), evaluation);

describe('assembleQuality on the fixture', () => {
  it('counts the facts of each kind per source, every kind listed', () => {
    const r = report(null);
    expect(r.sources.map((s) => s.id)).toEqual([A, B]);
    const a = r.sources[0];
    expect(Object.keys(a?.facts.by_kind ?? {})).toEqual([...FACT_KINDS]);
    expect(a?.facts).toEqual({ total: 2, by_kind: expect.objectContaining({ organisation: 1, 'legal-text': 1, event: 0 }) });
    expect(r.sources[1]?.facts.total).toBe(11);
    expect(r.sources[1]?.facts.by_kind).toMatchObject({ event: 2, figure: 2, link: 1, 'legal-text': 0 });
    expect(r.facts.total).toBe(13);
    // f-0013 (an organisation mention in the decree) produced no record.
    expect(r.facts.without_record).toMatchObject({ organisation: 1, event: 0 });
    expect(r.sources[1]).toMatchObject({ date: '2020-04', title: expect.stringContaining('Base Adresse Nationale') });
  });

  it('reports the conflicts between sources, each value with its source, and the pairs of sources that disagree', () => {
    const { conflicts, sources, datasets } = report(null);
    expect(conflicts.total).toBe(1);
    expect(conflicts.by_dataset).toEqual({ organisations: 1 });
    expect(conflicts.by_source_pair).toEqual([{ sources: [A, B], conflicts: 1 }]);
    expect(conflicts.items).toEqual([
      {
        id: 'conflict-etalab-founding',
        dataset: 'organisations',
        record_id: 'etalab',
        field: 'founding_date',
        values: [
          { value: '2011', source: B },
          { value: '2012', source: A },
        ],
      },
    ]);
    expect(sources.map((s) => s.conflicts)).toEqual([1, 1]);
    expect(datasets.find((d) => d.name === 'organisations')?.conflicts).toBe(1);
  });

  it('counts the records that rest on a single source, per dataset and per source', () => {
    const r = report(null);
    const orgs = r.datasets.find((d) => d.name === 'organisations');
    // dinum and etalab come from the communiqué only; anssi from both texts.
    expect(orgs?.single_source).toEqual({ records: 2, share: 0.6667 });
    expect(r.datasets.find((d) => d.name === 'events')?.single_source).toEqual({ records: 4, share: 1 });
    // Datasets that are not read from the texts record by record have no such count.
    expect(r.datasets.find((d) => d.name === 'sources')?.single_source).toBeNull();
    expect(r.datasets.find((d) => d.name === 'facts')?.single_source).toBeNull();
    expect(RECORD_DATASETS).not.toContain('conflicts');
    // A: ev-anssi-creation and decret-2009-834; B: the 13 other records read from the communiqué only.
    expect(r.sources.map((s) => s.single_source_records)).toEqual([2, 13]);
    expect(r.sources[0]?.records).toMatchObject({ organisations: 1, events: 1, legal_texts: 1, people: 0 });
  });

  it('ranks the fields left empty most often (share, then count, then dataset and column order)', () => {
    const { empty_fields, datasets } = report(null);
    expect(empty_fields.slice(0, 7).map((e) => [e.dataset, e.field, e.empty, e.records, e.share])).toEqual([
      // (The fixture's one committee has no other spelling: its alt_names are empty, a share of 1.)
      ['committees', 'alt_names', 1, 1, 1],
      ['events', 'date_start', 3, 4, 0.75],
      ['events', 'date_end', 3, 4, 0.75],
      ['events', 'subject_name', 3, 4, 0.75],
      ['organisations', 'parent_id', 2, 3, 0.6667],
      ['events', 'date_qualifier', 2, 4, 0.5],
      ['events', 'legal_text_id', 2, 4, 0.5],
    ]);
    expect(empty_fields.every((e) => e.empty > 0)).toBe(true);
    // Per dataset, every field that may be empty is listed in column order, even when never empty.
    expect(datasets.find((d) => d.name === 'organisations')?.empty_fields.map((e) => e.field)).toEqual([
      'name',
      'acronym',
      'type',
      'parent_id',
      'alt_names',
      'founding_date',
      'founding_date_precision',
    ]);
    expect(datasets.find((d) => d.name === 'people')?.empty_fields).toEqual([
      { field: 'role', empty: 0, share: 0 },
      { field: 'organisation_id', empty: 0, share: 0 },
    ]);
  });

  it('quotes the evaluation: precision and recall per kind, the date and the size of the annotated set', () => {
    const { evaluation, datasets } = report();
    expect(evaluation?.gold_date).toBe('2026-11-20');
    expect(evaluation?.annotated).toEqual({
      texts: 5,
      entries: 16,
      sets: [
        { name: 'sources', texts: 2, gold_date: '2026-11-20' },
        { name: 'devset', texts: 3, gold_date: '2026-11-18' },
      ],
    });
    expect(evaluation?.kinds.map((k) => [k.kind, k.dataset, k.field, k.precision, k.recall])).toEqual([
      ['organisations', 'organisations', null, 0.75, 0.6],
      ['acronyms', 'organisations', 'acronym', 0.75, 0.75],
      ['events', 'events', null, 1, 0.5],
      ['contacts', 'contacts', null, null, null],
    ]);
    expect(evaluation?.all).toMatchObject({ gold: 16, found: 11, tp: 9, precision: 0.8182, recall: 0.5625 });
    expect(datasets.find((d) => d.name === 'organisations')?.evaluation).toEqual([
      { kind: 'organisations', field: null, precision: 0.75, recall: 0.6 },
      { kind: 'acronyms', field: 'acronym', precision: 0.75, recall: 0.75 },
    ]);
  });

  it('says there is no evaluation when there is none', () => {
    const r = report(null);
    expect(r.evaluation).toBeNull();
    expect(renderQualityMarkdown(r)).toContain('No evaluation results were available');
  });
});

describe('renderQuality', () => {
  it('is deterministic JSON that parses back to the report', () => {
    const evaluation = parseEvaluationSummary(evalResults());
    const a = renderQuality(fixtureDatasets(), evaluation);
    expect(renderQuality(fixtureDatasets(), evaluation)).toBe(a);
    expect(a.endsWith('}\n')).toBe(true);
    expect(JSON.parse(a)).toEqual(JSON.parse(JSON.stringify(assembleQuality(fixtureDatasets(), evaluation))));
  });

  it('does not depend on the order of the records', () => {
    const shuffled = fixtureDatasets();
    shuffled.facts.reverse();
    shuffled.conflicts.reverse();
    shuffled.organisations.reverse();
    shuffled.sources.reverse();
    expect(renderQuality(shuffled, null)).toBe(renderQuality(fixtureDatasets(), null));
  });

  it('summarises in Markdown: the evaluation table, records, facts per source and conflicts', () => {
    const md = renderQualityMarkdown(report());
    expect(md).toMatch(/^## Quality of the data\n/);
    expect(md).toContain('Annotated set: 5 texts (sources: 2 texts, devset: 3 texts), 16 annotated entries; latest annotation 2026-11-20.');
    expect(md).toContain('| acronyms | organisations (`acronym`) | 75.0 % | 75.0 % | 4 | 4 |');
    expect(md).toContain('| organisations | 3 | 2 (66.7 %) | 1 |');
    expect(md).toContain(`| \`${B}\` | 2020-04 | 11 |`);
    expect(md).toContain(`| organisations | \`etalab\` | \`founding_date\` | 2011 (${B}); 2012 (${A}) |`);
  });
});

describe('parseEvaluationSummary (tolerant)', () => {
  it('returns null for what it does not recognise', () => {
    for (const junk of [null, undefined, 42, 'x', [], {}, { overall: {} }, { overall: { texts: 3, scores: {} } }]) {
      expect(parseEvaluationSummary(junk)).toBeNull();
    }
  });

  it('leaves out a malformed kind and ignores unknown keys', () => {
    const results = evalResults();
    const overall = results.overall as { scores: Record<string, unknown>; extra?: unknown };
    overall.scores.events = { gold: 'six' };
    overall.extra = { anything: true };
    const summary = parseEvaluationSummary(results);
    expect(summary?.kinds.map((k) => k.kind)).toEqual(['organisations', 'acronyms', 'contacts']);
  });

  it('reads the committed eval/results/latest.json when it is there', async () => {
    const summary = await readEvaluationSummary();
    const raw = (() => {
      try {
        return JSON.parse(readFileSync(new URL('../../eval/results/latest.json', import.meta.url), 'utf8')) as unknown;
      } catch {
        return undefined;
      }
    })();
    expect(summary).toEqual(parseEvaluationSummary(raw));
    if (summary) {
      expect(summary.texts).toBeGreaterThan(0);
      expect(summary.kinds.length).toBeGreaterThan(0);
      for (const k of summary.kinds) {
        for (const m of [k.precision, k.recall]) if (m !== null) expect(m >= 0 && m <= 1).toBe(true);
      }
    }
  });

  it('gives null for a missing file', async () => {
    expect(await readEvaluationSummary('/nonexistent/latest.json')).toBeNull();
  });
});
