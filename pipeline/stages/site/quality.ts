/**
 * The quality-report section of the preview site (pure): renders dist/quality.json when the build passes it
 * (facts per kind and source, conflicts, single-source records, empty fields, evaluation scores…).
 *
 * The renderer does not depend on the exact shape of the report: objects become headed sub-sections, objects of
 * numbers become two-column tables, objects of objects and arrays of objects become tables, and long lists are
 * cut with a pointer to the file. A report that is absent gives no section; one that is not JSON gives a note.
 */
import { escapeHtml } from './html.ts';
import { formatDateFr } from './timeline.ts';

/** Rows shown per table before the list is cut (the whole report stays in quality.json). */
export const QUALITY_MAX_ROWS = 100;

const LABELS: Record<string, string> = {
  sources: 'Sources',
  source: 'Source',
  source_id: 'Source',
  facts: 'Faits',
  facts_per_kind: 'Faits par type',
  facts_by_kind: 'Faits par type',
  facts_per_source: 'Faits par source',
  facts_by_source: 'Faits par source',
  per_source: 'Par source',
  by_source: 'Par source',
  per_kind: 'Par type',
  by_kind: 'Par type',
  per_dataset: 'Par jeu de données',
  by_dataset: 'Par jeu de données',
  kind: 'Type',
  kinds: 'Types',
  dataset: 'Jeu de données',
  datasets: 'Jeux de données',
  record_id: 'Enregistrement',
  records: 'Enregistrements',
  field: 'Champ',
  fields: 'Champs',
  conflicts: 'Conflits entre sources',
  single_source: 'Enregistrements à source unique',
  single_source_records: 'Enregistrements à source unique',
  empty_fields: 'Champs vides',
  empty: 'Vides',
  evaluation: 'Évaluation',
  precision: 'Précision',
  recall: 'Rappel',
  f1: 'F1',
  tp: 'Vrais positifs',
  fp: 'Faux positifs',
  fn: 'Faux négatifs',
  true_positives: 'Vrais positifs',
  false_positives: 'Faux positifs',
  false_negatives: 'Faux négatifs',
  count: 'Nombre',
  total: 'Total',
  ratio: 'Proportion',
  share: 'Part',
  summary: 'Résumé',
  values: 'Valeurs',
  value: 'Valeur',
  title: 'Titre',
  name: 'Nom',
  id: 'Identifiant',
};

/** French label of a report key (known keys translated, others with spaces for underscores). */
export function qualityLabel(key: string): string {
  return LABELS[key] ?? key.replace(/_/g, ' ');
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const isObject = (v: Json): v is { [k: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v);
const isScalar = (v: Json) => v === null || typeof v !== 'object';
const isFlat = (v: Json) => isScalar(v) || (Array.isArray(v) && v.every(isScalar));

/** A number as written in French: decimal comma, at most three decimals; integers as they are. */
export function formatNumberFr(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Math.round(n * 1000) / 1000).replace('.', ',');
}

function scalar(v: Json): string {
  if (v === null) return '—';
  if (typeof v === 'number') return formatNumberFr(v);
  if (typeof v === 'boolean') return v ? 'oui' : 'non';
  if (typeof v === 'string') return escapeHtml(v);
  if (Array.isArray(v)) return v.length === 0 ? '—' : escapeHtml(v.map((x) => (typeof x === 'number' ? formatNumberFr(x) : String(x))).join(', '));
  return escapeHtml(JSON.stringify(v));
}

function cut(total: number): string {
  return total > QUALITY_MAX_ROWS
    ? `<p class="note">… et ${total - QUALITY_MAX_ROWS} autre${total - QUALITY_MAX_ROWS > 1 ? 's' : ''} : voir le fichier quality.json.</p>`
    : '';
}

function cell(v: Json): string {
  const numeric = typeof v === 'number';
  return `<td${numeric ? ' class="num"' : ''}>${scalar(v)}</td>`;
}

function table(caption: string, headers: string[], rows: Json[][], total: number): string {
  const head = headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const body = rows
    .slice(0, QUALITY_MAX_ROWS)
    .map((r) => `<tr>${r.map((v, i) => (i === 0 ? `<th scope="row">${scalar(v)}</th>` : cell(v))).join('')}</tr>`)
    .join('');
  return (
    `<div class="table-wrap fit"><table class="quality-table"><caption>${escapeHtml(caption)}</caption>` +
    `<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>${cut(total)}`
  );
}

function renderValue(key: string, value: Json, level: number): string {
  const label = qualityLabel(key);
  if (isFlat(value)) return `<p>${scalar(value)}</p>`;
  if (Array.isArray(value)) {
    if (value.every(isObject) && value.every((o) => Object.values(o).every(isFlat))) {
      const columns: string[] = [];
      for (const o of value) for (const k of Object.keys(o)) if (!columns.includes(k)) columns.push(k);
      const rows = value.map((o) => columns.map((c) => o[c] ?? null));
      return table(label, columns.map(qualityLabel), rows, value.length);
    }
    const items = value.slice(0, QUALITY_MAX_ROWS).map((v) => `<li>${renderValue(key, v, Math.min(level + 1, 7))}</li>`);
    return `<ol>${items.join('')}</ol>${cut(value.length)}`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '<p>—</p>';
  if (entries.every(([, v]) => isFlat(v))) {
    return table(label, ['Indicateur', 'Valeur'], entries.map(([k, v]) => [qualityLabel(k), v]), entries.length);
  }
  if (entries.every(([, v]) => isObject(v) && Object.values(v).every(isFlat))) {
    const columns: string[] = [];
    for (const [, o] of entries) for (const k of Object.keys(o as object)) if (!columns.includes(k)) columns.push(k);
    const rows = entries.map(([k, o]) => [k, ...columns.map((c) => (o as Record<string, Json>)[c] ?? null)]);
    return table(label, ['', ...columns.map(qualityLabel)], rows, entries.length);
  }
  return entries.map(([k, v]) => renderSub(k, v, level)).join('');
}

function renderSub(key: string, value: Json, level: number): string {
  const label = escapeHtml(qualityLabel(key));
  if (level > 6) return `<details><summary>${label}</summary>${renderValue(key, value, level)}</details>`;
  return `<h${level}>${label}</h${level}>${renderValue(key, value, level + 1)}`;
}

/** A fraction (0–1) as a French percentage: 0.7222 → « 72,2 % »; null → « — ». */
export function formatShareFr(v: Json | undefined): string {
  return typeof v === 'number' ? `${formatNumberFr(Math.round(v * 1000) / 10)}\u00a0%` : '—';
}

const num = (v: Json | undefined): v is number => typeof v === 'number';
const str = (v: Json | undefined): v is string => typeof v === 'string';
const arrayOfObjects = (v: Json | undefined): v is { [k: string]: Json }[] => Array.isArray(v) && v.every(isObject);
const countsOf = (v: Json | undefined): Record<string, number> | undefined =>
  isObject(v as Json) && Object.values(v as object).every((x) => typeof x === 'number') ? (v as Record<string, number>) : undefined;

/** A table of already-escaped cells; the first cell of a row is its header. */
function htmlTable(caption: string, headers: string[], rows: string[][], numericFrom = 1): string {
  const head = headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const body = rows
    .slice(0, QUALITY_MAX_ROWS)
    .map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td${i >= numericFrom ? ' class="num"' : ''}>${c}</td>`)).join('')}</tr>`)
    .join('');
  return (
    `<div class="table-wrap fit"><table class="quality-table"><caption>${escapeHtml(caption)}</caption>` +
    `<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>${cut(rows.length)}`
  );
}

const n = (v: Json | undefined) => (num(v) ? formatNumberFr(v) : '—');
const text = (v: Json | undefined) => (str(v) ? escapeHtml(v) : '—');

/** The sections of the report this page knows how to present; each returns undefined for a shape it does not know. */
const KNOWN: Record<string, (v: Json) => string | undefined> = {
  about: () => '',
  evaluation: (v) => {
    if (v === null) return '<h3>Évaluation de l’extraction</h3><p>Pas de résultats d’évaluation pour cette construction.</p>';
    if (!isObject(v) || !arrayOfObjects(v.kinds)) return undefined;
    const annotated = isObject(v.annotated ?? null) ? (v.annotated as { [k: string]: Json }) : {};
    const about =
      `Précision (part des enregistrements trouvés qui sont justes) et rappel (part des entrées annotées qui sont trouvées), ` +
      `mesurés sur ${n(annotated.texts)} textes annotés à la main (${n(annotated.entries)} entrées` +
      `${str(v.gold_date) ? `, annotations à jour au ${escapeHtml(formatDateFr(v.gold_date))}` : ''}).`;
    const row = (label: string, k: { [key: string]: Json }) => [
      label,
      text(k.dataset),
      text(k.field),
      n(k.gold),
      n(k.found),
      n(k.tp),
      formatShareFr(k.precision),
      formatShareFr(k.recall),
      formatShareFr(k.f1),
    ];
    const rows = v.kinds.map((k) => row(text(k.kind), k));
    if (isObject(v.all ?? null)) rows.push(row('<strong>ensemble</strong>', { ...(v.all as { [k: string]: Json }), dataset: null, field: null }));
    return (
      `<h3>Évaluation de l’extraction</h3><p>${about}</p>` +
      htmlTable('Précision et rappel par type d’entrée', ['Type', 'Jeu de données', 'Champ', 'Annotées', 'Trouvées', 'Justes', 'Précision', 'Rappel', 'F1'], rows, 3)
    );
  },
  sources: (v) => {
    if (!arrayOfObjects(v) || !v.every((s) => str(s.id) && isObject(s.facts ?? null))) return undefined;
    const facts = v.map((s) => s.facts as { [k: string]: Json });
    const kinds: string[] = [];
    for (const f of facts) for (const [k, c] of Object.entries(countsOf(f.by_kind) ?? {})) if (c > 0 && !kinds.includes(k)) kinds.push(k);
    const name = (s: { [k: string]: Json }) => (str(s.title) ? `${escapeHtml(s.title)} <span class="mono">(${escapeHtml(s.id as string)})</span>` : `<span class="mono">${escapeHtml(s.id as string)}</span>`);
    const records = (s: { [k: string]: Json }) => {
      const c = countsOf(s.records);
      return c ? formatNumberFr(Object.values(c).reduce((a, b) => a + b, 0)) : '—';
    };
    return (
      `<h3>Par source</h3>` +
      htmlTable('Faits, enregistrements et conflits par source', ['Source', 'Date', 'Faits', 'Enregistrements', 'À source unique', 'Conflits'], v.map((s) => [name(s), text(s.date), n((s.facts as { [k: string]: Json }).total), records(s), n(s.single_source_records), n(s.conflicts)]), 2) +
      (kinds.length
        ? htmlTable('Faits par source et par type', ['Source', ...kinds], v.map((s) => [`<span class="mono">${escapeHtml(s.id as string)}</span>`, ...kinds.map((k) => n(countsOf((s.facts as { [k: string]: Json }).by_kind)?.[k] ?? 0))]))
        : '')
    );
  },
  facts: (v) => {
    if (!isObject(v)) return undefined;
    const byKind = countsOf(v.by_kind);
    if (!byKind) return undefined;
    const without = countsOf(v.without_record) ?? {};
    const rows = Object.entries(byKind).map(([k, c]) => [escapeHtml(k), formatNumberFr(c), n(without[k])]);
    rows.push(['<strong>total</strong>', n(v.total), formatNumberFr(Object.values(without).reduce((a, b) => a + b, 0))]);
    return `<h3>Faits par type</h3>` + htmlTable('Faits par type, et ceux qui ne donnent aucun enregistrement publié', ['Type', 'Faits', 'Sans enregistrement'], rows);
  },
  datasets: (v) => {
    if (!arrayOfObjects(v) || !v.every((d) => str(d.name))) return undefined;
    const rows = v.map((d) => {
      const single = isObject(d.single_source ?? null) ? (d.single_source as { [k: string]: Json }) : undefined;
      return [
        `<a href="#donnees-${escapeHtml(d.name as string)}">${escapeHtml(d.name as string)}</a>`,
        n(d.records),
        single ? `${n(single.records)} (${formatShareFr(single.share)})` : '—',
        n(d.conflicts),
      ];
    });
    return `<h3>Par jeu de données</h3>` + htmlTable('Enregistrements, enregistrements à source unique et conflits par jeu de données', ['Jeu de données', 'Enregistrements', 'À source unique', 'Conflits'], rows);
  },
  conflicts: (v) => {
    if (!isObject(v) || !num(v.total)) return undefined;
    const pairs = arrayOfObjects(v.by_source_pair) ? v.by_source_pair : [];
    const byDataset = countsOf(v.by_dataset) ?? {};
    return (
      `<h3>Conflits entre sources</h3><p>${n(v.total)} conflit${v.total > 1 ? 's' : ''} ` +
      `(${Object.entries(byDataset).map(([d, c]) => `${escapeHtml(d)} : ${formatNumberFr(c)}`).join(', ') || 'aucun'}) ; le détail est dans le tableau <a href="#donnees-conflicts">Conflits entre sources</a>.</p>` +
      (pairs.length
        ? htmlTable('Paires de sources en désaccord', ['Sources', 'Conflits'], pairs.map((p) => [Array.isArray(p.sources) ? p.sources.map((s) => `<span class="mono">${escapeHtml(String(s))}</span>`).join(' et ') : '—', n(p.conflicts)]))
        : '')
    );
  },
  empty_fields: (v) => {
    if (!arrayOfObjects(v)) return undefined;
    const rows = v.map((e) => [`${text(e.dataset)}.${text(e.field)}`, n(e.empty), n(e.records), formatShareFr(e.share)]);
    return (
      `<h3>Champs vides</h3><p>Les champs le plus souvent vides (les textes ne disent pas la valeur), par part d’enregistrements.</p>` +
      htmlTable('Champs vides, les plus fréquents d’abord', ['Champ', 'Vides', 'Enregistrements', 'Part'], rows)
    );
  },
};

/** Order of the known sections on the page (the most read first); unknown ones follow in file order. */
const SECTION_ORDER = ['evaluation', 'datasets', 'sources', 'facts', 'conflicts', 'empty_fields'];

/**
 * HTML of the quality section's body, or undefined when there is no report. `text` is the content of
 * quality.json as written in dist/; `href` is where the page links to the file. Known sections get a tailored
 * presentation; anything else (or a known key with another shape) is rendered generically.
 */
export function renderQuality(text: string | undefined, href: string): string | undefined {
  if (text === undefined) return undefined;
  let report: Json;
  try {
    report = JSON.parse(text) as Json;
  } catch {
    return `<p>Le rapport <a href="${escapeHtml(href)}">quality.json</a> n'est pas du JSON lisible ; il n'est pas affiché ici.</p>`;
  }
  const intro = `<p>Le rapport complet est dans <a href="${escapeHtml(href)}">quality.json</a>.</p>`;
  if (!isObject(report)) return intro + renderValue('rapport', report, 3);
  const keys = Object.keys(report);
  const ordered = [...SECTION_ORDER.filter((k) => keys.includes(k)), ...keys.filter((k) => !SECTION_ORDER.includes(k))];
  return (
    intro +
    ordered
      .map((k) => {
        const value = report[k] as Json;
        const known = KNOWN[k]?.(value);
        return known ?? renderSub(k, value, 3);
      })
      .join('')
  );
}
