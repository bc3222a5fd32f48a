import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDirFiles } from '../../pipeline/io/atomic-dir.ts';
import { assembleDist, writeDist } from '../../pipeline/stages/package/index.ts';
import { validateDistFiles, validateDistFolder } from '../../pipeline/stages/validate/index.ts';
import { DataError } from '../../pipeline/errors.ts';
import type { Datasets } from '../../pipeline/types/records.ts';
import { fixtureDatasets, fixtureMeta } from './fixtures.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'etat-numerique-dist-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const encode = (files: Map<string, string>): Map<string, Uint8Array> =>
  new Map([...files].map(([p, c]) => [p, new TextEncoder().encode(c)]));

describe('writeDist + validateDistFolder', () => {
  it('writes a dist/ folder that passes every check', async () => {
    const out = path.join(root, 'dist');
    await writeDist(out, fixtureDatasets(), fixtureMeta());
    const report = await validateDistFolder(out);
    expect(report.issues).toEqual([]);
    const records = Object.values(fixtureDatasets()).reduce((n, d) => n + d.length, 0);
    expect(report.checked).toEqual({
      json_records: records,
      csv_rows: records,
      jsonld_nodes: records,
      files_hashed: 52,
      datapackage_resources: 12,
    });
  });

  it('gives byte-identical files on a second build of the same datasets', async () => {
    const a = path.join(root, 'a');
    const b = path.join(root, 'b');
    await writeDist(a, fixtureDatasets(), fixtureMeta());
    await writeDist(b, fixtureDatasets(), fixtureMeta());
    await writeDist(a, fixtureDatasets(), fixtureMeta());
    expect(await readDirFiles(a)).toEqual(await readDirFiles(b));
  });

  it('stops on a schema violation, names it, and leaves the previous dist/ untouched', async () => {
    const out = path.join(root, 'dist');
    await writeDist(out, fixtureDatasets(), fixtureMeta());
    const before = await readDirFiles(out);
    const bad = fixtureDatasets();
    const event = bad.events.find((e) => e.id === 'ev-strategie');
    if (event) event.date = '2023-01-01';
    const error = await writeDist(out, bad, fixtureMeta()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).issues[0]?.location).toMatchObject({
      dataset: 'events',
      record: 'ev-strategie',
      field: 'date',
    });
    expect((error as DataError).issues[0]?.message).toContain('« 2023-2027 »');
    expect(await readDirFiles(out)).toEqual(before);
  });

  it('finds an edited CSV cell, a stale checksum and a record that breaks its schema', async () => {
    const out = path.join(root, 'dist');
    await writeDist(out, fixtureDatasets(), fixtureMeta());
    const csvPath = path.join(out, 'organisations.csv');
    await writeFile(csvPath, (await readFile(csvPath, 'utf8')).replace(',2011,year,', ',2012,year,'));
    const jsonPath = path.join(out, 'links.json');
    await writeFile(jsonPath, (await readFile(jsonPath, 'utf8')).replace('"https://adresse', '"ftp://adresse'));
    const { issues } = await validateDistFolder(out);
    const codes = issues.map((i) =>
      `${i.code} ${i.location?.file ?? i.location?.dataset ?? ''} ${i.location?.field ?? ''}`.trim(),
    );
    expect(codes).toEqual(
      expect.arrayContaining([
        'csv-json-mismatch organisations.csv founding_date',
        'checksum-mismatch organisations.csv',
        'checksum-mismatch links.json',
        'schema-violation links url',
        'csv-json-mismatch links.csv url',
        'datapackage-invalid datapackage.json',
        'manifest-invalid build-manifest.json',
      ]),
    );
  });

  it('reports missing files and an unreadable folder instead of throwing', async () => {
    const files = encode(assembleDist(fixtureDatasets(), fixtureMeta()));
    files.delete('facts.jsonld');
    files.delete('SHA256SUMS');
    const { issues } = await validateDistFiles(files);
    expect(
      issues
        .filter((i) => i.code === 'dist-file-missing')
        .map((i) => i.location?.file)
        .sort(),
    ).toEqual(['SHA256SUMS', 'facts.jsonld']);
    const missing = await validateDistFolder(path.join(root, 'nope'));
    expect(missing.issues[0]?.code).toBe('dist-unreadable');
  });

  it('handles a build with no records at all (header-only CSVs, empty graphs)', async () => {
    const empty = Object.fromEntries(Object.keys(fixtureDatasets()).map((n) => [n, []])) as unknown as Datasets;
    const files = assembleDist(empty, { tool: { name: 'etat-numerique', version: '0.1.0' }, sources: [] });
    expect(files.get('links.csv')).toBe('id,url,title,sources,fact_ids\r\n');
    const { issues, checked } = await validateDistFiles(encode(files));
    expect(issues).toEqual([]);
    expect(checked.json_records).toBe(0);
  });

  it('reports a JSON-LD term that does not survive expansion', async () => {
    const files = assembleDist(fixtureDatasets(), fixtureMeta());
    files.set('people.jsonld', (files.get('people.jsonld') ?? '').replace('"schema:jobTitle"', '"jobTitle"'));
    const { issues } = await validateDistFiles(encode(files));
    expect(issues.map((i) => i.code)).toContain('jsonld-term-dropped');
  });
});

describe('dist/ properties', () => {
  const text = fc.string({
    unit: fc.oneof(
      fc.constantFrom('"', ',', '|', '\\', '\n', '\r', '\t', '=', '+', '-', '@', "'", ' ', 'é', '«'),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
    ),
    minLength: 1,
    maxLength: 16,
  });

  it('for any text in the free-text fields, CSV and JSON agree, JSON-LD expands, and two builds are identical', async () => {
    await fc.assert(
      fc.asyncProperty(
        text,
        text,
        fc.array(text, { minLength: 0, maxLength: 4 }),
        async (description, quote, participants) => {
          const d: Datasets = fixtureDatasets();
          for (const e of d.events) e.description = description;
          for (const f of d.facts) f.quote = quote;
          for (const c of d.committees) c.participants = [...new Set(participants)];
          const files = assembleDist(d, fixtureMeta());
          expect(assembleDist(d, fixtureMeta())).toEqual(files);
          const { issues } = await validateDistFiles(encode(files));
          expect(issues).toEqual([]);
        },
      ),
      { numRuns: 15 },
    );
  });
});
