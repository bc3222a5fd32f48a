/**
 * One measured run, in its own process (so that each figure of peak RSS belongs to one run only). Started by
 * bench/run.ts; prints one JSON line on stdout. Plain JavaScript, run by `node` without a loader, so that the CLI
 * starts as a user's command does (bin/fast-start.js).
 *
 *   baseline <sources-dir>     read every text and split it into sentences, nothing else
 *   cli <command> <args…>      run `etat-numerique <command> <args…>` in this process (build, merge)
 *
 * For `cli`, the RSS high-water mark (and the current RSS) is recorded at the end of every stage, from the
 * build's progress lines, and sampled every 50 ms while the main thread is free (extraction on workers).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadCli } from '../bin/fast-start.js';

const MB = 1024 * 1024;
const maxRssMb = () => process.resourceUsage().maxRSS / 1024;
const rssMb = () => process.memoryUsage.rss() / MB;

async function baseline(dir) {
  // The pipeline's own sentence splitter, from its TypeScript source (through tsx, like a script of the project).
  const { register } = await import('tsx/esm/api');
  register();
  const { prepareText } = await import('../pipeline/stages/extract/text.ts');
  const t0 = performance.now();
  const names = (await readdir(dir)).filter((n) => /\.(?:txt|md|markdown)$/i.test(n) && !/^readme\./i.test(n)).sort();
  let bytes = 0;
  let sentences = 0;
  for (const name of names) {
    const raw = await readFile(path.join(dir, name));
    bytes += raw.byteLength;
    // The shared clean copy, its lines and sentences, nothing else.
    sentences += prepareText(raw.toString('utf8')).sentences.length;
  }
  return { documents: names.length, bytes, sentences, work_ms: performance.now() - t0 };
}

async function cli(argv) {
  const main = await loadCli();
  const stages = [];
  let sampled = 0;
  const timer = setInterval(() => (sampled = Math.max(sampled, rssMb())), 50);
  const stdout = [];
  const stderr = [];
  const t0 = performance.now();
  const code = await main(argv, process.env, {
    stdout: (l) => stdout.push(l),
    stderr: (l) => {
      stderr.push(l);
      const stage = /^([a-z]+)\s{2,}/.exec(l)?.[1];
      if (stage) {
        const rss = rssMb();
        stages.push({ stage, at_ms: performance.now() - t0, rss_mb: rss, rss_peak_mb: maxRssMb(), sampled_peak_mb: Math.max(sampled, rss) });
        sampled = 0;
      }
    },
  });
  clearInterval(timer);
  let summary = null;
  try {
    summary = JSON.parse(stdout.join('\n'));
  } catch {
    summary = null;
  }
  return { code, summary, stages, work_ms: performance.now() - t0, stderr_tail: code === 0 ? [] : stderr.slice(-30) };
}

const [mode, ...rest] = process.argv.slice(2);
const result = mode === 'baseline' ? await baseline(rest[0]) : await cli(rest);
// Time since this process started (module loading included), its RSS high-water mark and the CPU it used.
// CPU time of the whole process, worker threads included: on a shared machine it varies less than wall time.
const { userCPUTime, systemCPUTime } = process.resourceUsage();
process.stdout.write(`${JSON.stringify({ ...result, process_ms: performance.now(), max_rss_mb: maxRssMb(), cpu_s: (userCPUTime + systemCPUTime) / 1e6 })}\n`);
process.exit(0);
