/**
 * The organisation chart of the preview site (pure): a left-to-right tidy tree computed from the `organisations`
 * records (parent_id), rendered as an inline SVG, plus the same hierarchy as a nested list (text alternative).
 *
 * Layout: every organisation without a parent (parent_id null, or pointing at no record) is a root. Roots that
 * have units under them are drawn as trees, one under the other: depth goes right, leaves take one row each and
 * a parent sits at the middle of its children. Roots without units are laid out in a grid below, so that a long
 * list of isolated bodies does not make one very tall column. A parent chain that loops (a data error) is cut at
 * its smallest id, which becomes a root: every record is drawn exactly once.
 */
import type { OrganisationRecord } from '../../types/records.ts';
import { compareText, escapeHtml } from './html.ts';

/** Geometry, in SVG user units (= CSS pixels: the SVG is drawn at its natural size). */
export const CHART = {
  nodeWidth: 244,
  nodeHeight: 54,
  lineHeight: 15,
  /** Lines of text in a box. */
  maxLines: 3,
  columnGap: 36,
  rowGap: 12,
  padding: 16,
  sectionLabelHeight: 34,
  /** Columns of the grid of roots without units (and the minimum width of the chart, in columns). */
  gridColumns: 4,
  /** Characters per label line: DejaVu Sans, the widest common fallback, fits ~28 at 13px in a node. */
  lineChars: 28,
} as const;

const COLUMN_STEP = CHART.nodeWidth + CHART.columnGap;
const ROW_STEP = CHART.nodeHeight + CHART.rowGap;

export interface ChartNode {
  id: string;
  /** The lines drawn in the box: the acronym then the name, or the name alone, wrapped (CHART.maxLines at most). */
  lines: string[];
  /** Whether the first line is an acronym (drawn bold). */
  acronymFirst: boolean;
  /** Full description for the tooltip (<title>) and the text list. */
  title: string;
  parent_id: string | null;
  depth: number;
  /** Top-left corner of the box. */
  x: number;
  y: number;
  root: boolean;
  /** A root with no unit under it (drawn in the grid). */
  single: boolean;
  children: string[];
}

export interface OrgChartLayout {
  width: number;
  height: number;
  /** Every organisation once, in drawing order (trees depth-first, then the grid). */
  nodes: ChartNode[];
  /** Ids of the root nodes, in drawing order. */
  roots: string[];
  /** Section captions drawn in the SVG. */
  labels: { text: string; x: number; y: number }[];
}

/** Display name of an organisation: name, else acronym, else id. */
export function orgName(org: Pick<OrganisationRecord, 'id' | 'name' | 'acronym'>): string {
  return org.name ?? org.acronym ?? org.id;
}

/**
 * Splits text into at most `maxLines` lines of at most `width` characters, at spaces. When the text does not fit,
 * the last line ends with "…" (a word longer than a line is cut too).
 */
export function wrapLabel(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (candidate.length <= width || current === '') current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== '') lines.push(current);
  const kept = lines.slice(0, maxLines).map((l) => (l.length > width ? `${l.slice(0, width - 1)}…` : l));
  const lastIndex = kept.length - 1;
  const last = kept[lastIndex];
  if (lines.length > maxLines && last !== undefined && !last.endsWith('…')) {
    kept[lastIndex] = last.length < width ? `${last}…` : `${last.slice(0, width - 1)}…`;
  }
  return kept;
}

function labelOf(org: OrganisationRecord): { lines: string[]; acronymFirst: boolean } {
  if (org.acronym) {
    const second = org.name ? wrapLabel(org.name, CHART.lineChars, CHART.maxLines - 1) : org.type ? [org.type] : [];
    return { lines: [org.acronym, ...second], acronymFirst: true };
  }
  return { lines: wrapLabel(orgName(org), CHART.lineChars, CHART.maxLines), acronymFirst: false };
}

function titleOf(org: OrganisationRecord, orphan: boolean): string {
  const parts = [org.name && org.acronym ? `${org.name} (${org.acronym})` : orgName(org)];
  if (org.type) parts.push(org.type);
  if (orphan) parts.push(`rattachement inconnu : ${org.parent_id ?? ''}`);
  return parts.join(' — ');
}

/** Sort key of an organisation in the chart: its displayed label, then its id. */
function compareOrgs(a: OrganisationRecord, b: OrganisationRecord): number {
  return compareText(a.acronym ?? orgName(a), b.acronym ?? orgName(b)) || compareText(a.id, b.id);
}

/**
 * The records by id (the first of equal ids), the top-level ones (no parent, itself as parent, or a parent that is
 * not a record) and the units under each parent, in input order.
 */
function hierarchyOf(organisations: readonly OrganisationRecord[]) {
  const byId = new Map<string, OrganisationRecord>();
  for (const org of organisations) if (!byId.has(org.id)) byId.set(org.id, org);
  const childrenOf = new Map<string, OrganisationRecord[]>();
  const roots: OrganisationRecord[] = [];
  for (const org of byId.values()) {
    const parent = org.parent_id;
    if (parent === null || parent === org.id || !byId.has(parent)) roots.push(org);
    else {
      // In place: a copy per child was quadratic in the units of one organisation.
      const list = childrenOf.get(parent);
      if (list) list.push(org);
      else childrenOf.set(parent, [org]);
    }
  }
  return { byId, roots, childrenOf };
}

/**
 * At most `max` organisations for the chart of a large corpus, as whole trees: first the organisations of the
 * first level that have units (the hierarchy is what the chart is for), then the others, each group in id order,
 * each with every unit under it, while they fit. Fewer than `max` organisations are returned as they are.
 */
export function chartSubset(organisations: readonly OrganisationRecord[], max: number): readonly OrganisationRecord[] {
  if (organisations.length <= max) return organisations;
  const { roots, childrenOf } = hierarchyOf(organisations);
  const byId = (a: OrganisationRecord, b: OrganisationRecord) => compareText(a.id, b.id);
  const withUnits = roots.filter((r) => childrenOf.has(r.id)).sort(byId);
  const alone = roots.filter((r) => !childrenOf.has(r.id)).sort(byId);
  const chosen: OrganisationRecord[] = [];
  const seen = new Set<string>();
  for (const root of [...withUnits, ...alone]) {
    const tree: OrganisationRecord[] = [];
    const stack = [root];
    while (stack.length) {
      const org = stack.pop()!;
      if (seen.has(org.id)) continue;
      seen.add(org.id);
      tree.push(org);
      stack.push(...(childrenOf.get(org.id) ?? []));
    }
    if (chosen.length + tree.length > max) {
      for (const org of tree) seen.delete(org.id);
      continue;
    }
    chosen.push(...tree);
    if (chosen.length === max) break;
  }
  return chosen;
}

/** Computes the chart (pure, deterministic: the order of the input records does not matter). */
export function layoutOrgChart(organisations: readonly OrganisationRecord[]): OrgChartLayout {
  const { byId, roots: rootCandidates, childrenOf } = hierarchyOf(organisations);
  for (const list of childrenOf.values()) list.sort(compareOrgs);

  // Roots: records without a (known) parent, then one record per loop (smallest id), until every record is reached.
  const reached = new Set<string>();
  const reach = (id: string) => {
    const stack = [id];
    while (stack.length) {
      const current = stack.pop() as string;
      if (reached.has(current)) continue;
      reached.add(current);
      for (const child of childrenOf.get(current) ?? []) stack.push(child.id);
    }
  };
  const roots = [...rootCandidates];
  for (const r of roots) reach(r.id);
  const unreached = [...byId.keys()].filter((id) => !reached.has(id)).sort();
  for (const id of unreached) {
    if (reached.has(id)) continue;
    roots.push(byId.get(id) as OrganisationRecord);
    reach(id);
  }
  const rootIds = new Set(roots.map((r) => r.id));
  const kids = (id: string) => (childrenOf.get(id) ?? []).filter((c) => !rootIds.has(c.id));
  const size = (id: string, seen = new Set<string>()): number => {
    if (seen.has(id)) return 0;
    seen.add(id);
    return 1 + kids(id).reduce((n, c) => n + size(c.id, seen), 0);
  };
  const trees = roots.filter((r) => kids(r.id).length > 0).sort((a, b) => size(b.id) - size(a.id) || compareOrgs(a, b));
  const singles = roots.filter((r) => kids(r.id).length === 0).sort(compareOrgs);

  const nodes: ChartNode[] = [];
  const labels: OrgChartLayout['labels'] = [];
  const pad = CHART.padding;
  let top = pad;
  let maxDepth = 0;
  const placed = new Set<string>();

  if (trees.length > 0) {
    labels.push({ text: 'Organisations et leurs unités', x: pad, y: top + 20 });
    top += CHART.sectionLabelHeight;
    let row = 0;
    // Depth-first: a leaf takes the next row; a parent is centred on its children.
    const place = (org: OrganisationRecord, depth: number, isRoot: boolean): ChartNode => {
      placed.add(org.id);
      const children = kids(org.id).filter((c) => !placed.has(c.id));
      const node: ChartNode = {
        id: org.id,
        ...labelOf(org),
        title: titleOf(org, isRoot && org.parent_id !== null),
        parent_id: isRoot ? null : org.parent_id,
        depth,
        x: pad + depth * COLUMN_STEP,
        y: 0,
        root: isRoot,
        single: false,
        children: [],
      };
      nodes.push(node);
      maxDepth = Math.max(maxDepth, depth);
      const placedChildren = children.filter((c) => !placed.has(c.id)).map((c) => place(c, depth + 1, false));
      node.children = placedChildren.map((c) => c.id);
      if (placedChildren.length === 0) {
        node.y = top + row * ROW_STEP;
        row++;
      } else {
        const first = placedChildren[0] as ChartNode;
        const last = placedChildren[placedChildren.length - 1] as ChartNode;
        node.y = (first.y + last.y) / 2;
      }
      return node;
    };
    trees.forEach((tree, index) => {
      if (index > 0) row += 0.5; // a half-row gap between two trees
      place(tree, 0, true);
    });
    top += row * ROW_STEP - CHART.rowGap + pad;
  }

  const columns = Math.max(CHART.gridColumns, maxDepth + 1);
  if (singles.length > 0) {
    labels.push({ text: trees.length > 0 ? 'Autres organisations de premier niveau (aucune unité rattachée connue)' : 'Organisations', x: pad, y: top + 20 });
    top += CHART.sectionLabelHeight;
    singles.forEach((org, index) => {
      nodes.push({
        id: org.id,
        ...labelOf(org),
        title: titleOf(org, org.parent_id !== null),
        parent_id: null,
        depth: 0,
        x: pad + (index % columns) * COLUMN_STEP,
        y: top + Math.floor(index / columns) * ROW_STEP,
        root: true,
        single: true,
        children: [],
      });
    });
    top += Math.ceil(singles.length / columns) * ROW_STEP - CHART.rowGap + pad;
  }
  const width = pad * 2 + columns * COLUMN_STEP - CHART.columnGap;
  return { width, height: Math.max(top, pad * 2), nodes, roots: [...trees, ...singles].map((r) => r.id), labels };
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/**
 * The chart as an inline SVG (role="img", labelled; every node has a <title> tooltip and data-id). `data-label-room`
 * tells the page script how wide a label line may be (it shortens lines that overflow in the reader's font).
 */
export function renderOrgChartSvg(layout: OrgChartLayout, labelledBy: string): string {
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  const edges: string[] = [];
  for (const node of layout.nodes) {
    for (const childId of node.children) {
      const child = byId.get(childId);
      if (!child) continue;
      const x1 = node.x + CHART.nodeWidth;
      const y1 = node.y + CHART.nodeHeight / 2;
      const x2 = child.x;
      const y2 = child.y + CHART.nodeHeight / 2;
      const xm = x1 + CHART.columnGap / 2;
      edges.push(`<path d="M${fmt(x1)} ${fmt(y1)}H${fmt(xm)}V${fmt(y2)}H${fmt(x2)}"/>`);
    }
  }
  const boxes = layout.nodes.map((n) => {
    const cls = ['org-node', n.root ? 'root' : 'unit', n.single ? 'single' : ''].filter(Boolean).join(' ');
    const lineHeight = CHART.lineHeight;
    const firstBaseline = n.y + CHART.nodeHeight / 2 - ((n.lines.length - 1) * lineHeight) / 2 + 4.5;
    const texts = n.lines
      .map((line, i) => {
        const bold = i === 0 && n.acronymFirst ? ' class="acronym"' : '';
        return `<text x="${fmt(n.x + 10)}" y="${fmt(firstBaseline + i * lineHeight)}"${bold}>${escapeHtml(line)}</text>`;
      })
      .join('');
    return (
      `<g class="${cls}" data-id="${escapeHtml(n.id)}"${n.parent_id ? ` data-parent="${escapeHtml(n.parent_id)}"` : ''}>` +
      `<title>${escapeHtml(n.title)}</title>` +
      `<rect x="${fmt(n.x)}" y="${fmt(n.y)}" width="${CHART.nodeWidth}" height="${CHART.nodeHeight}" rx="6"/>` +
      texts +
      `</g>`
    );
  });
  const labels = layout.labels.map((l) => `<text class="chart-label" x="${l.x}" y="${fmt(l.y)}">${escapeHtml(l.text)}</text>`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="org-chart" role="img" aria-labelledby="${labelledBy}" data-label-room="${CHART.nodeWidth - 20}" ` +
    `width="${layout.width}" height="${fmt(layout.height)}" viewBox="0 0 ${layout.width} ${fmt(layout.height)}">` +
    labels.join('') +
    `<g class="edges">${edges.join('')}</g>` +
    boxes.join('') +
    `</svg>`
  );
}

/** The same hierarchy as nested lists (the chart's text alternative, read by screen readers and searchable). */
export function renderOrgOutline(layout: OrgChartLayout): string {
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  const item = (n: ChartNode): string => {
    const kids = n.children.map((id) => byId.get(id)).filter((c): c is ChartNode => c !== undefined);
    return `<li>${escapeHtml(n.title)}${kids.length ? `<ul>${kids.map(item).join('')}</ul>` : ''}</li>`;
  };
  return `<ul class="org-outline">${layout.roots
    .map((id) => byId.get(id))
    .filter((n): n is ChartNode => n !== undefined)
    .map(item)
    .join('')}</ul>`;
}
