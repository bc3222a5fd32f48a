import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDates, parseRef, type DateMention } from '../../pipeline/stages/extract/dates.ts';
import { prepareText } from '../../pipeline/stages/extract/text.ts';
import { extractDocument, headerDate } from '../../pipeline/stages/extract/index.ts';

/** Date mentions of a text, as [quote, value] pairs. */
function dates(text: string, ref: string | null = null): Array<[string, DateMention['value']]> {
  const clean = prepareText(text).clean;
  return parseDates(clean, 0, clean.length, ref).map((m) => [text.slice(m.start, m.end), m.value]);
}

function values(text: string, ref: string | null = null): string[] {
  return dates(text, ref).map(([, v]) => v.value);
}

describe('parseDates', () => {
  describe('days', () => {
    it('finds a day with its month name and year (seed: decree date)', () => {
      expect(dates("décret n°2019-1088 du 25 octobre 2019 relatif au système d'information")).toEqual([
        ['25 octobre 2019', { value: '2019-10-25', precision: 'day' }],
      ]);
    });

    it('finds « 1er » and a superscript ordinal', () => {
      expect(values('Le 1er janvier 2020, puis le 1<sup>er</sup> mars 2021.')).toEqual(['2020-01-01', '2021-03-01']);
    });

    it('finds a date alone on a slide line (seed: « 20 avril 2018 »)', () => {
      expect(values("Pistes pour l'évolution\n\n20 avril 2018\n\n# Transformer")).toEqual(['2018-04-20']);
    });

    it('finds ISO and numeric French dates', () => {
      expect(values('Publié le 2019-10-25 ; mis à jour le 03/02/2020 et le 4.5.2021.')).toEqual([
        '2019-10-25',
        '2020-02-03',
        '2021-05-04',
      ]);
    });

    it('accepts unaccented month names and abbreviations', () => {
      expect(values('le 12 fevrier 2015, le 3 déc. 2016 et le 14 aout 2017')).toEqual(['2015-02-12', '2016-12-03', '2017-08-14']);
    });

    it('rejects impossible days', () => {
      expect(values('le 31 février 2019 et le 2019-02-30')).not.toContain('2019-02-31');
      expect(values('le 2019-02-30')).toEqual([]);
    });
  });

  describe('months and years', () => {
    it('keeps month precision for « octobre 2021 »', () => {
      expect(dates('Le schéma est publié en octobre 2021.')).toEqual([['octobre 2021', { value: '2021-10', precision: 'month' }]]);
    });

    it('finds a year after « en » (seed: « créée en 2001[3] » with a footnote call)', () => {
      expect(dates("l'agence (créée en 2001[3]), puis l'ADAE")).toEqual([['2001', { value: '2001', precision: 'year' }]]);
    });

    it('keeps the qualifier « depuis » in the quote and the value (seed)', () => {
      expect(dates('La DINSIC a conçu et gère le service FranceConnect depuis 2016.')).toEqual([
        ['depuis 2016', { value: '2016', precision: 'year', qualifier: 'depuis' }],
      ]);
    });

    it('keeps fin, début, courant, mi, semesters and seasons', () => {
      const found = dates('fin 2017, début 2018, courant 2019, à la mi-2020, au premier semestre 2021, au printemps 2022, fin octobre 2021');
      expect(found.map(([q, v]) => [q, v.value, v.qualifier])).toEqual([
        ['fin 2017', '2017', 'fin'],
        ['début 2018', '2018', 'début'],
        ['courant 2019', '2019', 'courant'],
        ['à la mi-2020', '2020', 'mi'],
        ['au premier semestre 2021', '2021-01/2021-06', '1er semestre'],
        ['au printemps 2022', '2022', 'printemps'],
        ['fin octobre 2021', '2021-10', 'fin'],
      ]);
    });

    it('finds coordinated years (seed: « Les années 2017 et 2018 »)', () => {
      expect(values('Les années 2017 et 2018 ont été marquées par une montée en puissance')).toEqual(['2017', '2018']);
      expect(values('en 2015, 2016 et 2017')).toEqual(['2015', '2016', '2017']);
    });

    it('finds a bare year opening a dated list item or a timeline heading', () => {
      expect(values('## 2019\n\n- 2010 : création du service\n- 2012 – fusion\n* 2014 au plus tard')).toEqual(['2019', '2010', '2012']);
    });

    it('finds a year that fills a table cell', () => {
      expect(values('| Nom | Début | Fin |\n|---|---|---|\n| A | 16 septembre 2015 | 2019 |\n2020\tCréation du service')).toEqual([
        '2015-09-16',
        '2019',
        '2020',
      ]);
    });

    it('does not take a year that only ends a title line (seed 003: « ACTION PUBLIQUE 2022 »)', () => {
      expect(values('ACTION  \nPUBLIQUE  \n2022\n\n# Fiche')).toEqual([]);
    });

    it('reads « les années 1990 » as a decade', () => {
      expect(dates('Dans les années 1990, les ministères')).toEqual([
        ['années 1990', { value: '1990/1999', precision: 'period', start: '1990', end: '1999' }],
      ]);
    });
  });

  describe('periods', () => {
    it('finds year pairs with a hyphen, with or without spaces (seeds)', () => {
      expect(values('Les ambitions de la DNUM 2023-2027')).toEqual(['2023/2027']);
      expect(values('[Ambition numérique 2023 - 2027](https://x.fr/a)')).toEqual(['2023/2027']);
      expect(values('la synthèse des contrats de progrès ministériels 2013-2015[22].')).toEqual(['2013/2015']);
    });

    it('finds « de … à … » and « entre … et … »', () => {
      expect(dates('de 2015 à 2018 puis entre 2019 et 2021')).toEqual([
        ['de 2015 à 2018', { value: '2015/2018', precision: 'period', start: '2015', end: '2018' }],
        ['entre 2019 et 2021', { value: '2019/2021', precision: 'period', start: '2019', end: '2021' }],
      ]);
    });

    it('finds day and month periods, borrowing the year from the end', () => {
      expect(values('du 1er janvier 2020 au 31 mars 2021 ; du 3 au 5 mars 2020 ; de janvier à mars 2020')).toEqual([
        '2020-01-01/2021-03-31',
        '2020-03-03/2020-03-05',
        '2020-01/2020-03',
      ]);
      expect(values('de novembre à février 2020')).toEqual(['2019-11/2020-02']);
    });
  });

  describe('relative and year-less dates', () => {
    it('resolves relative mentions against the document date, never today', () => {
      const found = dates("l'an dernier, l'année dernière, cette année, l'an prochain, depuis deux ans, il y a 3 ans", '2018-10-24 09:08:00 +02:00');
      expect(found.map(([q, v]) => [q, v.value, v.qualifier ?? null, v.inferred])).toEqual([
        ["l'an dernier", '2017', null, true],
        ["l'année dernière", '2017', null, true],
        ['cette année', '2018', null, true],
        ["l'an prochain", '2019', null, true],
        ['depuis deux ans', '2016', 'depuis', true],
        ['il y a 3 ans', '2015', null, true],
      ]);
    });

    it('gives « le 3 mars » the year of the document and marks it inferred', () => {
      expect(dates('Le 3 mars, le ministre a annoncé', '2022-05-01')).toEqual([
        ['3 mars', { value: '2022-03-03', precision: 'day', inferred: true }],
      ]);
    });

    it('skips relative and year-less mentions when the document has no date', () => {
      expect(dates("Le 3 mars et l'an dernier, en juin", null)).toEqual([]);
    });

    it('finds a bare month after « en » only with a document date', () => {
      expect(dates('Le comité se réunit en juin.', '2021-01-15')).toEqual([['juin', { value: '2021-06', precision: 'month', inferred: true }]]);
    });
  });

  describe('what is not a date', () => {
    it('does not read decree or directive numbers as periods or years', () => {
      expect(values('décret n° 2019-1088 ; décret no 2023-304 ; directive (UE) 2016/2102 ; règlement (UE) 2016/679')).toEqual([]);
      expect(values('la délibération n° 2019-2020 et le décret 2018-2019')).toEqual([]);
    });

    it('does not read counts, amounts, phone numbers or names with a year as dates', () => {
      expect(
        values('près de 14 000 sites ; autour de 2000 agents ; 2019 € ; tél. 01 40 15 20 19 ; Compétences 2025 ; ACTION PUBLIQUE 2022 ; IGI 1300'),
      ).toEqual([]);
    });

    it('does not read a programme name with a year as a date, but reads « à l\'horizon 2030 »', () => {
      expect(values("Le programme Horizon 2020 finance la recherche à l'horizon 2030.")).toEqual(['2030']);
    });

    it('does not take « 14 juillet » from a date with a year out of range', () => {
      expect(dates('le 14 juillet 1789', '2020-01-01')).toEqual([]);
    });

    it('does not read years inside URLs, e-mail addresses or file names', () => {
      expect(values('voir https://x.fr/2019-2020/bilan en ligne, /uploads/Bilan_2017-2018.pdf et dgme2005@x.fr')).toEqual([]);
    });

    it('does not take a year pair that goes backwards or spans decades', () => {
      expect(values('2018-2017 ; 1950-2020')).toEqual([]);
    });
  });

  describe('parseRef', () => {
    it('reads day, month, year and datetime references', () => {
      expect(parseRef('2018-10-24 09:08:00 +02:00')).toEqual({ y: 2018, m: 10, d: 24 });
      expect(parseRef('2018-10')).toEqual({ y: 2018, m: 10, d: null });
      expect(parseRef('2018')).toEqual({ y: 2018, m: null, d: null });
      expect(parseRef(null)).toBeNull();
      expect(parseRef('sans date')).toBeNull();
    });
  });

  describe('properties', () => {
    const tokens = fc.constantFrom(
      ' ', '\n', '2019', '-', '1088', '/', ' du ', '25', ' octobre ', '1er', ' mars', ' en ', ' depuis ', 'fin ', 'mi-',
      ' de ', ' à ', ' entre ', ' et ', 'n° ', "l'an dernier", ' il y a ', 'deux', ' ans', '2023', '2027', '.', ',', '(', ')', 'x',
    );
    it('never throws, returns spans inside [from, to) in order, with year-bounded values', () => {
      fc.assert(
        fc.property(fc.string({ unit: tokens, maxLength: 40 }), fc.option(fc.constant('2020-06-15')), (text, ref) => {
          const clean = prepareText(text).clean;
          const found = parseDates(clean, 0, clean.length, ref);
          let last = -1;
          for (const m of found) {
            expect(m.start).toBeGreaterThanOrEqual(0);
            expect(m.end).toBeLessThanOrEqual(text.length);
            expect(m.start).toBeGreaterThanOrEqual(last);
            last = m.end;
            expect(m.value.value).toMatch(/^(?:19|20)\d\d/);
          }
        }),
      );
    });

    it('never throws on arbitrary unicode', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
          const clean = prepareText(text).clean;
          expect(() => parseDates(clean, 0, clean.length, '2020-01-01')).not.toThrow();
        }),
      );
    });
  });
});

describe('parseDates: a year written earlier in the span', () => {
  it('places « en juillet » in the year the sentence wrote before it, not in the document’s year', () => {
    const s = 'Les premières livraisons ont eu lieu en 2016, avec la publication des premières API en juillet.';
    expect(parseDates(s, 0, s.length, '2024-01-01').map((d) => d.value.value)).toEqual(['2016', '2016-07']);
  });
});

describe('dates: quarters and halves written T1 … T4, S1, S2', () => {
  it('reads « au T1 2024 », « au S2 2025 » as the months of that quarter or half, the qualifier kept', () => {
    const dates = parseDates('Le service a été ouvert au T1 2024 ; le déploiement est prévu au S2 2025.', 0, 80, '2024-06-01');
    expect(dates.map((d) => [d.value.value, d.value.precision, d.value.qualifier])).toEqual([
      ['2024-01/2024-03', 'period', '1er trimestre'],
      ['2025-07/2025-12', 'period', '2e semestre'],
    ]);
  });
  it('« au deuxième trimestre 2025 », « au quatrième trimestre 2023 »: April to June, October to December', () => {
    const values = (text: string) => parseDates(text, 0, text.length, null).map((d) => d.value.value);
    expect(values('au deuxième trimestre 2025')).toEqual(['2025-04/2025-06']);
    expect(values('au quatrième trimestre 2023')).toEqual(['2023-10/2023-12']);
    expect(values('au printemps 2026')).toEqual(['2026']);
  });
});

describe('dates: « dernier », « prochain » after a month', () => {
  it('is the last (next) such month from the document’s date', () => {
    const values = (text: string, ref: string) => parseDates(text, 0, text.length, ref).map((d) => d.value.value);
    expect(values('en juin dernier', '2031-03-01')).toEqual(['2030-06']);
    expect(values('en juin dernier', '2031-10-01')).toEqual(['2031-06']);
    expect(values('le 3 février dernier', '2031-03-01')).toEqual(['2031-02-03']);
    expect(values('en mars prochain', '2031-10-01')).toEqual(['2032-03']);
    // The day decides within the document's month; « dernier délai » is a set phrase.
    expect(values('le 3 mars dernier', '2031-03-20')).toEqual(['2031-03-03']);
    expect(values('le 25 mars prochain', '2031-03-20')).toEqual(['2031-03-25']);
    expect(values('au plus tard le 31 mars dernier délai', '2031-03-01')).toEqual(['2031-03-31']);
  });
});

describe('dates: a month that comes back every year (session 11)', () => {
  it('reads no date in « chaque année, en mars » nor « le 31 janvier de chaque année », and keeps « en mars 2026 »', () => {
    const text = 'La délégation publiera chaque année, en mars, un rapport ; les chiffres sont arrêtés le 31 janvier de chaque année ; le premier paraîtra en mars 2026.';
    expect(parseDates(text, 0, text.length, '2025-02-28').map((d) => d.value.value)).toEqual(['2026-03']);
  });
});

describe('headerDate: the date a text gives itself on its first lines (session 11)', () => {
  it('reads a masthead, a dateline or a session line, not a date deep in the prose or on a long line', () => {
    expect(headerDate('LA LETTRE DE LA DIRECTION\nn° 12 - mars 2025\n\nBonjour à tous.')).toBe('2025-03');
    expect(headerDate('AGENCE DES DONNÉES\n\nParis, le 28 février 2025\n\nObjet : note')).toBe('2025-02-28');
    expect(headerDate('# Bilan\n\nCréée le 3 mai 2019 par un décret qui a regroupé trois services et leurs équipes, l’agence publie son bilan annuel sur les données.')).toBeNull();
    expect(headerDate('# Bilan\n\nL’agence a été créée en 2019.')).toBeNull();
  });

  it('lets the extractors read year-less dates against it', () => {
    const text = 'LA LETTRE DE LA DIRECTION\nn° 12 - novembre 2025\n\nLe portail Phare est ouvert aux communes depuis le 3 novembre.';
    const events = extractDocument({ id: 't', file: 't.txt', title: null, language: 'fr', origin: null, licence: null, date: null, sha256: '0'.repeat(64), text }, new Set()).facts.filter((f) => f.data.kind === 'event');
    expect(events.map((e) => (e.data as { date: { value: string } }).date.value)).toContain('2025-11-03');
  });
});

describe('dates: the day a reference was read (session 11)', () => {
  it('reads no date in « (consulté le 4 octobre 2025) »', () => {
    const text = '1. ↑ « Présentation de la direction », sur le site de la direction (consulté le 4 octobre 2025). Créée le 3 mai 2019.';
    expect(parseDates(text, 0, text.length, null).map((d) => d.value.value)).toEqual(['2019-05-03']);
  });
});

describe('headerDate: review fixes of session 11', () => {
  it('reads no text date from a title citing an act or a table row', () => {
    expect(headerDate('# Bilan de la loi du 7 octobre 2016\n\nLe 3 mars, le service a lancé la plateforme.')).toBeNull();
    expect(headerDate('| Étape | Date |\n|---|---|\n| Ouverture | 3 mars 2026 |')).toBeNull();
    expect(headerDate('NOTE\n\nParis, le 28 février 2025\n\nObjet : feuille de route')).toBe('2025-02-28');
  });
});

describe('dates: a text that lost its accents, as an OCR reads it (session 13)', () => {
  it('reads « le ler juillet 2004 » (« 1er ») and « 9 decembre 2003 »', () => {
    expect(dates('Le reseau sera mis en service le ler juillet 2004, selon le decret du 9 decembre 2003.').map(([quote, v]) => `${quote} = ${v.value}`)).toEqual(['ler juillet 2004 = 2004-07-01', '9 decembre 2003 = 2003-12-09']);
  });
});
