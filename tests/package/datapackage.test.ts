import { describe, expect, it } from 'vitest';
import { assembleDist } from '../../pipeline/stages/package/assemble.ts';
import { DATASETS_IN_ORDER, columnsOf } from '../../pipeline/stages/package/contract.ts';
import { tableSchemaOf } from '../../pipeline/stages/package/datapackage.ts';
import { sha256Hex } from '../../pipeline/io/hash.ts';
import { dataPackageProfiles } from '../../pipeline/stages/validate/ajv.ts';
import { fixtureDatasets, fixtureMeta } from './fixtures.ts';

type Resource = Record<string, unknown> & { name: string; path: string; schema: ReturnType<typeof tableSchemaOf> };

function descriptor(created?: string): {
  pkg: Record<string, unknown> & { resources: Resource[] };
  files: Map<string, string>;
} {
  const files = assembleDist(fixtureDatasets(), { ...fixtureMeta(), ...(created ? { created } : {}) });
  return {
    pkg: JSON.parse(files.get('datapackage.json') ?? '{}') as Record<string, unknown> & { resources: Resource[] },
    files,
  };
}

describe('datapackage.json', () => {
  it('validates against the Data Package v2 profiles (package, resources, Table Schemas, dialects)', () => {
    const { pkg } = descriptor('2024-05-01T00:00:00Z');
    const p = dataPackageProfiles();
    expect(p.datapackage(pkg), JSON.stringify(p.datapackage.errors)).toBe(true);
    for (const r of pkg.resources) {
      expect(p.dataresource(r), JSON.stringify(p.dataresource.errors)).toBe(true);
      expect(p.tableschema(r.schema), JSON.stringify(p.tableschema.errors)).toBe(true);
      expect(p.tabledialect(r.dialect), JSON.stringify(p.tabledialect.errors)).toBe(true);
    }
  });

  it('the profiles catch a broken descriptor', () => {
    const { pkg } = descriptor();
    const p = dataPackageProfiles();
    expect(p.datapackage({ ...pkg, resources: [] })).toBe(false);
    expect(p.tableschema({ fields: [{ name: 'x', type: 'text' }] })).toBe(false);
  });

  it('declares the v2 profile and the Licence Ouverte 2.0', () => {
    const { pkg } = descriptor();
    expect(pkg.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
    expect(pkg.licenses).toEqual([
      expect.objectContaining({ name: 'etalab-2.0', title: 'Licence Ouverte / Open Licence 2.0' }),
    ]);
    expect(pkg.created).toBeUndefined();
    expect(descriptor('2024-05-01T00:00:00Z').pkg.created).toBe('2024-05-01T00:00:00Z');
  });

  it('has one CSV resource per dataset with its size and sha256', () => {
    const { pkg, files } = descriptor();
    expect(pkg.resources.map((r) => r.name)).toEqual([...DATASETS_IN_ORDER]);
    for (const r of pkg.resources) {
      const csv = files.get(r.path) ?? '';
      expect(r).toMatchObject({ format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', type: 'table' });
      expect(r.bytes).toBe(Buffer.byteLength(csv, 'utf8'));
      expect(r.hash).toBe(`sha256:${sha256Hex(csv)}`);
    }
  });

  it('derives every Table Schema from the JSON Schema: same columns, types, keys', () => {
    for (const name of DATASETS_IN_ORDER) {
      const t = tableSchemaOf(name);
      expect(t.fields.map((f) => f.name)).toEqual(columnsOf(name).map((c) => c.name));
      expect(t.primaryKey).toEqual(['id']);
    }
    const figures = tableSchemaOf('figures');
    expect(figures.fields.find((f) => f.name === 'value')).toMatchObject({
      type: 'number',
      constraints: { required: true },
    });
    const orgs = tableSchemaOf('organisations');
    expect(orgs.fields.find((f) => f.name === 'alt_names')?.type).toBe('string');
    expect(orgs.fields.find((f) => f.name === 'alt_names')?.description).toContain('joined with "|"');
    expect(orgs.fields.find((f) => f.name === 'founding_date')?.description).toContain('never padded');
    expect(orgs.fields.find((f) => f.name === 'founding_date_precision')?.constraints?.enum).toEqual([
      'day',
      'month',
      'year',
      'period',
    ]);
    expect(orgs.foreignKeys).toContainEqual({ fields: ['parent_id'], reference: { fields: ['id'] } });
    expect(tableSchemaOf('events').foreignKeys).toContainEqual({
      fields: ['legal_text_id'],
      reference: { resource: 'legal_texts', fields: ['id'] },
    });
    expect(tableSchemaOf('facts').foreignKeys).toContainEqual({
      fields: ['source_id'],
      reference: { resource: 'sources', fields: ['id'] },
    });
    expect(tableSchemaOf('contacts').fields.find((f) => f.name === 'email')?.format).toBe('email');
  });
});
