/**
 * Package stage: validated datasets → the files of dist/ (pure renderers + assembleDist), and the write at the
 * edge (writeDist: validate, assemble, write atomically).
 */
import type { Datasets } from '../../types/records.ts';
import { DataError } from '../../errors.ts';
import { writeDirAtomic } from '../../io/atomic-dir.ts';
import { validateDatasets, type QuoteFor } from '../validate/datasets.ts';
import { assembleDist, type BuildMeta } from './assemble.ts';

export { assembleDist, renderSchema, type BuildMeta } from './assemble.ts';
export {
  renderCsv,
  parseCsv,
  encodeCell,
  decodeCell,
  neutraliseFormula,
  restoreFormula,
  joinValues,
  splitValues,
  sortById,
} from './csv.ts';
export type { PlainRecord, ParsedCsv } from './csv.ts';
export { renderJson, datasetJson } from './json.ts';
export {
  renderJsonLd,
  datasetJsonLd,
  renderNode,
  renderContext,
  temporalLiteral,
  localDocumentLoader,
} from './jsonld.ts';
export { renderDataPackage, dataPackage, tableSchemaOf } from './datapackage.ts';
export { renderBuildManifest, buildManifest, renderSha256Sums, parseSha256Sums } from './manifest.ts';
export { renderDataDictionary } from './dictionary.ts';
export {
  DATASET_SCHEMAS,
  DATASETS_IN_ORDER,
  PACKAGE_META,
  CONTEXT_IRI,
  CONTEXT_PATH,
  ID_BASE,
  columnsOf,
  columnNames,
  recordIri,
  schemaPath,
} from './contract.ts';

/**
 * Validates the datasets, then writes dist/ atomically. Throws DataError `schema-violation` (with every issue,
 * nothing written, the previous folder untouched) when a record fails its schema; returns the files written.
 */
export async function writeDist(
  outDir: string,
  datasets: Datasets,
  meta: BuildMeta,
  quoteFor?: QuoteFor,
): Promise<Map<string, string>> {
  const issues = validateDatasets(datasets, { quoteFor });
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) {
    throw new DataError(
      'schema-violation',
      `${errors.length} problem(s) in the datasets; nothing was written to ${outDir}.`,
      {
        issues,
        hint: 'Each issue names the dataset, the record, the field and the source quote.',
      },
    );
  }
  const files = assembleDist(datasets, meta);
  await writeDirAtomic(outDir, files);
  return files;
}
