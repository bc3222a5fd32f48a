/**
 * Re-checks a written dist/ folder: the files are read once (readDirFiles), then every check is a function of
 * their bytes:
 * - every dataset JSON parses, its records pass their schema (and the cross-record rules of validateDatasets);
 * - every CSV is UTF-8 without BOM and parses back (csv-parse, types from the schema) to the JSON's records;
 * - every JSON-LD file expands offline (local document loader) with one node per record and no term dropped;
 * - the shipped schemas are the repository's; SHA256SUMS covers every other file and matches it;
 * - datapackage.json passes the Data Package v2 profiles and its resources' bytes and hashes match the CSVs;
 * - build-manifest.json's counts and files match;
 * - when present, catalog.jsonld expands and converts to RDF offline (shipped context), describes every dataset, and
 *   each distribution's byte size and sha256 match its file; quality.json parses and its record counts match.
 */
import jsonld from 'jsonld';
import type { Issue } from '../../types/domain.ts';
import type { DatasetName, Datasets } from '../../types/records.ts';
import { readDirFiles } from '../../io/atomic-dir.ts';
import { byteLength, sha256Hex } from '../../io/hash.ts';
import { CONTEXT_PATH, DATASETS_IN_ORDER, schemaPath } from '../package/contract.ts';
import { parseCsv, type PlainRecord } from '../package/csv.ts';
import { renderSchema, DATAPACKAGE_PATH, MANIFEST_PATH, SUMS_PATH } from '../package/assemble.ts';
import { renderContext, localDocumentLoader } from '../package/jsonld.ts';
import { parseSha256Sums } from '../package/manifest.ts';
import { catalogDocumentLoader, renderCatalogContext } from '../catalog/catalog.ts';
import { CATALOG_CONTEXT_PATH, CATALOG_PATH, QUALITY_PATH } from '../package/dictionary.ts';
import { dataPackageProfiles } from './ajv.ts';
import { validateDatasets } from './datasets.ts';
import { ajvDescriptorErrorsToIssues, fileIssue, showValue } from './issues.ts';

export interface DistReport {
  issues: Issue[];
  /** What was checked, by kind: records, CSV rows, JSON-LD nodes, hashed files, datapackage resources. */
  checked: Record<string, number>;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function text(bytes: Uint8Array): string | undefined {
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

function parseJson(bytes: Uint8Array | undefined): unknown {
  if (!bytes) return undefined;
  const t = text(bytes);
  if (t === undefined) return undefined;
  try {
    return JSON.parse(t) as unknown;
  } catch {
    return undefined;
  }
}

function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Checks the files of a dist/ folder (relative path → bytes). Never throws. */
export async function validateDistFiles(files: ReadonlyMap<string, Uint8Array>): Promise<DistReport> {
  try {
    return await checkFiles(files);
  } catch (error) {
    return {
      issues: [
        fileIssue(
          'dist-check-crashed',
          `The dist/ check stopped on an unexpected error: ${(error as Error).message}`,
          {},
          'This is a bug of the validate stage: please report it with the folder.',
        ),
      ],
      checked: {},
    };
  }
}

async function checkFiles(files: ReadonlyMap<string, Uint8Array>): Promise<DistReport> {
  const issues: Issue[] = [];
  const checked: Record<string, number> = {
    json_records: 0,
    csv_rows: 0,
    jsonld_nodes: 0,
    files_hashed: 0,
    datapackage_resources: 0,
  };
  const missing = (path: string): void => {
    issues.push(
      fileIssue('dist-file-missing', `${path} is missing from the folder.`, { file: path }, 'Run the build again.'),
    );
  };

  // 1. JSON: envelope, records, schema, cross-record rules.
  const datasets = {} as Record<DatasetName, PlainRecord[]>;
  for (const name of DATASETS_IN_ORDER) {
    const path = `${name}.json`;
    const doc = parseJson(files.get(path)) as { dataset?: unknown; count?: unknown; records?: unknown } | undefined;
    if (!files.has(path)) {
      missing(path);
      datasets[name] = [];
      continue;
    }
    if (!doc || !Array.isArray(doc.records)) {
      issues.push(
        fileIssue('json-invalid', `${path} is not UTF-8 JSON with a "records" array.`, { file: path, dataset: name }),
      );
      datasets[name] = [];
      continue;
    }
    if (doc.dataset !== name || doc.count !== doc.records.length) {
      issues.push(
        fileIssue(
          'json-invalid',
          `${path}: "dataset" is ${showValue(doc.dataset)} and "count" ${showValue(doc.count)}, expected "${name}" and ${doc.records.length}.`,
          {
            file: path,
            dataset: name,
          },
        ),
      );
    }
    datasets[name] = doc.records as PlainRecord[];
    checked.json_records = (checked.json_records ?? 0) + doc.records.length;
  }
  issues.push(...validateDatasets(datasets as unknown as Datasets));

  // 2. CSV ↔ JSON.
  for (const name of DATASETS_IN_ORDER) {
    const path = `${name}.csv`;
    const bytes = files.get(path);
    if (!bytes) {
      missing(path);
      continue;
    }
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      issues.push(
        fileIssue('csv-invalid', `${path} starts with a byte order mark; the CSV files are UTF-8 without BOM.`, {
          file: path,
          dataset: name,
        }),
      );
    }
    const csv = text(bytes);
    if (csv === undefined) {
      issues.push(fileIssue('csv-invalid', `${path} is not valid UTF-8.`, { file: path, dataset: name }));
      continue;
    }
    const parsed = parseCsv(name, csv);
    for (const problem of parsed.problems)
      issues.push(fileIssue('csv-invalid', `${path}: ${problem}.`, { file: path, dataset: name }));
    checked.csv_rows = (checked.csv_rows ?? 0) + parsed.records.length;
    const fromJson = datasets[name];
    if (parsed.problems.length === 0 && parsed.records.length !== fromJson.length) {
      issues.push(
        fileIssue(
          'csv-json-mismatch',
          `${path} has ${parsed.records.length} rows but ${name}.json has ${fromJson.length} records.`,
          { file: path, dataset: name },
        ),
      );
    }
    parsed.records.forEach((row, i) => {
      const record = fromJson[i];
      if (!record || deepEqual(row, record)) return;
      const field =
        Object.keys(row).find((k) => !deepEqual(row[k], record[k])) ?? Object.keys(record).find((k) => !(k in row));
      issues.push(
        fileIssue(
          'csv-json-mismatch',
          `${path} row ${i + 2} (record ${String(record.id)}): field "${field ?? '?'}" reads back as ${showValue(field ? row[field] : row)}, but ${name}.json has ${showValue(field ? record[field] : record)}.`,
          { file: path, dataset: name, record: String(record.id), ...(field ? { field, pointer: `/${field}` } : {}) },
          'CSV and JSON are rendered from the same records: a difference means one of them was edited or truncated.',
        ),
      );
    });
  }

  // 3. JSON-LD: expands offline, one node per record, every key kept.
  const documentLoader = localDocumentLoader();
  for (const name of DATASETS_IN_ORDER) {
    const path = `${name}.jsonld`;
    const doc = parseJson(files.get(path)) as { '@graph'?: Record<string, unknown>[] } | undefined;
    if (!files.has(path)) {
      missing(path);
      continue;
    }
    if (!doc || !Array.isArray(doc['@graph'])) {
      issues.push(
        fileIssue('jsonld-invalid', `${path} is not JSON with an "@graph" array.`, { file: path, dataset: name }),
      );
      continue;
    }
    try {
      const expanded = (await jsonld.expand(doc as jsonld.JsonLdDocument, { documentLoader })) as unknown as Record<
        string,
        unknown
      >[];
      checked.jsonld_nodes = (checked.jsonld_nodes ?? 0) + expanded.length;
      if (expanded.length !== doc['@graph'].length || expanded.length !== datasets[name].length) {
        issues.push(
          fileIssue(
            'jsonld-invalid',
            `${path} expands to ${expanded.length} nodes for ${doc['@graph'].length} in @graph and ${datasets[name].length} records.`,
            {
              file: path,
              dataset: name,
            },
          ),
        );
      }
      const byId = new Map(expanded.map((n) => [n['@id'] as string, n]));
      for (const node of doc['@graph']) {
        const out = byId.get(node['@id'] as string);
        const keys = (o: Record<string, unknown> | undefined): number => Object.keys(o ?? {}).length;
        const reverseIn = keys(node['@reverse'] as Record<string, unknown> | undefined);
        const reverseOut = keys(out?.['@reverse'] as Record<string, unknown> | undefined);
        // Every key must survive expansion, as an absolute http(s) IRI (an undefined prefix would pass as a fake scheme).
        const notIri = Object.keys(out ?? {}).filter((k) => !k.startsWith('@') && !/^https?:\/\//.test(k));
        for (const k of notIri) {
          issues.push(
            fileIssue(
              'jsonld-term-dropped',
              `${path}: node ${String(node['@id'])} has the property "${k}", which is not an http(s) IRI once expanded: its prefix is not in the context.`,
              { file: path, dataset: name },
            ),
          );
        }
        if (!out || keys(out) !== keys(node) || reverseIn !== reverseOut) {
          issues.push(
            fileIssue(
              'jsonld-term-dropped',
              `${path}: node ${String(node['@id'])} loses properties when expanded (${keys(node)} keys before, ${keys(out)} after).`,
              {
                file: path,
                dataset: name,
                record: String(node['@id']).split('/').pop() ?? '',
              },
            ),
          );
        }
      }
    } catch (error) {
      issues.push(
        fileIssue('jsonld-invalid', `${path} does not expand offline: ${(error as Error).message}`, {
          file: path,
          dataset: name,
        }),
      );
    }
  }

  // 4. Shipped schemas and context are the repository's.
  for (const name of DATASETS_IN_ORDER) {
    const path = schemaPath(name);
    const bytes = files.get(path);
    if (!bytes) missing(path);
    else if (text(bytes) !== renderSchema(name)) {
      issues.push(
        fileIssue('schema-mismatch', `${path} differs from the repository's schema of ${name}.`, {
          file: path,
          dataset: name,
        }),
      );
    }
  }
  const context = files.get(CONTEXT_PATH);
  if (!context) missing(CONTEXT_PATH);
  else if (text(context) !== renderContext()) {
    issues.push(
      fileIssue('schema-mismatch', `${CONTEXT_PATH} differs from the repository's JSON-LD context.`, {
        file: CONTEXT_PATH,
      }),
    );
  }

  // 5. SHA256SUMS.
  const sumsBytes = files.get(SUMS_PATH);
  if (!sumsBytes) missing(SUMS_PATH);
  else {
    const { sums, bad } = parseSha256Sums(text(sumsBytes) ?? '');
    for (const line of bad)
      issues.push(
        fileIssue('checksum-invalid', `${SUMS_PATH}: line ${showValue(line)} is not "<sha256>  <path>".`, {
          file: SUMS_PATH,
        }),
      );
    for (const [path, bytes] of files) {
      if (path === SUMS_PATH) continue;
      const expected = sums.get(path);
      if (expected === undefined) {
        issues.push(fileIssue('checksum-missing', `${path} is not listed in ${SUMS_PATH}.`, { file: path }));
      } else if (expected !== sha256Hex(bytes)) {
        issues.push(
          fileIssue(
            'checksum-mismatch',
            `${path} does not match its sha256 in ${SUMS_PATH}.`,
            { file: path },
            'The file changed after the build: rebuild.',
          ),
        );
      } else checked.files_hashed = (checked.files_hashed ?? 0) + 1;
    }
    for (const path of sums.keys()) {
      if (!files.has(path))
        issues.push(
          fileIssue('checksum-missing', `${SUMS_PATH} lists ${path}, which is not in the folder.`, { file: path }),
        );
    }
  }

  // 6. datapackage.json: profiles, then bytes and hashes of the CSVs.
  const pkg = parseJson(files.get(DATAPACKAGE_PATH)) as { resources?: Record<string, unknown>[] } | undefined;
  if (!files.has(DATAPACKAGE_PATH)) missing(DATAPACKAGE_PATH);
  else if (!pkg)
    issues.push(fileIssue('datapackage-invalid', `${DATAPACKAGE_PATH} is not JSON.`, { file: DATAPACKAGE_PATH }));
  else {
    const profiles = dataPackageProfiles();
    if (!profiles.datapackage(pkg))
      issues.push(...ajvDescriptorErrorsToIssues(profiles.datapackage.errors, 'the descriptor', ''));
    const resources = Array.isArray(pkg.resources) ? pkg.resources : [];
    resources.forEach((r, i) => {
      const base = `/resources/${i}`;
      if (!profiles.dataresource(r))
        issues.push(...ajvDescriptorErrorsToIssues(profiles.dataresource.errors, 'a resource', base));
      if (!profiles.tableschema(r.schema))
        issues.push(...ajvDescriptorErrorsToIssues(profiles.tableschema.errors, 'a Table Schema', `${base}/schema`));
      if (r.dialect !== undefined && !profiles.tabledialect(r.dialect)) {
        issues.push(...ajvDescriptorErrorsToIssues(profiles.tabledialect.errors, 'a CSV dialect', `${base}/dialect`));
      }
      const bytes = typeof r.path === 'string' ? files.get(r.path) : undefined;
      if (!bytes) {
        issues.push(
          fileIssue(
            'datapackage-invalid',
            `${DATAPACKAGE_PATH}: resource ${showValue(r.name)} points to ${showValue(r.path)}, which is not in the folder.`,
            { file: DATAPACKAGE_PATH, pointer: `${base}/path` },
          ),
        );
        return;
      }
      if (r.bytes !== byteLength(bytes) || r.hash !== `sha256:${sha256Hex(bytes)}`) {
        issues.push(
          fileIssue(
            'datapackage-invalid',
            `${DATAPACKAGE_PATH}: bytes or hash of ${String(r.path)} do not match the file.`,
            { file: DATAPACKAGE_PATH, pointer: base },
          ),
        );
      }
      checked.datapackage_resources = (checked.datapackage_resources ?? 0) + 1;
    });
    const names = resources.map((r) => r.name);
    for (const name of DATASETS_IN_ORDER) {
      if (!names.includes(name))
        issues.push(
          fileIssue('datapackage-invalid', `${DATAPACKAGE_PATH} has no resource for ${name}.csv.`, {
            file: DATAPACKAGE_PATH,
            dataset: name,
          }),
        );
    }
  }

  // 7. build-manifest.json: counts and files.
  const manifest = parseJson(files.get(MANIFEST_PATH)) as
    { counts?: Record<string, unknown>; files?: { path?: unknown; sha256?: unknown }[] } | undefined;
  if (!files.has(MANIFEST_PATH)) missing(MANIFEST_PATH);
  else if (!manifest || !Array.isArray(manifest.files) || typeof manifest.counts !== 'object') {
    issues.push(
      fileIssue('manifest-invalid', `${MANIFEST_PATH} is not JSON with "counts" and "files".`, { file: MANIFEST_PATH }),
    );
  } else {
    for (const name of DATASETS_IN_ORDER) {
      if (manifest.counts?.[name] !== datasets[name].length) {
        issues.push(
          fileIssue(
            'manifest-invalid',
            `${MANIFEST_PATH}: count of ${name} is ${showValue(manifest.counts?.[name])}, the folder has ${datasets[name].length}.`,
            { file: MANIFEST_PATH, dataset: name },
          ),
        );
      }
    }
    for (const f of manifest.files) {
      const bytes = typeof f.path === 'string' ? files.get(f.path) : undefined;
      if (!bytes || f.sha256 !== sha256Hex(bytes)) {
        issues.push(
          fileIssue(
            'manifest-invalid',
            `${MANIFEST_PATH}: ${showValue(f.path)} is missing or differs from the listed sha256.`,
            { file: MANIFEST_PATH },
          ),
        );
      }
    }
  }

  // 8. catalog.jsonld (when the build has one): offline expansion, RDF, datasets, distributions' sizes and hashes.
  if (files.has(CATALOG_PATH) || files.has(CATALOG_CONTEXT_PATH)) {
    issues.push(...(await checkCatalog(files, checked)));
  }

  // 9. quality.json (when the build has one): parses, and its record counts are the folder's.
  if (files.has(QUALITY_PATH)) issues.push(...checkQuality(files, datasets));

  return { issues, checked };
}

const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const SPDX = 'http://spdx.org/rdf/terms#';

type Expanded = Record<string, unknown>;

/** The first `@value` (or `@id`) of an expanded property, as a string. */
function first(node: Expanded | undefined, property: string): string | undefined {
  const values = node?.[property];
  const v = Array.isArray(values) ? (values[0] as Expanded | undefined) : undefined;
  const out = v?.['@value'] ?? v?.['@id'];
  return out === undefined ? undefined : String(out);
}

async function checkCatalog(files: ReadonlyMap<string, Uint8Array>, checked: Record<string, number>): Promise<Issue[]> {
  const issues: Issue[] = [];
  const problem = (message: string, hint?: string): void => {
    issues.push(fileIssue('catalog-invalid', message, { file: CATALOG_PATH }, hint));
  };
  const context = files.get(CATALOG_CONTEXT_PATH);
  if (!context) {
    issues.push(fileIssue('dist-file-missing', `${CATALOG_CONTEXT_PATH} is missing from the folder.`, { file: CATALOG_CONTEXT_PATH }, 'Run the build again.'));
  } else if (text(context) !== renderCatalogContext()) {
    issues.push(fileIssue('schema-mismatch', `${CATALOG_CONTEXT_PATH} differs from the repository's catalogue context.`, { file: CATALOG_CONTEXT_PATH }));
  }
  if (!files.has(CATALOG_PATH)) {
    issues.push(fileIssue('dist-file-missing', `${CATALOG_PATH} is missing from the folder.`, { file: CATALOG_PATH }, 'Run the build again.'));
    return issues;
  }
  const doc = parseJson(files.get(CATALOG_PATH));
  if (!doc || typeof doc !== 'object') {
    problem(`${CATALOG_PATH} is not UTF-8 JSON.`);
    return issues;
  }
  let nodes: Expanded[];
  try {
    const documentLoader = catalogDocumentLoader();
    nodes = (await jsonld.expand(doc as jsonld.JsonLdDocument, { documentLoader })) as unknown as Expanded[];
    await jsonld.toRDF(doc as jsonld.JsonLdDocument, { format: 'application/n-quads', documentLoader });
  } catch (error) {
    problem(`${CATALOG_PATH} does not expand to RDF offline: ${(error as Error).message}`);
    return issues;
  }
  const ofType = (t: string): Expanded[] => nodes.filter((n) => Array.isArray(n['@type']) && n['@type'].includes(t));
  if (ofType(`${DCAT}Catalog`).length !== 1) problem(`${CATALOG_PATH} has ${ofType(`${DCAT}Catalog`).length} dcat:Catalog nodes, expected 1.`);
  const described = new Set(ofType(`${DCAT}Dataset`).map((n) => first(n, `${DCT}identifier`)));
  for (const name of DATASETS_IN_ORDER) {
    if (!described.has(name)) problem(`${CATALOG_PATH} describes no dcat:Dataset with dct:identifier "${name}".`);
  }
  const byId = new Map(nodes.map((n) => [n['@id'] as string, n]));
  for (const dist of ofType(`${DCAT}Distribution`)) {
    const path = first(dist, `${DCT}identifier`);
    const bytes = path === undefined ? undefined : files.get(path);
    if (!bytes) {
      problem(`${CATALOG_PATH}: distribution ${String(dist['@id'])} names ${showValue(path)}, which is not in the folder.`);
      continue;
    }
    const checksumRef = (dist[`${SPDX}checksum`] as Expanded[] | undefined)?.[0];
    const checksum = checksumRef?.['@id'] !== undefined ? byId.get(checksumRef['@id'] as string) ?? checksumRef : checksumRef;
    const size = first(dist, `${DCAT}byteSize`);
    const sha = first(checksum, `${SPDX}checksumValue`);
    if (size !== String(byteLength(bytes)) || sha !== sha256Hex(bytes)) {
      problem(
        `${CATALOG_PATH}: distribution ${path} gives ${showValue(size)} bytes and sha256 ${showValue(sha)}, the file has ${byteLength(bytes)} bytes and ${sha256Hex(bytes)}.`,
        'The catalogue is rendered from the files of the same build: rebuild.',
      );
    }
    checked.catalog_distributions = (checked.catalog_distributions ?? 0) + 1;
  }
  return issues;
}

function checkQuality(files: ReadonlyMap<string, Uint8Array>, datasets: Record<DatasetName, PlainRecord[]>): Issue[] {
  const doc = parseJson(files.get(QUALITY_PATH)) as { datasets?: unknown; sources?: unknown; evaluation?: unknown } | undefined;
  if (!doc || typeof doc !== 'object' || !Array.isArray(doc.datasets) || !Array.isArray(doc.sources) || doc.evaluation === undefined) {
    return [fileIssue('quality-invalid', `${QUALITY_PATH} is not JSON with "sources", "datasets" and "evaluation".`, { file: QUALITY_PATH })];
  }
  const issues: Issue[] = [];
  for (const d of doc.datasets as { name?: unknown; records?: unknown }[]) {
    const records = datasets[d.name as DatasetName] as PlainRecord[] | undefined;
    if (records !== undefined && d.records !== records.length) {
      issues.push(
        fileIssue('quality-invalid', `${QUALITY_PATH}: ${String(d.name)} has ${showValue(d.records)} records, the folder has ${records.length}.`, {
          file: QUALITY_PATH,
          dataset: String(d.name),
        }),
      );
    }
  }
  return issues;
}

/** Reads a dist/ folder and checks it (see validateDistFiles). Never throws: an unreadable folder is an issue. */
export async function validateDistFolder(dir: string): Promise<DistReport> {
  let files: Map<string, Uint8Array>;
  try {
    files = await readDirFiles(dir);
  } catch (error) {
    return {
      issues: [
        fileIssue(
          'dist-unreadable',
          `Could not read the folder ${dir}: ${(error as Error).message}`,
          { file: dir },
          'Check the path; build first with `etat-numerique build`.',
        ),
      ],
      checked: {},
    };
  }
  return validateDistFiles(files);
}
