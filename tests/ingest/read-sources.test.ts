import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PipelineError } from '../../pipeline/errors.ts';
import { readSources } from '../../pipeline/stages/ingest/index.ts';
import { nodeSourceFs, type SourceFs } from '../../pipeline/stages/ingest/node-fs.ts';
import { codes, expectIssue, manifest, useTempTrees } from './tree.ts';

const tree = useTempTrees();
const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');
const DINSIC = `---
title: 'La DINSIC : retour sur 2 années'
date: 2018-10-24 09:08:00 +02:00
---

La DINSIC conduit un chantier.
`;

describe('readSources with a manifest', () => {
  it('reads the listed files, with the manifest metadata, sorted by id', async () => {
    const dir = await tree({
      'sources.json': manifest(
        {
          id: 'zeta',
          file: 'texts/z.txt',
          title: 'Zêta',
          origin: 'https://example.org/z',
          licence: 'CC BY-SA 4.0',
          date: '2019',
        },
        { id: 'alpha', file: 'a.md' },
      ),
      'texts/z.txt': 'Texte zêta.\n',
      'a.md': '# Titre alpha\n\nTexte.\n',
    });
    const { documents, issues } = await readSources(dir);
    expect(issues).toEqual([]);
    expect(documents.map((d) => d.id)).toEqual(['alpha', 'zeta']);
    expect(documents[1]).toEqual({
      id: 'zeta',
      file: 'texts/z.txt',
      title: 'Zêta',
      language: 'fr',
      origin: 'https://example.org/z',
      licence: 'CC BY-SA 4.0',
      date: '2019',
      sha256: sha256('Texte zêta.\n'),
      text: 'Texte zêta.\n',
    });
    // A null title falls back on the first heading.
    expect(documents[0]?.title).toBe('Titre alpha');
  });

  it('takes the front matter date (ISO day only) and title when the manifest has none', async () => {
    const dir = await tree({ 'sources.json': manifest({ id: 'dinsic', file: 'dinsic.md' }), 'dinsic.md': DINSIC });
    const { documents, issues } = await readSources(dir);
    expect(issues).toEqual([]);
    expect(documents[0]?.date).toBe('2018-10-24');
    expect(documents[0]?.title).toBe('La DINSIC : retour sur 2 années');
  });

  it('prefers the manifest date and title over the front matter', async () => {
    const dir = await tree({
      'sources.json': manifest({ id: 'dinsic', file: 'dinsic.md', title: 'Bilan', date: '2018-10-25' }),
      'dinsic.md': DINSIC,
    });
    const { documents } = await readSources(dir);
    expect(documents[0]).toMatchObject({ title: 'Bilan', date: '2018-10-25' });
  });

  it('reads manifest.json when there is no sources.json', async () => {
    const dir = await tree({ 'manifest.json': manifest({ id: 'a', file: 'a.txt' }), 'a.txt': 'Texte.' });
    const { documents, issues } = await readSources(dir);
    expect(issues).toEqual([]);
    expect(documents.map((d) => d.id)).toEqual(['a']);
  });

  it('uses sources.json and warns when manifest.json is there too', async () => {
    const dir = await tree({
      'sources.json': manifest({ id: 'a', file: 'a.txt' }),
      'manifest.json': manifest({ id: 'b', file: 'a.txt' }),
      'a.txt': 'Texte.',
    });
    const { documents, issues } = await readSources(dir);
    expect(documents.map((d) => d.id)).toEqual(['a']);
    expect(expectIssue(issues, 'manifest-ignored', 'sources.json', 'manifest.json').severity).toBe('warning');
  });

  it('warns about text files that the manifest does not list, and does not read them', async () => {
    const dir = await tree({
      'sources.json': manifest({ id: 'a', file: 'a.txt' }),
      'a.txt': 'Texte.',
      'sub/forgotten.md': 'Oublié.',
      'README.md': '# About this folder',
    });
    const { documents, issues } = await readSources(dir);
    expect(documents.map((d) => d.id)).toEqual(['a']);
    expect(codes(issues)).toEqual(['source-not-in-manifest']);
    expect(expectIssue(issues, 'source-not-in-manifest', '"sub/forgotten.md"', 'sources.json').severity).toBe(
      'warning',
    );
  });
});

describe('readSources without a manifest', () => {
  it('reads every text file recursively, sorted by path, with ids slugified from the file names', async () => {
    const dir = await tree({
      'Été 2019 — Bilan.md': 'Texte été.',
      'b/Rapport_DINUM (v2).TXT': 'Rapport.',
      'a/notes.markdown': 'Notes.',
      'image.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]),
      'README.md': '# Ce dossier',
      '.brouillon.md': 'Caché.',
      '.git/HEAD.txt': 'ref: x',
    });
    const { documents, issues } = await readSources(dir);
    expect(issues).toEqual([]);
    expect(documents.map((d) => [d.id, d.file])).toEqual([
      ['ete-2019-bilan', 'Été 2019 — Bilan.md'],
      ['notes', 'a/notes.markdown'],
      ['rapport-dinum-v2', 'b/Rapport_DINUM (v2).TXT'],
    ]);
    for (const d of documents) expect(d).toMatchObject({ language: 'fr', origin: null, licence: null });
  });

  it('reads saved HTML pages, titled by their <title>', async () => {
    const dir = await tree({ 'actualite-ports.html': '<html><head><title>Les ports &amp; la mer</title></head><body><p>Texte.</p></body></html>', 'page.htm': '<h1>Accueil</h1>' });
    const { documents, issues } = await readSources(dir);
    expect(issues).toEqual([]);
    expect(documents.map((d) => [d.id, d.title])).toEqual([
      ['actualite-ports', 'Les ports & la mer'],
      ['page', 'Accueil'],
    ]);
  });

  it('takes the title and date from the YAML front matter', async () => {
    const dir = await tree({ 'dinsic.md': DINSIC });
    const { documents } = await readSources(dir);
    expect(documents[0]).toMatchObject({
      id: 'dinsic',
      title: 'La DINSIC : retour sur 2 années',
      date: '2018-10-24',
    });
  });

  it('takes the title from the first markdown heading when the front matter has none', async () => {
    const dir = await tree({
      'a.md': '---\ndate: "2020-01-02"\n---\nIntro.\n\n## Les départements ##\n\n# Plus loin\n',
    });
    const { documents } = await readSources(dir);
    expect(documents[0]).toMatchObject({ title: 'Les départements', date: '2020-01-02' });
  });

  it('leaves title and date null when the text states neither', async () => {
    const dir = await tree({ 'plain.txt': 'Les départements de la DINUM\n\nTexte.\n' });
    const { documents, issues } = await readSources(dir);
    expect(issues).toEqual([]);
    expect(documents[0]).toMatchObject({ title: null, date: null });
  });

  it('warns when the front matter date is not ISO, and leaves the date null', async () => {
    const dir = await tree({ 'a.md': '---\ndate: 24/10/2018\n---\nTexte.\n' });
    const { documents, issues } = await readSources(dir);
    expect(documents[0]?.date).toBeNull();
    expect(expectIssue(issues, 'front-matter-date-invalid', '"a.md"', '24/10/2018').severity).toBe('warning');
  });

  it('warns when the front matter is never closed', async () => {
    const dir = await tree({ 'a.md': '---\ntitle: Sans fin\n\nTexte.\n' });
    const { documents, issues } = await readSources(dir);
    expect(documents[0]?.title).toBeNull();
    expectIssue(issues, 'front-matter-unterminated', '"a.md"');
  });
});

describe('readSources: text policy', () => {
  it('strips a UTF-8 byte order mark (info issue) but hashes the file bytes', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('---\ntitle: T\n---\nÉtat.')]);
    const dir = await tree({ 'bom.md': bytes });
    const { documents, issues } = await readSources(dir);
    expect(documents[0]?.text).toBe('---\ntitle: T\n---\nÉtat.');
    expect(documents[0]?.title).toBe('T');
    expect(documents[0]?.sha256).toBe(sha256(bytes));
    expect(expectIssue(issues, 'source-bom-stripped', '"bom.md"').severity).toBe('info');
  });

  it('keeps CRLF line endings as they are, so offsets point into the text as read', async () => {
    const text = '---\r\ntitle: Windows\r\ndate: 2021-03-04\r\n---\r\nLigne 1\r\nLigne 2\r\n';
    const dir = await tree({ 'crlf.md': text });
    const { documents, issues } = await readSources(dir);
    expect(issues).toEqual([]);
    expect(documents[0]).toMatchObject({ text, title: 'Windows', date: '2021-03-04' });
  });

  it('keeps decomposed accents and says so (info issue)', async () => {
    const text = 'E\u0301tat';
    const dir = await tree({ 'nfd.txt': text });
    const { documents, issues } = await readSources(dir);
    expect(documents[0]?.text).toBe(text);
    expect(expectIssue(issues, 'source-not-nfc', '"nfd.txt"').severity).toBe('info');
  });

  it('gives the same result twice for the same folder', async () => {
    const dir = await tree({
      'b.md': DINSIC,
      'a/c.txt': 'Texte.',
      'sources.json': manifest({ id: 'b', file: 'b.md' }),
    });
    expect(await readSources(dir)).toEqual(await readSources(dir));
  });
});

describe('readSources: bad inputs', () => {
  it('manifest-invalid-json: names the manifest and the position', async () => {
    const dir = await tree({ 'sources.json': '{ "sources": [\n  { "id": "a", }\n] }' });
    const { documents, issues } = await readSources(dir);
    expect(documents).toEqual([]);
    const issue = expectIssue(issues, 'manifest-invalid-json', 'sources.json', 'line 2');
    expect(issue.location).toMatchObject({ file: 'sources.json', line: 2 });
  });

  it('manifest-invalid: names the entry index, id and field, and says what was expected', async () => {
    const dir = await tree({
      'sources.json': manifest(
        { id: 'ok', file: 'ok.txt' },
        { id: 'bad-date', file: 'b.txt', date: '24/10/2018' },
        { id: 'Bad Id', file: 'c.txt' },
        { id: 'no-url', file: 'd.txt', origin: 'numerique.gouv.fr' },
      ),
      'ok.txt': 'Texte.',
      'b.txt': 'Texte.',
    });
    const { documents, issues } = await readSources(dir);
    expect(documents.map((d) => d.id)).toEqual(['ok']);
    expect(codes(issues)).toEqual(['manifest-invalid', 'manifest-invalid', 'manifest-invalid']);
    const [date, id, origin] = issues;
    expect(date?.message).toContain('sources.json sources[1] (id "bad-date")');
    expect(date?.message).toContain('field "date" must be');
    expect(date?.message).toContain('"2018-10-24"');
    expect(date?.message).toContain('got "24/10/2018"');
    expect(date?.location).toMatchObject({
      file: 'sources.json',
      pointer: '/sources/1/date',
      field: 'date',
      source: 'bad-date',
    });
    expect(id?.message).toContain('sources[2] (id "Bad Id"): field "id" must be a kebab-case id');
    expect(origin?.message).toContain('sources[3] (id "no-url"): field "origin" must be an http(s) URL');
  });

  it('manifest-invalid: a missing required field is named', async () => {
    const dir = await tree({
      'sources.json': JSON.stringify({ sources: [{ id: 'a', file: 'a.txt', language: 'fr' }] }),
      'a.txt': 'x',
    });
    const { issues } = await readSources(dir);
    expect(codes(issues)).toEqual(['manifest-invalid', 'manifest-invalid', 'manifest-invalid']);
    expect(issues.map((i) => i.location?.field)).toEqual(['title', 'origin', 'licence']);
    expect(issues[0]?.message).toContain('sources.json sources[0] (id "a"): field "title" is missing; expected');
  });

  it('manifest-invalid: "sources" must be an array', async () => {
    const dir = await tree({ 'sources.json': '{ "sources": { "id": "a" } }' });
    const { documents, issues } = await readSources(dir);
    expect(documents).toEqual([]);
    expectIssue(issues, 'manifest-invalid', 'sources.json', '"sources" must be an array');
  });

  it('manifest-unknown-field: names the field and the entry, and suggests the right spelling', async () => {
    const dir = await tree({
      'sources.json': JSON.stringify({
        version: 2,
        sources: [{ id: 'a', file: 'a.txt', title: null, language: 'fr', origin: null, licence: null, license: 'MIT' }],
      }),
      'a.txt': 'Texte.',
    });
    const { issues } = await readSources(dir);
    expect(codes(issues)).toEqual(['manifest-unknown-field', 'manifest-unknown-field']);
    expect(issues[0]?.message).toContain('sources.json has an unknown top-level field "version"');
    expect(issues[1]?.message).toContain('sources.json sources[0] (id "a") has an unknown field "license"');
    expect(issues[1]?.hint).toContain('Did you mean "licence"?');
    expect(issues[1]?.location).toMatchObject({ pointer: '/sources/0/license', field: 'license' });
  });

  it('source-file-missing: names the file and its manifest entry', async () => {
    const dir = await tree({
      'sources.json': manifest({ id: 'ok', file: 'ok.txt' }, { id: 'gone', file: 'texts/gone.txt' }),
      'ok.txt': 'x',
    });
    const { documents, issues } = await readSources(dir);
    expect(documents.map((d) => d.id)).toEqual(['ok']);
    expectIssue(
      issues,
      'source-file-missing',
      '"texts/gone.txt"',
      'sources.json sources[1]',
      'id "gone"',
      'was not found',
    );
  });

  it('source-file-missing: a folder is not a source file', async () => {
    const dir = await tree({ 'sources.json': manifest({ id: 'd', file: 'texts' }), 'texts/a.txt': 'x' });
    const { issues } = await readSources(dir);
    expectIssue(issues, 'source-file-missing', '"texts"', 'id "d"', 'is a folder');
  });

  it('source-file-missing: the folder itself is not a source file', async () => {
    const dir = await tree({ 'sources.json': manifest({ id: 'dot', file: './' }) });
    const { issues } = await readSources(dir);
    expectIssue(issues, 'source-file-missing', 'id "dot"', 'the sources folder itself');
  });

  it('duplicate-source-id: two manifest entries with the same id', async () => {
    const dir = await tree({
      'sources.json': manifest({ id: 'a', file: 'a.txt' }, { id: 'a', file: 'b.txt' }),
      'a.txt': 'A',
      'b.txt': 'B',
    });
    const { documents, issues } = await readSources(dir);
    expect(documents.map((d) => d.file)).toEqual(['a.txt']);
    expectIssue(
      issues,
      'duplicate-source-id',
      '"b.txt" (sources.json sources[1], id "a")',
      '"a.txt" (sources.json sources[0], id "a")',
    );
  });

  it('duplicate-source-id: two file names that slugify to the same id', async () => {
    const dir = await tree({ 'a/Été.md': 'A', 'b/ete.txt': 'B' });
    const { documents, issues } = await readSources(dir);
    expect(documents.map((d) => d.file)).toEqual(['a/Été.md']);
    expectIssue(issues, 'duplicate-source-id', '"b/ete.txt" (id "ete")', '"a/Été.md" (id "ete")');
  });

  it('source-id-invalid: a file name with no letter or digit', async () => {
    const dir = await tree({ '___.md': 'A', 'ok.md': 'B' });
    const { documents, issues } = await readSources(dir);
    expect(documents.map((d) => d.id)).toEqual(['ok']);
    expectIssue(issues, 'source-id-invalid', '"___.md"');
  });

  it('source-path-outside: an absolute path', async () => {
    const dir = await tree({ 'sources.json': manifest({ id: 'abs', file: '/etc/passwd' }) });
    const { documents, issues } = await readSources(dir);
    expect(documents).toEqual([]);
    expectIssue(issues, 'source-path-outside', '"/etc/passwd"', 'sources.json sources[0]', 'id "abs"', 'absolute path');
  });

  it('source-path-outside: a path that climbs out with ".."', async () => {
    const root = await tree({
      'sources/sources.json': manifest({ id: 'up', file: 'texts/../../secret.txt' }),
      'secret.txt': 'x',
    });
    const { documents, issues } = await readSources(join(root, 'sources'));
    expect(documents).toEqual([]);
    expectIssue(issues, 'source-path-outside', '"texts/../../secret.txt"', 'id "up"', '".."');
  });

  it('source-path-outside: a symbolic link (or a linked folder) resolving outside, with a manifest', async () => {
    const root = await tree({
      'sources/sources.json': manifest({ id: 'link', file: 'link.txt' }, { id: 'via-dir', file: 'linked/secret.txt' }),
      'sources/link.txt': { symlink: '../outside.txt' },
      'sources/linked': { symlink: '../private' },
      'outside.txt': 'Dehors.',
      'private/secret.txt': 'Secret.',
    });
    const { documents, issues } = await readSources(join(root, 'sources'));
    expect(documents).toEqual([]);
    expect(codes(issues)).toEqual(['source-path-outside', 'source-path-outside']);
    expect(issues[0]?.message).toContain('"link.txt" (sources.json sources[0], id "link")');
    expect(issues[1]?.message).toContain('"linked/secret.txt" (sources.json sources[1], id "via-dir")');
  });

  it('source-path-outside: a symbolic link resolving outside, without a manifest', async () => {
    const root = await tree({
      'sources/a.txt': 'Dedans.',
      'sources/inside-link.txt': { symlink: 'a.txt' },
      'sources/link.md': { symlink: '../outside.md' },
      'outside.md': 'Dehors.',
    });
    const { documents, issues } = await readSources(join(root, 'sources'));
    expect(documents.map((d) => d.id)).toEqual(['a', 'inside-link']);
    expectIssue(issues, 'source-path-outside', '"link.md"', 'outside the sources folder');
  });

  it('source-empty: a file of 0 bytes', async () => {
    const dir = await tree({ 'sources.json': manifest({ id: 'vide', file: 'vide.txt' }), 'vide.txt': '' });
    const { documents, issues } = await readSources(dir);
    expect(documents).toEqual([]);
    expectIssue(issues, 'source-empty', '"vide.txt" (sources.json sources[0], id "vide")', '0 bytes');
  });

  it('source-empty: a file of whitespace only', async () => {
    const dir = await tree({ 'blanc.md': ' \n\t\r\n\u00a0\n' });
    const { documents, issues } = await readSources(dir);
    expect(documents).toEqual([]);
    expectIssue(issues, 'source-empty', '"blanc.md" (id "blanc")', 'only whitespace');
  });

  it('source-not-utf8: gives the byte offset and line of the first bad sequence', async () => {
    // "abc\nd" then "é" in Latin-1 (0xE9) followed by a space.
    const dir = await tree({ 'latin1.txt': new Uint8Array([0x61, 0x62, 0x63, 0x0a, 0x64, 0xe9, 0x20, 0x74]) });
    const { documents, issues } = await readSources(dir);
    expect(documents).toEqual([]);
    const issue = expectIssue(
      issues,
      'source-not-utf8',
      '"latin1.txt" (id "latin1")',
      'byte offset 5',
      'line 2',
      '0xE9',
    );
    expect(issue.location).toMatchObject({ file: 'latin1.txt', line: 2 });
  });

  it('source-not-utf8: a UTF-16 file', async () => {
    const dir = await tree({ 'utf16.txt': new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42, 0x00]) });
    const { issues } = await readSources(dir);
    expectIssue(issues, 'source-not-utf8', '"utf16.txt"', 'UTF-16');
  });

  it('source-binary: NUL bytes', async () => {
    const dir = await tree({
      'sources.json': manifest({ id: 'pdf', file: 'doc.txt' }),
      'doc.txt': new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]),
    });
    const { documents, issues } = await readSources(dir);
    expect(documents).toEqual([]);
    expectIssue(issues, 'source-binary', '"doc.txt" (sources.json sources[0], id "pdf")', 'NUL', 'byte offset 4');
  });

  it('source-binary: mostly control characters', async () => {
    const dir = await tree({ 'ctl.txt': new Uint8Array([0x41, 0x1b, 0x02, 0x03, 0x42, 0x04, 0x05, 0x43]) });
    const { issues } = await readSources(dir);
    expectIssue(issues, 'source-binary', '"ctl.txt"', 'control characters');
  });

  it('source-too-large: over maxBytes, without reading the file', async () => {
    const dir = await tree({ 'sources.json': manifest({ id: 'big', file: 'big.txt' }), 'big.txt': 'x'.repeat(101) });
    let read = 0;
    const counting: SourceFs = { ...nodeSourceFs, readFile: (p) => (read++, nodeSourceFs.readFile(p)) };
    const { documents, issues } = await readSources(dir, { maxBytes: 100, fs: counting });
    expect(documents).toEqual([]);
    expectIssue(
      issues,
      'source-too-large',
      '"big.txt" (sources.json sources[0], id "big")',
      '101 bytes',
      'at most 100',
    );
    expect(read).toBe(1); // the manifest only
  });

  it('source-sha256-mismatch: the file changed since it was registered', async () => {
    const dir = await tree({
      'sources.json': manifest({ id: 'a', file: 'a.txt', sha256: sha256('avant') }),
      'a.txt': 'après',
    });
    const { issues } = await readSources(dir);
    expectIssue(issues, 'source-sha256-mismatch', '"a.txt" (sources.json sources[0], id "a")', sha256('après'));
  });

  it('sources-folder-missing: the folder does not exist', async () => {
    const root = await tree({});
    const missing = join(root, 'nope');
    const { documents, issues } = await readSources(missing);
    expect(documents).toEqual([]);
    expectIssue(issues, 'sources-folder-missing', missing, 'does not exist');
  });

  it('sources-folder-missing: the path is a file', async () => {
    const root = await tree({ 'file.txt': 'x' });
    const { issues } = await readSources(join(root, 'file.txt'));
    expectIssue(issues, 'sources-folder-missing', 'file.txt', 'is not a folder');
  });

  it('no-sources: a folder without text files', async () => {
    const dir = await tree({
      'image.png': new Uint8Array([1, 2]),
      'README.md': '# Lisez-moi',
      empty: { folder: true },
    });
    const { documents, issues } = await readSources(dir);
    expect(documents).toEqual([]);
    expectIssue(issues, 'no-sources', dir, 'no text files');
    // The message names every extension read, as the listing reads them (subtitles included).
    const message = issues.find((i) => i.code === 'no-sources')!.message;
    expect(message).toContain('.txt, .md, .markdown, .mdx, .html, .htm, .eml, .rtf, .org, .bib, .ipynb, .vtt, .srt or .ics files');
  });

  it('no-sources: a manifest with an empty list', async () => {
    const dir = await tree({ 'sources.json': '{ "sources": [] }' });
    const { issues } = await readSources(dir);
    expectIssue(issues, 'no-sources', 'sources.json', 'lists no sources');
  });

  it('reports every problem, not only the first', async () => {
    const root = await tree({
      'sources/sources.json': manifest(
        { id: 'ok', file: 'ok.txt' },
        { id: 'gone', file: 'gone.txt' },
        { id: 'empty', file: 'empty.txt' },
        { id: 'latin', file: 'latin.txt' },
        { id: 'bad', file: 'ok.txt', date: 'hier' },
        { id: 'ok', file: 'ok2.txt' },
        { id: 'up', file: '../x.txt' },
      ),
      'sources/ok.txt': 'Texte.',
      'sources/ok2.txt': 'Texte.',
      'sources/empty.txt': '',
      'sources/latin.txt': new Uint8Array([0xe9]),
    });
    const { documents, issues } = await readSources(join(root, 'sources'));
    expect(documents.map((d) => d.id)).toEqual(['ok']);
    expect([...codes(issues)].sort()).toEqual([
      'duplicate-source-id',
      'manifest-invalid',
      'source-empty',
      'source-file-missing',
      'source-not-utf8',
      'source-path-outside',
    ]);
    for (const issue of issues) expect(issue.severity).toBe('error');
  });

  it('throws a PipelineError naming the path on a real failure (permission denied)', async () => {
    const dir = await tree({ 'a.txt': 'Texte.' });
    const denied: SourceFs = {
      ...nodeSourceFs,
      readFile: async (path) => {
        throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
      },
    };
    const failure = await readSources(dir, { fs: denied }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(PipelineError);
    expect((failure as PipelineError).code).toBe('ingest-io-failed');
    expect((failure as PipelineError).message).toContain(join(dir, 'a.txt'));
    expect((failure as PipelineError).hint).toContain('permissions');
  });

  it('reads files ahead of the one it checks, keeps their order, and reports the first failure in that order', async () => {
    const names = Array.from({ length: 60 }, (_, i) => `doc-${String(i).padStart(2, '0')}.txt`);
    const dir = await tree(Object.fromEntries(names.map((n, i) => [n, `Texte numéro ${i}.`])));
    const { documents } = await readSources(dir);
    expect(documents.map((d) => d.text)).toEqual(names.map((_, i) => `Texte numéro ${i}.`));
    // Two failing files, both read ahead of time: the first in source order is the one reported, and the other
    // rejection is not left unhandled (vitest fails the run on an unhandled rejection).
    const failing = new Set([join(dir, 'doc-03.txt'), join(dir, 'doc-20.txt')]);
    const flaky: SourceFs = {
      ...nodeSourceFs,
      readFile: async (path) => {
        if (failing.has(String(path))) throw Object.assign(new Error(`EIO: i/o error, read '${path}'`), { code: 'EIO' });
        return nodeSourceFs.readFile(path);
      },
    };
    const failure = await readSources(dir, { fs: flaky }).catch((e: unknown) => e);
    expect((failure as PipelineError).code).toBe('ingest-io-failed');
    expect((failure as PipelineError).message).toContain(join(dir, 'doc-03.txt'));
  });

  it('rejects a negative maxBytes as a usage error', async () => {
    const dir = await tree({ 'a.txt': 'x' });
    await expect(readSources(dir, { maxBytes: -1 })).rejects.toMatchObject({ name: 'UsageError' });
  });
});
