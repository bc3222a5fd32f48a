import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import {
  CONTEXT_IRI,
  DATASETS_IN_ORDER,
  DATASET_SCHEMAS,
  JSONLD_CONTEXT,
  recordIri,
} from '../../pipeline/stages/package/contract.ts';
import {
  localDocumentLoader,
  predicatesOf,
  renderJsonLd,
  temporalLiteral,
} from '../../pipeline/stages/package/jsonld.ts';
import type { DatasetName } from '../../pipeline/types/records.ts';
import { fixtureDatasets } from './fixtures.ts';

type Node = Record<string, unknown>;
type ValueObject = { '@value'?: unknown; '@type'?: string; '@id'?: string; '@list'?: ValueObject[] };

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const documentLoader = localDocumentLoader();

/** Compact IRI → absolute IRI, with the shipped context's prefixes. */
function absolute(compact: string): string {
  const [prefix, local] = compact.split(':') as [string, string];
  return `${String(JSONLD_CONTEXT['@context'][prefix])}${local}`;
}

async function expandDataset(name: DatasetName): Promise<{ input: { '@graph': Node[] }; expanded: Node[] }> {
  const records = fixtureDatasets()[name] as unknown as Node[];
  const input = JSON.parse(renderJsonLd(name, records)) as { '@context': string; '@graph': Node[] };
  expect(input['@context']).toBe(CONTEXT_IRI);
  const expanded = (await jsonld.expand(input as jsonld.JsonLdDocument, { documentLoader })) as unknown as Node[];
  return { input, expanded };
}

const nodeOf = (expanded: Node[], dataset: string, id: string): Node => {
  const node = expanded.find((n) => n['@id'] === recordIri(dataset, id));
  if (!node) throw new Error(`no node for ${dataset}/${id}`);
  return node;
};

/** The plain values of an expanded property (literals and IRIs; a @list gives its items in order). */
function plainValues(values: unknown): unknown[] {
  return ((values as ValueObject[] | undefined) ?? []).flatMap((v) =>
    v['@list'] ? v['@list'].map((x) => x['@value'] ?? x['@id']) : [v['@value'] ?? v['@id']],
  );
}

describe('renderJsonLd + jsonld.expand (offline)', () => {
  it.each(DATASETS_IN_ORDER.map((n) => [n]))(
    '%s: expands without loss: every key, every field of every record',
    async (name) => {
      const { input, expanded } = await expandDataset(name);
      const records = fixtureDatasets()[name] as unknown as Node[];
      expect(expanded).toHaveLength(records.length);
      for (const node of input['@graph']) {
        const out = expanded.find((n) => n['@id'] === node['@id']);
        // No term silently dropped: same number of keys, and every key is now an absolute http(s) IRI.
        expect(Object.keys(out ?? {}).length).toBe(Object.keys(node).length);
        for (const key of Object.keys(out ?? {})) expect(key).toMatch(/^(@(id|type|reverse)|https?:\/\/.+)$/);
      }
      for (const record of records) {
        const out = nodeOf(expanded, name, String(record.id));
        for (const [field, p] of Object.entries(DATASET_SCHEMAS[name].properties)) {
          const raw = record[field];
          const values = (Array.isArray(raw) ? raw : raw === null ? [] : [raw]).map((v) =>
            p['x-jsonld'].ref
              ? recordIri(
                  typeof p['x-jsonld'].ref === 'string'
                    ? p['x-jsonld'].ref
                    : String(record[p['x-jsonld'].ref.dataset_field]),
                  String(v),
                )
              : v,
          );
          if (values.length === 0) continue;
          const holder = (p['x-jsonld'].reverse ? out['@reverse'] : out) as Node;
          for (const predicate of [...predicatesOf(p['x-jsonld'], record), ...(p['x-jsonld'].list_iri ?? [])]) {
            const found = plainValues(holder[absolute(predicate)]);
            for (const v of values)
              expect(found, `${name}/${String(record.id)}.${field} under ${predicate}`).toContainEqual(v);
          }
        }
      }
    },
  );

  it('refuses to fetch anything: an unknown context URL fails instead of reaching the network', async () => {
    const doc = { '@context': 'https://schema.org/', '@id': 'https://example.org/x', name: 'x' };
    await expect(jsonld.expand(doc, { documentLoader })).rejects.toThrow();
    await expect(documentLoader('https://schema.org/')).rejects.toThrow(/offline/);
  });

  it('types a year as xsd:gYear, a month as xsd:gYearMonth and a day as xsd:date, never padded', async () => {
    const { expanded } = await expandDataset('organisations');
    expect(nodeOf(expanded, 'organisations', 'etalab')['http://schema.org/foundingDate']).toEqual([
      { '@value': '2011', '@type': `${XSD}gYear` },
    ]);
    expect(nodeOf(expanded, 'organisations', 'dinum')['http://schema.org/foundingDate']).toEqual([
      { '@value': '2019-10-25', '@type': `${XSD}date` },
    ]);
    const events = (await expandDataset('events')).expanded;
    expect(nodeOf(events, 'events', 'ev-anssi-creation')['http://www.w3.org/ns/prov#atTime']).toEqual([
      { '@value': '2009-07', '@type': `${XSD}gYearMonth` },
    ]);
    expect(temporalLiteral('2001')).toEqual({ '@value': '2001', '@type': 'xsd:gYear' });
  });

  it('keeps a period as an interval with typed start and end', async () => {
    const { expanded } = await expandDataset('events');
    const node = nodeOf(expanded, 'events', 'ev-strategie');
    expect(node['http://purl.org/dc/terms/date']).toEqual([{ '@value': '2023/2027' }]);
    expect(node['http://schema.org/startDate']).toEqual([{ '@value': '2023', '@type': `${XSD}gYear` }]);
    expect(node['http://schema.org/endDate']).toEqual([{ '@value': '2027', '@type': `${XSD}gYear` }]);
    expect(node['http://www.w3.org/ns/prov#atTime']).toBeUndefined();
  });

  it('writes year literals as xsd:gYear in RDF', async () => {
    const input = JSON.parse(renderJsonLd('organisations', fixtureDatasets().organisations)) as jsonld.JsonLdDocument;
    const nquads = (await jsonld.toRDF(input, { format: 'application/n-quads', documentLoader })) as unknown as string;
    expect(nquads).toContain(
      `<${recordIri('organisations', 'etalab')}> <http://schema.org/foundingDate> "2011"^^<${XSD}gYear> .`,
    );
    expect(nquads).toContain(
      `<${recordIri('organisations', 'etalab')}> <http://www.w3.org/ns/org#subOrganizationOf> <${recordIri('organisations', 'dinum')}> .`,
    );
  });

  it('types organisations with schema.org and W3C ORG and links the parent both ways', async () => {
    const { expanded } = await expandDataset('organisations');
    const etalab = nodeOf(expanded, 'organisations', 'etalab');
    expect(etalab['@type']).toEqual([
      'http://schema.org/GovernmentOrganization',
      'http://www.w3.org/ns/org#Organization',
    ]);
    const parent = [{ '@id': recordIri('organisations', 'dinum') }];
    expect(etalab['http://schema.org/parentOrganization']).toEqual(parent);
    expect(etalab['http://www.w3.org/ns/org#subOrganizationOf']).toEqual(parent);
    expect(etalab['http://www.w3.org/ns/prov#wasDerivedFrom']).toEqual([
      { '@id': recordIri('sources', '03_communique-dinum') },
    ]);
  });

  it('makes renamings and creations W3C ORG change events, and leaves other events plain', async () => {
    const { expanded } = await expandDataset('events');
    const renaming = nodeOf(expanded, 'events', 'ev-dinum-creation');
    expect(renaming['@type']).toContain('http://www.w3.org/ns/org#ChangeEvent');
    expect(renaming['http://www.w3.org/ns/org#resultingOrganization']).toEqual([
      { '@id': recordIri('organisations', 'dinum') },
    ]);
    const start = nodeOf(expanded, 'events', 'ev-strategie');
    expect(start['@type']).toEqual(['http://schema.org/Event']);
  });

  it('points an organisation to its contact point (reverse property) and keeps conflict values in order', async () => {
    const contacts = (await expandDataset('contacts')).expanded;
    const reverse = nodeOf(contacts, 'contacts', 'contact-presse-dinum')['@reverse'] as Node;
    expect(reverse['http://schema.org/contactPoint']).toEqual([{ '@id': recordIri('organisations', 'dinum') }]);
    const conflicts = (await expandDataset('conflicts')).expanded;
    const values = nodeOf(conflicts, 'conflicts', 'conflict-etalab-founding')[
      'https://etat-numerique.github.io/vocab#conflictingValues'
    ];
    expect(values).toEqual([{ '@list': [{ '@value': '2011' }, { '@value': '2012' }] }]);
  });
});
