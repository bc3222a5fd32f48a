/**
 * bin/fast-start.js: the CLI started from a bundle of its sources, rebuilt when a source changes, with the same
 * output as the sources run through tsx. Real processes (the launcher is what a user runs), each with its own
 * bundle folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REGEXP_ENGINE_FLAG } from '../../pipeline/io/regexp-engine.ts';
import { ROOT, expectSameTree } from '../helpers/cli.ts';

const temp = mkdtempSync(join(tmpdir(), 'etat-numerique-fast-start-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const bundles = join(temp, 'bundles');

/** Runs the launcher as `npm run build` does (with the regular-expression engine's option), or as `npx` does (without). */
function launch(args: string[], env: Record<string, string> = {}, nodeOptions: string[] = [REGEXP_ENGINE_FLAG]) {
  const r = spawnSync(process.execPath, [...nodeOptions, join(ROOT, 'bin/etat-numerique.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ETAT_NUMERIQUE_BUNDLE_DIR: bundles, ETAT_NUMERIQUE_DEBUG_START: '1', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, said: r.stderr.split('\n').filter((l) => l.startsWith('fast start: ')) };
}

const current = () => JSON.parse(readFileSync(join(bundles, 'current.json'), 'utf8')) as { dir: string; inputs: Record<string, [number, number]> };

describe('fast start (bin/fast-start.js)', () => {
  it('builds the bundle on first use; the bundled CLI and its threads write what the sources through tsx write', () => {
    const build = (out: string, env: Record<string, string> = {}) =>
      launch(['build', '--sources', join(ROOT, 'sources'), '--out', join(temp, out), '--no-cache', '--workers', '1'], env);
    const bundled = build('bundled');
    expect(bundled.code, bundled.stderr).toBe(0);
    expect(bundled.said[0]).toMatch(/^fast start: bundle \S+ built in \d+ ms$/);
    // Both kinds of worker thread ran their bundled JavaScript.
    expect(bundled.said).toContain('fast start: thread runs worker-main.js');
    expect(bundled.said).toContain('fast start: thread runs render-worker-main.js');

    const sources = build('tsx', { ETAT_NUMERIQUE_NO_BUNDLE: '1' });
    expect(sources.code, sources.stderr).toBe(0);
    expect(sources.said).toContain('fast start: running the sources through tsx (ETAT_NUMERIQUE_NO_BUNDLE=1)');
    expect(sources.said).toContain('fast start: thread runs worker-main.ts');
    expectSameTree(join(temp, 'tsx'), join(temp, 'bundled'));
  }, 60_000);

  it('reuses the bundle while its sources are unchanged, and rebuilds it when one changed', () => {
    const before = current();
    expect(Object.keys(before.inputs)).toContain('pipeline/cli.ts');
    expect(Object.keys(before.inputs)).toContain('pipeline/stages/extract/index.ts');
    const again = launch(['--help']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Usage: etat-numerique');
    expect(again.said).toEqual([`fast start: bundle ${before.dir} is up to date`]);

    // A source file as the bundle saw it no longer matches (edited since): the next start bundles again.
    const stale = { ...before, inputs: { ...before.inputs, 'pipeline/cli.ts': [before.inputs['pipeline/cli.ts']![0], 0] } };
    writeFileSync(join(bundles, 'current.json'), JSON.stringify(stale));
    const rebuilt = launch(['--help']);
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.said[0]).toMatch(/^fast start: bundle \S+ built in \d+ ms$/);
    expect(current().dir).not.toBe(before.dir);
    expect(current().inputs['pipeline/cli.ts']).toEqual(before.inputs['pipeline/cli.ts']);
  }, 60_000);

  it('runs the sources through tsx when no bundle can be written', () => {
    const blocked = join(temp, 'a-file');
    writeFileSync(blocked, '');
    const r = launch(['--help'], { ETAT_NUMERIQUE_BUNDLE_DIR: join(blocked, 'bundles') });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: etat-numerique');
    expect(r.said[0]).toMatch(/^fast start: running the sources through tsx \(.+\)$/);
  }, 60_000);

  it('starts Node again with the regular-expression engine option when started without it, and passes on its exit code', () => {
    const plain = launch(['--version'], {}, []);
    expect(plain.code).toBe(0);
    expect(plain.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(plain.said[0]).toBe(`fast start: Node started again with ${REGEXP_ENGINE_FLAG}`);
    // (Started with it, as the npm scripts do: no second process.)
    expect(launch(['--version']).said).not.toContain(`fast start: Node started again with ${REGEXP_ENGINE_FLAG}`);
    // A usage error (2) and a data error (1) come back through the second process.
    expect(launch(['no-such-command'], {}, []).code).toBe(2);
    const missing = launch(['build', '--sources', join(temp, 'no-such-folder'), '--out', join(temp, 'never')], {}, []);
    expect(missing.code, missing.stderr).toBe(1);
    expect(missing.stderr).toContain('no-such-folder');
  });
});
