/**
 * Session 32: a directory of units whose « Sigle » column comes first (a tab-separated file, a markdown table).
 * Written for this file, never copied from the evaluation texts.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../pipeline/stages/extract/index.ts';
import { dataOf, doc, expectExactQuotes } from './helpers.ts';

const TAB_SEPARATED = [
  'Annuaire des services de la direction du numérique du ministère de l’Économie rurale',
  '',
  'Mis à jour le 3 février 2026.',
  '',
  'sigle\tnom complet\trattachement\tresponsable\tcourriel',
  'DNUM\tDirection du numérique\tSecrétariat général\tMarc Loisel\tdnum@eco-rurale.gouv.fr',
  'SDI\tSous-direction des infrastructures\tDNUM\tClaire Vasseur\tsdi@eco-rurale.gouv.fr',
  'BRS\tBureau des réseaux et de la sécurité\tSDI\tPaul Tessier\tbrs@eco-rurale.gouv.fr',
  '',
].join('\n');

const MARKDOWN = [
  '| Sigle | Entité | Rattachement |',
  '| --- | --- | --- |',
  '| SDA | Sous-direction des applications | DNUM |',
  '| BAM | Bureau des applications mobiles | SDA |',
  '',
].join('\n');

describe('a table of units with its « Sigle » column first', () => {
  for (const [shape, text, expected] of [
    ['tab-separated', TAB_SEPARATED, [['SDI', 'Sous-direction des infrastructures'], ['BRS', 'Bureau des réseaux et de la sécurité']]],
    ['markdown', MARKDOWN, [['SDA', 'Sous-direction des applications'], ['BAM', 'Bureau des applications mobiles']]],
  ] as const) {
    it(`quotes each unit from its acronym to its name (${shape}), never an empty span`, () => {
      const { facts } = extractDocument(doc(text, 'annuaire'), new Set());
      expectExactQuotes(text, facts);
      expect(facts.filter((f) => f.end <= f.start || f.quote === '')).toEqual([]);
      const bodies = facts.filter((f) => f.data.kind === 'organisation' && f.data.acronym);
      for (const [acronym, name] of expected) {
        const unit = bodies.find((f) => f.data.kind === 'organisation' && f.data.acronym === acronym && f.data.name === name);
        expect(unit?.quote).toMatch(new RegExp(`^${acronym}\\s*(?:\\|\\s*)?${name}$`));
      }
      expect(dataOf(facts, 'hierarchy').map((h) => `${h.child.acronym ?? h.child.name} → ${h.parent.acronym ?? h.parent.name}`)).toEqual(
        expect.arrayContaining([`${expected[1]![0]} → ${expected[0]![0]}`]),
      );
    });
  }
});

describe('a directory of units in any column order', () => {
  const header = ['Sigle', 'Entité', 'Rattachement', 'Responsable'];
  const rows = [
    ['DNUM', 'Direction du numérique', 'Secrétariat général', 'Marc Loisel'],
    ['SDI', 'Sous-direction des infrastructures', 'DNUM', 'Claire Vasseur'],
    ['BRS', 'Bureau des réseaux et de la sécurité', 'Sous-direction des infrastructures', 'Paul Tessier'],
  ];
  const orders = (items: number[]): number[][] => (items.length <= 1 ? [items] : items.flatMap((x, i) => orders(items.filter((_, j) => j !== i)).map((rest) => [x, ...rest])));
  it('quotes every fact exactly, never an empty span, and attaches the units whatever the order (tab-separated, markdown)', () => {
    for (const order of orders([0, 1, 2, 3])) {
      for (const markdown of [false, true]) {
        const line = (cells: string[]) => (markdown ? `| ${order.map((i) => cells[i]).join(' | ')} |` : order.map((i) => cells[i]).join('\t'));
        const text = ['Annuaire des services', '', line(header), ...(markdown ? [`|${order.map(() => ' --- ').join('|')}|`] : []), ...rows.map(line), ''].join('\n');
        const { facts } = extractDocument(doc(text, 'annuaire'), new Set());
        expectExactQuotes(text, facts);
        expect(facts.filter((f) => f.end <= f.start), `${order.join('')} ${markdown ? 'markdown' : 'tabs'}`).toEqual([]);
        const links = dataOf(facts, 'hierarchy').map((h) => `${h.child.acronym ?? h.child.name} → ${h.parent.acronym ?? h.parent.name}`);
        expect(links, `${order.join('')} ${markdown ? 'markdown' : 'tabs'}`).toEqual(expect.arrayContaining(['SDI → DNUM']));
      }
    }
  });
});
