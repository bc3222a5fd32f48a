import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactsExtractor } from '../../pipeline/stages/extract/extractors/contacts.ts';
import type { Fact, FactData, SourceDocument } from '../../pipeline/types/domain.ts';

function doc(text: string): SourceDocument {
  return { id: 'test', file: 'test.md', title: null, language: 'fr', origin: null, licence: null, date: null, sha256: '0'.repeat(64), text };
}

type Contact = Extract<FactData, { kind: 'contact' }>;

function run(text: string): Array<{ quote: string; data: Contact }> {
  const { facts, issues } = contactsExtractor.extract(doc(text));
  expect(issues).toEqual([]);
  expectExactQuotes(text, facts);
  return facts.map((f) => ({ quote: f.quote, data: f.data as Contact }));
}

function expectExactQuotes(text: string, facts: Fact[]): void {
  for (const f of facts) {
    expect(text.slice(f.start, f.end)).toBe(f.quote);
    expect(f.extractor).toBe('contacts');
  }
}

describe('contactsExtractor', () => {
  describe('seed sentences', () => {
    it('finds the address of a « Contact : » line that names no unit (seed 001)', () => {
      const text = 'Consulter le panorama des grands projets\n\nContact : grandsprojets.si@modernisation.gouv.fr\n\nLa Brigade accompagne les ministères.';
      expect(run(text)).toEqual([
        {
          quote: 'grandsprojets.si@modernisation.gouv.fr',
          data: { kind: 'contact', email: 'grandsprojets.si@modernisation.gouv.fr', organisation: null },
        },
      ]);
    });
  });

  describe('forms of the genre', () => {
    it('takes a unit named on the contact line, and strips trailing punctuation', () => {
      expect(run('Contact : Mission Données – donnees@numerique.gouv.fr.').map((c) => [c.quote, c.data.organisation])).toEqual([
        ['donnees@numerique.gouv.fr', { name: 'Mission Données' }],
      ]);
      expect(run('Contact DSIN : dsin@interieur.gouv.fr').map((c) => c.data.organisation)).toEqual([{ acronym: 'DSIN' }]);
      expect(run('- **Contact** : le pôle Achats (PA) — achats@min.gouv.fr').map((c) => c.data.organisation)).toEqual([
        { name: 'pôle Achats', acronym: 'PA' },
      ]);
    });

    it('reads the unit of each address on a line with several contacts', () => {
      const found = run('Contacts : [Secrétariat général](mailto:sg@ministere.gouv.fr) · Direction du numérique : dnum [@] ministere.gouv.fr');
      expect(found.map((c) => [c.data.email, c.data.organisation])).toEqual([
        ['sg@ministere.gouv.fr', { name: 'Secrétariat général' }],
        ['dnum@ministere.gouv.fr', { name: 'Direction du numérique' }],
      ]);
    });

    it('leaves the organisation null outside a « Contact » line', () => {
      expect(run('Le bureau des achats (bureau@min.gouv.fr) répond aux questions.').map((c) => c.data)).toEqual([
        { kind: 'contact', email: 'bureau@min.gouv.fr', organisation: null },
      ]);
    });

    it('counts a markdown mailto link once, and keeps a mailto whose text is not the address', () => {
      const found = run('Écrivez à [contact@exemple.gouv.fr](mailto:contact@exemple.gouv.fr) ou [ici](mailto:Autre.Adresse@Exemple.fr).');
      expect(found.map((c) => [c.quote, c.data.email])).toEqual([
        ['contact@exemple.gouv.fr', 'contact@exemple.gouv.fr'],
        ['Autre.Adresse@Exemple.fr', 'autre.adresse@exemple.fr'],
      ]);
    });

    it('counts an HTML mailto anchor once', () => {
      expect(run('<a href="mailto:x@y.fr">x@y.fr</a>').map((c) => c.data.email)).toEqual(['x@y.fr']);
    });

    it('finds obfuscated addresses', () => {
      expect(run('prenom.nom [at] agence.gouv.fr, equipe (at) service (dot) fr et support arobase exemple.fr').map((c) => [c.quote, c.data.email])).toEqual([
        ['prenom.nom [at] agence.gouv.fr', 'prenom.nom@agence.gouv.fr'],
        ['equipe (at) service (dot) fr', 'equipe@service.fr'],
        ['support arobase exemple.fr', 'support@exemple.fr'],
      ]);
    });

    it('strips brackets and punctuation around addresses', () => {
      expect(run('(jean.dupont@ex.com), «a.b@c.fr» ; bureau@ville.fr;').map((c) => c.data.email)).toEqual([
        'jean.dupont@ex.com',
        'a.b@c.fr',
        'bureau@ville.fr',
      ]);
    });
  });

  describe('what is not an address', () => {
    it('skips handles, image densities and hosts without a domain', () => {
      expect(run('Suivez @dinum, image logo@2x.png ? non : user@localhost et a@b.c1')).toEqual([]);
    });

    it('keeps a press contact given in the front matter', () => {
      expect(run('---\ncontact-presse:\n  email: presse@exemple.gouv.fr\n---\nTexte.').map((c) => c.data.email)).toEqual(['presse@exemple.gouv.fr']);
    });
  });

  describe('properties', () => {
    const tokens = fc.constantFrom('a', '.', '@', 'x.fr', 'gouv', '[at]', ' (dot) ', ' ', '\n', 'Contact : ', 'mailto:', '](', ')', '[', ']', 'é');
    it('never throws and every quote is the text at its offsets', () => {
      fc.assert(
        fc.property(fc.string({ unit: tokens, maxLength: 30 }), (text) => {
          const { facts } = contactsExtractor.extract(doc(text));
          expectExactQuotes(text, facts);
          for (const f of facts) expect((f.data as Contact).email).toBe((f.data as Contact).email.toLowerCase());
        }),
      );
      fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => expectExactQuotes(text, contactsExtractor.extract(doc(text)).facts)));
    });
  });
});
