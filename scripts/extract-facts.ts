/**
 * Prints every fact extracted from a sources folder, one line each (source, kind, « quote », data), sorted as
 * the extractors give them: diff the output of two commits to see everything a rule changed, not only the scores.
 *
 *   npx tsx scripts/extract-facts.ts eval/texts/devset > /tmp/after.txt
 */
import { hasRegexpEngineFlag, REGEXP_ENGINE_FLAG } from '../pipeline/io/regexp-engine.ts';
import { extractCorpus } from '../pipeline/shard/extract-corpus.ts';
import { readSources } from '../pipeline/stages/ingest/index.ts';

// « | head »: a closed pipe ends the listing quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

if (!hasRegexpEngineFlag()) console.error(`(run as the CLI does, about twice as fast: node ${REGEXP_ENGINE_FLAG} --import tsx ${process.argv[1]} …)`);
const dir = process.argv[2] ?? 'sources';
const { documents } = await readSources(dir);
const result = await extractCorpus(documents, { workers: 0 });
for (const doc of result.documents) {
  for (const fact of doc.facts) {
    const { kind, ...data } = fact.data;
    console.log(`${fact.source_id} ${kind} «${fact.quote.replace(/\s+/g, ' ')}» ${JSON.stringify(data)}`);
  }
}
