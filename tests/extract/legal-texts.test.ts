import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { legalTextsExtractor } from '../../pipeline/stages/extract/extractors/legal-texts.ts';
import type { Fact, FactData, SourceDocument } from '../../pipeline/types/domain.ts';

function doc(text: string, date: string | null = '2024-06-01'): SourceDocument {
  return { id: 'test', file: 'test.md', title: null, language: 'fr', origin: null, licence: null, date, sha256: '0'.repeat(64), text };
}

type Legal = Extract<FactData, { kind: 'legal-text' }>;

function run(text: string): Array<{ quote: string; data: Legal }> {
  const { facts, issues } = legalTextsExtractor.extract(doc(text));
  expect(issues).toEqual([]);
  expectExactQuotes(text, facts);
  return facts.map((f) => ({ quote: f.quote, data: f.data as Legal }));
}

function expectExactQuotes(text: string, facts: Fact[]): void {
  for (const f of facts) {
    expect(text.slice(f.start, f.end)).toBe(f.quote);
    expect(f.extractor).toBe('legal-texts');
    expect(f.source_id).toBe('test');
  }
}

describe('legalTextsExtractor', () => {
  describe('seed sentences', () => {
    it('finds a decree with number, date and title, and stops the title before « modifié par » (seed 001)', () => {
      const text =
        "En application du (Ouvre une nouvelle fenêtre) décret n°2019-1088 du 25 octobre 2019 relatif au système d'information et de communication de l'État et à la direction interministérielle du numérique modifié par le (Ouvre une nouvelle fenêtre) décret n° 2023-304 du 22 avril 2023, la direction interministérielle du numérique (DINUM) a pour mission d’élaborer la stratégie numérique de l’État.";
      const found = run(text);
      expect(found.map((f) => f.data)).toEqual([
        {
          kind: 'legal-text',
          type: 'décret',
          number: '2019-1088',
          date: { value: '2019-10-25', precision: 'day' },
          title: "relatif au système d'information et de communication de l'État et à la direction interministérielle du numérique",
        },
        { kind: 'legal-text', type: 'décret', number: '2023-304', date: { value: '2023-04-22', precision: 'day' }, title: null },
      ]);
      expect(found[1]!.quote).toBe('décret n° 2023-304 du 22 avril 2023');
    });

    it('finds « décret no 2019-1088 » without a date (seed 004)', () => {
      const found = run('notamment la nouvelle IGI 1300 et le décret no 2019-1088 définissant les responsabilités de la DINUM;');
      expect(found).toEqual([
        { quote: 'décret no 2019-1088', data: { kind: 'legal-text', type: 'décret', number: '2019-1088', date: null, title: null } },
      ]);
    });
  });

  describe('forms of the genre', () => {
    it('finds a capitalised decree heading with « portant création »', () => {
      const found = run("Décret n° 2009-834 du 7 juillet 2009 portant création d'un service à compétence nationale dénommé « Agence X ».");
      expect(found[0]!.data).toEqual({
        kind: 'legal-text',
        type: 'décret',
        number: '2009-834',
        date: { value: '2009-07-07', precision: 'day' },
        title: "portant création d'un service à compétence nationale dénommé « Agence X »",
      });
    });

    it('finds an « arrêté du … portant … » and a circular with its issuer', () => {
      const found = run("Vu l'arrêté du 9 août 2019 portant organisation de la sous-direction, et la circulaire du Premier ministre du 26 mai 2021.");
      expect(found.map((f) => [f.quote, f.data.type, f.data.number, f.data.date?.value, f.data.title])).toEqual([
        ['arrêté du 9 août 2019 portant organisation de la sous-direction', 'arrêté', null, '2019-08-09', 'portant organisation de la sous-direction'],
        ['circulaire du Premier ministre du 26 mai 2021', 'circulaire', null, '2021-05-26', null],
      ]);
    });

    it('finds a circular number with a slash', () => {
      const found = run('La circulaire n° 6264/SG du 27 avril 2021 relative à la politique publique de la donnée.');
      expect(found[0]!.data.number).toBe('6264/SG');
      expect(found[0]!.data.title).toBe('relative à la politique publique de la donnée');
    });

    it('reads a title on past a civility abbreviation (« portant nomination de M. X »)', () => {
      const found = run("Vu l'arrêté du 14 avril 2023 portant nomination de M. Paul Verdier en qualité de directeur du numérique ; Vu le décret du 2 mai 2024 portant nomination de MM. Jean Roux et Luc Bel.");
      expect(found.map((f) => f.data.title)).toEqual(['portant nomination de M. Paul Verdier en qualité de directeur du numérique', 'portant nomination de MM. Jean Roux et Luc Bel']);
    });

    it('finds a law titled « pour … » and stops before its verb', () => {
      const found = run('La loi n° 2016-1321 du 7 octobre 2016 pour une République numérique impose l’ouverture des données.');
      expect(found[0]!.quote).toBe('loi n° 2016-1321 du 7 octobre 2016 pour une République numérique');
      expect(found[0]!.data.title).toBe('pour une République numérique');
    });

    it('finds EU directives and regulations with their number after « (UE) »', () => {
      const found = run(
        "la directive (UE) 2016/2102 du Parlement européen et du Conseil du 26 octobre 2016 relative à l'accessibilité des sites internet des organismes du secteur public, et le règlement (UE) 2016/679 (RGPD) qui abroge la directive 95/46/CE.",
      );
      expect(found.map((f) => [f.data.type, f.data.number, f.data.date?.value ?? null])).toEqual([
        ['directive', '2016/2102', '2016-10-26'],
        ['règlement', '2016/679', null],
        ['directive', '95/46/CE', null],
      ]);
      expect(found[0]!.data.title).toBe("relative à l'accessibilité des sites internet des organismes du secteur public");
    });

    it('finds an ordinance, a deliberation with its issuer, and a law with a listed title', () => {
      const found = run(
        "L'ordonnance n° 2005-1516 du 8 décembre 2005 relative aux échanges électroniques entre les usagers et les autorités administratives. La délibération n° 2019-001 de la commission du 10 janvier 2019. La loi du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés.",
      );
      expect(found.map((f) => [f.data.type, f.data.number, f.data.date?.value, f.data.title])).toEqual([
        ['ordonnance', '2005-1516', '2005-12-08', 'relative aux échanges électroniques entre les usagers et les autorités administratives'],
        ['délibération', '2019-001', '2019-01-10', null],
        ['loi', null, '1978-01-06', "relative à l'informatique, aux fichiers et aux libertés"],
      ]);
    });

    it('finds a number written without « n° » and a decree in a list item', () => {
      const found = run("- décret 2014-879 du 1er août 2014 relatif au système d'information de l'État ;\n- arrêté n° 2020-12 ;");
      expect(found.map((f) => [f.data.type, f.data.number, f.data.date?.value ?? null])).toEqual([
        ['décret', '2014-879', '2014-08-01'],
        ['arrêté', '2020-12', null],
      ]);
    });

    it('reads a qualifier or a short name between the type word and the number', () => {
      expect(run('la directive européenne 2016/2102 et le règlement eIDAS (UE) n° 910/2014').map((f) => [f.data.type, f.data.number])).toEqual([
        ['directive', '2016/2102'],
        ['règlement', '910/2014'],
      ]);
    });

    it('finds a registration-code number (NOR) after « n° »', () => {
      expect(run("L'arrêté n° PRMX1801234A du 18 janvier 2018 fixe la liste.").map((f) => [f.quote, f.data.number])).toEqual([
        ['arrêté n° PRMX1801234A du 18 janvier 2018', 'PRMX1801234A'],
      ]);
    });

    it('finds a text named only by its title when the title is explicit', () => {
      const found = run('la loi pour une République numérique ; le décret portant création de la mission');
      expect(found.map((f) => [f.data.type, f.data.title])).toEqual([
        ['loi', 'pour une République numérique'],
        ['décret', 'portant création de la mission'],
      ]);
    });
  });

  describe('what is not a legal text mention', () => {
    it('skips bare mentions with no number, date or title, but keeps « la circulaire sur X » (seed 002)', () => {
      const found = run(
        "le cadre stratégique commun, diffusé par circulaire du Premier Ministre, définit la stratégie ; la circulaire sur l'usage du logiciel libre dans l'administration encourage les ministères",
      );
      expect(found.map((f) => [(f.data as { type: string }).type, (f.data as { title: string | null }).title])).toEqual([
        ['circulaire', "sur l'usage du logiciel libre dans l'administration"],
      ]);
      expect(run('Une circulaire sur le sujet pourrait venir.')).toEqual([]);
    });

    it('skips common nouns and participles that look like text types', () => {
      expect(run("Le projet a été arrêté le 3 mai 2020. L'emploi du temps. La loi du marché. Le règlement des litiges. L'instruction des dossiers.")).toEqual([]);
    });
  });

  describe('properties', () => {
    const tokens = fc.constantFrom(
      'décret', 'Décret', ' n° ', 'no ', '2019-1088', '2016/679', ' (UE) ', ' du ', '25 octobre 2019', ' relatif au ', 'portant ',
      'système', ' loi ', 'pour une ', 'circulaire', ' arrêté ', '.', ',', ' ', '\n', 'modifié par le ', 'Premier ministre', '«', '»',
    );
    it('never throws and every quote is the text at its offsets', () => {
      fc.assert(
        fc.property(fc.string({ unit: tokens, maxLength: 30 }), (text) => {
          const { facts } = legalTextsExtractor.extract(doc(text));
          for (const f of facts) expect(text.slice(f.start, f.end)).toBe(f.quote);
        }),
      );
      fc.assert(
        fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
          const { facts } = legalTextsExtractor.extract(doc(text));
          for (const f of facts) expect(text.slice(f.start, f.end)).toBe(f.quote);
        }),
      );
    });
  });
});

describe('legal texts: an issuer before the number', () => {
  it('reads « circulaire du Premier ministre n° 6264/SG du 27 avril 2021 » with its number and date', () => {
    const facts = legalTextsExtractor.extract(doc('La circulaire du Premier ministre n° 6264/SG du 27 avril 2021 fixe la politique de la donnée.')).facts;
    expect(facts.map((f) => f.data)).toMatchObject([{ type: 'circulaire', number: '6264/SG', date: { value: '2021-04-27' } }]);
  });
});

describe('legal texts: numbers opening with their issuer', () => {
  it('reads « l’instruction n° DGS/2026/14 du 5 février 2026 », and no number without a digit', () => {
    const found = run('Voir l’instruction n° DGS/2026/14 du 5 février 2026 et la circulaire n° SG du 3 mars 2026.').map((l) => l.data);
    expect(found.map((l) => `${l.type} ${l.number} ${l.date?.value}`)).toContain('instruction DGS/2026/14 2026-02-05');
    expect(found.some((l) => l.number === 'SG')).toBe(false);
  });
});
