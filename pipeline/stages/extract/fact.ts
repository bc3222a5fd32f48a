/**
 * A fact found in a text: where it stands (offsets into the original) and its exact quote, by which extractor,
 * with what data. Pure; every extractor builds its facts here, so the provenance is always filled the same way.
 */
import type { Fact, FactData, SourceDocument } from '../../types/domain.ts';

export function factAt(doc: SourceDocument, extractor: string, start: number, end: number, data: FactData): Fact {
  return { source_id: doc.id, start, end, quote: doc.text.slice(start, end), extractor, data };
}
