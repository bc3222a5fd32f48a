/** Test helpers: hand-made dist folders (only what diff reads) in temp dirs, and a captured CLI run. */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../pipeline/cli.ts';

export type Records = Record<string, Record<string, unknown>[]>;

export async function tempDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'etat-numerique-diff-'));
}

/** Writes `<name>.json` per dataset (the build's envelope), plus build-manifest.json unless `manifest: false`. */
export async function writeFolder(dir: string, records: Records, options: { manifest?: boolean; extra?: Record<string, string> } = {}): Promise<string> {
  await mkdir(dir, { recursive: true });
  for (const [name, recs] of Object.entries(records)) {
    await writeFile(path.join(dir, `${name}.json`), `${JSON.stringify({ dataset: name, title: name, count: recs.length, records: recs }, null, 2)}\n`);
  }
  if (options.manifest !== false) {
    const counts = Object.fromEntries(Object.entries(records).map(([k, v]) => [k, v.length]));
    await writeFile(path.join(dir, 'build-manifest.json'), `${JSON.stringify({ tool: { name: 'etat-numerique', version: '0.1.0' }, sources: [], counts }, null, 2)}\n`);
  }
  for (const [rel, content] of Object.entries(options.extra ?? {})) await writeFile(path.join(dir, rel), content);
  return dir;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `etat-numerique <args>` in-process (through the CLI's dispatch) with captured output. */
export async function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, env, { stdout: (l) => out.push(l), stderr: (l) => err.push(l) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}
