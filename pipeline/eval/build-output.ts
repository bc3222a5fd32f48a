/**
 * Reading a build's published datasets (`<out>/<dataset>.json`, each `{ "dataset": name, …, "records": [...] }`)
 * from their text. Pure: the CLI reads the files, this turns them into records and notes.
 */
import { DATASET_NAMES } from '../types/records.ts';
import type { BuildDatasets } from './kinds.ts';
import type { EvalNote } from './gold.ts';

export type EvaluatedDataset = keyof BuildDatasets;

/** The datasets the evaluation reads, in publication order (every dataset but conflicts and facts). */
export const EVALUATED_DATASETS: readonly EvaluatedDataset[] = DATASET_NAMES.filter(
  (name): name is EvaluatedDataset => name !== 'conflicts' && name !== 'facts',
);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parses the dataset files of a build. `files` maps a dataset name to the file's text, or undefined when the file
 * does not exist. A missing or unreadable dataset is an empty list and a note.
 */
export function parseBuildOutput(files: Readonly<Record<EvaluatedDataset, string | undefined>>): {
  datasets: BuildDatasets;
  notes: EvalNote[];
} {
  const notes: EvalNote[] = [];
  const records = (name: EvaluatedDataset): unknown[] => {
    const content = files[name];
    if (content === undefined) {
      notes.push({
        code: 'dataset-missing',
        severity: name === 'sources' ? 'error' : 'warning',
        file: `${name}.json`,
        message: `the build wrote no ${name}.json: every ${name} gold entry counts as missed`,
      });
      return [];
    }
    let data: unknown;
    try {
      data = JSON.parse(content);
    } catch (cause) {
      notes.push({
        code: 'dataset-invalid-json',
        severity: 'error',
        file: `${name}.json`,
        message: `${name}.json is not valid JSON (${cause instanceof Error ? cause.message : String(cause)}): read as empty`,
      });
      return [];
    }
    const list = Array.isArray(data) ? data : isRecord(data) && Array.isArray(data.records) ? data.records : null;
    if (list === null) {
      notes.push({
        code: 'dataset-unexpected-shape',
        severity: 'error',
        file: `${name}.json`,
        message: `${name}.json has no "records" array: read as empty`,
      });
      return [];
    }
    return list.filter(isRecord);
  };
  const datasets = Object.fromEntries(
    EVALUATED_DATASETS.map((name) => [name, records(name)]),
  ) as unknown as BuildDatasets;
  return { datasets, notes };
}
