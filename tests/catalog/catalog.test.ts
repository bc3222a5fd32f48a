import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CATALOG_CONTEXT,
  CATALOG_CONTEXT_IRI,
  CATALOG_IRI,
  catalogDocumentLoader,
  dateSpan,
  datasetIri,
  readPublicationConfig,
  renderCatalog,
  renderReuseFiles,
  type PublicationConfig,
} from '../../pipeline/stages/catalog/index.ts';
import { assembleDist } from '../../pipeline/stages/package/assemble.ts';
import { DATASETS_IN_ORDER, DATASET_SCHEMAS } from '../../pipeline/stages/package/contract.ts';
import { releaseAssetName } from '../../pipeline/stages/package/dictionary.ts';
import { assetNameFor } from '../../pipeline/stages/publish/dist.ts';
import { validateDistFiles } from '../../pipeline/stages/validate/index.ts';
import type { Datasets } from '../../pipeline/types/records.ts';
import { fixtureDatasets, fixtureMeta } from '../package/fixtures.ts';
import { SHAPES_DIR, toNQuads, validateShacl } from './shacl.ts';

type Node = Record<string, unknown>;

const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const SPDX = 'http://spdx.org/rdf/terms#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';

const publication: PublicationConfig = await readPublicationConfig();
const core = (datasets: Datasets = fixtureDatasets()): Map<string, string> => assembleDist(datasets, fixtureMeta());
const catalogOf = (datasets: Datasets = fixtureDatasets(), config: PublicationConfig = publication): Node =>
  JSON.parse(renderCatalog(datasets, core(datasets), config)) as Node;

async function expand(doc: Node): Promise<Node[]> {
  return (await jsonld.expand(doc as jsonld.JsonLdDocument, { documentLoader: catalogDocumentLoader() })) as unknown as Node[];
}

const ofType = (nodes: Node[], type: string): Node[] =>
  nodes.filter((n) => Array.isArray(n['@type']) && (n['@type'] as string[]).includes(type));
const values = (node: Node | undefined, property: string): Node[] => (node?.[property] as Node[] | undefined) ?? [];
const value = (node: Node | undefined, property: string): Node | undefined => values(node, property)[0];

afterEach(() => {
  vi.useRealTimers();
});

describe('renderCatalog', () => {
  it('expands offline and converts to RDF with the jsonld library', async () => {
    const doc = catalogOf();
    expect(doc['@context']).toBe(CATALOG_CONTEXT_IRI);
    const expanded = await expand(doc);
    expect(ofType(expanded, `${DCAT}Catalog`).map((n) => n['@id'])).toEqual([CATALOG_IRI]);
    expect(ofType(expanded, `${DCAT}Dataset`)).toHaveLength(DATASETS_IN_ORDER.length);
    expect(ofType(expanded, `${DCAT}Distribution`)).toHaveLength(DATASETS_IN_ORDER.length * 3);
    const nquads = await toNQuads(doc);
    expect(nquads).toContain(`<${CATALOG_IRI}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <${DCAT}Catalog>`);
    // Every property survived expansion as an absolute IRI (no undefined prefix).
    for (const node of expanded) {
      for (const key of Object.keys(node)) if (!key.startsWith('@')) expect(key).toMatch(/^https?:\/\//);
    }
  });

  it('passes the DCAT-AP 3.0.0 SHACL shapes: mandatory constraints and value classes', async () => {
    const { conforms, results } = await validateShacl(catalogOf(), ['shapes.ttl', 'range.ttl']);
    expect(results).toEqual([]);
    expect(conforms).toBe(true);
  });

  it('is checked for real: the shapes catch a dataset without title and a distribution without access URL', async () => {
    const doc = catalogOf() as { '@graph': Node[] };
    const dataset = doc['@graph'].find((n) => n['@id'] === datasetIri('people')) as Node;
    delete dataset['dct:title'];
    const distribution = doc['@graph'].find((n) => n['dct:identifier'] === 'people.csv') as Node;
    delete distribution['dcat:accessURL'];
    distribution['dcat:byteSize'] = { '@value': '12', '@type': 'xsd:integer' };
    const { conforms, results } = await validateShacl(doc, ['shapes.ttl', 'range.ttl']);
    expect(conforms).toBe(false);
    expect(results.map((r) => [r.focusNode, r.path.replace(/^.*[#/]/, ''), r.constraint]).sort()).toEqual(
      [
        [datasetIri('people'), 'title', 'MinCountConstraintComponent'],
        [distribution['@id'], 'accessURL', 'MinCountConstraintComponent'],
        [distribution['@id'], 'byteSize', 'DatatypeConstraintComponent'],
      ].sort(),
    );
  });

  it('meets the DCAT-AP recommendations except where the data cannot (warnings only, each explained)', async () => {
    const { results } = await validateShacl(catalogOf(), ['shapes_recommended.ttl']);
    expect(results.filter((r) => r.severity !== 'Warning')).toEqual([]);
    const explained = results.filter(
      (r) =>
        // The publisher's type (ADMS publisher type) is left out of config/publication.json rather than guessed.
        (r.path === `${DCT}type` && r.focusNode === publication.publisher.uri) ||
        // A country IRI as dct:spatial has no bounding box or centroid of its own.
        ((r.path === `${DCAT}bbox` || r.path === `${DCAT}centroid`) && r.focusNode === publication.spatial) ||
        // A dataset whose records have no date and whose sources are undated has no temporal coverage.
        (r.path === `${DCT}temporal` && r.focusNode.startsWith(datasetIri('sources').replace(/sources$/, ''))),
    );
    expect(results).toEqual(explained);
  });

  it('describes every distribution with the size and sha256 of its file, its download URL and media type', async () => {
    const files = core();
    const expanded = await expand(JSON.parse(renderCatalog(fixtureDatasets(), files, publication)) as Node);
    const distributions = ofType(expanded, `${DCAT}Distribution`);
    const expected = DATASETS_IN_ORDER.flatMap((n) => [`${n}.csv`, `${n}.json`, `${n}.jsonld`]).sort();
    expect(distributions.map((d) => value(d, `${DCT}identifier`)?.['@value']).sort()).toEqual(expected);
    for (const d of distributions) {
      const path = value(d, `${DCT}identifier`)?.['@value'] as string;
      const content = files.get(path) as string;
      const bytes = Buffer.from(content, 'utf8');
      expect(value(d, `${DCAT}byteSize`)).toEqual({ '@value': String(bytes.length), '@type': `${XSD}decimal` });
      const checksum = value(d, `${SPDX}checksum`);
      expect(value(checksum, `${SPDX}algorithm`)).toEqual({ '@id': `${SPDX}checksumAlgorithm_sha256` });
      expect(value(checksum, `${SPDX}checksumValue`)).toEqual({
        '@value': createHash('sha256').update(bytes).digest('hex'),
        '@type': `${XSD}hexBinary`,
      });
      const url = `${publication.download_base_url}${path}`;
      expect(value(d, `${DCAT}downloadURL`)).toEqual({ '@id': url });
      expect(value(d, `${DCAT}accessURL`)).toEqual({ '@id': url });
      const ext = path.split('.').pop();
      const media = { csv: 'text/csv', json: 'application/json', jsonld: 'application/ld+json' }[ext as 'csv'];
      expect(value(d, `${DCAT}mediaType`)).toEqual({ '@id': `https://www.iana.org/assignments/media-types/${media}` });
      expect(value(d, `${DCT}license`)).toEqual({ '@id': publication.licence });
      const dataset = path.slice(0, path.indexOf('.')) as keyof Datasets;
      expect(value(d, `${DCT}conformsTo`)).toEqual({ '@id': DATASET_SCHEMAS[dataset].$id });
    }
  });

  it('gives each dataset its publisher, update frequency, temporal coverage from the data, and its distributions', async () => {
    const expanded = await expand(catalogOf());
    const byId = new Map(expanded.map((n) => [n['@id'] as string, n]));
    const events = byId.get(datasetIri('events'));
    expect(value(events, `${DCT}publisher`)).toEqual({ '@id': publication.publisher.uri });
    expect(value(events, `${DCT}accrualPeriodicity`)).toEqual({ '@id': publication.update_frequency });
    expect(values(events, `${DCAT}distribution`)).toHaveLength(3);
    expect(values(events, `${DCT}title`)).toContainEqual({ '@value': 'Événements', '@language': 'fr' });
    // Events: 2009-07 (creation of ANSSI) to 2027 (end of the 2023/2027 period); the newest source is dated 2020-04.
    const temporal = value(events, `${DCT}temporal`);
    expect(value(temporal, `${DCAT}startDate`)).toEqual({ '@value': '2009-07', '@type': `${XSD}gYearMonth` });
    expect(value(temporal, `${DCAT}endDate`)).toEqual({ '@value': '2027', '@type': `${XSD}gYear` });
    // People: no date column; the only source it cites is dated 2020-04.
    const people = value(byId.get(datasetIri('people')), `${DCT}temporal`);
    expect(value(people, `${DCAT}startDate`)?.['@value']).toBe('2020-04');
    // Issued and modified: the newest source date, at its precision.
    for (const id of [CATALOG_IRI, datasetIri('events')]) {
      expect(value(byId.get(id), `${DCT}modified`)).toEqual({ '@value': '2020-04', '@type': `${XSD}gYearMonth` });
      expect(value(byId.get(id), `${DCT}issued`)).toEqual({ '@value': '2020-04', '@type': `${XSD}gYearMonth` });
    }
  });

  it('is deterministic and reads no clock', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2001-01-01T00:00:00Z'));
    const a = renderCatalog(fixtureDatasets(), core(), publication);
    vi.setSystemTime(new Date('2039-06-30T12:00:00Z'));
    const b = renderCatalog(fixtureDatasets(), core(), publication);
    expect(a).toBe(b);
    expect(a.endsWith('}\n')).toBe(true);
  });

  it('lists only the files it is given, and no dates when nothing is dated', async () => {
    const datasets = fixtureDatasets();
    for (const s of datasets.sources) s.date = null;
    datasets.events = [];
    datasets.organisations = datasets.organisations.map((o) => ({ ...o, founding_date: null, founding_date_precision: null }));
    datasets.legal_texts = datasets.legal_texts.map((l) => ({ ...l, date: null, date_precision: null }));
    const files = new Map([...core(datasets)].filter(([p]) => p !== 'events.json'));
    const expanded = await expand(JSON.parse(renderCatalog(datasets, files, publication)) as Node);
    const byId = new Map(expanded.map((n) => [n['@id'] as string, n]));
    expect(values(byId.get(datasetIri('events')), `${DCAT}distribution`)).toHaveLength(2);
    expect(byId.get(CATALOG_IRI)?.[`${DCT}modified`]).toBeUndefined();
    for (const d of ofType(expanded, `${DCAT}Dataset`)) expect(d[`${DCT}temporal`]).toBeUndefined();
    const { results } = await validateShacl(JSON.parse(renderCatalog(datasets, files, publication)) as Node, ['shapes.ttl', 'range.ttl']);
    expect(results).toEqual([]);
  });

  it('takes the download base URL and the contact e-mail from the settings', async () => {
    const config: PublicationConfig = {
      ...publication,
      download_base_url: 'https://example.org/files/v1/',
      contact_point: { name: 'Équipe', email: 'donnees@example.org' },
    };
    const expanded = await expand(catalogOf(fixtureDatasets(), config));
    const csv = ofType(expanded, `${DCAT}Distribution`).find((d) => value(d, `${DCT}identifier`)?.['@value'] === 'facts.csv');
    expect(value(csv, `${DCAT}downloadURL`)).toEqual({ '@id': 'https://example.org/files/v1/facts.csv' });
    const contact = expanded.find((n) => values(n, 'http://www.w3.org/2006/vcard/ns#hasEmail').length > 0);
    expect(value(contact, 'http://www.w3.org/2006/vcard/ns#hasEmail')).toEqual({ '@id': 'mailto:donnees@example.org' });
  });
});

describe('dateSpan', () => {
  it('compares dates of mixed precision by the days they stand for, and keeps each at its precision', () => {
    expect(dateSpan(['2011', '2009-07', '2019-10-25', '2027'])).toEqual({ start: '2009-07', end: '2027' });
    expect(dateSpan(['2019-10-25', '2019'])).toEqual({ start: '2019', end: '2019' });
    expect(dateSpan(['2019-12', '2019-12-31'])).toEqual({ start: '2019-12', end: '2019-12-31' });
    expect(dateSpan(['..', 'bad'])).toBeUndefined();
  });
});

describe('release asset names', () => {
  it('flatten sub-folders exactly as the publish stage names the assets', () => {
    for (const p of ['organisations.csv', 'schemas/facts.schema.json', 'contexts/catalog.context.json', 'a/b/c.json']) {
      expect(releaseAssetName(p)).toBe(assetNameFor(p));
    }
  });
});

describe('catalogDocumentLoader (offline)', () => {
  it('serves the shipped catalogue context, identical to contexts/catalog.context.json', async () => {
    const loaded = await catalogDocumentLoader()(CATALOG_CONTEXT_IRI);
    expect(loaded.document).toEqual(CATALOG_CONTEXT);
    const file = JSON.parse(readFileSync(new URL('../../contexts/catalog.context.json', import.meta.url), 'utf8')) as unknown;
    expect(loaded.document).toEqual(file);
  });

  it('refuses any other URL instead of reaching the network', async () => {
    await expect(catalogDocumentLoader()('https://www.w3.org/ns/dcat.jsonld')).rejects.toThrow(/offline/);
    const doc = { '@context': 'https://example.org/unknown.jsonld', '@id': 'https://example.org/a', 'dcat:x': 1 };
    await expect(jsonld.expand(doc, { documentLoader: catalogDocumentLoader() })).rejects.toThrow();
  });

  it('declares every prefix the catalogue uses', () => {
    const text = renderCatalog(fixtureDatasets(), core(), publication);
    const used = new Set([...text.matchAll(/"([a-z]+):[A-Za-z_]/g)].map((m) => m[1] as string));
    for (const prefix of used) expect(CATALOG_CONTEXT['@context'], prefix).toHaveProperty(prefix);
  });
});

describe('renderReuseFiles + validateDistFiles', () => {
  it('gives a dist/ whose catalogue, quality report and README validate, and catches a catalogue out of step', async () => {
    const datasets = fixtureDatasets();
    const coreFiles = assembleDist(datasets, fixtureMeta());
    let steps = 0;
    const extra = renderReuseFiles(datasets, coreFiles, { publication, evaluation: null }, () => steps++);
    // One memory checkpoint per pass over the records: quality, catalogue, French and English dictionaries.
    expect(steps).toBe(4);
    expect(renderReuseFiles(datasets, coreFiles, { publication, evaluation: null })).toEqual(extra);
    expect([...extra.keys()].sort()).toEqual(['LISEZMOI.md', 'README.md', 'catalog.jsonld', 'contexts/catalog.context.json', 'quality.json']);
    const files = assembleDist(datasets, fixtureMeta(), extra);
    const encode = (m: Map<string, string>) => new Map([...m].map(([p, c]) => [p, new TextEncoder().encode(c)]));
    const report = await validateDistFiles(encode(files));
    expect(report.issues).toEqual([]);
    expect(report.checked.catalog_distributions).toBe(DATASETS_IN_ORDER.length * 3);

    // A CSV edited after the build: the catalogue's size and sha256 no longer match it.
    const edited = new Map(files);
    edited.set('links.csv', `${files.get('links.csv') ?? ''}x`);
    const tampered = await validateDistFiles(encode(edited));
    expect(tampered.issues.map((i) => i.code)).toContain('catalog-invalid');

    // A catalogue that does not expand offline (unknown context).
    const broken = new Map(files);
    broken.set('catalog.jsonld', JSON.stringify({ '@context': 'https://example.org/ctx.jsonld', '@graph': [] }));
    const bad = await validateDistFiles(encode(broken));
    expect(bad.issues.find((i) => i.code === 'catalog-invalid')?.message).toMatch(/does not expand/);
  });
});

describe('vendored DCAT-AP shapes', () => {
  it('are the copies whose sha256 the provenance README gives', () => {
    const readme = readFileSync(new URL('README.md', SHAPES_DIR), 'utf8');
    for (const file of ['shapes.ttl', 'range.ttl', 'shapes_recommended.ttl']) {
      const sha = createHash('sha256').update(readFileSync(new URL(file, SHAPES_DIR))).digest('hex');
      expect(readme).toContain(`${sha}  ${file}`);
    }
  });
});
