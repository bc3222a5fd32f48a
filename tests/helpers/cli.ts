/** Shared by the tests that drive the CLI and compare output folders byte for byte. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect } from 'vitest';
import { main } from '../../pipeline/cli.ts';

/** The repository root. */
export const ROOT = new URL('../..', import.meta.url).pathname;

/** Runs `etat-numerique <args>` in process; returns the exit code and what it printed. */
export async function runCli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, env, { stdout: (l) => out.push(l), stderr: (l) => err.push(l) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** Every file under dir → its bytes, in path order. */
export function readTree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return files;
}

/** Asserts that two folders hold the same files with the same bytes. */
export function expectSameTree(a: string, b: string): void {
  const ta = readTree(a);
  const tb = readTree(b);
  expect([...tb.keys()]).toEqual([...ta.keys()]);
  for (const [path, bytes] of ta) expect(bytes.equals(tb.get(path)!), path).toBe(true);
}
