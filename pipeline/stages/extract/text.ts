/**
 * Text preparation shared by the extractors: a same-length "clean" copy of the source text, and its lines,
 * blocks and sentences with offsets.
 *
 * Why same length: every cleaning step (typographic spaces, apostrophes, markdown emphasis, HTML tags,
 * footnote calls, soft line breaks, link residue) replaces characters one for one (mostly by spaces), so an
 * offset into the clean copy IS the offset into the original text and every quote stays exact without an
 * offset map.
 */

export interface Line {
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just past the last character (excluding the newline). */
  end: number;
  /** Clean text of the line, trimmed of trailing spaces (trimmed length ≤ end - start). */
  text: string;
  kind: 'blank' | 'heading' | 'list-item' | 'table-row' | 'paragraph';
  /** Heading level (1 for "#") or list indentation depth (leading spaces). */
  level: number;
  /** Offset where the content begins (after "#", "-", "1.", "•" markers and leading spaces). */
  contentStart: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Clean text, same length as end - start. */
  text: string;
}

export interface PreparedText {
  original: string;
  /** Same length as `original`. */
  clean: string;
  lines: Line[];
  sentences: Sentence[];
  /** The words broken at a line's end that the clean copy joined (offsets after each break move: fact.ts). */
  breaks: HyphenBreak[];
  /**
   * A text whose markup is decoded before it is cleaned (markupReader: an e-mail, LaTeX, BibTeX, RTF, a notebook) as
   * its reader shows it, in the clean copy's offsets, its own markup (HTML, markdown) still there; null for any other
   * text. The links extractor reads it (a notebook's markdown links, an e-mail's anchors).
   */
  decoded: string | null;
  /**
   * The reader that moved the text's words in the clean copy (cleanCopyMoves), as it recognised the text: a markup
   * reader (markupReader), an iCalendar file's or a subtitle file's; null for any other text.
   */
  reader: TextReader | null;
}

export type TextReader = 'markup' | 'calendar' | 'subtitles';

import { decodeHTML } from 'entities';
import { decodeWindows1252, isWindows1252 } from './code-pages.ts';
import { DecodedLine, decodeByLine, dropSpan, shiftedLine, type DroppedSpans } from './decoded-line.ts';
import { MONTH_ABBREVIATION_ALTERNATION, MONTH_ALTERNATION, parseSpelledNumber } from './lexicon.ts';
import { isNotebook, readNotebook } from './notebook.ts';
import { isOrgMode, readOrgMode } from './org-mode.ts';
import { isRtf, readRtf } from './rtf.ts';

const SPACE_LIKE = /[\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\t]/g;
// In the clean copy tabs are kept: they separate table cells (a line with a tab is a table row).
const SPACE_LIKE_NO_TAB = /[\u00a0\u202f\u2007\u2009\u200a\u2002\u2003]/g;
const APOSTROPHES = /[\u2019\u2018\u02bc\u00b4`]/g;
const DASHES = /[\u2013\u2014\u2012\u2015\u2212]/g;

/**
 * An HTML character reference (« &nbsp; », « &eacute; », « &#8217; »), as a pattern's source; escaped once more
 * (« &amp;nbsp; », the HTML of a feed's item escaped in its XML) it is one reference too.
 */
const REFERENCE = String.raw`&(?:amp;)?(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});`;
const ENTITY = new RegExp(REFERENCE, 'g');
/** Letters and digits, and the hyphens, points, commas and slashes between them: a word joined to a reference. */
const JOINED = String.raw`(?:[\p{L}\p{N}%€°]+(?:[-./,][\p{L}\p{N}%€°]+)*)?`;
/** Character references and the word joined to them (« d&eacute;cret », « 12&nbsp;000 », « n°&nbsp;2024-1309 »). */
const WORD_WITH_ENTITIES = new RegExp(`${JOINED}(?:${REFERENCE}${JOINED})+`, 'gu');

/** Whether a span of the original text holds an HTML character reference. */
export function hasHtmlReference(s: string): boolean {
  return s.includes('&') && new RegExp(REFERENCE).test(s);
}

/** Every HTML character reference of a string decoded (a link's text or URL, read outside the clean copy). */
export function decodeHtmlReferences(s: string): string {
  return s.includes('&') ? s.replace(ENTITY, (ref) => decodeHTML(ref.replace(/^&amp;(?=.+;$)/, '&'))) : s;
}

/** A tag escaped in the text of an XML element (« &lt;p&gt; », « &lt;a href="…"&gt; »): a feed item's HTML. */
const ESCAPED_TAG = /&lt;(\/?[a-zA-Z][\w-]*(?:\s(?:[^<>&]|&quot;|&amp;|&#\d+;)*?)?\/?)&gt;/g;

/** The escaped tags of an RSS or Atom feed's items written as tags, in place (padded to their length). */
function unescapeFeedTags(text: string): string {
  if (!/<(?:rss|feed|channel)\b/.test(text) || !text.includes('&lt;')) return text;
  return text.replace(ESCAPED_TAG, (m, inner: string) => `<${inner.replace(/&quot;/g, '"').replace(/&amp;/g, '&')}>`.padEnd(m.length, ' '));
}

/** A reference decoded, but for those of markup characters (« &quot; », « &lt; », « &gt; », « &#39; »): decoded
 * inside a tag's attribute they would end it. */
const decodeReference = (ref: string) => {
  const c = decodeHTML(ref.replace(/^&amp;(?=.+;$)/, '&'));
  return /^["'<>]$/.test(c) ? ref : c;
};
const decodeReferences = (word: string) => word.replace(ENTITY, decodeReference);

/**
 * HTML character references decoded, the length kept: references and the word joined to them (« d&eacute;cret »,
 * « 12&nbsp;000 », « l&rsquo;agence ») are written decoded from their first character and padded with spaces to
 * their length (« décret       »), so that the word reads whole. Offsets inside such a word move: fact.ts maps
 * a fact's offsets back to the original (originalOffset). Unknown references are left as they are.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(WORD_WITH_ENTITIES, (word) => decodeReferences(word).padEnd(word.length, ' '));
}

/** [start, end) of the words of `original` that decodeEntities rewrote, in order. */
export function entityWords(original: string): Array<[number, number]> {
  const words: Array<[number, number]> = [];
  if (!original.includes('&')) return words;
  for (const m of original.matchAll(WORD_WITH_ENTITIES)) {
    if (decodeReferences(m[0]) !== m[0]) words.push([m.index, m.index + m[0].length]);
  }
  return words;
}

const ENTITY_HERE = new RegExp(REFERENCE, 'y');

/**
 * The offset in `original` of the clean copy's offset `at`, which falls in the rewritten word [start, end): the
 * word's decoded characters are counted from its start, a reference standing for its decoded characters; an
 * offset in the padding is the word's end.
 */
export function originalOffset(original: string, start: number, end: number, at: number): number {
  let o = start;
  let k = start;
  while (k < at && o < end) {
    ENTITY_HERE.lastIndex = o;
    const ref = original[o] === '&' ? ENTITY_HERE.exec(original) : null;
    if (ref) {
      o += ref[0].length;
      k += decodeReference(ref[0]).length;
    } else {
      o++;
      k++;
    }
  }
  return Math.min(o, end);
}

/** Replaces every match by spaces of the same length (keeps newlines). */
function blank(text: string, pattern: RegExp): string {
  return text.replace(pattern, (match) => match.replace(/[^\n]/g, ' '));
}

/** YAML front matter at the very start ("---" … "---"). Returns its end offset, or 0. */
export function frontMatterEnd(text: string): number {
  const m = /^\uFEFF?---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(\r?\n|$)/.exec(text);
  return m ? m[0].length : 0;
}

/** Front matter fields whose value is prose that a reader sees (« title: 'Retour sur 3 années du programme' »). */
const PROSE_FIELD = /^([ \t]*(?:title|titre|subtitle|sous-titre|description|summary|résumé|chapeau(?:-text)?|chapo|lead|excerpt)[ \t]*:[ \t]*)(['"]?)(.*?)\2[ \t]*$/i;

/** The front matter blanked (same length), but for the single-line values of its prose fields. */
function frontMatterProse(frontMatter: string): string {
  return frontMatter
    .split('\n')
    .map((line) => {
      const m = PROSE_FIELD.exec(line);
      if (!m || !m[3]) return line.replace(/[^\n]/g, ' ');
      const at = m[1]!.length + m[2]!.length;
      return ' '.repeat(at) + m[3] + ' '.repeat(line.length - at - m[3].length);
    })
    .join('\n');
}

/** HTML tags blanked (the text of `title` and `alt` attributes kept); <li>/<br>/<p>/<td>… leave a separator. */
function blankTags(text: string): string {
  let t = text;
  // <sup>…</sup> (footnote calls, ordinal suffixes « 1<sup>er</sup> ») before the generic tag rule, which would
  // otherwise leave their content behind.
  // An ordinal's suffix after its number reads with it: « 2<sup>e</sup> semestre » → « 2e semestre » (padded).
  t = t.replace(/(?<=\d)<sup>(er|re|ère|e|ème|nd|nde)<\/sup>/gi, (m, suffix: string) => suffix.padEnd(m.length, ' '));
  t = blank(t, /<sup>[^<]*<\/sup>/gi);
  // <abbr title="Long form">ACR</abbr> reads « Long form (ACR) », as a definition in prose would.
  if (/<abbr\b/i.test(t)) {
    t = t.replace(/<abbr\s+title\s*=\s*"([^"<>\n]+)"\s*>([^<>\n]{1,20})<\/abbr>/gi, (m, long: string, short: string, at: number, whole: string) => {
      // (« Sous-direction X (<abbr title="sous-direction X">SDIS</abbr>) »: when the long form is written before the
      // parenthesis, the abbreviation alone reads « Sous-direction X (SDIS) »; « le directeur (<abbr title="Direction
      // X">DX</abbr>) » keeps its long form.)
      const before = foldForMatch(whole.slice(Math.max(0, at - long.length - 8), at).replace(/\(\s*$/, ''));
      if (/\(\s*$/.test(whole.slice(Math.max(0, at - 3), at)) && before.endsWith(foldForMatch(long))) return short.padStart(m.indexOf('>') + 1 + short.length, ' ').padEnd(m.length, ' ');
      const open = m.indexOf('"') + 1;
      const inner = m.indexOf('>') + 1;
      return `${' '.repeat(open)}${long}${' '.repeat(inner - open - long.length - 1)}(${short})`.padEnd(m.length, ' ');
    });
  }
  // A heading alone on its line (« <h3>Xyz</h3> ») is a markdown heading: « ### Xyz », the same length (its marks
  // where the line starts: an indented « <h3> » is a heading too).
  t = t.replace(/^([ \t]*)(<h([1-6])\b[^>]*>)([^<\n]*)(<\/h\3>)([ \t]*)$/gim, (_m, indent: string, open: string, level: string, inner: string, close: string, tail: string) => {
    const hashes = '#'.repeat(Math.min(Number(level), open.length - 1));
    return `${hashes.padEnd(indent.length + open.length, ' ')}${inner}${' '.repeat(close.length)}${tail}`;
  });
  // An <li> opening its line is a list item (« - », its indentation kept: nested lists stay nested). A list
  // nested in another on unindented lines (« <li>X <ul> ⏎ <li>Y ») is nested by its tags: the dash moves right in
  // the tag by the depth of the <ul>/<ol> around it.
  let depth = 0;
  t = t.replace(/<(\/?)(?:ul|ol)\b[^>]*>|^([ \t]*)<li\b[^>]*>/gim, (m, close: string | undefined, indent: string | undefined) => {
    if (indent === undefined) {
      depth = Math.max(0, depth + (close ? -1 : 1));
      return m;
    }
    // (An indented page is nested by its indentation already, its continuation lines too.)
    const shift = indent ? 0 : Math.min(Math.max(depth - 1, 0), m.length - 1);
    return `${indent}${' '.repeat(shift)}-`.padEnd(m.length, ' ');
  });
  // A definition list's term opening its line (« <dt>Bureau des réseaux (BRT)</dt> ») is an item of the list, as an <li>.
  if (/<dt\b/i.test(t)) t = t.replace(/^([ \t]*)<dt\b[^>]*>/gim, (m, indent: string) => `${indent}-`.padEnd(m.length, ' '));
  // A paragraph or block opening its line needs no separator: the line break is one.
  t = t.replace(/^([ \t]*)(<(?:p|div)\b[^>]*>)/gim, (_m, indent: string, tag: string) => indent + ' '.repeat(tag.length));
  // « <p>1° Le département X ;<br/>2° Le département Y ;<br/>3° … » (a decree's enumeration in one paragraph): each
  // item on its own line, as the page shows it, at the first item's column where the tag's length allows.
  if (/<br\b[^>]*>[ \t]*(?:\d{1,2}°|\d{1,2}[.)]|[-•])[ \t]/i.test(t)) {
    t = t.replace(/^[ \t]*(?:\d{1,2}°|\d{1,2}[.)]|[-•])[ \t][^\n]*<br\b[^\n]*$/gim, (line) => {
      // (Items the first one introduces, « … qui comprend :<br/>- le bureau … », are its sub-items: two columns deeper.)
      const introduced = /:\s*(?:<\/?[a-z][^>]*>\s*)*$/i.test(line.slice(0, line.search(/<br\b/i)));
      const indent = line.length - line.trimStart().length + (introduced ? 2 : 0);
      return line.replace(/<br\b[^>]*>(?=[ \t]*(?:\d{1,2}°|\d{1,2}[.)]|[-•])[ \t])/gi, (br) => {
        const at = Math.max(0, br.length - 1 - indent);
        return `${' '.repeat(at)}\n${' '.repeat(br.length - 1 - at)}`;
      });
    });
  }
  t = t.replace(/<\/?(li|br|p|td|th|tr|div|ul|ol|h[1-6])\b[^>]*>/gi, (m) => ';' + ' '.repeat(m.length - 1));
  // A line of block tags only (« <ul> », « </li> ») is blank, not a one-character paragraph between list items.
  t = t.replace(/^[ \t]*;[ \t;]*$/gm, (m) => ' '.repeat(m.length));
  // Tags may span lines (MDX/JSX components). The text of `title` and `alt` attributes is prose (a timeline
  // entry, an image's description): it is kept, the markup around it blanked.
  t = t.replace(/<\/?[a-zA-Z][^<>]*>/g, (tag) => {
    let out = tag.replace(/[^\n]/g, ' ');
    for (const m of tag.matchAll(/\b(?:title|alt)\s*=\s*(?:"([^"<>]*)"|'([^'<>]*)')/g)) {
      const value = m[1] ?? m[2]!;
      const at = m.index + m[0].length - 1 - value.length;
      out = out.slice(0, at) + value + out.slice(at + value.length);
    }
    return out;
  });
  return t;
}

/** Names of HTML elements (an XML export's own elements are not among them: « NOR », « ETAT », « dc:date »). */
const HTML_ELEMENT = /^(?:a|abbr|b|bdi|bdo|big|blockquote|br|caption|cite|code|dd|del|dfn|div|dl|dt|em|figcaption|h[1-6]|i|ins|kbd|label|li|mark|ol|p|pre|q|s|samp|small|span|strong|sub|sup|td|th|time|title|tr|u|ul|var)$/i;

/**
 * The reader of a text whose markup is decoded before it is cleaned (a raw e-mail, LaTeX, BibTeX, RTF, a Jupyter
 * notebook): it gives the text as its reader shows it, its lines in place (the breaks map them back); null for any
 * other text.
 */
function markupReader(original: string): ((text: string) => { text: string; breaks: HyphenBreak[] }) | null {
  if (isMimeMessage(original)) return readMimeMessage;
  if (isLatex(original)) return readLatex;
  if (isBibtex(original)) return (text) => readLatex(text, { bibtex: true });
  if (isRtf(original)) return readRtf;
  if (isNotebook(original)) return readNotebook;
  return null;
}

/** Builds the same-length clean copy. Exported for tests. */
export function cleanText(original: string): string {
  return cleanCopy(original).clean;
}

/** The clean copy (cleanText) and the broken words it joined. */
function cleanCopy(original: string): { clean: string; breaks: HyphenBreak[]; decoded: string | null; reader: TextReader | null } {
  let t = original;
  // A raw e-mail (.eml): its headers and its quoted-printable body decoded first, every later step reading the
  // message as a mail client shows it (the decoded lines are breaks: fact.ts maps their offsets back).
  // LaTeX source (a report as its author wrote it) likewise: its markup read as the typeset page shows it.
  // RTF (a note as a word processor saves it) likewise: its control words read as the page shows it; a Jupyter
  // notebook as the prose of its markdown cells.
  // A BibTeX bibliography is read as LaTeX too (its fields' accents and braces), its addresses as written.
  const message = markupReader(original)?.(original) ?? null;
  if (message) t = message.text;
  // An Org-mode file (a team's notes): its outline read as markdown, its settings, drawers and planning lines dropped.
  else if (isOrgMode(original)) t = readOrgMode(t);
  // Front matter: metadata, not prose, except the values of its prose fields (a title, a lead paragraph).
  const fm = frontMatterEnd(t);
  if (fm > 0) t = frontMatterProse(t.slice(0, fm)) + t.slice(fm);
  t = decodeEntities(unescapeFeedTags(t));
  // Code fences (opening and closing lines of their own) are not prose. (Blanked before backquotes are read as
  // apostrophes below.)
  if (t.includes('```')) t = blank(t, /^[ \t]*```[^\n]*\n[\s\S]*?^[ \t]*```[ \t]*$/gm);
  t = t.replace(SPACE_LIKE_NO_TAB, ' ').replace(APOSTROPHES, "'").replace(DASHES, '-').replace(/\r/g, ' ');
  // A rule is skipped when a character sequence that all its matches contain is absent (a replace without a
  // match gives the text back unchanged).
  // MDX module lines (« import { Timeline } from '@/components/Timeline' ») are code, not prose.
  if (/^(?:import|export)\s/m.test(t)) t = blank(t, /^(?:import|export)\s[^\n]*\sfrom\s+['"][^'"\n]+['"];?[ \t]*$/gm);
  // HTML comments are not prose either.
  if (t.includes('<!--')) t = blank(t, /<!--[\s\S]*?-->/g);
  // A Graphviz (DOT) source: a label's « \n » is the line break the drawing shows (« Bureau X (BX)\nProduits : A, B »).
  if (t.includes('\\n') && /^[ \t]*(?:strict[ \t]+)?digraph\b/m.test(t)) t = t.replace(/\\n/g, ' \n');
  // MediaWiki source (an encyclopedia article as its edit box shows it): its markup, read as the page shows it.
  if (t.includes("'''") || /\[\[\p{L}/u.test(t) || t.includes('{{')) t = readWikitext(t);
  // An XML export (« <?xml … ?> », not XHTML): an element holding a single token (« <NOR>TFPX2533871D</NOR> »,
  // « <ORIGINE>LEGI</ORIGINE> », « <ETAT>VIGUEUR</ETAT> ») is a code or a date of the record, not prose.
  // (An element of HTML inside it, a feed's « <strong>Nimbus</strong> », is prose.)
  // (Only on a line of such fields alone: « Le <MiseEnEvidence>Cerema</MiseEnEvidence> compte … » is prose.)
  if (t.startsWith('<?xml', t.charCodeAt(0) === 0xfeff ? 1 : 0) && !/<html\b/i.test(t)) {
    t = t.replace(/^[^\n]*$/gm, (line) => {
      const field = /(<([A-Za-z_][\w.:-]*)\b[^<>]*>)([^<>\s]{1,80})(?=<\/\2>)/g;
      if (line.replace(field, '$1').replace(/<[^<>]*>/g, '').trim()) return line;
      return line.replace(field, (m, open: string, tag: string, token: string) => (HTML_ELEMENT.test(tag) ? m : `${open}${' '.repeat(token.length)}`));
    });
  }
  // Tags (keep <li>/<br>/<p>/<td> boundaries as a separator).
  if (t.includes('<')) t = blankTags(t);
  // Quote markers opening lines (an e-mail's earlier message, a markdown blockquote: « > - le département X … »):
  // the line read as what it quotes, a list item a list item.
  if (t.includes('>')) t = t.replace(/^(?:[ \t]*>)+[ \t]?/gm, (m) => ' '.repeat(m.length));
  // Footnote calls glued to a word (a PDF's text: « la direction3 ne dispose », « un décret d'octobre 20221, la … »),
  // when the text ends with the notes they call (lines « 3 Sauf mention contraire … »): the call blanked.
  if (/\n[ \t]*\d{1,2}[ \t]+\p{Lu}/u.test(t)) t = blankFootnoteCalls(t);
  // A person mentioned in a wiki or a chat (« @Inès Bourgade-Lenoir »): the name without its « @ ».
  // (Most texts hold « @ » in e-mail addresses only: the scan runs when a capital follows one.)
  if (t.includes('@') && /@\p{Lu}/u.test(t)) t = t.replace(/(?<=^|[\s(])@(?=\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \u00a0]\p{Lu}\p{Ll})/gmu, ' ');
  // Link residue and footnote calls glued to words: « 2001[3] », « [23],[24] », « SDIS(1) ».
  t = blank(t, /\(Ouvre une nouvelle fen[êe]tre\)/gi);
  if (t.includes('[')) {
    t = blank(t, /\[\d{1,3}\](?:,\[\d{1,3}\])*/g);
    // Markdown images: drop entirely; links: keep the text, blank brackets and target.
    t = blank(t, /!\[[^\]\n]*\]\([^)\n]*\)/g);
    // (Bounded: over a long run of « [ » without a « ] », each one read the run to its end.)
    t = t.replace(/\[([^\]\n]{1,1000})\]\([^)\n]{0,4000}\)/g, (m, label: string) => ` ${label}`.padEnd(m.length, ' '));
  }
  // Emphasis markers and kramdown attributes.
  if (t.includes('**') || t.includes('__')) t = blank(t, /\*\*|__/g);
  // Single emphasis (« *Xyz* », « _Xyz_ »): the markers, not a list's « * » nor a word's « snake_case ».
  if (t.includes('*') || t.includes('_')) {
    t = t.replace(/(?<![*\p{L}\p{N}_])([*_])(?=[^\s*_])([^*_\n]{1,200}?)(?<=[^\s*_])\1(?![*\p{L}\p{N}_])/gu, (_m, _marker: string, inner: string) => ` ${inner} `);
  }
  if (t.includes('{:')) t = blank(t, /\{:[^}\n]*\}/g);
  // « le premier mars deux mille vingt-six » (a transcript's dates): the year in digits, in the same length.
  if (/mille/i.test(t)) t = t.replace(SPELLED_YEAR_AFTER_MONTH, (m, month: string, year: string) => {
      const digits = spelledYear(year);
      // (The digits at the end of the words they stand for: a date's quote spans them all.)
      return digits ? `${month}${digits.padStart(year.length, ' ')}` : m;
    });
  // Columns under a rule of dashes (a report's table turned to text): their gaps read as tabs, the rule as blank.
  if (t.includes('-- ') && /-{2,} +-{2,}/.test(t)) t = ruledColumns(t);
  // « le quinze mars », « depuis le premier juillet » (a transcript's dates): the day in digits, in the same length.
  // (A transcript's dates: the day said with its year, « mille », as the years above.)
  if (/mille/i.test(original) && SPELLED_DAY_CUE.test(t)) {
    t = t.replace(SPELLED_DAY_BEFORE_MONTH, (m, le: string, day: string, rest: string) => {
      const n = /^premier$/i.test(day) ? 1 : parseSpelledNumber(day);
      // (The digits where the words start: a date's quote starts with them.)
      return n !== undefined && n >= 1 && n <= 31 ? `${le}${(n === 1 ? '1er' : String(n)).padEnd(day.length, ' ')}${rest}` : m;
    });
  }
  if (message) return { clean: joinSoftBreaks(t), breaks: message.breaks, decoded: message.text, reader: 'markup' };
  // An agenda's export (iCalendar): its folded lines unfolded, its properties read as prose or blanked.
  if (isICalendar(t)) {
    const read = readICalendar(t, original);
    return { clean: withBreaksAt(joinSoftBreaks(read.text), read.propertyEnds), breaks: read.breaks, decoded: null, reader: 'calendar' };
  }
  // Subtitles (WebVTT, SubRip): the cues' text read as the talk it transcribes.
  if (isSubtitles(t)) {
    const read = readSubtitles(t, original);
    return { clean: joinSoftBreaks(read.text), breaks: read.breaks, decoded: null, reader: 'subtitles' };
  }
  const joined = joinHyphenBreaks(t, hyphenBreaks(original));
  return { clean: joinSoftBreaks(joined.text), breaks: joined.breaks, decoded: null, reader: null };
}

/** The words of a number from one to ninety-nine (« six », « vingt-quatre », « quatre-vingt-dix-neuf »). */
const TENS_AND_UNITS = String.raw`(?:(?:vingt|trente|quarante|cinquante|soixante|quatre-vingts?)(?:[\s-]+et[\s-]+(?:un|onze)|-(?:dix-sept|dix-huit|dix-neuf|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize))?|dix-sept|dix-huit|dix-neuf|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize)`;

/** A month then a year of this century in words: « juin deux mille vingt-quatre », « mars deux mille six ». */
const SPELLED_YEAR_AFTER_MONTH = new RegExp(
  // (Not a count after a month, « en mai deux mille cinq cents dossiers », « depuis mars deux mille agents »: the
  // year ends its clause or is followed by a small word.)
  String.raw`(?<![\p{L}])(${MONTH_ALTERNATION}\s+)(deux\s+mille(?:[\s-]+${TENS_AND_UNITS})?)(?![\p{L}-])(?=\s*(?:[,.;:!?)»\n]|$)|\s+(?:pardon|à|au|aux|et|en|le|la|les|l'|pour|dans|par|sur|qui|que|on|il|elle|nous|ils|elles|euh)(?![\p{L}]))`,
  'giu',
);

/** A day in words after « le » and before its month: « le quinze mars », « le premier juillet ». */
const SPELLED_DAY_BEFORE_MONTH = new RegExp(String.raw`(?<![\p{L}])(le\s+)(premier|${TENS_AND_UNITS})(\s+${MONTH_ALTERNATION})(?![\p{L}])`, 'giu');
/** A cheap test for it: a month's name after a number word. */
const SPELLED_DAY_CUE = new RegExp(String.raw`(?:premier|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente)\s+${MONTH_ALTERNATION}`, 'i');

/** A year of this century in words, as a number (undefined past 2099). */
function spelledYear(words: string): string | undefined {
  const n = parseSpelledNumber(words);
  return n !== undefined && n >= 2000 && n <= 2099 ? String(n) : undefined;
}

/**
 * MediaWiki markup, in the same length: bold and italic quotes (« '''DIPLAN''' ») and the brackets and targets of
 * links (« [[Cible|texte]] », « [https://… texte] ») blanked, their text left where it stands; inline templates
 * of plain values (« {{date|12|mars|2019}} ») read as their values; « == Titre == » a heading; the rows of an
 * infobox (« | sigle = DIPLAN ») label and value separated by a tab, so that they read as a table's rows.
 */
function readWikitext(t: string): string {
  let out = t;
  if (out.includes("''")) out = out.replace(/'{2,5}(?=[^'\n])|(?<=[^'\n])'{2,5}/g, (m) => ' '.repeat(m.length));
  if (out.includes('[[')) {
    // (Not « [[1]](https://…) », a markdown footnote call: its residue is blanked later.)
    out = out.replace(/\[\[([^\]|\n]{1,200})\|([^\]\n]{1,200})\]\](?!\()/g, (_m, target: string, label: string) => `${' '.repeat(target.length + 3)}${label}  `);
    out = out.replace(/\[\[(\p{L}[^\]|\n]{0,199})\]\](?!\()/gu, (_m, label: string) => `  ${label}  `);
  }
  out = out.replace(/\[(https?:\/\/[^\s\]]+) ([^\]\n]{1,200})\]/g, (_m, url: string, label: string) => `${' '.repeat(url.length + 2)}${label} `);
  if (out.includes('{{')) {
    // (A template of plain values only: no « clé=valeur » parameter, no nested template.)
    out = out.replace(/\{\{([\p{L}\d ]{1,20})((?:\|[^{}|=\n]*){1,6})\}\}/gu, (_m, name: string, params: string) => `${' '.repeat(name.length + 2)}${params.replace(/\|/g, ' ')}  `);
  }
  out = out.replace(/^(={2,6})([^=\n]+?)\1[ \t]*$/gm, (m, marks: string, title: string) => `${'#'.repeat(marks.length)}${title}`.padEnd(m.length, ' '));
  // (An infobox's rows: « | clé = valeur » between « {{Infobox … » and its closing « }} ».)
  out = out.replace(/^\{\{Infobox[^\n]*\n(?:[ \t]*\|[^\n]*\n)+/gim, (box) =>
    box.replace(/^([ \t]*)\|([^=\n]*?)=/gm, (_m, lead: string, key: string) => `${lead} ${key}\t`),
  );
  // A table (« {| … |} »): its header (« ! A !! B ») and its rows (« | a || b ») read as tab-separated rows, its row
  // separators (« |- »), caption marker and brackets blank (tables.ts passes over the blank lines between rows).
  if (/^\{\|/m.test(out)) out = out.replace(/^\{\|[^\n]*\n[\s\S]*?^\|\}[ \t]*$/gm, wikitable);
  return out;
}

/** A MediaWiki table in the clean copy's terms (see readWikitext), each line the same length. */
function wikitable(table: string): string {
  return table
    .split('\n')
    .map((line) => {
      if (/^\{\||^\|\}|^\|-/.test(line)) return ' '.repeat(line.length);
      if (/^\|\+/.test(line)) return `  ${line.slice(2)}`;
      // (A cell's attributes, « | style="…" | valeur », are not read: rare in the genre.)
      const cells = /^!/.test(line) ? line.replace(/!!/g, '\t ') : /^\|/.test(line) ? line.replace(/\|\|/g, '\t ') : line;
      return /^[!|]/.test(cells) ? ` ${cells.slice(1)}` : cells;
    })
    .join('\n');
}

/** Words whose hyphen is their own when a line breaks after it (« sous-⏎direction », « outre-⏎mer »). */
const KEPT_HYPHEN_BEFORE = new Set([
  'sous', 'vice', 'ex', 'non', 'demi', 'semi', 'mi', 'quasi', 'après', 'avant', 'arrière', 'porte', 'chef', 'grand', 'grande', 'haut', 'haute',
  'bas', 'basse', 'nord', 'sud', 'est', 'ouest', 'peut', 'au', 'là', 'vis', 'arc', 'soi', 'lui', 'elle', 'elles', 'eux', 'moi', 'nous', 'vous',
  'outre', 'contre', 'bien', 'mal', 'garde', 'sans', 'belle', 'beau', 'état', 'ci', 'celle', 'celui', 'ceux',
]);

/** The characters a word is broken with at a line's end. */
const BREAK_HYPHENS = new Set(['-', '\u2010', '\u2011', '\u00ad']);

/** « transfor-⏎mation »: a word broken at a line's end (a PDF's text export), the rest of it in lowercase. */
const HYPHEN_BREAK = /(?<![\p{L}\p{N}-])(\p{L}{2,})[-\u2010\u2011\u00ad](\r?\n)(\p{Ll}+)(?![\p{L}\p{N}])/gu;

/** A word broken at a line's end: the hyphen's offset, the span's end, and whether the hyphen is the word's own. */
export interface HyphenBreak {
  at: number;
  end: number;
  /** Length of the hyphen and the line break (2, or 3 with a carriage return). */
  gap: number;
  kept: boolean;
  /**
   * A line of an iCalendar file unfolded (readICalendar): the spans of the original it drops (each fold's line break
   * and space, each escape's backslash), sorted, the first at `at`; the line's text is shifted over them and padded
   * with spaces up to `end`. A span marked `true` is the rest of the character before it (a decoded « =C3=A9 » stands
   * at its « = », « C3=A9 » dropped): a fact that ends with that character ends after the span.
   */
  removed?: ReadonlyArray<readonly [number, number] | readonly [number, number, true]>;
}

/**
 * The words of `original` broken at a line's end, in order (not « et », « ou »: a dash, not a broken word). The
 * hyphen is kept for a prefix that takes one, or when the text writes the word whole with it elsewhere.
 */
function hyphenBreaks(original: string): HyphenBreak[] {
  const out: HyphenBreak[] = [];
  if (!/[-\u2010\u2011\u00ad]\r?\n/.test(original)) return out;
  let lower: string | undefined;
  for (const m of original.matchAll(HYPHEN_BREAK)) {
    if (m[3] === 'et' || m[3] === 'ou') continue;
    const at = m.index + m[1]!.length;
    const gap = 1 + m[2]!.length;
    const head = m[1]!.toLowerCase();
    const kept = KEPT_HYPHEN_BEFORE.has(head) || (lower ??= original.toLowerCase()).includes(`${head}-${m[3]!.toLowerCase()}`);
    out.push({ at, end: at + gap + m[3]!.length, gap, kept });
  }
  return out;
}

/**
 * The broken words joined, the length kept: « transfor-⏎mation » reads « transformation  » (the line break and
 * the hyphen become spaces after the word), « sous-⏎direction » reads « sous-direction ». Offsets after the break
 * move: fact.ts maps a fact's offsets back to the original (breakOffset). Skipped where an earlier step of the
 * clean copy rewrote the break (a tag, a comment).
 */
function joinHyphenBreaks(t: string, breaks: readonly HyphenBreak[]): { text: string; breaks: HyphenBreak[] } {
  if (!breaks.length) return { text: t, breaks: [] };
  const joined: HyphenBreak[] = [];
  let out = '';
  let from = 0;
  for (const b of breaks) {
    if (!BREAK_HYPHENS.has(t[b.at]!) || t[b.at + b.gap - 1] !== '\n' || b.at < from) continue;
    const rest = t.slice(b.at + b.gap, b.end);
    out += t.slice(from, b.at) + (b.kept ? '-' : '') + rest + ' '.repeat(b.gap - (b.kept ? 1 : 0));
    from = b.end;
    joined.push(b);
  }
  return { text: out + t.slice(from), breaks: joined };
}

/**
 * Whether the clean copy moves the text's words (an iCalendar file's unfolded lines, a subtitle file's joined cues):
 * rules that read the original, such as e-mail addresses and URLs, read the clean copy there, which fact.ts maps back.
 */
export function cleanCopyMoves(text: string): boolean {
  // (As the clean copy decided, on the text it had cleaned so far: a subtitle file behind an HTML tag, « <p></p> »
  // above its first cue, is read as subtitles there, and must be here, or its URLs' offsets are mapped twice.)
  return prepared(text).reader !== null;
}

/** A header field of a message (RFC 5322) the reader shows; every other one is blanked (routing, ids, MIME). */
const SHOWN_HEADERS = new Set(['from', 'to', 'cc', 'subject', 'reply-to', 'sender', 'organization']);

/** The first line of a raw message: one of the header fields a mail client writes first. */
const FIRST_HEADER = /^\uFEFF?(?:Return-Path|Received|Delivered-To|From|To|Date|Subject|Message-ID|MIME-Version|Reply-To|Sender|X-[A-Za-z0-9-]+):[ \t]/i;

/**
 * Whether a text is a raw e-mail (an .eml file): it opens with a header field, and its header block (up to the first
 * blank line) holds a « From: » and a « MIME-Version: » or « Content-Transfer-Encoding: » field. (A message printed
 * by a mail client, « De : … Objet : … », is prose already.)
 */
export function isMimeMessage(text: string): boolean {
  if (!FIRST_HEADER.test(text)) return false;
  const end = text.search(/\r?\n[ \t]*\r?\n/);
  const head = text.slice(0, end < 0 ? text.length : end);
  return /^From:/im.test(head) && /^(?:MIME-Version|Content-Transfer-Encoding):/im.test(head);
}

/** Bytes decoded in a charset (UTF-8 unless the message names another one Node knows). */
function decodeBytes(bytes: number[], charset: string): string {
  if (isWindows1252(charset)) return decodeWindows1252(bytes);
  try {
    return new TextDecoder(charset.toLowerCase() === 'utf8' ? 'utf-8' : charset).decode(Uint8Array.from(bytes));
  } catch {
    return new TextDecoder('utf-8').decode(Uint8Array.from(bytes));
  }
}

/** How many bytes the UTF-8 sequence that starts with `lead` has (1 for a byte that starts none). */
function utf8Length(lead: number): number {
  return lead >= 0xf0 && lead < 0xf8 ? 4 : lead >= 0xe0 ? (lead < 0xf0 ? 3 : 1) : lead >= 0xc0 ? 2 : 1;
}

/**
 * Quoted-printable bytes « =XX » from `at` in the original (soft line breaks between them skipped), decoded into
 * `line` one character at a time, each standing for its own bytes. Returns the offset after the last byte.
 */
function decodeQuotedBytes(original: string, at: number, end: number, charset: string, line: DecodedLine): number {
  const bytes: Array<{ value: number; at: number }> = [];
  let k = at;
  for (;;) {
    const hex = /^=([0-9A-Fa-f]{2})/.exec(original.slice(k, k + 3));
    if (hex && k < end) {
      bytes.push({ value: parseInt(hex[1]!, 16), at: k });
      k += 3;
      continue;
    }
    // (A soft line break inside a character's bytes: « =C3=⏎=A9 ».)
    const soft = /^=[ \t]*\r?\n(?==[0-9A-Fa-f]{2})/.exec(original.slice(k, k + 8));
    if (soft && bytes.length && k < end) {
      k += soft[0].length;
      continue;
    }
    break;
  }
  const utf8 = /^utf-?8$/i.test(charset);
  for (let b = 0; b < bytes.length; ) {
    const n = utf8 ? Math.min(utf8Length(bytes[b]!.value), bytes.length - b) : 1;
    const to = b + n < bytes.length ? bytes[b + n]!.at : k;
    line.emit(decodeBytes(bytes.slice(b, b + n).map((x) => x.value), charset), bytes[b]!.at, to);
    b += n;
  }
  return k;
}

/**
 * Where a soft line break of a quoted-printable line that starts at `p` (« = », blanks, a line break) ends: past its
 * line break inside the logical line ending at `end`; at `end` when it ends the body's last line (that line break is
 * not the line's to drop); -1 when « = » opens no soft break.
 */
function softBreakEnd(original: string, p: number, end: number): number {
  if (/^=[ \t\r]*$/.test(original.slice(p, end))) return end;
  const soft = /^=[ \t]*\r?\n/.exec(original.slice(p, p + 4));
  return soft && p + soft[0].length <= end ? p + soft[0].length : -1;
}

/** An encoded word of a header (RFC 2047): « =?UTF-8?Q?R=C3=A9organisation?= », « =?utf-8?B?…?= ». */
const ENCODED_WORD = /=\?([^?\s]+)\?([QqBb])\?([^?\s]*)\?=/g;

/** A header's value [from, to) of the original into `line`: its encoded words decoded, its folds unfolded. */
function decodeHeaderValue(original: string, from: number, to: number, line: DecodedLine): void {
  let k = from;
  let previousWordEnd = -1;
  // (The value alone is scanned: not the rest of the message, a long attachment perhaps.)
  for (const word of original.slice(from, to).matchAll(ENCODED_WORD)) {
    const at = from + word.index;
    // The white space between two encoded words is no part of the text.
    if (previousWordEnd === k && /^\s*$/.test(original.slice(k, at))) line.drop(k, at);
    else plainHeaderText(original, k, at, line);
    const [whole, charset, encoding, payload] = word;
    const start = at + whole.length - payload!.length - 2;
    line.drop(at, start);
    if (/q/i.test(encoding!)) {
      for (let p = start; p < start + payload!.length; ) {
        if (original[p] === '=' && /^[0-9A-Fa-f]{2}$/.test(original.slice(p + 1, p + 3))) p = decodeQuotedBytes(original, p, start + payload!.length, charset!, line);
        else {
          line.emit(original[p] === '_' ? ' ' : original[p]!, p, p + 1);
          p++;
        }
      }
    } else {
      line.emit(decodeBytes([...Buffer.from(payload!, 'base64')], charset!), start, start + payload!.length);
    }
    line.drop(start + payload!.length, at + whole.length);
    k = previousWordEnd = at + whole.length;
  }
  plainHeaderText(original, k, to, line);
}

/** Plain header text: a fold's line break dropped (its white space stays), « <address> » read without its brackets. */
function plainHeaderText(original: string, from: number, to: number, line: DecodedLine): void {
  for (let p = from; p < to; p++) {
    const c = original[p]!;
    if (c === '\n' || c === '\r') line.drop(p, p + 1);
    else line.emit(c === '<' || c === '>' ? ' ' : c, p, p + 1);
  }
}

/** A message's or a part's header fields, unfolded, by lowercase name. */
type HeaderFields = Map<string, string>;

/**
 * A raw e-mail read as a mail client shows it: the header fields a reader sees (From, To, Cc, Subject…) with their
 * encoded words decoded and their folds unfolded, the others blanked; the body decoded from quoted-printable (soft
 * line breaks joined, « =XX » bytes read in the part's charset). Each line whose text moved is a break (the spans of
 * the original it drops), its text shifted over them and padded with spaces up to the line's end. A multipart body
 * shows its text parts (of an alternative, the plain one), nested multiparts read the same way; attachments and base64
 * parts are blanked.
 */
function readMimeMessage(original: string): { text: string; breaks: HyphenBreak[] } {
  const breaks: HyphenBreak[] = [];
  let out = '';
  // Every writer below writes the original's characters in order, each once: a region [from, to) writes exactly its
  // own characters (the line break at `to` is the caller's), so the text keeps the original's length.
  /** Writes `line`, the original up to `end` (its text and its padding), then the line break at `end` if `withEnd`. */
  const put = (line: DecodedLine, end: number, withEnd: boolean) => {
    const shifted = shiftedLine(line.text.replace(/\r/g, ' '), line.removed, end);
    out += shifted.text;
    if (shifted.brk) breaks.push(shifted.brk);
    if (withEnd && end < original.length) out += original[end] === '\n' ? '\n' : ' ';
  };
  /** Writes the original's [from, end) blanked, then the character at `end` (a line break) if `withEnd`. */
  const blank = (from: number, end: number, withEnd: boolean) => {
    out += original.slice(from, end).replace(/[^\n]/g, ' ');
    if (withEnd && end < original.length) out += original[end] === '\n' ? '\n' : ' ';
  };
  /**
   * A header block from `from`, up to its blank line or `limit`: its fields (unfolded), the shown ones written decoded
   * (`show`), the others blanked. Returns where the block ends (its blank line, or `limit`).
   */
  const readHeaders = (from: number, limit: number, show: boolean): { end: number; fields: HeaderFields } => {
    const fields: HeaderFields = new Map();
    let i = from;
    while (i < limit) {
      let e = original.indexOf('\n', i);
      if (e < 0 || e > limit) e = limit;
      if (!original.slice(i, e).trim()) return { end: i, fields };
      while (e < limit && (original[e + 1] === ' ' || original[e + 1] === '\t')) {
        const next = original.indexOf('\n', e + 1);
        e = next < 0 || next > limit ? limit : next;
      }
      const field = /^([A-Za-z][A-Za-z0-9-]*):[ \t]*/.exec(original.slice(i, e));
      const name = field?.[1]!.toLowerCase();
      if (field && name) fields.set(name, original.slice(i + field[0].length, e).replace(/\s+/g, ' ').trim());
      if (show && field && name && SHOWN_HEADERS.has(name)) {
        const line = new DecodedLine();
        // (The field's name blanked: « Subject: » is no word of the message.)
        for (let p = i; p < i + field[0].length; p++) line.emit(' ', p, p + 1);
        decodeHeaderValue(original, i + field[0].length, e, line);
        put(line, e, e < limit);
      } else blank(i, e, e < limit);
      i = e + 1;
    }
    return { end: Math.min(i, limit), fields };
  };
  /** A body [from, to) in its transfer encoding: shown decoded, or blanked (`show` false, base64). */
  const readBody = (from: number, to: number, encoding: string, charset: string, show: boolean) => {
    const quoted = /quoted-printable/i.test(encoding);
    let i = from;
    while (i < to) {
      // The logical line: up to a line break that no soft break « = » precedes.
      let e = original.indexOf('\n', i);
      if (e < 0 || e > to) e = to;
      while (quoted && e < to && /=[ \t]*\r?$/.test(original.slice(i, e))) {
        const next = original.indexOf('\n', e + 1);
        e = next < 0 || next > to ? to : next;
      }
      if (!show || /base64/i.test(encoding)) {
        blank(i, e, e < to);
      } else {
        const line = new DecodedLine();
        for (let p = i; p < e; ) {
          const softEnd = quoted && original[p] === '=' ? softBreakEnd(original, p, e) : -1;
          if (softEnd >= 0) {
            line.drop(p, softEnd);
            p = softEnd;
          } else if (quoted && original[p] === '=' && /^[0-9A-Fa-f]{2}$/.test(original.slice(p + 1, p + 3))) {
            p = decodeQuotedBytes(original, p, e, charset, line);
          } else {
            line.emit(original[p]!, p, p + 1);
            p++;
          }
        }
        put(line, e, e < to);
      }
      i = e + 1;
    }
  };
  const charsetOf = (contentType: string) => /charset="?([\w.:-]+)"?/i.exec(contentType)?.[1] ?? 'utf-8';
  /** An entity's body [from, to) after its headers `fields`: a text shown (`show`), a multipart's parts, or blanked. */
  const readEntity = (from: number, to: number, fields: HeaderFields, show: boolean) => {
    const type = fields.get('content-type') ?? 'text/plain';
    const boundary = /boundary="?([^";\s]+)"?/i.exec(type)?.[1];
    if (!/^multipart\//i.test(type) || !boundary) {
      const attachment = /attachment/i.test(fields.get('content-disposition') ?? '');
      readBody(from, to, fields.get('content-transfer-encoding') ?? '7bit', charsetOf(type), show && /^text\//i.test(type) && !attachment);
      return;
    }
    // The parts between the boundary lines (the last one running to the end when the closing line is missing).
    const delimiter = new RegExp(`^--${boundary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(--)?[ \t]*\r?$`, 'gm');
    const lines = [...original.slice(from, to).matchAll(delimiter)].map((m) => ({ at: from + m.index, end: from + m.index + m[0].length, closing: m[1] !== undefined }));
    const parts: Array<{ from: number; to: number }> = [];
    lines.forEach((d, n) => {
      if (d.closing) return;
      const partFrom = Math.min(to, d.end + 1);
      parts.push({ from: partFrom, to: n + 1 < lines.length ? Math.max(partFrom, lines[n + 1]!.at - 1) : to });
    });
    // Which parts show: an alternative's plain text part (else its first part), every part of another multipart.
    // (Their types are read first, the headers being written as the parts are read.)
    const alternative = /^multipart\/alternative/i.test(type);
    let at = from;
    const partTypes = parts.map((part) => {
      const block = original.slice(part.from, part.to);
      const end = block.search(/\r?\n[ \t]*\r?\n/);
      return /^Content-Type:[ \t]*([^\n]*(?:\n[ \t][^\n]*)*)/im.exec(end < 0 ? block : block.slice(0, end))?.[1]?.replace(/\s+/g, ' ') ?? 'text/plain';
    });
    const preferred = alternative ? Math.max(0, partTypes.findIndex((t) => /^text\/plain/i.test(t))) : -1;
    parts.forEach((part, n) => {
      // The preamble or the previous part's end, and the boundary line: blanked.
      blank(at, part.from - 1, part.from - 1 < to);
      const headers = readHeaders(part.from, part.to, false);
      let bodyFrom = headers.end;
      // (The blank line between the part's headers and its body.)
      if (bodyFrom < part.to) {
        blank(bodyFrom, bodyFrom, true);
        bodyFrom++;
      }
      if (bodyFrom < part.to) readEntity(bodyFrom, part.to, headers.fields, show && (!alternative || n === preferred));
      at = part.to;
    });
    blank(at, to, false);
  };
  const top = readHeaders(0, original.length, true);
  let bodyStart = top.end;
  if (bodyStart < original.length) {
    blank(bodyStart, bodyStart, true);
    bodyStart++;
  }
  readEntity(bodyStart, original.length, top.fields, true);
  return { text: out, breaks };
}

/**
 * A LaTeX document's structure, opening a line: a class, a section, a list or a table environment (« \section{ »,
 * « \begin{itemize} »; not a formula's « \begin{aligned} »).
 */
const LATEX_STRUCTURE = /^[ \t]*\\(?:documentclass|chapter|section|subsection|subsubsection|begin\{(?:document|itemize|enumerate|description|tabular|table|figure|abstract|quote|quotation)\})\*?[[{]?/m;

/**
 * Whether a text is LaTeX source: a line opens with a LaTeX section or environment, it has at least three commands
 * with an argument (« \emph{ », « \textbf{ »), and no markdown code fence (a page that shows LaTeX in a code block
 * or a formula is markdown).
 */
export function isLatex(text: string): boolean {
  if (!LATEX_STRUCTURE.test(text) || /^[ \t]*(?:```|~~~)/m.test(text)) return false;
  let commands = 0;
  for (const _ of text.matchAll(/\\[a-zA-Z]+\*?\{/g)) if (++commands >= 3) return true;
  return false;
}

/** A BibTeX entry's opening line (« @techreport{dhie2021, »). */
const BIBTEX_ENTRY = /^[ \t]*@(?:article|book|booklet|inbook|incollection|inproceedings|conference|manual|mastersthesis|misc|phdthesis|proceedings|techreport|unpublished|online|report|legislation|jurisdiction|dataset|software|collection|electronic|www)[ \t]*\{[^,\s]*,/gim;

/** A bibliography's field whose value is an address, read verbatim: its name, « = », and the opening brace or quote. */
const BIBTEX_VERBATIM_FIELD = /^([ \t]*(?:url|doi|eprint|file|urldate)[ \t]*=[ \t]*)(\{|")/i;

/** Whether a text is a BibTeX bibliography: at least two entries open a line (« @misc{clef, »). */
export function isBibtex(text: string): boolean {
  // (A page that shows BibTeX in a code block is markdown.)
  if (!text.includes('@') || /^[ \t]*(?:```|~~~)/m.test(text)) return false;
  BIBTEX_ENTRY.lastIndex = 0;
  return BIBTEX_ENTRY.test(text) && BIBTEX_ENTRY.test(text);
}

/** Commands whose arguments are not prose (labels, references, citations, packages, lengths, environments). */
const LATEX_DROPPED = new Set(['label', 'ref', 'pageref', 'eqref', 'cite', 'citep', 'citet', 'nocite', 'includegraphics', 'documentclass', 'usepackage', 'bibliography', 'bibliographystyle', 'input', 'include', 'vspace', 'hspace', 'setlength', 'addtolength', 'newcommand', 'renewcommand', 'begin', 'end', 'cline', 'pagestyle', 'thispagestyle', 'setcounter', 'addcontentsline']);

/** Sectioning commands, read as markdown headings when they open a line. */
const LATEX_HEADINGS: Record<string, string> = { part: '#', chapter: '#', section: '##', subsection: '###', subsubsection: '####', paragraph: '#####' };

/** Accents written as commands (« \'e », « \`a », « \^o », « \"i », « \c{c} »). */
const LATEX_ACCENTS: Record<string, string> = { "'": '\u0301', '`': '\u0300', '^': '\u0302', '"': '\u0308', c: '\u0327' };

/** Commands that stand for a character or a word. */
const LATEX_SYMBOLS: Record<string, string> = { ldots: '…', dots: '…', textendash: '–', textemdash: '—', euro: '€', texteuro: '€', og: '«', fg: '»', oe: 'œ', OE: 'Œ', ae: 'æ', no: 'n°', degree: '°', textdegree: '°', S: '§' };

/**
 * LaTeX source read as the page it typesets, line by line (a line keeps its place: its text shifted over what it
 * drops and padded up to its end, a break fact.ts maps back): comments, labels, citations and environments dropped;
 * « \emph{X} », « \textbf{X} », « \url{X} » read as X, « \href{U}{X} » as « U X », a footnote as « (…) »;
 * « \section{X} » at a line's start as « ## X », « \item » as « - »; « \og … \fg{} » as « « … » », « ~ » and
 * « \, » as spaces, « \% » and the other escapes as their character, « -- » as a dash, « & » as a table's cell
 * separator (a tab), « \\ » dropped; « n\textsuperscript{o} » as « n° » and « 1\textsuperscript{er} » as « 1er ».
 */
function readLatex(original: string, { bibtex = false } = {}): { text: string; breaks: HyphenBreak[] } {
  // What each open brace's close does: nothing (a group or a command's argument kept), or « ) » (a footnote).
  const closers: string[] = [];
  return decodeByLine(original, (line, lineStart, end) => {
    let p = lineStart;
    /** The « ] » closing the bracket opening at `at`, on this line, or -1. */
    const bracketEnd = (at: number): number => {
      for (let k = at + 1; k < end; k++) if (original[k] === ']') return k;
      return -1;
    };
    /** The end of the brace group opening at `at` (on this line), or the line's end. */
    const groupEnd = (at: number): number => {
      let depth = 0;
      for (let k = at; k < end; k++) {
        const c = original[k];
        if (c === '\\') k++;
        else if (c === '{') depth++;
        else if (c === '}' && --depth === 0) return k + 1;
      }
      return end;
    };
    // A bibliography's entry opening (« @techreport{dhie2021, »): its type and key are no prose (its brace is a group).
    if (bibtex && /^[ \t]*@[a-zA-Z]+[ \t]*\{[^,\s]*,[ \t]*\r?$/.test(original.slice(lineStart, end))) {
      closers.push('');
      line.drop(lineStart, end);
      p = end;
    }
    // A bibliography's address field (« url = {https://…%20…} »): its value as written, « % » and « ~ » included.
    const verbatim = bibtex && p < end ? BIBTEX_VERBATIM_FIELD.exec(original.slice(lineStart, end)) : null;
    if (verbatim) {
      const open = lineStart + verbatim[1]!.length;
      const close = original.lastIndexOf(verbatim[2] === '{' ? '}' : '"', end - 1);
      if (close > open) {
        for (let k = lineStart; k < open; k++) line.emit(original[k]!, k, k + 1);
        line.drop(open, open + 1);
        for (let k = open + 1; k < close; k++) line.emit(original[k]!, k, k + 1);
        line.drop(close, close + 1);
        p = close + 1;
      }
    }
    while (p < end) {
      const c = original[p]!;
      // (In a bibliography, « % » opens a comment line, read as a note to its reader (the file's header names who keeps
      // it); « 60~\% », an address's « %20 » are text.)
      if (c === '%' && bibtex) {
        line.drop(p, p + 1);
        p++;
      } else if (c === '%') {
        line.drop(p, end);
        p = end;
      } else if (c === '~') {
        line.emit(' ', p, p + 1);
        p++;
      } else if (c === '&') {
        line.emit('\t', p, p + 1);
        p++;
      } else if (c === '{') {
        closers.push('');
        line.drop(p, p + 1);
        p++;
      } else if (c === '}') {
        const closer = closers.pop() ?? '';
        // Two arguments side by side (« \href{U}{X} »): a space between them.
        if (original[p + 1] === '{') {
          line.emit(' ', p, p + 1);
        } else if (closer) line.emit(closer, p, p + 1);
        else line.drop(p, p + 1);
        p++;
      } else if (c === '-' && original[p + 1] === '-') {
        const n = original[p + 2] === '-' ? 3 : 2;
        line.emit(n === 3 ? '—' : '–', p, p + n);
        p += n;
      } else if (c !== '\\') {
        line.emit(c, p, p + 1);
        p++;
      } else {
        const next = original[p + 1] ?? '';
        if (next === '\\') {
          // A table row's or a line's end.
          line.drop(p, p + 2);
          p += 2;
        } else if (/[%&$#_{}]/.test(next)) {
          line.emit(next, p, p + 2);
          p += 2;
        } else if (/[,;:! ]/.test(next)) {
          line.emit(' ', p, p + 2);
          p += 2;
        } else if (Object.hasOwn(LATEX_ACCENTS, next) && !/[a-zA-Z]/.test(next)) {
          // « \'e », « \'{e} »; on a dotless i or j, « \^\i », « \"{\i} »: the accented letter.
          const dotless = /^(\{)?\\([ij])(?![a-zA-Z])(\})?/.exec(original.slice(p + 2, p + 7));
          const braced = original[p + 2] === '{';
          const letter = original[braced ? p + 3 : p + 2] ?? '';
          if (dotless && (!dotless[1] || dotless[3])) {
            const to = p + 2 + dotless[0].length;
            line.emit(`${dotless[2]}${LATEX_ACCENTS[next]}`.normalize('NFC'), p, to);
            p = to;
            continue;
          }
          const to = /[a-zA-Z]/.test(letter) ? (braced ? Math.min(end, p + 5) : p + 3) : p + 2;
          if (to > p + 2) line.emit(`${letter}${LATEX_ACCENTS[next]}`.normalize('NFC'), p, to);
          else line.drop(p, to);
          p = to;
        } else {
          const name = /^[a-zA-Z]+\*?/.exec(original.slice(p + 1, Math.min(end, p + 40)))?.[0] ?? '';
          let q = p + 1 + name.length;
          const bare = name.replace(/\*$/, '');
          if (!bare) {
            line.drop(p, p + 1);
            p++;
            continue;
          }
          // An optional argument (« \item[a] », « \section*[court]{long} »): dropped (on this line only).
          const optional = () => {
            while (original[q] === '[') {
              const close = bracketEnd(q);
              if (close < 0) break;
              q = close + 1;
            }
          };
          // « \c{c} », « {\c c} »
          const cedilla = bare === 'c' ? /^(?:\{([a-zA-Z])\}| ([a-zA-Z])(?![a-zA-Z]))/.exec(original.slice(q, q + 4)) : null;
          if (cedilla) {
            line.emit(`${cedilla[1] ?? cedilla[2]}${LATEX_ACCENTS.c}`.normalize('NFC'), p, q + cedilla[0].length);
            p = q + cedilla[0].length;
          } else if (bare === 'textsuperscript' && original[q] === '{') {
            // « n\textsuperscript{o} » → « n° »; « 1\textsuperscript{er} » → « 1er ».
            const close = groupEnd(q);
            const inner = original.slice(q + 1, close - 1);
            line.emit(inner === 'o' ? '°' : inner, p, close);
            p = close;
          } else if (LATEX_DROPPED.has(bare)) {
            optional();
            // The command and its arguments (an environment's name, then a table's column spec).
            while (q < end && (original[q] === '{' || original[q] === '[')) {
              const close = original[q] === '{' ? groupEnd(q) : bracketEnd(q) + 1;
              q = close > q ? close : end;
              optional();
            }
            line.drop(p, q);
            p = q;
          } else if (Object.hasOwn(LATEX_SYMBOLS, bare)) {
            // (« \og » with its « {} » and one space after it: « « texte » ».)
            if (original.startsWith('{}', q)) q += 2;
            if (bare === 'og' && original[q] === ' ') q++;
            line.emit(bare === 'og' ? '« ' : LATEX_SYMBOLS[bare]!, p, Math.max(q, p + 2));
            p = q;
          } else if (bare === 'item') {
            optional();
            line.emit('-', p, q);
            p = q;
          } else if (Object.hasOwn(LATEX_HEADINGS, bare) && !original.slice(lineStart, p).trim()) {
            optional();
            line.emit(`${LATEX_HEADINGS[bare]} `, p, q);
            p = q;
            if (original[p] === '{') {
              closers.push('');
              line.drop(p, p + 1);
              p++;
            }
          } else if ((bare === 'url' || bare === 'href') && original[q] === '{') {
            // A URL's argument is read as written (« % », « & », « ~ », « # » are a URL's characters there).
            const close = groupEnd(q);
            const argEnd = original[close - 1] === '}' ? close - 1 : close;
            line.drop(p, q + 1);
            for (let k = q + 1; k < argEnd; k++) line.emit(original[k]!, k, k + 1);
            p = argEnd;
            if (original[p] === '}' && original[p + 1] === '{') {
              // (« \href{U}{X} »: a space, then the link's text read as prose.)
              line.emit(' ', p, p + 1);
              line.drop(p + 1, p + 2);
              closers.push('');
              p += 2;
            } else if (original[p] === '}') {
              line.drop(p, p + 1);
              p++;
            }
          } else if (bare === 'footnote' && original[q] === '{') {
            closers.push(')');
            line.emit(' (', p, q + 1);
            p = q + 1;
          } else {
            // Any other command: its name dropped, its arguments read (« \emph{X} » → « X »).
            optional();
            if (original[q] === '{') {
              closers.push('');
              q++;
            }
            line.drop(p, q);
            p = q;
          }
        }
      }
    }
    // (A field's closing comma, « title = {…}, » or a value's last line « … régional (DNR)}, », ends it: the next field
    // is not the same sentence.)
    if (bibtex && /(?:^[ \t]*[a-zA-Z]+[ \t]*=|[}"][ \t]*,[ \t\r]*$)/.test(original.slice(lineStart, end)) && /,[ \t\r]*$/.test(line.text)) line.text = line.text.replace(/,([ \t\r]*)$/, ';$1');
  });
}

/** A WebVTT subtitle file: « WEBVTT » opens it, alone on its line or followed by a space and a title. */
const WEBVTT = /^\uFEFF?WEBVTT(?:[ \t][^\n]*)?\r?\n/;

/** A SubRip (.srt) subtitle file: the first cue's number alone on its line, its timing line right after. */
const SUBRIP = /^\uFEFF?\s*\d{1,6}[ \t]*\r?\n(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}[ \t]+-->[ \t]+(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}/;

/** Whether a text is a subtitle file (a recorded talk's captions): WebVTT or SubRip. */
export function isSubtitles(text: string): boolean {
  return WEBVTT.test(text) || SUBRIP.test(text);
}

/**
 * A cue line that another person starts: a dialogue dash before a capital (« - Pourquoi ? », two speakers in one cue;
 * not an incise, « – créée en 1997 – », which goes on) or a speaker's name in capitals before a colon
 * (« JOURNALISTE : », « CLAIRE MARTIN : »), as subtitles without voice tags write it.
 */
const NEW_SPEAKER_LINE = /^[ \t]*(?:[-–][ \t]+(?=\p{Lu}|«)|\p{Lu}[\p{Lu}'’. -]{1,60}[ \t]*:(?![\p{L}\p{N}]))/u;

/** A cue's timing line: « 00:01:12.480 --> 00:01:16.200 » and its settings. */
const CUE_TIMING = /^(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}[ \t]+-->[ \t]+(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}[^\n]*$/;

/** A voice tag (« <v Nadia Ferhat> », « <v.loud Marc> »): who speaks, its name in group 1. */
const VOICE_TAG = /<v(?:\.[\w.-]+)?[ \t]+([^>\n]+)>/;

/**
 * A subtitle file read as the talk it transcribes: WebVTT's header, the keyword of notes, styles and regions, the
 * cues' identifiers (a SubRip cue's number) and timing lines and their tags (« <v Name> », « <i> »,
 * « <00:00:05.000> ») blanked; the cues of one speaker's turn joined into one line (a sentence cut across cues is
 * one sentence again), each cue's text shifted over the lines between them (a break, as an unfolded iCalendar line:
 * fact.ts maps offsets back), the turn padded with spaces up to its end. A new speaker (a voice tag, a dialogue dash,
 * a name in capitals before a colon) starts a new line. (`t` is the clean copy so far, of the original's length.)
 */
function readSubtitles(t: string, original: string): { text: string; breaks: HyphenBreak[] } {
  const chars = t.split('');
  const breaks: HyphenBreak[] = [];
  const blankSpan = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (chars[k] !== '\n') chars[k] = ' ';
  };
  // The payload lines of the turn being read: [first character, end of its text).
  let turn: Array<[number, number]> = [];
  const closeTurn = () => {
    if (turn.length > 1) {
      const first = turn[0]!;
      const end = turn[turn.length - 1]![1];
      // Each piece keeps one character after its text (its line break) as the space before the next piece.
      const pieces = turn.map(([a, b], i) => (i < turn.length - 1 ? [a, b + 1] : [a, b]) as [number, number]);
      const removed: DroppedSpans = [];
      for (let i = 0; i < pieces.length - 1; i++) dropSpan(removed, pieces[i]![1], pieces[i + 1]![0]);
      const content = pieces.map(([a, b], i) => chars.slice(a, b).join('').replace(/\n$/, i < pieces.length - 1 ? ' ' : '\n')).join('');
      const shifted = shiftedLine(content, removed, end);
      // (Line breaks inside the turn become spaces: the turn is one line.)
      for (let k = 0; k < shifted.text.length; k++) chars[first[0] + k] = shifted.text[k] === '\n' ? ' ' : shifted.text[k]!;
      if (shifted.brk) breaks.push(shifted.brk);
    }
    turn = [];
  };
  // (A SubRip file has no header: its first block is a cue.)
  let block: 'header' | 'note' | 'style' | 'cue' | null = WEBVTT.test(t) ? 'header' : null;
  let speaker: string | null = null;
  let pos = 0;
  const lines = t.split('\n');
  for (let i = 0; i < lines.length; pos += lines[i]!.length + 1, i++) {
    const line = lines[i]!;
    if (!line.trim()) {
      block = null;
      continue;
    }
    if (block === null) {
      if (/^NOTE(?:[ \t]|$)/.test(line)) {
        closeTurn();
        block = 'note';
        blankSpan(pos, pos + 4);
        continue;
      }
      block = /^(?:STYLE|REGION)[ \t]*$/.test(line) ? 'style' : 'cue';
    }
    if (block === 'note') continue;
    if (block === 'header' || block === 'style' || CUE_TIMING.test(line) || (i + 1 < lines.length && CUE_TIMING.test(lines[i + 1]!))) {
      blankSpan(pos, pos + line.length);
      continue;
    }
    // (The voice read in the original: the clean copy has blanked tags already.)
    const voice = VOICE_TAG.exec(original.slice(pos, pos + line.length))?.[1]?.trim() ?? null;
    const tags = /<\/?[a-z][^>\n]*>|<\d{1,2}:\d{2}(?::\d{2})?[.,]\d{3}>/gi;
    for (const m of line.matchAll(tags)) blankSpan(pos + m.index, pos + m.index + m[0].length);
    if (voice !== null && voice !== speaker) closeTurn();
    if (voice !== null) speaker = voice;
    const text = chars.slice(pos, pos + line.length).join('');
    if (voice === null && NEW_SPEAKER_LINE.test(text)) closeTurn();
    // (A line of tags only, « <00:00:02.000> », says nothing.)
    if (!text.trim()) continue;
    const lead = text.length - text.trimStart().length;
    turn.push([pos + lead, pos + text.trimEnd().length]);
  }
  closeTurn();
  return { text: chars.join(''), breaks };
}

/** An iCalendar file (RFC 5545): an agenda's export, « BEGIN:VCALENDAR » or « BEGIN:VEVENT » on a line of its own. */
const ICALENDAR = /^\uFEFF?\s*BEGIN:V(?:CALENDAR|EVENT)[ \t\r]*\n/;

/**
 * Whether a text is an iCalendar file (its facts are read in the clean copy, where its lines are unfolded): it opens
 * with « BEGIN:VCALENDAR » (or « BEGIN:VEVENT »). A page that shows an event's source in prose is not one.
 */
export function isICalendar(text: string): boolean {
  // (Anchored at the text's start: no scan of the whole text, asked once per sentence that inherits a date.)
  return ICALENDAR.test(text);
}

/** Properties whose value is prose (an event's title, its description, its place, the calendar's name). */
const ICALENDAR_PROSE = new Set(['SUMMARY', 'DESCRIPTION', 'LOCATION', 'COMMENT', 'CONTACT', 'URL', 'X-WR-CALNAME', 'X-WR-CALDESC']);

/** Properties naming a person or a body with an address: « ORGANIZER;CN=Mission X:mailto:x@exemple.gouv.fr ». */
const ICALENDAR_PARTY = /^(ORGANIZER|ATTENDEE)((?:;(?:[^:;"\n]|"[^"\n]*")*)*):(?:mailto:|MAILTO:)?/;

/**
 * An iCalendar file read as prose, the length kept: each line folded onto the next ones (a line break then one space
 * or tab) unfolded, the escapes « \, », « \; », « \\ » read as their character and « \n » as a line break, the
 * property names blanked (prose properties keep their value, an organiser its name and address), every other
 * property blanked whole (identifiers, time stamps, dates: events.ts reads DTSTART and DTEND). A line whose text moved
 * is a break (fact.ts maps its offsets back to the original).
 */
function readICalendar(t: string, original: string): { text: string; breaks: HyphenBreak[]; propertyEnds: number[] } {
  const breaks: HyphenBreak[] = [];
  // (The line break after each property: a value never goes on over the next property, « SUMMARY:Comité de pilotage du
  // programme » then « URL:https://… », as a wrapped line of prose would.)
  const propertyEnds: number[] = [];
  let out = '';
  let i = 0;
  while (i < t.length) {
    // The logical line [i, e): up to a line break not followed by a space or a tab.
    let e = t.indexOf('\n', i);
    while (e >= 0 && (t[e + 1] === ' ' || t[e + 1] === '\t')) e = t.indexOf('\n', e + 1);
    if (e < 0) e = t.length;
    // (A fold right after a carriage return drops both, as one span: dropSpan merges them.)
    const removed: DroppedSpans = [];
    let content = '';
    for (let k = i; k < e; k++) {
      const c = t[k]!;
      // A fold: « ⏎ » then one space (with the carriage return before it, a space in `t` already).
      if (c === '\n') {
        const from = original[k - 1] === '\r' ? k - 1 : k;
        if (from < k) content = content.slice(0, -1);
        dropSpan(removed, from, k + 2);
        k++;
        continue;
      }
      if (c === '\\' && k + 1 < e && (t[k + 1] === ',' || t[k + 1] === ';' || t[k + 1] === '\\')) {
        dropSpan(removed, k, k + 1);
        content += t[k + 1];
        k++;
        continue;
      }
      // An escape cut by a fold (« \\ » ending a line, « , » opening the next after its space): the backslash and the
      // fold dropped, the character kept.
      // (« \\n » cut so reads a line break, as below: a space and « ⏎ » for its two characters, the fold dropped.)
      const fold = c === '\\' ? /^(?:\r| )?\n[ \t]([,;\\nN])/.exec(original.slice(k + 1, k + 5)) : null;
      if (fold && k + 1 + fold[0].length <= e) {
        if (/[nN]/.test(fold[1]!)) {
          dropSpan(removed, k + 1, k + fold[0].length);
          content += ' \n';
        } else {
          dropSpan(removed, k, k + fold[0].length);
          content += fold[1];
        }
        k += fold[0].length;
        continue;
      }
      if (c === '\\' && (t[k + 1] === 'n' || t[k + 1] === 'N')) {
        content += ' \n';
        k++;
        continue;
      }
      content += c;
    }
    // (A parameter's value may be quoted, a colon inside: « ;TZID="(UTC+01:00) Paris" ».)
    const property = /^([A-Z][A-Z0-9-]*)((?:;(?:[^:;"\n]|"[^"\n]*")*)*):/.exec(content);
    if (property) {
      const party = ICALENDAR_PARTY.exec(content);
      if (ICALENDAR_PROSE.has(property[1]!)) content = ' '.repeat(property[0].length) + content.slice(property[0].length);
      else if (party) {
        // « ORGANIZER;CN=Mission X:mailto:x@… » → « Mission X : x@… ».
        const name = /;CN=(?:"([^"\n]*)"|([^;:"\n]*))/i.exec(party[2]!);
        const lead = name ? ' '.repeat(party[1]!.length + party[2]!.indexOf(name[0]) + 4 + (name[1] === undefined ? 0 : 1)) + (name[1] ?? name[2]!) : '';
        const said = name && lead.length + 2 <= party[0].length ? `${lead} :` : lead;
        content = said.padEnd(party[0].length, ' ') + content.slice(party[0].length);
      } else content = ' '.repeat(content.length);
    }
    const shifted = shiftedLine(content, removed, e);
    out += shifted.text;
    if (e < t.length) {
      propertyEnds.push(out.length);
      out += '\n';
    }
    if (shifted.brk) breaks.push(shifted.brk);
    i = e + 1;
  }
  return { text: out, breaks, propertyEnds };
}

/** `text` (a clean copy, the length kept) with a line break again at each of `offsets`. */
function withBreaksAt(text: string, offsets: readonly number[]): string {
  let out = '';
  let from = 0;
  for (const at of offsets) {
    if (text[at] === '\n') continue;
    out += `${text.slice(from, at)}\n`;
    from = at + 1;
  }
  return out + text.slice(from);
}

/** An English function word, anywhere. */
const ENGLISH_CUE = /(?<![\p{L}])(?:the|of|and|to|in|is|with|for|will|by|are|was|has|have|this|that|from|its|which|be|at|their|been|were|it)(?![\p{L}])/iu;

/** Function words of English and of French, to tell the English half of a bilingual page. */
// (Not « on », « an », « as », « a »: French words too, « l'an dernier on a … ».)
const ENGLISH_WORDS = new Set(['the', 'of', 'and', 'to', 'in', 'is', 'with', 'for', 'will', 'by', 'are', 'was', 'has', 'have', 'this', 'that', 'from', 'its', 'which', 'be', 'at', 'their', 'been', 'were', 'it']);
const FRENCH_WORDS = new Set(['le', 'la', 'les', 'de', 'des', 'du', 'et', 'à', 'en', 'un', 'une', 'est', 'pour', 'par', 'dans', 'sur', 'qui', 'que', 'avec', 'au', 'aux', 'son', 'sa', 'ses', 'ce', 'cette', 'il', 'elle', 'sont', 'ont']);

/**
 * Whether a sentence is written in English (a bilingual page's translation, « Please download the PDF »): two English
 * function words and no French one, or four and more than three times its French ones. Its facts are the French sentence's, said again.
 */
export function isEnglish(sentence: string): boolean {
  // (Most sentences of the genre hold no English word at all: one scan says so.)
  if (!ENGLISH_CUE.test(sentence)) return false;
  // (A title quoted in English, « State of the Art of Open Data », leaves a French sentence French.)
  const own = sentence.replace(/«[^«»]*»|"[^"]*"|“[^”]*”/g, ' ');
  let english = 0;
  let french = 0;
  for (const w of own.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (ENGLISH_WORDS.has(w)) english++;
    else if (FRENCH_WORDS.has(w)) french++;
  }
  // (A French name inside keeps an English sentence English; a table row in both languages is not.)
  return (english >= 2 && french === 0) || (english >= 4 && english > 3 * french);
}

const piecesOf = new WeakMap<HyphenBreak, { bounds: number[]; cleanAt: number[]; fromAt: number[]; attachedAt: boolean[] }>();

/**
 * A decoded line's pieces (the text between its dropped spans, then its end): where each starts in the clean copy
 * and in the original, where it ends in the clean copy, and whether the span after it is the rest of a character.
 */
function pieces(b: HyphenBreak) {
  let found = piecesOf.get(b);
  if (!found) {
    found = { bounds: [], cleanAt: [], fromAt: [], attachedAt: [] };
    let clean = b.at;
    let from = b.at;
    for (const [start, end, attached] of [...b.removed!, [b.end, b.end] as const]) {
      found.cleanAt.push(clean);
      found.fromAt.push(from);
      found.bounds.push(clean + (start - from));
      found.attachedAt.push(attached === true);
      clean += start - from;
      from = end;
    }
    piecesOf.set(b, found);
  }
  return found;
}

/** The offset in the original of the clean copy's offset `at`, which falls in the joined break `b`. */
export function breakOffset(b: HyphenBreak, at: number, isStart = false): number {
  if (b.removed) {
    // Piece by piece: the text between two dropped spans keeps its offsets shifted by what was dropped before it.
    // (At a dropped span's boundary, a fact's start is past it, its end before it.) The pieces' bounds in the clean
    // copy are found by a binary search: a one-line document decoded (an RTF or a notebook written on one line) has
    // thousands of dropped spans on its line.
    const { bounds, cleanAt, fromAt, attachedAt } = pieces(b);
    let lo = 0;
    let hi = bounds.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (bounds[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < bounds.length; i++) {
      // (An end right before the rest of a decoded character goes past it: « Santé » ends after « =C3=A9 ».)
      if (bounds[i]! > at || (!isStart && !attachedAt[i])) return fromAt[i]! + (at - cleanAt[i]!);
    }
    return b.end;
  }
  const kept = b.kept ? 1 : 0;
  const tail = b.end - b.at - b.gap;
  if (at <= b.at) return at;
  // In the word's tail (after the kept hyphen): past the hyphen and the line break; in the padding: the word's end.
  return at - b.at <= kept + tail ? Math.min(at + b.gap - kept, b.end) : b.end;
}

const SENTENCE_END = /[.!?:;]\s*$/;
// (« « – le bureau X ; »: the items of a text quoted into an amending act open with the quotation mark.)
const LIST_MARKER = /^\s*(?:«\s*)?(?:[-*+•▪◦‣·]|\d{1,2}[.)°]|[a-z][.)])\s+/;

/**
 * Soft-wrapped lines (a line ending mid-sentence followed by a line that goes on in lowercase) are joined by
 * turning the newline into a space. Headings, list items, table rows and blank lines are never joined.
 */
function unclosedParenthesis(line: string): boolean {
  return (line.match(/\(/g)?.length ?? 0) > (line.match(/\)/g)?.length ?? 0);
}

/** A line naming a unit (« la direction … »): two in a row are list items, never one wrapped sentence. */
function listLike(l: string): boolean {
  return /^\s*(?:le|la|les|l')\s*(?:département|direction|mission|pôle|service|programme|bureau|délégation|agence|réseau|cellule|sous-direction)s?\b/i.test(l);
}

/** A line of three values or more separated by semicolons (semicolonSeparators). */
function valuesRow(l: string): boolean {
  return l.indexOf(';') !== l.lastIndexOf(';') && semicolonSeparators(l).length >= 2;
}

/** A line ending on a word no sentence ends on: an article, a preposition, a conjunction. */
const WORD_THAT_GOES_ON = /(?:^|\s)(?:le|la|les|l'|un|une|du|des|de|d'|au|aux|à|en|et|ou|par|pour|sur|dans|avec|entre|vers|depuis|dès|son|sa|ses|leur|leurs|ce|cette|ces)$/i;

/**
 * The width a text is wrapped at (a PDF's or an e-mail's export: most of its lines as long as the longest, give or
 * take a word), or 0 when its lines are not wrapped so.
 */
function wrapWidth(t: string): number {
  const lines = t.split('\n').map((line) => line.trimEnd());
  const lengths = lines.filter((line) => line.length > 0).map((line) => line.length);
  if (lengths.length < 8) return 0;
  const sorted = [...lengths].sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.9)]!;
  if (width < 50 || width > 100) return 0;
  const full = lengths.filter((n) => n >= width - WRAP_SLACK && n <= width).length;
  // (Proof of wrapping, not of lines of one length, « Label : value » one per line: a full line that a lowercase word
  // goes on from, for one full line in four at least.)
  let goesOn = 0;
  for (let i = 0; i + 1 < lines.length; i++) if (lines[i]!.length >= width - WRAP_SLACK && /^\s*\p{Ll}/u.test(lines[i + 1]!)) goesOn++;
  return full * 5 >= lengths.length * 2 && goesOn * 4 >= full ? width : 0;
}

/** A line opening with a label: « Date limite de remise des offres : … », « Responsable : … ». */
const LABEL_LINE = /^\s*(?:[-*•]\s+)?\p{Lu}[^:\n]{0,60}?\s?:\s/u;

/** A rule drawn with characters (« ====== », « ------ »): a heading's underline or a separator. */
const RULE_LINE = /^\s*([=\-~_*#+])\1{2,}\s*$/;

/**
 * Whether a full line of a text wrapped at `width` goes on over the next: prose (a word in lowercase in it) that no
 * parenthesis nor number closes, followed by a line of words, neither a rule, a label's line, nor a title a rule
 * underlines.
 */
function wrappedAt(width: number, line: string, next: string, t: string, nextEnd: number): boolean {
  if (line.length < width - WRAP_SLACK || !/^[\p{L}\d]/u.test(next) || / {2,}/.test(line.trimStart()) || /[)\d]$/.test(line) || LABEL_LINE.test(next) || LABEL_LINE.test(line)) return false;
  if (RULE_LINE.test(line) || RULE_LINE.test(next) || !/\s\p{Ll}[\p{Ll}'’-]+\s/u.test(line)) return false;
  const after = nextEnd < 0 ? '' : t.slice(nextEnd + 1, t.indexOf('\n', nextEnd + 1) < 0 ? t.length : t.indexOf('\n', nextEnd + 1));
  return !RULE_LINE.test(after);
}

/** How much shorter than the wrap width a full line may be (the next word did not fit). */
const WRAP_SLACK = 15;

function joinSoftBreaks(t: string): string {
  // (A text wrapped at a fixed width: a full line goes on over the next, whatever the next opens with.)
  const width = wrapWidth(t);
  // Offsets of the newlines to turn into spaces (the text is rebuilt once, not as an array of characters).
  const joined: number[] = [];
  let lineStart = 0;
  while (lineStart < t.length) {
    const nl = t.indexOf('\n', lineStart);
    if (nl < 0) break;
    const line = t.slice(lineStart, nl);
    const nextEnd = t.indexOf('\n', nl + 1);
    const next = t.slice(nl + 1, nextEnd < 0 ? t.length : nextEnd);
    const lineTrim = line.trimEnd();
    const nextTrim = next.trimStart();
    // Pure tests, cheapest and most often false first.
    const joinable =
      lineTrim.length > 0 &&
      !lineTrim.endsWith('»') &&
      !SENTENCE_END.test(lineTrim) &&
      !line.includes('\t') &&
      !next.includes('\t') &&
      // (« … prévue au premier trimestre ⏎ 2026. »: a year going on with the sentence, after a word of the line.)
      (/^[a-zàâäéèêëîïôöùûüç(«"']/.test(nextTrim) ||
        unclosedParenthesis(lineTrim) ||
        (/^(?:19|20)\d\d(?:[ ,.;)]|$)/.test(nextTrim) && /[a-zàâäéèêëîïôöùûüç]$/.test(lineTrim)) ||
        // (« … remplacé par Repère, le ⏎ 31 mars 2027. », « … géré par la ⏎ Direction … »: no sentence ends on an
        // article or a preposition.)
        (WORD_THAT_GOES_ON.test(lineTrim) && /^[\dA-ZÉÈÀÂÎÔ]/.test(nextTrim)) ||
        (width > 0 && wrappedAt(width, lineTrim, nextTrim, t, nextEnd))) &&
      !/^\s*#/.test(line) &&
      !/^\s*\|/.test(line) &&
      !LIST_MARKER.test(next) &&
      !(listLike(line) && listLike(next)) &&
      // (Two rows of values separated by semicolons, semicolonTables: « …;En production ⏎ "Cadastre";… ».)
      !(valuesRow(line) && valuesRow(next));
    if (joinable) joined.push(nl);
    lineStart = nl + 1;
  }
  if (joined.length === 0) return t;
  const parts: string[] = [];
  let from = 0;
  for (const nl of joined) {
    parts.push(t.slice(from, nl));
    from = nl + 1;
  }
  parts.push(t.slice(from));
  return parts.join(' ');
}

function classifyLine(raw: string, start: number): Line {
  const text = raw.trimEnd();
  const end = start + raw.length;
  if (text.trim() === '') return { start, end, text, kind: 'blank', level: 0, contentStart: start };
  const heading = /^(\s{0,3})(#{1,6})\s+/.exec(text);
  if (heading) return { start, end, text, kind: 'heading', level: heading[2]!.length, contentStart: start + heading[0].length };
  // (A DokuWiki table's header row, or a row that opens with a header cell, « ^ Pôle Nord | cadastre | 12 | ».)
  if (text.includes('\t') || /^\s*\|.*\|\s*$/.test(text) || /^\s*\^[^^|\n]+[\^|].*[\^|]\s*$/.test(text)) {
    return { start, end, text, kind: 'table-row', level: 0, contentStart: start + (text.length - text.trimStart().length) };
  }
  const list = LIST_MARKER.exec(text);
  if (list) {
    const indent = list[0].length - list[0].trimStart().length;
    return { start, end, text, kind: 'list-item', level: indent, contentStart: start + list[0].length };
  }
  const lead = text.length - text.trimStart().length;
  // A quote marker "> " introduces a paragraph.
  const quote = /^\s*>\s*/.exec(text);
  return { start, end, text, kind: 'paragraph', level: 0, contentStart: start + (quote ? quote[0].length : lead) };
}

/**
 * The footnote calls glued to words of a text that carries its notes (« direction3 », « respectaient5. », « octobre
 * 20221, » — a year and its call): blanked, when a line of the text opens with that number and a capital (the note).
 */
function blankFootnoteCalls(t: string): string {
  const notes = new Set([...t.matchAll(/\n[ \t]*(\d{1,2})[ \t]+\p{Lu}/gu)].map((m) => m[1]!));
  const call = (digits: string) => notes.has(digits);
  return t
    .replace(new RegExp(String.raw`(?<=${MONTH_ALTERNATION}[ \t]+(?:19|20)\d\d)(\d{1,2})(?=[ \t]*[,.;:)\n])`, 'giu'), (m) => (call(m) ? ' '.repeat(m.length) : m))
    .replace(/(?<=[a-zéèêàâîôûç]{3})(\d{1,2})(?=[ \t]*[,.;:)]|[ \t]+\p{Ll})/gu, (m) => (call(m) ? ' '.repeat(m.length) : m));
}

/** A rule of dashes under a table's header, one run per column: « ----------  -----------  ------ ». */
export const COLUMN_RULE = /^[ \t]*-{2,}(?: +-{2,})+[ \t]*$/;

/**
 * A table of columns aligned with spaces under a rule of dashes (« Projet   Porteur ⏎ -------  -------- ⏎ ATLAS  Centre
 * de ⏎          services … »): the rule gives the columns. The header and every line after the rule whose text stays
 * within the columns (blank lines between rows, and a cell's text wrapped onto the next line, included) get a tab
 * at the start of each gap with text after it, the rule is blanked: table rows (tables.ts joins the wrapped cells),
 * never joined into prose. The table ends at a line whose text crosses a gap.
 */
function ruledColumns(t: string): string {
  const lines = t.split('\n');
  for (let i = 1; i < lines.length; i++) {
    if (!COLUMN_RULE.test(lines[i]!) || !lines[i - 1]!.trim() || lines[i - 1]!.includes('\t')) continue;
    const runs = [...lines[i]!.matchAll(/-{2,}/g)].map((m) => [m.index, m.index + m[0].length] as const);
    const gaps = runs.slice(1).map((r, k) => [runs[k]![1], r[0]] as const);
    const fits = (line: string) => gaps.every(([a, b]) => !/\S/.test(line.slice(a, b)) || line.length <= a);
    const rows: number[] = [];
    let blanks = 0;
    for (let j = i + 1; j < lines.length && blanks < 2; j++) {
      if (!lines[j]!.trim()) {
        blanks++;
        continue;
      }
      if (!fits(lines[j]!) || lines[j]!.includes('\t')) break;
      blanks = 0;
      rows.push(j);
    }
    if (rows.length < 2 || !fits(lines[i - 1]!)) continue;
    const tabbed = (line: string) => {
      let out = line;
      // (A wrapped cell's line, « ⇥ services de paie (CISP) », has empty cells first.)
      for (const [a] of gaps) if (out.length > a + 1 && /\S/.test(out.slice(a))) out = `${out.slice(0, a)}\t${out.slice(a + 1)}`;
      return out;
    };
    lines[i - 1] = tabbed(lines[i - 1]!);
    lines[i] = ' '.repeat(lines[i]!.length);
    for (const j of rows) lines[j] = tabbed(lines[j]!);
    i = rows[rows.length - 1]!;
  }
  return lines.join('\n');
}

/** A line that only underlines the title above it, and the heading level its character gives. */
const UNDERLINE = /^[ \t]*(?:(=){3,}|(-){3,}|(~){3,}|(\^){3,})[ \t]*$/;

/**
 * Titles underlined with a line of « = », « - », « ~ » or « ^ » at least half their length (setext headings,
 * reStructuredText sections), a blank line or the start above them: headings (level 1 for « = », 2 for « - », 3
 * and 4 for the others), their underlines blank lines (the clean copy keeps their characters).
 */
function underlinedHeadings(lines: Line[]): Line[] {
  const next = [...lines];
  for (let i = 0; i + 1 < lines.length; i++) {
    const title = lines[i]!;
    const under = UNDERLINE.exec(lines[i + 1]!.text);
    const length = title.text.trim().length;
    if (!under || title.kind !== 'paragraph' || length === 0 || length > 120 || (i > 0 && lines[i - 1]!.kind !== 'blank')) continue;
    if (lines[i + 1]!.text.trim().length * 2 < length) continue;
    const level = under[1] ? 1 : under[2] ? 2 : under[3] ? 3 : 4;
    next[i] = { ...title, kind: 'heading', level };
    next[i + 1] = { ...lines[i + 1]!, kind: 'blank', level: 0 };
  }
  return next;
}

/** Splits the clean copy into physical lines (after soft-break joining, a joined paragraph is one line). */
export function splitLines(clean: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  // An act's enumeration nests by its markers, not by indentation: « 1° La sous-direction X, qui comprend : » then
  // « a) Le bureau Y ; » at the same margin is one of its sub-items, a level deeper.
  let underDegree: number | null = null;
  for (const raw of clean.split('\n')) {
    const line = classifyLine(raw, start);
    if (line.kind === 'list-item') {
      const marker = /^\s*(?:«\s*)?(?:(\d{1,2}°)|([a-z][.)]))/.exec(raw);
      if (marker?.[1]) underDegree = line.level;
      else if (marker?.[2] && underDegree === line.level) line.level += 1;
      else underDegree = null;
    } else if (line.kind !== 'blank') underDegree = null;
    lines.push(line);
    start += raw.length + 1;
  }
  return lines;
}

/**
 * A gap between two cells of columns aligned with spaces: a run of two spaces or more between two characters that
 * are not spaces (a cell may hold single spaces, no-break ones included: « 41 212 », « 78 % »). The one
 * definition of a cell of such a row: alignedGaps (here), rowCells (tables.ts).
 */
export const ALIGNED_GAP = /(?<=[^ \t\n]) {2,}(?=[^ \t\n])/g;

/** The cells of a line of columns aligned with spaces: [start, end) offsets in the line. */
export function alignedCells(line: string): Array<[number, number]> {
  const cells: Array<[number, number]> = [];
  const lead = line.length - line.trimStart().length;
  const end = line.trimEnd().length;
  let from = lead;
  for (const gap of line.slice(0, end).matchAll(ALIGNED_GAP)) {
    cells.push([from, gap.index]);
    from = gap.index + gap[0].length;
  }
  if (end > from) cells.push([from, end]);
  return cells;
}

/**
 * A line of three cells or more set apart by runs of spaces (« Rivéo      comptes de préleveurs      41 212 »), not
 * prose with two spaces after its full stops (cells that end like sentences).
 */
function alignedCellsOf(line: string): Array<[number, number]> | undefined {
  if (/[\t|]/.test(line)) return undefined;
  const cells = alignedCells(line);
  if (cells.length < 3) return undefined;
  const sentences = cells.filter(([a, b]) => b - a > 12 && /[.;!?]$/.test(line.slice(a, b))).length;
  return sentences * 2 < cells.length ? cells : undefined;
}

/**
 * Columns aligned with spaces (a PDF's table turned to text): three lines or more in a row, each of three cells or
 * more set apart by the same gaps in the original (not the padding of a decoded character reference or a joined
 * word), the first one's count of cells shared by another: table rows, the first the header. Returns the clean copy
 * with each gap turned into a tab and spaces (the length kept), so that the rows read as tab-separated ones.
 */
function tabAlignedTables(clean: string, lines: readonly Line[], original: string): string {
  const cellsOf = (l: Line): Array<[number, number]> | undefined => {
    if (l.kind !== 'paragraph') return undefined;
    const cells = alignedCellsOf(original.slice(l.start, l.start + l.text.length));
    return cells && alignedCellsOf(l.text)?.length === cells.length ? cells : undefined;
  };
  let out = '';
  let from = 0;
  for (let i = 0; i < lines.length; i++) {
    const block: Array<{ line: Line; cells: Array<[number, number]> }> = [];
    for (let j = i; j < lines.length; j++) {
      const cells = cellsOf(lines[j]!);
      if (!cells) break;
      block.push({ line: lines[j]!, cells });
    }
    if (block.length >= 3 && block.slice(1).some((r) => r.cells.length === block[0]!.cells.length)) {
      for (const { line, cells } of block) {
        for (let k = 1; k < cells.length; k++) {
          const gapStart = line.start + cells[k - 1]![1];
          const gapEnd = line.start + cells[k]![0];
          out += clean.slice(from, gapStart) + '\t'.padEnd(gapEnd - gapStart, ' ');
          from = gapEnd;
        }
      }
    }
    i += Math.max(0, block.length - 1);
  }
  return out + clean.slice(from);
}

/**
 * The separators of a line of values separated by semicolons (a CSV export pasted as text): the offsets of the
 * semicolons outside double quotes (« "Cadastre ; volet 2";DGUS;2025 » has two) and character references. A quote
 * opens a quoted value only at the start of a value, as in CSV.
 */
export function semicolonSeparators(line: string): number[] {
  const at: number[] = [];
  let quoted = false;
  let valueStart = true;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"') {
        if (line[i + 1] === '"') i++;
        else quoted = false;
      }
      continue;
    }
    if (c === '"' && valueStart) quoted = true;
    // (Not the end of a character reference, « d&eacute;cret », but « R&D; » is a value and its separator.)
    else if (c === ';' && !endsReference(line.slice(Math.max(0, i - 11), i))) at.push(i);
    valueStart = c === ';' || (valueStart && c === ' ');
  }
  return at;
}

/** The text before a semicolon ends a character reference it closes (« &eacute », « &#233 », not « R&D »). */
function endsReference(before: string): boolean {
  const ref = /&#?[a-z0-9]{1,10}$/i.exec(before);
  return !!ref && decodeHTML(`${ref[0]};`) !== `${ref[0]};`;
}

/** A value that reads as prose: it opens with an article or a determiner (« le directeur général »). */
const PROSE_VALUE = /^(?:le|la|les|l'|un|une|des|du|de|d'|à|au|aux|son|sa|ses|leur|leurs|ce|cette|ces)(?:\s|(?<=')\S)/iu;

/** The [start, end) spans of a line's values between its separators' offsets (semicolonSeparators). */
export function spansBetween(seps: readonly number[], length: number): Array<[number, number]> {
  const bounds = [-1, ...seps, length];
  return bounds.slice(1).map((b, k): [number, number] => [bounds[k]! + 1, b]);
}

/** The values of a line between its separators, trimmed. */
function valuesOf(line: string, seps: readonly number[]): string[] {
  return spansBetween(seps, line.length).map(([a, b]) => line.slice(a, b).trim());
}

/** A line of three values or more separated by semicolons, not prose (values that end like sentences). */
function semicolonSeparatorsOf(line: string): number[] | undefined {
  if (/[\t|]/.test(line)) return undefined;
  const seps = semicolonSeparators(line);
  if (seps.length < 2) return undefined;
  const values = valuesOf(line, seps);
  const sentences = values.filter((v) => v.length > 40 && /\s\S+\s\S+\s/.test(v) && !/^"/.test(v)).length;
  return sentences * 2 < values.length ? seps : undefined;
}

/**
 * Values separated by semicolons (a CSV export pasted in a text): three lines or more in a row, each of three
 * values or more, the first one's count of values shared by another: table rows, the first the header. Returns
 * the clean copy with each separator turned into a tab (the length kept), so that the rows read as tab-separated
 * ones and no sentence ends at a separator.
 */
function semicolonTables(clean: string, lines: readonly Line[], original: string): string {
  // Offsets of the separators to turn into tabs (the text is rebuilt once, and only if there are any).
  const tabs: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const block: Array<{ line: Line; seps: number[] }> = [];
    for (let j = i; j < lines.length; j++) {
      const l = lines[j]!;
      // (Semicolons of the original only: the clean copy writes one for each HTML cell, read as a sentence's end.)
      const found = l.kind === 'paragraph' ? semicolonSeparatorsOf(original.slice(l.start, l.start + l.text.length)) : undefined;
      // (Semicolons the clean copy kept: not those of a tag's attributes, « style="margin:0;padding:0" ».)
      const seps = found?.every((k) => clean[l.start + k] === ';') ? found : undefined;
      if (!seps) break;
      block.push({ line: l, seps });
    }
    // (A header of short labels, none of them prose: « Projet;Ministère porteur;Direction », not « le directeur
    // général ; le secrétaire général ; » wrapped over three lines.)
    const header = block[0] ? valuesOf(original.slice(block[0].line.start, block[0].line.start + block[0].line.text.length), block[0].seps) : [];
    const labels = header.every((v) => v.length <= 40 && !PROSE_VALUE.test(v));
    if (block.length >= 3 && labels && block.slice(1).some((r) => r.seps.length === block[0]!.seps.length)) {
      for (const { line, seps } of block) for (const k of seps) tabs.push(line.start + k);
    }
    i += Math.max(0, block.length - 1);
  }
  if (!tabs.length) return clean;
  let out = '';
  let from = 0;
  for (const at of tabs) {
    out += `${clean.slice(from, at)}\t`;
    from = at + 1;
  }
  return out + clean.slice(from);
}

// Words after which a full stop does not end a sentence.
const ABBREVIATIONS = /(?:\b(?:M|Mme|Mmes|MM|Dr|Pr|art|cf|etc|ex|n|no|p|vol|St|Ste|av|env|hab|min|max|fig|éd|coll|dir)|\b[A-Z])\.$/;

/** A month written short (« janv. », « févr. », « sept. »): no sentence ends there when a year or a day follows. */
const MONTH_ABBREVIATION = new RegExp(`(?<![\\p{L}])(?:${MONTH_ABBREVIATION_ALTERNATION})\\.$`, 'iu');

/** Splits one line into sentences on . ! ? ; (not after abbreviations or inside numbers such as 1.5). */
function splitSentences(line: Line, clean: string): Sentence[] {
  const out: Sentence[] = [];
  const from = line.contentStart;
  const to = line.start + line.text.length;
  let s = from;
  for (let i = from; i < to; i++) {
    const code = clean.charCodeAt(i);
    // Not one of . ! ? ; (compared as code units: no one-character string per character).
    if (code !== 46 && code !== 33 && code !== 63 && code !== 59) continue;
    const ch = clean[i]!;
    const next = clean[i + 1];
    if (next !== undefined && i + 1 < to && !/\s/.test(next)) continue;
    if (ch === '.' && ABBREVIATIONS.test(clean.slice(Math.max(s, i - 6), i + 1))) continue;
    // (« Janv. 2023 – Création de … », « le 1er oct. 2024 »: a month's abbreviation before its year or day.)
    if (ch === '.' && MONTH_ABBREVIATION.test(clean.slice(Math.max(s, i - 6), i + 1)) && /^\s+\d/.test(clean.slice(i + 1, i + 4))) continue;
    if (ch === '.' && /^\s+[a-zà-ÿ]/.test(clean.slice(i + 1, i + 4))) continue;
    pushSentence(out, clean, s, i + 1);
    s = i + 1;
  }
  pushSentence(out, clean, s, to);
  return out;
}

function pushSentence(out: Sentence[], clean: string, start: number, end: number): void {
  while (start < end && /\s/.test(clean[start]!)) start++;
  while (end > start && /\s/.test(clean[end - 1]!)) end--;
  if (end > start) out.push({ start, end, text: clean.slice(start, end) });
}

/** Prepares a source text once for all extractors. */
export function prepareText(original: string): PreparedText {
  const copy = cleanCopy(original);
  let clean = copy.clean;
  let lines = splitLines(clean);
  // Titles underlined (« Journal des modifications ⏎ ======== », markdown's setext headings, reStructuredText's
  // sections): headings, their underlines blank lines.
  if (/\n[ \t]*(?:={3,}|-{3,}|~{3,}|\^{3,})[ \t]*(?:\n|$)/.test(clean)) lines = underlinedHeadings(lines);
  // Columns aligned with spaces (tabAlignedTables): their gaps read as the tabs of a tab-separated row.
  if (/[^ \t\n] {2,}[^ \t\n]/.test(original)) {
    const tabbed = tabAlignedTables(clean, lines, original);
    if (tabbed !== clean) {
      clean = tabbed;
      lines = splitLines(clean);
    }
  }
  // Values separated by semicolons (semicolonTables): their separators read as tabs.
  if (/;[^\n;]*;/.test(original)) {
    const tabbed = semicolonTables(clean, lines, original);
    if (tabbed !== clean) {
      clean = tabbed;
      lines = splitLines(clean);
    }
  }
  const sentences = lines.filter((l) => l.kind !== 'blank').flatMap((l) => splitSentences(l, clean));
  return { original, clean, lines, sentences, breaks: copy.breaks, decoded: copy.decoded, reader: copy.reader };
}

/** The sentence holding `pos`, or undefined (sentences are sorted and disjoint: a binary search). */
export function sentenceAt(text: PreparedText, pos: number): Sentence | undefined {
  const { sentences } = text;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** Where the line holding `pos` starts, in a text (its clean copy). */
export function lineStartAt(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

/**
 * Where the line holding `pos` starts, or `pos - reach` when it starts further back (never before the text): the
 * break searched for in the last `reach` characters only, for rules asked once per token of a line that may be very
 * long (lineStartAt would read it back whole each time).
 */
export function lineStartWithin(text: string, pos: number, reach: number): number {
  const from = Math.max(0, pos - reach);
  const at = text.slice(from, pos).lastIndexOf('\n');
  return at >= 0 ? from + at + 1 : from;
}

/** Where the line holding `pos` ends (its newline's position, or the text's end). */
export function lineEndAt(text: string, pos: number): number {
  const end = text.indexOf('\n', pos);
  return end < 0 ? text.length : end;
}

/**
 * A section's number opening a title (« 2.3. », « 2.3 », « III. – », « B) »): digits with or without a stop; a roman
 * numeral or a capital letter only with its stop, bracket or dash (« I Sous-direction » is no number).
 */
export const SECTION_NUMBER = /^(?:(\d{1,2}(?:\.\d{1,2})*)(?:[.)°]|\.?\s*-)?|([IVX]{1,5}|[A-H])(?:[.)°]|\.?\s*-))\s+/;

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };

/** A section number's scheme and value (« 2.3. » → digits [2, 3]; « IV. » → roman [4]; « B) » → letter [2]). */
export function sectionNumberOf(title: string): { scheme: 'digits' | 'roman' | 'letter'; value: number[]; length: number } | undefined {
  const m = SECTION_NUMBER.exec(title);
  if (!m) return undefined;
  if (m[1]) return { scheme: 'digits', value: m[1].split('.').map(Number), length: m[0].length };
  const mark = m[2]!;
  if (!/^[IVX]+$/.test(mark)) return { scheme: 'letter', value: [mark.charCodeAt(0) - 64], length: m[0].length };
  let value = 0;
  for (let i = 0; i < mark.length; i++) {
    const v = ROMAN[mark[i]!]!;
    value += i + 1 < mark.length && ROMAN[mark[i + 1]!]! > v ? -v : v;
  }
  return { scheme: 'roman', value: [value], length: m[0].length };
}

/** The line holding `pos`, its newline included (start ≤ pos ≤ end), or undefined: a binary search. */
export function lineAt(text: Pick<PreparedText, 'lines'>, pos: number): Line | undefined {
  return text.lines[lineIndexAt(text.lines, pos)];
}

/** The index of the line holding `pos` (start ≤ pos ≤ end), or -1: a binary search. */
export function lineIndexAt(lines: readonly Line[], pos: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const l = lines[mid]!;
    if (pos < l.start) hi = mid - 1;
    else if (pos > l.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

// Prepared texts are shared by the extractors of one document, and by the two passes of a corpus extraction
// (pass 1 reads every document, then pass 2 reads them again in the same order): memoised on the string
// itself, for the last documents read up to PREPARED_BUDGET characters in all (a preparation takes about five
// bytes per character), and at least the last 8. The budget covers a corpus extracted in one thread (worker
// threads start above 2 MB); on workers the two passes of a document rarely meet on the same thread, and a
// 16 M budget cost 500 MB of peak RSS on 100 MB for no measurable gain.
const PREPARED_BUDGET = 2_000_000;
const preparedCache = new WeakMap<object, PreparedText>();
const preparedKeys = new Map<string, object>();
let preparedChars = 0;

/** Memoised `prepareText` (the last documents): every extractor of a document reuses one preparation. */
export function prepared(original: string): PreparedText {
  let key = preparedKeys.get(original);
  if (!key) {
    key = {};
    preparedKeys.set(original, key);
    preparedChars += original.length;
    while (preparedKeys.size > 8 && preparedChars > PREPARED_BUDGET) {
      const oldest = preparedKeys.keys().next().value!;
      preparedKeys.delete(oldest);
      preparedChars -= oldest.length;
    }
  }
  let p = preparedCache.get(key);
  if (!p) {
    p = prepareText(original);
    preparedCache.set(key, p);
  }
  return p;
}

/** Drops the memoised preparations (the end of a corpus extraction: the texts are not read again). */
export function forgetPreparedTexts(): void {
  preparedKeys.clear();
  preparedChars = 0;
}

/** Lowercase, accents stripped, typographic variants unified: for comparing names, never for quotes. */
export function foldForMatch(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(APOSTROPHES, "'")
    .replace(SPACE_LIKE, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Trims spaces and the given punctuation from both ends of [start, end) in `clean`; returns the new span. */
export function trimSpan(clean: string, start: number, end: number, chars = ' \n,;:.'): [number, number] {
  while (start < end && chars.includes(clean[start]!)) start++;
  while (end > start && chars.includes(clean[end - 1]!)) end--;
  return [start, end];
}

/** The code point that ends at `i` (one or two UTF-16 units; empty at 0). */
export function codePointBefore(s: string, i: number): string {
  if (i <= 0) return '';
  const low = s.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = s.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return s.slice(i - 2, i);
  }
  return s.slice(i - 1, i);
}

const WORD_CHAR = /^[\p{L}\p{N}_]$/u;

/** Does a letter, digit or underscore end at `i` (what the lookbehind `(?<![\p{L}\p{N}_])` rejects)? */
export function wordCharBefore(s: string, i: number): boolean {
  const c = i > 0 ? s.charCodeAt(i - 1) : -1;
  // ASCII (most of the time): letters, digits and « _ » are the ASCII members of the class.
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
  return WORD_CHAR.test(codePointBefore(s, i));
}

const LETTER = /^\p{L}$/u;

/** Does a letter end at `i` (what the lookbehind `(?<![\p{L}])` rejects)? */
export function letterBefore(s: string, i: number): boolean {
  const c = i > 0 ? s.charCodeAt(i - 1) : -1;
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(codePointBefore(s, i));
}

/** `re.exec(s)` for a global regex whose leading lookbehind `startOk` checks by hand (see execAfterBoundary). */
export function execWhere(re: RegExp, s: string, startOk: (s: string, index: number) => boolean): RegExpExecArray | null {
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (startOk(s, m.index)) return m;
    re.lastIndex = m.index + (s.codePointAt(m.index)! > 0xffff ? 2 : 1);
  }
  return null;
}

/**
 * `re.exec(s)` for the global regex `(?<![\p{L}\p{N}_])` + `re`, from `re.lastIndex`, with the lookbehind
 * checked by hand on each candidate (and `alsoOk` when given). Same matches (a zero-width assertion before the
 * body only filters where a match may start), but V8 can scan for the body's first characters instead of
 * evaluating a Unicode lookbehind at every position: several times faster on whole documents.
 */
export function execAfterBoundary(re: RegExp, s: string, alsoOk?: (s: string, index: number) => boolean): RegExpExecArray | null {
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (!wordCharBefore(s, m.index) && (!alsoOk || alsoOk(s, m.index))) return m;
    re.lastIndex = m.index + (s.codePointAt(m.index)! > 0xffff ? 2 : 1);
  }
  return null;
}
