/**
 * assembleDist: all the files of dist/ as relative path → content (pure, deterministic: same datasets and meta,
 * same bytes; nothing is read from the clock or the environment). Files:
 *   <name>.csv, <name>.json, <name>.jsonld        for every dataset (publication order)
 *   schemas/<name>.schema.json                     the record schemas (the contract)
 *   contexts/etat-numerique.context.json           the JSON-LD context the .jsonld files reference
 *   datapackage.json                               Frictionless Data Package v2 (one resource per CSV)
 *   README.md                                      the data dictionary (same text as docs/datasets.md)
 *   build-manifest.json                            tool, sources and their hashes, counts, files
 *   SHA256SUMS                                     sha256 of every other file
 */
import type { Datasets } from '../../types/records.ts';
import { byteLength, sha256Hex } from '../../io/hash.ts';
import { CONTEXT_PATH, DATASETS_IN_ORDER, DATASET_SCHEMAS, schemaPath } from './contract.ts';
import { renderCsv } from './csv.ts';
import { renderDataPackage, type CsvResourceInfo } from './datapackage.ts';
import { renderDataDictionary } from './dictionary.ts';
import { renderJson } from './json.ts';
import { renderContext, renderJsonLd } from './jsonld.ts';
import { renderBuildManifest, renderSha256Sums } from './manifest.ts';

/** What a build knows besides its datasets. Everything here ends up in the files: keep it free of clock time. */
export interface BuildMeta {
  tool: { name: string; version: string };
  /** The source documents read (id and sha256 of their bytes). */
  sources: { id: string; sha256: string }[];
  /**
   * Optional ISO 8601 date-time written as `created` in datapackage.json and build-manifest.json. Only pass a
   * value derived from the inputs (e.g. SOURCE_DATE_EPOCH, or the newest source date): never `new Date()`,
   * or two builds of the same sources will differ.
   */
  created?: string;
}

export const MANIFEST_PATH = 'build-manifest.json';
export const SUMS_PATH = 'SHA256SUMS';
export const DATAPACKAGE_PATH = 'datapackage.json';
export const README_PATH = 'README.md';

/** Renders a schema file exactly as it is stored in schemas/ (2-space JSON, trailing newline). */
export function renderSchema(name: keyof Datasets): string {
  return `${JSON.stringify(DATASET_SCHEMAS[name], null, 2)}\n`;
}

/**
 * Every file of dist/, as relative path → content, sorted by path. `extraFiles` (rendered by later stages:
 * catalogue, quality report, preview site, changes) are listed in the build manifest and SHA256SUMS too.
 */
export function assembleDist(datasets: Datasets, meta: BuildMeta, extraFiles: ReadonlyMap<string, string> = new Map()): Map<string, string> {
  const files = new Map<string, string>();
  const resources: CsvResourceInfo[] = [];
  const counts: Record<string, number> = {};
  for (const name of DATASETS_IN_ORDER) {
    const records: readonly object[] = datasets[name];
    const csv = renderCsv(name, records);
    files.set(`${name}.csv`, csv);
    files.set(`${name}.json`, renderJson(name, records));
    files.set(`${name}.jsonld`, renderJsonLd(name, records));
    files.set(schemaPath(name), renderSchema(name));
    resources.push({ name, path: `${name}.csv`, bytes: byteLength(csv), sha256: sha256Hex(csv) });
    counts[name] = records.length;
  }
  files.set(CONTEXT_PATH, renderContext());
  files.set(
    DATAPACKAGE_PATH,
    renderDataPackage(resources, { sources: datasets.sources, ...(meta.created ? { created: meta.created } : {}) }),
  );
  files.set(README_PATH, renderDataDictionary());
  for (const [path, content] of extraFiles) files.set(path, content);
  files.set(
    MANIFEST_PATH,
    renderBuildManifest({
      tool: meta.tool,
      ...(meta.created ? { created: meta.created } : {}),
      sources: meta.sources,
      counts,
      files,
    }),
  );
  files.set(SUMS_PATH, renderSha256Sums(files));
  return new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
