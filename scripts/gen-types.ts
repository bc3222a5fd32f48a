/**
 * gen:types — reads schemas/*.schema.json (the contract) and writes the generated files derived from them:
 *   pipeline/types/schemas.gen.ts  TypeScript record types (json-schema-to-typescript), Datasets, DATASET_NAMES;
 *   docs/datasets.md               the data dictionary (rendered by the package stage, also shipped as dist/README.md).
 * Both are committed; tests/schemas/gen-types.test.ts regenerates them in memory and fails on drift.
 * Run: `npm run gen:types`.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { compile, type JSONSchema } from 'json-schema-to-typescript';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const TYPES_FILE = 'pipeline/types/schemas.gen.ts';
export const DICTIONARY_FILE = 'docs/datasets.md';

interface Catalogue {
  datasets: { name: string; record_type: string }[];
}

const BANNER = `/* eslint-disable */
/**
 * GENERATED FILE — do not edit. Source: schemas/*.schema.json (the published contract) and
 * schemas/datasets.json (dataset order). Regenerate with \`npm run gen:types\`;
 * tests/schemas/gen-types.test.ts fails when this file drifts from the schemas.
 */`;

async function readJson<T>(relative: string): Promise<T> {
  return JSON.parse(await readFile(path.join(ROOT, relative), 'utf8')) as T;
}

/** Renders schemas.gen.ts from the schema files. Deterministic: same schemas, same text. */
export async function generateTypes(): Promise<string> {
  const catalogue = await readJson<Catalogue>('schemas/datasets.json');
  const parts: string[] = [BANNER];
  for (const { name, record_type } of catalogue.datasets) {
    const schema = await readJson<JSONSchema & { $id: string }>(`schemas/${name}.schema.json`);
    const ts = await compile(structuredClone(schema), record_type, {
      bannerComment: '',
      additionalProperties: false,
      strictIndexSignatures: true,
      unknownAny: true,
      declareExternallyReferenced: false,
      // minItems stays a validation rule: `string[]`, not a tuple type, so that code building records compiles.
      ignoreMinAndMaxItems: true,
      // The root is named after the dataset's record type, not after its human title ("Legal texts").
      customName: (s) => ((s as { $id?: string }).$id === schema.$id ? record_type : undefined),
      style: { singleQuote: true, printWidth: 120 },
    });
    parts.push(`// ${name}: schemas/${name}.schema.json\n${ts.trim()}`);
  }
  const fields = catalogue.datasets.map((d) => `  ${d.name}: ${d.record_type}[];`).join('\n');
  const names = catalogue.datasets.map((d) => `  '${d.name}',`).join('\n');
  parts.push(`/** All datasets of a build, in publication order (schemas/datasets.json). */
export interface Datasets {
${fields}
}

/** Name of a dataset: also its file stem in dist/ and its schema's (schemas/<name>.schema.json). */
export type DatasetName = keyof Datasets;

/** Dataset names in publication order. */
export const DATASET_NAMES: readonly DatasetName[] = [
${names}
] as const;`);
  return parts.join('\n\n') + '\n';
}

/** Renders docs/datasets.md (the data dictionary) from the schemas. */
export async function generateDictionary(): Promise<string> {
  const { renderDataDictionary } = await import('../pipeline/stages/package/dictionary.ts');
  return renderDataDictionary();
}

async function main(): Promise<void> {
  await writeFile(path.join(ROOT, TYPES_FILE), await generateTypes());
  await mkdir(path.join(ROOT, path.dirname(DICTIONARY_FILE)), { recursive: true });
  await writeFile(path.join(ROOT, DICTIONARY_FILE), await generateDictionary());
  process.stdout.write(`wrote ${TYPES_FILE} and ${DICTIONARY_FILE}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
