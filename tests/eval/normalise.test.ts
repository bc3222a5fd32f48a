import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicaliseFigure,
  nameForms,
  namesMatch,
  normaliseEmail,
  normaliseLegalNumber,
  normaliseName,
  normaliseUrl,
} from '../../pipeline/eval/normalise.ts';

describe('normaliseName', () => {
  it('removes accents, case, quotes and articles', () => {
    expect(normaliseName('Le département « Etalab »')).toBe('departement etalab');
    expect(normaliseName('département "Étalab"')).toBe('departement etalab');
    expect(normaliseName("l’Agence pour le Développement de l'Administration Électronique")).toBe(
      'agence pour developpement administration electronique',
    );
  });

  it('makes spellings with and without fused articles equal', () => {
    expect(normaliseName("RH de la filière du numérique de l'État")).toBe(
      normaliseName("RH de la filière numérique de l'Etat"),
    );
    expect(normaliseName('département des infrastructures et services')).toBe(
      normaliseName('département Infrastructures et services'),
    );
  });

  it('collapses spaces (including no-break spaces) and dashes, keeps dots inside tokens', () => {
    expect(normaliseName('  Conseil\u00a0du   numérique ')).toBe('conseil numerique');
    expect(normaliseName('État – collectivités')).toBe('etat collectivites');
    expect(normaliseName('beta.gouv.fr.')).toBe('beta.gouv.fr');
  });

  it('folds ligatures', () => {
    expect(normaliseName('Mise en œuvre')).toBe('mise en oeuvre');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (name) => {
        const once = normaliseName(name);
        expect(normaliseName(once)).toBe(once);
      }),
    );
  });

  it('is idempotent on French-looking names', () => {
    const words = fc.constantFrom(
      'le',
      'l’',
      'département',
      '«',
      '»',
      'Étalab',
      'du',
      'd’',
      'numérique',
      '-',
      '.',
      'gouv.fr',
      ',',
      'œuvre',
      '(DINUM)',
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 12 }), (parts) => {
        const once = normaliseName(parts.join(' '));
        expect(normaliseName(once)).toBe(once);
      }),
    );
  });
});

describe('namesMatch', () => {
  const match = (a: Array<string | null>, b: Array<string | null>) => namesMatch(nameForms(a), nameForms(b));

  it('matches a name with or without its leading type word', () => {
    expect(match(['département Etalab'], ['Etalab'])).toBe(true);
    expect(match(['Proactivité'], ['programme « Proactivité »'])).toBe(true);
  });

  it('matches a name with or without a trailing parenthesised acronym', () => {
    expect(
      match(
        ["Développement Concerté de l'Administration Numérique Territoriale"],
        ["Développement concerté de l'administration numérique territoriale (DcANT)"],
      ),
    ).toBe(true);
  });

  it('never matches two names that only share what follows different type words', () => {
    expect(match(['direction du numérique'], ['Conseil du numérique'])).toBe(false);
  });

  it('matches through alternative names and ignores nulls', () => {
    expect(match(['plateforme d’accès à Internet', 'PFAI'], [null, 'PFAI'])).toBe(true);
    expect(match([null], [null])).toBe(false);
  });
});

describe('canonicaliseFigure', () => {
  it('reduces the unit to its singular head word without accents', () => {
    expect(canonicaliseFigure(1_000_000, 'utilisateurs internes')).toEqual({ value: 1_000_000, unit: 'utilisateur' });
    expect(canonicaliseFigure(2, 'années')).toEqual({ value: 2, unit: 'annee' });
    expect(canonicaliseFigure(14000, 'sites')).toEqual(canonicaliseFigure(14000, 'site'));
  });

  it('compares a unit written by its acronym with its spelled-out form (« ETP », « équivalents temps plein »)', () => {
    expect(canonicaliseFigure(440, 'ETP')).toEqual(canonicaliseFigure(440, 'équivalents temps plein'));
    expect(canonicaliseFigure(262, 'ETPT')).toEqual(canonicaliseFigure(262, 'équivalents temps plein travaillé'));
    expect(canonicaliseFigure(3, 'ETP')).not.toEqual(canonicaliseFigure(3, 'agents'));
  });

  it('folds multipliers and money units into euros', () => {
    expect(canonicaliseFigure(2.5, 'millions €')).toEqual({ value: 2_500_000, unit: '€' });
    expect(canonicaliseFigure(4.8, "millions d'euros")).toEqual({ value: 4_800_000, unit: '€' });
    expect(canonicaliseFigure(774, 'K€')).toEqual({ value: 774_000, unit: '€' });
    expect(canonicaliseFigure(3, 'M€')).toEqual({ value: 3_000_000, unit: '€' });
    expect(canonicaliseFigure(800_000, 'euros')).toEqual({ value: 800_000, unit: '€' });
  });

  it('reads every spelling of percent as %', () => {
    expect(canonicaliseFigure(90, '%').unit).toBe('%');
    expect(canonicaliseFigure(90, 'pour cent').unit).toBe('%');
  });
});

describe('other keys', () => {
  it('normalises legal numbers, emails and URLs', () => {
    expect(normaliseLegalNumber('n° 2019-1088')).toBe('2019-1088');
    expect(normaliseLegalNumber('no 2019‑1088')).toBe('2019-1088');
    expect(normaliseEmail(' mailto:Contact@Example.gouv.fr')).toBe('contact@example.gouv.fr');
    expect(normaliseUrl('https://example.gouv.fr/page).')).toBe('https://example.gouv.fr/page');
  });
});
