/**
 * Emacs Org-mode files (a team's project notes): read as the outline they are. Headlines as markdown headings, their
 * TODO keywords, priorities and tags dropped; « #+TITLE: » kept as prose, the other « #+KEY: » settings, drawers
 * (« :PROPERTIES: … :END: ») and source blocks dropped; timestamps (« <2025-03-12 mer.> ») read as their ISO day;
 * links (« [[url][texte]] ») as their address and text. A headline's planning line (« SCHEDULED: <…> », « DEADLINE:
 * <…> ») dates the headline: `orgPlanning` gives those dates to the events extractor, and the clean copy drops the line.
 *
 * Pure, same length (every change replaces characters one for one).
 */

/** Whether a text is an Org-mode file: « #+TITLE: »-like settings, or drawers, planning lines or Org timestamps under headlines. */
export function isOrgMode(text: string): boolean {
  if (/^#\+(?:TITLE|STARTUP|OPTIONS|TODO|SEQ_TODO|FILETAGS):/im.test(text)) return true;
  if (!/^\*+[ \t]+\S/m.test(text)) return false;
  return /^[ \t]*:PROPERTIES:[ \t]*$/m.test(text) || PLANNING_LINE.test(text);
}

/** A headline's planning line: « SCHEDULED: <2025-04-14 lun.> DEADLINE: <2025-06-30 lun.> ». */
const PLANNING_LINE = /^[ \t]*(?:(?:SCHEDULED|DEADLINE|CLOSED):[ \t]*[<[]\d{4}-\d\d-\d\d[^>\]\n]*[>\]][ \t]*)+$/m;
const PLANNING_LINES = new RegExp(PLANNING_LINE.source, 'gm');

/** Settings whose value is read (a title, a description, the author and their address); the other « #+KEY: » lines are not. */
const PROSE_SETTINGS = /^(?:TITLE|SUBTITLE|DESCRIPTION|CAPTION|AUTHOR|EMAIL)$/i;

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/** The TODO keywords a file declares (« #+TODO: TODO EN-COURS | DONE »), with Org's own. */
function todoKeywords(text: string): Set<string> {
  const words = new Set(['TODO', 'DONE']);
  for (const m of text.matchAll(/^#\+(?:SEQ_|TYP_)?TODO:[ \t]*(.*)$/gim)) {
    for (const w of m[1]!.split(/\s+/)) if (w && w !== '|') words.add(w.replace(/\(.*\)$/, ''));
  }
  return words;
}

/** A headline: its stars, then an optional keyword, priority, the title, tags. */
const HEADLINE = /^(\*+)([ \t]+)(\S+[ \t]+)?(\[#[A-Z0-9]\][ \t]+)?(.*?)([ \t]+:[\p{L}\p{N}_@#%:]+:)?[ \t]*$/u;

interface Headline {
  stars: string;
  keyword: string;
  priority: string;
  title: string;
  /** Offset of the title in the line. */
  titleAt: number;
  tags: string;
}

function headline(line: string, keywords: ReadonlySet<string>): Headline | undefined {
  const m = HEADLINE.exec(line);
  if (!m) return undefined;
  const [, stars = '', space = '', word = '', priority = '', rest = '', tags = ''] = m;
  const keyword = keywords.has(word.trim()) ? word : '';
  const title = keyword ? rest : `${word}${rest}`;
  return { stars, keyword, priority, title, titleAt: stars.length + space.length + keyword.length + priority.length, tags };
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
      if (/^[ \t]*:END:[ \t]*$/i.test(line)) inDrawer = false;
      return blank(line);
    }
    if (/^[ \t]*:[A-Z_]+:[ \t]*$/.test(line)) {
      inDrawer = !/^[ \t]*:END:/i.test(line);
      return blank(line);
    }
    const setting = /^([ \t]*#\+([A-Za-z_]+):)(.*)$/.exec(line);
    if (setting) return PROSE_SETTINGS.test(setting[2]!) ? blank(setting[1]!) + setting[3] : blank(line);
    if (/^#(?:[ \t]|$)/.test(line)) return blank(line);
    PLANNING_LINES.lastIndex = 0;
    if (PLANNING_LINES.test(line)) return blank(line);
    const h = /^\*+[ \t]/.test(line) ? headline(line, keywords) : undefined;
    if (h) {
      const level = '#'.repeat(Math.min(6, h.stars.length)).padEnd(h.stars.length, ' ');
      return `${level}${line.slice(h.stars.length, h.titleAt - h.keyword.length - h.priority.length)}${blank(h.keyword + h.priority)}${h.title}${blank(h.tags)}${line.slice(h.titleAt + h.title.length + h.tags.length)}`;
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
  keyword: 'SCHEDULED' | 'DEADLINE' | 'CLOSED';
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
    const h = headline(text.slice(previousStart, previousEnd), keywords);
    if (!h || !/^\*+[ \t]/.test(text.slice(previousStart, previousEnd))) continue;
    for (const p of m[0].matchAll(/(SCHEDULED|DEADLINE|CLOSED):[ \t]*[<[](\d{4}-\d\d-\d\d)/g)) {
      const dayAt = lineStart + p.index + p[0].length - 10;
      out.push({ keyword: p[1] as OrgPlannedDate['keyword'], day: p[2]!, start: dayAt, end: dayAt + 10, title: h.title.trim() });
    }
  }
  return out;
}
