/**
 * Robustness probe: builds pages of layouts nobody wrote rules for (bench/mixed-pages.ts: lines of the given texts
 * cut, mixed and restyled) and reports what a user's crawl of unforeseen pages would meet: a build stopped by a
 * record that fails its schema, or facts left out by the extraction guard (warnings « fact-malformed »). Each
 * round is one build of `--pages` pages from its own seed; a failing round's pages are kept for reproduction.
 *
 *   node --no-regexp-tier-up --import tsx scripts/layout-probe.ts --from sources --from ../shared/devset --rounds 5
 *
 * Exit code 1 when a build fails. Never point it at held-out evaluation texts you mean to keep unseen: the pages
 * it keeps quote them.
 *
 * With --long-lines, it times extraction instead on pages of one very long line each (bench/mixed-pages.ts
 * longLinePages), at 60 and 240 kB: a rule that reads a whole line again for each token on it shows as a page that
 * takes much more than four times as long at four times the size (marked « superlinear »).
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { longLinePages, mixedPages, quotesAstray } from '../bench/mixed-pages.ts';
import { PipelineError, formatIssue } from '../pipeline/errors.ts';
import { hasRegexpEngineFlag, REGEXP_ENGINE_FLAG } from '../pipeline/io/regexp-engine.ts';
import { buildDatasets } from '../pipeline/run.ts';
import { extractDocument } from '../pipeline/stages/extract/index.ts';
import { readSources } from '../pipeline/stages/ingest/index.ts';

const { values } = parseArgs({
  options: {
    from: { type: 'string', multiple: true, default: ['sources'] },
    pages: { type: 'string', default: '400' },
    rounds: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    keep: { type: 'string' },
    'long-lines': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log('Usage: node --no-regexp-tier-up --import tsx scripts/layout-probe.ts [--from DIR …] [--pages 400] [--rounds 3] [--seed 1] [--keep DIR]');
  console.log('       node --no-regexp-tier-up --import tsx scripts/layout-probe.ts --long-lines');
  process.exit(0);
}
const count = (name: string, value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name}: expected a whole number of at least 1, got "${value}"`);
  return n;
};
const pages = count('pages', values.pages);
const rounds = count('rounds', values.rounds);
const firstSeed = count('seed', values.seed);
if (!hasRegexpEngineFlag()) console.error(`(run as the CLI does, about twice as fast: node ${REGEXP_ENGINE_FLAG} --import tsx ${process.argv[1]} …)`);

if (values['long-lines']) {
  // Time per page at two sizes; the ratio says whether a rule is linear (about 4) or reads the line again per token.
  const time = (size: number) =>
    new Map(
      longLinePages(size).map((page) => {
        const document = { id: page.file.replace(/\.txt$/, ''), file: page.file, title: null, language: 'fr', origin: null, licence: null, date: null, sha256: '', text: page.text };
        const t0 = performance.now();
        extractDocument(document, new Set());
        return [page.file, performance.now() - t0] as const;
      }),
    );
  const small = time(60_000);
  const large = time(240_000);
  let superlinear = 0;
  console.log('page                 60 kB ms  240 kB ms  ratio');
  for (const [file, ms] of large) {
    const ratio = ms / Math.max(1, small.get(file)!);
    const flag = ratio > 8 && ms > 1000 ? '  superlinear' : '';
    if (flag) superlinear++;
    console.log(`${file.padEnd(20)} ${small.get(file)!.toFixed(0).padStart(8)} ${ms.toFixed(0).padStart(10)} ${ratio.toFixed(1).padStart(6)}${flag}`);
  }
  process.exit(superlinear ? 1 : 0);
}

const texts = [];
for (const dir of values.from) texts.push(...(await readSources(dir)).documents.map((d) => ({ file: d.file, text: d.text })));
console.error(`layout probe: ${texts.length} texts from ${values.from.join(', ')}; ${rounds} round(s) of ${pages} pages`);

let failed = 0;
for (let seed = firstSeed; seed < firstSeed + rounds; seed++) {
  const dir = values.keep ? path.join(values.keep, `seed-${seed}`) : await mkdtemp(path.join(tmpdir(), `etat-numerique-probe-${seed}-`));
  await mkdir(dir, { recursive: true });
  for (const page of mixedPages(texts, { seed, pages })) await writeFile(path.join(dir, page.file), page.text);
  const t0 = performance.now();
  try {
    const built = await buildDatasets({ sourcesDir: dir, cacheDir: null });
    const malformed = built.warnings.filter((w) => w.code === 'fact-malformed');
    const facts = built.datasets.facts.length;
    const astray = quotesAstray(built.datasets);
    console.log(`seed ${seed}: built, ${facts} facts, ${malformed.length} left out by the guard, ${astray.length} quotes that do not show their address (${Math.round(performance.now() - t0)} ms)`);
    for (const w of malformed) console.log(`  ${formatIssue(w)}`);
    for (const a of astray.slice(0, 20)) console.log(`  ${a}`);
    if (astray.length) failed++;
    if (!values.keep) await rm(dir, { recursive: true, force: true });
  } catch (error) {
    if (!(error instanceof PipelineError)) throw error;
    failed++;
    console.log(`seed ${seed}: FAILED ${error.code}: ${error.message} (pages kept in ${dir})`);
    for (const issue of error.issues.filter((i) => i.severity === 'error').slice(0, 20)) console.log(`  ${formatIssue(issue)}`);
  }
}
process.exitCode = failed ? 1 : 0;
