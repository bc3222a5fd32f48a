/**
 * Pages of layouts nobody wrote rules for, for robustness probes (scripts/layout-probe.ts, tests/build): the lines
 * of real texts cut, mixed and restyled the way crawls and exports garble them (a line made a table row, a list
 * item, a heading or an HTML paragraph; spaces made non-breaking; tabs for pipes; CRLF; a line cut short; lines
 * dropped or doubled). Seeded and deterministic: a failing page is found again from its seed.
 */
import path from 'node:path';
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
