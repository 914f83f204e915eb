import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeedReading, FeedReadingOptions } from '../../src/synchronisation/domain/ical-import/feed-reading';
import { NotICalendar } from '../../src/synchronisation/domain/ical-import/ical-import.errors';
import { readIcalFeed } from '../../src/synchronisation/domain/ical-import/read-ical-feed';

/**
 * Reading platforms' iCalendar feeds into nights (issue 14 §2): public libraries' test files,
 * copied byte for byte into test/fixtures/ical/shared (its README says where each comes from and
 * under which licence), and our own files in test/fixtures/ical, shaped after what Airbnb,
 * Booking.com, Abritel and OwnerRez send.
 */
const SHARED = join(__dirname, '../fixtures/ical/shared');
const OWN = join(__dirname, '../fixtures/ical');

const PARIS = 'Europe/Paris';
/** Wide enough for every shared fixture (2005 to 2026), so that none of them is past. */
const ALL_YEARS: FeedReadingOptions = { zone: PARIS, from: '2000-01-01', to: '2030-01-01' };
/** Our own files are read on 1 June 2026, with two years ahead. */
const JUNE_2026: FeedReadingOptions = { zone: PARIS, from: '2026-06-01', to: '2028-06-01' };

const bytes = (folder: string, file: string): Buffer => readFileSync(join(folder, file));
const shared = (file: string, options: Partial<FeedReadingOptions> = {}) => readIcalFeed(bytes(SHARED, file), { ...ALL_YEARS, ...options });
const own = (file: string, options: Partial<FeedReadingOptions> = {}) => readIcalFeed(bytes(OWN, file), { ...JUNE_2026, ...options });
const text = (ics: string, options: Partial<FeedReadingOptions> = {}) => readIcalFeed(ics, { ...JUNE_2026, ...options });

/** Each event as `uid arrival→departure`, the way a feed's holds are stated below. */
const stays = (reading: FeedReading): string[] => reading.events.map((e) => `${e.uid} ${e.arrival}→${e.departure}`);
/** Each event as `recurrenceId arrival→departure`, for the occurrences of one series. */
const occurrences = (reading: FeedReading): string[] => reading.events.map((e) => `${e.recurrenceId} ${e.arrival}→${e.departure}`);
const codes = (reading: FeedReading) => reading.problems.map((p) => ({ code: p.code, uid: p.uid, line: p.line }));

const NOTHING_SKIPPED = { cancelled: 0, transparent: 0, past: 0 };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function notICalendar(read: () => unknown): NotICalendar {
  try {
    read();
  } catch (error) {
    if (error instanceof NotICalendar) return error;
    throw error;
  }
  throw new Error('expected NotICalendar, the feed was read');
}

const calendar = (...events: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...events, 'END:VCALENDAR', ''].join('\r\n');
const vevent = (...lines: string[]) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT'].join('\r\n');

describe('the shared iCalendar fixtures, read into nights', () => {
  const tested = new Set<string>();
  const fixture = (file: string) => {
    tested.add(file);
    return file;
  };

  it('macOS: a timed event holds the night it falls on in the gîte\'s zone; TENTATIVE is marked, CANCELLED is no hold', () => {
    const file = fixture('apple_macos_tentative_confirmed_cancelled.ics');
    const reading = shared(file);
    // 23:00Z on 4 July is 01:00 on 5 July in Paris; Vancouver's 09:00 is Paris' 18:00.
    expect(stays(reading)).toEqual([
      '31a1ffc9-9b76-465b-ae4a-cadb694c9d37 2022-07-05→2022-07-06',
      'F00F3710-BF4D-46D3-9A2C-1037AB24C6AC 2022-07-05→2022-07-06',
      '99F615DE-82C6-4CEF-97B8-CD0D3E1EE0D3 2022-07-07→2022-07-08',
    ]);
    expect(reading.events.map((e) => [e.summary, e.tentative, e.line])).toEqual([
      ['Tentative', true, 8],
      ['Confirmed', false, 26],
      ['No Status', false, 62],
    ]);
    expect(reading.skipped).toEqual({ ...NOTHING_SKIPPED, cancelled: 1 });
    expect(reading.problems).toEqual([]);
    expect(stays(shared(file, { zone: 'America/Vancouver' }))[0]).toBe('31a1ffc9-9b76-465b-ae4a-cadb694c9d37 2022-07-04→2022-07-05');
  });

  it('Apple iCal 1.5, 1321 yearly birthdays since 2004: two years ahead give two occurrences each, the three that ended in 2005 are past', () => {
    const file = fixture('apple_ical15_huge_1321_yearly_allday.ics');
    const reading = shared(file, { from: '2026-01-01', to: '2028-01-01' });
    expect(reading.events).toHaveLength(2 * 1318);
    expect(reading.skipped).toEqual({ ...NOTHING_SKIPPED, past: 3 });
    expect(reading.problems).toEqual([]);
    const condorcet = reading.events.filter((e) => e.uid === 'AAD980DC-B76A-11D9-BD53-000A95723178');
    expect(occurrences({ ...reading, events: condorcet })).toEqual(['2026-09-17 2026-09-17→2026-09-18', '2027-09-17 2027-09-17→2027-09-18']);
    expect(condorcet.map((e) => [e.summary, e.sequence, e.line])).toEqual([
      ['1743 Marie-Jean-Antoine-Nicolas de Caritat', 3, 8],
      ['1743 Marie-Jean-Antoine-Nicolas de Caritat', 3, 8],
    ]);
    // No DTEND: one day, as RFC 5545 says of an all-day event.
    const noEnd = reading.events.filter((e) => e.arrival.endsWith('-01-06') && e.departure.endsWith('-01-07'));
    expect(noEnd.length).toBeGreaterThanOrEqual(2);
    // ical.js moves a 29 February birthday to 1 March in common years (RFC 5545 would skip those years).
    const hollerith = reading.events.filter((e) => e.uid === 'AAE0B70C-B76A-11D9-BD53-000A95723178');
    expect(occurrences({ ...reading, events: hollerith })).toEqual(['2026-03-01 2026-03-01→2026-03-02', '2027-03-01 2027-03-01→2027-03-02']);
  }, 20_000);

  it('Google: an all-day event without DTEND holds one night', () => {
    const reading = shared(fixture('googlecal_allday_missing_dtend.ics'));
    expect(stays(reading)).toEqual(['dn4vrfmfn5p05roahsopg57h48@example.com 2012-06-30→2012-07-01']);
    expect(reading.events[0]).toMatchObject({ recurrenceId: null, sequence: 0, summary: 'Really long event name thing', tentative: false, line: 25 });
    expect(reading.problems).toEqual([]);
  });

  it('Google: a moved occurrence of an all-day series holds its new day, not the old one', () => {
    const file = fixture('googlecal_allday_rrule_moved_instance_dst.ics');
    // As published, every occurrence is TRANSP:TRANSPARENT ("free"): nothing is held.
    const published = shared(file);
    expect(published.events).toEqual([]);
    expect(published.skipped).toEqual({ ...NOTHING_SKIPPED, transparent: 3 });
    const opaque = readIcalFeed(bytes(SHARED, file).toString('utf8').replaceAll('TRANSP:TRANSPARENT', 'TRANSP:OPAQUE'), ALL_YEARS);
    expect(occurrences(opaque)).toEqual(['2024-10-27 2024-10-27→2024-10-28', '2024-10-29 2024-10-29→2024-10-30', '2024-10-28 2024-10-30→2024-10-31']);
    expect(opaque.events.map((e) => [e.sequence, e.line])).toEqual([
      [1, 2],
      [1, 2],
      [2, 15],
    ]);
  });

  it('Google birthdays: RRULE COUNT=1 with RDATEs written as `…Z` on all-day events, and overrides with no series', () => {
    const reading = shared(fixture('googlecal_birthday_rrule_rdate_folded.ics'));
    const series = '2014_BIRTHDAY_79d389868f96182e@google.com';
    const overrides = 'BIRTHDAY_79d389868f96182e@google.com';
    expect(reading.events.map((e) => `${e.uid} ${e.recurrenceId} ${e.arrival}→${e.departure} line ${e.line}`)).toEqual([
      `${series} 2012-12-10 2012-12-10→2012-12-11 line 8`,
      `${overrides} 2012-12-10 2012-12-10→2012-12-11 line 27`,
      `${series} 2013-12-10 2013-12-10→2013-12-11 line 8`,
      `${overrides} 2013-12-10 2013-12-10→2013-12-11 line 48`,
      `${series} 2014-12-10 2014-12-10→2014-12-11 line 8`,
      `${overrides} 2014-12-10 2014-12-10→2014-12-11 line 69`,
    ]);
    expect(reading.problems).toEqual([]);
  });

  it('Google: DURATION instead of DTEND ends the event a day later on the wall clock', () => {
    const file = fixture('googlecal_duration_instead_of_dtend.ics');
    // 06:00 in Los Angeles is 15:00 in Paris, and P1D ends it at 15:00 the next day.
    expect(stays(shared(file))).toEqual(['dn4vrfmfn5p05roahsopg57h48@example.com 2012-06-30→2012-07-01']);
    // In Tokyo it starts at 22:00 on 30 June and ends at 22:00 on 1 July: still one night.
    expect(stays(shared(file, { zone: 'Asia/Tokyo' }))).toEqual(['dn4vrfmfn5p05roahsopg57h48@example.com 2012-06-30→2012-07-01']);
  });

  it('Google: an override placed before its series still replaces its occurrence', () => {
    const reading = shared(fixture('googlecal_recurrence_override_before_master.ics'));
    // Denver's 10:00 (UTC−7) is 17:00Z and Paris' 18:00.
    expect(occurrences(reading)).toEqual([
      '2026-02-10T17:00:00Z 2026-02-10→2026-02-11',
      '2026-02-11T17:00:00Z 2026-02-11→2026-02-12',
      '2026-02-12T17:00:00Z 2026-02-12→2026-02-13',
    ]);
    expect(reading.events.map((e) => [e.summary, e.sequence, e.line])).toEqual([
      ['TEST RECURR 3', 0, 18],
      ['TEST RECURR 3 - MODIFIED', 1, 5],
      ['TEST RECURR 3', 0, 18],
    ]);
  });

  it('SabreDAV: a TZID on a DATE value is ignored and the weeks of the event are read', () => {
    const file = fixture('sabredav_tzid_on_value_date.ics');
    const published = shared(file);
    expect(published.events).toEqual([]);
    expect(published.skipped).toEqual({ ...NOTHING_SKIPPED, transparent: 1 });
    const opaque = readIcalFeed(bytes(SHARED, file).toString('utf8').replace('TRANSP:TRANSPARENT', 'TRANSP:OPAQUE'), ALL_YEARS);
    expect(stays(opaque)).toEqual(['56df0d2b37ded@67.calovo 2018-07-02→2018-08-11']);
    expect(opaque.events[0]).toMatchObject({ summary: 'Sommerferien Sachsen', sequence: 1, line: 25 });
  });

  it('Synology: an 8-digit DTSTART without VALUE=DATE is a day, and DURATION PT1W a week', () => {
    const reading = shared(fixture('synology_date_without_value_duration_p1w.ics'));
    expect(stays(reading)).toEqual(['20240215T101655-b6e4bbe9@192.168.178.100 2024-02-15→2024-02-22']);
    expect(reading.events[0]).toMatchObject({ sequence: 2, summary: 'period test2', line: 4 });
  });

  it('invalid UTF-8 becomes U+FFFD and a whitespace-only fold continues the line', () => {
    const reading = shared(fixture('tricky_ical4j_bloc_jp_invalid_utf8_bytes.ics'));
    expect(stays(reading)).toEqual(['bloc1106817412 2005-03-25→2005-09-26']);
    expect(reading.events[0].summary).toBe('2005年日本国際\uFFFD?\uFFFD覧会');
    expect(reading.events[0].line).toBe(13);
  });

  it('a garbage line is dropped, and an event without UID gets an id from what it says', () => {
    const file = fixture('tricky_icalendar_garbage_line_no_uid.ics');
    const reading = shared(file);
    expect(reading.events).toHaveLength(1);
    expect(reading.events[0]).toMatchObject({ arrival: '2014-04-01', departure: '2014-04-02', summary: 'Broken Eevnt', line: 4 });
    expect(reading.events[0].uid).toMatch(UUID);
    expect(shared(file).events[0].uid).toBe(reading.events[0].uid);
  });

  it("Outlook: a quoted non-ASCII TZID is read with the file's own VTIMEZONE", () => {
    const file = fixture('tricky_icalendar_non_ascii_quoted_tzid_windows.ics');
    // 13:30 at UTC−03:00 is 16:30Z: 18:30 in Paris, 01:30 the next day in Tokyo.
    const paris = shared(file);
    expect(paris.events.map((e) => [e.arrival, e.departure, e.summary, e.line])).toEqual([['2017-05-11', '2017-05-12', null, 19]]);
    expect(paris.events[0].uid).toMatch(UUID);
    expect(shared(file, { zone: 'Asia/Tokyo' }).events.map((e) => [e.arrival, e.departure])).toEqual([['2017-05-12', '2017-05-13']]);
  });

  it.each(['tricky_icalendar_utf8_bom_crlf.ics', 'tricky_icaljs_blank_line_mid.ics', 'tricky_icaljs_two_vcalendars.ics'])(
    '%s: a calendar without events (after a BOM, a blank line, or twice) reads as no events and no problem',
    (file) => {
      expect(shared(fixture(file))).toEqual({ events: [], problems: [], skipped: NOTHING_SKIPPED });
    },
  );

  it('the same UID twice: the highest SEQUENCE wins, whichever comes first', () => {
    const reading = shared(fixture('tricky_nodeical_duplicate_uid_sequence.ics'));
    expect(stays(reading)).toEqual(['duplicate-sequence-test@node-ical.test 2024-01-15→2024-01-16', 'newer-wins-test@node-ical.test 2024-01-20→2024-01-21']);
    expect(reading.events.map((e) => [e.summary, e.sequence, e.line])).toEqual([
      ['Team Meeting (SEQUENCE 2)', 2, 4],
      ['Updated version (SEQUENCE 3) - should win', 3, 28],
    ]);
  });

  it('RRULE COUNT with EXDATEs; an override ending before it starts is reported and its occurrence stays where the series puts it', () => {
    const reading = shared(fixture('tricky_nodeical_rrule_exdate_recurrence_id.ics'));
    // 12:00 in Los Angeles is 19:00Z, 21:00 in Paris; 8 and 10 July are excluded.
    expect(reading.events.map((e) => e.arrival)).toEqual(['2015-07-06', '2015-07-07', '2015-07-09', '2015-07-11', '2015-07-12', '2015-07-13', '2015-07-14', '2015-07-15']);
    expect(reading.events.every((e) => e.uid === '0000001' && e.summary === 'Treasure Hunting' && e.departure > e.arrival)).toBe(true);
    expect(reading.events[1].recurrenceId).toBe('2015-07-07T19:00:00Z');
    expect(codes(reading)).toEqual([{ code: 'END_BEFORE_START', uid: '0000001', line: 11 }]);
    expect(reading.problems[0].message).toBe(
      'Event "More Treasure Hunting" (UID 0000001, line 11) ends before it starts (DTSTART 2015-07-09T15:00:00, DTEND 2015-07-07T16:00:00): skipped',
    );
  });

  it('every shared fixture is covered above', () => {
    expect([...tested].sort()).toEqual(readdirSync(SHARED).filter((file) => file.endsWith('.ics')).sort());
  });
});

describe("platforms' feeds, read into nights", () => {
  it('Airbnb: Reserved and Not available are both held; stays that ended by today are past', () => {
    const reading = own('airbnb_reserved_and_not_available.ics');
    expect(stays(reading)).toEqual([
      '1418fb94e984-0f9e8d7c6b5a49382716a5b4c3d2e1f0@airbnb.com 2026-05-30→2026-06-03',
      '7f2e1d0c9b8a-5e4d3c2b1a09f8e7d6c5b4a392817060@airbnb.com 2026-06-03→2026-06-06',
      '1418fb94e984-c3d2e1f00f9e8d7c6b5a493827160a1b@airbnb.com 2026-07-05→2026-07-12',
      '7f2e1d0c9b8a-91a2b3c4d5e6f708192a3b4c5d6e7f80@airbnb.com 2026-12-01→2027-06-01',
    ]);
    expect(reading.events.map((e) => [e.summary, e.line])).toEqual([
      ['Reserved', 24],
      ['Airbnb (Not available)', 42],
      ['Reserved', 33],
      ['Airbnb (Not available)', 49],
    ]);
    // 20–27 May, and 28 May to the morning of 1 June: no night left from today on.
    expect(reading.skipped).toEqual({ ...NOTHING_SKIPPED, past: 2 });
    expect(reading.problems).toEqual([]);
  });

  it('Booking.com: every CLOSED - Not available is held, an 18-month closure whole even past the horizon', () => {
    const reading = own('booking_closed_not_available.ics', { to: '2027-06-01' });
    expect(stays(reading)).toEqual([
      '6a3f0c2e9b7d41e58c1f2a3b4c5d6e7f@booking.com 2026-06-01→2026-06-04',
      'b81d4e2f6a9c43d7a0e5f1b2c3d4e5f6@booking.com 2026-08-14→2026-08-21',
      '0d9c8b7a6f5e4d3c2b1a09f8e7d6c5b4@booking.com 2026-10-01→2028-04-01',
    ]);
    expect(reading.events.every((e) => e.summary === 'CLOSED - Not available')).toBe(true);
    expect(reading.problems).toEqual([]);
  });

  it('OwnerRez: a stay from 16:00 to 11:00 holds the nights between, in the accommodation\'s zone', () => {
    const file = 'ownerrez_timed_stays_tzid_paris.ics';
    const paris = own(file);
    // 22:30Z on 24 July is 00:30 on 25 July in Paris; the stay over the October change of time keeps its 7 nights.
    expect(stays(paris)).toEqual([
      'or-b-40117@ownerrez.com 2026-07-10→2026-07-17',
      'or-b-40118@ownerrez.com 2026-07-25→2026-07-31',
      'or-b-40131@ownerrez.com 2026-10-24→2026-10-31',
    ]);
    expect(paris.events.map((e) => e.tentative)).toEqual([false, false, true]);
    // In Martinique (UTC−4) the same instants fall on 24 July at 18:30 and 31 July at 05:00.
    expect(stays(own(file, { zone: 'America/Martinique' }))[1]).toBe('or-b-40118@ownerrez.com 2026-07-24→2026-07-31');
  });

  it('CRLF, LF and bare CR mixed, folds over either, blank lines and trailing spaces', () => {
    const reading = own('crlf_lf_cr_mix_folded.ics');
    expect(stays(reading)).toEqual(['mix-1@example.org 2026-07-04→2026-07-11', 'mix-2@example.org 2026-08-01→2026-08-08']);
    expect(reading.events.map((e) => [e.summary, e.line])).toEqual([
      ['Séjour famille Lefèvre', 6],
      ['Indisponible', 14],
    ]);
    expect(reading.problems).toEqual([]);
  });

  it('Abritel: events that cannot be read are reported by name and line, and the good ones around them are held', () => {
    const reading = own('abritel_end_before_start_among_good.ics');
    expect(stays(reading)).toEqual(['4f1c2d3e-1111-4aaa-8bbb-000000000001@homeaway 2026-07-04→2026-07-11', '4f1c2d3e-1111-4aaa-8bbb-000000000005@homeaway 2026-08-15→2026-08-22']);
    expect(codes(reading)).toEqual([
      { code: 'END_BEFORE_START', uid: '4f1c2d3e-1111-4aaa-8bbb-000000000002@homeaway', line: 11 },
      { code: 'NO_START', uid: '4f1c2d3e-1111-4aaa-8bbb-000000000003@homeaway', line: 18 },
      { code: 'BAD_DATE', uid: '4f1c2d3e-1111-4aaa-8bbb-000000000004@homeaway', line: 24 },
    ]);
    expect(reading.problems.map((p) => p.message)).toEqual([
      'Event "Réservée - Durand" (UID 4f1c2d3e-1111-4aaa-8bbb-000000000002@homeaway, line 11) ends before it starts (DTSTART 2026-07-20, DTEND 2026-07-15): skipped',
      'Event "Indisponible" (UID 4f1c2d3e-1111-4aaa-8bbb-000000000003@homeaway, line 18) has no DTSTART: skipped',
      'Event "Provisoire" (UID 4f1c2d3e-1111-4aaa-8bbb-000000000004@homeaway, line 24): its DTSTART "20261345" is not a date: skipped',
    ]);
  });

  it('a calendar without events reads as no events and no problem', () => {
    expect(own('calendar_without_events.ics')).toEqual({ events: [], problems: [], skipped: NOTHING_SKIPPED });
  });

  it('an HTML error page is not a calendar: the caller must change nothing', () => {
    const error = notICalendar(() => own('html_error_page.ics'));
    expect(error.reason).toBe('NO_VCALENDAR');
    expect(error.name).toBe('NotICalendar');
  });

  it('an empty body is not an empty calendar', () => {
    expect(notICalendar(() => own('empty_body.ics')).reason).toBe('EMPTY');
    expect(notICalendar(() => text('\r\n  \r\n')).reason).toBe('EMPTY');
  });

  it('JSON is not a calendar', () => {
    expect(notICalendar(() => text('{"error":"calendar unavailable","status":500}')).reason).toBe('NO_VCALENDAR');
  });

  it('a feed cut short is refused whole: what arrived would free the nights after the cut', () => {
    const cut = calendar(vevent('UID:a', 'DTSTART;VALUE=DATE:20260704', 'DTEND;VALUE=DATE:20260711')).split('END:VCALENDAR')[0];
    expect(notICalendar(() => text(cut)).reason).toBe('TRUNCATED');
  });
});

describe('reading a feed the same way every time', () => {
  it('the same bytes give the same events, ids and problems', () => {
    for (const file of ['airbnb_reserved_and_not_available.ics', 'abritel_end_before_start_among_good.ics']) expect(own(file)).toEqual(own(file));
    for (const file of ['tricky_nodeical_rrule_exdate_recurrence_id.ics', 'tricky_icalendar_non_ascii_quoted_tzid_windows.ics']) expect(shared(file)).toEqual(shared(file));
  });

  it('events without UID get ids that differ by what they say and stay the same across reads', () => {
    const ics = calendar(
      vevent('DTSTART;VALUE=DATE:20260704', 'DTEND;VALUE=DATE:20260711', 'SUMMARY:Blocked'),
      vevent('DTSTART;VALUE=DATE:20260801', 'DTEND;VALUE=DATE:20260808', 'SUMMARY:Blocked'),
    );
    const [first, second] = text(ics).events.map((e) => e.uid);
    expect(first).toMatch(UUID);
    expect(second).not.toBe(first);
    expect(text(ics).events.map((e) => e.uid)).toEqual([first, second]);
  });
});

describe('files that are more than one calendar, or recur', () => {
  it('two VCALENDARs in one file (the second after its own BOM) are both read', () => {
    const ics = `${calendar(vevent('UID:a', 'DTSTART;VALUE=DATE:20260704', 'DTEND;VALUE=DATE:20260711'))}\uFEFF${calendar(vevent('UID:b', 'DTSTART;VALUE=DATE:20260801', 'DTEND;VALUE=DATE:20260808'))}`;
    expect(stays(readIcalFeed(Buffer.from(ics, 'utf8'), JUNE_2026))).toEqual(['a 2026-07-04→2026-07-11', 'b 2026-08-01→2026-08-08']);
  });

  it('components left open are closed where the file shows they ended, and a stray END is dropped', () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:a',
      'DTSTART;VALUE=DATE:20260704',
      'DTEND;VALUE=DATE:20260711',
      vevent('UID:b', 'DTSTART;VALUE=DATE:20260801', 'DTEND;VALUE=DATE:20260808'),
      'END:VALARM',
      'BEGIN:VCALENDAR',
      vevent('UID:c', 'DTSTART;VALUE=DATE:20260901', 'DTEND;VALUE=DATE:20260908'),
      'END:VCALENDAR',
    ].join('\r\n');
    const reading = text(ics);
    expect(stays(reading)).toEqual(['a 2026-07-04→2026-07-11', 'b 2026-08-01→2026-08-08', 'c 2026-09-01→2026-09-08']);
    expect(reading.events.map((e) => e.line)).toEqual([2, 6, 13]);
  });

  it('a series begun years ago holds only its occurrences from today to the horizon, one running over today included', () => {
    // Ten nights from the 25th of every month since January 2020.
    const reading = text(calendar(vevent('UID:monthly', 'DTSTART;VALUE=DATE:20200125', 'DTEND;VALUE=DATE:20200204', 'RRULE:FREQ=MONTHLY')), { to: '2026-09-01' });
    expect(occurrences(reading)).toEqual(['2026-05-25 2026-05-25→2026-06-04', '2026-06-25 2026-06-25→2026-07-05', '2026-07-25 2026-07-25→2026-08-04', '2026-08-25 2026-08-25→2026-09-04']);
  });

  it('a series that ended before today is past; one that resumes only beyond the horizon is not', () => {
    const reading = text(
      calendar(
        vevent('UID:ended', 'DTSTART;VALUE=DATE:20240704', 'DTEND;VALUE=DATE:20240711', 'RRULE:FREQ=YEARLY;COUNT=2'),
        vevent('UID:later', 'DTSTART;VALUE=DATE:20300704', 'DTEND;VALUE=DATE:20300711', 'RRULE:FREQ=YEARLY'),
      ),
    );
    expect(reading.events).toEqual([]);
    expect(reading.skipped).toEqual({ ...NOTHING_SKIPPED, past: 1 });
  });

  it('an occurrence Google cancels with an override is no hold; the others are', () => {
    const reading = text(
      calendar(
        vevent('UID:weekly', 'DTSTART;TZID=Europe/Paris:20260606T160000', 'DTEND;TZID=Europe/Paris:20260608T110000', 'RRULE:FREQ=WEEKLY;COUNT=3'),
        vevent('UID:weekly', 'RECURRENCE-ID;TZID=Europe/Paris:20260613T160000', 'DTSTART;TZID=Europe/Paris:20260613T160000', 'DTEND;TZID=Europe/Paris:20260615T110000', 'STATUS:CANCELLED'),
      ),
    );
    expect(occurrences(reading)).toEqual(['2026-06-06T14:00:00Z 2026-06-06→2026-06-08', '2026-06-20T14:00:00Z 2026-06-20→2026-06-22']);
    expect(reading.skipped).toEqual({ ...NOTHING_SKIPPED, cancelled: 1 });
  });

  it('an override of an event that does not recur replaces it', () => {
    const reading = text(
      calendar(
        vevent('UID:moved', 'DTSTART;VALUE=DATE:20260704', 'DTEND;VALUE=DATE:20260711'),
        vevent('UID:moved', 'RECURRENCE-ID;VALUE=DATE:20260704', 'SEQUENCE:1', 'DTSTART;VALUE=DATE:20260705', 'DTEND;VALUE=DATE:20260712'),
      ),
    );
    expect(occurrences(reading)).toEqual(['2026-07-04 2026-07-05→2026-07-12']);
  });

  it('a rule no day satisfies is cut, reported, and costs no more than the budget; the other events are held', () => {
    const started = Date.now();
    const reading = text(
      calendar(
        vevent('UID:good', 'DTSTART;VALUE=DATE:20260704', 'DTEND;VALUE=DATE:20260711'),
        // ical.js alone would loop for ever on 30 February.
        vevent('UID:hostile', 'SUMMARY:Never', 'DTSTART:20260101T100000Z', 'RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30'),
      ),
    );
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(stays(reading)).toEqual(['good 2026-07-04→2026-07-11']);
    expect(codes(reading)).toEqual([{ code: 'TOO_MANY_OCCURRENCES', uid: 'hostile', line: 9 }]);
  });

  it('at most 5,000 occurrences are read from one feed, and the cut is reported', () => {
    const reading = text(calendar(vevent('UID:daily', 'DTSTART;VALUE=DATE:20260601', 'RRULE:FREQ=DAILY')), { to: '2046-01-01' });
    expect(reading.events).toHaveLength(5_000);
    expect(reading.events.at(-1)?.arrival).toBe('2040-02-07');
    expect(codes(reading)).toEqual([{ code: 'TOO_MANY_OCCURRENCES', uid: 'daily', line: 4 }]);
  });

  it('an RRULE that cannot be read is reported, and the first occurrence is still held', () => {
    const reading = text(calendar(vevent('UID:odd', 'DTSTART;VALUE=DATE:20260704', 'DTEND;VALUE=DATE:20260711', 'RRULE:FREQ=FORTNIGHTLY')));
    expect(stays(reading)).toEqual(['odd 2026-07-04→2026-07-11']);
    expect(codes(reading)).toEqual([{ code: 'BAD_RECURRENCE', uid: 'odd', line: 4 }]);
  });
});
