/**
 * Extraction oracle for optimisation work: extracts a sources folder in this thread (no cache, no workers) and
 * prints the sha256 of the facts and issues, with the time spent. Same digest before and after a change = the
 * change kept every fact byte for byte.
 *
 *   npx tsx scripts/extract-digest.ts bench-output/corpora/10mb-seed2024/sources
 */
import { createHash } from 'node:crypto';
import { hasRegexpEngineFlag, REGEXP_ENGINE_FLAG } from '../pipeline/io/regexp-engine.ts';
import { extractCorpus } from '../pipeline/shard/extract-corpus.ts';
import { readSources } from '../pipeline/stages/ingest/index.ts';

if (!hasRegexpEngineFlag()) console.error(`(run as the CLI does, about twice as fast: node ${REGEXP_ENGINE_FLAG} --import tsx ${process.argv[1]} …)`);
const dir = process.argv[2] ?? 'sources';
const { documents } = await readSources(dir);
const t0 = performance.now();
const result = await extractCorpus(documents, { workers: 0 });
const ms = performance.now() - t0;
const hash = createHash('sha256');
let facts = 0;
for (const doc of result.documents) {
  facts += doc.facts.length;
  hash.update(JSON.stringify(doc));
}
const mb = documents.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / 1e6;
console.log(JSON.stringify({ dir, documents: documents.length, facts, digest: hash.digest('hex'), extract_ms: Math.round(ms), pass1_ms: result.stats.pass1_ms, pass2_ms: result.stats.pass2_ms, mb_per_s: +(mb / (ms / 1000)).toFixed(2) }));
