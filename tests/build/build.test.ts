import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli as cli, readTree as tree } from '../helpers/cli.ts';

const temp = mkdtempSync(join(tmpdir(), 'etat-numerique-build-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));


describe('build', () => {
  it('builds the sources twice into byte-identical folders that match the committed dist/', async () => {
    const a = join(temp, 'a');
    const b = join(temp, 'b');
    const first = await cli(['build', '--sources', join(ROOT, 'sources'), '--out', a, '--json']);
    expect(first.code, first.stderr).toBe(0);
    expect((await cli(['build', '--sources', join(ROOT, 'sources'), '--out', b])).code).toBe(0);
    const ta = tree(a);
    const tb = tree(b);
    expect([...ta.keys()]).toEqual([...tb.keys()]);
    for (const [path, bytes] of ta) expect(bytes.equals(tb.get(path)!), path).toBe(true);
    // The committed dist/ is exactly what a build gives (rebuild with `npm run build` and commit when it changes).
    const committed = tree(join(ROOT, 'dist'));
    expect([...committed.keys()]).toEqual([...ta.keys()]);
    for (const [path, bytes] of ta) expect(bytes.equals(committed.get(path)!), `dist/${path} is stale`).toBe(true);
    const summary = JSON.parse(first.stdout);
    expect(summary.sources).toBe(5);
    expect(summary.counts.organisations).toBeGreaterThan(10);
  });

  it('writes every dataset in three formats plus datapackage.json and SHA256SUMS, and validates', async () => {
    const out = join(temp, 'a');
    const files = readdirSync(out);
    for (const name of ['sources', 'organisations', 'events', 'legal_texts', 'people', 'products', 'contacts', 'figures', 'committees', 'links', 'conflicts', 'facts']) {
      for (const ext of ['csv', 'json', 'jsonld']) expect(files).toContain(`${name}.${ext}`);
    }
    expect(files).toContain('datapackage.json');
    expect(files).toContain('SHA256SUMS');
    const v = await cli(['validate', out]);
    expect(v.code, v.stderr).toBe(0);
  });

  it('builds any folder of texts without a manifest, ids from file names', async () => {
    const src = join(temp, 'plain');
    mkdirSync(src);
    writeFileSync(join(src, 'Note de service.md'), '# Note\n\nLa direction des achats de l’État (DAE) est créée en 2016.\n');
    const out = join(temp, 'plain-dist');
    const r = await cli(['build', '--sources', src, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const orgs = JSON.parse(readFileSync(join(out, 'organisations.json'), 'utf8')).records;
    expect(orgs).toEqual([expect.objectContaining({ acronym: 'DAE', sources: ['note-de-service'] })]);
  });
});

describe('build: bad input leaves dist/ untouched and exits 1', () => {
  const cases: Array<[string, (dir: string) => void, RegExp]> = [
    ['a manifest entry whose file is missing', (d) => writeFileSync(join(d, 'sources.json'), JSON.stringify({ sources: [{ id: 'a', file: 'absent.md', title: 'A', language: 'fr', origin: null, licence: null }] })), /absent\.md/],
    [
      'duplicate ids in the manifest',
      (d) => {
        writeFileSync(join(d, 'a.md'), 'La direction des achats (DAE).');
        writeFileSync(join(d, 'b.md'), 'Le pôle « Données ».');
        writeFileSync(join(d, 'sources.json'), JSON.stringify({ sources: [
          { id: 'same', file: 'a.md', title: 'A', language: 'fr', origin: null, licence: null },
          { id: 'same', file: 'b.md', title: 'B', language: 'fr', origin: null, licence: null },
        ] }));
      },
      /same/,
    ],
    [
      'an unknown manifest field',
      (d) => {
        writeFileSync(join(d, 'a.md'), 'La direction des achats (DAE).');
        writeFileSync(join(d, 'sources.json'), JSON.stringify({ sources: [{ id: 'a', file: 'a.md', title: 'A', language: 'fr', origin: null, licence: null, auteur: 'X' }] }));
      },
      /auteur/,
    ],
    ['an empty file', (d) => writeFileSync(join(d, 'vide.md'), ''), /vide\.md/],
    ['a file that is not UTF-8', (d) => writeFileSync(join(d, 'latin1.txt'), Buffer.from([0x64, 0xe9, 0x63, 0x72, 0x65, 0x74])), /latin1\.txt/],
    ['a binary file', (d) => writeFileSync(join(d, 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3, 0, 0])), /image\.md/],
    ['a path leaving the sources folder', (d) => writeFileSync(join(d, 'sources.json'), JSON.stringify({ sources: [{ id: 'x', file: '../secret.md', title: 'X', language: 'fr', origin: null, licence: null }] })), /secret\.md/],
  ];
  for (const [what, make, names] of cases) {
    it(`refuses ${what}`, async () => {
      const src = mkdtempSync(join(temp, 'bad-'));
      make(src);
      const out = join(temp, `kept-${relative(temp, src)}`);
      mkdirSync(out);
      writeFileSync(join(out, 'previous.txt'), 'previous build');
      const r = await cli(['build', '--sources', src, '--out', out]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(names);
      expect(readdirSync(out)).toEqual(['previous.txt']);
    });
  }

  it('refuses a file over the size limit given on the command line', async () => {
    const src = mkdtempSync(join(temp, 'big-'));
    writeFileSync(join(src, 'gros.md'), 'La direction. '.repeat(100));
    const r = await cli(['build', '--sources', src, '--out', join(temp, 'big-out'), '--max-bytes', '100']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/gros\.md/);
  });
});

describe('cli', () => {
  it('prints help with exit 0 and rejects unknown options with exit 2', async () => {
    expect((await cli(['--help'])).code).toBe(0);
    expect((await cli(['build', '--help'])).stdout).toMatch(/--sources DIR/);
    expect((await cli(['validate', '--help'])).code).toBe(0);
    const bad = await cli(['build', '--nope']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--nope/);
    expect((await cli(['frobnicate'])).code).toBe(2);
  });
});
