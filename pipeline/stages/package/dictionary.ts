/**
 * The data dictionary (pure): Markdown generated from the schemas, written to docs/datasets.md by
 * `npm run gen:types` and shipped as dist/README.md. The per-column part comes from the schemas only; the prose
 * around it documents the file formats implemented by csv.ts, json.ts, jsonld.ts and datapackage.ts.
 */
import type { DatasetName } from '../../types/records.ts';
import {
  CONTEXT_IRI,
  CONTEXT_PATH,
  DATASETS_IN_ORDER,
  DATASET_SCHEMAS,
  ID_BASE,
  JSONLD_CONTEXT,
  PACKAGE_META,
  columnsOf,
  type Column,
  type JsonLdField,
} from './contract.ts';

const esc = (s: string): string => s.replaceAll('|', '\\|').replaceAll('\n', ' ');

function typeText(c: Column): string {
  const p = c.schema;
  let t: string;
  const ref = p['x-jsonld'].ref;
  const target = typeof ref === 'string' ? `\`${ref}\`` : ref ? `the dataset in \`${ref.dataset_field}\`` : undefined;
  if (c.kind === 'array') t = target ? `list of ids of ${target}` : 'list of strings';
  else if (target && c.name !== 'id') t = `id of ${target}`;
  else if (p.enum)
    t = `one of ${p.enum
      .filter((v) => v !== null)
      .map((v) => `\`${v}\``)
      .join(', ')}`;
  else if (p['x-jsonld'].temporal)
    t = `ISO 8601 date (${p.pattern?.includes('/') ? 'year, month, day or period' : 'year, month or day'})`;
  else if (c.kind === 'string' && p.format) t = `string (${p.format})`;
  else if (c.kind === 'integer' && p.minimum !== undefined) t = `integer ≥ ${p.minimum}`;
  else t = c.kind;
  if (c.name === 'id') t = 'id';
  return c.nullable ? `${t}, or null` : t;
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

function datasetSection(name: DatasetName): string {
  const schema = DATASET_SCHEMAS[name];
  const node = schema['x-jsonld'];
  const types = node.types.map((t) => `\`${t}\``).join(', ');
  const conditional = (node.when ?? [])
    .map((w) => ` Also ${(w.types ?? []).map((t) => `\`${t}\``).join(', ')} when \`${w.field}\` is ${w.in.join(', ')}.`)
    .join('');
  const rows = columnsOf(name).map(
    (c, i) =>
      `| ${i + 1} | \`${c.name}\` | ${esc(typeText(c))} | ${esc(c.schema.description)} | ${esc(jsonLdText(name, c))} |`,
  );
  return [
    `### ${name}`,
    '',
    schema.description,
    '',
    `Files: \`${name}.csv\`, \`${name}.json\`, \`${name}.jsonld\`; schema \`schemas/${name}.schema.json\` (\`${schema.$id}\`). JSON-LD node types: ${types}.${conditional}`,
    '',
    '| # | column | type | description | JSON-LD |',
    '|---|---|---|---|---|',
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
export function renderDataDictionary(): string {
  const licence = PACKAGE_META.licenses.map((l) => `${l.title} (\`${l.name}\`, ${l.path})`).join('; ');
  const datasetList = DATASETS_IN_ORDER.map((n) => `\`${n}\``).join(', ');
  return `<!-- GENERATED from schemas/*.schema.json by \`npm run gen:types\` (pipeline/stages/package/dictionary.ts): do not edit by hand. Shipped as dist/README.md. -->
# ${PACKAGE_META.title}: datasets reference

${PACKAGE_META.description}

Licence of the data: ${licence}.

Datasets, in publication order: ${datasetList}.

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
| \`README.md\` | this document |

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

${DATASETS_IN_ORDER.map(datasetSection).join('\n\n')}
`;
}
