import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createDatasetAjv, datasetValidators } from '../../pipeline/stages/validate/ajv.ts';
import {
  DATASETS_IN_ORDER,
  DATASET_SCHEMAS,
  JSONLD_CONTEXT,
  columnNames,
  type PropertySchema,
} from '../../pipeline/stages/package/contract.ts';
import type {
  ConflictRecord,
  EventRecord,
  FactRecord,
  LegalTextRecord,
  OrganisationRecord,
  DatasetName,
} from '../../pipeline/types/records.ts';
import { DATASET_NAMES } from '../../pipeline/types/records.ts';
import type {
  EventType,
  FactKind,
  LegalTextType,
  OrganisationType,
  DatePrecision,
} from '../../pipeline/types/domain.ts';

const ROOT = new URL('../../', import.meta.url);
const read = (p: string): string => readFileSync(new URL(p, ROOT), 'utf8');

describe('schemas/ (the contract)', () => {
  it('lists in schemas/datasets.json exactly the dataset schema files, in the order of DATASET_NAMES', () => {
    const files = readdirSync(new URL('schemas/', ROOT))
      .filter((f) => f.endsWith('.schema.json'))
      .map((f) => f.replace('.schema.json', ''))
      .sort();
    expect([...DATASETS_IN_ORDER].sort()).toEqual(files);
    expect([...DATASET_NAMES]).toEqual([...DATASETS_IN_ORDER]);
  });

  it('compiles every schema with ajv in strict mode (2020-12, x-jsonld registered)', () => {
    const validators = datasetValidators();
    for (const name of DATASETS_IN_ORDER) expect(typeof validators[name]).toBe('function');
  });

  it('stores every schema in canonical formatting, so that dist/ copies are byte-identical', () => {
    for (const name of DATASETS_IN_ORDER) {
      const text = read(`schemas/${name}.schema.json`);
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    }
  });

  it.each(DATASETS_IN_ORDER.map((n) => [n]))(
    '%s: has $id, title, description, a closed object and required = properties',
    (name) => {
      const s = DATASET_SCHEMAS[name];
      expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(s.$id).toBe(`https://etat-numerique.github.io/schemas/${name}.schema.json`);
      expect(s.title.length).toBeGreaterThan(0);
      expect(s.description.length).toBeGreaterThan(20);
      expect(s.type).toBe('object');
      expect(s.additionalProperties).toBe(false);
      expect(s.required).toEqual(Object.keys(s.properties));
      expect(s.properties.id?.type).toBe('string');
    },
  );

  it.each(DATASETS_IN_ORDER.map((n) => [n]))('%s: describes every property and maps it to JSON-LD', (name) => {
    for (const [field, p] of Object.entries(DATASET_SCHEMAS[name].properties) as [string, PropertySchema][]) {
      expect(p.description, `${name}.${field}`).toMatch(/\w{3,}.*\.$/s);
      const m = p['x-jsonld'];
      expect(m.iri.length + (m.list_iri?.length ?? 0), `${name}.${field} has no predicate`).toBeGreaterThan(0);
      const types = Array.isArray(p.type) ? p.type : [p.type];
      expect(types.every((t) => ['string', 'integer', 'number', 'array', 'null'].includes(t))).toBe(true);
      if (types.includes('array')) expect(p.items?.type).toBe('string');
      if (types.includes('string') && !p.enum)
        expect(p.minLength ?? (p.pattern ? 1 : 0), `${name}.${field} allows ""`).toBeGreaterThan(0);
      if (types.includes('array')) expect(p.items?.minLength ?? (p.items?.pattern ? 1 : 0)).toBeGreaterThan(0);
    }
  });

  it('uses only prefixes the shipped context declares', () => {
    const prefixes = new Set(Object.keys(JSONLD_CONTEXT['@context']).filter((k) => !k.startsWith('@')));
    const used = new Set<string>();
    for (const name of DATASETS_IN_ORDER) {
      const s = DATASET_SCHEMAS[name];
      for (const t of [...s['x-jsonld'].types, ...(s['x-jsonld'].when ?? []).flatMap((w) => w.types ?? [])])
        used.add(t);
      for (const p of Object.values(s.properties)) {
        const m = p['x-jsonld'];
        for (const i of [...m.iri, ...(m.list_iri ?? []), ...(m.when ?? []).flatMap((w) => w.iri ?? [])]) used.add(i);
        if (m.datatype) used.add(m.datatype);
        if (typeof m.ref === 'string') expect(DATASETS_IN_ORDER).toContain(m.ref);
      }
    }
    for (const iri of used) expect(prefixes.has(iri.split(':')[0] ?? ''), iri).toBe(true);
  });

  it('gives every date precision column the same four values', () => {
    for (const name of DATASETS_IN_ORDER) {
      for (const [field, p] of Object.entries(DATASET_SCHEMAS[name].properties)) {
        if (!field.endsWith('_precision')) continue;
        expect(p.enum?.filter((v) => v !== null)).toEqual(['day', 'month', 'year', 'period']);
      }
    }
  });

  it('rejects a malformed x-jsonld annotation when compiling', () => {
    const ajv = createDatasetAjv();
    const bad = {
      type: 'object',
      'x-jsonld': { types: ['schema:Thing'] },
      properties: { id: { type: 'string', description: 'x', 'x-jsonld': { iri: 'schema:identifier' } } },
    };
    expect(() => ajv.compile(bad)).toThrow(/x-jsonld|must be array/);
  });

  it('keeps the published columns (names and order) of every dataset', () => {
    // The public contract: changing a column is a breaking change for reusers. Update the golden file on purpose.
    const columns = Object.fromEntries(DATASETS_IN_ORDER.map((n) => [n, columnNames(n)]));
    expect(`${JSON.stringify(columns, null, 2)}\n`).toBe(read('tests/schemas/golden/columns.json'));
  });
});

describe('generated record types', () => {
  it('agree with the hand-written domain types (checked by tsc)', () => {
    expectTypeOf<OrganisationRecord['type']>().toEqualTypeOf<OrganisationType | null>();
    expectTypeOf<OrganisationRecord['founding_date_precision']>().toEqualTypeOf<DatePrecision | null>();
    expectTypeOf<EventRecord['type']>().toEqualTypeOf<EventType>();
    expectTypeOf<EventRecord['date_precision']>().toEqualTypeOf<DatePrecision>();
    expectTypeOf<LegalTextRecord['type']>().toEqualTypeOf<LegalTextType>();
    expectTypeOf<FactRecord['kind']>().toEqualTypeOf<FactKind>();
    expectTypeOf<FactRecord['dataset']>().toEqualTypeOf<DatasetName | null>();
    expectTypeOf<ConflictRecord['dataset']>().toEqualTypeOf<DatasetName>();
    expectTypeOf<OrganisationRecord['alt_names']>().toEqualTypeOf<string[]>();
  });
});
