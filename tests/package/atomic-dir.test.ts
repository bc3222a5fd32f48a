import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkRelativePath, readDirFiles, writeDirAtomic } from '../../pipeline/io/atomic-dir.ts';
import { PipelineError } from '../../pipeline/errors.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'etat-numerique-atomic-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Builds a folder from an inline tree. */
async function tree(dir: string, files: Record<string, string>): Promise<void> {
  for (const [p, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, p)), { recursive: true });
    await writeFile(path.join(dir, p), content);
  }
}

const asText = async (dir: string): Promise<Record<string, string>> =>
  Object.fromEntries([...(await readDirFiles(dir))].map(([p, b]) => [p, Buffer.from(b).toString('utf8')]));

describe('writeDirAtomic', () => {
  it('creates the folder with exactly the given files (text and bytes, nested paths)', async () => {
    const out = path.join(root, 'dist');
    await writeDirAtomic(
      out,
      new Map<string, string | Uint8Array>([
        ['a.csv', 'id\r\n1\r\n'],
        ['schemas/x.schema.json', '{}\n'],
        ['bin', new Uint8Array([0, 255, 1])],
      ]),
    );
    expect(await asText(out)).toEqual({
      'a.csv': 'id\r\n1\r\n',
      bin: '\u0000\ufffd\u0001',
      'schemas/x.schema.json': '{}\n',
    });
    expect([...(await readFile(path.join(out, 'bin')))]).toEqual([0, 255, 1]);
  });

  it('replaces the previous folder entirely and leaves no temporary folder behind', async () => {
    const out = path.join(root, 'dist');
    await tree(out, { 'old.csv': 'old', 'nested/old.json': '{}' });
    await writeDirAtomic(out, new Map([['new.csv', 'new']]));
    expect(await asText(out)).toEqual({ 'new.csv': 'new' });
    expect(await readdir(root)).toEqual(['dist']);
  });

  it('leaves the previous folder untouched and removes the temporary folder when a write fails', async () => {
    const out = path.join(root, 'dist');
    await tree(out, { 'organisations.csv': 'previous build', 'schemas/a.json': '{}' });
    // "x" is written as a file, then "x/y" needs "x" to be a folder: the write fails half-way.
    const files = new Map([
      ['a.csv', 'new'],
      ['x', 'file'],
      ['x/y', 'nested'],
    ]);
    const error = await writeDirAtomic(out, files).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PipelineError);
    expect((error as PipelineError).code).toBe('dist-write-failed');
    expect((error as PipelineError).message).toMatch(/previous folder was left untouched/);
    expect(await asText(out)).toEqual({ 'organisations.csv': 'previous build', 'schemas/a.json': '{}' });
    expect(await readdir(root)).toEqual(['dist']);
  });

  it('refuses paths that would escape the folder, before writing anything', async () => {
    const out = path.join(root, 'dist');
    await tree(out, { 'keep.txt': 'keep' });
    for (const bad of ['../escape.txt', '/abs.txt', 'a//b', 'a\\b', '']) {
      expect(checkRelativePath(bad), bad).toBeDefined();
      await expect(writeDirAtomic(out, new Map([[bad, 'x']]))).rejects.toThrow(PipelineError);
    }
    expect(await asText(out)).toEqual({ 'keep.txt': 'keep' });
    expect(await readdir(root)).toEqual(['dist']);
  });

  it('creates missing parent folders of the output folder', async () => {
    const out = path.join(root, 'deep', 'er', 'dist');
    await writeDirAtomic(out, new Map([['a', 'b']]));
    expect(await asText(out)).toEqual({ a: 'b' });
  });
});

describe('readDirFiles', () => {
  it('reads every file with forward-slash relative paths, sorted', async () => {
    await tree(root, { 'b.txt': 'b', 'a/c.txt': 'c', 'a/b/d.txt': 'd' });
    expect([...(await readDirFiles(root)).keys()]).toEqual(['a/b/d.txt', 'a/c.txt', 'b.txt']);
  });
});
