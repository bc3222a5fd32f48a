import { describe, expect, it } from 'vitest';
import { readSources } from '../../pipeline/stages/ingest/index.ts';
import { extractAll } from '../../pipeline/stages/extract/index.ts';
import type { Fact } from '../../pipeline/types/domain.ts';

/**
 * Golden files: what the extractors find in each project source, one fact per line. A change in extraction
 * shows here as a readable diff; updating them (`npx vitest run tests/extract/golden.test.ts -u`) is a reviewed
 * change, never a reflex.
 */
function line(f: Fact): string {
  const { kind, ...data } = f.data;
  const quote = f.quote.replace(/\s+/g, ' ').slice(0, 90);
  return `${String(f.start).padStart(6)}-${String(f.end).padEnd(6)} ${kind.padEnd(12)} ${JSON.stringify(data)}  « ${quote} »`;
}

describe('extraction golden files', async () => {
  const { documents } = await readSources(new URL('../../sources', import.meta.url).pathname);
  const { facts } = extractAll(documents);
  for (const doc of documents) {
    it(`finds the same facts in ${doc.id}`, async () => {
      const lines = facts.filter((f) => f.source_id === doc.id).map(line);
      await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(`golden/${doc.id}.txt`);
    });
  }
});
