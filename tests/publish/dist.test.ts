import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataError } from '../../pipeline/errors.ts';
import { renderDatasetDescription } from '../../pipeline/stages/publish/catalogue-metadata.ts';
import { hashFile, readDist } from '../../pipeline/stages/publish/dist.ts';
import { BASE_RECORDS, tempDir as newTempDir, writeDist } from './helpers.ts';

// Every folder these tests make is removed when they end.
const made: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await newTempDir();
  made.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('readDist', () => {
  it('lists the files of SHA256SUMS (plus itself), flattened, with hashes and media types', async () => {
    const dir = await writeDist(path.join(await tempDir(), 'dist'));
    const dist = await readDist(dir);
    expect(dist.files.map((f) => f.assetName)).toContain('schemas--organisations.schema.json');
    expect(dist.files.find((f) => f.assetName === 'SHA256SUMS')?.sha256).toBe(dist.versionHash);
    expect(dist.files.find((f) => f.path === 'events.jsonld')).toMatchObject({ mediaType: 'application/ld+json', kind: 'data', dataset: 'events', format: 'jsonld' });
    expect(dist.manifest?.counts).toEqual({ sources: 2, organisations: 2, events: 1 });
    expect(dist.sourceDates).toEqual(['2019-10-25', '2023']);
  });

  it('puts the French data dictionary of LISEZMOI.md in the catalogue description', async () => {
    const dictionary = '## Dictionnaire des données\n\n| colonne | description |\n|---|---|\n| id | identifiant stable |\n';
    const dist = await readDist(await writeDist(path.join(await tempDir(), 'dist'), BASE_RECORDS, { 'LISEZMOI.md': dictionary }));
    expect(dist.dictionaryFr).toBe(dictionary);
    expect(renderDatasetDescription(dist, [], 'complete')).toContain('| id | identifiant stable |');
    const without = await readDist(await writeDist(path.join(await tempDir(), 'dist')));
    expect(renderDatasetDescription(without, [], 'complete')).not.toContain('Dictionnaire');
  });

  it('refuses a dist whose files do not match, listing every problem', async () => {
    const dir = await writeDist(path.join(await tempDir(), 'dist'));
    await writeFile(path.join(dir, 'events.csv'), 'changed\n');
    await writeFile(path.join(dir, 'events.json'), '{}');
    const err = await readDist(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataError);
    expect((err as DataError).issues.map((i) => i.location?.file).sort()).toEqual(['events.csv', 'events.json']);
  });

  it('refuses a folder without SHA256SUMS', async () => {
    const err = await readDist(await tempDir()).catch((e: unknown) => e);
    expect((err as DataError).code).toBe('dist-checksums-missing');
  });

  it('does not publish unlisted files, and says so', async () => {
    const dir = await writeDist(path.join(await tempDir(), 'dist'));
    await mkdir(path.join(dir, 'tmp'), { recursive: true });
    await writeFile(path.join(dir, 'tmp', 'scratch.txt'), 'x');
    const dist = await readDist(dir);
    expect(dist.skipped.map((s) => s.path)).toEqual(['tmp/scratch.txt']);
  });

  it('publishes the preview site as a flat html asset', async () => {
    const dir = await writeDist(path.join(await tempDir(), 'dist'), BASE_RECORDS, { 'site/index.html': '<html></html>' });
    const dist = await readDist(dir);
    expect(dist.skipped).toEqual([]);
    expect(dist.files.find((f) => f.path === 'site/index.html')).toMatchObject({ assetName: 'site--index.html', mediaType: 'text/html', kind: 'documentation', format: 'html' });
  });

  it('hashes by streaming (a file larger than one read chunk)', async () => {
    const dir = await tempDir();
    const big = Buffer.alloc(3 * 1024 * 1024 + 7, 7);
    await writeFile(path.join(dir, 'big.bin'), big);
    const h = await hashFile(path.join(dir, 'big.bin'));
    expect(h.size).toBe(big.length);
    expect(h.sha256).toBe((await import('node:crypto')).createHash('sha256').update(big).digest('hex'));
  });
});
