/**
 * SHACL validation of a JSON-LD document against the vendored DCAT-AP 3.0.0 shapes (schemas/vendor/dcat-ap-3.0.0/),
 * offline: jsonld.toRDF with the catalogue's document loader → N-Quads → n3 store → rdf-validate-shacl.
 */
import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';
import { Parser, Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { catalogDocumentLoader } from '../../pipeline/stages/catalog/index.ts';

export const SHAPES_DIR = new URL('../../schemas/vendor/dcat-ap-3.0.0/', import.meta.url);

/** shapes.ttl: mandatory constraints; range.ttl: classes of the values; shapes_recommended.ttl: recommendations. */
export type ShapesFile = 'shapes.ttl' | 'range.ttl' | 'shapes_recommended.ttl';

export interface ShaclResult {
  severity: string;
  focusNode: string;
  path: string;
  message: string;
  constraint: string;
}

function shapes(files: readonly ShapesFile[]): Store {
  const store = new Store();
  for (const f of files) store.addQuads(new Parser({ format: 'text/turtle' }).parse(readFileSync(new URL(f, SHAPES_DIR), 'utf8')));
  return store;
}

/** The document as N-Quads (offline). */
export async function toNQuads(doc: object): Promise<string> {
  const documentLoader = catalogDocumentLoader();
  return (await jsonld.toRDF(doc as jsonld.JsonLdDocument, { format: 'application/n-quads', documentLoader })) as unknown as string;
}

/** Validates the document against the given shape files; returns whether it conforms and every result. */
export async function validateShacl(doc: object, files: readonly ShapesFile[]): Promise<{ conforms: boolean; results: ShaclResult[] }> {
  const data = new Store(new Parser({ format: 'N-Quads' }).parse(await toNQuads(doc)));
  const report = await new SHACLValidator(shapes(files)).validate(data);
  const local = (iri: string | undefined): string => (iri ?? '').replace(/^.*[#/]/, '');
  return {
    conforms: report.conforms,
    results: report.results.map((r) => ({
      severity: local(r.severity?.value),
      focusNode: r.focusNode?.value ?? '',
      path: r.path?.value ?? '',
      message: r.message.map((m) => m.value).join(' '),
      constraint: local(r.sourceConstraintComponent?.value),
    })),
  };
}
