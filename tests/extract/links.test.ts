import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linksExtractor, trimUrl } from '../../pipeline/stages/extract/extractors/links.ts';
import type { Fact, FactData, SourceDocument } from '../../pipeline/types/domain.ts';

function doc(text: string): SourceDocument {
  return { id: 'test', file: 'test.md', title: null, language: 'fr', origin: null, licence: null, date: null, sha256: '0'.repeat(64), text };
}

type Link = Extract<FactData, { kind: 'link' }>;

function run(text: string): Array<{ quote: string; url: string; title: string | null }> {
  const { facts } = linksExtractor.extract(doc(text));
  expectExactQuotes(text, facts);
  return facts.map((f) => ({ quote: f.quote, url: (f.data as Link).url, title: (f.data as Link).title }));
}

function expectExactQuotes(text: string, facts: Fact[]): void {
  for (const f of facts) {
    expect(text.slice(f.start, f.end)).toBe(f.quote);
    expect(f.extractor).toBe('links');
  }
}

describe('linksExtractor', () => {
  describe('seed sentences', () => {
    it('finds markdown links in a reference list with their text as title (seed 004)', () => {
      const text =
        'Références\n\n- [Direction interministérielle du numérique](https://www.economie.gouv.fr/direction-interministerielle-du-numerique)\n- [Feuille de route](https://www.numerique.gouv.fr/publications/feuille-de-route-dinum/)\n';
      expect(run(text)).toEqual([
        {
          quote: '[Direction interministérielle du numérique](https://www.economie.gouv.fr/direction-interministerielle-du-numerique)',
          url: 'https://www.economie.gouv.fr/direction-interministerielle-du-numerique',
          title: 'Direction interministérielle du numérique',
        },
        {
          quote: '[Feuille de route](https://www.numerique.gouv.fr/publications/feuille-de-route-dinum/)',
          url: 'https://www.numerique.gouv.fr/publications/feuille-de-route-dinum/',
          title: 'Feuille de route',
        },
      ]);
    });

    it('finds an image with its alt text and keeps the query string (seed 004)', () => {
      const text = '![PSSIE](https://cyber.gouv.fr/sites/default/files/styles/scale_only/public/2022-10/organisation-pssie.png?itok=uqXyzLRI)';
      expect(run(text)).toEqual([
        { quote: text, url: 'https://cyber.gouv.fr/sites/default/files/styles/scale_only/public/2022-10/organisation-pssie.png?itok=uqXyzLRI', title: 'PSSIE' },
      ]);
    });

    it('skips a relative link with an info issue, and the front matter (seed 000)', () => {
      const text =
        '---\ntitle: Bilan\nune-ou-diaporama:\n- image: "/uploads/Capture-bilan.png"\n---\n\n> [Lire le bilan d\'activité de la DINSIC 2017-2018](/uploads/Bilan_DINSIC_2017-2018.pdf)\n{: .lien-important}\n';
      const { facts, issues } = linksExtractor.extract(doc(text));
      expect(facts).toEqual([]);
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ code: 'link-relative', severity: 'info', stage: 'extract', location: { source: 'test' } });
      expect(issues[0]!.message).toContain('/uploads/Bilan_DINSIC_2017-2018.pdf');
    });
  });

  describe('forms of the genre', () => {
    it('finds bare URLs, strips trailing punctuation and unbalanced brackets, keeps balanced ones', () => {
      expect(run('Voir https://www.exemple.gouv.fr/page?x=1&y=2. Et (https://fr.wikipedia.org/wiki/Loi_(France)), puis « https://g.fr/a ».').map((l) => l.url)).toEqual([
        'https://www.exemple.gouv.fr/page?x=1&y=2',
        'https://fr.wikipedia.org/wiki/Loi_(France)',
        'https://g.fr/a',
      ]);
    });

    it('adds https:// to www URLs that look like hosts, and quotes them as written', () => {
      expect(run('Rendez-vous sur www.data.gouv.fr, ou www.example.com/path). Pas www.x ni mywww.site.fr.').map((l) => [l.quote, l.url])).toEqual([
        ['www.data.gouv.fr', 'https://www.data.gouv.fr'],
        ['www.example.com/path', 'https://www.example.com/path'],
      ]);
      expect(run('[le site](www.site.fr)').map((l) => l.url)).toEqual(['https://www.site.fr']);
    });

    it('finds autolinks, HTML anchors and images', () => {
      const found = run('<https://auto.link/x> <a href="https://a.fr/b" target="_blank">Le **site**</a> <img alt="Schéma" src=\'https://i.fr/x.jpg\'>');
      expect(found.map((l) => [l.url, l.title])).toEqual([
        ['https://auto.link/x', null],
        ['https://a.fr/b', 'Le site'],
        ['https://i.fr/x.jpg', 'Schéma'],
      ]);
      expect(found[1]!.quote).toBe('<a href="https://a.fr/b" target="_blank">Le **site**</a>');
    });

    it('gives two facts for a linked image', () => {
      expect(run('[![Logo](https://img.fr/logo.png)](https://site.fr)').map((l) => [l.quote, l.url, l.title])).toEqual([
        ['[![Logo](https://img.fr/logo.png)](https://site.fr)', 'https://site.fr', 'Logo'],
        ['![Logo](https://img.fr/logo.png)', 'https://img.fr/logo.png', 'Logo'],
      ]);
    });

    it('uses null as title when the text is the URL, and cleans link residue from titles', () => {
      expect(run('[https://x.fr/](https://x.fr) et [(Ouvre une nouvelle fenêtre) Consulter le site](https://y.fr)').map((l) => l.title)).toEqual([
        null,
        'Consulter le site',
      ]);
    });

    it('finds reference definitions with their title, and link targets with a title', () => {
      expect(run('[1]: https://ref.fr/doc "Le document"\n\nVoir [le guide](https://g.fr/guide "Guide").').map((l) => [l.url, l.title])).toEqual([
        ['https://ref.fr/doc', 'Le document'],
        ['https://g.fr/guide', 'le guide'],
      ]);
    });

    it('counts every occurrence', () => {
      expect(run('https://a.fr et encore https://a.fr').length).toBe(2);
    });
  });

  describe('what is not a URL', () => {
    it('skips relative, anchor, mailto and tel targets and bare domains, but reads URLs in code blocks', () => {
      const { facts, issues } = linksExtractor.extract(
        doc('[Rapport](/uploads/r.pdf) [ici](#top) [écrire](mailto:a@b.fr) [appeler](tel:+33100000000)\n```\nx <- "https://code.fr/a.pdf"\n```\nle programme beta.gouv.fr'),
      );
      expect(facts.map((f) => (f.data as { url: string }).url)).toEqual(['https://code.fr/a.pdf']);
      expect(issues.map((i) => i.code)).toEqual(['link-relative', 'link-relative']);
    });
  });

  describe('trimUrl', () => {
    it('strips trailing punctuation and unbalanced closers only', () => {
      expect(trimUrl('https://x.fr/a).')).toBe('https://x.fr/a');
      expect(trimUrl('https://x.fr/a_(b)')).toBe('https://x.fr/a_(b)');
      expect(trimUrl('https://x.fr/?q=1;')).toBe('https://x.fr/?q=1');
      expect(trimUrl('https://x.fr/**')).toBe('https://x.fr/');
    });
  });

  describe('properties', () => {
    const tokens = fc.constantFrom('[', ']', '(', ')', '!', 'https://', 'www.', 'x.fr', '/a', '?q=1', '.', ',', ' ', '\n', '<', '>', '"', 'a href=', '«', 'é');
    it('never throws and every quote is the text at its offsets', () => {
      fc.assert(
        fc.property(fc.string({ unit: tokens, maxLength: 30 }), (text) => {
          const { facts } = linksExtractor.extract(doc(text));
          expectExactQuotes(text, facts);
          for (const f of facts) expect(f.quote).toContain((f.data as Link).url.replace(/^https:\/\/(?=www\.)/i, ''));
        }),
      );
      fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => expectExactQuotes(text, linksExtractor.extract(doc(text)).facts)));
    });
  });
});

describe('links: HTML character references in a link’s text', () => {
  it('are decoded in the title', () => {
    expect(run('<a href="https://ports.example.org">Acc&eacute;der &agrave; l&rsquo;outil</a>').map((l) => l.title)).toEqual(['Accéder à l’outil']);
  });
});

describe('links: character references in an href', () => {
  it('are decoded in the URL (« &amp; » is « & »)', () => {
    expect(run('<a href="https://ports.example.org/page?id=1&amp;lang=fr">Page</a>').map((l) => l.url)).toEqual(['https://ports.example.org/page?id=1&lang=fr']);
  });
});
