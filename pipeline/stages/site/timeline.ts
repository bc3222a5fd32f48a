/**
 * The timeline of the preview site (pure): `events` sorted by date, each date written in French at the
 * precision the text gives (year, month, day or period), with its qualifier and its source quotes.
 */
import type { EventRecord } from '../../types/records.ts';
import { compareText, escapeHtml } from './html.ts';
import { renderQuotesDetails } from './quotes.ts';

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

export const EVENT_TYPES_FR: Record<EventRecord['type'], string> = {
  creation: 'Création',
  renaming: 'Changement de nom',
  merger: 'Fusion',
  replacement: 'Remplacement',
  suppression: 'Suppression',
  launch: 'Lancement',
  publication: 'Publication',
  appointment: 'Nomination',
  attachment: 'Rattachement',
  start: 'Début',
  other: 'Autre',
};

/** An ISO 8601 calendar date (YYYY, YYYY-MM or YYYY-MM-DD) in French at its own precision: « 2016 », « mars 2016 », « 1er mars 2016 ». */
export function formatDateFr(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return iso;
  const [, year, month, day] = m;
  if (month === undefined) return year as string;
  const monthName = MONTHS[Number(month) - 1] ?? month;
  if (day === undefined) return `${monthName} ${year}`;
  const d = Number(day);
  return `${d === 1 ? '1er' : String(d)} ${monthName} ${year}`;
}

/** The date of an event as shown: a period as « 2013–2015 » (or « depuis… » / « jusqu'en… » when open). */
export function formatEventDate(event: Pick<EventRecord, 'date' | 'date_precision' | 'date_start' | 'date_end'>): string {
  if (event.date_precision !== 'period') return formatDateFr(event.date);
  const [rawStart, rawEnd] = event.date.split('/');
  const start = event.date_start ?? (rawStart && rawStart !== '..' ? rawStart : null);
  const end = event.date_end ?? (rawEnd && rawEnd !== '..' ? rawEnd : null);
  if (start && end) {
    const simple = /^\d{4}$/.test(start) && /^\d{4}$/.test(end);
    return simple ? `${start}–${end}` : `du ${formatDateFr(start)} au ${formatDateFr(end)}`;
  }
  if (start) return `à partir de ${formatDateFr(start)}`;
  if (end) return `jusqu'à ${formatDateFr(end)}`;
  return event.date;
}

/** Start of an event's date (for sorting): date_start, else the first part of `date`; open starts sort first. */
function startKey(e: EventRecord): string {
  if (e.date_start) return e.date_start;
  const first = e.date.split('/')[0] ?? '';
  return first === '..' ? '' : first;
}

function endKey(e: EventRecord): string {
  if (e.date_end) return e.date_end;
  const parts = e.date.split('/');
  return parts[1] === '..' ? '9999' : (parts[1] ?? parts[0] ?? '');
}

const PRECISION_ORDER: Record<EventRecord['date_precision'], number> = { year: 0, period: 1, month: 2, day: 3 };

/**
 * Events in chronological order (a new array): by start (ISO prefixes compare as text: 2016 < 2016-03 < 2016-03-01),
 * then end, then precision, then type and id, so that the order never depends on the input order.
 */
export function sortEvents(events: readonly EventRecord[]): EventRecord[] {
  return [...events].sort(
    (a, b) =>
      compareText(startKey(a), startKey(b)) ||
      compareText(endKey(a), endKey(b)) ||
      PRECISION_ORDER[a.date_precision] - PRECISION_ORDER[b.date_precision] ||
      compareText(a.type, b.type) ||
      compareText(a.id, b.id),
  );
}

/** `datetime` attribute of the <time> element: the ISO date, or the start of a period (HTML has no interval). */
function machineDate(e: EventRecord): string {
  if (e.date_precision !== 'period') return e.date;
  return startKey(e) || endKey(e);
}

/** The timeline as an ordered list (one item per event). */
export function renderTimeline(events: readonly EventRecord[], orgNames: ReadonlyMap<string, string>): string {
  if (events.length === 0) return '<p>Aucun événement daté dans les sources.</p>';
  const items = sortEvents(events).map((e) => {
    const date = formatEventDate(e);
    const shown = e.date_qualifier ? `${e.date_qualifier} ${date}` : date;
    const subject = e.subject_name ?? (e.subject_id ? (orgNames.get(e.subject_id) ?? e.subject_id) : null);
    return (
      `<li class="event" data-id="${escapeHtml(e.id)}">` +
      `<p class="event-head"><time datetime="${escapeHtml(machineDate(e))}">${escapeHtml(shown)}</time>` +
      ` <span class="event-type">${escapeHtml(EVENT_TYPES_FR[e.type] ?? e.type)}</span>` +
      (subject ? ` <span class="event-subject">${escapeHtml(subject)}</span>` : '') +
      `</p>` +
      `<p class="event-desc">${escapeHtml(e.description)}</p>` +
      renderQuotesDetails(e.fact_ids) +
      `</li>`
    );
  });
  return `<ol class="timeline">${items.join('')}</ol>`;
}
