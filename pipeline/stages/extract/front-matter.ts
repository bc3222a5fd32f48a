/**
 * A page's front matter read as YAML (with the `yaml` library), its values with their offsets in the text: the
 * phases and title of a start-up page (« title: », « mission: », « phases: » then « - name: … », « start: … »), which
 * the events and products extractors read. Pure; parsed once per document.
 */
import { isMap, isScalar, parseDocument, type YAMLMap } from 'yaml';
import type { SourceDocument } from '../../types/domain.ts';
import { frontMatterEnd } from './text.ts';

export interface FrontMatterYaml {
  /** The top-level mapping. */
  map: YAMLMap;
  /** Offset of the YAML in the text: a node's range plus `from` is its place in the text. */
  from: number;
}

const cache = new WeakMap<SourceDocument, FrontMatterYaml | null>();

/** The document's front matter as a YAML mapping, or null (none, or not valid YAML). */
export function frontMatterYaml(doc: SourceDocument): FrontMatterYaml | null {
  const known = cache.get(doc);
  if (known !== undefined) return known;
  // (Between the opening « --- » line and the closing one, as the rest of the extract stage finds them.)
  const end = frontMatterEnd(doc.text);
  const from = end ? doc.text.indexOf('\n') + 1 : 0;
  const to = end ? doc.text.lastIndexOf('\n---', end) + 1 : 0;
  const yaml = to > from ? parseDocument(doc.text.slice(from, to), { uniqueKeys: false }) : undefined;
  const out = yaml && !yaml.errors.length && isMap(yaml.contents) ? { map: yaml.contents, from } : null;
  cache.set(doc, out);
  return out;
}

/** A scalar field of a mapping with its offsets in the text, or undefined. */
export function scalarAt(front: FrontMatterYaml, map: YAMLMap, key: string): { value: string; start: number; end: number } | undefined {
  const node = map.get(key, true);
  if (!isScalar(node) || !node.range || node.value === null || node.value === undefined) return undefined;
  const value = String(node.value).trim();
  return value ? { value, start: front.from + node.range[0], end: front.from + node.range[1] } : undefined;
}

/**
 * A start-up's product page (« phases: » listed, or a « mission: » with its « incubator: » or « sponsors: »): its
 * « title: » names the product.
 */
export function isProductPage(front: FrontMatterYaml): boolean {
  return front.map.has('phases') || (front.map.has('mission') && (front.map.has('incubator') || front.map.has('sponsors')));
}
