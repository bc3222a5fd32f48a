import { generateCorpus } from '../../bench/corpus.ts';
import type { Fact, FactData, SourceDocument } from '../../pipeline/types/domain.ts';

/** A SourceDocument for a test text. */
export function doc(text: string, id = 'test', date: string | null = '2024-06-01'): SourceDocument {
  return { id, file: `${id}.md`, title: null, language: 'fr', origin: null, licence: null, date, sha256: '0'.repeat(64), text };
}

/** Texts of a synthetic corpus (bench/corpus.ts) as SourceDocuments, ids from their file names. */
export function corpusDocs(documents: ReadonlyArray<{ file: string; text: string }>, date: string | null = null): SourceDocument[] {
  return documents.map((d) => ({ ...doc(d.text, d.file.replace(/\.txt$/, ''), date), file: d.file }));
}

/** The texts of a seeded synthetic corpus as SourceDocuments. */
export function syntheticDocs(seed: number, targetBytes: number, date: string | null = null): SourceDocument[] {
  return corpusDocs(generateCorpus({ seed, targetBytes }).documents, date);
}

export function dataOf<K extends FactData['kind']>(facts: Fact[], kind: K): Array<Extract<FactData, { kind: K }>> {
  return facts.filter((f) => f.data.kind === kind).map((f) => f.data as Extract<FactData, { kind: K }>);
}

/** Every fact's quote is the exact text at its offsets. */
export function expectExactQuotes(text: string, facts: Fact[]): void {
  for (const f of facts) {
    if (text.slice(f.start, f.end) !== f.quote) throw new Error(`quote mismatch for ${f.data.kind} at ${f.start}-${f.end}`);
  }
}
