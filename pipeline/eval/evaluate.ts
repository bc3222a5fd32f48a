/**
 * Evaluation of a set of texts: each gold file is paired with its text in the build (by sha256, else by file
 * name), every kind is scored on every text, and the counts are summed per set and over all sets (micro-average).
 * Pure: the CLI reads the gold files and the build, this computes, render.ts formats.
 */
import type { OrganisationRecord, SourceRecord } from '../types/records.ts';
import { goldDate, type EvalNote, type GoldText } from './gold.ts';
import {
  BASE_KINDS,
  KIND_NAMES,
  KINDS,
  checkGoldReferences,
  indexText,
  type BuildDatasets,
  type KindName,
  type TextContext,
} from './kinds.ts';
import { measure, sumScores, type Score } from './score.ts';

export type SetStatus = 'scored' | 'no-gold' | 'no-texts' | 'build-failed';

export interface Miss {
  /** Gold file (relative to the set's gold folder). */
  text: string;
  label: string;
  entry: unknown;
}

export interface FalseFind {
  text: string;
  /** Id of the predicted record. */
  id: string;
  label: string;
}

export interface TextResult {
  gold_file: string;
  /** The text's file as named in the gold. */
  file: string;
  /** Its source id in the build, or null when it was not found there. */
  source_id: string | null;
  scores: Record<KindName, Score>;
}

export interface SetResult {
  name: string;
  texts_folder: string;
  gold_folder: string;
  status: SetStatus;
  /** Latest annotation date among the set's gold files. */
  gold_date: string | null;
  /** Texts scored (gold files paired with a built text). */
  texts: number;
  gold_files: number;
  gold_entries: Record<KindName, number>;
  scores: Record<KindName, Score>;
  /** Micro-average over the base kinds (acronyms and hierarchy re-measure organisations and are left out). */
  all: Score;
  per_text: TextResult[];
  misses: Record<KindName, Miss[]>;
  false_finds: Record<KindName, FalseFind[]>;
  /**
   * Predicted records set aside, neither true nor false positives: organisations that are gold committees of the
   * text; acronym pairings and parents the text does not write (merged in from another text, scored there).
   */
  ignored: Record<KindName, Array<FalseFind & { reason: string }>>;
  notes: EvalNote[];
}

export interface EvalResults {
  tool: 'etat-numerique eval';
  /** Commit of the checkout evaluated, when known. */
  commit: string | null;
  /** Latest annotation date among all gold files. */
  gold_date: string | null;
  kinds: KindName[];
  sets: SetResult[];
  overall: {
    /** Sets summed (those scored). */
    sets: string[];
    texts: number;
    gold_entries: Record<KindName, number>;
    scores: Record<KindName, Score>;
    all: Score;
  };
}

function perKind<T>(make: (kind: KindName) => T): Record<KindName, T> {
  return Object.fromEntries(KIND_NAMES.map((kind) => [kind, make(kind)])) as Record<KindName, T>;
}

function stem(file: string): string {
  const base = file.split('/').pop() ?? file;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

function basename(file: string): string {
  return file.split('/').pop() ?? file;
}

/**
 * Finds the built text a gold file annotates: the source whose sha256 is the gold's; else the source whose file
 * name, file stem or id is the gold's file (or gold file) stem, with a warning when the sha256 differs.
 */
export function findSource(
  text: GoldText,
  sources: readonly SourceRecord[],
): { source: SourceRecord | null; notes: EvalNote[] } {
  const { gold, path } = text;
  if (gold.sha256 !== null) {
    const bySha = sources.filter((source) => source.sha256 === gold.sha256);
    const first = [...bySha].sort((a, b) => (a.id < b.id ? -1 : 1))[0];
    if (first !== undefined) return { source: first, notes: [] };
  }
  const wanted = new Set([basename(gold.file), stem(gold.file), stem(path)]);
  const byName = sources.find(
    (source) => wanted.has(basename(source.file)) || wanted.has(stem(source.file)) || wanted.has(source.id),
  );
  if (byName !== undefined) {
    const notes: EvalNote[] =
      gold.sha256 === null
        ? []
        : [
            {
              code: 'gold-text-changed',
              severity: 'warning',
              file: path,
              message: `${path}: no built text has the gold's sha256, but ${byName.file} has its name: the text changed since it was annotated; re-read it, update the gold and its sha256`,
            },
          ];
    return { source: byName, notes };
  }
  return {
    source: null,
    notes: [
      {
        code: 'gold-text-not-built',
        severity: 'warning',
        file: path,
        message: `${path}: the build has no text with sha256 ${gold.sha256 ?? '(none)'} nor named ${gold.file}; the file is left out of the scores`,
      },
    ],
  };
}

export interface SetInput {
  name: string;
  texts_folder: string;
  gold_folder: string;
  status: SetStatus;
  /** Valid gold files, in file-name order. */
  gold: GoldText[];
  /** Total gold files read (valid or not). */
  gold_files: number;
  /** The build's datasets; null when there was no build. */
  datasets: BuildDatasets | null;
  /** Notes gathered while reading the gold files and the build. */
  notes: EvalNote[];
  /** The built texts' contents by source id, when they could be read (see TextContext.text). */
  contents?: ReadonlyMap<string, string>;
}

/** Scores every gold file of a set against the build. */
export function evaluateSet(input: SetInput): SetResult {
  const notes: EvalNote[] = [...input.notes];
  const per_text: TextResult[] = [];
  const misses = perKind<Miss[]>(() => []);
  const false_finds = perKind<FalseFind[]>(() => []);
  const ignored = perKind<Array<FalseFind & { reason: string }>>(() => []);
  const gold_entries = perKind(() => 0);
  const texts = [...input.gold].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const emptyDatasets: BuildDatasets = {
    sources: [],
    organisations: [],
    events: [],
    legal_texts: [],
    people: [],
    products: [],
    contacts: [],
    figures: [],
    committees: [],
    links: [],
  };
  const datasets = input.datasets ?? emptyDatasets;
  const organisationsById = new Map<string, OrganisationRecord>(
    datasets.organisations.map((record) => [record.id, record]),
  );
  let dates: string[] = [];

  for (const text of texts) {
    notes.push(...checkGoldReferences(text.path, text.gold));
    const date = goldDate(text.gold);
    if (date !== null) dates.push(date);
    const found = input.datasets === null ? { source: null, notes: [] } : findSource(text, datasets.sources);
    notes.push(...found.notes);
    const content = found.source === null ? undefined : input.contents?.get(found.source.id);
    const context: TextContext = {
      gold: text.gold,
      sourceId: found.source?.id ?? '',
      datasets,
      organisationsById,
      text: content === undefined ? null : indexText(content),
    };
    const scores = perKind<Score>(() => measure({ gold: 0, found: 0, tp: 0 }));
    for (const kind of KINDS) {
      const result = kind.score(context);
      gold_entries[kind.name] += result.score.gold;
      if (found.source === null) continue;
      scores[kind.name] = result.score;
      misses[kind.name].push(...result.misses.map((miss) => ({ text: text.path, ...miss })));
      false_finds[kind.name].push(...result.false_finds.map((find) => ({ text: text.path, ...find })));
      ignored[kind.name].push(...result.ignored.map((find) => ({ text: text.path, ...find })));
    }
    if (found.source !== null) {
      per_text.push({ gold_file: text.path, file: text.gold.file, source_id: found.source.id, scores });
    }
  }
  dates = dates.sort();
  const scores = perKind((kind) => sumScores(per_text.map((text) => text.scores[kind])));
  return {
    name: input.name,
    texts_folder: input.texts_folder,
    gold_folder: input.gold_folder,
    status: input.status,
    gold_date: dates[dates.length - 1] ?? null,
    texts: per_text.length,
    gold_files: input.gold_files,
    gold_entries,
    scores,
    all: sumScores(BASE_KINDS.map((kind) => scores[kind])),
    per_text,
    misses,
    false_finds,
    ignored,
    notes,
  };
}

/** Puts the sets together and sums the scored ones (micro-average over texts and kinds). */
export function assembleResults(sets: SetResult[], commit: string | null): EvalResults {
  const scored = sets.filter((set) => set.status === 'scored');
  const scores = perKind((kind) => sumScores(scored.map((set) => set.scores[kind])));
  const dates = sets
    .map((set) => set.gold_date)
    .filter((date): date is string => date !== null)
    .sort();
  return {
    tool: 'etat-numerique eval',
    commit,
    gold_date: dates[dates.length - 1] ?? null,
    kinds: [...KIND_NAMES],
    sets,
    overall: {
      sets: scored.map((set) => set.name),
      texts: scored.reduce((total, set) => total + set.texts, 0),
      gold_entries: perKind((kind) => scored.reduce((total, set) => total + set.gold_entries[kind], 0)),
      scores,
      all: sumScores(BASE_KINDS.map((kind) => scores[kind])),
    },
  };
}
