import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../pipeline/stages/extract/index.ts';
import { normalise } from '../../pipeline/stages/normalise/index.ts';
import { validateDatasets } from '../../pipeline/stages/validate/index.ts';
import type { SourceDocument } from '../../pipeline/types/domain.ts';

// Pieces of the genre, recombined at random: whatever the text, the build's records must pass their schemas
// (an unseen text must never make the build fail on our own output).
const PIECES = [
  'La direction interministérielle du numérique (DINUM) ', 'le département « Données » de la DINUM ', 'créée en 2001',
  'décret n° 2019-1088 du 25 octobre 2019 relatif au système ', 'près de 14 000 sites', '90 %', 'contact@exemple.gouv.fr',
  '[le site](https://exemple.gouv.fr/a?b=1)', 'www.exemple.fr', 'Jeanne Martin, directrice de la DAE', 'le service Exemplo ',
  '\n- la mission « Europe »\n', '\n## Agence du numérique (ANUM)\n', 'Comité\tParticipants\tFréquence\n', 'Conseil X\tDINUM, DAE\tMensuelle\n',
  '| Nom | Producteur |\n|---|---|\n| Base X | INSEE |\n', 'le 3 mars', 'depuis 2016', '2023-2027', ' et ', ', ', '. ', '\n\n', '«', '»', '(', ')',
  '<TimelineEvent date="01/02/2020" title="Lancement" />', 'Elle comprend deux pôles : ', 'le pôle « A » ', 'la loi n° 2016-1321 ',
  'circulaire du 26 mai 2021', 'l’ANSSI', 'un arrêté', 'RIE 2.0', '1,5 Md€', 'une vingtaine d’agents', 'x'.repeat(3),
];

const doc = (id: string, text: string): SourceDocument => ({
  id, file: `${id}.md`, title: null, language: 'fr', origin: null, licence: null, date: '2022-03-07', sha256: 'a'.repeat(64), text,
});

describe('pipeline robustness', () => {
  it('produces records that pass their schemas for any mix of genre fragments', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), { minLength: 1, maxLength: 3 }), (texts) => {
        const docs = texts.map((parts, i) => doc(`t${i}`, parts.join('') || 'vide'));
        const { facts } = extractAll(docs);
        for (const f of facts) expect(docs.find((d) => d.id === f.source_id)!.text.slice(f.start, f.end)).toBe(f.quote);
        const issues = validateDatasets(normalise(docs, facts)).filter((i) => i.severity === 'error');
        expect(issues.map((i) => i.message)).toEqual([]);
      }),
      { numRuns: 60, seed: 20261125 },
    );
  });
});

describe('pipeline robustness on mangled real texts', () => {
  it('gives schema-valid records and exact quotes when the project texts are cut and shuffled at random', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const root = new URL('../../', import.meta.url).pathname;
    const texts = ['sources', 'eval/texts/devset'].flatMap((d) =>
      readdirSync(root + d).filter((f) => /\.(md|txt)$/.test(f)).map((f) => readFileSync(`${root}${d}/${f}`, 'utf8')),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.nat(200), fc.nat(), fc.boolean()), { minLength: 1, maxLength: 25 }), fc.boolean(), (edits, dated) => {
        const docs = texts.map((t, i) => {
          let s = t;
          for (const [a0, len, c0, cut] of edits) {
            const a = a0 % (s.length || 1);
            const b = Math.min(s.length, a + len);
            const c = c0 % (s.length || 1);
            s = cut ? s.slice(0, a) + s.slice(b) : s.slice(0, c) + s.slice(a, b) + s.slice(c);
          }
          return { ...doc(`t${i}`, s || 'vide'), date: dated ? '2022-03-07' : null };
        });
        const { facts } = extractAll(docs);
        for (const f of facts) expect(docs.find((d) => d.id === f.source_id)!.text.slice(f.start, f.end)).toBe(f.quote);
        const issues = validateDatasets(normalise(docs, facts)).filter((i) => i.severity === 'error');
        expect(issues.map((i) => i.message)).toEqual([]);
      }),
      { numRuns: 8, seed: 1125 },
    );
  });
});
