import { givenDecider } from '../../../../test/support/decider-spec';
import { AccommodationNotFound, NotYourAccommodation } from '../../../shared/kernel/accommodation-access';
import { fold } from '../../../shared/kernel/decider';
import { Conflict, Unavailable } from '../../../shared/kernel/errors';
import { isUuid, nameBasedUuid } from '../../../shared/kernel/ids';
import { command, event } from '../../../shared/kernel/message';
import type { Hold } from './hold';
import { planningDecider, planningStream, type PlanningCommand, type PlanningEvent } from './planning.decider';
import { NightsUnavailable } from './planning.errors';

const GITE = 'acc-gite';
/** The day commands are decided on: the July stays are ahead. */
const TODAY = '2026-06-01';
const OWNER = 'owner-1';
const INTRUDER = 'owner-2';

const given = givenDecider(planningDecider);

const block = (holdId: string, arrival: string, departure: string, reason: string | null = 'Travaux'): Hold => ({ holdId, kind: 'BLOCK', arrival, departure, dossierId: null, reason });
const stay = (holdId: string, arrival: string, departure: string): Hold => ({ holdId, kind: 'DOSSIER', arrival, departure, dossierId: `dossier-of-${holdId}`, reason: null });

const holdNights = (hold: Hold, ownerId = OWNER, accommodationOwnerId: string | null = OWNER): PlanningCommand =>
  command('HoldNights', { accommodationId: GITE, ownerId, accommodationOwnerId, today: TODAY, hold });
const releaseNights = (holdId: string, ownerId = OWNER, accommodationOwnerId: string | null = OWNER): PlanningCommand =>
  command('ReleaseNights', { accommodationId: GITE, ownerId, accommodationOwnerId, today: TODAY, holdId });
const liftBlocks = (arrival: string, departure: string, ownerId = OWNER, accommodationOwnerId: string | null = OWNER): PlanningCommand =>
  command('LiftBlocks', { accommodationId: GITE, ownerId, accommodationOwnerId, today: TODAY, arrival, departure });

const nightsHeld = (hold: Hold): PlanningEvent => event('NightsHeld', { accommodationId: GITE, ownerId: OWNER, hold });
const nightsReleased = (hold: Hold): PlanningEvent => event('NightsReleased', { accommodationId: GITE, ownerId: OWNER, hold });

/** What is left of `parent` from `arrival` to `departure` once part of it was lifted. */
const partOf = (parent: Hold, arrival: string, departure: string): Hold => ({ ...parent, arrival, departure, holdId: nameBasedUuid(`${parent.holdId}/${arrival}/${departure}`) });

/** The holds standing after the history, as [id, arrival, departure]. */
const standing = (history: PlanningEvent[]) => [...fold(planningDecider, history).holds.values()].map((h) => [h.holdId, h.arrival, h.departure]);

/** The events a lift decides, on the history given. */
const lifted = (history: PlanningEvent[], arrival: string, departure: string): PlanningEvent[] =>
  planningDecider.decide(liftBlocks(arrival, departure), fold(planningDecider, history));

// 4 → 11 July 2026: Saturday to Saturday, the nights of the 4th to the 10th.
const WEEK = block('b-week', '2026-07-04', '2026-07-11');
const BOOKED_WEEK = stay('s-week', '2026-07-04', '2026-07-11');

describe('Planning of an accommodation', () => {
  describe('holding nights', () => {
    it('holds free nights', () => given([]).when(holdNights(WEEK)).then([nightsHeld(WEEK)]));

    it('holds nights beside other holds that they do not touch', () =>
      given([nightsHeld(WEEK), nightsHeld(stay('s-later', '2026-07-20', '2026-07-27'))])
        .when(holdNights(stay('s-between', '2026-07-13', '2026-07-18')))
        .then([nightsHeld(stay('s-between', '2026-07-13', '2026-07-18'))]));

    it.each([
      ['the same nights', '2026-07-04', '2026-07-11'],
      ['one night inside them', '2026-07-07', '2026-07-08'],
      ['nights that surround them', '2026-07-01', '2026-07-15'],
      ['a stay arriving on their last night', '2026-07-10', '2026-07-12'],
      ['a stay leaving the day after their first night', '2026-07-01', '2026-07-05'],
    ])('refuses %s when they are blocked', (_, arrival, departure) =>
      given([nightsHeld(WEEK)]).when(holdNights(stay('s-new', arrival, departure))).thenThrows(NightsUnavailable, { code: 'UNAVAILABLE' }));

    it.each([
      ['the same nights', '2026-07-04', '2026-07-11'],
      ['one night inside them', '2026-07-07', '2026-07-08'],
      ['nights that surround them', '2026-07-01', '2026-07-15'],
      ['a block starting on their last night', '2026-07-10', '2026-07-12'],
      ['a block ending after their first night', '2026-07-01', '2026-07-05'],
    ])('refuses %s when a booking file holds them', (_, arrival, departure) =>
      given([nightsHeld(BOOKED_WEEK)]).when(holdNights(block('b-new', arrival, departure))).thenThrows(NightsUnavailable, { code: 'UNAVAILABLE' }));

    it('names a single clashing night as one night', () =>
      given([nightsHeld(block('b1', '2026-07-04', '2026-07-05'))])
        .when(holdNights(block('b2', '2026-07-04', '2026-07-06')))
        .thenThrows(NightsUnavailable, 'These nights are not free: the night of Saturday 4 July 2026 is blocked by the owner'));

    it('refuses a stay on booked nights even when the stay is booked by another file', () =>
      given([nightsHeld(BOOKED_WEEK)]).when(holdNights(stay('s-other', '2026-07-08', '2026-07-15'))).thenThrows(NightsUnavailable));

    it('is an Unavailable error, the kind a client is told to pick other nights for', () =>
      given([nightsHeld(WEEK)]).when(holdNights(stay('s-new', '2026-07-08', '2026-07-15'))).thenThrows(Unavailable, { code: 'UNAVAILABLE' }));

    it('names only the nights that clash with a block, not the whole block', () =>
      given([nightsHeld(WEEK)])
        .when(holdNights(stay('s-new', '2026-07-08', '2026-07-15')))
        .thenThrows(NightsUnavailable, 'These nights are not free: the nights of Wednesday 8 July 2026 to Friday 10 July 2026 are blocked by the owner'));

    it('names the one night that clashes with another booking file', () =>
      given([nightsHeld(BOOKED_WEEK)])
        .when(holdNights(block('b-new', '2026-07-10', '2026-07-12')))
        .thenThrows(NightsUnavailable, 'These nights are not free: the night of Friday 10 July 2026 is booked'));

    it('lets a stay arrive on the day a block ends', () =>
      given([nightsHeld(WEEK)]).when(holdNights(stay('s-next', '2026-07-11', '2026-07-18'))).then([nightsHeld(stay('s-next', '2026-07-11', '2026-07-18'))]));

    it('lets a stay leave on the day a block starts', () =>
      given([nightsHeld(WEEK)]).when(holdNights(stay('s-before', '2026-06-27', '2026-07-04'))).then([nightsHeld(stay('s-before', '2026-06-27', '2026-07-04'))]));

    it('lets a block start on the day a stay leaves', () =>
      given([nightsHeld(BOOKED_WEEK)]).when(holdNights(block('b-next', '2026-07-11', '2026-07-12'))).then([nightsHeld(block('b-next', '2026-07-11', '2026-07-12'))]));

    it('lets a block end on the day a stay arrives', () =>
      given([nightsHeld(BOOKED_WEEK)]).when(holdNights(block('b-before', '2026-07-03', '2026-07-04'))).then([nightsHeld(block('b-before', '2026-07-03', '2026-07-04'))]));

    it('holds nights freed by a released hold', () =>
      given([nightsHeld(BOOKED_WEEK), nightsReleased(BOOKED_WEEK)]).when(holdNights(WEEK)).then([nightsHeld(WEEK)]));

    it('records nothing when the same hold is held again, as a retried request does', () => given([nightsHeld(WEEK)]).when(holdNights(WEEK)).thenNothing());

    it('refuses the same hold id on other nights', () =>
      given([nightsHeld(WEEK)])
        .when(holdNights(block(WEEK.holdId, '2026-07-04', '2026-07-12')))
        .thenThrows(Conflict, { code: 'CONFLICT', message: `Hold ${WEEK.holdId} already holds other nights` }));

    it('refuses the same hold id on far away nights rather than holding them twice', () =>
      given([nightsHeld(WEEK)]).when(holdNights(block(WEEK.holdId, '2026-09-01', '2026-09-05'))).thenThrows(Conflict, { code: 'CONFLICT' }));

    it('refuses the same hold id for another kind of hold on the same nights', () =>
      given([nightsHeld(WEEK)]).when(holdNights(stay(WEEK.holdId, WEEK.arrival, WEEK.departure))).thenThrows(Conflict, { code: 'CONFLICT' }));
  });

  describe('releasing nights', () => {
    it('releases a hold, carrying the nights it frees', () => given([nightsHeld(BOOKED_WEEK)]).when(releaseNights(BOOKED_WEEK.holdId)).then([nightsReleased(BOOKED_WEEK)]));

    it('releases one hold and keeps the others', () =>
      expect(standing([nightsHeld(BOOKED_WEEK), nightsHeld(block('b-later', '2026-08-01', '2026-08-08')), nightsReleased(BOOKED_WEEK)])).toEqual([
        ['b-later', '2026-08-01', '2026-08-08'],
      ]));

    it('records nothing for a hold it does not know', () => given([nightsHeld(BOOKED_WEEK)]).when(releaseNights('s-unknown')).thenNothing());

    it('records nothing when releasing again', () => given([nightsHeld(BOOKED_WEEK), nightsReleased(BOOKED_WEEK)]).when(releaseNights(BOOKED_WEEK.holdId)).thenNothing());
  });

  describe('lifting blocks', () => {
    // 1 → 11 July: ten blocked nights, the 1st to the 10th.
    const TEN = block('b-ten', '2026-07-01', '2026-07-11', 'Famille');

    it('splits a block lifted in its middle into the nights before and the nights after', () =>
      given([nightsHeld(TEN)])
        .when(liftBlocks('2026-07-04', '2026-07-06'))
        .then([nightsReleased(TEN), nightsHeld(partOf(TEN, '2026-07-01', '2026-07-04')), nightsHeld(partOf(TEN, '2026-07-06', '2026-07-11'))]));

    it('keeps the reason of a split block on both parts', () =>
      expect(
        lifted([nightsHeld(TEN)], '2026-07-04', '2026-07-06')
          .filter((e) => e.type === 'NightsHeld')
          .map((e) => [e.data.hold.kind, e.data.hold.reason]),
      ).toEqual([
        ['BLOCK', 'Famille'],
        ['BLOCK', 'Famille'],
      ]));

    it('names the parts the same when the same lift is decided again, as a retry does', () =>
      expect(lifted([nightsHeld(TEN)], '2026-07-04', '2026-07-06')).toEqual(lifted([nightsHeld(TEN)], '2026-07-04', '2026-07-06')));

    it('gives each part a UUID of its own, unlike the block and each other', () => {
      const ids = lifted([nightsHeld(TEN)], '2026-07-04', '2026-07-06')
        .filter((e) => e.type === 'NightsHeld')
        .map((e) => e.data.hold.holdId);
      expect(ids.every(isUuid)).toBe(true);
      expect(new Set([TEN.holdId, ...ids]).size).toBe(3);
    });

    it('names the parts of different lifts differently', () => {
      const partIds = (arrival: string, departure: string) => lifted([nightsHeld(TEN)], arrival, departure).flatMap((e) => (e.type === 'NightsHeld' ? [e.data.hold.holdId] : []));
      expect(partIds('2026-07-04', '2026-07-06')).not.toEqual(partIds('2026-07-05', '2026-07-07'));
    });

    it('leaves the lifted nights free and the others blocked', () =>
      expect(standing([nightsHeld(TEN), ...lifted([nightsHeld(TEN)], '2026-07-04', '2026-07-06')])).toEqual([
        [partOf(TEN, '2026-07-01', '2026-07-04').holdId, '2026-07-01', '2026-07-04'],
        [partOf(TEN, '2026-07-06', '2026-07-11').holdId, '2026-07-06', '2026-07-11'],
      ]));

    it('lets the lifted nights be held, and still refuses the nights left blocked', () => {
      const history = [nightsHeld(TEN), ...lifted([nightsHeld(TEN)], '2026-07-04', '2026-07-06')];
      given(history).when(holdNights(stay('s-gap', '2026-07-04', '2026-07-06'))).then([nightsHeld(stay('s-gap', '2026-07-04', '2026-07-06'))]);
      given(history).when(holdNights(stay('s-wider', '2026-07-03', '2026-07-06'))).thenThrows(NightsUnavailable);
      given(history).when(holdNights(stay('s-wider', '2026-07-04', '2026-07-07'))).thenThrows(NightsUnavailable);
    });

    it('splits a part of a block again when lifted again', () => {
      const history = [nightsHeld(TEN), ...lifted([nightsHeld(TEN)], '2026-07-04', '2026-07-06')];
      const after = partOf(TEN, '2026-07-06', '2026-07-11');
      given(history)
        .when(liftBlocks('2026-07-08', '2026-07-09'))
        .then([nightsReleased(after), nightsHeld(partOf(after, '2026-07-06', '2026-07-08')), nightsHeld(partOf(after, '2026-07-09', '2026-07-11'))]);
    });

    it('trims the start of a block when the range covers it', () =>
      given([nightsHeld(TEN)]).when(liftBlocks('2026-06-28', '2026-07-03')).then([nightsReleased(TEN), nightsHeld(partOf(TEN, '2026-07-03', '2026-07-11'))]));

    it('trims the end of a block when the range covers it', () =>
      given([nightsHeld(TEN)]).when(liftBlocks('2026-07-09', '2026-07-20')).then([nightsReleased(TEN), nightsHeld(partOf(TEN, '2026-07-01', '2026-07-09'))]));

    it('trims the first night of a block lifted alone', () =>
      given([nightsHeld(TEN)]).when(liftBlocks('2026-07-01', '2026-07-02')).then([nightsReleased(TEN), nightsHeld(partOf(TEN, '2026-07-02', '2026-07-11'))]));

    it('trims the last night of a block lifted alone', () =>
      given([nightsHeld(TEN)]).when(liftBlocks('2026-07-10', '2026-07-11')).then([nightsReleased(TEN), nightsHeld(partOf(TEN, '2026-07-01', '2026-07-10'))]));

    it('releases a block the range covers exactly, holding nothing again', () => given([nightsHeld(TEN)]).when(liftBlocks('2026-07-01', '2026-07-11')).then([nightsReleased(TEN)]));

    it('lifts each block the range covers, trimming those it only reaches into', () => {
      const first = block('b-1', '2026-07-01', '2026-07-04');
      const second = block('b-2', '2026-07-06', '2026-07-09');
      const third = block('b-3', '2026-07-12', '2026-07-20');
      given([nightsHeld(first), nightsHeld(second), nightsHeld(third)])
        .when(liftBlocks('2026-07-03', '2026-07-14'))
        .then([
          nightsReleased(first),
          nightsHeld(partOf(first, '2026-07-01', '2026-07-03')),
          nightsReleased(second),
          nightsReleased(third),
          nightsHeld(partOf(third, '2026-07-14', '2026-07-20')),
        ]);
    });

    it('never touches the nights of a booking file, even inside the range', () => {
      const before = block('b-before', '2026-07-01', '2026-07-04');
      const after = block('b-after', '2026-07-11', '2026-07-15');
      given([nightsHeld(before), nightsHeld(BOOKED_WEEK), nightsHeld(after)])
        .when(liftBlocks('2026-07-01', '2026-07-31'))
        .then([nightsReleased(before), nightsReleased(after)]);
    });

    it('records nothing when only booking files hold the range', () => given([nightsHeld(BOOKED_WEEK)]).when(liftBlocks('2026-07-01', '2026-07-31')).thenNothing());

    it('records nothing when nothing is held', () => given([]).when(liftBlocks('2026-07-01', '2026-07-31')).thenNothing());

    it('records nothing for a range that ends the day a block starts', () => given([nightsHeld(TEN)]).when(liftBlocks('2026-06-25', '2026-07-01')).thenNothing());

    it('records nothing for a range that starts the day a block ends', () => given([nightsHeld(TEN)]).when(liftBlocks('2026-07-11', '2026-07-15')).thenNothing());

    it('records nothing for a block already lifted', () => given([nightsHeld(TEN), nightsReleased(TEN)]).when(liftBlocks('2026-07-01', '2026-07-11')).thenNothing());
  });

  describe('ownership', () => {
    it.each([
      ['holding nights', holdNights(WEEK, OWNER, null)],
      ['releasing nights', releaseNights(WEEK.holdId, OWNER, null)],
      ['lifting blocks', liftBlocks('2026-07-01', '2026-07-31', OWNER, null)],
    ])('refuses %s on an accommodation that does not exist', (_, refused) =>
      given([]).when(refused).thenThrows(AccommodationNotFound, { code: 'NOT_FOUND', field: 'accommodationId', message: `accommodationId: Accommodation ${GITE} was not found` }));

    it.each([
      ['holding nights', holdNights(stay('s-intruder', '2026-08-01', '2026-08-08'), INTRUDER, OWNER)],
      ['releasing nights', releaseNights(WEEK.holdId, INTRUDER, OWNER)],
      ['lifting blocks', liftBlocks('2026-07-01', '2026-07-31', INTRUDER, OWNER)],
    ])('refuses %s on the accommodation of another owner', (_, refused) =>
      given([nightsHeld(WEEK)])
        .when(refused)
        .thenThrows(NotYourAccommodation, { code: 'NOT_FOUND', field: 'accommodationId', message: `accommodationId: Accommodation ${GITE} was not found` }));

    it('refuses another owner before telling whether the nights are free', () =>
      given([nightsHeld(WEEK)]).when(holdNights(stay('s-probe', '2026-07-04', '2026-07-11'), INTRUDER, OWNER)).thenThrows(NotYourAccommodation, { code: 'NOT_FOUND' }));
  });

  it('keeps one stream per accommodation', () => expect(planningStream(GITE)).toBe('planning-acc-gite'));
});
