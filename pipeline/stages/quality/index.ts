/**
 * Quality stage (pure): datasets + evaluation summary → dist/quality.json, and the same numbers as a Markdown section
 * for the README and the site. Tells reusers how much to trust each dataset: facts extracted per source and kind,
 * conflicts between sources, records resting on a single source, fields left empty most often, and the precision
 * and recall measured on hand-annotated texts (with the date and size of the annotated set).
 * Deterministic: sorted by id / schema order, shares rounded to 4 decimals, no clock.
 */
import type { DatasetName, Datasets } from '../../types/records.ts';
import { DATASETS_IN_ORDER, DATASET_SCHEMAS, columnsOf } from '../package/contract.ts';
import type { EvaluationSummary, KindScore } from './evaluation.ts';

export { parseEvaluationSummary } from './evaluation.ts';
export type { EvaluationSummary, EvaluationSet, KindScore } from './evaluation.ts';

/** Fact kinds, in the order of the facts schema's enum. */
export const FACT_KINDS: readonly string[] = (DATASET_SCHEMAS.facts.properties.kind?.enum ?? []).filter(
  (k): k is string => k !== null,
);

/** Datasets whose records are read from the texts (they have `sources` and `fact_ids`), in publication order. */
export const RECORD_DATASETS: readonly DatasetName[] = DATASETS_IN_ORDER.filter((name) => {
  const props = DATASET_SCHEMAS[name].properties;
  return 'sources' in props && 'fact_ids' in props;
});

/** What each evaluation kind measures, when it is not simply a dataset of the same name. */
const EVAL_KIND_TARGETS: Readonly<Record<string, { dataset: DatasetName; field: string | null }>> = {
  acronyms: { dataset: 'organisations', field: 'acronym' },
  hierarchy: { dataset: 'organisations', field: 'parent_id' },
};

function evalTarget(kind: string): { dataset: DatasetName | null; field: string | null } {
  const known = EVAL_KIND_TARGETS[kind];
  if (known) return known;
  return (DATASETS_IN_ORDER as readonly string[]).includes(kind)
    ? { dataset: kind as DatasetName, field: null }
    : { dataset: null, field: null };
}

const share = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

type Row = Record<string, unknown> & { id: string };

function rows(datasets: Datasets, name: DatasetName): readonly Row[] {
  return datasets[name] as unknown as readonly Row[];
}

function sourcesOf(record: Row): string[] {
  return Array.isArray(record.sources) ? (record.sources as unknown[]).map(String) : [];
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
}

export interface EmptyField {
  dataset: DatasetName;
  field: string;
  /** Records where the field is null (or an empty list). */
  empty: number;
  records: number;
  share: number | null;
}

export interface QualityReport {
  about: string;
  /** Per source document: facts per kind, records citing it, records it alone supports, conflicts involving it. */
  sources: Array<{
    id: string;
    title: string | null;
    date: string | null;
    facts: { total: number; by_kind: Record<string, number> };
    records: Record<string, number>;
    single_source_records: number;
    conflicts: number;
  }>;
  /** All facts by kind, and the facts that produced no published record. */
  facts: { total: number; by_kind: Record<string, number>; without_record: Record<string, number> };
  /** Per dataset: records, single-source records, conflicts, empty fields, evaluation kinds that measure it. */
  datasets: Array<{
    name: DatasetName;
    records: number;
    single_source: { records: number; share: number | null } | null;
    conflicts: number;
    empty_fields: Array<Omit<EmptyField, 'dataset' | 'records'>>;
    evaluation: Array<{ kind: string; field: string | null; precision: number | null; recall: number | null }>;
  }>;
  conflicts: {
    total: number;
    by_dataset: Record<string, number>;
    /** Pairs of sources that disagree, with how many conflicts they share, most first (at most MAX_SOURCE_PAIRS). */
    by_source_pair: Array<{ sources: [string, string]; conflicts: number }>;
    items: Array<{ id: string; dataset: string; record_id: string; field: string; values: Array<{ value: string; source: string | null }> }>;
  };
  /** Fields left empty, most often first (share, then count), over every dataset. */
  empty_fields: EmptyField[];
  /** Precision and recall measured on hand-annotated texts; null when no evaluation results were available. */
  evaluation: {
    gold_date: string | null;
    annotated: { texts: number; entries: number; sets: Array<{ name: string; texts: number; gold_date: string | null }> };
    kinds: Array<{ kind: string; dataset: DatasetName | null; field: string | null } & KindScore>;
    all: KindScore | null;
  } | null;
}

function emptyFields(datasets: Datasets): EmptyField[] {
  const out: EmptyField[] = [];
  for (const name of DATASETS_IN_ORDER) {
    const records = rows(datasets, name);
    for (const c of columnsOf(name)) {
      const canBeEmpty = c.nullable || (c.kind === 'array' && (c.schema.minItems ?? 0) === 0);
      if (!canBeEmpty) continue;
      const empty = records.filter((r) => isEmpty(r[c.name])).length;
      out.push({ dataset: name, field: c.name, empty, records: records.length, share: share(empty, records.length) });
    }
  }
  return out;
}

/** The quality report as a value (see QualityReport). */
/**
 * Bounds of conflicts.by_source_pair, so that quality.json grows with the corpus, not with its square (a conflict
 * among k sources makes k(k-1)/2 pairs; on a 10 MB corpus the full list was 19 MB of the 37 MB report). The most
 * frequent pairs are kept; a conflict among more sources than MAX_SOURCES_FOR_PAIRS is a disagreement of many,
 * which says nothing about any two of them, and adds no pair. Small corpora are not affected.
 */
export const MAX_SOURCE_PAIRS = 100;
export const MAX_SOURCES_FOR_PAIRS = 20;

export function assembleQuality(datasets: Datasets, evaluation: EvaluationSummary | null): QualityReport {
  // Only counted: their order does not matter (sorting a large corpus's million facts did not pay).
  const facts = datasets.facts;
  const zeroKinds = (): Record<string, number> => Object.fromEntries(FACT_KINDS.map((k) => [k, 0]));
  const bump = (m: Record<string, number>, k: string): void => {
    m[k] = (m[k] ?? 0) + 1;
  };

  // Sources: the dataset's, plus any id only facts or records mention (so nothing is silently dropped).
  const sourceIds = new Set(datasets.sources.map((s) => s.id));
  for (const f of facts) sourceIds.add(f.source_id);
  for (const name of RECORD_DATASETS) for (const r of rows(datasets, name)) for (const s of sourcesOf(r)) sourceIds.add(s);
  const sourceRecord = new Map(datasets.sources.map((s) => [s.id, s]));

  const allByKind = zeroKinds();
  const withoutRecord = zeroKinds();
  const perSourceFacts = new Map<string, Record<string, number>>();
  for (const f of facts) {
    bump(allByKind, f.kind);
    if (f.record_id === null) bump(withoutRecord, f.kind);
    const m = perSourceFacts.get(f.source_id) ?? zeroKinds();
    bump(m, f.kind);
    perSourceFacts.set(f.source_id, m);
  }

  // Conflicts.
  const conflicts = [...datasets.conflicts].sort((a, b) => byCodePoint(a.id, b.id));
  const conflictsByDataset: Record<string, number> = {};
  const pairs = new Map<string, number>();
  const conflictsPerSource = new Map<string, number>();
  for (const c of conflicts) {
    bump(conflictsByDataset, c.dataset);
    const involved = [...new Set(c.sources)].sort(byCodePoint);
    for (const s of involved) conflictsPerSource.set(s, (conflictsPerSource.get(s) ?? 0) + 1);
    if (involved.length > MAX_SOURCES_FOR_PAIRS) continue;
    for (let i = 0; i < involved.length; i++) {
      for (let j = i + 1; j < involved.length; j++) {
        const key = JSON.stringify([involved[i], involved[j]]);
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
    }
  }
  // Ties in the order of the pairs' JSON text, which is their key (hundreds of thousands of pairs on a large corpus).
  const byPair = [...pairs.entries()]
    .sort((a, b) => b[1] - a[1] || byCodePoint(a[0], b[0]))
    .slice(0, MAX_SOURCE_PAIRS)
    .map(([key, n]) => ({ sources: JSON.parse(key) as [string, string], conflicts: n }));

  // Records per source and single-source records.
  const recordsPerSource = new Map<string, Record<string, number>>();
  const singlePerSource = new Map<string, number>();
  for (const name of RECORD_DATASETS) {
    for (const r of rows(datasets, name)) {
      const srcs = [...new Set(sourcesOf(r))];
      for (const s of srcs) {
        const m = recordsPerSource.get(s) ?? {};
        bump(m, name);
        recordsPerSource.set(s, m);
      }
      const only = srcs.length === 1 ? srcs[0] : undefined;
      if (only !== undefined) singlePerSource.set(only, (singlePerSource.get(only) ?? 0) + 1);
    }
  }

  const sources = [...sourceIds].sort(byCodePoint).map((id) => {
    const byKind = perSourceFacts.get(id) ?? zeroKinds();
    const counted = recordsPerSource.get(id) ?? {};
    return {
      id,
      title: sourceRecord.get(id)?.title ?? null,
      date: sourceRecord.get(id)?.date ?? null,
      facts: { total: Object.values(byKind).reduce((a, b) => a + b, 0), by_kind: byKind },
      records: Object.fromEntries(RECORD_DATASETS.map((n) => [n, counted[n] ?? 0])),
      single_source_records: singlePerSource.get(id) ?? 0,
      conflicts: conflictsPerSource.get(id) ?? 0,
    };
  });

  const empties = emptyFields(datasets);
  const kinds =
    evaluation?.kinds.map((k) => {
      const target = evalTarget(k.kind);
      return {
        kind: k.kind,
        dataset: target.dataset,
        field: target.field,
        gold: k.gold,
        found: k.found,
        tp: k.tp,
        precision: k.precision,
        recall: k.recall,
        f1: k.f1,
      };
    }) ?? [];

  const perDataset = DATASETS_IN_ORDER.map((name) => {
    const records = rows(datasets, name);
    const single = RECORD_DATASETS.includes(name)
      ? records.filter((r) => new Set(sourcesOf(r)).size === 1).length
      : undefined;
    return {
      name,
      records: records.length,
      single_source: single === undefined ? null : { records: single, share: share(single, records.length) },
      conflicts: conflictsByDataset[name] ?? 0,
      empty_fields: empties
        .filter((e) => e.dataset === name)
        .map((e) => ({ field: e.field, empty: e.empty, share: e.share })),
      evaluation: kinds
        .filter((k) => k.dataset === name)
        .map((k) => ({ kind: k.kind, field: k.field, precision: k.precision, recall: k.recall })),
    };
  });

  const order = new Map(DATASETS_IN_ORDER.map((n, i) => [n as string, i]));
  const ranked = empties
    .filter((e) => e.empty > 0)
    .map((e, i) => ({ e, i }))
    .sort(
      (a, b) =>
        (b.e.share ?? 0) - (a.e.share ?? 0) ||
        b.e.empty - a.e.empty ||
        (order.get(a.e.dataset) ?? 0) - (order.get(b.e.dataset) ?? 0) ||
        a.i - b.i,
    )
    .map(({ e }) => e);

  return {
    about:
      'Quality report of this build: facts extracted per source and kind, conflicts between sources, records supported by a single source, fields left empty, and the precision and recall of the extraction measured on hand-annotated texts (npm run eval). Shares are fractions rounded to 4 decimals.',
    sources,
    facts: { total: facts.length, by_kind: allByKind, without_record: withoutRecord },
    datasets: perDataset,
    conflicts: {
      total: conflicts.length,
      by_dataset: Object.fromEntries(DATASETS_IN_ORDER.filter((n) => conflictsByDataset[n]).map((n) => [n, conflictsByDataset[n] as number])),
      by_source_pair: byPair,
      items: conflicts.map((c) => ({
        id: c.id,
        dataset: c.dataset,
        record_id: c.record_id,
        field: c.field,
        values: c.values.map((value, i) => ({ value, source: c.sources[i] ?? null })),
      })),
    },
    empty_fields: ranked,
    evaluation: evaluation
      ? {
          gold_date: evaluation.gold_date,
          annotated: {
            texts: evaluation.texts,
            entries: evaluation.gold_entries,
            sets: evaluation.sets.map((s) => ({ name: s.name, texts: s.texts, gold_date: s.gold_date })),
          },
          kinds,
          all: evaluation.all,
        }
      : null,
  };
}

/** Renders dist/quality.json (2-space JSON, trailing newline). */
export function renderQuality(datasets: Datasets, evaluation: EvaluationSummary | null): string {
  return `${JSON.stringify(assembleQuality(datasets, evaluation), null, 2)}\n`;
}

const pct = (x: number | null): string => (x === null ? '—' : `${(x * 100).toFixed(1)} %`);
const cell = (s: string): string => s.replaceAll('|', '\\|').replace(/\s+/g, ' ');

/**
 * The quality report as a Markdown section (`## Quality of the data`), for dist/README.md and the site. Only
 * summarises: quality.json has every number.
 */
export function renderQualityMarkdown(report: QualityReport): string {
  const out: string[] = ['## Quality of the data', ''];
  out.push(
    'How much to trust each dataset. Every record lists its sources and the facts (exact quotes) it rests on; the numbers below summarise `quality.json`, which has them all.',
    '',
  );
  const ev = report.evaluation;
  out.push('### Extraction measured on hand-annotated texts', '');
  if (ev === null) {
    out.push('No evaluation results were available for this build (`npm run eval` writes them).', '');
  } else {
    const sets = ev.annotated.sets.map((s) => `${s.name}: ${s.texts} texts`).join(', ');
    out.push(
      `Annotated set: ${ev.annotated.texts} texts${sets ? ` (${sets})` : ''}, ${ev.annotated.entries} annotated entries; latest annotation ${ev.gold_date ?? 'unknown'}. Precision: share of the published records that are right; recall: share of what the texts state that was found.`,
      '',
      '| kind | dataset (field) | precision | recall | annotated | found |',
      '|---|---|---|---|---|---|',
      ...ev.kinds.map(
        (k) =>
          `| ${k.kind} | ${k.dataset ?? '—'}${k.field ? ` (\`${k.field}\`)` : ''} | ${pct(k.precision)} | ${pct(k.recall)} | ${k.gold} | ${k.found} |`,
      ),
      ...(ev.all ? [`| **all** | | ${pct(ev.all.precision)} | ${pct(ev.all.recall)} | ${ev.all.gold} | ${ev.all.found} |`] : []),
      '',
    );
  }
  out.push(
    '### Records',
    '',
    '| dataset | records | single source | conflicts | most often empty |',
    '|---|---|---|---|---|',
    ...report.datasets.map((d) => {
      const single = d.single_source ? `${d.single_source.records} (${pct(d.single_source.share)})` : '—';
      const empty = [...d.empty_fields]
        .filter((e) => e.empty > 0)
        .sort((a, b) => (b.share ?? 0) - (a.share ?? 0) || b.empty - a.empty)
        .slice(0, 2)
        .map((e) => `\`${e.field}\` ${pct(e.share)}`)
        .join(', ');
      return `| ${d.name} | ${d.records} | ${single} | ${d.conflicts} | ${empty || '—'} |`;
    }),
    '',
  );
  const kinds = FACT_KINDS.filter((k) => (report.facts.by_kind[k] ?? 0) > 0);
  out.push(
    '### Facts extracted per source',
    '',
    `| source | date | facts | ${kinds.join(' | ')} |`,
    `|---|---|---|${kinds.map(() => '---|').join('')}`,
    ...report.sources.map(
      (s) => `| \`${s.id}\` | ${s.date ?? '—'} | ${s.facts.total} | ${kinds.map((k) => s.facts.by_kind[k] ?? 0).join(' | ')} |`,
    ),
    '',
  );
  out.push('### Conflicts between sources', '');
  if (report.conflicts.items.length === 0) out.push('The sources never disagree on a published field.', '');
  else {
    out.push(
      'The published record keeps one value; the `conflicts` dataset keeps them all.',
      '',
      '| dataset | record | field | values (source) |',
      '|---|---|---|---|',
      ...report.conflicts.items.map(
        (c) =>
          `| ${c.dataset} | \`${c.record_id}\` | \`${c.field}\` | ${cell(c.values.map((v) => `${v.value} (${v.source ?? '?'})`).join('; '))} |`,
      ),
      '',
    );
  }
  return out.join('\n');
}
