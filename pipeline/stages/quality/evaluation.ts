/**
 * The evaluation summary the quality report quotes, parsed from eval/results/latest.json (written by `npm run eval`).
 * That file belongs to the evaluation and may change shape: it is read with zod, tolerantly (unknown keys ignored,
 * a malformed kind left out), and anything unrecognisable gives null rather than an error. Pure (read.ts reads the
 * file).
 */
import { z } from 'zod';

/** Scores of one fact kind over the annotated texts (micro-averaged over the sets). */
export interface KindScore {
  /** Annotated (gold) entries. */
  gold: number;
  /** Records the pipeline published for the annotated texts. */
  found: number;
  /** Gold entries matched by a record. */
  tp: number;
  /** tp / found, rounded to 4 decimals; null when nothing was found. */
  precision: number | null;
  /** tp / gold, rounded to 4 decimals; null when nothing was annotated. */
  recall: number | null;
  /** Harmonic mean, rounded to 4 decimals; null when undefined. */
  f1: number | null;
}

export interface EvaluationSet {
  name: string;
  status: string;
  /** Texts scored. */
  texts: number;
  /** Latest annotation date of the set's gold files. */
  gold_date: string | null;
}

/** What the quality report needs from an evaluation run. */
export interface EvaluationSummary {
  /** Latest annotation date among all gold files (ISO 8601 date), when known. */
  gold_date: string | null;
  /** The sets summed in the scores. */
  sets: EvaluationSet[];
  /** Size of the annotated set: texts and annotated entries (base kinds, as in `all`). */
  texts: number;
  gold_entries: number;
  /** Scores per kind, in the evaluation's kind order. */
  kinds: Array<{ kind: string } & KindScore>;
  /** Micro-average over the base kinds. */
  all: KindScore | null;
}

const count = z.number().int().nonnegative();
const measure = z.number().min(0).max(1).nullable().optional();

const ScoreSchema = z.looseObject({ gold: count, found: count, tp: count, precision: measure, recall: measure, f1: measure });

const SetSchema = z.looseObject({
  name: z.string(),
  status: z.string().optional(),
  texts: count.optional(),
  gold_date: z.string().nullable().optional(),
});

const ResultsSchema = z.looseObject({
  gold_date: z.string().nullable().optional(),
  kinds: z.array(z.string()).optional(),
  sets: z.array(z.unknown()).optional(),
  overall: z.looseObject({
    sets: z.array(z.string()).optional(),
    texts: count,
    scores: z.record(z.string(), z.unknown()),
    all: z.unknown().optional(),
  }),
});

const round4 = (x: number | null | undefined): number | null =>
  x === null || x === undefined ? null : Math.round(x * 10_000) / 10_000;

function kindScore(value: unknown): KindScore | null {
  const parsed = ScoreSchema.safeParse(value);
  if (!parsed.success) return null;
  const s = parsed.data;
  return { gold: s.gold, found: s.found, tp: s.tp, precision: round4(s.precision), recall: round4(s.recall), f1: round4(s.f1) };
}

/**
 * The summary of an evaluation results file, or null when the value is absent or not recognisable (no `overall`
 * block with texts and scores). Kinds whose scores do not parse are left out; unknown keys are ignored.
 */
export function parseEvaluationSummary(json: unknown): EvaluationSummary | null {
  const parsed = ResultsSchema.safeParse(json);
  if (!parsed.success) return null;
  const r = parsed.data;
  const order = r.kinds ?? Object.keys(r.overall.scores);
  const names = [...order, ...Object.keys(r.overall.scores).filter((k) => !order.includes(k))];
  const kinds = names.flatMap((kind) => {
    const score = kindScore(r.overall.scores[kind]);
    return score ? [{ kind, ...score }] : [];
  });
  if (kinds.length === 0) return null;
  const summed = new Set(r.overall.sets ?? []);
  const sets = (r.sets ?? []).flatMap((raw): EvaluationSet[] => {
    const s = SetSchema.safeParse(raw);
    if (!s.success || (summed.size > 0 && !summed.has(s.data.name))) return [];
    return [{ name: s.data.name, status: s.data.status ?? 'unknown', texts: s.data.texts ?? 0, gold_date: s.data.gold_date ?? null }];
  });
  const all = kindScore(r.overall.all);
  return {
    gold_date: r.gold_date ?? null,
    sets,
    texts: r.overall.texts,
    gold_entries: all?.gold ?? 0,
    kinds,
    all,
  };
}
