/**
 * Publication at scale, against the local emulators (emulators/): part of `npm run bench`, or alone with
 * `npx tsx bench/publish-scale.ts`. Prints one JSON line.
 *
 * 1. Latency: every request to either emulator waits 100 ms. A dist of N files (a build of sources/) is
 *    published with concurrency 1 (the time per file is that run's time / N), then with the default concurrency
 *    C on fresh emulators; the ratio is its time over N / C × the time per file (1 = perfect overlap).
 * 2. A 500 MB asset: facts.csv replaced by a 500 MB file (written in chunks, SHA256SUMS and the build manifest
 *    updated), published with no added latency; the publisher's peak RSS is compared with the same publication
 *    without the large file. The publisher runs as a child process (bench/child.mjs), so its RSS is its own.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startGithubEmulator } from '../emulators/github.ts';
import { startUdataEmulator } from '../emulators/udata.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const LATENCY_MS = 100;
const CONCURRENCY = 4;
const ASSET_BYTES = 500 * 1024 * 1024;
const MB = 1024 * 1024;
const GITHUB_TOKEN = 'emulator-github-token';
const CATALOGUE_KEY = 'emulator-catalogue-key';

/** Runs `etat-numerique <argv>` in a child process (bench/child.mjs cli); wall time from spawn to exit. */
function cli(argv: string[], env: NodeJS.ProcessEnv): Promise<{ wall_ms: number; code: number; max_rss_mb: number; stderr_tail: string[] }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [path.join(ROOT, 'bench/child.mjs'), 'cli', ...argv], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.on('error', reject);
    child.on('close', () => {
      try {
        resolve({ ...(JSON.parse(out.trim().split('\n').pop() ?? '') as { code: number; max_rss_mb: number; stderr_tail: string[] }), wall_ms: performance.now() - t0 });
      } catch {
        reject(new Error(`publish child printed no result:\n${out.slice(-2000)}`));
      }
    });
  });
}

/** Both emulators, optionally with `latency` ms added to every request; env points the publisher at them. */
async function emulators(latency: number) {
  const github = await startGithubEmulator({ token: GITHUB_TOKEN });
  const udata = await startUdataEmulator({ apiKeys: { [CATALOGUE_KEY]: { user: 'publisher' } } });
  if (latency > 0) {
    github.inject({ fault: { kind: 'delay', ms: latency }, times: Infinity });
    udata.inject({ fault: { kind: 'delay', ms: latency }, times: Infinity });
  }
  const env: NodeJS.ProcessEnv = {
    GITHUB_TOKEN,
    GITHUB_REPOSITORY: 'etalab/etat-numerique',
    GITHUB_API_URL: github.url,
    CATALOGUE_URL: udata.url,
    CATALOGUE_API_KEY: CATALOGUE_KEY,
    CATALOGUE_ORGANIZATION: udata.organization.slug,
    CATALOGUE_DATASET: 'etat-numerique',
    PUBLISH_TIMEOUT_MS: '600000',
  };
  return { github, udata, env, close: async () => void (await Promise.all([github.close(), udata.close()])) };
}

/** Replaces `rel` in a dist by `bytes` bytes of CSV written in chunks; updates SHA256SUMS and build-manifest.json. */
async function growFile(dist: string, rel: string, bytes: number): Promise<void> {
  const hash = createHash('sha256');
  const out = createWriteStream(path.join(dist, rel));
  const header = 'id,kind,source_id,start,end,quote,extractor,dataset,record_id\r\n';
  let written = 0;
  const write = async (s: string) => {
    const b = Buffer.from(s, 'utf8');
    hash.update(b);
    written += b.length;
    if (!out.write(b)) await once(out, 'drain');
  };
  await write(header);
  for (let i = 0; written < bytes; i++) {
    const lines: string[] = [];
    for (let k = 0; k < 1000; k++) lines.push(`f-${String(i * 1000 + k).padStart(12, '0')},figure,doc-${i},${k},${k + 20},« près de ${k} agents »,figures,figures,figure-${k}\r\n`);
    await write(lines.join(''));
  }
  out.end();
  await once(out, 'finish');
  const sha = hash.digest('hex');
  const sumsPath = path.join(dist, 'SHA256SUMS');
  const manifestPath = path.join(dist, 'build-manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { files: Array<{ path: string; bytes: number; sha256: string }> };
  for (const f of manifest.files) if (f.path === rel) Object.assign(f, { bytes: written, sha256: sha });
  const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
  await writeFile(manifestPath, manifestText);
  const manifestSha = createHash('sha256').update(manifestText).digest('hex');
  const sums = (await readFile(sumsPath, 'utf8'))
    .split('\n')
    .map((line) => (line.endsWith(`  ${rel}`) ? `${sha}  ${rel}` : line.endsWith('  build-manifest.json') ? `${manifestSha}  build-manifest.json` : line))
    .join('\n');
  await writeFile(sumsPath, sums);
}

const work = await mkdtemp(path.join(tmpdir(), 'etat-numerique-publish-bench-'));
try {
  // A real dist/: a build of sources/.
  const dist = path.join(work, 'dist');
  const built = await cli(['build', '--sources', path.join(ROOT, 'sources'), '--out', dist, '--no-cache'], {});
  if (built.code !== 0) throw new Error(`build failed:\n${built.stderr_tail.join('\n')}`);
  const sums = (await readFile(path.join(dist, 'SHA256SUMS'), 'utf8')).trim().split('\n');
  const files = sums.length + 1;

  // 1. Latency and concurrency.
  const runs: Record<number, number> = {};
  for (const concurrency of [1, CONCURRENCY]) {
    const emu = await emulators(LATENCY_MS);
    const r = await cli(['publish', '--dist', dist], { ...emu.env, PUBLISH_CONCURRENCY: String(concurrency) });
    await emu.close();
    if (r.code !== 0) throw new Error(`publish (concurrency ${concurrency}) failed:\n${r.stderr_tail.join('\n')}`);
    runs[concurrency] = r.wall_ms / 1000;
  }
  const perFile = runs[1]! / files;
  const expected = (files / CONCURRENCY) * perFile;

  // 2. Memory with a 500 MB asset.
  const plain = await emulators(0);
  const small = await cli(['publish', '--dist', dist], plain.env);
  await plain.close();
  const big = path.join(work, 'dist-big');
  await cp(dist, big, { recursive: true });
  await growFile(big, 'facts.csv', ASSET_BYTES);
  const emu = await emulators(0);
  const t0 = performance.now();
  const large = await cli(['publish', '--dist', big], emu.env);
  const largeWall = (performance.now() - t0) / 1000;
  const uploaded = emu.github.assets.find((a) => a.name === 'facts.csv')?.size ?? 0;
  await emu.close();
  if (small.code !== 0 || large.code !== 0) throw new Error(`publish failed:\n${[...small.stderr_tail, ...large.stderr_tail].join('\n')}`);

  const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;
  process.stdout.write(
    `${JSON.stringify({
      files,
      latency_ms: LATENCY_MS,
      concurrency: CONCURRENCY,
      serial_s: round(runs[1]!),
      per_file_s: round(perFile, 3),
      wall_s: round(runs[CONCURRENCY]!),
      expected_s: round(expected),
      ratio: round(runs[CONCURRENCY]! / expected),
      asset: {
        bytes: ASSET_BYTES,
        uploaded_bytes: uploaded,
        wall_s: round(largeWall),
        peak_rss_mb: round(large.max_rss_mb, 0),
        rss_before_mb: round(small.max_rss_mb, 0),
        peak_rss_without_asset_mb: round(small.max_rss_mb, 0),
      },
    })}\n`,
  );
} finally {
  await rm(work, { recursive: true, force: true });
}
void MB;
