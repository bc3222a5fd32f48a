import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkRelativePath,
  isTextSourceName,
  slugifyId,
  SOURCE_ID_PATTERN,
} from '../../pipeline/stages/ingest/paths.ts';

describe('slugifyId', () => {
  it('lowercases, strips accents and turns everything else into single hyphens', () => {
    expect(slugifyId('Été 2019 — Bilan DINUM (v2)')).toBe('ete-2019-bilan-dinum-v2');
    expect(slugifyId('Cœur_de_l’ÉTAT')).toBe('coeur-de-l-etat');
    expect(slugifyId('000_17c04f64b635943b')).toBe('000-17c04f64b635943b');
    expect(slugifyId('--Ça--')).toBe('ca');
    expect(slugifyId('日本')).toBe('');
  });

  it('always gives a kebab-case id (or nothing) and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (name) => {
        const id = slugifyId(name);
        expect(id === '' || SOURCE_ID_PATTERN.test(id)).toBe(true);
        expect(slugifyId(id)).toBe(id);
      }),
    );
  });
});

describe('checkRelativePath', () => {
  it('normalises relative paths that stay inside', () => {
    expect(checkRelativePath('./texts//a.txt')).toEqual({ ok: true, path: 'texts/a.txt' });
    expect(checkRelativePath('texts/../a.txt')).toEqual({ ok: true, path: 'a.txt' });
    expect(checkRelativePath('..a.txt')).toEqual({ ok: true, path: '..a.txt' });
  });

  it('refuses absolute paths and paths that climb out', () => {
    expect(checkRelativePath('/etc/passwd')).toEqual({ ok: false, reason: 'absolute' });
    expect(checkRelativePath('C:/texts/a.txt')).toEqual({ ok: false, reason: 'absolute' });
    expect(checkRelativePath('../a.txt')).toEqual({ ok: false, reason: 'escapes' });
    expect(checkRelativePath('a/../../b.txt')).toEqual({ ok: false, reason: 'escapes' });
    expect(checkRelativePath('..')).toEqual({ ok: false, reason: 'escapes' });
  });
});

describe('isTextSourceName', () => {
  it('takes no file about the folder (SOURCES, LICENSE, CHANGELOG …), whatever its case, and keeps names that only start so', () => {
    expect(['SOURCES.md', 'Licence.txt', 'LICENSE.md', 'CHANGELOG.md', 'contributing.md'].map(isTextSourceName)).toEqual([false, false, false, false, false]);
    expect(['sources-2024.md', 'licence-ouverte.md', 'notices-2023.txt'].map(isTextSourceName)).toEqual([true, true, true]);
  });

  it('takes .txt, .md, .markdown, .mdx and .html files, saved e-mails, RTF and Org-mode notes, bibliographies, notebooks, subtitles and agendas, but not hidden files or READMEs', () => {
    expect(['a.txt', 'B.MD', 'c.markdown', 'readme-notes.md', 'page.mdx', 'page.html', 'PAGE.HTM'].map(isTextSourceName)).toEqual([true, true, true, true, true, true, true]);
    expect(['note.eml', 'note.rtf', 'notes.org', 'refs.bib', 'etude.ipynb', 'talk.VTT', 'talk.srt', 'agenda.ics', 'data.xml', 'sitemap.json'].map(isTextSourceName)).toEqual([true, true, true, true, true, true, true, true, false, false]);
    expect(['a.pdf', '.a.md', 'README.md', 'readme.txt', 'sources.json'].map(isTextSourceName)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
