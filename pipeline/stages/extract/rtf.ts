/**
 * RTF (what a word processor saves a note or a letter as) read as the page it shows: control words, font and colour
 * tables, document properties and pictures dropped; « \'e9 » and « \u8217? » read as their characters; a
 * paragraph's or a table row's end as a line's end, a cell's end as a tab; a hyperlink as its address and its text.
 */
import { windows1252Char } from './code-pages.ts';
import { decodeByLine } from './decoded-line.ts';
import type { HyphenBreak } from './text.ts';

/** Whether a text is an RTF document: « {\rtf1 » opens it. */
export function isRtf(text: string): boolean {
  return /^\uFEFF?\s*\{\\rtf\d/.test(text);
}

/** Destinations whose text is not the document's (« {\fonttbl … } », « {\info … } »); « {\* … } » ones are skipped too. */
const SKIPPED_DESTINATIONS = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'object', 'listtable', 'listoverridetable', 'rsidtbl', 'generator',
  'xmlnstbl', 'themedata', 'colorschememapping', 'latentstyles', 'datastore', 'filetbl', 'revtbl', 'header', 'footer',
  'headerl', 'headerr', 'headerf', 'footerl', 'footerr', 'footerf', 'footnote', 'annotation', 'bkmkstart', 'bkmkend',
  'fldinst', 'nonshppict', 'shppict', 'operator', 'title', 'author', 'company', 'comment', 'keywords', 'subject',
  // (A list item's number or bullet as Word and TextEdit repeat it for older readers.)
  'listtext', 'pntext', 'pntxta', 'pntxtb',
]);

/** A field's hyperlink (« \*\fldinst {HYPERLINK "https://…"} », formatting words before it allowed): its address. */
const FIELD_LINK = /^(?:\\\*)?\\fldinst\s*(?:\{\s*)?(?:\\[a-zA-Z]+-?\d* ?\s*)*HYPERLINK\s+"([^"\s]+)"/;

/** Control words that stand for a character. */
const SYMBOLS: Record<string, string> = {
  tab: '\t', cell: '\t', emdash: '—', endash: '–', emspace: ' ', enspace: ' ', qmspace: ' ', bullet: '•',
  lquote: '‘', rquote: '’', ldblquote: '“', rdblquote: '”',
};

/** Control words that end a line of the page (a paragraph, a line break, a table row). */
const LINE_ENDS = new Set(['par', 'line', 'row', 'sect', 'page']);

/** The characters of the document's single-byte code page (« \ansicpg1252 »), for « \'hh ». */
function codePage(text: string): string[] {
  const page = /\\ansicpg(\d+)/.exec(text.slice(0, 2000))?.[1] ?? '1252';
  if (page !== '1252') {
    try {
      const decoder = new TextDecoder(`windows-${page}`);
      return Array.from({ length: 256 }, (_, byte) => decoder.decode(Uint8Array.of(byte)));
    } catch {
      // (A code page Node does not know: read as Windows-1252, the default.)
    }
  }
  return Array.from({ length: 256 }, (_, byte) => windows1252Char(byte));
}

/**
 * The RTF document read line by line (a line keeps its place, its text shifted over what it drops: DecodedLine). A
 * paragraph's end is dropped when the source line ends with it, and read as a line's end when the paragraph goes on
 * on the same source line.
 */
export function readRtf(original: string): { text: string; breaks: HyphenBreak[] } {
  const chars = codePage(original);
  // Per open group: whether its text is skipped; « \ucN » (how many fallback characters follow a « \u »).
  const groups: Array<{ skip: boolean; uc: number }> = [{ skip: false, uc: 1 }];
  const top = () => groups[groups.length - 1]!;
  return decodeByLine(original, (line, lineStart, end) => {
    const lineEnd = original[end - 1] === '\r' ? end - 1 : end;
    // Where the line's last shown text ends (not a control word, a brace or a space): a paragraph's end before it
    // goes on on this line. (Found once: a document written on one line has thousands of « \par ».)
    let lastContent = lineStart;
    for (const t of original.slice(lineStart, lineEnd).matchAll(/\\[a-zA-Z]+-?\d* ?|[{}\s]+|\\.|[^\\{}\s]+/g)) {
      if (!/^(?:\\[a-zA-Z]|[{}\s])/.test(t[0])) lastContent = lineStart + t.index + t[0].length;
    }
    // Fallback characters still to skip after a « \uN ».
    let fallback = 0;
    let p = lineStart;
    // The shown line's first characters (a list's bullet?), kept aside: asking the line's text would flatten it.
    let head = '';
    /** Emits `text` for [from, to) unless the group is skipped or the character is a « \u »'s fallback. */
    const put = (text: string, from: number, to: number) => {
      if (!top().skip && fallback === 0 && head.length < 8) head += text;
      if (top().skip) line.drop(from, to);
      else if (fallback > 0) {
        // (The rest of the « \u » character just read: a quote that ends with it ends after its fallback.)
        fallback--;
        line.drop(from, to, true);
      } else line.emit(text, from, to);
    };
    while (p < lineEnd) {
      const c = original[p]!;
      if (c === '{') {
        groups.push({ ...top() });
        line.drop(p, p + 1);
        p++;
        // « {\* … } »: an ignorable destination (its reader may not know it). « {\fonttbl … } »: not the page.
        const dest = /^\\(\*\\)?([a-z]+)/.exec(original.slice(p, p + 40));
        if (dest && (dest[1] || SKIPPED_DESTINATIONS.has(dest[2]!))) {
          // A hyperlink's address (« {\*\fldinst {HYPERLINK "https://…"}} ») is read; the rest of the field code is not.
          // (Word writes formatting before it: « {\*\fldinst {\rtlch\fcs1 \insrsid1  HYPERLINK "…" }} ».)
          const link = dest[2] === 'fldinst' ? FIELD_LINK.exec(original.slice(p, Math.min(lineEnd, p + 2000))) : null;
          top().skip = true;
          if (link && groups.length > 1 && !groups[groups.length - 2]!.skip) {
            const at = p + link[0].length - link[1]!.length - 1;
            // (The braces the address is inside are groups: they close later.)
            for (const _ of original.slice(p, at).matchAll(/\{/g)) groups.push({ ...top() });
            line.drop(p, at);
            // (An address the link also shows, « {\fldrslt https://…} », « mailto:x@y » shown as « x@y », is read there.)
            const shown = link[1]!.replace(/^mailto:/i, '');
            if (!original.slice(at + link[1]!.length, Math.min(lineEnd, at + link[1]!.length + 400)).includes(shown)) {
              for (let k = at; k < at + link[1]!.length; k++) line.emit(original[k]!, k, k + 1);
              line.emit(' ', at + link[1]!.length, at + link[1]!.length + 1);
            } else line.drop(at, at + link[1]!.length + 1);
            p = at + link[1]!.length + 1;
          }
        }
      } else if (c === '}') {
        if (groups.length > 1) groups.pop();
        line.drop(p, p + 1);
        p++;
      } else if (c !== '\\') {
        put(c, p, p + 1);
        p++;
      } else {
        const next = original[p + 1] ?? '';
        if (next === "'" && /^[0-9a-fA-F]{2}$/.test(original.slice(p + 2, p + 4))) {
          put(chars[parseInt(original.slice(p + 2, p + 4), 16)]!, p, p + 4);
          p += 4;
        } else if (next === '\\' || next === '{' || next === '}') {
          put(next, p, p + 2);
          p += 2;
        } else if (next === '~') {
          put(' ', p, p + 2);
          p += 2;
        } else if (next === '_') {
          put('-', p, p + 2);
          p += 2;
        } else if (!/[a-zA-Z]/.test(next)) {
          // « \- » (an optional hyphen), « \* » outside a group's opening, an escaped line break: nothing shown.
          line.drop(p, Math.min(lineEnd, p + 2));
          p += 2;
        } else {
          const word = /^([a-zA-Z]{1,32})(-?\d{1,10})? ?/.exec(original.slice(p + 1, p + 46))!;
          const name = word[1]!;
          const to = p + 1 + word[0].length;
          const arg = word[2] === undefined ? undefined : Number(word[2]);
          if (name === 'u' && arg !== undefined) {
            // « \u8217? »: the character (negative for code points above 32767), then its fallback skipped.
            const skip = top().skip;
            if (skip) line.drop(p, to);
            else line.emit(String.fromCharCode(arg < 0 ? arg + 65536 : arg), p, to);
            fallback = skip ? 0 : top().uc;
          } else if (name === 'uc' && arg !== undefined) {
            top().uc = arg;
            line.drop(p, to);
          } else if (name === 'tab' && head.length < 8 && /^[ \t]*(?:[-–•·*]|\d{1,2}[.)°])[ \t]*$/u.test(head)) {
            // (« -\tla mission … »: the tab after a list's bullet indents the item; the line stays a list item.)
            put(' ', p, to);
          } else if (Object.hasOwn(SYMBOLS, name)) {
            put(SYMBOLS[name]!, p, to);
          } else if (LINE_ENDS.has(name) && !top().skip && lastContent > to) {
            // A paragraph that goes on on the same source line: a line's end.
            line.emit('\n', p, to);
            head = '';
          } else line.drop(p, to);
          p = to;
        }
      }
    }
    if (lineEnd < end) line.drop(lineEnd, end);
  });
}
