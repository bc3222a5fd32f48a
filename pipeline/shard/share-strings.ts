/**
 * Facts parsed from JSON (worker answers, cache files, partial results) carry a fresh copy of each string they
 * hold: a million facts of a large corpus repeat a few thousand source ids, seven extractor names, a dozen kinds,
 * organisation types, dates and acronyms. Sharing one copy per value saves about a tenth of the memory the
 * facts and the records made from them take, for one map lookup per short string.
 */
import type { Fact } from '../types/domain.ts';

/** Longer strings (quotes, descriptions, titles) rarely repeat: not worth a lookup. */
const SHARED_MAX_LENGTH = 40;

export class StringTable {
  private readonly strings = new Map<string, string>();

  /** The table's copy of `s` (the first one it saw). */
  share(s: string): string {
    if (s.length > SHARED_MAX_LENGTH) return s;
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    this.strings.set(s, s);
    return s;
  }

  /** Replaces, in place, the short strings of facts freshly parsed from JSON (and of their data, two levels deep). */
  shareFacts(facts: Fact[]): void {
    for (const f of facts) {
      f.source_id = this.share(f.source_id);
      f.extractor = this.share(f.extractor);
      this.shareValues(f.data as unknown as Record<string, unknown>, 1);
    }
  }

  private shareValues(object: Record<string, unknown>, depth: number): void {
    for (const key in object) {
      const value = object[key];
      if (typeof value === 'string') object[key] = this.share(value);
      else if (depth > 0 && value !== null && typeof value === 'object' && !Array.isArray(value)) this.shareValues(value as Record<string, unknown>, depth - 1);
    }
  }
}
