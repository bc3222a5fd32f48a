/**
 * The date a mention without its year (« le 13 mars », « en octobre ») or « ce jour » is read against, at a point of
 * a document: the document's own date; in an RSS or Atom feed, the publication date of the item the point is in (each
 * item is a page of its own, published on its own day); in a thread (a forge's issue, a forum), the day of the post;
 * in a chronology by years (« ## 2017 » then its items), the year of the section; in a yearly report (« Rapport
 * d'activité 2025 »), the year its title names; in an undated chronicle of one year, the last month written with its
 * year before the point.
 */
import type { SourceDocument } from '../../types/domain.ts';
import { monthOf } from './dates.ts';
import { MONTH_ALTERNATION } from './lexicon.ts';

const MONTH_NUMBERS: Record<string, string> = { jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06', jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12' };

/** A feed's item (RSS) or entry (Atom). */
const FEED_ITEM = /<(item|entry)\b[^>]*>([\s\S]*?)<\/\1>/g;

/** Its publication date: RFC 822 (« Tue, 14 Mar 2023 09:30:00 +0100 ») or ISO 8601 (« 2023-03-14T09:30:00Z »). */
const ITEM_DATE = /<(?:pubDate|published|updated|dc:date)\b[^>]*>\s*(?:(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})|(\d{4})-(\d{2})-(\d{2}))/;

interface DatedSpan {
  start: number;
  end: number;
  date: string;
}

const spansOf = new WeakMap<SourceDocument, DatedSpan[]>();

/** The items of a feed with their dates, in order (none for a document that is not a feed). */
function feedItems(doc: SourceDocument): DatedSpan[] {
  let spans = spansOf.get(doc);
  if (spans) return spans;
  spans = [];
  if (/<(?:rss|feed)\b/.test(doc.text)) {
    for (const m of doc.text.matchAll(FEED_ITEM)) {
      const d = ITEM_DATE.exec(m[2]!);
      const month = d?.[2] ? MONTH_NUMBERS[d[2].toLowerCase()] : d?.[5];
      const date = d && month ? (d[1] ? `${d[3]}-${month}-${d[1].padStart(2, '0')}` : `${d[4]}-${month}-${d[6]}`) : undefined;
      if (date) spans.push({ start: m.index, end: m.index + m[0].length, date });
    }
  }
  spansOf.set(doc, spans);
  return spans;
}

const FRENCH_MONTHS: Record<string, string> = { janvier: '01', février: '02', mars: '03', avril: '04', mai: '05', juin: '06', juillet: '07', août: '08', septembre: '09', octobre: '10', novembre: '11', décembre: '12' };

/**
 * A post's header in a thread (a forge's issue, a forum): « **@k-vidal** a commenté le 22 avril 2025 », « @x commented on
 * Apr 22, 2025 », « Le 3 mars 2025, Marie Roux a écrit : ».
 */
const POST_HEADER =
  /^[ \t>]*(?:(?:\*\*)?@?[\p{L}\d._-]+(?:\*\*)?(?:[ \t]+\p{Lu}[\p{L}-]+)?[ \t]+(?:a[ \t]+commenté|a[ \t]+répondu|a[ \t]+écrit|commented|replied|wrote)[ \t]+(?:le|on)[ \t]+(?:(\d{1,2}|1er)[ \t]+(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)[ \t]+(\d{4})|([A-Z][a-z]{2})[a-z]*\.?[ \t]+(\d{1,2}),?[ \t]+(\d{4}))|Le[ \t]+(\d{1,2}|1er)[ \t]+(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)[ \t]+(\d{4})[^\n]{0,60}?a[ \t]+écrit[ \t]*:)/gimu;

const postsOf = new WeakMap<SourceDocument, DatedSpan[]>();

/** The posts of a thread with their days, in order (none for a text that is no thread). */
function threadPosts(doc: SourceDocument): DatedSpan[] {
  let spans = postsOf.get(doc);
  if (spans) return spans;
  spans = [];
  if (/a\s+commenté|commented|a\s+répondu|a\s+écrit|wrote|replied/i.test(doc.text)) {
    const heads = [...doc.text.matchAll(POST_HEADER)];
    heads.forEach((m, i) => {
      const [day, month, year] = m[1] ? [m[1], FRENCH_MONTHS[m[2]!.toLowerCase()], m[3]] : m[4] ? [m[5], MONTH_NUMBERS[m[4].toLowerCase()], m[6]] : [m[7], FRENCH_MONTHS[m[8]!.toLowerCase()], m[9]];
      if (!month || !day || !year) return;
      spans!.push({ start: m.index, end: heads[i + 1]?.index ?? doc.text.length, date: `${year}-${month}-${(day === '1er' ? '1' : day).padStart(2, '0')}` });
    });
  }
  postsOf.set(doc, spans);
  return spans;
}

/** A heading that is a year alone: « ## 2017 », « == 2017 == », « <h2>2017</h2> », « ### Année 2017 ». */
const YEAR_HEADING = /^[ \t]*(?:(#{1,6})[ \t]+|(={2,6})[ \t]*|<h([1-6])\b[^>]*>[ \t]*)(?:Année[ \t]+)?((?:19|20)\d{2})[ \t]*(?:={2,6}|<\/h[1-6]>)?[ \t]*$/gimu;
/** A markdown heading, which ends the section of a year heading of its level or a deeper one. */
const MARKDOWN_HEADING = /^[ \t]{0,3}(#{1,6})[ \t]+/gm;

const sectionsOf = new WeakMap<SourceDocument, DatedSpan[]>();

/**
 * The sections of a chronology by years (two year headings or more): each from its heading to the next heading of its
 * level or above, dated by its year. None for a text that is no such chronology.
 */
function yearSections(doc: SourceDocument): DatedSpan[] {
  let spans = sectionsOf.get(doc);
  if (spans) return spans;
  spans = [];
  const heads = /(?:^|\n)[ \t]*(?:#{1,6}|={2,6}|<h[1-6])[^\n]{0,20}(?:19|20)\d{2}/.test(doc.text) ? [...doc.text.matchAll(YEAR_HEADING)] : [];
  if (heads.length >= 2) {
    const levelOf = (m: RegExpMatchArray) => (m[1] ?? m[2] ?? '').length || Number(m[3] ?? 6);
    const others = [...doc.text.matchAll(MARKDOWN_HEADING)].map((m) => ({ at: m.index, level: m[1]!.length }));
    heads.forEach((m, i) => {
      const level = levelOf(m);
      const nextHead = heads[i + 1]?.index ?? doc.text.length;
      const closing = others.find((o) => o.at > m.index && o.at < nextHead && o.level <= level);
      spans!.push({ start: m.index, end: closing ? closing.at : nextHead, date: m[4]! });
    });
  }
  sectionsOf.set(doc, spans);
  return spans;
}

/** A month and its year written out (« janvier 2025 », « 10 mars 2025 », « déc. 2023 ») or in digits (« 03/2025 », « 12/03/2025 »). */
const MONTH_AND_YEAR = new RegExp(String.raw`(?<![\p{L}])(${MONTH_ALTERNATION})\s+((?:19|20)\d{2})(?![\p{N}])|(?<![\p{N}/.])(?:\d{1,2}[/.])?(0?[1-9]|1[0-2])[/.]((?:19|20)\d{2})(?![\p{N}])`, 'giu');

const writtenOf = new WeakMap<SourceDocument, Array<{ at: number; date: string }>>();

/** Every month a text writes with its year (« janvier 2025 », « 03/2025 »), in order. */
function monthsWithYear(doc: SourceDocument): Array<{ at: number; date: string }> {
  let found = writtenOf.get(doc);
  if (found) return found;
  found = [];
  for (const m of doc.text.matchAll(MONTH_AND_YEAR)) {
    const month = m[1] ? monthOf(m[1]) : Number(m[3]);
    if (month) found.push({ at: m.index, date: `${m[2] ?? m[4]}-${String(month).padStart(2, '0')}` });
  }
  writtenOf.set(doc, found);
  return found;
}

const chronicleOf = new WeakMap<SourceDocument, Array<{ at: number; date: string }>>();

/**
 * The months a text writes with their year, when it writes two or more and all of one year (a chronicle of that
 * year); else none: a text that moves between years gives no year to the dates it leaves without one.
 */
function chronicleMonths(doc: SourceDocument): Array<{ at: number; date: string }> {
  let months = chronicleOf.get(doc);
  if (months) return months;
  const found = monthsWithYear(doc);
  months = found.length >= 2 && found.every((f) => f.date.slice(0, 4) === found[0]!.date.slice(0, 4)) ? found : [];
  chronicleOf.set(doc, months);
  return months;
}

/** The last of `months` written before `at`, or null. */
function lastBefore(months: ReadonlyArray<{ at: number; date: string }>, at: number, keep: (date: string) => boolean = () => true): string | null {
  let last: string | null = null;
  for (let k = 0; k < months.length && months[k]!.at < at; k++) if (keep(months[k]!.date)) last = months[k]!.date;
  return last;
}

/**
 * A yearly report's title and its year, right after the words that say what it is: « Rapport d'activité 2025 »,
 * « Rapport annuel – 2024 », « Bilan 2023 de la stratégie », « Faits marquants 2025 » (not « Bilan de la loi de 2016 »,
 * « Bilan à mi-parcours du plan 2022 », nor a period, « Bilan 2023-2026 »).
 */
const YEARLY_REPORT_YEAR = /(?<![\p{L}])(?:rapports?\s+(?:d['’]activité|annuel)|bilan(?:\s+(?:d['’]activité|annuel))?|faits\s+marquants(?:\s+de\s+l['’]année)?|rétrospective|revue\s+annuelle)\s*(?:[-–—:]\s*)?((?:19|20)\d{2})(?![\p{N}])(?!\s*[-–/]\s*\d)/iu;

const reportYears = new WeakMap<SourceDocument, string | null>();

/**
 * The year a yearly report is about, from its title (the manifest's, the front matter's, its first heading; a plain
 * text's first line).
 */
function reportYear(doc: SourceDocument): string | null {
  let year = reportYears.get(doc);
  if (year !== undefined) return year;
  const title = doc.title || (/^\s*([^\n]{1,200})/.exec(doc.text)?.[1] ?? '');
  year = YEARLY_REPORT_YEAR.exec(title)?.[1] ?? null;
  reportYears.set(doc, year);
  return year;
}

/**
 * The date a mention without its year is read against at `at`: a feed item's or a post's day; in a yearly report not
 * published within the year it reports on, that year, or the last month written before that point with that year or a
 * later one (« En janvier 2025, … ⏎ Le 11 février, … » in a report on 2024); else the document's date; in an undated
 * chronicle of one year, the last month written with its year before that point (it goes on in the year it opened
 * with), else none.
 */
export function referenceDateAt(doc: SourceDocument, at: number): string | null {
  const inSpan = (s: DatedSpan) => s.start <= at && at < s.end;
  const own = feedItems(doc).find(inSpan)?.date ?? threadPosts(doc).find(inSpan)?.date ?? yearSections(doc).find(inSpan)?.date;
  if (own) return own;
  // (A report published within the year it reports on: its own date places days and « le mois dernier » alike.)
  const report = reportYear(doc);
  if (report && !doc.date?.startsWith(report)) {
    const month = lastBefore(monthsWithYear(doc), at, (date) => date.slice(0, 4) >= report);
    return month ? `${month}>` : report;
  }
  if (doc.date) return doc.date;
  const last = lastBefore(chronicleMonths(doc), at);
  // (Marked as a chronicle's point: a month before it, written without its year, is not placed in its year.)
  return last && `${last}>`;
}
