/**
 * Partial results of sharded builds: `build --shard K/N --out partial-K` writes what its share of the sources
 * gave to extraction; `merge partial-1 … partial-N` reads them back and finishes the build.
 *
 * A partial folder holds one file, `partial.ndjson`: a header line (format, tool and extractor versions, the
 * shard, every source of the corpus with its metadata and length, the ingest issues, the known acronyms), then
 * one line per extracted source (its facts and issues), in source order. Line by line, so neither side ever
 * holds the whole file as one string. The folder is replaced atomically (temporary sibling + rename).
 */
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { DataError, PipelineError } from '../errors.ts';
import type { Fact, Issue, SourceDocument } from '../types/domain.ts';
import type { DocumentResult } from './extract-corpus.ts';
import { shardOf, type ShardSpec } from './plan.ts';
import { StringTable } from './share-strings.ts';

export const PARTIAL_FILE = 'partial.ndjson';
const FORMAT = 'etat-numerique-partial';
const FORMAT_VERSION = 1;

/** A source as the rest of the build needs it: its metadata and its length, not its text. */
export type SourceMeta = Omit<SourceDocument, 'text'> & { characters: number };

export interface PartialHeader {
  format: typeof FORMAT;
  format_version: number;
  tool: { name: string; version: string };
  extract_version: string;
  shard: ShardSpec;
  /** Every source of the corpus (all shards), in build order. */
  sources: SourceMeta[];
  /** Issues of the ingest stage (the same in every shard). */
  ingest_issues: Issue[];
  /** Acronyms defined by any source of the corpus. */
  known: string[];
}

export function sourceMeta(doc: SourceDocument): SourceMeta {
  const { text, ...meta } = doc;
  return { ...meta, characters: text.length };
}

/** Writes a partial folder (replacing it). */
export async function writePartial(outDir: string, header: PartialHeader, results: readonly DocumentResult[]): Promise<void> {
  const target = path.resolve(outDir);
  const suffix = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const temp = `${target}.tmp-${suffix}`;
  const old = `${target}.old-${suffix}`;
  try {
    await mkdir(temp, { recursive: true });
    const handle = await open(path.join(temp, PARTIAL_FILE), 'wx');
    try {
      let buffer = `${JSON.stringify(header)}\n`;
      for (const r of results) {
        buffer += `${JSON.stringify(r)}\n`;
        if (buffer.length > 1 << 20) {
          await handle.write(buffer);
          buffer = '';
        }
      }
      await handle.write(buffer);
      await handle.sync();
    } finally {
      await handle.close();
    }
    let hadOld = true;
    await rename(target, old).catch(() => (hadOld = false));
    await rename(temp, target);
    if (hadOld) await rm(old, { recursive: true, force: true });
  } catch (error) {
    await rm(temp, { recursive: true, force: true }).catch(() => undefined);
    throw new PipelineError('partial-write-failed', `Could not write the partial result ${outDir}: ${(error as Error).message}`, {
      cause: error,
      hint: 'Check free space and permissions of the output folder, then run the shard again.',
    });
  }
}

/** Reads one partial folder. */
export async function readPartial(dir: string): Promise<{ header: PartialHeader; results: DocumentResult[] }> {
  const file = path.join(dir, PARTIAL_FILE);
  const results: DocumentResult[] = [];
  const strings = new StringTable();
  let header: PartialHeader | undefined;
  try {
    const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
    for await (const line of lines) {
      if (line === '') continue;
      if (!header) header = JSON.parse(line) as PartialHeader;
      else {
        const result = JSON.parse(line) as DocumentResult;
        strings.shareFacts(result.facts);
        results.push(result);
      }
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DataError('partial-unreadable', `Could not read the partial result "${dir}": ${code === 'ENOENT' ? `no ${PARTIAL_FILE} in it` : (error as Error).message}.`, {
      hint: 'Pass the folders written by `etat-numerique build --shard K/N --out DIR`, one per shard.',
    });
  }
  if (!header || header.format !== FORMAT || header.format_version !== FORMAT_VERSION) {
    throw new DataError('partial-unreadable', `"${dir}" is not a partial result of this tool (format ${FORMAT} v${FORMAT_VERSION}).`, {
      hint: 'Rebuild the shards with the same version of etat-numerique as the merge.',
    });
  }
  return { header, results };
}

export interface MergedExtraction {
  sources: SourceMeta[];
  ingestIssues: Issue[];
  facts: Fact[];
  extractIssues: Issue[];
  extractVersion: string;
  shards: number;
}

/**
 * Checks that the partials are the N shards of one build (same corpus, same extractor, every shard once, every
 * source extracted by the shard it belongs to) and puts their facts back in source order.
 */
export function mergePartials(partials: ReadonlyArray<{ dir: string; header: PartialHeader; results: DocumentResult[] }>): MergedExtraction {
  const problems: string[] = [];
  const first = partials[0];
  if (!first) throw new DataError('partials-incomplete', 'merge needs at least one partial result.', { hint: 'etat-numerique merge partial-1 partial-2 … --out dist' });
  const n = first.header.shard.count;
  const sourcesJson = JSON.stringify(first.header.sources);
  const seen = new Map<number, string>();
  for (const p of partials) {
    const h = p.header;
    if (h.extract_version !== first.header.extract_version) problems.push(`"${p.dir}" was extracted by another extractor version (${h.extract_version}, not ${first.header.extract_version}).`);
    if (h.tool.version !== first.header.tool.version) problems.push(`"${p.dir}" was written by ${h.tool.name} ${h.tool.version}, "${first.dir}" by ${first.header.tool.version}.`);
    if (h.shard.count !== n) problems.push(`"${p.dir}" is shard ${h.shard.index}/${h.shard.count}, "${first.dir}" is one of ${n}.`);
    if (seen.has(h.shard.index)) problems.push(`"${p.dir}" and "${seen.get(h.shard.index)}" are both shard ${h.shard.index}/${n}.`);
    seen.set(h.shard.index, p.dir);
    if (JSON.stringify(h.sources) !== sourcesJson) problems.push(`"${p.dir}" was built from other sources than "${first.dir}" (files added, removed or changed between the jobs).`);
  }
  for (let k = 1; k <= n; k++) if (!seen.has(k)) problems.push(`shard ${k}/${n} is missing.`);
  const byId = new Map<string, DocumentResult>();
  for (const p of partials) {
    for (const r of p.results) {
      if (shardOf(r.id, n) !== p.header.shard.index) problems.push(`"${p.dir}" holds source "${r.id}", which belongs to shard ${shardOf(r.id, n)}/${n}.`);
      byId.set(r.id, r);
    }
  }
  const facts: Fact[] = [];
  const extractIssues: Issue[] = [];
  for (const s of first.header.sources) {
    const r = byId.get(s.id);
    if (!r) {
      if (seen.has(shardOf(s.id, n))) problems.push(`source "${s.id}" is missing from shard ${shardOf(s.id, n)}/${n}.`);
      continue;
    }
    for (const f of r.facts) facts.push(f);
    for (const i of r.issues) extractIssues.push(i);
  }
  if (problems.length) {
    throw new DataError('partials-incomplete', `The partial results do not make one build:\n  ${[...new Set(problems)].join('\n  ')}`, {
      hint: 'Merge the outputs of `build --shard K/N` for every K from 1 to N, all built from the same sources by the same version.',
    });
  }
  return {
    sources: first.header.sources,
    ingestIssues: first.header.ingest_issues,
    facts,
    extractIssues,
    extractVersion: first.header.extract_version,
    shards: n,
  };
}
