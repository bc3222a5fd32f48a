/**
 * The date a mention without its year (« le 13 mars », « en octobre ») is read against, at a point of a document:
 * the document's own date; in an RSS or Atom feed, the publication date of the item the point is in (each item is
 * a page of its own, published on its own day).
 */
import type { SourceDocument } from '../../types/domain.ts';

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

export function referenceDateAt(doc: SourceDocument, at: number): string | null {
  return feedItems(doc).find((s) => s.start <= at && at < s.end)?.date ?? doc.date;
}
