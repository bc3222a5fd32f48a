/**
 * Emacs Org-mode files (a team's project notes): read as the outline they are. Headlines as markdown headings, their
 * TODO keywords, priorities and tags dropped; « #+TITLE: » kept as prose, the other « #+KEY: » settings, drawers
 * (« :PROPERTIES: … :END: ») and source blocks dropped; timestamps (« <2025-03-12 mer.> ») read as their ISO day;
 * links (« [[url][texte]] ») as their address and text. A headline's planning line (« SCHEDULED: <…> », « DEADLINE:
 * <…> ») dates the headline: `orgPlanning` gives those dates to the events extractor, and the clean copy drops the line.
 *
 * Pure, same length (every change replaces characters one for one).
 */

/** Whether a text is an Org-mode file: « #+TITLE: »-like settings, or headlines with drawers or planning lines. */
export function isOrgMode(text: string): boolean {
  if (/^#\+(?:TITLE|STARTUP|OPTIONS|TODO|SEQ_TODO|FILETAGS):/im.test(text)) return true;
  if (!/^\*+[ \t]+\S/m.test(text)) return false;
  return /^[ \t]*:PROPERTIES:[ \t]*\r?$/m.test(text) || PLANNING_LINE.test(text);
}

/** A headline's planning line: « SCHEDULED: <2025-04-14 lun.> DEADLINE: <2025-06-30 lun.> ». */
const PLANNING_LINE = /^[ \t]*(?:(?:SCHEDULED|DEADLINE|CLOSED):[ \t]*[<[]\d{4}-\d\d-\d\d[^>\]\n]*[>\]](?:--[<[]\d{4}-\d\d-\d\d[^>\]\n]*[>\]])?[ \t]*)+\r?$/m;
const PLANNING_LINES = new RegExp(PLANNING_LINE.source, 'gm');

/** Settings whose value is read (a title, a description, the author and their address); the other « #+KEY: » lines are not. */
const PROSE_SETTINGS = /^(?:TITLE|SUBTITLE|DESCRIPTION|CAPTION|AUTHOR|EMAIL)$/i;

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/** The TODO keywords a file declares (« #+TODO: TODO EN-COURS | DONE »), with Org's own. */
function todoKeywords(text: string): Set<string> {
  const words = new Set(['TODO', 'DONE']);
  for (const m of text.matchAll(/^#\+(?:SEQ_|TYP_)?TODO:[ \t]*([^\r\n]*)/gim)) {
    for (const w of m[1]!.split(/\s+/)) if (w && w !== '|') words.add(w.replace(/\(.*\)$/, ''));
  }
  return words;
}

interface Headline {
  stars: string;
  /** Offsets in the line: the keyword (with its space), the priority cookie (with its space), the title, the tags. */
  keyword: [number, number];
  priority: [number, number];
  title: [number, number];
  tags: [number, number];
}

/** A headline (« ** TODO [#A] Titre   :tag: »), read by position: a keyword only when the file declares it, a priority only right after the stars or the keyword. */
function headline(line: string, keywords: ReadonlySet<string>): Headline | undefined {
  const stars = /^\*+/.exec(line)?.[0] ?? '';
  let at = stars.length;
  const space = /^[ \t]+/.exec(line.slice(at))?.[0];
  if (!stars || !space) return undefined;
  at += space.length;
  // (A headline with no title, « * » and spaces, ends where its title would start, not before it.)
  const end = Math.max(at, line.replace(/[ \t\r]+$/, '').length);
  const word = /^(\S+)([ \t]+|$)/.exec(line.slice(at, end));
  const keyword: [number, number] = word && keywords.has(word[1]!) ? [at, at + word[0].length] : [at, at];
  at = keyword[1];
  const cookie = /^\[#[A-Z0-9]\](?:[ \t]+|$)/.exec(line.slice(at, end));
  const priority: [number, number] = cookie ? [at, at + cookie[0].length] : [at, at];
  at = priority[1];
  const tagged = /(?:^|[ \t]+):[\p{L}\p{N}_@#%:]+:$/u.exec(line.slice(at, end));
  const tags: [number, number] = tagged ? [at + tagged.index, end] : [end, end];
  return { stars, keyword, priority, title: [at, tags[0]], tags };
}

/** The clean copy of an Org-mode file (same length). */
export function readOrgMode(t: string): string {
  const keywords = todoKeywords(t);
  let inDrawer = false;
  let inBlock = false;
  const lines = t.split('\n').map((line) => {
    if (inBlock) {
      if (/^[ \t]*#\+END_/i.test(line)) inBlock = false;
      return blank(line);
    }
    if (/^[ \t]*#\+BEGIN_(?:SRC|EXAMPLE|EXPORT|COMMENT)\b/i.test(line)) {
      inBlock = true;
      return blank(line);
    }
    if (inDrawer) {
      if (/^[ \t]*:END:[ \t]*\r?$/i.test(line)) inDrawer = false;
      return blank(line);
    }
    if (/^[ \t]*:[A-Z_]+:[ \t]*\r?$/.test(line)) {
      inDrawer = !/^[ \t]*:END:/i.test(line);
      return blank(line);
    }
    const setting = /^([ \t]*#\+([A-Za-z_]+):)([^\r]*)(\r?)$/.exec(line);
    if (setting) return PROSE_SETTINGS.test(setting[2]!) ? blank(setting[1]!) + setting[3] + setting[4] : blank(line);
    if (/^#(?:[ \t]|$)/.test(line)) return blank(line);
    PLANNING_LINES.lastIndex = 0;
    if (PLANNING_LINES.test(line)) return blank(line);
    const h = /^\*+[ \t]/.test(line) ? headline(line, keywords) : undefined;
    if (h) {
      const level = '#'.repeat(Math.min(6, h.stars.length)).padEnd(h.stars.length, ' ');
      const cut = (from: number, to: number) => line.slice(from, to);
      const read = `${level}${cut(h.stars.length, h.keyword[0])}${blank(cut(h.keyword[0], h.priority[1]))}${cut(h.title[0], h.title[1])}${blank(cut(h.tags[0], h.tags[1]))}${cut(h.tags[1], line.length)}`;
      // Every offset of the file depends on this line keeping its length: a headline misread is left as written.
      return read.length === line.length ? read : line;
    }
    return line;
  });
  return (
    lines
      .join('\n')
      // « <2025-03-12 mer.> », « [2025-03-12 mer. 10:00] », « <2025-03-12 mer. 14:00-16:00> »: the day.
      .replace(/[<[](\d{4}-\d\d-\d\d)([ \t][^>\]\n]{0,40})?[>\]]/g, (m, day: string) => ` ${day}${' '.repeat(m.length - day.length - 1)}`)
      // « [[url][texte]] », « [[url]] »: the address and the text.
      .replace(/\[\[([^\][\n]+)\](?:\[([^\]\n]*)\])?\]/g, (m, target: string, text?: string) => (text === undefined ? `  ${target}  ` : `  ${target}  ${text}  `))
  );
}

/** A date a headline's planning line gives it: its keyword, its day, where the day is written, and the headline's title. */
export interface OrgPlannedDate {
  keyword: 'SCHEDULED' | 'DEADLINE';
  day: string;
  start: number;
  end: number;
  title: string;
}

/** The planning lines' dates, each with the title of the headline right above it. */
export function orgPlanning(text: string): OrgPlannedDate[] {
  const out: OrgPlannedDate[] = [];
  const keywords = todoKeywords(text);
  PLANNING_LINES.lastIndex = 0;
  for (const m of text.matchAll(PLANNING_LINES)) {
    const lineStart = m.index;
    const previousEnd = lineStart - 1;
    if (previousEnd < 0) continue;
    const previousStart = text.lastIndexOf('\n', previousEnd - 1) + 1;
    const above = text.slice(previousStart, previousEnd);
    const h = /^\*+[ \t]/.test(above) ? headline(above, keywords) : undefined;
    if (!h) continue;
    // (« CLOSED: » is when the task was ticked off, a bookkeeping stamp: the scheduled day and the deadline date it.)
    for (const p of m[0].matchAll(/(SCHEDULED|DEADLINE):[ \t]*[<[](\d{4}-\d\d-\d\d)/g)) {
      const dayAt = lineStart + p.index + p[0].length - 10;
      out.push({ keyword: p[1] as OrgPlannedDate['keyword'], day: p[2]!, start: dayAt, end: dayAt + 10, title: above.slice(h.title[0], h.title[1]).trim() });
    }
  }
  return out;
}
