/**
 * Validate stage: records against the schemas (validateDatasets, before packaging) and a written dist/ folder
 * against everything it promises (validateDistFolder). Both return issues; neither throws.
 */
export { validateDatasets, type QuoteFor } from './datasets.ts';
export { validateDistFiles, validateDistFolder, type DistReport } from './dist.ts';
export { ajvErrorsToIssues } from './issues.ts';
export { createDatasetAjv, datasetValidator, datasetValidators, dataPackageProfiles } from './ajv.ts';
