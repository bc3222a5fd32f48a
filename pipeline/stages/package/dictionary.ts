/**
 * The data dictionary (pure): Markdown generated from the schemas.
 * - `renderDataDictionary()` (schema only) is written to docs/datasets.md by `npm run gen:types`: it does not change
 *   with the data.
 * - `renderDataDictionary({ datasets, files, downloadBaseUrl })` is the same document with, per dataset, its row
 *   count, an example value of every column taken from the records (first non-empty value in id order) and the files
 *   to download: shipped as dist/README.md.
 * - `renderDataDictionaryFr(datasets)` is the French text for the catalogue's dataset description.
 * The per-column part comes from the schemas only; the prose around it documents the file formats implemented by
 * csv.ts, json.ts, jsonld.ts and datapackage.ts.
 */
import type { DatasetName, Datasets } from '../../types/records.ts';
import { byteLength, type FileDigest } from '../../io/hash.ts';
import {
  CONTEXT_IRI,
  CONTEXT_PATH,
  DATASETS_IN_ORDER,
  DATASET_SCHEMAS,
  ID_BASE,
  JSONLD_CONTEXT,
  PACKAGE_META,
  columnsOf,
  schemaPath,
  type Column,
  type JsonLdField,
} from './contract.ts';
import { joinValues, sortById } from './csv.ts';

/** Files of a build beyond the datasets, rendered by the catalog and quality stages (listed in the dictionary). */
export const CATALOG_PATH = 'catalog.jsonld';
export const CATALOG_CONTEXT_PATH = 'contexts/catalog.context.json';
export const QUALITY_PATH = 'quality.json';

/**
 * French title and purpose of each dataset: the catalogue text is French, the schemas are written in English.
 * A `Record` over every dataset name, so a new dataset does not compile until it has its French text.
 */
export const DATASET_FR: Readonly<Record<DatasetName, { title: string; purpose: string }>> = {
  sources: {
    title: 'Textes sources',
    purpose:
      "Les documents dont les données sont extraites : un enregistrement par texte, avec sa provenance, sa date, sa licence et l'empreinte SHA-256 de son contenu. Tous les autres enregistrements renvoient à une ou plusieurs sources.",
  },
  organisations: {
    title: 'Organisations',
    purpose:
      "Les organismes publics, services, programmes et réseaux nommés par les textes, fusionnés d'une source à l'autre : nom, sigle, type, organisation de rattachement, autres noms et date de création.",
  },
  events: {
    title: 'Événements',
    purpose:
      'Les événements datés des organisations et des programmes (création, renommage, fusion, remplacement, suppression, lancement, publication, nomination, rattachement…), chacun avec sa date à la précision donnée par le texte (jour, mois, année ou période).',
  },
  legal_texts: {
    title: 'Textes juridiques',
    purpose:
      'Les textes juridiques et réglementaires cités par les sources (décrets, arrêtés, lois, circulaires, directives, règlements…), avec leur numéro et leur date dans des champs distincts.',
  },
  people: {
    title: 'Personnes',
    purpose:
      'Les personnes nommées par les textes avec leur fonction et leur organisation (directeurs, délégués, ministres…). Les civilités (M., Mme) ne font pas partie des noms.',
  },
  products: {
    title: 'Produits et services numériques',
    purpose:
      "Les produits numériques et services publics nommés par les textes (plateformes, logiciels, API, réalisations des programmes), avec l'organisation qui les opère.",
  },
  contacts: {
    title: 'Contacts',
    purpose: "Les adresses électroniques de contact publiées dans les textes, avec l'organisation à laquelle elles appartiennent.",
  },
  figures: {
    title: 'Chiffres',
    purpose:
      "Les nombres avec une unité qui mesurent quelque chose (budgets, effectifs, usagers, sites…), avec leur qualificatif (« plus de », « environ »…) et la citation exacte d'où ils viennent.",
  },
  committees: {
    title: 'Comités et instances',
    purpose:
      'Les instances de gouvernance décrites par les textes (comités de pilotage, conseils, réunions de réseaux), avec leur fréquence, leurs participants et leurs sujets.',
  },
  links: {
    title: 'Liens',
    purpose: 'Les adresses web (http ou https) citées par les textes, avec le texte du lien.',
  },
  conflicts: {
    title: 'Contradictions entre sources',
    purpose:
      "Les champs sur lesquels les sources ne s'accordent pas : pour un enregistrement et un champ, les valeurs divergentes et la source de chacune. L'enregistrement publié garde une valeur ; ce jeu de données conserve les autres.",
  },
  facts: {
    title: 'Faits extraits (provenance)',
    purpose:
      'Chaque constat élémentaire des extracteurs avec sa provenance : document source, position dans le texte et citation exacte. Les enregistrements des autres jeux de données renvoient aux faits qui les fondent (`fact_ids`).',
  },
};

/** What the data-bearing dictionary needs besides the schemas. */
export interface DictionaryData {
  datasets: Datasets;
  /** Files of the build (path → content): the download list gives their sizes. */
  files?: ReadonlyMap<string, string | FileDigest>;
  /** Download URL of a file = this + its release asset name; relative file names when absent. */
  downloadBaseUrl?: string;
  /** Markdown sections (starting with a level-2 heading) inserted after the overview of the datasets. */
  extraSection?: string;
}

/**
 * Name of a dist/ file as a GitHub release asset: sub-folders are flattened (`schemas/x.json` → `schemas--x.json`),
 * as the publish stage does (tests/catalog checks both agree).
 */
export function releaseAssetName(path: string): string {
  return path.split('/').join('--');
}

/** Where a dist/ file is downloaded from: `base + asset name`, or the relative path when there is no base. */
export function downloadUrl(path: string, base: string | undefined): string {
  return base === undefined ? path : `${base}${releaseAssetName(path)}`;
}

/** The data files of a dataset, in the order they are listed. */
export function datasetFiles(name: DatasetName): string[] {
  return [`${name}.csv`, `${name}.json`, `${name}.jsonld`];
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
}

/** The first non-empty value of a field in id order (code-point order, as the files), or undefined. */
export function exampleValue(records: readonly object[], field: string): unknown {
  // The non-empty value with the smallest id (the first of equal ids): the first non-empty one in id order
  // (sortById gives the list itself when it is sorted, else one sorted copy shared by every column and stage).
  // Remembered per list: the English and French dictionaries ask for the same examples, and a column that is
  // empty everywhere is read to the end of a million records.
  let examples = examplesOf.get(records);
  if (!examples) examplesOf.set(records, (examples = new Map()));
  if (examples.has(field)) return examples.get(field);
  let example: unknown;
  for (const r of sortById(records as readonly (Record<string, unknown> & { id: string })[])) {
    if (!isEmpty(r[field])) {
      example = r[field];
      break;
    }
  }
  examples.set(field, example);
  return example;
}

/** Examples already found, per list of records and field (datasets are not changed once built). */
const examplesOf = new WeakMap<readonly object[], Map<string, unknown>>();

const MAX_EXAMPLE = 60;

/** A value as a short one-line text: lists joined with "|" as in CSV, cut after 60 characters. */
export function exampleText(value: unknown): string {
  const text = Array.isArray(value) ? joinValues(value.map(String)) : String(value);
  const flat = text.replace(/\s+/g, ' ');
  const chars = [...flat];
  return chars.length > MAX_EXAMPLE ? `${chars.slice(0, MAX_EXAMPLE - 1).join('')}…` : flat;
}

/** A Markdown code span around any text (a fence longer than any backtick run; pipes escaped for tables). */
function code(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replaceAll('|', '\\|')}${pad}${fence}`;
}

function exampleCell(records: readonly object[], field: string): string {
  const v = exampleValue(records, field);
  return v === undefined ? '' : code(exampleText(v));
}

function formatSize(bytes: number, lang: 'en' | 'fr'): string {
  const sep = lang === 'fr' ? ',' : '.';
  if (bytes < 1000) return lang === 'fr' ? `${bytes} o` : `${bytes} B`;
  const [value, unit] = bytes < 1_000_000 ? [bytes / 1000, 'k'] : [bytes / 1_000_000, 'M'];
  return `${value.toFixed(1).replace('.', sep)} ${unit}${lang === 'fr' ? 'o' : 'B'}`;
}

function downloadList(name: DatasetName, data: Pick<DictionaryData, 'files' | 'downloadBaseUrl'>, lang: 'en' | 'fr'): string {
  return datasetFiles(name)
    .map((path) => {
      const content = data.files?.get(path);
      const size = content === undefined ? '' : ` (${formatSize(byteLength(content), lang)})`;
      return `[${path}](${downloadUrl(path, data.downloadBaseUrl)})${size}`;
    })
    .join(', ');
}

const esc = (s: string): string => s.replaceAll('|', '\\|').replaceAll('\n', ' ');

function typeText(c: Column, lang: 'en' | 'fr' = 'en'): string {
  const fr = lang === 'fr';
  const p = c.schema;
  let t: string;
  const ref = p['x-jsonld'].ref;
  const target =
    typeof ref === 'string'
      ? `\`${ref}\``
      : ref
        ? `${fr ? 'du jeu de données nommé dans' : 'the dataset in'} \`${ref.dataset_field}\``
        : undefined;
  if (c.kind === 'array') {
    if (fr) t = target ? `liste d'identifiants de ${target}` : 'liste de textes';
    else t = target ? `list of ids of ${target}` : 'list of strings';
  } else if (target && c.name !== 'id') t = fr ? `identifiant de ${target}` : `id of ${target}`;
  else if (p.enum)
    t = `${fr ? "l'une des valeurs" : 'one of'} ${p.enum
      .filter((v) => v !== null)
      .map((v) => `\`${v}\``)
      .join(', ')}`;
  else if (p['x-jsonld'].temporal) {
    const period = p.pattern?.includes('/');
    t = fr
      ? `date ISO 8601 (${period ? 'année, mois, jour ou période' : 'année, mois ou jour'})`
      : `ISO 8601 date (${period ? 'year, month, day or period' : 'year, month or day'})`;
  } else if (c.kind === 'string' && p.format) t = `${fr ? 'texte' : 'string'} (${p.format})`;
  else if (c.kind === 'integer' && p.minimum !== undefined) t = `${fr ? 'entier' : 'integer'} ≥ ${p.minimum}`;
  else if (fr) t = { string: 'texte', integer: 'entier', number: 'nombre', array: 'liste' }[c.kind];
  else t = c.kind;
  if (c.name === 'id') t = fr ? 'identifiant' : 'id';
  if (!c.nullable) return t;
  return fr ? `${t}, ou vide (null)` : `${t}, or null`;
}

function jsonLdText(dataset: DatasetName, c: Column): string {
  const m: JsonLdField = c.schema['x-jsonld'];
  const parts: string[] = [];
  if (m.node_id) parts.push(`node \`@id\` (${ID_BASE}${dataset}/<id>)`);
  const preds = m.iri.map((i) => `\`${i}\``);
  if (preds.length > 0)
    parts.push(m.reverse ? `${preds.join(', ')} (reverse: the organisation points here)` : preds.join(', '));
  for (const l of m.list_iri ?? []) parts.push(`\`${l}\` (ordered \`@list\`)`);
  for (const w of m.when ?? []) {
    parts.push(`${(w.iri ?? []).map((i) => `\`${i}\``).join(', ')} when ${w.field} is ${w.in.join('/')}`);
  }
  if (m.ref) {
    parts.push(
      typeof m.ref === 'string' ? `→ ${m.ref} IRI` : `→ IRI in the dataset named by \`${m.ref.dataset_field}\``,
    );
  }
  if (m.temporal) parts.push('typed xsd:gYear / xsd:gYearMonth / xsd:date by precision');
  if (m.datatype) parts.push(`typed ${m.datatype}`);
  return parts.join('; ');
}

function datasetSection(name: DatasetName, data?: DictionaryData): string {
  const schema = DATASET_SCHEMAS[name];
  const node = schema['x-jsonld'];
  const types = node.types.map((t) => `\`${t}\``).join(', ');
  const conditional = (node.when ?? [])
    .map((w) => ` Also ${(w.types ?? []).map((t) => `\`${t}\``).join(', ')} when \`${w.field}\` is ${w.in.join(', ')}.`)
    .join('');
  const records: readonly object[] | undefined = data?.datasets[name];
  const rows = columnsOf(name).map((c, i) => {
    const example = records ? ` ${exampleCell(records, c.name)} |` : '';
    return `| ${i + 1} | \`${c.name}\` | ${esc(typeText(c))} | ${esc(c.schema.description)} |${example} ${esc(jsonLdText(name, c))} |`;
  });
  const files = `Files: \`${name}.csv\`, \`${name}.json\`, \`${name}.jsonld\`; schema \`${schemaPath(name)}\` (\`${schema.$id}\`). JSON-LD node types: ${types}.${conditional}`;
  const withData = data
    ? [
        `**Rows: ${data.datasets[name].length}.** Download: ${downloadList(name, data, 'en')}. The example of a column is its first non-empty value in id order.`,
        '',
      ]
    : [];
  return [
    `### ${name}`,
    '',
    schema.description,
    '',
    ...withData,
    files,
    '',
    records ? '| # | column | type | description | example | JSON-LD |' : '| # | column | type | description | JSON-LD |',
    records ? '|---|---|---|---|---|---|' : '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** Overview of the datasets of a build: rows, purpose, downloads. */
function overview(data: DictionaryData): string {
  const rows = DATASETS_IN_ORDER.map((name) => {
    const links = datasetFiles(name)
      .map((path) => `[${path.slice(name.length + 1).toUpperCase().replace('JSONLD', 'JSON-LD')}](${downloadUrl(path, data.downloadBaseUrl)})`)
      .join(' · ');
    return `| [\`${name}\`](#${name}) | ${data.datasets[name].length} | ${esc(DATASET_SCHEMAS[name].title)} | ${links} |`;
  });
  return [
    '## Datasets of this build',
    '',
    'Each dataset comes in three formats with the same records; every column is described in "Datasets" below, with an example value taken from the data.',
    '',
    '| dataset | rows | title | download |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n');
}

function prefixTable(): string {
  const ctx = JSONLD_CONTEXT['@context'];
  return [
    '| prefix | IRI |',
    '|---|---|',
    ...Object.entries(ctx)
      .filter(([k]) => !k.startsWith('@'))
      .map(([k, v]) => `| \`${k}:\` | ${String(v)} |`),
  ].join('\n');
}

function customTerms(): string {
  const terms = new Set<string>();
  for (const name of DATASETS_IN_ORDER) {
    const s = DATASET_SCHEMAS[name];
    for (const t of s['x-jsonld'].types) if (t.startsWith('en:')) terms.add(t);
    for (const p of Object.values(s.properties)) {
      const m = p['x-jsonld'];
      for (const i of [...m.iri, ...(m.list_iri ?? []), ...(m.when ?? []).flatMap((w) => w.iri ?? [])]) {
        if (i.startsWith('en:')) terms.add(i);
      }
    }
  }
  return [...terms]
    .sort()
    .map((t) => `\`${t}\``)
    .join(', ');
}

/** The Markdown data dictionary. */
export function renderDataDictionary(data?: DictionaryData): string {
  const licence = PACKAGE_META.licenses.map((l) => `${l.title} (\`${l.name}\`, ${l.path})`).join('; ');
  const datasetList = DATASETS_IN_ORDER.map((n) => `\`${n}\``).join(', ');
  const banner = data
    ? '<!-- GENERATED by the build from schemas/*.schema.json and the records of this build (pipeline/stages/package/dictionary.ts): do not edit by hand. The schema-only version is docs/datasets.md in the repository. -->'
    : '<!-- GENERATED from schemas/*.schema.json by `npm run gen:types` (pipeline/stages/package/dictionary.ts): do not edit by hand. Shipped as dist/README.md with row counts, example values and download links added by the build. -->';
  const dataSections = data
    ? `\n${overview(data)}\n${data.extraSection === undefined ? '' : `\n${data.extraSection.trimEnd()}\n`}`
    : '';
  return `${banner}
# ${PACKAGE_META.title}: datasets reference

${PACKAGE_META.description}

Licence of the data: ${licence}.

Datasets, in publication order: ${datasetList}.
${dataSections}
## Files of a build (dist/)

| file | content |
|---|---|
| \`<name>.csv\` | one row per record; see "CSV" below |
| \`<name>.json\` | \`{ "dataset", "title", "description", "schema", "count", "records": [...] }\` |
| \`<name>.jsonld\` | JSON-LD graph of the same records; see "JSON-LD" below |
| \`schemas/<name>.schema.json\` | JSON Schema 2020-12 of one record (the contract; every column is described there) |
| \`${CONTEXT_PATH}\` | the JSON-LD context the \`.jsonld\` files reference |
| \`datapackage.json\` | Frictionless Data Package v2: one resource per CSV, with a Table Schema derived from the JSON Schema, its byte size and sha256 |
| \`build-manifest.json\` | tool name and version, source ids and sha256, a digest of the sources, record counts, and every file with its size and sha256 |
| \`SHA256SUMS\` | \`<sha256>  <path>\` for every other file, sorted by path; check with \`sha256sum -c SHA256SUMS\` |
| \`README.md\` | this document (with row counts, example values and download links) |
| \`${CATALOG_PATH}\` | DCAT-AP 3.0 catalogue (JSON-LD): every dataset and every file with its download URL, media type, size, sha256, licence, publisher, temporal coverage and update frequency; its context is \`${CATALOG_CONTEXT_PATH}\` |
| \`${QUALITY_PATH}\` | quality report: facts per source and kind, conflicts between sources, single-source records, empty fields, and the precision and recall measured on hand-annotated texts |

Two builds of the same sources give byte-identical files: records are sorted by id, keys and columns follow the
schema, and no clock time is written (\`created\` appears only when the build is given one explicitly).

## Conventions common to every format

- **Ids** are URL-safe (ASCII letters, digits, \`.\`, \`_\`, \`~\`, \`-\`, starting with a letter or a digit), unique
  within a dataset, and stable. The IRI of a record is \`${ID_BASE}<dataset>/<id>\`.
- **Null** means the texts do not say. Strings are never empty (an empty string is a schema violation), so in CSV
  an empty cell is unambiguous.
- **Dates keep their precision**: ISO 8601 \`YYYY\` (year), \`YYYY-MM\` (month), \`YYYY-MM-DD\` (day), or an interval
  \`START/END\` (period, each end at its own precision; an open end is \`..\`). A year is never padded to a day.
  Each date column has a \`*_precision\` companion (\`day\`, \`month\`, \`year\`, \`period\`); events also give a period's
  ends in \`date_start\` and \`date_end\` (\`2023/2027\` → \`2023\`, \`2027\`).
- **Provenance**: every record lists its \`sources\` (ids in \`sources\`) and its \`fact_ids\` (ids in \`facts\`); each fact
  gives the source, the character span (\`start\`, \`end\`, UTF-16 code units) and the exact \`quote\`.

## CSV

- UTF-8 **without BOM**, RFC 4180: comma separator, \`"\` quotes around a cell that contains a comma, a quote, a
  line break or leading/trailing white space (a quote inside is doubled), **CRLF** line ends, one header row.
- Columns in schema order (the order of the tables below); rows sorted by \`id\` (code-point order).
- **Null** → empty cell. **Numbers** as JavaScript writes them (\`14000\`, \`1.5\`, \`-3\`; no thousands separator).
- **Dates** as in JSON: \`2001\` stays \`2001\`, \`2023/2027\` stays \`2023/2027\`.
- **Multi-valued columns** (lists): values joined with \`|\`. Inside a value, a literal \`|\` is written \`\\|\` and a
  backslash is written \`\\\\\`. An empty list is an empty cell. To read: split on \`|\` not preceded by an escaping
  backslash, then replace \`\\|\` with \`|\` and \`\\\\\` with \`\\\`.
- **Formula neutralisation** (spreadsheet injection): in text and list columns, a cell whose first character is
  \`=\`, \`+\`, \`-\`, \`@\`, a tab or a carriage return (or the full-width \`＝\` \`＋\` \`－\` \`＠\`, which some
  spreadsheets normalise) is written with one extra leading single quote \`'\`, so that
  spreadsheet software shows it as text instead of running it. A cell that already starts with \`'\` gets one more
  \`'\` too, so the rule is reversible: **to read a text cell back, remove one leading \`'\` if there is one**, before
  splitting lists. Number columns (\`figures.value\`, \`sources.characters\`, \`facts.start\`, \`facts.end\`) are never
  prefixed: they only hold numbers, so \`-3\` stays the number -3.
- The Table Schema in \`datapackage.json\` gives each column's type (\`string\`, \`integer\`, \`number\`; lists and
  dates are \`string\`, with the separator and date rules in their descriptions), \`required\`, \`unique\` and \`enum\`
  constraints, the primary key \`id\` and the foreign keys between datasets.

## JSON

\`<name>.json\` is \`{ "dataset": "<name>", "title", "description", "schema": "schemas/<name>.schema.json", "count": n,
"records": [...] }\`, 2-space indent, records sorted by id with their keys in schema order. A record validates
against its schema as is; lists are JSON arrays, null is \`null\`, dates are strings with their precision in the
companion column.

## JSON-LD

\`<name>.jsonld\` is \`{ "@context": "${CONTEXT_IRI}", "@graph": [...] }\`: one node per record, \`@id\` the record's
IRI, \`@type\` its classes, properties as compact IRIs of real vocabularies. The context only declares prefixes; it is
shipped at \`${CONTEXT_PATH}\` (in the repository and in dist/). Nothing needs the network: give jsonld.js a document
loader that maps \`${CONTEXT_IRI}\` to that file (the pipeline's \`localDocumentLoader\` does, and refuses any
other URL).

${prefixTable()}

- Dates are typed by their own precision: \`xsd:gYear\` (\`2001\`), \`xsd:gYearMonth\` (\`2019-10\`), \`xsd:date\`
  (\`2019-10-25\`). A period (\`2023/2027\`) has no XSD datatype: it stays a plain literal, and events carry its ends
  as typed \`schema:startDate\` / \`schema:endDate\`. \`prov:atTime\` keeps the stated precision too (a year stays
  \`xsd:gYear\`) rather than padding to the \`xsd:dateTime\` PROV suggests.
- Organisations are \`schema:GovernmentOrganization\` and \`org:Organization\`; the parent link is both
  \`schema:parentOrganization\` and \`org:subOrganizationOf\`.
- Creations, renamings, mergers, replacements and suppressions are also \`org:ChangeEvent\`: the organisation is
  \`org:resultingOrganization\` (creation, renaming, merger, replacement) or \`org:originalOrganization\`
  (suppression), and always \`schema:about\`.
- Every record is \`prov:wasDerivedFrom\` its source documents (\`${ID_BASE}sources/<id>\`, typed \`prov:Entity\`,
  \`schema:CreativeWork\`) and points to its facts with \`en:fact\`; facts use the W3C Web Annotation terms
  \`oa:exact\`, \`oa:start\`, \`oa:end\` for the quote and its span.
- Ordered lists (\`conflicts.values\` and the aligned \`conflicts.sources\`) are \`@list\`s.
- Terms of the project's own vocabulary (\`en:\`, ${String(JSONLD_CONTEXT['@context']['en'])}) are used only
  where no standard term fits: ${customTerms()}.

## Datasets

${DATASETS_IN_ORDER.map((name) => datasetSection(name, data)).join('\n\n')}
`;
}

/** Options of the French dictionary: the files (for their sizes) and the download base URL. */
export type DictionaryFrOptions = Pick<DictionaryData, 'files' | 'downloadBaseUrl'>;

function datasetSectionFr(name: DatasetName, datasets: Datasets, options: DictionaryFrOptions): string {
  const records: readonly object[] = datasets[name];
  const fr = DATASET_FR[name];
  const rows = columnsOf(name).map(
    (c, i) =>
      `| ${i + 1} | \`${c.name}\` | ${esc(typeText(c, 'fr'))} | ${esc(c.schema.description)} | ${exampleCell(records, c.name)} |`,
  );
  return [
    `### ${fr.title} (\`${name}\`)`,
    '',
    fr.purpose,
    '',
    `**${records.length} ligne${records.length > 1 ? 's' : ''}.** Fichiers : ${downloadList(name, options, 'fr')} ; schéma \`${schemaPath(name)}\`.`,
    '',
    '| # | colonne | type | description (du schéma, en anglais) | exemple |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/**
 * The data dictionary in French (Markdown), for the catalogue's dataset description: per dataset its purpose, row
 * count, files, and every column with its type, description and an example value from the data. The column
 * descriptions are the schemas' (English): translating them here would restate the contract by hand.
 */
export function renderDataDictionaryFr(datasets: Datasets, options: DictionaryFrOptions = {}): string {
  const licence = PACKAGE_META.licenses.map((l) => `${l.title} (${l.path})`).join(' ; ');
  const table = DATASETS_IN_ORDER.map(
    (name) => `| ${DATASET_FR[name].title} (\`${name}\`) | ${datasets[name].length} | ${esc(DATASET_FR[name].purpose)} |`,
  );
  return `## Dictionnaire des données

Données publiées sous ${licence}. Chaque jeu de données est publié en trois formats qui portent les mêmes
enregistrements : **CSV** (UTF-8 sans BOM, séparateur virgule, fins de ligne CRLF, une ligne d'en-tête ; listes de
valeurs séparées par \`|\`), **JSON** et **JSON-LD**. Le schéma JSON de chaque jeu (\`schemas/<nom>.schema.json\`) est
le contrat des données ; \`datapackage.json\` décrit les CSV (Frictionless Data Package) et \`${CATALOG_PATH}\` les
référence en DCAT-AP. La description complète des formats est dans \`README.md\` (en anglais).

Conventions : une cellule vide (\`null\` en JSON) signifie que les textes ne le disent pas. Les dates gardent leur
précision (ISO 8601 : \`AAAA\`, \`AAAA-MM\`, \`AAAA-MM-JJ\` ou période \`DÉBUT/FIN\`) ; la colonne \`*_precision\` voisine
la donne. Chaque enregistrement cite ses sources (\`sources\`) et les faits qui le fondent (\`fact_ids\`, dans \`facts\`).
L'exemple d'une colonne est sa première valeur non vide dans l'ordre des identifiants.

| jeu de données | lignes | contenu |
|---|---|---|
${table.join('\n')}

${DATASETS_IN_ORDER.map((name) => datasetSectionFr(name, datasets, options)).join('\n\n')}
`;
}
