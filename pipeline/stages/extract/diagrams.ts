/**
 * Organisation charts drawn as Mermaid flowcharts in a page's source (« ```mermaid » then « graph TD », nodes
 * « A[Direction X (DX)] », edges « A --> B », « B --- B1[Pôle Y] »). The clean copy blanks code fences, so the chart's
 * bodies and its links are read here from the source: each node whose label names a body (a type word first, or an
 * acronym) is an organisation mention, and an edge between two such nodes says the lower one is part of the upper
 * one. Only a chart drawn top-down whose nodes name two bodies at least by their type word is read as an organisation
 * chart (a procedure drawn left to right, an architecture of components, is not), and a link never puts a body under
 * one of a lower rank (a ministry under a prefecture: a flow, not a chart).
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

/** Organisation and hierarchy facts of the Mermaid flowcharts of a text (see the module comment). */
export function diagramFacts(doc: SourceDocument, extractor: string): Fact[] {
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
    const found = [...labels].flatMap(([id, node]) => {
      const body = bodyOf(node.label);
      return body ? [{ id, node, body }] : [];
    });
    if (found.filter((f) => f.body.type).length < 2) continue;
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
  }
  return out;
}
