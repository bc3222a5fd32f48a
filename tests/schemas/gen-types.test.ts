import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DICTIONARY_FILE, TYPES_FILE, generateDictionary, generateTypes } from '../../scripts/gen-types.ts';

const read = (p: string): string => readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8');

describe('gen:types', () => {
  it('has committed pipeline/types/schemas.gen.ts exactly as the schemas generate it', async () => {
    // On failure: run `npm run gen:types` and commit the result with the schema change.
    expect(await generateTypes()).toBe(read(TYPES_FILE));
  });

  it('has committed docs/datasets.md exactly as the schemas generate it', async () => {
    expect(await generateDictionary()).toBe(read(DICTIONARY_FILE));
  });

  it('generates the same text twice', async () => {
    expect(await generateTypes()).toBe(await generateTypes());
  });
});
