import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  firstHeading,
  htmlTitle,
  isSourceDate,
  parseFrontMatter,
  parseFrontMatterDate,
} from '../../pipeline/stages/ingest/front-matter.ts';

describe('parseFrontMatter', () => {
  it('reads the scalars of a Jekyll front matter and skips nested lists', () => {
    const text = `---
title: 'La DINSIC : retour sur 2 années de transformation numérique'
date: 2018-10-24 09:08:00 +02:00
une-ou-diaporama:
- image: "/uploads/Capture-bilan.png"
  alternative-textuelle: Bilan d'activité DINSIC 2017-2018
---

La direction…`;
    const fm = parseFrontMatter(text);
    expect(fm.data).toEqual({
      title: 'La DINSIC : retour sur 2 années de transformation numérique',
      date: '2018-10-24 09:08:00 +02:00',
    });
    expect(text.slice(fm.end)).toBe('\nLa direction…');
    expect(fm.unterminated).toBe(false);
  });

  it('reads quoted, folded, literal and continued values', () => {
    const fm = parseFrontMatter(
      [
        '---',
        'a: "double \\"quoted\\" é"',
        "b: 'it''s'",
        'c: >',
        '  folded',
        '  line',
        'd: |',
        '  literal',
        '  line',
        'e: plain # comment',
        'f: plain',
        '  continued',
        'g:',
        '---',
      ].join('\n'),
    );
    expect(fm.data).toEqual({
      a: 'double "quoted" é',
      b: "it's",
      c: 'folded line',
      d: 'literal\nline',
      e: 'plain',
      f: 'plain continued',
      g: '',
    });
  });

  it('handles CRLF and a front matter that closes at the end of the text', () => {
    expect(parseFrontMatter('---\r\ntitle: T\r\n---').data).toEqual({ title: 'T' });
    expect(parseFrontMatter('---\r\ntitle: T\r\n---\r\nBody').end).toBe('---\r\ntitle: T\r\n---\r\n'.length);
  });

  it('finds no front matter unless the text starts with "---"', () => {
    expect(parseFrontMatter('\n---\ntitle: T\n---\n')).toEqual({ data: {}, end: 0, unterminated: false });
    expect(parseFrontMatter('Texte --- avec tirets')).toEqual({ data: {}, end: 0, unterminated: false });
  });

  it('flags a front matter that is never closed', () => {
    expect(parseFrontMatter('---\ntitle: T\nTexte.\n')).toEqual({ data: {}, end: 0, unterminated: true });
  });
});

describe('firstHeading', () => {
  it('returns the first ATX heading, ignoring fenced code and closing hashes', () => {
    expect(firstHeading('Intro\n```\n# not a heading\n```\n## Titre ##\n# Second')).toBe('Titre');
    expect(firstHeading('#hashtag\nTexte')).toBeNull();
    expect(firstHeading('\n\n\nACTION  \n\n# Fiche Transformation\n')).toBe('Fiche Transformation');
  });

  it('starts after the front matter', () => {
    const text = '---\ntitle:\n---\n# Titre';
    expect(firstHeading(text, parseFrontMatter(text).end)).toBe('Titre');
  });
});

describe('source dates', () => {
  it('keeps only the ISO day of a front matter date-time', () => {
    expect(parseFrontMatterDate('2018-10-24 09:08:00 +02:00')).toBe('2018-10-24');
    expect(parseFrontMatterDate('2018-10-24T09:08:00Z')).toBe('2018-10-24');
    expect(parseFrontMatterDate('2018-10')).toBe('2018-10');
    expect(parseFrontMatterDate('2018')).toBe('2018');
    expect(parseFrontMatterDate('2018-02-30')).toBeNull();
    expect(parseFrontMatterDate('24 octobre 2018')).toBeNull();
  });

  it('accepts every real calendar day, and its date-time forms', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T23:59:59Z'), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString();
          const day = iso.slice(0, 10);
          expect(isSourceDate(day)).toBe(true);
          expect(parseFrontMatterDate(iso)).toBe(day);
          expect(parseFrontMatterDate(`${day} ${iso.slice(11, 19)} +02:00`)).toBe(day);
        },
      ),
    );
  });
});

describe('htmlTitle', () => {
  it("reads an HTML page's <title>, else its first <h1>, tags dropped and references decoded", () => {
    expect(htmlTitle('<html><head><title>Accueil &ndash; Mission\n des registres</title></head><h1>Autre</h1>')).toBe('Accueil – Mission des registres');
    expect(htmlTitle('<article><h1 class="t">La <em>d&eacute;l&eacute;gation</em> aux ports</h1></article>')).toBe('La délégation aux ports');
    expect(htmlTitle('Un texte sans balise de titre.')).toBeNull();
  });
});
