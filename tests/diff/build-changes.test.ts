import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBaseline } from '../../pipeline/stages/diff/read.ts';
import { cli, tempDir, writeFolder } from './helpers.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const DIST = path.join(ROOT, 'dist');

/** One sentence of one source, edited without changing its length (so no offset after it moves). */
const SOURCE = 'wikipedia-dinum';
const BEFORE = "Mounir Majoubi, alors secrétaire d'État au Numérique[24]";
const AFTER = "Mounir Majoubi, alors secrétaire d'État au Transport[24]";

let temp: string;
let edited: string;

beforeAll(async () => {
  temp = await tempDir();
  // A copy of sources/ with one sentence changed, its manifest entry's sha256 updated.
  edited = path.join(temp, 'sources');
  await cp(path.join(ROOT, 'sources'), edited, { recursive: true });
  const file = path.join(edited, `${SOURCE}.txt`);
  const text = await readFile(file, 'utf8');
  expect(text.split(BEFORE)).toHaveLength(2);
  await writeFile(file, text.replace(BEFORE, AFTER));
  const manifestPath = path.join(edited, 'sources.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { sources: { id: string; sha256?: string }[] };
  const entry = manifest.sources.find((s) => s.id === SOURCE)!;
  entry.sha256 = createHash('sha256').update(await readFile(file)).digest('hex');
  await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
});

afterAll(() => rm(temp, { recursive: true, force: true }));

async function tree(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const p = path.join(entry.parentPath, entry.name);
      files.set(path.relative(dir, p), await readFile(p));
    }
  }
  return files;
}

describe('diff: the committed dist/ against a build of an edited source (end to end)', () => {
  it('the committed dist/ is what the unedited sources build to (else every other test here is noise)', async () => {
    const out = path.join(temp, 'unedited');
    const b = await cli(['build', '--sources', path.join(ROOT, 'sources'), '--out', out]);
    expect(b.code, b.stderr).toBe(0);
    const r = await cli(['diff', DIST, out, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).summary.changed_datasets, 'dist/ is stale: rebuild it (node bin/etat-numerique.js build) and commit').toBe(0);
    // Same records as the committed dist/: its CHANGES.md is carried over byte for byte.
    expect(await readFile(path.join(out, 'CHANGES.md'), 'utf8')).toBe(await readFile(path.join(DIST, 'CHANGES.md'), 'utf8'));
  });

  it('reports exactly the records the edited sentence touches, as changes of the same ids', async () => {
    const out = path.join(temp, 'edited');
    const b = await cli(['build', '--sources', edited, '--out', out]);
    expect(b.code, b.stderr).toBe(0);
    const r = await cli(['diff', DIST, out, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.summary).toMatchObject({ changed_datasets: 3, added: 0, removed: 0, changed: 3 });
    const changed = Object.fromEntries(
      (json.datasets as { dataset: string; changed: unknown[] }[]).filter((d) => d.changed.length > 0).map((d) => [d.dataset, d.changed]),
    );
    expect(Object.keys(changed)).toEqual(['sources', 'people', 'facts']);
    expect(changed.sources).toEqual([{ id: SOURCE, fields: [{ field: 'sha256', old: expect.stringMatching(/^[0-9a-f]{64}$/), new: expect.stringMatching(/^[0-9a-f]{64}$/) }] }]);
    expect(changed.people).toEqual([
      { id: 'person-mounir-majoubi', fields: [{ field: 'role', old: "secrétaire d'État au Numérique", new: "secrétaire d'État au Transport" }] },
    ]);
    expect(changed.facts).toEqual([
      {
        id: 'f-a21a7ce56a62',
        fields: [{ field: 'quote', old: "Mounir Majoubi, alors secrétaire d'État au Numérique", new: "Mounir Majoubi, alors secrétaire d'État au Transport" }],
      },
    ]);

    const text = await cli(['diff', DIST, out]);
    expect(text.stdout).toContain(`  ~ person-mounir-majoubi\n      role: "secrétaire d'État au Numérique" → "secrétaire d'État au Transport"`);
    expect(text.stdout).toContain('3 of 12 datasets differ: 0 added, 0 removed, 3 changed');
  });

  it('writes CHANGES.md against the committed dist/, and a rebuild of the same output gives the same bytes', async () => {
    const out = path.join(temp, 'edited-twice');
    expect((await cli(['build', '--sources', edited, '--out', out])).code).toBe(0);
    const changes = await readFile(path.join(out, 'CHANGES.md'), 'utf8');
    const committedVersion = createHash('sha256').update(await readFile(path.join(DIST, 'SHA256SUMS'))).digest('hex').slice(0, 12);
    expect(changes).toContain(`From data version \`${committedVersion}\` to this version.`);
    expect(changes).toContain('3 of 12 datasets differ: 0 added, 0 removed, 3 changed');
    expect(changes).toContain("- changed `person-mounir-majoubi`\n  - `role`: `\"secrétaire d'État au Numérique\" → \"secrétaire d'État au Transport\"`");
    expect((await readFile(path.join(out, 'SHA256SUMS'), 'utf8')).split('\n')).toContainEqual(expect.stringMatching(/^[0-9a-f]{64} {2}CHANGES\.md$/));

    // The second build's baseline is the first one (same records): CHANGES.md and every other file are kept as they are.
    const first = await tree(out);
    expect((await cli(['build', '--sources', edited, '--out', out])).code).toBe(0);
    const second = await tree(out);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    for (const [p, bytes] of first) expect(second.get(p)?.equals(bytes), p).toBe(true);
  });
});

describe('readBaseline', () => {
  it('prefers the output folder, skips folders that are not builds, falls back, and returns null with neither', async () => {
    const base = path.join(temp, 'baselines');
    const out = await writeFolder(path.join(base, 'out'), { x: [{ id: 'a' }] }, { extra: { 'CHANGES.md': '# Changes\n', SHA256SUMS: 'sums\n' } });
    const fallback = await writeFolder(path.join(base, 'fallback'), { x: [{ id: 'b' }] });
    const notABuild = path.join(base, 'not-a-build');
    await mkdir(notABuild, { recursive: true });
    await writeFile(path.join(notABuild, 'previous.txt'), 'something else');

    const fromOut = (await readBaseline(out, fallback)).baseline!;
    expect(fromOut).toEqual({
      dir: path.resolve(out),
      datasets: { x: [{ id: 'a' }] },
      deferred: [],
      changes: '# Changes\n',
      version: createHash('sha256').update('sums\n').digest('hex'),
    });
    expect((await readBaseline(notABuild, fallback)).baseline).toMatchObject({ dir: path.resolve(fallback), changes: null, version: null });
    expect((await readBaseline(path.join(base, 'absent'), fallback)).baseline?.dir).toBe(path.resolve(fallback));
    expect(await readBaseline(notABuild, path.join(base, 'absent'))).toEqual({ baseline: null, skipped: [] });
    // Datasets the caller knows otherwise are listed, not read, and only in the output folder.
    expect((await readBaseline(out, fallback, (name) => name === 'x')).baseline).toMatchObject({ dir: path.resolve(out), datasets: {}, deferred: ['x'] });
    expect((await readBaseline(notABuild, fallback, (name) => name === 'x')).baseline).toMatchObject({ datasets: { x: [{ id: 'b' }] }, deferred: [] });
  });

  it('takes the fallback only when it was built from some of the same sources (another corpus is no earlier version)', async () => {
    const base = path.join(temp, 'related');
    const fallback = await writeFolder(path.join(base, 'fallback'), { x: [{ id: 'b' }] });
    const manifest = path.join(fallback, 'build-manifest.json');
    const written = JSON.parse(await readFile(manifest, 'utf8')) as Record<string, unknown>;
    await writeFile(manifest, JSON.stringify({ ...written, sources: [{ id: 'rapport-2023', sha256: '0'.repeat(64) }] }));
    const absent = path.join(base, 'absent');
    expect((await readBaseline(absent, fallback, undefined, new Set(['rapport-2023', 'autre']))).baseline?.dir).toBe(path.resolve(fallback));
    expect(await readBaseline(absent, fallback, undefined, new Set(['doc-000001']))).toEqual({ baseline: null, skipped: [], unrelated: path.resolve(fallback) });
    // The output folder is this build's previous version whatever it was built from.
    expect((await readBaseline(fallback, absent, undefined, new Set(['doc-000001']))).baseline?.dir).toBe(path.resolve(fallback));
  });

  it('skips an unreadable previous build, saying why', async () => {
    const broken = await writeFolder(path.join(temp, 'broken-baseline'), { x: [{ id: 'a' }] });
    await writeFile(path.join(broken, 'x.json'), 'not json');
    const { baseline, skipped } = await readBaseline(broken, path.join(temp, 'absent'));
    expect(baseline).toBeNull();
    expect(skipped).toEqual([expect.stringContaining('x.json is not valid JSON')]);
  });
});
