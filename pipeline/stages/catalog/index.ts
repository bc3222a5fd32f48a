/**
 * Catalog stage: what lets reusers find and trust the datasets. Reads the publication settings
 * (config/publication.json, readPublicationConfig) and writes, through renderReuseFiles, dist/catalog.jsonld
 * (DCAT-AP 3.0, renderCatalog), its context, dist/quality.json and the data-bearing dist/README.md. Everything
 * here is pure except the two readers (publication settings, evaluation summary).
 */
export {
  CATALOG_CONTEXT,
  CATALOG_CONTEXT_IRI,
  CATALOG_CONTEXT_PATH,
  CATALOG_IRI,
  CATALOG_PATH,
  catalogDocumentLoader,
  catalogJsonLd,
  datasetDates,
  datasetIri,
  dateSpan,
  distributionIri,
  newestSourceDate,
  renderCatalog,
  renderCatalogContext,
} from './catalog.ts';
export {
  DEFAULT_DOWNLOAD_BASE_URL,
  ETALAB_2_0,
  PUBLICATION_CONFIG_PATH,
  PublicationConfigSchema,
  parsePublicationConfig,
  readPublicationConfig,
  type PublicationConfig,
} from './config.ts';
export { renderReuseFiles, type ReuseInputs } from './reuse-files.ts';
