/**
 * The contract, loaded once: the dataset JSON Schemas (schemas/*.schema.json), the package metadata and dataset
 * order (schemas/datasets.json) and the shipped JSON-LD context (contexts/). Everything the package and validate
 * stages derive (CSV columns, Table Schemas, JSON-LD mapping, ajv validators) is read from here, never restated.
 * No I/O at run time: the JSON files are bundled as module imports.
 */
import type { DatasetName } from '../../types/records.ts';
import catalogue from '../../../schemas/datasets.json' with { type: 'json' };
import sources from '../../../schemas/sources.schema.json' with { type: 'json' };
import organisations from '../../../schemas/organisations.schema.json' with { type: 'json' };
import events from '../../../schemas/events.schema.json' with { type: 'json' };
import legal_texts from '../../../schemas/legal_texts.schema.json' with { type: 'json' };
import people from '../../../schemas/people.schema.json' with { type: 'json' };
import products from '../../../schemas/products.schema.json' with { type: 'json' };
import contacts from '../../../schemas/contacts.schema.json' with { type: 'json' };
import figures from '../../../schemas/figures.schema.json' with { type: 'json' };
import committees from '../../../schemas/committees.schema.json' with { type: 'json' };
import links from '../../../schemas/links.schema.json' with { type: 'json' };
import conflicts from '../../../schemas/conflicts.schema.json' with { type: 'json' };
import facts from '../../../schemas/facts.schema.json' with { type: 'json' };
import context from '../../../contexts/etat-numerique.context.json' with { type: 'json' };

/** A condition on another field of the same record: applies when `record[field]` is one of `in`. */
export interface JsonLdWhen {
  field: string;
  in: string[];
  /** Extra predicates (on a property annotation). */
  iri?: string[];
  /** Extra node types (on the root annotation). */
  types?: string[];
}

/**
 * `x-jsonld` on a property: how the column becomes RDF. Compact IRIs use the prefixes of the shipped context.
 * - `iri`: predicates that always carry the value (several = the same value under each);
 * - `list_iri`: predicates that carry the values as an ordered `@list` (order is meaningful);
 * - `when`: predicates added when another field has one of some values;
 * - `ref`: values are record ids of that dataset (or of the dataset named by another field) → node IRIs;
 * - `datatype`: literal datatype; `temporal`: typed by ISO 8601 form (xsd:date / xsd:gYearMonth / xsd:gYear);
 * - `reverse`: the referenced node points to this one (`@reverse`); `node_id`: the value is the node's id too.
 */
export interface JsonLdField {
  iri: string[];
  list_iri?: string[];
  when?: JsonLdWhen[];
  ref?: string | { dataset_field: string };
  datatype?: string;
  temporal?: boolean;
  reverse?: boolean;
  node_id?: boolean;
}

/** `x-jsonld` on a dataset schema: the node types of its records. */
export interface JsonLdNode {
  types: string[];
  when?: JsonLdWhen[];
}

export type JsonType = 'string' | 'integer' | 'number' | 'array' | 'null' | 'boolean' | 'object';

/** The subset of JSON Schema the dataset schemas use for a property (checked by tests/schemas). */
export interface PropertySchema {
  type: JsonType | JsonType[];
  description: string;
  enum?: (string | null)[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  minItems?: number;
  uniqueItems?: boolean;
  items?: PropertySchema | { type: JsonType; minLength?: number; pattern?: string; maxLength?: number };
  'x-jsonld': JsonLdField;
}

export interface DatasetSchema {
  $schema: string;
  $id: string;
  title: string;
  description: string;
  type: 'object';
  'x-jsonld': JsonLdNode;
  additionalProperties: false;
  required: string[];
  properties: Record<string, PropertySchema>;
  allOf?: unknown[];
}

/** How a column is written in CSV and read back. */
export type ColumnKind = 'string' | 'integer' | 'number' | 'array';

export interface Column {
  name: string;
  kind: ColumnKind;
  nullable: boolean;
  schema: PropertySchema;
}

export interface PackageMeta {
  name: string;
  title: string;
  description: string;
  homepage: string;
  licenses: { name: string; path: string; title: string }[];
  datasets: { name: DatasetName; record_type: string }[];
}

// The JSON imports are typed by TypeScript as their literal shapes; the tests in tests/schemas check that every
// schema really has the shape declared above (and compile them with ajv), so the casts below are safe.
const asSchema = (s: unknown): DatasetSchema => s as DatasetSchema;

/** Every dataset schema, by dataset name. */
export const DATASET_SCHEMAS: Readonly<Record<DatasetName, DatasetSchema>> = Object.freeze({
  sources: asSchema(sources),
  organisations: asSchema(organisations),
  events: asSchema(events),
  legal_texts: asSchema(legal_texts),
  people: asSchema(people),
  products: asSchema(products),
  contacts: asSchema(contacts),
  figures: asSchema(figures),
  committees: asSchema(committees),
  links: asSchema(links),
  conflicts: asSchema(conflicts),
  facts: asSchema(facts),
});

/** Package-level metadata (name, title, licence) and the dataset order, from schemas/datasets.json. */
export const PACKAGE_META: PackageMeta = catalogue as PackageMeta;

/** Dataset names in publication order (schemas/datasets.json). */
export const DATASETS_IN_ORDER: readonly DatasetName[] = PACKAGE_META.datasets.map((d) => d.name);

/** Path of a dataset's schema, in the repository and in dist/. */
export function schemaPath(name: DatasetName): string {
  return `schemas/${name}.schema.json`;
}

/** The published JSON-LD context (contexts/etat-numerique.context.json), as an object. */
export const JSONLD_CONTEXT: { '@context': Record<string, string | number> } = context as {
  '@context': Record<string, string | number>;
};

/** Path of the context in the repository and in dist/ (the same). */
export const CONTEXT_PATH = 'contexts/etat-numerique.context.json';

/** Stable IRI of the context, referenced by every .jsonld file; the local document loader maps it to CONTEXT_PATH. */
export const CONTEXT_IRI = `https://etat-numerique.github.io/${CONTEXT_PATH}`;

/** Base of record IRIs: `${ID_BASE}<dataset>/<id>`. */
export const ID_BASE = 'https://etat-numerique.github.io/id/';

/** IRI of a record. Ids are URL-safe by schema (pattern), so no escaping is needed. */
export function recordIri(dataset: string, id: string): string {
  return `${ID_BASE}${dataset}/${id}`;
}

function typesOf(p: PropertySchema): JsonType[] {
  return Array.isArray(p.type) ? p.type : [p.type];
}

/** The columns of a dataset, in schema order (= records.ts order = CSV column order). */
export function columnsOf(name: DatasetName): Column[] {
  const schema = DATASET_SCHEMAS[name];
  return Object.entries(schema.properties).map(([field, p]) => {
    const types = typesOf(p);
    const nullable = types.includes('null');
    const main = types.find((t) => t !== 'null');
    if (main !== 'string' && main !== 'integer' && main !== 'number' && main !== 'array') {
      throw new Error(`schemas/${name}.schema.json: property ${field} has unsupported type ${String(main)}`);
    }
    return { name: field, kind: main, nullable, schema: p };
  });
}

/** Column names of a dataset, in order. */
export function columnNames(name: DatasetName): string[] {
  return Object.keys(DATASET_SCHEMAS[name].properties);
}
