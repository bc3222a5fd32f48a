/**
 * JSON-LD rendering of a dataset (pure), driven by the `x-jsonld` annotations of its JSON Schema:
 * `{ "@context": CONTEXT_IRI, "@graph": [node, …] }`, one node per record (sorted by id), keys as compact IRIs
 * (`schema:foundingDate`) whose prefixes are defined by the shipped context. Dates are typed by their own
 * precision (xsd:gYear, xsd:gYearMonth, xsd:date) and never padded; a period (ISO 8601 interval "2023/2027")
 * has no XSD datatype and stays a plain literal next to its typed start and end.
 * Also: the offline document loader used to expand these files (nothing is ever fetched).
 */
import type { Options } from 'jsonld';
import type { DatasetName } from '../../types/records.ts';
import {
  CONTEXT_IRI,
  DATASET_SCHEMAS,
  JSONLD_CONTEXT,
  recordIri,
  type JsonLdField,
  type JsonLdWhen,
} from './contract.ts';
import { sortById, type PlainRecord } from './csv.ts';

export type JsonLdValue =
  string | number | { '@id': string } | { '@value': string; '@type': string } | { '@list': JsonLdValue[] };

/** What a jsonld.js document loader resolves to (the type @types/jsonld does not export by name). */
export type RemoteDocument = Awaited<ReturnType<NonNullable<Options.Expand['documentLoader']>>>;

export type JsonLdNodeObject = Record<string, unknown> & { '@id': string; '@type': string[] };

/** The literal of an ISO 8601 date at its own precision: xsd:gYear / xsd:gYearMonth / xsd:date, else plain. */
export function temporalLiteral(value: string): JsonLdValue {
  if (/^[0-9]{4}$/.test(value)) return { '@value': value, '@type': 'xsd:gYear' };
  if (/^[0-9]{4}-[0-9]{2}$/.test(value)) return { '@value': value, '@type': 'xsd:gYearMonth' };
  if (/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(value)) return { '@value': value, '@type': 'xsd:date' };
  return value;
}

function matches(when: JsonLdWhen, record: PlainRecord): boolean {
  const v = record[when.field];
  return typeof v === 'string' && when.in.includes(v);
}

/** Predicates that carry a field of a record (the fixed ones, then the conditional ones). */
export function predicatesOf(mapping: JsonLdField, record: PlainRecord): string[] {
  const extra = (mapping.when ?? []).filter((w) => matches(w, record)).flatMap((w) => w.iri ?? []);
  return [...mapping.iri, ...extra];
}

/** Node types of a record of a dataset. */
export function typesOf(name: DatasetName, record: PlainRecord): string[] {
  const node = DATASET_SCHEMAS[name]['x-jsonld'];
  const extra = (node.when ?? []).filter((w) => matches(w, record)).flatMap((w) => w.types ?? []);
  return [...node.types, ...extra];
}

/** The RDF values of one field of a record (empty when null or an empty array). */
export function valuesOf(mapping: JsonLdField, record: PlainRecord, field: string): JsonLdValue[] {
  const raw = record[field];
  const list = Array.isArray(raw) ? (raw as unknown[]) : raw === null || raw === undefined ? [] : [raw];
  const target =
    mapping.ref === undefined
      ? undefined
      : typeof mapping.ref === 'string'
        ? mapping.ref
        : (record[mapping.ref.dataset_field] as string | null | undefined);
  return list.map((v): JsonLdValue => {
    if (typeof v === 'number') return v;
    const s = String(v);
    if (target) return { '@id': recordIri(target, s) };
    if (mapping.temporal) return temporalLiteral(s);
    if (mapping.datatype) return { '@value': s, '@type': mapping.datatype };
    return s;
  });
}

function add(target: Record<string, JsonLdValue[]>, predicate: string, values: JsonLdValue[]): void {
  (target[predicate] ??= []).push(...values);
}

/** The JSON-LD node of one record. */
export function renderNode(name: DatasetName, record: PlainRecord): JsonLdNodeObject {
  const schema = DATASET_SCHEMAS[name];
  const props: Record<string, JsonLdValue[]> = {};
  const reverse: Record<string, JsonLdValue[]> = {};
  for (const [field, p] of Object.entries(schema.properties)) {
    const mapping = p['x-jsonld'];
    const values = valuesOf(mapping, record, field);
    if (values.length === 0) continue;
    const target = mapping.reverse ? reverse : props;
    for (const predicate of predicatesOf(mapping, record)) add(target, predicate, values);
    for (const predicate of mapping.list_iri ?? []) add(target, predicate, [{ '@list': values }]);
  }
  const node: JsonLdNodeObject = { '@id': recordIri(name, String(record.id)), '@type': typesOf(name, record) };
  const single = (vs: JsonLdValue[]): JsonLdValue | JsonLdValue[] => (vs.length === 1 ? (vs[0] as JsonLdValue) : vs);
  for (const [k, vs] of Object.entries(props)) node[k] = single(vs);
  if (Object.keys(reverse).length > 0) {
    node['@reverse'] = Object.fromEntries(Object.entries(reverse).map(([k, vs]) => [k, single(vs)]));
  }
  return node;
}

/** The JSON-LD document of a dataset, as a value. */
export function datasetJsonLd(
  name: DatasetName,
  records: readonly object[],
): { '@context': string; '@graph': JsonLdNodeObject[] } {
  const sorted = sortById(records as readonly (PlainRecord & { id: string })[]);
  return { '@context': CONTEXT_IRI, '@graph': sorted.map((r) => renderNode(name, r)) };
}

/** Renders `<name>.jsonld` (2-space indent, trailing newline). */
export function renderJsonLd(name: DatasetName, records: readonly object[]): string {
  return `${JSON.stringify(datasetJsonLd(name, records), null, 2)}\n`;
}

/** Renders the shipped context file as published in dist/. */
export function renderContext(): string {
  return `${JSON.stringify(JSONLD_CONTEXT, null, 2)}\n`;
}

/**
 * A jsonld.js document loader that works offline: it serves the shipped context (and any extra documents given)
 * and refuses every other URL, so a missing mapping fails loudly instead of reaching the network.
 */
export function localDocumentLoader(documents: Record<string, unknown> = {}): (url: string) => Promise<RemoteDocument> {
  const known: Record<string, unknown> = { [CONTEXT_IRI]: JSONLD_CONTEXT, ...documents };
  return async (url: string) => {
    const document = known[url];
    if (document === undefined) {
      throw new Error(`The JSON-LD document loader is offline and does not know ${url}; only shipped contexts load.`);
    }
    return { documentUrl: url, document: structuredClone(document) as RemoteDocument['document'] };
  };
}
