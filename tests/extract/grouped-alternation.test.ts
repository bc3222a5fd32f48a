import { describe, expect, it } from 'vitest';
import { groupedAlternation, ORG_TYPE_ALTERNATION, PRODUCT_TYPE_ALTERNATION } from '../../pipeline/stages/extract/lexicon.ts';

/** Every match (index, text, first capture) of `source` over `text`, as a global regex with `flags`. */
function allMatches(source: string, flags: string, text: string): Array<[number, string, string | undefined]> {
  return [...text.matchAll(new RegExp(source, `g${flags}`))].map((m) => [m.index, m[0], m[1]]);
}

const TEXT = [
  "Les services et le service « Sites » : la plateforme, les plateformes, l'API Adresse et l'application Alpha.",
  "Un assistant, des assistants ; le site, les sites, la suite, le socle, l'annuaire des Annuaires.",
  "La sous-direction du numérique, les sous-directions, le Haut conseil, le haut-commissariat et l'établissement.",
  'APPLICATION, Api, api, AP, serviceS, Service public, tableau de bord, tableaux de bord.',
].join('\n');

describe('groupedAlternation', () => {
  it('puts the members that share a first letter behind it, in their order, and keeps a different leading token apart', () => {
    expect(groupedAlternation(['[sS]ervices', '[aA]pplication', '[sS]ervice', '[sS]ite', '[aA]ssistant', 'API'])).toBe(
      '[sS](?:ervices|ervice|ite)|[aA](?:pplication|ssistant)|API',
    );
    expect(groupedAlternation(['bureau', 'pôle', 'bureaux', 'b'])).toBe('b(?:ureau|ureaux|)|pôle');
  });

  it('matches what the flat alternation matches, at the same places, with the same captures (product and body words)', () => {
    const flatProducts = PRODUCT_TYPE_ALTERNATION.replace(/(\[[^\]]+\]|API)\(\?:([^)]*)\)/g, (_, token: string, rests: string) =>
      rests
        .split('|')
        .map((r) => token + r)
        .join('|'),
    );
    expect(flatProducts).not.toBe(PRODUCT_TYPE_ALTERNATION);
    for (const [grouped, flat, flags] of [
      [PRODUCT_TYPE_ALTERNATION, flatProducts, 'u'],
      [`(?<![\\wÀ-ÿ])(${PRODUCT_TYPE_ALTERNATION})(?![\\wÀ-ÿ])`, `(?<![\\wÀ-ÿ])(${flatProducts})(?![\\wÀ-ÿ])`, ''],
    ] as const) {
      const found = allMatches(grouped, flags, TEXT);
      expect(found).toEqual(allMatches(flat, flags, TEXT));
      expect(found.length).toBeGreaterThan(15);
    }
    const words = ['haut\\-commissariat', 'sous\\-directions', 'sous\\-direction', 'établissement', 'service', 'conseil', 'haut conseil'];
    for (const flags of ['', 'i']) {
      expect(allMatches(`(${groupedAlternation(words)})`, flags, TEXT)).toEqual(allMatches(`(${words.join('|')})`, flags, TEXT));
    }
    expect(new RegExp(`^(?:${ORG_TYPE_ALTERNATION})$`, 'i').test('Sous-Directions')).toBe(true);
  });
});
