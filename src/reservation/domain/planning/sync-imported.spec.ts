import { givenDecider } from '../../../../test/support/decider-spec';
import { itKeepsTheEventContract } from '../../../../test/support/event-contract-spec';
import { AccommodationNotFound, NotYourAccommodation } from '../../../shared/kernel/accommodation-access';
import { fold } from '../../../shared/kernel/decider';
import { Conflict } from '../../../shared/kernel/errors';
import { nameBasedUuid } from '../../../shared/kernel/ids';
import { command, event } from '../../../shared/kernel/message';
import type { Hold } from './hold';
import { planningDecider, type PlanningCommand, type PlanningEvent } from './planning.decider';
import { planningEvents } from './planning.events';

const GITE = 'acc-gite';
/** The day commands are decided on: the July stays are ahead. */
const TODAY = '2026-06-01';
const OWNER = 'owner-1';
const INTRUDER = 'owner-2';
const AIRBNB = 'feed-airbnb';
const BOOKING = 'feed-booking';

const given = givenDecider(planningDecider);

const imported = (holdId: string, arrival: string, departure: string, reason = 'Airbnb'): Hold => ({ holdId, kind: 'IMPORTED', arrival, departure, dossierId: null, reason });
const stay = (holdId: string, arrival: string, departure: string): Hold => ({ holdId, kind: 'DOSSIER', arrival, departure, dossierId: `dossier-of-${holdId}`, reason: null });
const block = (holdId: string, arrival: string, departure: string): Hold => ({ holdId, kind: 'BLOCK', arrival, departure, dossierId: null, reason: 'Travaux' });

interface Addressing {
  source?: string;
  ownerId?: string;
  accommodationOwnerId?: string | null;
}

/** What a feed's calendar says now: the stays it lists, and those it no longer lists. */
const sync = (holds: readonly Hold[], release: readonly string[] = [], { source = AIRBNB, ownerId = OWNER, accommodationOwnerId = OWNER }: Addressing = {}): PlanningCommand =>
  command('SyncImportedHolds', { accommodationId: GITE, ownerId, accommodationOwnerId, today: TODAY, source, holds, release });
const releaseNights = (holdId: string): PlanningCommand => command('ReleaseNights', { accommodationId: GITE, ownerId: OWNER, accommodationOwnerId: OWNER, today: TODAY, holdId });
const moveHold = (holdId: string, hold: Hold): PlanningCommand => command('MoveHold', { accommodationId: GITE, ownerId: OWNER, accommodationOwnerId: OWNER, today: TODAY, holdId, hold });
const holdNights = (hold: Hold): PlanningCommand => command('HoldNights', { accommodationId: GITE, ownerId: OWNER, accommodationOwnerId: OWNER, today: TODAY, hold });
const liftBlocks = (arrival: string, departure: string): PlanningCommand =>
  command('LiftBlocks', { accommodationId: GITE, ownerId: OWNER, accommodationOwnerId: OWNER, today: TODAY, arrival, departure });

const held = (hold: Hold): PlanningEvent => event('NightsHeld', { accommodationId: GITE, ownerId: OWNER, hold });
const released = (hold: Hold): PlanningEvent => event('NightsReleased', { accommodationId: GITE, ownerId: OWNER, hold });
const conflicted = (hold: Hold, clash: Hold, source = AIRBNB): PlanningEvent => event('ImportConflicted', { accommodationId: GITE, ownerId: OWNER, source, hold, clash });
const conflictEnded = (hold: Hold, source = AIRBNB): PlanningEvent => event('ImportConflictEnded', { accommodationId: GITE, ownerId: OWNER, source, hold });
const closed = (before: string): PlanningEvent => event('PastNightsClosed', { accommodationId: GITE, ownerId: OWNER, before });

/** What is left of a block from `arrival` to `departure` once part of it was lifted. */
const partOf = (parent: Hold, arrival: string, departure: string): Hold => ({ ...parent, arrival, departure, holdId: nameBasedUuid(`${parent.holdId}/${arrival}/${departure}`) });

/** The holds standing after the history, as [id, kind, arrival, departure]. */
const standing = (history: readonly PlanningEvent[]) => [...fold(planningDecider, history).holds.values()].map((h) => [h.holdId, h.kind, h.arrival, h.departure]);
/** The imports in conflict after the history, as [id, arrival, departure, clash id]. */
const inConflict = (history: readonly PlanningEvent[]) => [...fold(planningDecider, history).conflicts.values()].map((c) => [c.hold.holdId, c.hold.arrival, c.hold.departure, c.clash.holdId]);
/** The history followed by what `next` decides on it. */
const after = (history: readonly PlanningEvent[], next: PlanningCommand): PlanningEvent[] => [...history, ...planningDecider.decide(next, fold(planningDecider, history))];

// 4 → 11 July 2026, a booking file's week; the imported stays around it.
const FILE = stay('s-file', '2026-07-04', '2026-07-11');
const WORKS = block('b-works', '2026-07-04', '2026-07-11');
/** An Airbnb stay wanting the file's last three nights and four more. */
const CLASHING = imported('i-clashing', '2026-07-08', '2026-07-15');
const AUGUST = imported('i-august', '2026-08-01', '2026-08-08');
const SEPTEMBER = imported('i-september', '2026-09-05', '2026-09-12');

describe('Syncing another platform’s calendar onto the planning', () => {
  describe('holding its stays', () => {
    it('holds every new stay the calendar lists', () => given([]).when(sync([AUGUST, SEPTEMBER])).then([held(AUGUST), held(SEPTEMBER)]));

    it('holds them as imported stays, named after the feed', () =>
      expect(fold(planningDecider, after([], sync([AUGUST]))).holds.get(AUGUST.holdId)).toEqual({
        holdId: 'i-august',
        kind: 'IMPORTED',
        arrival: '2026-08-01',
        departure: '2026-08-08',
        dossierId: null,
        reason: 'Airbnb',
      }));

    it('holds a stay arriving the day a booking file leaves', () => {
      const next = imported('i-next', '2026-07-11', '2026-07-18');
      given([held(FILE)]).when(sync([next])).then([held(next)]);
    });

    it('holds a stay leaving the day a block starts', () => {
      const before = imported('i-before', '2026-06-27', '2026-07-04');
      given([held(WORKS)]).when(sync([before])).then([held(before)]);
    });

    it('holds only the new stays of an answer that lists some already held', () =>
      given([held(AUGUST)]).when(sync([AUGUST, SEPTEMBER])).then([held(SEPTEMBER)]));

    it('records nothing when the calendar says the same again', () => given([held(AUGUST), held(SEPTEMBER)]).when(sync([AUGUST, SEPTEMBER])).thenNothing());

    it('records nothing for an empty answer with nothing to release, leaving held stays as they are', () => given([held(AUGUST)]).when(sync([])).thenNothing());

    it('moves a stay whose dates changed, freeing its old nights and holding the new ones in one decision', () => {
      const moved = imported(AUGUST.holdId, '2026-08-03', '2026-08-10');
      given([held(AUGUST)]).when(sync([moved])).then([released(AUGUST), held(moved)]);
    });

    it('leaves only the new nights of a moved stay held', () => {
      const moved = imported(AUGUST.holdId, '2026-08-15', '2026-08-22');
      expect(standing(after([held(AUGUST)], sync([moved])))).toEqual([['i-august', 'IMPORTED', '2026-08-15', '2026-08-22']]);
    });

    it('records nothing when a moved stay is synced again', () => {
      const moved = imported(AUGUST.holdId, '2026-08-03', '2026-08-10');
      given(after([held(AUGUST)], sync([moved]))).when(sync([moved])).thenNothing();
    });
  });

  describe('releasing the stays it no longer lists', () => {
    it('releases them, carrying the nights they free', () => given([held(AUGUST), held(SEPTEMBER)]).when(sync([SEPTEMBER], [AUGUST.holdId])).then([released(AUGUST)]));

    it('leaves the other stays held', () => expect(standing(after([held(AUGUST), held(SEPTEMBER)], sync([SEPTEMBER], [AUGUST.holdId])))).toEqual([['i-september', 'IMPORTED', '2026-09-05', '2026-09-12']]));

    it('records nothing for an id the planning does not hold', () => given([held(AUGUST)]).when(sync([AUGUST], ['i-unknown'])).thenNothing());

    it('records nothing for a stay released already', () => given([held(AUGUST), released(AUGUST)]).when(sync([], [AUGUST.holdId])).thenNothing());

    it('frees released nights for a stay listed in the same answer', () => {
      const replacing = imported('i-replacing', '2026-08-01', '2026-08-08');
      given([held(AUGUST)]).when(sync([replacing], [AUGUST.holdId])).then([released(AUGUST), held(replacing)]);
    });
  });

  describe('a stay whose nights the planning already gives away', () => {
    it('records a conflict naming the booking file that holds them, and holds nothing', () => given([held(FILE)]).when(sync([CLASHING])).then([conflicted(CLASHING, FILE)]));

    it('names a block that holds them', () => given([held(WORKS)]).when(sync([CLASHING])).then([conflicted(CLASHING, WORKS)]));

    it('names another feed’s stay that holds them', () => {
      const fromBooking = imported('i-booking', '2026-07-10', '2026-07-12', 'Booking.com');
      given([held(fromBooking)]).when(sync([CLASHING])).then([conflicted(CLASHING, fromBooking)]);
    });

    it('records the conflict under the feed that asked', () =>
      given([held(FILE)]).when(sync([CLASHING], [], { source: BOOKING })).then([conflicted(CLASHING, FILE, BOOKING)]));

    it('holds the first of two stays of one answer that overlap, and records the second as clashing with it', () => {
      const overlapping = imported('i-overlapping', '2026-08-05', '2026-08-12');
      given([]).when(sync([AUGUST, overlapping])).then([held(AUGUST), conflicted(overlapping, AUGUST)]);
    });

    it('leaves the booking file’s nights untouched, the import kept aside as a conflict', () => {
      const history = after([held(FILE)], sync([CLASHING]));
      expect(standing(history)).toEqual([['s-file', 'DOSSIER', '2026-07-04', '2026-07-11']]);
      expect(inConflict(history)).toEqual([['i-clashing', '2026-07-08', '2026-07-15', 's-file']]);
    });

    it('still holds the stays of the same answer that fit', () => given([held(FILE)]).when(sync([CLASHING, AUGUST])).then([conflicted(CLASHING, FILE), held(AUGUST)]));

    it('records nothing when the calendar lists the same stay against the same hold again', () =>
      given(after([held(FILE)], sync([CLASHING]))).when(sync([CLASHING])).thenNothing());

    it('records the conflict again when another hold now stands in the way', () => {
      // The file moved onto other nights the import also wants: the import still has no nights.
      const movedFile = stay('s-moved', '2026-07-12', '2026-07-19');
      const history = after(after([held(FILE)], sync([CLASHING])), moveHold(FILE.holdId, movedFile));
      expect(inConflict(history)).toEqual([['i-clashing', '2026-07-08', '2026-07-15', 's-file']]);
      given(history).when(sync([CLASHING])).then([conflicted(CLASHING, movedFile)]);
    });

    it('records the conflict again when the calendar moves the stay onto other taken nights', () => {
      const stillClashing = imported(CLASHING.holdId, '2026-07-05', '2026-07-09');
      given(after([held(FILE)], sync([CLASHING]))).when(sync([stillClashing])).then([conflicted(stillClashing, FILE)]);
    });

    it('holds a stay in conflict once the calendar moves it onto free nights, ending its conflict', () => {
      const freed = imported(CLASHING.holdId, '2026-07-20', '2026-07-27');
      const history = after([held(FILE)], sync([CLASHING]));
      given(history).when(sync([freed])).then([held(freed)]);
      expect(inConflict(after(history, sync([freed])))).toEqual([]);
    });

    it('ends the conflict of a stay the calendar no longer lists', () => given(after([held(FILE)], sync([CLASHING]))).when(sync([], [CLASHING.holdId])).then([conflictEnded(CLASHING)]));

    it('ends it under the feed that recorded it', () =>
      given(after([held(FILE)], sync([CLASHING], [], { source: BOOKING }))).when(sync([], [CLASHING.holdId], { source: BOOKING })).then([conflictEnded(CLASHING, BOOKING)]));

    it('keeps no conflict once it ended, and the booking file still holds its nights', () => {
      const history = after(after([held(FILE)], sync([CLASHING])), sync([], [CLASHING.holdId]));
      expect(inConflict(history)).toEqual([]);
      expect(standing(history)).toEqual([['s-file', 'DOSSIER', '2026-07-04', '2026-07-11']]);
    });

    it('records nothing when a stay whose conflict ended is released again', () =>
      given(after(after([held(FILE)], sync([CLASHING])), sync([], [CLASHING.holdId]))).when(sync([], [CLASHING.holdId])).thenNothing());

    it('frees the old nights of a held stay the calendar moves onto taken nights, and records the conflict', () => {
      const early = imported('i-early', '2026-06-20', '2026-06-27');
      const onFile = imported(early.holdId, '2026-07-06', '2026-07-09');
      given([held(FILE), held(early)]).when(sync([onFile])).then([released(early), conflicted(onFile, FILE)]);
    });

    it('holds neither its old nor its new nights after such a move', () => {
      const early = imported('i-early', '2026-06-20', '2026-06-27');
      const onFile = imported(early.holdId, '2026-07-06', '2026-07-09');
      const history = after([held(FILE), held(early)], sync([onFile]));
      expect(standing(history)).toEqual([['s-file', 'DOSSIER', '2026-07-04', '2026-07-11']]);
      expect(inConflict(history)).toEqual([['i-early', '2026-07-06', '2026-07-09', 's-file']]);
    });

    it('records nothing when that moved stay is synced again', () => {
      const early = imported('i-early', '2026-06-20', '2026-06-27');
      const onFile = imported(early.holdId, '2026-07-06', '2026-07-09');
      given(after([held(FILE), held(early)], sync([onFile]))).when(sync([onFile])).thenNothing();
    });
  });

  describe('what a calendar may never touch', () => {
    it.each([
      ['a booking file', stay('s-sneaky', '2026-08-01', '2026-08-08')],
      ['a block', block('b-sneaky', '2026-08-01', '2026-08-08')],
      ['a pending payment', { ...stay('p-sneaky', '2026-08-01', '2026-08-08'), kind: 'PENDING_PAYMENT' as const }],
    ])('refuses to hold %s through it', (_, hold) => given([]).when(sync([hold])).thenThrows(Conflict, { code: 'CONFLICT', message: `Hold ${hold.holdId} is not an imported stay` }));

    it('refuses the whole answer when one of its holds is not an imported stay, holding none of the others', () =>
      given([]).when(sync([AUGUST, stay('s-sneaky', '2026-09-01', '2026-09-08')])).thenThrows(Conflict, { code: 'CONFLICT' }));

    it.each([
      ['a booking file', FILE],
      ['a block', WORKS],
    ])('refuses to release %s', (_, hold) =>
      given([held(hold)]).when(sync([], [hold.holdId])).thenThrows(Conflict, { code: 'CONFLICT', message: `Hold ${hold.holdId} is not an imported stay` }));

    it('refuses an imported stay whose id names a booking file’s hold, which it would otherwise move', () =>
      given([held(FILE)]).when(sync([imported(FILE.holdId, '2026-08-01', '2026-08-08')])).thenThrows(Conflict, { code: 'CONFLICT', message: `Hold ${FILE.holdId} is not an imported stay` }));
  });

  describe('the nights long past', () => {
    const BEFORE = '2026-04-01';

    it('ignores a stay starting before the closed nights, though the calendar still lists it', () =>
      given([closed(BEFORE)]).when(sync([imported('i-old', '2026-03-25', '2026-04-04')])).thenNothing());

    it('still holds a stay starting on the closed day', () => {
      const fromClosedDay = imported('i-from', BEFORE, '2026-04-05');
      given([closed(BEFORE)]).when(sync([fromClosedDay])).then([held(fromClosedDay)]);
    });

    it('forgets the conflicts of stays that ended before the nights were closed, and keeps the others', () => {
      const oldFile = stay('s-old', '2026-03-01', '2026-03-10');
      const oldImport = imported('i-old', '2026-03-05', '2026-03-12');
      const history = [held(oldFile), conflicted(oldImport, oldFile), held(FILE), conflicted(CLASHING, FILE), closed('2026-03-12')];
      expect(inConflict(history)).toEqual([['i-clashing', '2026-07-08', '2026-07-15', 's-file']]);
    });

    it('keeps the conflict of a stay leaving the day after the closed day', () => {
      const oldFile = stay('s-old', '2026-03-01', '2026-03-10');
      const oldImport = imported('i-old', '2026-03-05', '2026-03-13');
      expect(inConflict([held(oldFile), conflicted(oldImport, oldFile), closed('2026-03-12')])).toEqual([['i-old', '2026-03-05', '2026-03-13', 's-old']]);
    });
  });

  describe('a stay in conflict takes its nights the moment they come free', () => {
    const inConflictWithFile = after([held(FILE)], sync([CLASHING]));

    it('when the booking file is released', () => given(inConflictWithFile).when(releaseNights(FILE.holdId)).then([released(FILE), held(CLASHING)]));

    it('when the booking file moves away', () => {
      const away = stay('s-away', '2026-08-15', '2026-08-22');
      given(inConflictWithFile).when(moveHold(FILE.holdId, away)).then([released(FILE), held(away), held(CLASHING)]);
    });

    it('when the block is lifted', () => given(after([held(WORKS)], sync([CLASHING]))).when(liftBlocks('2026-07-01', '2026-07-31')).then([released(WORKS), held(CLASHING)]));

    it('when the part of the block it wants is lifted, the rest staying blocked', () =>
      given(after([held(WORKS)], sync([CLASHING])))
        .when(liftBlocks('2026-07-08', '2026-07-11'))
        .then([released(WORKS), held(partOf(WORKS, '2026-07-04', '2026-07-08')), held(CLASHING)]));

    it('when the calendar releases another stay that stood in the way', () => {
      const fromBooking = imported('i-booking', '2026-07-10', '2026-07-12', 'Booking.com');
      const history = after([held(fromBooking)], sync([CLASHING]));
      given(history).when(sync([], [fromBooking.holdId], { source: BOOKING })).then([released(fromBooking), held(CLASHING)]);
    });

    it('holding it as it was listed, and keeping no conflict for it', () => {
      const history = after(inConflictWithFile, releaseNights(FILE.holdId));
      expect(standing(history)).toEqual([['i-clashing', 'IMPORTED', '2026-07-08', '2026-07-15']]);
      expect(inConflict(history)).toEqual([]);
    });

    it('so that the calendar syncing it again records nothing', () => given(after(inConflictWithFile, releaseNights(FILE.holdId))).when(sync([CLASHING])).thenNothing());

    it('not while a lift leaves blocked some of the nights it wants', () =>
      given(after([held(WORKS)], sync([CLASHING])))
        .when(liftBlocks('2026-07-04', '2026-07-09'))
        .then([released(WORKS), held(partOf(WORKS, '2026-07-09', '2026-07-11'))]));

    it('not while another hold still has some of its nights', () => {
      const second = stay('s-second', '2026-07-13', '2026-07-16');
      given(after([held(FILE), held(second)], sync([CLASHING])))
        .when(releaseNights(FILE.holdId))
        .then([released(FILE)]);
    });

    it('not when the file moves onto other nights it wants', () => {
      const stillInTheWay = stay('s-moved', '2026-07-12', '2026-07-19');
      given(inConflictWithFile).when(moveHold(FILE.holdId, stillInTheWay)).then([released(FILE), held(stillInTheWay)]);
    });

    it('not when a command frees nothing', () => {
      const unrelated = stay('s-unrelated', '2026-09-20', '2026-09-27');
      given(inConflictWithFile).when(holdNights(unrelated)).then([held(unrelated)]);
    });

    it('giving the freed nights to only one of two stays that want them', () => {
      const otherFeed = imported('i-other', '2026-07-06', '2026-07-10', 'Booking.com');
      const history = after(after(inConflictWithFile, sync([otherFeed], [], { source: BOOKING })), releaseNights(FILE.holdId));
      const heldImports = standing(history).filter(([, kind]) => kind === 'IMPORTED');
      expect(heldImports).toHaveLength(1);
      expect(inConflict(history)).toHaveLength(1);
    });

    it('giving them to a conflict left in the snapshot too', () => {
      const snapshot = planningDecider.snapshot;
      const state = fold(planningDecider, inConflictWithFile);
      const restored = snapshot?.decode(JSON.parse(JSON.stringify(snapshot.encode(state))) as unknown);
      expect(restored && planningDecider.decide(releaseNights(FILE.holdId), restored)).toEqual([released(FILE), held(CLASHING)]);
    });
  });

  describe('its snapshot', () => {
    const snapshot = planningDecider.snapshot;
    const roundTrip = (history: readonly PlanningEvent[]) => {
      const state = fold(planningDecider, history);
      return { state, read: snapshot?.decode(JSON.parse(JSON.stringify(snapshot.encode(state))) as unknown) };
    };

    it('is of version 2, the one with the imports in conflict', () => expect(snapshot?.version).toBe(2));

    it('reads back the conflicts it writes, with the holds and the closed day', () => {
      const fromBooking = imported('i-booking', '2026-08-05', '2026-08-09', 'Booking.com');
      const { state, read } = roundTrip([
        closed('2026-04-01'),
        held(FILE),
        held(AUGUST),
        conflicted(CLASHING, FILE),
        conflicted(fromBooking, AUGUST, BOOKING),
      ]);
      expect(state.conflicts.size).toBe(2);
      expect(read).toEqual(state);
    });

    it('reads back a planning without conflicts', () => {
      const { state, read } = roundTrip([held(FILE)]);
      expect(read).toEqual(state);
    });

    it('keeps each conflict under its import’s hold id', () => {
      const { read } = roundTrip([held(FILE), conflicted(CLASHING, FILE, BOOKING)]);
      expect(read?.conflicts.get(CLASHING.holdId)).toEqual({ source: BOOKING, hold: CLASHING, clash: FILE });
    });

    it('refuses a snapshot whose conflicts are of another shape, so the stream is folded from its start instead', () =>
      expect(() => snapshot?.decode({ holds: [], closedBefore: null, conflicts: [{ source: 1, hold: CLASHING }] })).toThrow());

    it('refuses a snapshot of the version before, which had no conflicts', () => expect(() => snapshot?.decode({ holds: [FILE], closedBefore: null })).toThrow());
  });

  describe('ownership', () => {
    it('refuses a calendar’s answer on an accommodation that does not exist', () =>
      given([]).when(sync([AUGUST], [], { accommodationOwnerId: null })).thenThrows(AccommodationNotFound, { code: 'NOT_FOUND', field: 'accommodationId', message: `accommodationId: Accommodation ${GITE} was not found` }));

    it('refuses a calendar’s answer on another owner’s accommodation', () =>
      given([held(AUGUST)])
        .when(sync([SEPTEMBER], [AUGUST.holdId], { ownerId: INTRUDER }))
        .thenThrows(NotYourAccommodation, { code: 'NOT_FOUND', field: 'accommodationId', message: `accommodationId: Accommodation ${GITE} was not found` }));

    it('refuses another owner before telling whether a hold is a booking file', () =>
      given([held(FILE)]).when(sync([], [FILE.holdId], { ownerId: INTRUDER })).thenThrows(NotYourAccommodation, { code: 'NOT_FOUND' }));
  });

  describe('the events of its stream', () => {
    itKeepsTheEventContract(planningEvents, [
      held(FILE),
      held(WORKS),
      held(AUGUST),
      released(FILE),
      closed('2026-04-01'),
      conflicted(CLASHING, FILE),
      conflicted(CLASHING, WORKS),
      conflictEnded(CLASHING),
      conflictEnded({ ...CLASHING, reason: null }),
    ]);
  });
});
