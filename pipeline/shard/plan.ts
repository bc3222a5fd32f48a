/**
 * Sharding plan (pure): which share of the sources a job extracts. A source goes to shard
 * 1 + (first 4 bytes of sha256(source id)) mod N: stable across machines and runs, independent of the order or
 * number of the other sources, and even on average.
 */
import { createHash } from 'node:crypto';
import { UsageError } from '../errors.ts';

export interface ShardSpec {
  /** 1-based index of this shard. */
  index: number;
  /** Number of shards. */
  count: number;
}

/** Parses « K/N » (1 ≤ K ≤ N ≤ 1000). */
export function parseShardSpec(text: string): ShardSpec {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || !(count >= 1 && count <= 1000) || !(index >= 1 && index <= count)) {
    throw new UsageError('usage', `--shard expects K/N with 1 ≤ K ≤ N ≤ 1000 (e.g. 2/4), got "${text}".`, {
      hint: 'Run one job per K from 1 to N with the same N, then `etat-numerique merge` their outputs.',
    });
  }
  return { index, count };
}

/** The shard (1..count) a source id belongs to. */
export function shardOf(sourceId: string, count: number): number {
  if (count <= 1) return 1;
  const h = createHash('sha256').update(sourceId).digest();
  return 1 + (h.readUInt32BE(0) % count);
}

/** Does this shard extract that source? */
export function inShard(sourceId: string, shard: ShardSpec | undefined): boolean {
  return !shard || shardOf(sourceId, shard.count) === shard.index;
}
