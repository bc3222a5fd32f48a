/**
 * Site stage (pure): the datasets (and the other rendered dist files, for the quality report) → site/index.html,
 * one self-contained preview page: dataset tables (sortable, filterable), download links, organisation chart
 * (SVG computed here), timeline of events, source quotes of every record, quality report when there is one.
 *
 * Same input, same bytes: nothing is read from the clock or the environment. The page needs no server and no
 * network (inline CSS and script, data embedded as JSON, a Content-Security-Policy that allows nothing else), so it
 * works opened from disk. See docs/site.md.
 */
import { createHash } from 'node:crypto';
import type { DatasetName, Datasets, EventRecord, OrganisationRecord } from '../../types/records.ts';
import { columnsOf, CONTEXT_PATH, DATASETS_IN_ORDER, PACKAGE_META, schemaPath, type Column } from '../package/contract.ts';
import { SITE_CSS, SITE_SCRIPT } from './assets.ts';
import { escapeHtml, flatAssetName, jsonForScript } from './html.ts';
import { chartSubset, layoutOrgChart, orgName, renderOrgChartSvg, renderOrgOutline } from './org-chart.ts';
import { renderQuality } from './quality.ts';
import { renderTimeline, sortEvents } from './timeline.ts';

/** Where the page is written, relative to dist/. */
export const SITE_PATH = 'site/index.html';
/** The quality report, when a build passes it in `files`. */
export const QUALITY_PATH = 'quality.json';
/** Rows a table shows before its "show more" button. */
export const TABLE_PAGE_ROWS = 100;

/**
 * Rows of a dataset embedded in the page, at most: the page is a preview that a browser must open quickly, so a
 * large dataset shows its first rows (in the order of the dataset) and links to its files (a 100 MB corpus would otherwise give a
 * page of several hundred megabytes).
 */
export const SITE_MAX_ROWS = 5000;

/** Organisations drawn in the org chart and events in the timeline, at most (same reason). */
export const SITE_MAX_CHART = 500;
export const SITE_MAX_EVENTS = 1000;
/** Relative path from the page to dist/ (the page is in dist/site/). */
const TO_DIST = '../';

export interface SiteOptions {
  /**
   * Absolute URL the published files are downloaded from, ending with "/" (`download_base_url` of
   * config/publication.json, e.g. https://github.com/OWNER/REPO/releases/latest/download/). When given, every
   * download link has a second link to the published file (asset name: path with "/" → "--").
   */
  downloadBaseUrl?: string;
}

/** French title and one-line description of each dataset (the UI text; the schemas' descriptions are English). */
export const DATASET_TEXT: Record<DatasetName, { title: string; intro: string }> = {
  sources: { title: 'Sources', intro: 'Les textes dont les données sont extraites : un enregistrement par texte, avec son origine, sa licence et l’empreinte sha256 de ses octets.' },
  organisations: { title: 'Organisations', intro: 'Services, directions, programmes et réseaux nommés par les textes, fusionnés entre sources : nom, sigle, type, unité de rattachement et date de création.' },
  events: { title: 'Événements', intro: 'Événements datés (création, changement de nom, fusion, lancement, publication…), chacun à la précision de date que donne le texte.' },
  legal_texts: { title: 'Textes juridiques', intro: 'Décrets, arrêtés, lois et circulaires cités par les sources, avec leur numéro et leur date.' },
  people: { title: 'Personnes', intro: 'Personnes nommées par les textes, avec leur fonction et leur organisation.' },
  products: { title: 'Produits et services', intro: 'Produits numériques et services publics nommés par les textes, avec l’organisation qui les opère.' },
  contacts: { title: 'Contacts', intro: 'Adresses électroniques de contact publiées dans les textes, avec leur organisation.' },
  figures: { title: 'Chiffres', intro: 'Nombres avec une unité (budgets, effectifs, utilisateurs…), avec leur qualificatif et la citation exacte.' },
  committees: { title: 'Instances', intro: 'Instances de gouvernance (comités, conseils, réunions de réseaux) avec leur fréquence, leurs participants et leurs sujets.' },
  links: { title: 'Liens', intro: 'Adresses web citées par les textes, avec le texte du lien.' },
  conflicts: { title: 'Conflits entre sources', intro: 'Champs sur lesquels les sources ne disent pas la même chose : pour un enregistrement et un champ, les valeurs et la source de chacune.' },
  facts: { title: 'Faits et citations', intro: 'Chaque constat des extracteurs avec sa provenance : texte source, position et citation exacte. Les autres jeux de données y renvoient par fact_ids.' },
};

/** Files of dist/ listed in the downloads section besides the datasets: path → description. */
const OTHER_FILES: { path: string; text: string; optional?: boolean }[] = [
  { path: 'README.md', text: 'Dictionnaire des données (toutes les colonnes de tous les jeux)' },
  { path: 'datapackage.json', text: 'Data Package Frictionless : une ressource par CSV, avec son schéma de table' },
  { path: 'catalog.jsonld', text: 'Catalogue DCAT (JSON-LD)', optional: true },
  { path: QUALITY_PATH, text: 'Rapport de qualité', optional: true },
  { path: 'CHANGES.md', text: 'Changements depuis la publication précédente', optional: true },
  { path: CONTEXT_PATH, text: 'Contexte JSON-LD des fichiers .jsonld' },
  { path: 'build-manifest.json', text: 'Manifeste de construction : outil, sources et leurs empreintes, effectifs, fichiers' },
  { path: 'SHA256SUMS', text: 'Empreintes sha256 de tous les fichiers (sha256sum -c SHA256SUMS)' },
];

type ColumnKind = 'string' | 'number' | 'array' | 'facts' | 'url';

/** How the page script shows a column (embedded with the data). */
export interface ColumnView {
  name: string;
  kind: ColumnKind;
  /** CSS classes of its cells. */
  cls: string;
}

const WIDE_COLUMNS = new Set(['name', 'title', 'description', 'quote', 'measure', 'subject_name', 'alt_names', 'topics', 'participants', 'values']);
const URL_COLUMNS = new Set(['url', 'origin']);

function columnView(column: Column): ColumnView {
  const n = column.name;
  const kind: ColumnKind =
    n === 'fact_ids' ? 'facts' : URL_COLUMNS.has(n) ? 'url' : column.kind === 'integer' || column.kind === 'number' ? 'number' : column.kind === 'array' ? 'array' : 'string';
  const mono = n === 'id' || n.endsWith('_id') || n === 'sha256' || n === 'file';
  // Source ids are long: one per line, wide enough not to wrap.
  const cls = kind === 'number' ? 'num' : kind === 'facts' ? 'cites' : kind === 'url' ? 'link' : n === 'sources' ? 'mono src' : mono ? 'mono' : WIDE_COLUMNS.has(n) ? 'wide' : '';
  return { name: n, kind, cls };
}

/**
 * A dataset as embedded in the page: its columns and its records as rows (values in column order). The columns are
 * the schema's, except that the record's quotes (fact_ids) come second, next to the id, where they are seen.
 */
export function tableData(name: DatasetName, records: readonly object[]): { name: DatasetName; columns: ColumnView[]; rows: unknown[][] } {
  const all = columnsOf(name).map(columnView);
  const columns = [...all.slice(0, 1), ...all.filter((c) => c.kind === 'facts'), ...all.slice(1).filter((c) => c.kind !== 'facts')];
  const rows = records.map((r) => columns.map((c) => (r as Record<string, unknown>)[c.name] ?? null));
  return { name, columns, rows };
}

const sha256Base64 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

function downloadLinks(paths: { path: string; label: string }[], what: string, baseUrl: string | undefined): string {
  const local = paths
    .map((p) => `<li><a href="${escapeHtml(TO_DIST + p.path)}">${escapeHtml(p.label)}<span class="sr-only"> : ${escapeHtml(what)}</span></a></li>`)
    .join('');
  let html = `<ul class="downloads"><li class="lead">Télécharger :</li>${local}</ul>`;
  if (baseUrl) {
    const remote = paths
      .map(
        (p) =>
          `<li><a href="${escapeHtml(baseUrl + flatAssetName(p.path))}">${escapeHtml(p.label)}<span class="sr-only"> : ${escapeHtml(what)}, dernière publication</span></a></li>`,
      )
      .join('');
    html += `<ul class="downloads release"><li class="lead">Depuis la dernière publication :</li>${remote}</ul>`;
  }
  return html;
}

function datasetSection(name: DatasetName, total: number, baseUrl: string | undefined): string {
  const shown = Math.min(total, SITE_MAX_ROWS);
  const data = tableData(name, []);
  const text = DATASET_TEXT[name];
  const title = escapeHtml(text.title);
  const schemaColumns = new Map(columnsOf(name).map((c) => [c.name, c]));
  const head = data.columns
    .map((c) => {
      const description = schemaColumns.get(c.name)?.schema.description ?? '';
      const label = c.kind === 'facts' ? 'citations' : c.name;
      return (
        `<th scope="col"${c.cls ? ` class="${c.cls}"` : ''}><button type="button" class="sort" title="${escapeHtml(description)}">` +
        `${escapeHtml(label)}<span class="sort-icon" aria-hidden="true"></span></button></th>`
      );
    })
    .join('');
  const files = [
    { path: `${name}.csv`, label: 'CSV' },
    { path: `${name}.json`, label: 'JSON' },
    { path: `${name}.jsonld`, label: 'JSON-LD' },
    { path: schemaPath(name), label: 'schéma JSON' },
  ];
  return (
    `<section id="donnees-${name}" aria-labelledby="h-${name}">` +
    `<h2 id="h-${name}">${title} <span class="count">(${total})</span></h2>` +
    `<p class="intro">${escapeHtml(text.intro)}</p>` +
    downloadLinks(files, text.title, baseUrl) +
    `<div class="controls"><label for="filter-${name}">Filtrer : ${escapeHtml(text.title.toLowerCase())}</label>` +
    `<input type="search" id="filter-${name}" autocomplete="off" spellcheck="false" aria-describedby="hint-${name}">` +
    `<span class="count" id="count-${name}" role="status">${shown} / ${shown}</span></div>` +
    (shown < total
      ? `<p class="hint">Aperçu : les ${shown} premières lignes sur ${total} ; le jeu complet est dans les fichiers ci-dessus.</p>`
      : '') +
    `<p class="hint" id="hint-${name}">Chaque mot saisi doit apparaître dans la ligne (majuscules et accents ignorés). ` +
    `Un en-tête de colonne trie le tableau (clic ou Entrée ; une deuxième fois : ordre inverse).</p>` +
    `<div class="table-wrap"><table id="table-${name}"><caption>${title} : une ligne par enregistrement</caption>` +
    `<thead><tr>${head}</tr></thead><tbody></tbody></table></div>` +
    `<noscript><p>Le tableau s’affiche avec JavaScript ; sans JavaScript, téléchargez le <a href="${escapeHtml(TO_DIST + name)}.csv">fichier CSV</a>.</p></noscript>` +
    `<button type="button" class="more" id="more-${name}" hidden></button>` +
    `</section>`
  );
}

function downloadsSection(datasets: Datasets, files: ReadonlyMap<string, string>, baseUrl: string | undefined): string {
  const rows = OTHER_FILES.filter((f) => !f.optional || files.has(f.path)).map((f) => {
    const local = `<a href="${escapeHtml(TO_DIST + f.path)}">${escapeHtml(f.path)}</a>`;
    const remote = baseUrl ? `<td><a href="${escapeHtml(baseUrl + flatAssetName(f.path))}">${escapeHtml(flatAssetName(f.path))}<span class="sr-only"> (dernière publication)</span></a></td>` : '';
    return `<tr><th scope="row">${local}</th><td>${escapeHtml(f.text)}</td>${remote}</tr>`;
  });
  const datasetRows = DATASETS_IN_ORDER.map((name) => {
    const remote = baseUrl ? `<td><a href="${escapeHtml(`${baseUrl}${name}.csv`)}">${escapeHtml(name)}.csv<span class="sr-only"> (dernière publication)</span></a></td>` : '';
    return `<tr><th scope="row"><a href="${escapeHtml(TO_DIST + name)}.csv">${escapeHtml(name)}.csv</a></th><td>${escapeHtml(DATASET_TEXT[name].title)} : ${datasets[name].length} enregistrement${datasets[name].length > 1 ? 's' : ''} (aussi en .json et .jsonld)</td>${remote}</tr>`;
  });
  const explain = baseUrl
    ? `<p>Les liens de la première colonne visent les fichiers voisins de ce site (dossier <code>dist/</code>, la page étant dans <code>dist/site/</code>) ; ceux de la dernière colonne, les fichiers de la dernière publication (<a href="${escapeHtml(baseUrl)}">${escapeHtml(baseUrl)}</a>).</p>`
    : `<p>Les liens visent les fichiers voisins de ce site : la page est dans <code>dist/site/</code>, les données dans <code>dist/</code>.</p>`;
  return (
    `<section id="telechargements" aria-labelledby="h-telechargements"><h2 id="h-telechargements">Téléchargements</h2>${explain}` +
    `<div class="table-wrap fit"><table class="quality-table"><caption>Fichiers de la publication</caption>` +
    `<thead><tr><th scope="col">Fichier</th><th scope="col">Contenu</th>${baseUrl ? '<th scope="col">Dernière publication</th>' : ''}</tr></thead>` +
    `<tbody>${[...datasetRows, ...rows].join('')}</tbody></table></div></section>`
  );
}

function chartSection(organisations: readonly OrganisationRecord[]): string {
  const drawn = chartSubset(organisations, SITE_MAX_CHART);
  const layout = layoutOrgChart(drawn);
  const rootCount = layout.roots.length;
  const svg = renderOrgChartSvg(layout, 'h-organigramme chart-desc');
  const part =
    drawn.length < organisations.length
      ? `${organisations.length} organisations ; le schéma en montre ${drawn.length}, par arbres entiers (d’abord les organisations de premier niveau qui ont des unités), ` +
        `dont ${rootCount} de premier niveau (sans rattachement connu dans les textes) ; toutes sont dans organisations.csv. `
      : `${organisations.length} organisations, dont ${rootCount} de premier niveau (sans rattachement connu dans les textes). `;
  return (
    `<section id="organigramme" aria-labelledby="h-organigramme"><h2 id="h-organigramme">Organigramme</h2>` +
    `<p id="chart-desc">${part}` +
    `Les unités sont placées à droite de l’organisation dont elles dépendent (parent_id). Le nom complet s’affiche au survol d’un rectangle ; ` +
    `la liste sous le schéma donne la même hiérarchie en texte.</p>` +
    `<ul class="legend"><li><span class="swatch root" aria-hidden="true"></span>organisation de premier niveau avec des unités</li>` +
    `<li><span class="swatch unit" aria-hidden="true"></span>unité rattachée</li>` +
    `<li><span class="swatch single" aria-hidden="true"></span>organisation de premier niveau sans unité connue</li></ul>` +
    `<div class="chart-wrap">${svg}</div>` +
    `<details class="outline"><summary>L’organigramme sous forme de liste</summary>${renderOrgOutline(layout)}</details></section>`
  );
}

function timelineSection(events: readonly EventRecord[], organisations: readonly OrganisationRecord[]): string {
  const shown = events.length > SITE_MAX_EVENTS ? sortEvents(events).slice(0, SITE_MAX_EVENTS) : events;
  const names = new Map(organisations.map((o) => [o.id, o.acronym ? `${orgName(o)} (${o.acronym})` : orgName(o)]));
  return (
    `<section id="chronologie" aria-labelledby="h-chronologie"><h2 id="h-chronologie">Chronologie</h2>` +
    `<p>${events.length} événement${events.length > 1 ? 's' : ''}, du plus ancien au plus récent${shown.length < events.length ? ` (les ${shown.length} premiers ici ; tous sont dans events.csv)` : ''}. Chaque date est donnée à la précision du texte : année, mois, jour ou période.</p>` +
    `${renderTimeline(shown, names)}</section>`
  );
}

/** The whole page (one HTML document). */
export function renderSitePage(datasets: Datasets, files: ReadonlyMap<string, string>, options: SiteOptions = {}): string {
  return [...renderSitePageChunks(datasets, files, options)].join('');
}

/** Rows per chunk of the embedded data. */
const DATA_CHUNK_ROWS = 2000;

/**
 * jsonForScript({ page, sourceTitles, datasets: tables }), in chunks of rows: the same text (compact JSON is the
 * concatenation of its members' JSON, and jsonForScript's escapes are character by character), without building
 * the rows of every table, nor the whole data, as one value or one string.
 */
function* siteDataChunks(datasets: Datasets, sourceTitles: Record<string, string>): Generator<string> {
  yield `{"page":${jsonForScript(TABLE_PAGE_ROWS)},"sourceTitles":${jsonForScript(sourceTitles)},"datasets":[`;
  for (const [i, name] of DATASETS_IN_ORDER.entries()) {
    const records = (datasets[name] as readonly object[]).slice(0, SITE_MAX_ROWS);
    const { columns } = tableData(name, []);
    yield `${i ? ',' : ''}{"name":${jsonForScript(name)},"columns":${jsonForScript(columns)},"rows":[`;
    for (let k = 0; k < records.length; k += DATA_CHUNK_ROWS) {
      const rows = tableData(name, records.slice(k, k + DATA_CHUNK_ROWS)).rows;
      yield (k ? ',' : '') + rows.map((row) => jsonForScript(row)).join(',');
    }
    yield ']}';
  }
  yield ']}';
}

/** The page in chunks (renderSitePage joins them): the embedded data, as large as the datasets, is never one string. */
export function* renderSitePageChunks(datasets: Datasets, files: ReadonlyMap<string, string>, options: SiteOptions = {}): Generator<string> {
  const baseUrl = options.downloadBaseUrl ? (options.downloadBaseUrl.endsWith('/') ? options.downloadBaseUrl : `${options.downloadBaseUrl}/`) : undefined;
  const sourceTitles = Object.fromEntries(datasets.sources.map((s) => [s.id, s.title ?? s.id]));
  const quality = renderQuality(files.get(QUALITY_PATH), TO_DIST + QUALITY_PATH);
  const title = PACKAGE_META.title;
  const licence = PACKAGE_META.licenses[0];
  const counts = `${datasets.sources.length} sources, ${datasets.organisations.length} organisations, ${datasets.events.length} événements, ${datasets.facts.length} citations`;

  const nav = [
    ['#organigramme', 'Organigramme'],
    ['#chronologie', 'Chronologie'],
    ['#telechargements', 'Téléchargements'],
    ...DATASETS_IN_ORDER.map((name) => [`#donnees-${name}`, DATASET_TEXT[name].title]),
    ...(quality !== undefined ? [['#qualite', 'Rapport de qualité']] : []),
  ]
    .map(([href, text]) => `<li><a href="${href}">${escapeHtml(text as string)}</a></li>`)
    .join('');

  const csp = [
    "default-src 'none'",
    `script-src 'sha256-${sha256Base64(SITE_SCRIPT)}'`,
    `style-src 'sha256-${sha256Base64(SITE_CSS)}'`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

  const before = [
    '<!doctype html>',
    '<html lang="fr">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    `<title>${escapeHtml(title)} : aperçu des données</title>`,
    '<link rel="icon" href="data:,">',
    `<style>${SITE_CSS}</style>`,
    '</head>',
    '<body>',
    '<a class="skip" href="#contenu">Aller au contenu</a>',
    `<header class="site-header"><h1>${escapeHtml(title)}</h1>`,
    `<p>Aperçu des jeux de données extraits de textes administratifs (${escapeHtml(counts)}). Chaque enregistrement renvoie aux citations exactes de ses sources.</p></header>`,
    `<nav class="toc" aria-label="Sommaire et jeux de données"><ul>${nav}</ul></nav>`,
    '<main id="contenu" tabindex="-1">',
    chartSection(datasets.organisations),
    timelineSection(datasets.events, datasets.organisations),
    downloadsSection(datasets, files, baseUrl),
    ...DATASETS_IN_ORDER.map((name) => datasetSection(name, datasets[name].length, baseUrl)),
    quality !== undefined ? `<section id="qualite" aria-labelledby="h-qualite"><h2 id="h-qualite">Rapport de qualité</h2>${quality}</section>` : '',
    '</main>',
    `<footer class="site-footer"><p>Page générée par le pipeline etat-numerique à partir des fichiers de cette publication.` +
      (licence ? ` Données sous ${escapeHtml(licence.title)} (<a href="${escapeHtml(licence.path)}">texte de la licence</a>).` : '') +
      `</p></footer>`,
    `<script type="application/json" id="site-data">`,
  ].join('\n');
  yield before;
  yield* siteDataChunks(datasets, sourceTitles);
  yield ['</script>', `<script>${SITE_SCRIPT}</script>`, '</body>', '</html>', ''].join('\n');
}

/**
 * The preview site as dist files: `site/index.html` → its HTML. `files` are the other rendered dist files (the
 * quality report is shown when `quality.json` is among them; optional files are listed when present).
 */
export function renderSite(datasets: Datasets, files: ReadonlyMap<string, string>, options: SiteOptions = {}): Map<string, string> {
  return new Map([[SITE_PATH, renderSitePage(datasets, files, options)]]);
}

/** renderSite with the page as chunks, for a build that writes it as it is rendered (pipeline/run.ts). */
export function renderSiteChunks(datasets: Datasets, files: ReadonlyMap<string, string>, options: SiteOptions = {}): Map<string, () => Iterable<string>> {
  return new Map([[SITE_PATH, () => renderSitePageChunks(datasets, files, options)]]);
}
