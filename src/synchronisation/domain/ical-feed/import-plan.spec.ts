import { addDays } from '../../../shared/kernel/calendar-date';
import { isUuid } from '../../../shared/kernel/ids';
import type { FeedEvent } from '../ical-import/feed-reading';
import type { ImportedEntry } from './ical-feed.events';
import { CONFIRMATIONS_NEEDED, importedHoldId, planImport, type ImportPlan } from './import-plan';
import { PLATFORM_PROFILES, type IcalPlatform } from './platform-profiles';

const FEED = '5d0c1e8a-3b7f-4c21-9a6e-2f4b8d1c7e30';
const OTHER_FEED = '9e2a7c14-6f3b-4d58-8b1a-0c5e9f2d4a76';
/** Today where the accommodation is: June is past, July to October ahead. */
const TODAY = '2026-07-05';

const feedEvent = (uid: string, arrival: string, departure: string, recurrenceId: string | null = null): FeedEvent => ({
  uid,
  recurrenceId,
  sequence: 0,
  arrival,
  departure,
  summary: 'Reserved',
  tentative: false,
  line: 1,
});
const entryOf = (e: FeedEvent, feedId = FEED): ImportedEntry => ({ holdId: importedHoldId(feedId, e), arrival: e.arrival, departure: e.departure });
const knownAs = (...events: FeedEvent[]): ReadonlyMap<string, ImportedEntry> => new Map(events.map((e) => [importedHoldId(FEED, e), entryOf(e)]));
/** What the feed's stream holds after an import of this plan: the import's next `known`. */
const knownAfter = (plan: ImportPlan): ReadonlyMap<string, ImportedEntry> => new Map(plan.entries.map((e) => [e.holdId, e]));
const idOf = (e: FeedEvent): string => importedHoldId(FEED, e);

type PlanInput = Parameters<typeof planImport>[0];
const plan = (over: Partial<PlanInput> & { platform?: IcalPlatform } = {}): ImportPlan => {
  const { platform = 'AIRBNB', ...rest } = over;
  return planImport({ feedId: FEED, profile: PLATFORM_PROFILES[platform], known: new Map(), events: [], today: TODAY, pending: null, ownerConfirms: false, ...rest });
};

const PAST = feedEvent('past@airbnb.com', '2026-06-20', '2026-06-27');
/** Under way today: arrived on the 1st, leaves on the 8th. */
const BEGUN = feedEvent('begun@airbnb.com', '2026-07-01', '2026-07-08');
const JUL = feedEvent('jul@airbnb.com', '2026-07-18', '2026-07-25');
const AUG = feedEvent('aug@airbnb.com', '2026-08-01', '2026-08-08');
const SEP = feedEvent('sep@airbnb.com', '2026-09-05', '2026-09-12');
const OCT = feedEvent('oct@airbnb.com', '2026-10-10', '2026-10-17');
const NOV = feedEvent('nov@airbnb.com', '2026-11-01', '2026-11-08');
const DEC = feedEvent('dec@airbnb.com', '2026-12-19', '2026-12-26');

describe('The hold id of an imported stay', () => {
  it('is a UUID', () => expect(isUuid(importedHoldId(FEED, JUL))).toBe(true));

  it('is the same at every fetch, whatever the stay’s dates, summary or sequence', () => {
    const relisted: FeedEvent = { ...feedEvent(JUL.uid, '2026-07-20', '2026-07-30'), summary: 'Airbnb (Not available)', sequence: 4, line: 40 };
    expect(importedHoldId(FEED, relisted)).toBe(importedHoldId(FEED, JUL));
  });

  it('differs for the same event in another feed', () => expect(importedHoldId(OTHER_FEED, JUL)).not.toBe(importedHoldId(FEED, JUL)));

  it('differs for another UID', () => expect(importedHoldId(FEED, AUG)).not.toBe(importedHoldId(FEED, JUL)));

  it('differs for each occurrence of a recurring event', () => {
    const first = importedHoldId(FEED, { uid: 'weekly@google.com', recurrenceId: '2026-07-04' });
    const second = importedHoldId(FEED, { uid: 'weekly@google.com', recurrenceId: '2026-07-11' });
    const series = importedHoldId(FEED, { uid: 'weekly@google.com', recurrenceId: null });
    expect(new Set([first, second, series]).size).toBe(3);
  });

  it('is the same for the same occurrence read again', () =>
    expect(importedHoldId(FEED, { uid: 'weekly@google.com', recurrenceId: '2026-07-04T14:00:00Z' })).toBe(importedHoldId(FEED, { uid: 'weekly@google.com', recurrenceId: '2026-07-04T14:00:00Z' })));
});

describe('Planning what a feed’s answer changes', () => {
  describe('an answer that loses nothing', () => {
    it('holds every stay of a first answer, by arrival, releasing nothing', () =>
      expect(plan({ events: [SEP, JUL, AUG] })).toEqual({ entries: [entryOf(JUL), entryOf(AUG), entryOf(SEP)], release: [], suspicion: null, confirmedBy: 'FEED' }));

    it('keeps the same entries for the same answer, releasing nothing', () =>
      expect(plan({ known: knownAs(JUL, AUG), events: [JUL, AUG] })).toEqual({ entries: [entryOf(JUL), entryOf(AUG)], release: [], suspicion: null, confirmedBy: 'FEED' }));

    it('adds a new stay beside those held', () => expect(plan({ known: knownAs(JUL), events: [JUL, AUG] }).entries).toEqual([entryOf(JUL), entryOf(AUG)]));

    it('takes a stay’s new dates when it moves, under the same hold id, releasing nothing', () => {
      const moved = { ...AUG, arrival: '2026-08-03', departure: '2026-08-12' };
      expect(plan({ known: knownAs(JUL, AUG), events: [JUL, moved] })).toMatchObject({ entries: [entryOf(JUL), { holdId: idOf(AUG), arrival: '2026-08-03', departure: '2026-08-12' }], release: [] });
    });

    it('holds nothing for an empty feed it never read', () => expect(plan()).toEqual({ entries: [], release: [], suspicion: null, confirmedBy: 'FEED' }));
  });

  describe('a stay the feed no longer lists', () => {
    it('releases a future stay, and leaves it out of the entries', () =>
      expect(plan({ known: knownAs(JUL, AUG, SEP), events: [JUL, SEP] })).toEqual({ entries: [entryOf(JUL), entryOf(SEP)], release: [idOf(AUG)], suspicion: null, confirmedBy: 'FEED' }));

    it.each(['AIRBNB', 'GENERIC'] as const)('keeps a past stay held on %s: platforms drop them, it is no cancellation', (platform) =>
      expect(plan({ platform, known: knownAs(PAST, JUL), events: [JUL] })).toEqual({ entries: [entryOf(PAST), entryOf(JUL)], release: [], suspicion: null, confirmedBy: 'FEED' }));

    it('keeps a stay leaving today', () => {
      const leavingToday = feedEvent('leaving@airbnb.com', '2026-06-28', TODAY);
      expect(plan({ platform: 'GENERIC', known: knownAs(leavingToday, JUL), events: [JUL] })).toMatchObject({ entries: [entryOf(leavingToday), entryOf(JUL)], release: [] });
    });

    it.each(['AIRBNB', 'BOOKING_COM', 'VRBO'] as const)('keeps a stay under way on %s, whose feed lists only what is to come', (platform) =>
      expect(plan({ platform, known: knownAs(BEGUN, JUL, AUG), events: [JUL, AUG] })).toEqual({ entries: [entryOf(BEGUN), entryOf(JUL), entryOf(AUG)], release: [], suspicion: null, confirmedBy: 'FEED' }));

    it.each(['GENERIC', 'GOOGLE', 'ICLOUD'] as const)('releases a stay under way on %s, whose calendar would still list it', (platform) =>
      expect(plan({ platform, known: knownAs(BEGUN, JUL, AUG), events: [JUL, AUG] })).toEqual({ entries: [entryOf(JUL), entryOf(AUG)], release: [idOf(BEGUN)], suspicion: null, confirmedBy: 'FEED' }));

    it('releases a stay arriving today that Airbnb no longer lists: it has not begun', () => {
      const arrivingToday = feedEvent('today@airbnb.com', TODAY, '2026-07-10');
      expect(plan({ known: knownAs(arrivingToday, JUL, AUG), events: [JUL, AUG] }).release).toEqual([idOf(arrivingToday)]);
    });

    it('forgets a stay that ended more than 60 days ago, without releasing it', () => {
      const longAgo = feedEvent('long-ago@airbnb.com', addDays(TODAY, -70), addDays(TODAY, -61));
      expect(plan({ known: knownAs(longAgo, JUL), events: [JUL] })).toEqual({ entries: [entryOf(JUL)], release: [], suspicion: null, confirmedBy: 'FEED' });
    });

    it('forgets a stay that ended 60 days ago, as the planning closes its nights', () => {
      const sixtyDaysAgo = feedEvent('sixty@airbnb.com', addDays(TODAY, -67), addDays(TODAY, -60));
      expect(plan({ known: knownAs(sixtyDaysAgo, JUL), events: [JUL] })).toMatchObject({ entries: [entryOf(JUL)], release: [] });
    });

    it('still keeps a stay that ended 59 days ago', () => {
      const recent = feedEvent('recent@airbnb.com', addDays(TODAY, -66), addDays(TODAY, -59));
      expect(plan({ known: knownAs(recent, JUL), events: [JUL] })).toMatchObject({ entries: [entryOf(recent), entryOf(JUL)], release: [] });
    });
  });

  describe('Booking.com cutting a stay under way at today', () => {
    // Arrived on the 1st, leaves on the 8th; Booking.com now lists it from today only.
    const UNDER_WAY = feedEvent('under-way@booking.com', '2026-07-01', '2026-07-08');

    it('keeps the stay’s first nights: the same departure with an arrival moved up to today is no move', () =>
      expect(plan({ platform: 'BOOKING_COM', known: knownAs(UNDER_WAY, JUL), events: [{ ...UNDER_WAY, arrival: TODAY }, JUL] })).toEqual({
        entries: [entryOf(UNDER_WAY), entryOf(JUL)],
        release: [],
        suspicion: null,
        confirmedBy: 'FEED',
      }));

    it('keeps them when the feed cuts at a day before today', () =>
      expect(plan({ platform: 'BOOKING_COM', known: knownAs(UNDER_WAY), events: [{ ...UNDER_WAY, arrival: '2026-07-04' }] }).entries).toEqual([entryOf(UNDER_WAY)]));

    it('takes an arrival moved to after today as a move', () =>
      expect(plan({ platform: 'BOOKING_COM', known: knownAs(UNDER_WAY), events: [{ ...UNDER_WAY, arrival: '2026-07-06' }] }).entries).toEqual([
        { holdId: idOf(UNDER_WAY), arrival: '2026-07-06', departure: '2026-07-08' },
      ]));

    it('takes a new departure as a move', () =>
      expect(plan({ platform: 'BOOKING_COM', known: knownAs(UNDER_WAY), events: [{ ...UNDER_WAY, arrival: TODAY, departure: '2026-07-09' }] }).entries).toEqual([
        { holdId: idOf(UNDER_WAY), arrival: TODAY, departure: '2026-07-09' },
      ]));

    it('takes an arrival moved earlier as a move', () =>
      expect(plan({ platform: 'BOOKING_COM', known: knownAs(UNDER_WAY), events: [{ ...UNDER_WAY, arrival: '2026-06-29' }] }).entries).toEqual([
        { holdId: idOf(UNDER_WAY), arrival: '2026-06-29', departure: '2026-07-08' },
      ]));
  });

  describe('a suspicious answer', () => {
    it('is an EMPTY one when every future stay is gone', () =>
      expect(plan({ known: knownAs(JUL, AUG), events: [] })).toEqual({
        entries: [entryOf(JUL), entryOf(AUG)],
        release: [],
        suspicion: { reason: 'EMPTY', lost: 2, fingerprint: expect.any(String) as string, seen: 1 },
        confirmedBy: 'FEED',
      }));

    it('is an EMPTY one when a lone future stay is gone, the past ones kept', () =>
      expect(plan({ known: knownAs(PAST, JUL), events: [PAST] }).suspicion).toMatchObject({ reason: 'EMPTY', lost: 1, seen: 1 }));

    it('is a HALF_LOST one when more than half of the future stays are gone', () =>
      expect(plan({ known: knownAs(JUL, AUG, SEP, OCT), events: [JUL] })).toEqual({
        entries: [entryOf(JUL), entryOf(AUG), entryOf(SEP), entryOf(OCT)],
        release: [],
        suspicion: { reason: 'HALF_LOST', lost: 3, fingerprint: expect.any(String) as string, seen: 1 },
        confirmedBy: 'FEED',
      }));

    it('is not suspicious when exactly half of them are gone: they are released at once', () =>
      expect(plan({ known: knownAs(JUL, AUG, SEP, OCT), events: [JUL, AUG] })).toEqual({ entries: [entryOf(JUL), entryOf(AUG)], release: [idOf(SEP), idOf(OCT)], suspicion: null, confirmedBy: 'FEED' }));

    it('does not count the past stays it drops as lost', () =>
      expect(plan({ known: knownAs(PAST, JUL, AUG), events: [JUL, AUG] }).suspicion).toBeNull());

    it('does not count the stays under way Airbnb drops as lost', () => expect(plan({ known: knownAs(BEGUN, JUL), events: [JUL] }).suspicion).toBeNull());

    it('is never one from a feed that held no future stay', () => {
      expect(plan({ known: knownAs(PAST), events: [] })).toEqual({ entries: [entryOf(PAST)], release: [], suspicion: null, confirmedBy: 'FEED' });
      expect(plan({ known: new Map(), events: [] }).suspicion).toBeNull();
    });

    it('moves nothing while it is not confirmed', () => {
      const movedJul = { ...JUL, arrival: '2026-07-19', departure: '2026-07-26' };
      expect(plan({ known: knownAs(JUL, AUG, SEP, OCT), events: [movedJul] })).toMatchObject({ entries: [entryOf(JUL), entryOf(AUG), entryOf(SEP), entryOf(OCT)], release: [] });
    });

    it('adds the new stays it lists, keeping every stay held so far', () =>
      expect(plan({ known: knownAs(JUL, AUG, SEP, OCT), events: [NOV] })).toMatchObject({
        entries: [entryOf(JUL), entryOf(AUG), entryOf(SEP), entryOf(OCT), entryOf(NOV)],
        release: [],
        suspicion: { reason: 'HALF_LOST', lost: 4, seen: 1 },
      }));

    it('keeps even the stays long past while it is not confirmed', () => {
      const longAgo = feedEvent('long-ago@airbnb.com', addDays(TODAY, -70), addDays(TODAY, -61));
      expect(plan({ known: knownAs(longAgo, JUL), events: [] }).entries).toEqual([entryOf(longAgo), entryOf(JUL)]);
    });
  });

  describe('confirming a suspicious answer', () => {
    const KNOWN = knownAs(JUL, AUG, SEP, OCT);
    const first = plan({ known: KNOWN, events: [JUL] });
    const pendingOf = (p: ImportPlan) => (p.suspicion ? { reason: p.suspicion.reason, fingerprint: p.suspicion.fingerprint, seen: p.suspicion.seen } : null);

    it('counts the same answer fetched again, under the same fingerprint', () => {
      const second = plan({ known: knownAfter(first), events: [JUL], pending: pendingOf(first) });
      expect(second).toMatchObject({ release: [], suspicion: { reason: 'HALF_LOST', lost: 3, seen: 2, fingerprint: first.suspicion?.fingerprint } });
    });

    it('counts the same stays listed in another order as the same answer', () => {
      const empty = plan({ known: knownAs(JUL, AUG, SEP, OCT, NOV, DEC), events: [DEC, NOV] });
      const again = plan({ known: knownAs(JUL, AUG, SEP, OCT, NOV, DEC), events: [NOV, DEC], pending: pendingOf(empty) });
      expect(again.suspicion).toMatchObject({ reason: 'HALF_LOST', seen: 2, fingerprint: empty.suspicion?.fingerprint });
    });

    it('starts counting again at 1 for another answer', () => {
      const other = plan({ known: KNOWN, events: [AUG], pending: pendingOf(first) });
      expect(other.suspicion).toMatchObject({ reason: 'HALF_LOST', lost: 3, seen: 1 });
      expect(other.suspicion?.fingerprint).not.toBe(first.suspicion?.fingerprint);
    });

    it('starts counting again for the same stays at other dates', () => {
      const other = plan({ known: KNOWN, events: [{ ...JUL, departure: '2026-07-26' }], pending: pendingOf(first) });
      expect(other.suspicion).toMatchObject({ seen: 1 });
      expect(other.suspicion?.fingerprint).not.toBe(first.suspicion?.fingerprint);
    });

    it(`believes it at the ${CONFIRMATIONS_NEEDED}rd identical answer, releasing what it drops`, () => {
      expect(CONFIRMATIONS_NEEDED).toBe(3);
      const second = plan({ known: knownAfter(first), events: [JUL], pending: pendingOf(first) });
      const third = plan({ known: knownAfter(second), events: [JUL], pending: pendingOf(second) });
      expect(third).toEqual({ entries: [entryOf(JUL)], release: [idOf(AUG), idOf(SEP), idOf(OCT)], suspicion: null, confirmedBy: 'REPEATED' });
    });

    it('believes an EMPTY answer at the third fetch too', () => {
      const once = plan({ known: knownAs(JUL, AUG), events: [] });
      const twice = plan({ known: knownAfter(once), events: [], pending: pendingOf(once) });
      const thrice = plan({ known: knownAfter(twice), events: [], pending: pendingOf(twice) });
      expect([once.suspicion?.seen, twice.suspicion?.seen]).toEqual([1, 2]);
      expect(thrice).toEqual({ entries: [], release: [idOf(JUL), idOf(AUG)], suspicion: null, confirmedBy: 'REPEATED' });
    });

    it('believes it at once when the owner says so', () =>
      expect(plan({ known: KNOWN, events: [JUL], ownerConfirms: true })).toEqual({ entries: [entryOf(JUL)], release: [idOf(AUG), idOf(SEP), idOf(OCT)], suspicion: null, confirmedBy: 'OWNER' }));

    it('takes the moves of an answer the owner confirms', () => {
      const movedJul = { ...JUL, arrival: '2026-07-19', departure: '2026-07-26' };
      expect(plan({ known: KNOWN, events: [movedJul], ownerConfirms: true }).entries).toEqual([entryOf(movedJul)]);
    });

    it('says the feed, not the owner, confirmed an answer that was not suspicious', () =>
      expect(plan({ known: KNOWN, events: [JUL, AUG, SEP], ownerConfirms: true })).toEqual({
        entries: [entryOf(JUL), entryOf(AUG), entryOf(SEP)],
        release: [idOf(OCT)],
        suspicion: null,
        confirmedBy: 'FEED',
      }));

    it('forgets a suspicion once the feed answers with nothing suspicious', () =>
      expect(plan({ known: KNOWN, events: [JUL, AUG, SEP, OCT], pending: pendingOf(first) })).toEqual({
        entries: [entryOf(JUL), entryOf(AUG), entryOf(SEP), entryOf(OCT)],
        release: [],
        suspicion: null,
        confirmedBy: 'FEED',
      }));

    it('holds what an answer dropping most stays adds, releasing none of those it drops', () => {
      const once = plan({ known: KNOWN, events: [JUL, NOV, DEC] });
      expect(once).toMatchObject({ release: [], suspicion: { reason: 'HALF_LOST', lost: 3, seen: 1 } });
      expect(once.entries).toEqual([entryOf(JUL), entryOf(AUG), entryOf(SEP), entryOf(OCT), entryOf(NOV), entryOf(DEC)]);
    });

    // The stays a suspicious answer adds are held, so the feed's next `known` counts them among its
    // future stays: the same answer then drops less than half of a larger number, yet must stay
    // suspicious until CONFIRMATIONS_NEEDED (it was believed on its second fetch once).
    it('frees nothing on the second fetch of a suspicious answer that also added stays', () => {
      const NEW_1 = feedEvent('new-1@airbnb.com', '2026-11-01', '2026-11-08');
      const NEW_2 = feedEvent('new-2@airbnb.com', '2026-11-14', '2026-11-21');
      const NEW_3 = feedEvent('new-3@airbnb.com', '2026-11-28', '2026-12-05');
      const answer = [JUL, NEW_1, NEW_2, NEW_3];
      const once = plan({ known: KNOWN, events: answer });
      expect(once.suspicion).toMatchObject({ reason: 'HALF_LOST', lost: 3, seen: 1 });
      const twice = plan({ known: knownAfter(once), events: answer, pending: pendingOf(once) });
      expect(twice).toMatchObject({ release: [], suspicion: { reason: 'HALF_LOST', lost: 3, seen: 2 } });
    });
  });
});
