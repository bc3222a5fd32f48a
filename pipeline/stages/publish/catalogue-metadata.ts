/**
 * What the catalogue dataset and its resources say (French titles and descriptions, licence, frequency, temporal
 * coverage, tags, extras). Pure: a function of the dist and the settings.
 */
import type { CatalogueSettings } from './config.ts';
import type { Dist } from './dist.ts';
import { EXTRA_FILE, EXTRA_SHA256, type CatalogueEntry, type ResourceMetadata } from './plan.ts';

export const EXTRA_DATASET_KEY = 'etat-numerique:dataset-key';
export const EXTRA_VERSION = 'etat-numerique:version';
export const EXTRA_STATUS = 'etat-numerique:status';

export type DatasetStatus = 'complete' | 'updating';

/** The writable dataset fields we manage (udata API v1 `Dataset`). `private` is always sent explicitly. */
export interface DatasetPayload {
  title: string;
  description: string;
  license: string;
  frequency: string;
  private: boolean;
  tags: string[];
  temporal_coverage: { start: string; end?: string } | null;
  extras: Record<string, string>;
}

export const DATASET_TITLE = "État numérique : organisations, textes et acteurs de la politique numérique de l'État";
export const DATASET_TAGS = ['administration', 'donnees-ouvertes', 'etat', 'numerique', 'politique-publique'];

const DATASET_LABELS: Record<string, string> = {
  sources: 'textes sources',
  organisations: 'organisations',
  events: 'événements',
  legal_texts: 'textes juridiques',
  people: 'personnes',
  products: 'produits et services numériques',
  contacts: 'contacts',
  figures: 'chiffres',
  committees: 'comités',
  links: 'liens entre entités',
  conflicts: 'contradictions entre sources',
  facts: 'faits extraits',
};

/** The version label shown in the catalogue: the content hash, as in the GitHub tag. */
export function catalogueVersion(dist: Dist): string {
  return dist.versionHash.slice(0, 12);
}

function lastDayOf(year: number, month: number): string {
  return String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0');
}

/** Temporal coverage from the sources' dates (a year covers the whole year), unless the settings give one. */
export function temporalCoverage(dist: Dist, settings: CatalogueSettings): DatasetPayload['temporal_coverage'] {
  if (settings.temporalCoverage) {
    const { start, end } = settings.temporalCoverage;
    return end === undefined ? { start } : { start, end };
  }
  const starts: string[] = [];
  const ends: string[] = [];
  for (const d of dist.sourceDates) {
    const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(d);
    if (!m) continue;
    const [, y, mo, da] = m as unknown as [string, string, string | undefined, string | undefined];
    starts.push(`${y}-${mo ?? '01'}-${da ?? '01'}`);
    ends.push(`${y}-${mo ?? '12'}-${da ?? lastDayOf(Number(y), Number(mo ?? '12'))}`);
  }
  if (starts.length === 0) return null;
  return { start: starts.sort()[0] as string, end: ends.sort()[ends.length - 1] as string };
}

/** Dataset description (markdown, French). `updating` adds a banner saying files may come from two versions. */
export function renderDatasetDescription(dist: Dist, entries: readonly CatalogueEntry[], status: DatasetStatus): string {
  const version = catalogueVersion(dist);
  const counts = dist.manifest?.counts ?? {};
  const lines: string[] = [];
  if (status === 'updating') {
    lines.push(
      `> **Mise à jour en cours** vers la version \`${version}\` : tant que ce message est affiché, les fichiers peuvent provenir de deux versions. Vérifiez-les avec le fichier des empreintes SHA-256.`,
      '',
    );
  }
  lines.push(
    "Données ouvertes sur l'organisation et la politique numérique de l'État, extraites automatiquement de textes administratifs publics (rapports, circulaires, textes juridiques) par l'outil libre etat-numerique. Chaque fait publié indique le texte dont il provient.",
    '',
    'Chaque jeu de données est publié en CSV (avec son schéma JSON Schema), en JSON et en JSON-LD.',
    '',
  );
  const names = Object.keys(counts).sort();
  if (names.length > 0) {
    lines.push('| Jeu de données | Contenu | Enregistrements |', '| --- | --- | ---: |');
    for (const name of names) lines.push(`| ${name} | ${DATASET_LABELS[name] ?? name} | ${counts[name]} |`);
    lines.push('');
  }
  lines.push(
    `Version des données : \`${version}\` (début de l'empreinte SHA-256 du fichier SHA256SUMS, qui donne l'empreinte de chaque fichier).`,
  );
  // The data dictionary of dist/LISEZMOI.md (generated from the schemas by the build): every column explained.
  if (dist.dictionaryFr) lines.push('', dist.dictionaryFr.trim());
  if (entries.some((e) => e.file.format === 'jsonld' && e.renamed)) {
    lines.push(
      '',
      "Les fichiers JSON-LD portent l'extension `.jsonld.json` : ce catalogue n'accepte pas l'extension `.jsonld`. Leur contenu est bien du JSON-LD (type `application/ld+json`), lisible aussi comme du JSON.",
    );
  }
  return lines.join('\n');
}

/** Everything the dataset should say once this version is completely published (or while it is being published). */
export function assembleDatasetPayload(
  dist: Dist,
  entries: readonly CatalogueEntry[],
  settings: CatalogueSettings,
  status: DatasetStatus,
): DatasetPayload {
  return {
    title: DATASET_TITLE,
    description: renderDatasetDescription(dist, entries, status),
    license: settings.license,
    frequency: settings.frequency,
    private: settings.private,
    tags: DATASET_TAGS,
    temporal_coverage: temporalCoverage(dist, settings),
    extras: {
      [EXTRA_DATASET_KEY]: settings.dataset,
      [EXTRA_VERSION]: catalogueVersion(dist),
      [EXTRA_STATUS]: status,
    },
  };
}

/** The dataset fields we manage, as the server returns them. */
export interface RemoteDatasetFields {
  title: string;
  description: string;
  license: string | null;
  frequency: string | null;
  private: boolean;
  tags: string[];
  temporal_coverage: { start?: string | null; end?: string | null } | null;
  extras: Record<string, unknown>;
}

/** Fields of the remote dataset that differ from the payload (dates compared to the day, tags as a set). */
export function datasetChanges(want: DatasetPayload, remote: RemoteDatasetFields): string[] {
  const changes: string[] = [];
  if (remote.title !== want.title) changes.push('title');
  if (remote.description !== want.description) changes.push('description');
  if (remote.license !== want.license) changes.push('license');
  if (remote.frequency !== want.frequency) changes.push('frequency');
  if (remote.private !== want.private) changes.push('private');
  if ([...remote.tags].sort().join(',') !== [...want.tags].sort().join(',')) changes.push('tags');
  const day = (d: string | null | undefined) => (d ? d.slice(0, 10) : null);
  const rt = remote.temporal_coverage;
  const wt = want.temporal_coverage;
  if (day(rt?.start) !== day(wt?.start) || day(rt?.end) !== day(wt?.end)) changes.push('temporal_coverage');
  for (const [k, v] of Object.entries(want.extras)) if (remote.extras[k] !== v) changes.push(`extras.${k}`);
  return changes;
}

const FORMAT_LABELS: Record<string, string> = { csv: 'CSV (UTF-8, séparateur virgule)', json: 'JSON', jsonld: 'JSON-LD' };

/** Title, description, type, schema link and extras of one resource. */
export function assembleResourceMetadata(entry: CatalogueEntry, schemaUrl: string | undefined): ResourceMetadata {
  const f = entry.file;
  const label = f.dataset ? (DATASET_LABELS[f.dataset] ?? f.dataset) : undefined;
  let description: string;
  switch (f.kind) {
    case 'data':
      description = `Jeu de données « ${f.dataset} » (${label}) au format ${FORMAT_LABELS[f.format] ?? f.format.toUpperCase()}.`;
      if (f.format === 'csv') description += ` Schéma : schemas--${f.dataset}.schema.json.`;
      if (f.format === 'jsonld' && entry.renamed) description += " Publié avec l'extension .json car le catalogue n'accepte pas .jsonld ; le contenu est du JSON-LD (application/ld+json).";
      break;
    case 'schema':
      description = `Schéma JSON (JSON Schema 2020-12) des enregistrements du jeu « ${f.dataset} » (${label}).`;
      break;
    case 'checksums':
      description = 'Empreintes SHA-256 de tous les fichiers publiés (format de sha256sum). Les fichiers des sous-dossiers sont publiés avec « -- » à la place de « / ».';
      break;
    case 'documentation':
      description = `Documentation : ${f.path}.`;
      break;
    default:
      description =
        f.path === 'build-manifest.json'
          ? "Manifeste de construction : version de l'outil, textes sources (avec leur empreinte) et nombre d'enregistrements par jeu."
          : f.path === 'datapackage.json'
            ? 'Descripteur Data Package (Frictionless) de l’ensemble des fichiers.'
            : `Métadonnées : ${f.path}.`;
  }
  description += `\n\nEmpreinte SHA-256 : \`${f.sha256}\``;
  return {
    title: entry.uploadName,
    description,
    type: f.kind === 'data' ? 'main' : 'documentation',
    schema: f.format === 'csv' && schemaUrl ? { url: schemaUrl } : null,
    extras: { [EXTRA_FILE]: f.assetName, [EXTRA_SHA256]: f.sha256 },
  };
}
