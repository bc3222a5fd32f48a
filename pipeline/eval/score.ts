/**
 * Scoring of one fact kind: a maximum one-to-one matching between gold entries and predicted records, then
 * precision, recall and F1. Pure: no I/O, no dependence on the order of equally good matchings' counts.
 */

/** Counts and measures of one kind (or of several kinds summed: micro-average). */
export interface Score {
  /** Gold entries. */
  gold: number;
  /** Predicted records. */
  found: number;
  /** True positives: matched pairs. */
  tp: number;
  /** False positives: predicted records matching no gold entry. */
  fp: number;
  /** False negatives: gold entries matched by no predicted record. */
  fn: number;
  /** tp / found; null when nothing was found. */
  precision: number | null;
  /** tp / gold; null when there is no gold entry. */
  recall: number | null;
  /** 2·tp / (2·tp + fp + fn); null when there is neither gold nor prediction. */
  f1: number | null;
}

export interface KindScore<G, P> extends Score {
  matches: Array<{ gold: G; predicted: P }>;
  /** Gold entries left unmatched, in gold order. */
  misses: G[];
  /** Predicted records left unmatched, in predicted order. */
  false_finds: P[];
}

/** Precision, recall and F1 from the counts. */
export function measure(counts: { gold: number; found: number; tp: number }): Score {
  const { gold, found, tp } = counts;
  const fp = found - tp;
  const fn = gold - tp;
  const denominator = 2 * tp + fp + fn;
  return {
    gold,
    found,
    tp,
    fp,
    fn,
    precision: found === 0 ? null : tp / found,
    recall: gold === 0 ? null : tp / gold,
    f1: denominator === 0 ? null : (2 * tp) / denominator,
  };
}

/** Sums scores (micro-average): counts are added, measures recomputed from the sums. */
export function sumScores(scores: readonly Score[]): Score {
  let gold = 0;
  let found = 0;
  let tp = 0;
  for (const score of scores) {
    gold += score.gold;
    found += score.found;
    tp += score.tp;
  }
  return measure({ gold, found, tp });
}

/**
 * Maximum bipartite matching (Kuhn's augmenting paths): each predicted record matches at most one gold entry and
 * each gold entry at most one record, and the number of pairs is the largest possible, so a record that could match
 * two entries never steals the only candidate of another. Deterministic: entries and records are tried in order.
 * Returns, for each gold index, the matched predicted index or -1.
 */
export function maximumMatching<G, P>(
  gold: readonly G[],
  predicted: readonly P[],
  match: (gold: G, predicted: P) => boolean,
): number[] {
  const candidates: number[][] = gold.map((entry) => {
    const list: number[] = [];
    predicted.forEach((record, index) => {
      if (match(entry, record)) list.push(index);
    });
    return list;
  });
  const goldOfPredicted = new Array<number>(predicted.length).fill(-1);
  const augment = (g: number, visited: boolean[]): boolean => {
    for (const p of candidates[g] ?? []) {
      if (visited[p]) continue;
      visited[p] = true;
      const owner = goldOfPredicted[p] ?? -1;
      if (owner === -1 || augment(owner, visited)) {
        goldOfPredicted[p] = g;
        return true;
      }
    }
    return false;
  };
  for (let g = 0; g < gold.length; g++) augment(g, new Array<boolean>(predicted.length).fill(false));
  const predictedOfGold = new Array<number>(gold.length).fill(-1);
  goldOfPredicted.forEach((g, p) => {
    if (g !== -1) predictedOfGold[g] = p;
  });
  return predictedOfGold;
}

/** Scores one kind: the gold entries of a text against the records predicted for it. */
export function scoreKind<G, P>(
  gold: readonly G[],
  predicted: readonly P[],
  match: (gold: G, predicted: P) => boolean,
): KindScore<G, P> {
  const pairing = maximumMatching(gold, predicted, match);
  const matches: Array<{ gold: G; predicted: P }> = [];
  const misses: G[] = [];
  const used = new Set<number>();
  gold.forEach((entry, g) => {
    const p = pairing[g] ?? -1;
    const record = p === -1 ? undefined : predicted[p];
    if (record === undefined) {
      misses.push(entry);
    } else {
      used.add(p);
      matches.push({ gold: entry, predicted: record });
    }
  });
  const false_finds = predicted.filter((_, p) => !used.has(p));
  return {
    ...measure({ gold: gold.length, found: predicted.length, tp: matches.length }),
    matches,
    misses,
    false_finds,
  };
}
