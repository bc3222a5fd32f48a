import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.ts';
import { CHUNK, CHUNK_MAX, chunkEnds } from '../../pipeline/stages/package/chunks.ts';
import { expectSameTree, runCli as cli } from '../helpers/cli.ts';

const temp = mkdtempSync(join(tmpdir(), 'etat-numerique-reuse-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The chunks of a list of ids, as lists of ids. */
function chunksOf(ids: string[]): string[] {
  const records = ids.map((id) => ({ id }));
  const ends = chunkEnds(records);
  return ends.map((end, i) => ids.slice(i === 0 ? 0 : ends[i - 1], end).join(' '));
}

describe('chunkEnds', () => {
  const ids = Array.from({ length: 20_000 }, (_, i) => `org-service-${(i * 7919).toString(36)}`).sort();

  it('cuts a sorted list in chunks of CHUNK records on average and never more than CHUNK_MAX, covering every record', () => {
    const ends = chunkEnds(ids.map((id) => ({ id })));
    expect(ends.at(-1)).toBe(ids.length);
    const sizes = ends.map((end, i) => end - (i === 0 ? 0 : ends[i - 1]!));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(CHUNK_MAX);
    expect(Math.min(...sizes)).toBeGreaterThan(0);
    expect(ids.length / ends.length).toBeGreaterThan(CHUNK / 2);
    expect(ids.length / ends.length).toBeLessThan(CHUNK * 2);
  });

  it('changes only the chunk where a record is added or removed', () => {
    const before = new Set(chunksOf(ids));
    const added = [...ids, 'org-service-zzz-new'].sort();
    const removed = ids.filter((_, i) => i !== 7_000);
    for (const after of [chunksOf(added), chunksOf(removed)]) {
      const changed = after.filter((c) => !before.has(c));
      expect(changed.length).toBeGreaterThan(0);
      expect(changed.length).toBeLessThanOrEqual(2);
    }
  });
});

async function build(sources: string, out: string, ...extra: string[]) {
  const r = await cli(['build', '--sources', sources, '--out', out, '--json', '--workers', '0', ...extra]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as {
    rendering?: { chunks_reused: number; chunks_rendered: number };
    validation: { records_checked: number; records_checked_before: number };
  };
}

describe('chunks of the previous build (cache/render-reuse.ts)', () => {
  const src = join(temp, 'sources');
  const cache = join(temp, 'cache');
  const out = join(temp, 'out');
  const clean = join(temp, 'clean');
  const edit = (file: string, line: string) => writeFileSync(join(src, file), `${readFileSync(join(src, file), 'utf8')}\n${line}\n`);
  /** Rebuilds `out` with the cache and checks it against a clean build from the same previous version (CHANGES.md). */
  const rebuild = async () => {
    rmSync(clean, { recursive: true, force: true });
    cpSync(out, clean, { recursive: true });
    const summary = await build(src, out, '--cache-dir', cache);
    await build(src, clean, '--no-cache');
    expectSameTree(clean, out);
    return summary;
  };

  it('reuses the unchanged chunks after an edit, and gives the bytes of a clean build', async () => {
    mkdirSync(src, { recursive: true });
    for (const d of generateCorpus({ seed: 11, targetBytes: 600_000 }).documents) writeFileSync(join(src, d.file), d.text);

    const first = await build(src, out, '--cache-dir', cache);
    expect(first.rendering).toMatchObject({ chunks_reused: 0 });
    expect(first.validation.records_checked_before).toBe(0);
    const chunks = first.rendering!.chunks_rendered;
    expect(chunks).toBeGreaterThan(10);

    const files = readdirSync(src).sort();
    edit(files[3]!, 'Le 12 mars 2024, le bilan a recensé 2 400 démarches. Contact : bilan@exemple.gouv.fr');
    const again = await rebuild();
    // A few chunks change (the new facts and the records they touch); most come from the previous build.
    expect(again.rendering!.chunks_reused).toBeGreaterThan(chunks / 2);
    expect(again.rendering!.chunks_rendered).toBeGreaterThan(0);
    // The records of the reused chunks were checked against their schemas by the previous build; only the others are.
    const total = first.validation.records_checked;
    expect(again.validation.records_checked_before).toBeGreaterThan(total / 2);
    expect(again.validation.records_checked).toBeGreaterThan(0);
    expect(again.validation.records_checked + again.validation.records_checked_before).toBeGreaterThanOrEqual(total);
  }, 120_000);

  it('does not read a previous file that was changed since, nor one written by another build', async () => {
    // A dataset file edited by hand, inside a chunk and keeping its size: that dataset is rendered again (were
    // its chunks reused, the edit would show in the output), the others are reused.
    const facts = readFileSync(join(out, 'facts.json'), 'utf8');
    const at = facts.indexOf('"kind": "', facts.lastIndexOf('"records"')) + '"kind": "'.length;
    writeFileSync(join(out, 'facts.json'), facts.slice(0, at) + facts[at]!.toUpperCase() + facts.slice(at + 1));
    const files = readdirSync(src).sort();
    edit(files[5]!, 'Le 13 mars 2024, une note.');
    const touched = await rebuild();
    expect(touched.rendering!.chunks_reused).toBeGreaterThan(0);

    // A build without the cache replaces the folder: its files are not those the index describes.
    await build(src, out, '--no-cache');
    edit(files[6]!, 'Le 14 mars 2024, une autre note.');
    const after = await rebuild();
    expect(after.rendering).toMatchObject({ chunks_reused: 0 });
    expect(after.validation.records_checked_before).toBe(0);
  }, 120_000);
});

describe('render indexes of folders that are gone', () => {
  it('are removed when a build saves its own; those of existing folders stay', async () => {
    const { RenderReuse } = await import('../../pipeline/cache/render-reuse.ts');
    const root = join(temp, 'stale');
    const cache = join(root, 'cache');
    const gone = join(root, 'gone');
    const kept = join(root, 'kept');
    const current = join(root, 'current');
    for (const dir of [gone, kept, current]) mkdirSync(dir, { recursive: true });
    const index = join(cache, 'render');
    for (const out of [gone, kept]) await (await RenderReuse.open(cache, out)).save();
    expect(readdirSync(index)).toHaveLength(2);
    // Not an index of this tool (no `out` in its head): left alone.
    writeFileSync(join(index, 'other.json'), '{"something":"else"}');
    rmSync(gone, { recursive: true });
    await (await RenderReuse.open(cache, current)).save();
    const described = readdirSync(index)
      .filter((f) => f !== 'other.json')
      .map((f) => (JSON.parse(readFileSync(join(index, f), 'utf8')) as { out: string }).out)
      .sort();
    expect(described).toEqual([current, kept].sort());
    expect(readdirSync(index)).toContain('other.json');
  });
});
