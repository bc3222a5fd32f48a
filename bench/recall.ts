/**
 * Extraction recall on planted facts: the share of the facts the generator wrote into each text (corpus.ts) that
 * extraction found in that text. Pure: takes the planted facts and the extracted facts per source.
 */
import type { Fact } from '../pipeline/types/domain.ts';
import type { PlantedFact } from './corpus.ts';

/** Folds a name for comparison: accents, case, apostrophes and spaces. */
export function foldName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Does one of the source's facts state the planted fact? */
export function found(p: PlantedFact, facts: readonly Fact[]): boolean {
  return facts.some((f) => {
    const d = f.data;
    switch (p.kind) {
      case 'organisation':
        return d.kind === 'organisation' && d.acronym === p.acronym && d.name !== null && foldName(d.name) === foldName(p.name);
      case 'hierarchy':
        // The child's name may run on into its parent (« service X de la ABC »): the relation is what counts.
        return d.kind === 'hierarchy' && d.parent.acronym === p.parent_acronym && `${foldName(d.child.name ?? '')} `.startsWith(`${foldName(p.child)} `);
      case 'legal-text':
        return d.kind === 'legal-text' && d.number === p.number && d.date?.value === p.date;
      case 'event':
        // The subject may be the body or the product it launched (« lance le service X »): date and type count.
        return d.kind === 'event' && d.date.value === p.date && d.type === p.type;
      case 'contact':
        return d.kind === 'contact' && d.email === p.email.toLowerCase();
      case 'link':
        return d.kind === 'link' && d.url === p.url;
      case 'figure':
        return d.kind === 'figure' && d.value === p.value && (d.unit === p.unit || d.measure === p.unit);
    }
  });
}

export interface RecallReport {
  planted: number;
  found: number;
  recall: number;
  by_kind: Record<string, { planted: number; found: number; recall: number }>;
}

/** Recall overall and per kind. `factsOf(source)` gives the facts extracted from a source (empty if none). */
export function recallOf(planted: readonly PlantedFact[], factsOf: (source: string) => readonly Fact[]): RecallReport {
  return recallReport(planted, (p) => found(p, factsOf(p.source)));
}

/** Recall overall and per kind, from whether each planted fact was found. */
export function recallReport(planted: readonly PlantedFact[], isFound: (p: PlantedFact) => boolean): RecallReport {
  const byKind: RecallReport['by_kind'] = {};
  let hits = 0;
  for (const p of planted) {
    const k = (byKind[p.kind] ??= { planted: 0, found: 0, recall: 0 });
    k.planted++;
    if (isFound(p)) {
      k.found++;
      hits++;
    }
  }
  for (const k of Object.values(byKind)) k.recall = k.planted ? k.found / k.planted : 1;
  return { planted: planted.length, found: hits, recall: planted.length ? hits / planted.length : 1, by_kind: byKind };
}
