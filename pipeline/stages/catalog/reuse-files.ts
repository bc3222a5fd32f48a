/**
 * The files for reusers that the build adds to dist/ (pure): catalog.jsonld and its context, quality.json, and the
 * data-bearing README.md (which replaces the schema-only one). The runner reads the publication settings and the
 * evaluation summary, then passes this map to assembleDist as `extraFiles`.
 */
import type { Datasets } from '../../types/records.ts';
import type { FileDigest } from '../../io/hash.ts';
import { README_PATH } from '../package/assemble.ts';
import { CATALOG_CONTEXT_PATH, CATALOG_PATH, QUALITY_PATH, renderDataDictionary, renderDataDictionaryFr } from '../package/dictionary.ts';

/** The French data dictionary, also the body of the catalogue dataset's description (the publish stage reads it). */
export const README_FR_PATH = 'LISEZMOI.md';
import { assembleQuality, renderQualityMarkdown, type EvaluationSummary } from '../quality/index.ts';
import type { PublicationConfig } from './config.ts';
import { renderCatalog, renderCatalogContext } from './catalog.ts';

export interface ReuseInputs {
  publication: PublicationConfig;
  /** Parsed eval/results/latest.json; null when there is none (quality.json then says so). */
  evaluation: EvaluationSummary | null;
}

/**
 * catalog.jsonld, contexts/catalog.context.json, quality.json and README.md, from the datasets and the core files of
 * the build (`coreFiles`: what assembleDist gives without extras; the catalogue hashes the dataset files there).
 * `stepDone` is told after each piece of work over every record (the caller's memory checkpoints on a large build).
 */
export function renderReuseFiles(
  datasets: Datasets,
  coreFiles: ReadonlyMap<string, string | FileDigest>,
  inputs: ReuseInputs,
  stepDone: () => void = () => {},
): Map<string, string> {
  const quality = assembleQuality(datasets, inputs.evaluation);
  stepDone();
  const catalog = renderCatalog(datasets, coreFiles, inputs.publication);
  stepDone();
  const readmeFr = renderDataDictionaryFr(datasets);
  stepDone();
  const readme = renderDataDictionary({
    datasets,
    files: coreFiles,
    downloadBaseUrl: inputs.publication.download_base_url,
    extraSection: renderQualityMarkdown(quality),
  });
  stepDone();
  return new Map([
    [CATALOG_PATH, catalog],
    [CATALOG_CONTEXT_PATH, renderCatalogContext()],
    [QUALITY_PATH, `${JSON.stringify(quality, null, 2)}\n`],
    [README_FR_PATH, readmeFr],
    [README_PATH, readme],
  ]);
}
