/**
 * Diff stage, parsing (pure): the text of a `<name>.json` dataset file → its records, and which files of a version
 * are datasets. Shared by the folder and release readers (read.ts) and the release notes of the publish stage.
 */
import { DataError } from '../../errors.ts';
import type { DiffRecord } from './index.ts';

/** Top-level JSON files of a dist that are never datasets (used only when there is no build manifest). */
const NOT_DATASETS = new Set(['build-manifest.json', 'datapackage.json', 'report.json', 'quality.json']);

/** `<name>.json` at the top of a dist (or a release asset name): a dataset file candidate. */
const DATASET_FILE = /^([a-z0-9_]+)\.json$/;

/**
 * Parses the text of `<name>.json` into its records. Throws DataError `diff-dataset-unreadable` naming `where`
 * when it is not JSON, has no `records` array, or a record is not an object with a string id.
 */
export function parseDatasetJson(text: string, where: string): DiffRecord[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new DataError('diff-dataset-unreadable', `${where} is not valid JSON (${(error as Error).message}).`, {
      hint: 'diff reads the <name>.json files written by etat-numerique build; rebuild or re-download that file',
    });
  }
  const records = typeof value === 'object' && value !== null ? (value as { records?: unknown }).records : undefined;
  if (!Array.isArray(records)) {
    throw new DataError('diff-dataset-unreadable', `${where} has no "records" array: it is not a dataset file written by etat-numerique build.`);
  }
  records.forEach((r, i) => {
    if (typeof r !== 'object' || r === null || Array.isArray(r) || typeof (r as { id?: unknown }).id !== 'string') {
      throw new DataError('diff-dataset-unreadable', `${where}: record ${i + 1} is not an object with a string "id".`);
    }
  });
  return records as DiffRecord[];
}

/** Without a manifest: a JSON file that parses but holds no `records` array is some other file, not a dataset. */
export function hasRecords(text: string): boolean {
  try {
    const v = JSON.parse(text) as unknown;
    return typeof v === 'object' && v !== null && Array.isArray((v as { records?: unknown }).records);
  } catch {
    return true; // unreadable: let parseDatasetJson report it
  }
}

/**
 * Dataset names of a version: the keys of its build manifest's `counts` when known (`fromManifest`), else the
 * `<name>.json` files among `fileNames` (minus known metadata files; check them with hasRecords).
 */
export function datasetNamesOf(counts: Readonly<Record<string, number>> | undefined, fileNames: readonly string[]): { names: string[]; fromManifest: boolean } {
  if (counts !== undefined) return { names: Object.keys(counts).sort(), fromManifest: true };
  const names = fileNames
    .filter((f) => !NOT_DATASETS.has(f))
    .map((f) => DATASET_FILE.exec(f)?.[1])
    .filter((n): n is string => n !== undefined)
    .sort();
  return { names, fromManifest: false };
}
