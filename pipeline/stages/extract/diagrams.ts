/**
 * Organisation charts drawn as diagrams in a text's source: Mermaid flowcharts, and Graphviz (DOT) digraphs.
 *
 * Mermaid: organisation charts drawn as Mermaid flowcharts in a page's source (« ```mermaid » then « graph TD », nodes
 * « A[Direction X (DX)] », edges « A --> B », « B --- B1[Pôle Y] »). The clean copy blanks code fences, so the chart's
 * bodies and its links are read here from the source: each node whose label names a body (a type word first, or an
 * acronym) is an organisation mention, and an edge between two such nodes says the lower one is part of the upper
 * one. Only a chart drawn top-down whose nodes name two bodies at least by their type word is read as an organisation
 * chart (a procedure drawn left to right, an architecture of components, is not), and a link never puts a body under
 * one of a lower rank (a ministry under a prefecture: a flow, not a chart).
 *
 * Graphviz: « digraph X { … } », nodes « dnsi [label="Direction X (DX)\nDirectrice : …"] » (the label's first line
 * names the body), edges « dnsi -> dsu; » from a unit to its sub-unit; a dashed or dotted edge (a link of another
 * kind, a committee's) says nothing of the chart.
 *
 * Pure; the organisations extractor takes these facts.
 */
import type { Fact, OrgRef, OrganisationType, SourceDocument } from '../../types/domain.ts';
import { factAt } from './fact.ts';
import { orgTypeOf } from './lexicon.ts';
import { looksLikeAcronym } from './org-mentions.ts';

/** A Mermaid block: its fence, then its body up to the closing fence. */
const MERMAID_BLOCK = /^[ \t]*(`{3,}|~{3,})[ \t]*mermaid[^\n]*\n([\s\S]*?)^[ \t]*\1[ \t]*$/gm;

/** A flowchart's first line and its direction. */
const FLOWCHART = /^\s*(?:graph|flowchart)\s+(TD|TB|LR|BT|RL)\b/;

/** A node, with or without its label: « A », « A[Label] », « A("Label") », « A([Label]) », « A{{Label}} ». */
// (An id's hyphens are single: « DG-->DA » is an edge between DG and DA.)
const NODE = String.raw`([A-Za-z_]\w*(?:-\w+)*)(?:\s*(?:\[\[([^\]\n]+)\]\]|\(\[([^\]\n]+)\]\)|\[\(([^)\n]+)\)\]|\(\(([^)\n]+)\)\)|\{\{([^}\n]+)\}\}|\[([^\]\n]+)\]|\(([^)\n]+)\)|\{([^}\n]+)\}))?`;

/** A link between two nodes (its text, « -->|rattaché| », « -- texte --> », allowed). */
const EDGE = String.raw`\s*(?:--\s[^-\n]{1,40}?\s-->|-->|---|==>|===|-\.->|-\.-|--o|--x|<-->)(?:\|[^|\n]*\|)?\s*`;

const NODE_AT_START = new RegExp(`^${NODE}`);
const EDGE_AT_START = new RegExp(`^${EDGE}`);

/** How high a type of body stands in a chart (lower is higher): a link never puts a body under a lower-ranked one. */
const RANK: Partial<Record<OrganisationType, number>> = {
  ministère: 0,
  secrétariat: 1,
  direction: 1,
  délégation: 1,
  agence: 1,
  autorité: 1,
  département: 2,
  service: 2,
  mission: 2,
  bureau: 2,
  pôle: 2,
  cellule: 2,
};

interface Node {
  label: string;
  start: number;
  end: number;
}

/** A node's label as a body: its name and acronym (« Département X (DX) »), or undefined when it names no body. */
function bodyOf(label: string): { name: string | null; acronym: string | null; type: OrganisationType | null } | undefined {
  const text = label.replace(/<br\s*\/?>/gi, ' ').replace(/^["']|["']$/g, '').replace(/\s+/g, ' ').trim();
  const paired = /^(.+?)\s*\(([\p{L}\p{N}&-]{2,15})\)$/u.exec(text);
  const name = paired ? paired[1]! : text;
  const acronym = paired && looksLikeAcronym(paired[2]!) ? paired[2]! : null;
  if (!name.includes(' ') && looksLikeAcronym(name)) return { name: null, acronym: name, type: null };
  const type = orgTypeOf(/^[\p{L}-]+/u.exec(name)?.[0] ?? '') ?? null;
  if (!type) return undefined;
  return { name, acronym, type };
}

/** Organisation and hierarchy facts of the Mermaid flowcharts and Graphviz digraphs of a text (see the module comment). */
export function diagramFacts(doc: SourceDocument, extractor: string): Fact[] {
  return [...mermaidFacts(doc, extractor), ...graphvizFacts(doc, extractor)];
}

/** A node, with the body its label names, and the chart's links between such nodes, as facts. */
function chartFacts(doc: SourceDocument, extractor: string, labels: ReadonlyMap<string, Node>, edges: ReadonlyArray<{ from: string; to: string; start: number; end: number }>): Fact[] {
  const found = [...labels].flatMap(([id, node]) => {
    const body = bodyOf(node.label);
    return body ? [{ id, node, body }] : [];
  });
  if (found.filter((f) => f.body.type).length < 2) return [];
  const out: Fact[] = [];
  const bodies = new Map<string, { ref: OrgRef; type: OrganisationType | null }>();
  for (const { id, node, body } of found) {
    const ref: OrgRef = {};
    if (body.name) ref.name = body.name;
    if (body.acronym) ref.acronym = body.acronym;
    bodies.set(id, { ref, type: body.type });
    out.push(factAt(doc, extractor, node.start, node.end, { kind: 'organisation', ...body }));
  }
  for (const edge of edges) {
    const parent = bodies.get(edge.from);
    const child = bodies.get(edge.to);
    if (!parent || !child || parent === child) continue;
    // (Two bodies named by their acronyms only say nothing of their ranks; a link up the ranks is a flow.)
    if (!parent.type && !child.type) continue;
    if (parent.type && child.type && RANK[child.type] !== undefined && RANK[parent.type] !== undefined && RANK[child.type]! < RANK[parent.type]!) continue;
    out.push(factAt(doc, extractor, edge.start, edge.end, { kind: 'hierarchy', child: child.ref, parent: parent.ref }));
  }
  return out;
}

/** A digraph's opening: « digraph name { » (a graph without arrows draws no chart). */
const DIGRAPH = /^[ \t]*(?:strict[ \t]+)?digraph\b[^{\n]*\{/m;
/** A node statement with its attributes: « id [label="…", …] » (an id quoted or not). */
const DOT_NODE = /(?<![\w"-])("[^"\n]+"|[A-Za-z_][\w]*)[ \t]*\[([^\]]*)\]/g;
/** An edge statement: « a -> b », « a -> b -> c », with its attributes if any, to the end of the statement. */
const DOT_EDGE = /("[^"\n]+"|[A-Za-z_][\w]*)((?:[ \t]*->[ \t]*(?:"[^"\n]+"|[A-Za-z_][\w]*))+)[ \t]*(\[[^\]]*\])?/g;
/**
 * A DOT comment (« /* … *\/ », « // … », « # … » at a line's start), blanked before reading; or a quoted string, read
 * first so that a URL's « // » in a label or an attribute is no comment.
 */
const DOT_COMMENT_OR_STRING = /"(?:[^"\\\n]|\\.)*"|\/\*[\s\S]*?\*\/|\/\/[^\n]*|^[ \t]*#[^\n]*/gm;

/** Organisation and hierarchy facts of the Graphviz digraphs of a text. */
function graphvizFacts(doc: SourceDocument, extractor: string): Fact[] {
  const text = doc.text;
  const open = DIGRAPH.exec(text);
  if (!open || !text.includes('->')) return [];
  // (Comments blanked, offsets kept: the facts quote the source.)
  const chart = text.replace(DOT_COMMENT_OR_STRING, (c) => (c.startsWith('"') ? c : c.replace(/[^\n]/g, ' '))).slice(open.index);
  const labels = new Map<string, Node>();
  for (const m of chart.matchAll(DOT_NODE)) {
    const label = /(?:^|[\s,;])label[ \t]*=[ \t]*"((?:[^"\\]|\\.)*)"/.exec(m[2]!);
    if (!label) continue;
    // (The label's first line names the body: « Direction X (DX)\nDirectrice : … ».)
    const first = label[1]!.split(/\\[nlr]/)[0]!;
    const at = open.index + m.index + m[0].indexOf(label[1]!, m[1]!.length);
    const id = m[1]!.replace(/^"|"$/g, '');
    if (!labels.has(id) && first.trim()) labels.set(id, { label: first, start: at, end: at + first.length });
  }
  const edges: Array<{ from: string; to: string; start: number; end: number }> = [];
  for (const m of chart.matchAll(DOT_EDGE)) {
    if (m[3] && /style[ \t]*=[ \t]*"?(?:dashed|dotted|invis)/.test(m[3])) continue;
    const ids = [m[1]!, ...m[2]!.split('->').slice(1)].map((x) => x.trim().replace(/^"|"$/g, ''));
    const start = open.index + m.index;
    for (let i = 1; i < ids.length; i++) edges.push({ from: ids[i - 1]!, to: ids[i]!, start, end: start + m[0].length });
  }
  return chartFacts(doc, extractor, labels, edges);
}

/** Organisation and hierarchy facts of the Mermaid flowcharts of a text. */
function mermaidFacts(doc: SourceDocument, extractor: string): Fact[] {
  const text = doc.text;
  if (!text.includes('mermaid')) return [];
  const out: Fact[] = [];
  for (const block of text.matchAll(MERMAID_BLOCK)) {
    const body = block[2]!;
    const bodyStart = block.index + block[0].indexOf(body);
    const direction = FLOWCHART.exec(body)?.[1];
    if (direction !== 'TD' && direction !== 'TB') continue;
    // Every node's label where it is given (a node is often labelled once, then named by its id only).
    const labels = new Map<string, Node>();
    const edges: Array<{ from: string; to: string; start: number; end: number }> = [];
    let lineStart = bodyStart;
    for (const line of body.split('\n')) {
      let p = line.length - line.trimStart().length;
      let previous: { id: string; start: number } | undefined;
      while (p < line.length) {
        const node = NODE_AT_START.exec(line.slice(p));
        if (!node || /^(?:graph|flowchart|subgraph|end|classDef|class|style|linkStyle|click|direction)$/.test(node[1]!)) break;
        const id = node[1]!;
        const labelText = node.slice(2).find((x) => x !== undefined);
        if (labelText !== undefined) {
          const at = lineStart + p + node[0].indexOf(labelText, id.length);
          if (!labels.has(id)) labels.set(id, { label: labelText, start: at, end: at + labelText.length });
        }
        const nodeStart = lineStart + p;
        if (previous) edges.push({ from: previous.id, to: id, start: previous.start, end: nodeStart + node[0].length });
        p += node[0].length;
        const edge = EDGE_AT_START.exec(line.slice(p));
        if (!edge) break;
        previous = { id, start: nodeStart };
        p += edge[0].length;
      }
      lineStart += line.length + 1;
    }
    out.push(...chartFacts(doc, extractor, labels, edges));
  }
  return out;
}
