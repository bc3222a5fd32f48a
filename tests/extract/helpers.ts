import type { Fact, FactData, SourceDocument } from '../../pipeline/types/domain.ts';

/** A SourceDocument for a test text. */
export function doc(text: string, id = 'test', date: string | null = '2024-06-01'): SourceDocument {
  return { id, file: `${id}.md`, title: null, language: 'fr', origin: null, licence: null, date, sha256: '0'.repeat(64), text };
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
