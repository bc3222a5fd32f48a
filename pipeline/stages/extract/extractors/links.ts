/**
 * Links: every URL of the text, one fact per occurrence.
 * Reads: doc.text (the original: the clean copy blanks link targets); HTML comments are skipped (front matter
 * and code blocks are read: a URL there is still a URL of the page). Writes: `link` facts, and an info issue per relative link.
 *
 * - Markdown links `[text](url)` (title = text, unless it is the URL itself), images `![alt](url)` (title = alt
 *   or null), linked images `[![alt](img)](url)` (two facts), reference definitions `[id]: url "title"`,
 *   HTML `<a href="…">text</a>` and `<img src="…" alt="…">`, autolinks `<https://…>`, bare `https://…`,
 *   `http://…`, `ftp://…` and `www.host.tld…`. A URL written without a scheme (« www.x.gouv.fr ») gets
 *   `https://` in `url` (the quote keeps the text as written): records need an absolute http(s) URL, and public
 *   sites of the genre are served over https.
 * - The quote is the whole construct (`[text](url)`, `<a …>…</a>`) or the bare URL.
 * - Trailing punctuation and unbalanced closing brackets are stripped; query strings kept; nothing decoded.
 * - Relative targets (« /uploads/x.pdf », « #section », « page.html ») are not URLs: skipped with an info issue
 *   `link-relative`. `mailto:` and `tel:` targets are left to the contacts extractor.
 */
import type { Extractor, Fact, FactData, Issue, SourceDocument } from '../../../types/domain.ts';
import { factAt } from '../fact.ts';
import { cleanCopyMoves, decodeHtmlReferences, prepared } from '../text.ts';

interface Found {
  start: number;
  end: number;
  url: string;
  title: string | null;
}

const ABSOLUTE = /^(?:(?:https?|ftp):\/\/|\/\/)[^\s]/i;
const WWW = /^www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+/i;
const OTHER_SCHEME = /^(?:mailto|tel|sms|javascript|data|file):/i;

/** HTML comments are skipped; front matter and code blocks are not: a URL there is still a URL of the page. */
function skippedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(/<!--[\s\S]*?-->/g)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** Strips trailing punctuation and closing brackets that have no opening partner inside the URL. */
export function trimUrl(url: string): string {
  let u = url;
  for (;;) {
    const before = u;
    u = u.replace(/[.,;:!?'"»*_]+$/u, '');
    const last = u[u.length - 1];
    const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{', '>': '<' };
    if (last && pairs[last]) {
      const open = pairs[last]!;
      const opens = u.split(open).length - 1;
      const closes = u.split(last).length - 1;
      if (closes > opens) u = u.slice(0, -1);
    }
    if (u === before) return u;
  }
}

/** Reads a markdown link target starting at `pos` (just after « ( »): `<url>` or url with balanced parentheses. */
function readTarget(text: string, pos: number): { url: string; urlStart: number; end: number } | null {
  let i = pos;
  while (text[i] === ' ' || text[i] === '\t') i++;
  if (text[i] === '<') {
    const close = text.indexOf('>', i);
    if (close < 0 || text.slice(i, close).includes('\n')) return null;
    const after = /^[ \t]*(?:(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\))[ \t]*)?\)/.exec(text.slice(close + 1));
    return { url: text.slice(i + 1, close), urlStart: i + 1, end: after ? close + 1 + after[0].length : close + 1 };
  }
  const urlStart = i;
  let depth = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) break;
    if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) break;
      depth--;
    }
    i++;
  }
  const url = text.slice(urlStart, i);
  if (!url) return null;
  const after = /^[ \t]*(?:(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\))[ \t]*)?\)/.exec(text.slice(i));
  return { url, urlStart, end: after ? i + after[0].length : i };
}

/** Link text as a title: residue, emphasis and nested images removed; null when empty or the URL itself. */
function titleOf(label: string, url: string): string | null {
  // (An HTML link's text may hold character references: « Acc&eacute;der ».)
  const text = decodeHtmlReferences(label.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<[^>]+>/g, ' '));
  const t = text
    .replace(/\(Ouvre une nouvelle fen[êe]tre\)/giu, ' ')
    .replace(/\*\*|__|(?<![\p{L}\p{N}])[*_]|[*_](?![\p{L}\p{N}])/gu, ' ')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!t) return null;
  const bare = (s: string) => s.replace(/^(?:https?:\/\/|ftp:\/\/|\/\/)/i, '').replace(/\/$/, '').toLowerCase();
  if (bare(t) === bare(url)) return null;
  return t;
}

function attribute(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  // (An attribute's value may hold character references: « ?id=1&amp;lang=fr ».)
  const value = m ? (m[1] ?? m[2] ?? m[3] ?? null) : null;
  return value === null ? null : decodeHtmlReferences(value);
}

/** The links extractor. */
export const linksExtractor: Extractor = {
  id: 'links',
  version: 10,
  extract(doc: SourceDocument) {
    // (An agenda's export, a subtitle file: addresses read unfolded or joined, the events' identifiers (« UID:…@… ») blanked.)
    // (A decoded text, a notebook's cells or an e-mail's body, as its reader shows it: its markdown links and anchors.)
    const p = prepared(doc.text);
    const text = p.decoded ?? (cleanCopyMoves(doc.text) ? p.clean : doc.text);
    const claimed: Array<[number, number]> = skippedSpans(text);
    const isFree = (a: number, b: number) => !claimed.some(([x, y]) => a < y && x < b);
    const found: Found[] = [];
    const issues: Issue[] = [];

    const accept = (start: number, end: number, rawUrl: string, title: string | null) => {
      claimed.push([start, end]);
      const url = rawUrl.trim();
      if (OTHER_SCHEME.test(url)) return;
      if (ABSOLUTE.test(url) || WWW.test(url)) {
        found.push({ start, end, url: WWW.test(url) ? `https://${url}` : url, title });
        return;
      }
      issues.push({
        code: 'link-relative',
        severity: 'info',
        message: `The link target « ${url} » is relative, so it is not kept as a URL: it only resolves on its original site.`,
        hint: "Resolve it against the source's origin if the document should be linked.",
        stage: 'extract',
        location: { source: doc.id, span: [start, end] },
      });
    };

    // Linked images: [![alt](img)](url).
    for (const m of text.matchAll(/\[[ \t]*!\[([^\]\n]*)\]\(/g)) {
      const start = m.index;
      if (!isFree(start, start + 1)) continue;
      const img = readTarget(text, start + m[0].length);
      if (!img || text[img.end - 1] !== ')') continue;
      const close = /^[ \t]*\]\(/.exec(text.slice(img.end));
      if (!close) continue;
      const link = readTarget(text, img.end + close[0].length);
      if (!link) continue;
      const imgStart = text.indexOf('!', start);
      accept(imgStart, img.end, img.url, m[1]!.trim() || null);
      accept(start, link.end, link.url, m[1]!.trim() || null);
    }
    // Images and links.
    for (const m of text.matchAll(/(!?)\[((?:[^[\]\n]|\[[^[\]\n]*\])*)\]\(/g)) {
      const start = m.index;
      if (!isFree(start, start + m[0].length)) continue;
      const target = readTarget(text, start + m[0].length);
      if (!target) continue;
      const title = m[1] ? m[2]!.replace(/\s+/g, ' ').trim() || null : titleOf(m[2]!, target.url);
      accept(start, target.end, target.url, title);
    }
    // Reference definitions: [id]: url "title".
    for (const m of text.matchAll(/^[ \t]{0,3}\[([^\]\n]+)\]:[ \t]*<?([^\s>]+)>?(?:[ \t]+(?:"([^"\n]*)"|'([^'\n]*)'|\(([^)\n]*)\)))?[ \t]*$/gm)) {
      if (!isFree(m.index, m.index + m[0].length)) continue;
      const start = m.index + m[0].length - m[0].trimStart().length;
      accept(start, m.index + m[0].trimEnd().length, m[2]!, m[3] ?? m[4] ?? m[5] ?? null);
    }
    // HTML anchors and images.
    for (const m of text.matchAll(/<a\s[^>]*>([\s\S]*?)<\/a\s*>/gi)) {
      if (!isFree(m.index, m.index + m[0].length)) continue;
      const tag = m[0].slice(0, m[0].indexOf('>') + 1);
      const href = attribute(tag, 'href');
      if (href === null) continue;
      accept(m.index, m.index + m[0].length, href, titleOf(m[1]!, href));
    }
    for (const m of text.matchAll(/<img\s[^>]*>/gi)) {
      if (!isFree(m.index, m.index + m[0].length)) continue;
      const src = attribute(m[0], 'src');
      if (src === null) continue;
      const alt = attribute(m[0], 'alt');
      accept(m.index, m.index + m[0].length, src, alt?.trim() || null);
    }
    // Autolinks: <https://…>.
    for (const m of text.matchAll(/<((?:https?|ftp):\/\/[^\s<>]+)>/gi)) {
      if (!isFree(m.index, m.index + m[0].length)) continue;
      accept(m.index, m.index + m[0].length, m[1]!, null);
    }
    // Org-mode and DokuWiki links: « [[https://…][texte]] », « [[https://…|texte]] », « [[https://…]] ».
    if (text.includes('[[')) {
      for (const m of text.matchAll(/\[\[((?:https?|ftp):\/\/[^\s\][|]{1,2000})(?:\]\[([^\]\n]{1,300})|\|([^\]\n]{1,300}))?\]\]/gi)) {
        if (!isFree(m.index, m.index + m[0].length)) continue;
        const label = m[2] ?? m[3];
        accept(m.index, m.index + m[0].length, trimUrl(m[1]!), label ? titleOf(label, m[1]!) : null);
      }
    }
    // AsciiDoc links: « link:https://…[texte] », « https://…[texte] » (the text in brackets is the title; an empty
    // one, « [] », or a footnote call, « [2] », is none). The brackets close the macro: « …?filter[status]=open » is a
    // URL's query. (URLs bounded in length: a minified export's text runs on without a space.)
    if (/:\/\/[^\s<>"«»`{}|\\^[\]]{1,2000}\[[^\]\n]*\](?![^\s.,;:!?)»])/.test(text)) {
      for (const m of text.matchAll(/(?<![\p{L}\p{N}@/.:_-])(?:link:)?((?:https?|ftp):\/\/[^\s<>"«»`{}|\\^[\]]{1,2000})\[([^\]\n]*)\](?![^\s.,;:!?)»])/giu)) {
        if (!isFree(m.index, m.index + m[0].length)) continue;
        const label = m[2]!;
        if (label && !/\p{L}/u.test(label)) continue;
        accept(m.index, m.index + m[0].length, trimUrl(m[1]!), label ? titleOf(label, m[1]!) : null);
      }
    }
    // Bare URLs.
    for (const m of text.matchAll(/(?<![\p{L}\p{N}@/.:_-])(?:(?:https?|ftp):\/\/[^\s<>"«»`{}|\\^]+|www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:[/?#][^\s<>"«»`{}|\\^]*)?)/giu)) {
      // (A footnote call glued to its end, « …/rapport[2] », is not part of it.)
      const url = trimUrl(m[0]).replace(/\[\d{1,3}\]$/, '');
      if (!url || !isFree(m.index, m.index + url.length)) continue;
      if (/^www\./i.test(url) && !/\.[a-z]{2,}(?:[/?#:]|$)/i.test(url)) continue;
      if (/^(?:https?|ftp):\/\/$/i.test(url)) continue;
      accept(m.index, m.index + url.length, url, null);
    }

    found.sort((a, b) => a.start - b.start);
    const facts: Fact[] = found.map((f) => {
      const data: FactData = { kind: 'link', url: f.url, title: f.title };
      return factAt(doc, 'links', f.start, f.end, data);
    });
    return { facts, issues };
  },
};
