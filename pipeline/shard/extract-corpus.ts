/**
 * Extraction of a whole corpus, with the same result as `extractAll` (extract/index.ts), but incremental,
 * shardable and parallel:
 *
 *   pass 1  every document (all shards): the acronyms it defines and its acronym-like tokens;
 *           the union of the defined acronyms is the `known` set of the build, as in extractAll;
 *   pass 2  each document of this shard: its facts, extracted with `known ∩ its tokens` (the only part of
 *           `known` its extraction can see, see acronymTokens), so a cached result stays valid when another
 *           document defines an acronym this one never writes.
 *
 * Both passes read the cache first (keyed by the source's bytes and metadata, EXTRACT_VERSION and the extract
 * code), and run the misses on a pool of worker threads when the corpus is large enough to repay starting them.
 * Facts come back in document order, each document's in the order extractDocument gives: the output does not
 * depend on the cache, the number of workers or the shard layout.
 */
import type { Fact, Issue, SourceDocument } from '../types/domain.ts';
import type { DocumentSummary, ExtractCache } from '../cache/extract-cache.ts';
import { relevantKnown } from '../cache/extract-cache.ts';
import { definedAcronyms, extractDocument } from '../stages/extract/index.ts';
import { acronymTokens } from '../stages/extract/org-mentions.ts';
import { forgetPreparedTexts, prepared } from '../stages/extract/text.ts';
import { collectGarbageIfGrown } from '../io/collect-garbage.ts';
import { inShard, type ShardSpec } from './plan.ts';
import { progressTicker } from '../progress.ts';
import { WorkerPool } from './pool.ts';
import { StringTable } from './share-strings.ts';

/** Pass 1 on one document (pure). */
export function summariseDocument(doc: SourceDocument): DocumentSummary {
  return { defined: [...new Set(definedAcronyms(doc))].sort(), tokens: acronymTokens(prepared(doc.text)) };
}

/** Pass 2 on one document (pure): extractDocument with the known acronyms that matter to it. */
export function extractWithKnown(doc: SourceDocument, known: readonly string[]): { facts: Fact[]; issues: Issue[] } {
  return extractDocument(doc, new Set(known));
}

export interface CorpusExtractOptions {
  cache?: ExtractCache | undefined;
  /** Extract only this share of the documents (pass 1 still reads them all). */
  shard?: ShardSpec | undefined;
  /** Worker threads: 0 = in this thread; undefined = automatic (the machine's cores, for large corpora). */
  workers?: number | undefined;
  progress?: ((line: string) => void) | undefined;
  /** Least time between two progress lines (default PROGRESS_EVERY_MS, progress.ts). */
  progressEveryMs?: number | undefined;
}

export interface DocumentResult {
  id: string;
  facts: Fact[];
  issues: Issue[];
}

export interface CorpusExtraction {
  /** Results of the documents extracted (this shard's), in document order. */
  documents: DocumentResult[];
  /** Every acronym defined by a document of the corpus (all shards), sorted. */
  known: string[];
  stats: {
    extracted: number;
    fromCache: number;
    summarisedFromCache: number;
    workers: number;
    pass1_ms: number;
    pass2_ms: number;
  };
}

/** Above this many characters, worker threads repay their start-up (about a quarter of a second each). */
const PARALLEL_THRESHOLD = 2_000_000;

function automaticWorkers(documents: readonly SourceDocument[], requested: number | undefined, cores: number): number {
  if (requested !== undefined) return Math.max(0, Math.floor(requested));
  const chars = documents.reduce((n, d) => n + d.text.length, 0);
  return chars >= PARALLEL_THRESHOLD && documents.length >= 4 && cores > 1 ? cores : 0;
}

/** « extract    3120/7319 documents extracted (43 %) » at most every few seconds (in-thread extraction only prints between two documents). */
function ticker(progress: ((line: string) => void) | undefined, what: string, total: number, everyMs?: number): (n: number) => void {
  return progressTicker(progress, total, (count, percent) => `extract    ${count}/${total} documents ${what} (${percent} %)`, everyMs);
}

/** Runs both passes; see the module comment. */
export async function extractCorpus(documents: readonly SourceDocument[], options: CorpusExtractOptions = {}): Promise<CorpusExtraction> {
  const { cache } = options;
  const { availableParallelism } = await import('node:os');
  // The pool starts only for documents that are not in the cache (a rebuild after one edit extracts one text).
  let pool: WorkerPool | undefined;
  const poolFor = (docs: readonly SourceDocument[]): WorkerPool | undefined => {
    const workers = docs.length ? automaticWorkers(docs, options.workers, availableParallelism()) : 0;
    return workers > 0 ? (pool ??= new WorkerPool(workers)) : pool;
  };
  try {
    // Pass 1: summaries (cache, then the misses).
    let t = performance.now();
    const summaries: Array<DocumentSummary | undefined> = cache ? await cache.getSummaries(documents) : documents.map(() => undefined);
    const missing = documents.flatMap((d, i) => (summaries[i] ? [] : [i]));
    const missingDocs = missing.map((i) => documents[i]!);
    const summarisePool = poolFor(missingDocs);
    const read = ticker(options.progress, 'read (acronyms defined)', missingDocs.length, options.progressEveryMs);
    const computed = summarisePool
      ? await summarisePool.summarise(missingDocs, read)
      : missingDocs.map((d) => (read(1), summariseDocument(d)));
    missing.forEach((i, k) => {
      summaries[i] = computed[k]!;
      cache?.putSummary(documents[i]!, computed[k]!);
    });
    const known = new Set<string>();
    for (const s of summaries) for (const a of s!.defined) known.add(a);
    const pass1 = performance.now() - t;

    // Pass 2: this shard's documents (cache, then the misses).
    t = performance.now();
    const share = documents.flatMap((d, i) => (inShard(d.id, options.shard) ? [i] : []));
    const results: Array<{ facts: Fact[]; issues: Issue[] } | undefined> = [];
    const knownOf = new Map<number, string[]>();
    // Facts parsed from the cache and from the workers share their short strings (share-strings.ts).
    const strings = new StringTable();
    for (const i of share) {
      const k = relevantKnown(summaries[i]!.tokens, known);
      knownOf.set(i, k);
      const cached = cache ? await cache.getExtraction(documents[i]!, k) : undefined;
      if (cached) strings.shareFacts(cached.facts);
      results[i] = cached;
    }
    const todo = share.filter((i) => !results[i]);
    const todoDocs = todo.map((i) => documents[i]!);
    const extractPool = poolFor(todoDocs);
    const done = ticker(options.progress, 'extracted', todoDocs.length, options.progressEveryMs);
    const extracted = extractPool
      ? await extractPool.extract(todoDocs, todo.map((i) => knownOf.get(i)!), done, strings)
      : todo.map((i) => (done(1), extractWithKnown(documents[i]!, knownOf.get(i)!)));
    for (let k = 0; k < todo.length; k++) {
      const i = todo[k]!;
      results[i] = extracted[k]!;
      await cache?.putExtraction(documents[i]!, summaries[i]!, { known: knownOf.get(i)!, ...extracted[k]! });
      // Each cache file is a JSON text, garbage once written: thousands of them on a large corpus.
      collectGarbageIfGrown();
    }
    await cache?.flush();
    await cache?.pruneOtherVersions();
    const pass2 = performance.now() - t;
    return {
      documents: share.map((i) => ({ id: documents[i]!.id, facts: results[i]!.facts, issues: results[i]!.issues })),
      known: [...known].sort(),
      stats: {
        extracted: todo.length,
        fromCache: share.length - todo.length,
        summarisedFromCache: documents.length - missing.length,
        workers: pool?.size ?? 0,
        pass1_ms: Math.round(pass1),
        pass2_ms: Math.round(pass2),
      },
    };
  } finally {
    await pool?.close();
    forgetPreparedTexts();
  }
}
