/**
 * ajv instances, built and compiled once per process:
 * - the dataset schemas (JSON Schema 2020-12, strict mode, with the `x-jsonld` annotation keyword registered and
 *   its own meta-schema, so a malformed annotation fails at compile time);
 * - the vendored Data Package v2 profiles (draft-07, non-strict: they carry annotation keywords of their own).
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { Ajv as AjvDraft7 } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { DatasetName } from '../../types/records.ts';
import { DATASETS_IN_ORDER, DATASET_SCHEMAS } from '../package/contract.ts';
import datapackageProfile from '../../../schemas/vendor/datapackage-2.0/datapackage.json' with { type: 'json' };
import dataresourceProfile from '../../../schemas/vendor/datapackage-2.0/dataresource.json' with { type: 'json' };
import tableschemaProfile from '../../../schemas/vendor/datapackage-2.0/tableschema.json' with { type: 'json' };
import tabledialectProfile from '../../../schemas/vendor/datapackage-2.0/tabledialect.json' with { type: 'json' };

// ajv-formats is CommonJS: depending on the loader its plugin is the module itself or its `default`.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv2020 | AjvDraft7,
) => unknown;

const COMPACT_IRI = { type: 'string', pattern: '^[a-z]+:[A-Za-z][A-Za-z0-9_]*$' } as const;
const IRIS = { type: 'array', items: COMPACT_IRI } as const;

/** Meta-schema of the `x-jsonld` annotation: on a dataset schema (node types) or on a property (mapping). */
export const X_JSONLD_META_SCHEMA = {
  oneOf: [
    {
      type: 'object',
      required: ['types'],
      additionalProperties: false,
      properties: {
        types: { ...IRIS, minItems: 1 },
        when: {
          type: 'array',
          items: {
            type: 'object',
            required: ['field', 'in', 'types'],
            additionalProperties: false,
            properties: { field: { type: 'string' }, in: { type: 'array', items: { type: 'string' } }, types: IRIS },
          },
        },
      },
    },
    {
      type: 'object',
      required: ['iri'],
      additionalProperties: false,
      properties: {
        iri: IRIS,
        list_iri: IRIS,
        when: {
          type: 'array',
          items: {
            type: 'object',
            required: ['field', 'in', 'iri'],
            additionalProperties: false,
            properties: { field: { type: 'string' }, in: { type: 'array', items: { type: 'string' } }, iri: IRIS },
          },
        },
        ref: {
          oneOf: [
            { type: 'string' },
            {
              type: 'object',
              required: ['dataset_field'],
              additionalProperties: false,
              properties: { dataset_field: { type: 'string' } },
            },
          ],
        },
        datatype: COMPACT_IRI,
        temporal: { type: 'boolean' },
        reverse: { type: 'boolean' },
        node_id: { type: 'boolean' },
      },
    },
  ],
} as const;

export type DatasetAjv = Ajv2020;

/** A fresh 2020-12 ajv for the dataset schemas (strict, all errors, verbose for the offending values). */
export function createDatasetAjv(): DatasetAjv {
  const ajv = new Ajv2020({ strict: true, allErrors: true, verbose: true, allowUnionTypes: true });
  addFormats(ajv);
  ajv.addKeyword({ keyword: 'x-jsonld', metaSchema: X_JSONLD_META_SCHEMA });
  return ajv;
}

let datasetAjv: DatasetAjv | undefined;
const datasetValidatorCache = new Map<DatasetName, ValidateFunction>();

/** The compiled validator of one dataset (compiled on first use, then reused): a rebuild that has no record of a
 * dataset to check does not compile its schema. */
export function datasetValidator(name: DatasetName): ValidateFunction {
  let validate = datasetValidatorCache.get(name);
  if (!validate) {
    datasetAjv ??= createDatasetAjv();
    validate = datasetAjv.compile(DATASET_SCHEMAS[name]);
    datasetValidatorCache.set(name, validate);
  }
  return validate;
}

/** The compiled validator of every dataset. */
export function datasetValidators(): Record<DatasetName, ValidateFunction> {
  return Object.fromEntries(DATASETS_IN_ORDER.map((name) => [name, datasetValidator(name)])) as Record<DatasetName, ValidateFunction>;
}

export interface ProfileValidators {
  datapackage: ValidateFunction;
  dataresource: ValidateFunction;
  tableschema: ValidateFunction;
  tabledialect: ValidateFunction;
}

let profileValidators: ProfileValidators | undefined;

/** Validators of the Data Package v2 profiles (vendored in schemas/vendor/datapackage-2.0). */
export function dataPackageProfiles(): ProfileValidators {
  if (!profileValidators) {
    const ajv = new AjvDraft7({ strict: false, allErrors: true, verbose: true, validateSchema: false });
    addFormats(ajv);
    ajv.addFormat('textarea', true);
    profileValidators = {
      datapackage: ajv.compile(datapackageProfile),
      dataresource: ajv.compile(dataresourceProfile),
      tableschema: ajv.compile(tableschemaProfile),
      tabledialect: ajv.compile(tabledialectProfile),
    };
  }
  return profileValidators;
}
