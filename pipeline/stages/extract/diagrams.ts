/**
 * Organisation charts drawn as Mermaid flowcharts in a page's source (« ```mermaid » then « graph TD », nodes
 * « A[Direction X (DX)] », edges « A --> B », « B --- B1[Pôle Y] »). The clean copy blanks code fences, so the chart's
 * bodies and its links are read here from the source: each node whose label names a body (a type word first, or an
 * acronym) is an organisation mention, and an edge between two such nodes says the lower one is part of the upper
 * one (a chart drawn top-down or left to right; one drawn bottom-up or right to left is not read).
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
const NODE = String.raw`([A-Za-z_][\w-]*)(?:\s*(?:\[\[([^\]\n]+)\]\]|\(\[([^\]\n]+)\]\)|\[\(([^)\n]+)\)\]|\(\(([^)\n]+)\)\)|\{\{([^}\n]+)\}\}|\[([^\]\n]+)\]|\(([^)\n]+)\)|\{([^}\n]+)\}))?`;

/** A link between two nodes (its text, « -->|rattaché| », « -- texte --> », allowed). */
const EDGE = String.raw`\s*(?:--\s[^-\n]{1,40}?\s-->|-->|---|==>|===|-\.->|-\.-|--o|--x|<-->)(?:\|[^|\n]*\|)?\s*`;

const NODE_AT_START = new RegExp(`^${NODE}`);
const EDGE_AT_START = new RegExp(`^${EDGE}`);

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
    if (!direction || direction === 'BT' || direction === 'RL') continue;
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
    const bodies = new Map<string, { ref: OrgRef; node: Node }>();
    for (const [id, node] of labels) {
      const found = bodyOf(node.label);
      if (!found) continue;
      const ref: OrgRef = {};
      if (found.name) ref.name = found.name;
      if (found.acronym) ref.acronym = found.acronym;
      bodies.set(id, { ref, node });
      out.push(factAt(doc, extractor, node.start, node.end, { kind: 'organisation', ...found }));
    }
    for (const edge of edges) {
      const parent = bodies.get(edge.from);
      const child = bodies.get(edge.to);
      if (!parent || !child || parent === child) continue;
      out.push(factAt(doc, extractor, edge.start, edge.end, { kind: 'hierarchy', child: child.ref, parent: parent.ref }));
    }
  }
  return out;
}
