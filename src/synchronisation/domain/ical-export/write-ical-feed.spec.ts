import ICAL from 'ical.js';
import { writeIcalFeed, type ExportedStay } from './write-ical-feed';

const stay = (over: Partial<ExportedStay> = {}): ExportedStay => ({
  uid: 'hold-1@osmb',
  arrival: '2027-01-25',
  departure: '2027-02-08',
  sequence: 0,
  tentative: false,
  summary: 'Réservé',
  changedAt: new Date('2026-12-01T10:00:00Z'),
  ...over,
});

/** What a reader makes of the feed: ical.js, the parser the import uses. */
function read(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate && event.endDate.isDate,
      sequence: event.sequence,
      status: vevent.getFirstPropertyValue('status'),
      summary: event.summary,
      stamp: String(vevent.getFirstPropertyValue('dtstamp')),
    };
  });
  return { calendar, events };
}

describe('the exported iCalendar feed', () => {
  it('is an RFC 5545 calendar published for others to read, one all-day event per hold, the departure exclusive', () => {
    const { calendar, events } = read(writeIcalFeed({ name: 'Gîte du Moulin', stays: [stay(), stay({ uid: 'block-2@osmb', arrival: '2027-03-01', departure: '2027-03-02', summary: 'Indisponible', sequence: 4 })] }));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(String(calendar.getFirstPropertyValue('prodid'))).toMatch(/^-\/\/osmb\/\//);
    expect(events).toEqual([
      { uid: 'hold-1@osmb', start: '2027-01-25', end: '2027-02-08', allDay: true, sequence: 0, status: 'CONFIRMED', summary: 'Réservé', stamp: '2026-12-01T10:00:00Z' },
      { uid: 'block-2@osmb', start: '2027-03-01', end: '2027-03-02', allDay: true, sequence: 4, status: 'CONFIRMED', summary: 'Indisponible', stamp: '2026-12-01T10:00:00Z' },
    ]);
  });

  it('marks an unpaid option TENTATIVE', () => {
    expect(read(writeIcalFeed({ name: 'Gîte', stays: [stay({ tentative: true })] })).events[0].status).toBe('TENTATIVE');
  });

  it('ends every line with CRLF and folds none longer than 75 octets', () => {
    const text = writeIcalFeed({ name: `Gîte ${'é'.repeat(60)}`, stays: [stay({ summary: `Indisponible ${'à'.repeat(70)} 🏡${'x'.repeat(70)}` })] });
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = text.split('\r\n').slice(0, -1);
    expect(lines.every((line) => !line.includes('\n') && !line.includes('\r'))).toBe(true);
    expect(Math.max(...lines.map((line) => Buffer.byteLength(line, 'utf8')))).toBeLessThanOrEqual(75);
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(2);
    expect(read(text).events[0].summary).toBe(`Indisponible ${'à'.repeat(70)} 🏡${'x'.repeat(70)}`);
  });

  it('escapes what an owner typed in the name: a comma, a semicolon or a line break never starts a new property', () => {
    const name = 'Le Moulin, Foix; "vue"\nBEGIN:VEVENT\\';
    const text = writeIcalFeed({ name, stays: [] });
    expect(text.split('\r\n').filter((line) => line.startsWith('BEGIN:VEVENT'))).toEqual([]);
    // ical.js leaves NAME and X-WR-CALNAME as written (neither is in its set of TEXT properties).
    expect(read(text).calendar.getFirstPropertyValue('name')).toBe('Le Moulin\\, Foix\\; "vue"\\nBEGIN:VEVENT\\\\');
    expect(read(writeIcalFeed({ name: 'Gîte', stays: [stay({ summary: name, uid: 'a,b;c@osmb' })] })).events[0]).toMatchObject({ summary: name, uid: 'a,b;c@osmb' });
  });

  it('gives the same bytes for the same planning, whatever order the holds come in', () => {
    const holds = [stay(), stay({ uid: 'b@osmb', arrival: '2027-01-01', departure: '2027-01-03' }), stay({ uid: 'a@osmb', arrival: '2027-01-25', departure: '2027-01-26' })];
    const once = writeIcalFeed({ name: 'Gîte', stays: holds });
    expect(writeIcalFeed({ name: 'Gîte', stays: [...holds].reverse() })).toBe(once);
    expect(read(once).events.map((e) => e.uid)).toEqual(['b@osmb', 'a@osmb', 'hold-1@osmb']);
  });

  it('is an empty calendar, still valid, when nothing is held', () => {
    const { calendar, events } = read(writeIcalFeed({ name: 'Gîte', stays: [] }));
    expect(calendar.name).toBe('vcalendar');
    expect(events).toEqual([]);
  });
});
