/**
 * validateDatasets: every record of every dataset against its JSON Schema (ajv, compiled once), then the
 * cross-record rules the schemas cannot state: ids unique within a dataset, and references (parent_id,
 * subject_id, sources, fact_ids… as declared by the schemas' `x-jsonld.ref`) resolving to existing records.
 * Pure; returns issues, never throws.
 */
import type { Issue } from '../../types/domain.ts';
import type { DatasetName, Datasets } from '../../types/records.ts';
import { DATASETS_IN_ORDER, DATASET_SCHEMAS } from '../package/contract.ts';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { datasetValidator } from './ajv.ts';
import { ajvErrorsToIssues, showValue } from './issues.ts';

type AnyRecord = Record<string, unknown>;

/** Supplies the source quote shown with a record's issues (by default: the quote of the record's first fact). */
export type QuoteFor = (dataset: string, recordId: string) => string | undefined;

function recordIdOf(record: unknown, index: number): string {
  const id = (record as AnyRecord | null)?.id;
  return typeof id === 'string' && id !== '' ? id : `#${index}`;
}

/** Default provenance: the first fact of the record (via fact_ids, or the fact itself for `facts`). */
function factLookup(datasets: Datasets): (dataset: string, record: AnyRecord) => { quote?: string; source?: string } {
  // Built on the first record with a problem, not on every build (a million facts on a large corpus).
  let facts: Map<string, { quote: string; source_id: string }> | undefined;
  const index = () => {
    const map = new Map<string, { quote: string; source_id: string }>();
    for (const f of (datasets.facts ?? []) as unknown as AnyRecord[]) {
      if (typeof f?.id === 'string') map.set(f.id, { quote: String(f.quote ?? ''), source_id: String(f.source_id ?? '') });
    }
    return map;
  };
  return (dataset, record) => {
    facts ??= index();
    const factId =
      dataset === 'facts' ? record.id : Array.isArray(record.fact_ids) ? (record.fact_ids[0] as unknown) : undefined;
    const fact = typeof factId === 'string' ? facts.get(factId) : undefined;
    return fact ? { quote: fact.quote, source: fact.source_id } : {};
  };
}

export interface ValidateOptions {
  /** Supplies the source quote printed with a record's issues (default: the quote of the record's first fact). */
  quoteFor?: QuoteFor | undefined;
  /** Told when each dataset's records are checked (the caller's memory checkpoints on a large build). */
  datasetDone?: ((name: DatasetName) => void) | undefined;
  /**
   * Called every CHECKPOINT_RECORDS records inside a dataset (and of the references pass): a dataset of a million
   * facts leaves ajv's garbage for seconds, and V8 grows the heap meanwhile rather than collect.
   */
  checkpoint?: (() => void) | undefined;
  /**
   * Records known to match their schema already (an incremental build: records byte-identical to those of the
   * previous build, which checked them with the same schemas and code): their schema check is skipped. Ids and
   * references are still checked for every record, as they depend on the other records.
   */
  checkedBefore?: ReadonlySet<object> | undefined;
}

/** Checks every record of every dataset: its schema, the uniqueness of its id, its references. */
/** Records checked between two calls of `checkpoint`. */
export const CHECKPOINT_RECORDS = 100_000;

export function validateDatasets(datasets: Datasets, options: ValidateOptions = {}): Issue[] {
  const { quoteFor, datasetDone = () => {}, checkedBefore, checkpoint = () => {} } = options;
  const issues: Issue[] = [];
  try {
    const provenance = factLookup(datasets);
    const ids = new Map<DatasetName, Set<string>>();

    for (const name of DATASETS_IN_ORDER) {
      const records = datasets[name] as unknown;
      if (!Array.isArray(records)) {
        issues.push({
          code: 'dataset-missing',
          severity: 'error',
          stage: 'validate',
          message: `Dataset "${name}" is ${records === undefined ? 'missing' : 'not an array'}: every build publishes all the datasets, possibly empty.`,
          location: { dataset: name },
        });
        continue;
      }
      const seen = new Set<string>();
      ids.set(name, seen);
      let validate: ValidateFunction | undefined;
      records.forEach((record: unknown, index) => {
        if (index > 0 && index % CHECKPOINT_RECORDS === 0) checkpoint();
        const id = recordIdOf(record, index);
        if (seen.has(id)) {
          issues.push({
            code: 'duplicate-id',
            severity: 'error',
            stage: 'validate',
            message: `${name} record ${id}: the id is used by more than one record of the dataset.`,
            hint: 'Ids must be unique within a dataset: records with the same id should have been merged by normalise.',
            location: { dataset: name, record: id, field: 'id', pointer: '/id' },
          });
        }
        seen.add(id);
        if (checkedBefore?.has(record as object)) return;
        validate ??= datasetValidator(name);
        if (!validate(record)) {
          const known = provenance(name, (record ?? {}) as AnyRecord);
          const quote = quoteFor ? quoteFor(name, id) : known.quote;
          issues.push(
            ...ajvErrorsToIssues(validate.errors, {
              dataset: name,
              record: id,
              data: record,
              quote,
              source: known.source,
            }),
          );
        }
      });
      datasetDone(name);
    }

    issues.push(...checkReferences(datasets, ids, checkpoint));
  } catch (error) {
    // Only a broken contract (a schema ajv cannot compile) gets here: report it rather than throw.
    issues.push({
      code: 'schema-unusable',
      severity: 'error',
      stage: 'validate',
      message: `The dataset schemas could not be compiled: ${(error as Error).message}`,
      hint: 'Run `npx vitest run tests/schemas` to see which schema is malformed.',
    });
  }
  return issues;
}

/** References declared by `x-jsonld.ref` must point to an existing record. */
function checkReferences(datasets: Datasets, ids: Map<DatasetName, Set<string>>, checkpoint: () => void): Issue[] {
  const issues: Issue[] = [];
  for (const name of DATASETS_IN_ORDER) {
    const records = datasets[name] as unknown;
    if (!Array.isArray(records)) continue;
    const refs = Object.entries(DATASET_SCHEMAS[name].properties).filter(
      ([field, p]) => p['x-jsonld'].ref && field !== 'id',
    );
    records.forEach((record: AnyRecord, index) => {
      if (index > 0 && index % CHECKPOINT_RECORDS === 0) checkpoint();
      if (record === null || typeof record !== 'object') return;
      const id = recordIdOf(record, index);
      for (const [field, p] of refs) {
        const ref = p['x-jsonld'].ref as string | { dataset_field: string };
        const target = typeof ref === 'string' ? ref : record[ref.dataset_field];
        const targetIds = typeof target === 'string' ? ids.get(target as DatasetName) : undefined;
        if (!targetIds) continue;
        const raw = record[field];
        const values = Array.isArray(raw) ? raw : raw === null || raw === undefined ? [] : [raw];
        values.forEach((v: unknown, i) => {
          if (typeof v === 'string' && !targetIds.has(v)) {
            issues.push({
              code: 'reference-not-found',
              severity: 'error',
              stage: 'validate',
              message: `${name} record ${id}: field "${field}" points to ${showValue(v)}, which is not an id of dataset "${String(target)}".`,
              hint: 'Every reference must resolve inside the build (datapackage.json declares these foreign keys): publish the target record or drop the reference.',
              location: {
                dataset: name,
                record: id,
                field,
                pointer: Array.isArray(raw) ? `/${field}/${i}` : `/${field}`,
              },
            });
          }
        });
      }
    });
  }
  return issues;
}
