import { describe, expect, it } from 'vitest';
import { formatDateFr, formatEventDate, renderTimeline, sortEvents } from '../../pipeline/stages/site/timeline.ts';
import type { EventRecord } from '../../pipeline/types/records.ts';

const ev = (id: string, date: string, over: Partial<EventRecord> = {}): EventRecord => {
  const period = date.includes('/');
  const precision = period ? 'period' : date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
  const [start, end] = date.split('/');
  return {
    id,
    date,
    date_precision: precision,
    date_start: period && start !== '..' ? (start ?? null) : null,
    date_end: period && end !== '..' ? (end ?? null) : null,
    date_qualifier: null,
    type: 'creation',
    subject_id: null,
    subject_name: null,
    description: `description ${id}`,
    legal_text_id: null,
    sources: ['s'],
    fact_ids: [],
    ...over,
  };
};

describe('sortEvents', () => {
  it('orders by date whatever the precision, a year before its months and days, then by end', () => {
    const events = [ev('d', '2019-10-25'), ev('p', '2013/2015'), ev('y', '2019'), ev('m', '2019-10'), ev('old', '1998'), ev('p2', '2013/2014'), ev('open', '../2010')];
    expect(sortEvents(events).map((e) => e.id)).toEqual(['open', 'old', 'p2', 'p', 'y', 'm', 'd']);
  });

  it('does not depend on the input order, and leaves the input alone', () => {
    const events = [ev('b', '2020', { type: 'launch' }), ev('a', '2020', { type: 'launch' }), ev('c', '2020', { type: 'creation' })];
    const copy = [...events];
    expect(sortEvents(events).map((e) => e.id)).toEqual(['c', 'a', 'b']);
    expect(sortEvents([...events].reverse())).toEqual(sortEvents(events));
    expect(events).toEqual(copy);
  });
});

describe('formatting dates at their precision', () => {
  it('writes years, months and days in French', () => {
    expect(formatDateFr('2016')).toBe('2016');
    expect(formatDateFr('2016-03')).toBe('mars 2016');
    expect(formatDateFr('2019-10-25')).toBe('25 octobre 2019');
    expect(formatDateFr('2019-08-01')).toBe('1er août 2019');
  });

  it('writes periods with both ends, open ends in words', () => {
    expect(formatEventDate(ev('p', '2023/2027'))).toBe('2023–2027');
    expect(formatEventDate(ev('p', '2013-03/2015-06'))).toBe('du mars 2013 au juin 2015');
    expect(formatEventDate(ev('p', '2013/..'))).toBe('à partir de 2013');
    expect(formatEventDate(ev('p', '../2015'))).toBe("jusqu'à 2015");
  });
});

describe('renderTimeline', () => {
  it('lists the events in order with a machine date, the qualifier, the subject and a Sources disclosure', () => {
    const html = renderTimeline(
      [ev('b', '2019-10-25', { subject_id: 'dinum', fact_ids: ['f-1', 'f-2'] }), ev('a', '2016', { date_qualifier: 'depuis', type: 'start', subject_name: 'service <FranceConnect>' })],
      new Map([['dinum', 'direction interministérielle du numérique (DINUM)']]),
    );
    expect(html.indexOf('data-id="a"')).toBeLessThan(html.indexOf('data-id="b"'));
    expect(html).toContain('<time datetime="2016">depuis 2016</time>');
    expect(html).toContain('<time datetime="2019-10-25">25 octobre 2019</time>');
    expect(html).toContain('service &lt;FranceConnect&gt;');
    expect(html).toContain('direction interministérielle du numérique (DINUM)');
    expect(html).toContain('data-facts="f-1 f-2"');
    expect(html).toContain('2 citations');
  });

  it('says so when there is no event', () => {
    expect(renderTimeline([], new Map())).toContain('Aucun événement');
  });
});
