/**
 * DCAT catalogue (pure): datasets + the files of the build + publication settings → dist/catalog.jsonld, a DCAT-AP 3.0
 * catalogue of the datasets and of each of their files (CSV, JSON, JSON-LD) as a distribution: download URL of the
 * release asset, media type and format, byte size and sha256 of the content, licence, publisher, temporal coverage
 * (from the dates in the data), update frequency, and the record schema each file conforms to.
 * Deterministic: no clock; `dct:issued` / `dct:modified` are the newest source date of the data.
 * The document references its context by IRI (CATALOG_CONTEXT_IRI), shipped at contexts/catalog.context.json and
 * served offline by catalogDocumentLoader.
 */
import type { DatasetName, Datasets } from '../../types/records.ts';
import { byteLength, sha256Hex, type FileDigest } from '../../io/hash.ts';
import { DATASETS_IN_ORDER, DATASET_SCHEMAS, ID_BASE, PACKAGE_META, columnsOf } from '../package/contract.ts';
import {
  CATALOG_CONTEXT_PATH,
  CATALOG_PATH,
  DATASET_FR,
  QUALITY_PATH,
  datasetFiles,
  downloadUrl,
} from '../package/dictionary.ts';
import { localDocumentLoader, temporalLiteral, type RemoteDocument } from '../package/jsonld.ts';
import catalogContext from '../../../contexts/catalog.context.json' with { type: 'json' };
import type { PublicationConfig } from './config.ts';

/** The catalogue's JSON-LD context (prefixes only), as shipped. */
export const CATALOG_CONTEXT: { '@context': Record<string, string | number> } = catalogContext as {
  '@context': Record<string, string | number>;
};
/** Stable IRI of the catalogue context; catalogDocumentLoader maps it to the shipped file. */
export const CATALOG_CONTEXT_IRI = `https://etat-numerique.github.io/${CATALOG_CONTEXT_PATH}`;
export { CATALOG_CONTEXT_PATH, CATALOG_PATH };

/** IRIs of the catalogue's own nodes. */
export const CATALOG_IRI = `${ID_BASE}catalog`;
export const datasetIri = (name: DatasetName): string => `${ID_BASE}catalog/datasets/${name}`;
export const distributionIri = (path: string): string => `${ID_BASE}catalog/distributions/${path.split('/').join('--')}`;

/** Renders the context file as published (2-space JSON, trailing newline). */
export function renderCatalogContext(): string {
  return `${JSON.stringify(CATALOG_CONTEXT, null, 2)}\n`;
}

/** An offline document loader for catalog.jsonld: both shipped contexts, nothing else (never the network). */
export function catalogDocumentLoader(): (url: string) => Promise<RemoteDocument> {
  return localDocumentLoader({ [CATALOG_CONTEXT_IRI]: CATALOG_CONTEXT });
}

/** Licence Ouverte / Open Licence 2.0 (etalab-2.0). */
export const ETALAB_2_0 = 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/';

const EU = 'http://publications.europa.eu/resource/authority/';
const IANA = 'https://www.iana.org/assignments/media-types/';
const STABLE = `${EU}planned-availability/STABLE`;
const ATTRIBUTION = 'http://purl.org/adms/licencetype/Attribution';

/** Per file extension: IANA media type, EU file type, French description. */
const FORMATS: Readonly<Record<string, { mediaType: string; fileType: string; label: string; description: string }>> = {
  csv: {
    mediaType: 'text/csv',
    fileType: 'CSV',
    label: 'CSV',
    description:
      "CSV (RFC 4180) : UTF-8 sans BOM, séparateur virgule, fins de ligne CRLF, une ligne d'en-tête ; une ligne par enregistrement, triées par identifiant ; listes de valeurs séparées par « | ».",
  },
  json: {
    mediaType: 'application/json',
    fileType: 'JSON',
    label: 'JSON',
    description:
      'JSON : { "dataset", "title", "description", "schema", "count", "records": [...] } ; chaque enregistrement est valide selon le schéma JSON du jeu de données.',
  },
  jsonld: {
    mediaType: 'application/ld+json',
    fileType: 'JSON_LD',
    label: 'JSON-LD',
    description:
      'JSON-LD : un nœud par enregistrement avec des vocabulaires standard (schema.org, W3C ORG, PROV) ; le contexte est publié avec les données (contexts/etat-numerique.context.json).',
  },
};

type Node = Record<string, unknown>;
const fr = (value: string): Node => ({ '@value': value, '@language': 'fr' });
const en = (value: string): Node => ({ '@value': value, '@language': 'en' });
const ref = (iri: string): Node => ({ '@id': iri });

const DATE = /^[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?$/;
/** First and last day a date at its precision may stand for (for comparison only: literals keep their precision). */
const lower = (d: string): string => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
const upper = (d: string): string => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);

/** Point dates of a value: a date, or the closed ends of a period "A/B" ("..", an open end, is skipped). */
function pointDates(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  return value.split('/').filter((d) => DATE.test(d));
}

/** The earliest and latest dates among some ISO 8601 dates of mixed precision, or undefined when there are none. */
export function dateSpan(dates: Iterable<string>): { start: string; end: string } | undefined {
  // One pass (a dataset of a large corpus gives a million dates): the least by its first day, then by code
  // units; the greatest by its last day, then by code units.
  let start: string | undefined;
  let end: string | undefined;
  let startDay = '';
  let endDay = '';
  for (const d of dates) {
    if (!DATE.test(d)) continue;
    const first = lower(d);
    const last = upper(d);
    if (start === undefined || first < startDay || (first === startDay && d < start)) [start, startDay] = [d, first];
    if (end === undefined || last > endDay || (last === endDay && d > end)) [end, endDay] = [d, last];
  }
  return start === undefined || end === undefined ? undefined : { start, end };
}

/**
 * Dates a dataset covers: the values of its date columns (x-jsonld `temporal`) and the dates of the source documents
 * its records were read from (what the texts say is as of their date).
 */
export function datasetDates(datasets: Datasets, name: DatasetName): string[] {
  const columns = columnsOf(name);
  const temporal = columns.filter((c) => c.schema['x-jsonld'].temporal).map((c) => c.name);
  const sourceRefs = columns.filter((c) => c.schema['x-jsonld'].ref === 'sources' && c.name !== 'id').map((c) => c.name);
  const sourceDate = new Map(datasets.sources.map((s) => [s.id, s.date]));
  // Each date once (a million facts point to a few thousand dated sources), in the order first met.
  const dates = new Set<string>();
  for (const record of datasets[name] as readonly Record<string, unknown>[]) {
    for (const field of temporal) for (const d of pointDates(record[field])) dates.add(d);
    for (const field of sourceRefs) {
      const v = record[field];
      for (const id of Array.isArray(v) ? v : [v]) {
        const d = typeof id === 'string' ? sourceDate.get(id) : undefined;
        if (d) for (const p of pointDates(d)) dates.add(p);
      }
    }
  }
  return [...dates];
}

/** The newest source date of the data (by the last day it may stand for), or undefined when no source is dated. */
export function newestSourceDate(datasets: Datasets): string | undefined {
  return dateSpan(datasets.sources.flatMap((s) => pointDates(s.date)))?.end;
}

function licenceTitle(iri: string): string | undefined {
  return PACKAGE_META.licenses.find((l) => l.path === iri)?.title;
}

/** The catalogue as a JSON-LD value (see renderCatalog). */
export function catalogJsonLd(
  datasets: Datasets,
  files: ReadonlyMap<string, string | FileDigest>,
  publication: PublicationConfig,
): { '@context': string; '@graph': Node[] } {
  const base = publication.download_base_url;
  const modified = newestSourceDate(datasets);
  const dated: Node = modified ? { 'dct:issued': temporalLiteral(modified), 'dct:modified': temporalLiteral(modified) } : {};
  const themes = publication.themes.map((t) => ref(t.iri));
  const spatial: Node = publication.spatial ? { 'dct:spatial': ref(publication.spatial) } : {};
  const contactIri = `${CATALOG_IRI}#contact-point`;
  const pages = [
    { path: 'README.md', title: 'Dictionnaire des données (README.md)' },
    { path: QUALITY_PATH, title: 'Rapport de qualité (quality.json)' },
  ];

  // Shared nodes, described once (merged by @id).
  const shared = new Map<string, Node>();
  const describe = (node: Node & { '@id': string }): void => {
    const old = shared.get(node['@id']);
    if (!old) {
      shared.set(node['@id'], node);
      return;
    }
    const types = [...new Set([old['@type'], node['@type']].flat().filter((t): t is string => typeof t === 'string'))].sort();
    shared.set(node['@id'], { ...node, ...old, '@type': types });
  };
  describe({
    '@id': publication.publisher.uri,
    '@type': ['foaf:Agent', 'foaf:Organization'],
    'foaf:name': publication.publisher.name,
    ...(publication.publisher.type ? { 'dct:type': ref(publication.publisher.type.iri) } : {}),
  });
  if (publication.publisher.type) {
    describe({ '@id': publication.publisher.type.iri, '@type': 'skos:Concept', 'skos:prefLabel': fr(publication.publisher.type.label) });
  }
  const licenceLabel = licenceTitle(publication.licence);
  describe({
    '@id': publication.licence,
    '@type': 'dct:LicenseDocument',
    ...(licenceLabel ? { 'rdfs:label': licenceLabel } : {}),
    ...(publication.licence === ETALAB_2_0 ? { 'dct:type': ref(ATTRIBUTION) } : {}),
  });
  if (publication.licence === ETALAB_2_0) {
    describe({ '@id': ATTRIBUTION, '@type': 'skos:Concept', 'skos:prefLabel': en('Attribution') });
  }
  describe({ '@id': publication.update_frequency, '@type': 'dct:Frequency' });
  describe({ '@id': publication.language, '@type': 'dct:LinguisticSystem' });
  if (publication.spatial) describe({ '@id': publication.spatial, '@type': 'dct:Location' });
  if (publication.themes.length > 0) {
    describe({ '@id': publication.theme_taxonomy.iri, '@type': 'skos:ConceptScheme', 'dct:title': fr(publication.theme_taxonomy.title) });
  }
  for (const t of publication.themes) {
    describe({ '@id': t.iri, '@type': 'skos:Concept', 'skos:prefLabel': fr(t.label), 'skos:inScheme': ref(publication.theme_taxonomy.iri) });
  }
  describe({ '@id': publication.landing_page, '@type': 'foaf:Document' });
  describe({ '@id': STABLE, '@type': 'skos:Concept', 'skos:prefLabel': fr('stable') });
  for (const page of pages) describe({ '@id': downloadUrl(page.path, base), '@type': 'foaf:Document', 'dct:title': fr(page.title) });
  const contact = publication.contact_point;
  describe({
    '@id': contactIri,
    '@type': ['vcard:Kind', 'vcard:Organization'],
    'vcard:fn': contact.name,
    ...(contact.url ? { 'vcard:hasURL': ref(contact.url) } : {}),
    ...(contact.email ? { 'vcard:hasEmail': ref(`mailto:${contact.email}`) } : {}),
  });

  const datasetNodes: Node[] = [];
  const distributionNodes: Node[] = [];
  for (const name of DATASETS_IN_ORDER) {
    const schema = DATASET_SCHEMAS[name];
    const text = DATASET_FR[name];
    const records = datasets[name].length;
    describe({ '@id': schema.$id, '@type': 'dct:Standard', 'dct:title': en(`JSON Schema: ${schema.title}`) });

    const distributions: string[] = [];
    for (const path of datasetFiles(name)) {
      const content = files.get(path);
      if (content === undefined) continue;
      const ext = path.slice(path.lastIndexOf('.') + 1);
      const format = FORMATS[ext];
      if (!format) continue;
      const url = downloadUrl(path, base);
      const mediaType = `${IANA}${format.mediaType}`;
      const fileType = `${EU}file-type/${format.fileType}`;
      describe({ '@id': mediaType, '@type': 'dct:MediaType' });
      describe({ '@id': fileType, '@type': 'dct:MediaTypeOrExtent' });
      distributions.push(distributionIri(path));
      distributionNodes.push({
        '@id': distributionIri(path),
        '@type': 'dcat:Distribution',
        'dct:identifier': path,
        'dct:title': fr(`${text.title} (${format.label})`),
        'dct:description': fr(format.description),
        'dcat:accessURL': ref(url),
        'dcat:downloadURL': ref(url),
        'dcat:mediaType': ref(mediaType),
        'dct:format': ref(fileType),
        // xsd:decimal, as the DCAT-AP 3.0.0 shapes check (the 3.0.0 text says xsd:nonNegativeInteger;
        // SEMICeu/DCAT-AP#422): any integer is a valid decimal literal.
        'dcat:byteSize': { '@value': String(byteLength(content)), '@type': 'xsd:decimal' },
        'spdx:checksum': {
          '@type': 'spdx:Checksum',
          'spdx:algorithm': ref('spdx:checksumAlgorithm_sha256'),
          'spdx:checksumValue': { '@value': sha256Hex(content), '@type': 'xsd:hexBinary' },
        },
        'dct:license': ref(publication.licence),
        'dct:conformsTo': ref(schema.$id),
        'dct:language': ref(publication.language),
        'dcatap:availability': ref(STABLE),
      });
    }

    const span = dateSpan(datasetDates(datasets, name));
    const columns = columnsOf(name).map((c) => c.name);
    datasetNodes.push({
      '@id': datasetIri(name),
      '@type': 'dcat:Dataset',
      'dct:identifier': name,
      'dct:title': [fr(text.title), en(schema.title)],
      'dct:description': [
        fr(`${text.purpose}\n\n${records} enregistrement${records > 1 ? 's' : ''}. Colonnes : ${columns.join(', ')}. Le dictionnaire des données (README.md) décrit chaque colonne.`),
        en(schema.description),
      ],
      'dcat:keyword': publication.keywords.map(fr),
      ...(themes.length > 0 ? { 'dcat:theme': themes } : {}),
      ...spatial,
      'dct:language': ref(publication.language),
      'dct:publisher': ref(publication.publisher.uri),
      'dcat:contactPoint': ref(contactIri),
      'dct:accrualPeriodicity': ref(publication.update_frequency),
      'dcat:landingPage': ref(publication.landing_page),
      'foaf:page': pages.map((p) => ref(downloadUrl(p.path, base))),
      'dct:conformsTo': ref(schema.$id),
      'dct:provenance': {
        '@type': 'dct:ProvenanceStatement',
        'rdfs:label': fr(
          'Extrait automatiquement de textes administratifs publics (jeu « sources ») ; chaque enregistrement renvoie à ses sources et aux citations exactes qui le fondent (jeu « facts »).',
        ),
      },
      ...(span
        ? {
            'dct:temporal': {
              '@type': 'dct:PeriodOfTime',
              'dcat:startDate': temporalLiteral(span.start),
              'dcat:endDate': temporalLiteral(span.end),
            },
          }
        : {}),
      ...dated,
      'dcat:distribution': distributions.map(ref),
    });
  }

  const catalog: Node = {
    '@id': CATALOG_IRI,
    '@type': 'dcat:Catalog',
    'dct:title': fr(publication.catalogue.title),
    'dct:description': fr(publication.catalogue.description),
    'dct:publisher': ref(publication.publisher.uri),
    'foaf:homepage': ref(publication.landing_page),
    'dct:language': ref(publication.language),
    'dct:license': ref(publication.licence),
    ...spatial,
    ...(publication.themes.length > 0 ? { 'dcat:themeTaxonomy': ref(publication.theme_taxonomy.iri) } : {}),
    ...dated,
    'dcat:dataset': datasetNodes.map((d) => ref(d['@id'] as string)),
  };

  const others = [...shared.values()].sort((a, b) => ((a['@id'] as string) < (b['@id'] as string) ? -1 : 1));
  return { '@context': CATALOG_CONTEXT_IRI, '@graph': [catalog, ...datasetNodes, ...distributionNodes, ...others] };
}

/**
 * Renders dist/catalog.jsonld (2-space JSON, trailing newline). `files` are the files of the build (path → content):
 * each dataset's `<name>.csv`, `.json` and `.jsonld` present there becomes a distribution, its size and sha256
 * computed from that content.
 */
export function renderCatalog(datasets: Datasets, files: ReadonlyMap<string, string | FileDigest>, publication: PublicationConfig): string {
  return `${JSON.stringify(catalogJsonLd(datasets, files, publication), null, 2)}\n`;
}
