/**
 * Pages of layouts nobody wrote rules for, for robustness probes (scripts/layout-probe.ts, tests/build): the lines
 * of real texts cut, mixed and restyled the way crawls and exports garble them (a line made a table row, a list
 * item, a heading or an HTML paragraph; spaces made non-breaking; tabs for pipes; CRLF; a line cut short; lines
 * dropped or doubled). Seeded and deterministic: a failing page is found again from its seed.
 */
import path from 'node:path';
import { decodeHtmlReferences } from '../pipeline/stages/extract/text.ts';
import type { Datasets } from '../pipeline/types/schemas.gen.ts';
import { rng } from './corpus.ts';

export interface PageText {
  file: string;
  text: string;
}

export interface MixedPagesOptions {
  seed: number;
  pages: number;
}

/** One way a crawl or an export restyles a line (or leaves it: most lines come through as written). */
const RESTYLES: ReadonlyArray<(line: string, cut: number) => string> = [
  (l) => l.replace(/ /g, '\u00a0'),
  (l) => l.replace(/\|/g, '\t'),
  (l) => `| ${l.split(', ').join(' | ')} |`,
  (l) => `<p>${l}</p>`,
  (l) => `- ${l}`,
  (l) => `## ${l.slice(0, 80)}`,
  (l) => l.toUpperCase(),
  (l) => `${l}\r`,
  (l, cut) => l.slice(0, cut),
  (l, cut) => l.slice(cut),
  (l) => `> ${l}`,
  (l) => `* ${l.replace(/\(/g, '« ').replace(/\)/g, ' »')}`,
  (l) => l.replace(/’/g, "'").replace(/[«»]/g, '"'),
];

/** `options.pages` pages made from `texts` (at least one text with a non-blank line). */
export function mixedPages(texts: readonly PageText[], options: MixedPagesOptions): PageText[] {
  const random = rng(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const restyle = (line: string): string => (random() < 0.35 ? pick(RESTYLES)(line, Math.floor(random() * (line.length + 1))) : line);
  const lines = texts.flatMap((t) => t.text.split('\n'));
  const pages: PageText[] = [];
  for (let i = 0; i < options.pages; i++) {
    const source = pick(texts);
    const mode = random();
    let body: string[];
    let extension = pick(['.txt', '.md', '.md', '.html']);
    if (mode < 0.3) {
      // One text kept in its format, some of its lines dropped, doubled, restyled or taken from another text.
      extension = path.extname(source.file) || '.txt';
      body = source.text.split('\n').flatMap((line) => {
        const r = random();
        return r < 0.08 ? [] : r < 0.12 ? [line, line] : r < 0.2 ? [restyle(line)] : r < 0.23 ? [pick(lines)] : [line];
      });
    } else if (mode < 0.6) {
      // A run of one text's lines, restyled.
      const all = source.text.split('\n');
      const from = Math.floor(random() * all.length);
      body = all.slice(from, from + 1 + Math.floor(random() * 80)).map(restyle);
    } else if (mode < 0.85) {
      // Lines of any texts, one after another.
      body = Array.from({ length: 1 + Math.floor(random() * 60) }, () => restyle(pick(lines)));
    } else {
      // A slice of one text cut anywhere (mid-word, mid-table).
      const from = Math.floor(random() * source.text.length);
      body = [source.text.slice(from, from + 1 + Math.floor(random() * 4000))];
    }
    if (extension === '.html' && mode >= 0.3) body = ['<html><body>', ...body.map((l) => `<div>${l}</div>`), '</body></html>'];
    if (!body.join('').trim()) body = ['Texte.'];
    const separator = pick(['\n', '\n', '\n\n', '\r\n']);
    pages.push({ file: `page-${String(options.seed).padStart(3, '0')}-${String(i).padStart(4, '0')}${extension}`, text: `${body.join(separator)}\n` });
  }
  return pages;
}

/**
 * Facts whose quote does not show the address they stand for (a link's host, an e-mail's domain): the sign of
 * offsets mapped wrong (a clean copy that moved words, read as if it had not), which no schema can see.
 */
export function quotesAstray(datasets: Pick<Datasets, 'facts' | 'links' | 'contacts'>): string[] {
  const quotes = new Map(datasets.facts.map((f) => [f.id, f.quote]));
  const shown = (factIds: readonly string[], needle: string) =>
    // (Spaces, line breaks and a raw e-mail's soft line breaks « =⏎ » aside: an address broken across two lines is
    // quoted with its break.)
    factIds.filter((id) => !decodeHtmlReferences(quotes.get(id) ?? '').replace(/=\r?\n/g, '').replace(/\s+/g, '').toLowerCase().includes(needle.toLowerCase()));
  const out: string[] = [];
  for (const link of datasets.links) {
    const host = /^[a-z]+:\/\/([^/?#:]+)/i.exec(link.url)?.[1] ?? link.url.replace(/^www\./i, '').split(/[/?#]/)[0]!;
    for (const id of shown(link.fact_ids, host)) out.push(`link ${link.url}: fact ${id} quotes « ${quotes.get(id)} »`);
  }
  for (const contact of datasets.contacts) {
    const domain = contact.email.split('@')[1] ?? contact.email;
    for (const id of shown(contact.fact_ids, domain.split('.')[0]!)) out.push(`contact ${contact.email}: fact ${id} quotes « ${quotes.get(id)} »`);
  }
  return out;
}

/**
 * Pages of one very long line each, `size` characters, of shapes that made rules quadratic (a rule that reads the
 * whole line again for each number, date, address or acronym on it): runs of markup blanked into spaces, of
 * capitals, digits, brackets; tables, dates, amounts and addresses written one after another without a full stop.
 * scripts/layout-probe.ts --long-lines times extraction on them at two sizes: linear rules take about four times as
 * long on a page four times as long.
 */
export function longLinePages(size: number, seed = 3): PageText[] {
  const random = rng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const int = (from: number, to: number) => from + Math.floor(random() * (to - from + 1));
  const repeat = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const made = (make: () => string) => {
    let text = '';
    while (text.length < size) text += make();
    return text;
  };
  const words = ['la', 'direction', 'du', 'numérique', 'DINUM', '(', ')', 'décret', 'n°', '2019-1088', '25', 'octobre', '2019', 'est', 'rattachée', 'au', 'Premier', 'ministre', 'Ministère', 'de', "l'Intérieur", 'SG', 'comité', 'pilotage', 'agents', 'millions', 'euros', ',', ';', '—'];
  const shapes: Record<string, string> = {
    'blank-markup': repeat('<div>'),
    'emphasis-marks': repeat('**'),
    entities: repeat('&amp;'),
    brackets: repeat('['),
    'capitals-run': repeat('A'),
    'capital-words': repeat('ABCDEFG '),
    digits: repeat('1 '),
    'grouped-digits': repeat('12 345 '),
    pipes: repeat('| '),
    acronyms: made(() => `${Array.from({ length: int(2, 6) }, () => pick([...'ABCDEFGHIJ'])).join('')} `),
    'type-words': made(() => `${pick(['Direction', 'Agence', 'Service', 'Bureau', 'Mission', 'Délégation', 'Pôle', 'Numérique', 'Données'])} `),
    prose: made(() => `${pick(words)} `),
    dates: made(() => `le ${int(1, 28)} mars ${int(1990, 2030)} `),
    amounts: made(() => `${int(1, 999)} millions d'euros `),
    addresses: made(() => `agent${int(1, 999)}@exemple.gouv.fr `),
    'contact-lines': made(() => `<p>Contact : Bureau ${pick([...'ABCDEFGH'])} · agent${int(1, 999)}@exemple.gouv.fr</p>`),
    'table-rows': made(() => `| ${Array.from({ length: 8 }, () => int(1, 99999)).join(' | ')} |`),
    'html-soup': made(() => pick(['<div class="x">', '<span>', '</span>', '</div>', '<a href="https://x.gouv.fr/p">lien</a>', 'Texte de la direction. ', '<p>', '</p>', '&nbsp;', '<li>DINUM</li>'])),
  };
  return Object.entries(shapes).map(([name, text]) => ({ file: `${name}.txt`, text: `${text.slice(0, size)}\n` }));
}
