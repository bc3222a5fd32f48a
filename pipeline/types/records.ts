/**
 * The published dataset records (the public contract). The JSON Schemas in schemas/ are the single source of
 * truth: `npm run gen:types` turns them into schemas.gen.ts (never edited by hand). This module only re-exports
 * the generated types under the names the rest of the pipeline imports.
 * Records are flat: strings, numbers, null, and arrays of strings (joined with "|" in CSV).
 */
export type {
  SourceRecord,
  OrganisationRecord,
  EventRecord,
  LegalTextRecord,
  PersonRecord,
  ProductRecord,
  ContactRecord,
  FigureRecord,
  CommitteeRecord,
  LinkRecord,
  ConflictRecord,
  FactRecord,
  Datasets,
  DatasetName,
} from './schemas.gen.ts';
export { DATASET_NAMES } from './schemas.gen.ts';
