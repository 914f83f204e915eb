import { givenDecider } from '../../../../test/support/decider-spec';
import { AccommodationNotFound, NotYourAccommodation } from '../../../shared/kernel/accommodation-access';
import { fold } from '../../../shared/kernel/decider';
import { Conflict } from '../../../shared/kernel/errors';
import { command, event } from '../../../shared/kernel/message';
import type { Hold } from './hold';
import { planningDecider, type PlanningCommand, type PlanningEvent } from './planning.decider';
import { describeNights, NightsUnavailable } from './planning.errors';

const GITE = 'acc-gite';
/** The day commands are decided on: the July stays are ahead. */
const TODAY = '2026-06-01';
const OWNER = 'owner-1';
const INTRUDER = 'owner-2';

const given = givenDecider(planningDecider);

const stay = (holdId: string, arrival: string, departure: string): Hold => ({ holdId, kind: 'DOSSIER', arrival, departure, dossierId: 'dossier-1', reason: null });
const block = (holdId: string, arrival: string, departure: string): Hold => ({ holdId, kind: 'BLOCK', arrival, departure, dossierId: null, reason: 'Travaux' });

/** A stay changing dates takes a new hold id for its new nights: the planning tells holds apart by it. */
const moveHold = (holdId: string, hold: Hold, ownerId = OWNER, accommodationOwnerId: string | null = OWNER): PlanningCommand =>
  command('MoveHold', { accommodationId: GITE, ownerId, accommodationOwnerId, today: TODAY, holdId, hold });

const nightsHeld = (hold: Hold): PlanningEvent => event('NightsHeld', { accommodationId: GITE, ownerId: OWNER, hold });
const nightsReleased = (hold: Hold): PlanningEvent => event('NightsReleased', { accommodationId: GITE, ownerId: OWNER, hold });

/** The nights of `asked` that fall in a hold from `arrival` to `departure`, as the refusal names them. */
const clashingNights = (asked: Hold, arrival: string, departure: string): string =>
  describeNights(asked.arrival > arrival ? asked.arrival : arrival, asked.departure < departure ? asked.departure : departure);

const standing = (history: PlanningEvent[]) => [...fold(planningDecider, history).holds.values()].map((h) => [h.holdId, h.arrival, h.departure]);

// Saturday 4 to Saturday 11 July 2026, moved three days later.
const WEEK = stay('h-week', '2026-07-04', '2026-07-11');
const LATER = stay('h-later', '2026-07-07', '2026-07-14');

describe('Moving a stay’s hold on the planning', () => {
  it('moves onto nights that overlap its own old ones, releasing and holding in one decision', () =>
    given([nightsHeld(WEEK)]).when(moveHold(WEEK.holdId, LATER)).then([nightsReleased(WEEK), nightsHeld(LATER)]));

  it('moves onto nights its old ones lie inside', () => {
    const longer = stay('h-longer', '2026-07-01', '2026-07-15');
    given([nightsHeld(WEEK)]).when(moveHold(WEEK.holdId, longer)).then([nightsReleased(WEEK), nightsHeld(longer)]);
  });

  it('moves onto nights far from its old ones', () => {
    const august = stay('h-august', '2026-08-01', '2026-08-08');
    given([nightsHeld(WEEK)]).when(moveHold(WEEK.holdId, august)).then([nightsReleased(WEEK), nightsHeld(august)]);
  });

  it('leaves only the new nights held after the move', () => expect(standing([nightsHeld(WEEK), nightsReleased(WEEK), nightsHeld(LATER)])).toEqual([['h-later', '2026-07-07', '2026-07-14']]));

  it('moves up to the day another hold starts', () => {
    const upToBlock = stay('h-up-to', '2026-07-07', '2026-07-12');
    given([nightsHeld(WEEK), nightsHeld(block('b-after', '2026-07-12', '2026-07-19'))]).when(moveHold(WEEK.holdId, upToBlock)).then([nightsReleased(WEEK), nightsHeld(upToBlock)]);
  });

  it('refuses nights another hold has, naming only the nights that clash', () =>
    given([nightsHeld(WEEK), nightsHeld(block('b-after', '2026-07-12', '2026-07-19'))])
      .when(moveHold(WEEK.holdId, LATER))
      .thenThrows(NightsUnavailable, { code: 'UNAVAILABLE', message: `These nights are not free: ${clashingNights(LATER, '2026-07-12', '2026-07-19')} blocked by the owner` }));

  it('refuses nights another booking file has', () =>
    given([nightsHeld(WEEK), nightsHeld(stay('h-other', '2026-07-13', '2026-07-20'))]).when(moveHold(WEEK.holdId, LATER)).thenThrows(NightsUnavailable));

  it('refuses to move a hold the planning does not have', () =>
    given([nightsHeld(WEEK)]).when(moveHold('h-unknown', LATER)).thenThrows(Conflict, { code: 'CONFLICT', message: 'Hold h-unknown does not hold any nights' }));

  it('refuses to move a hold that was released', () =>
    given([nightsHeld(WEEK), nightsReleased(WEEK)]).when(moveHold(WEEK.holdId, LATER)).thenThrows(Conflict, { code: 'CONFLICT' }));

  it('records nothing when a move already made is made again, as a retried request does', () =>
    given([nightsHeld(WEEK), nightsReleased(WEEK), nightsHeld(LATER)]).when(moveHold(WEEK.holdId, LATER)).thenNothing());

  it('refuses a move on an accommodation that does not exist', () =>
    given([]).when(moveHold(WEEK.holdId, LATER, OWNER, null)).thenThrows(AccommodationNotFound, { code: 'NOT_FOUND', field: 'accommodationId' }));

  it('refuses a move on another owner’s accommodation before saying anything of its nights', () =>
    given([nightsHeld(WEEK)]).when(moveHold(WEEK.holdId, LATER, INTRUDER, OWNER)).thenThrows(NotYourAccommodation, { code: 'NOT_FOUND', field: 'accommodationId' }));

  it('refuses a new hold id that names another hold, which would wipe out that hold’s nights', () =>
    given([nightsHeld(WEEK), nightsHeld(block('b-august', '2026-08-01', '2026-08-08'))])
      .when(moveHold(WEEK.holdId, { ...LATER, holdId: 'b-august' }))
      .thenThrows(Conflict, { code: 'CONFLICT', message: 'Hold b-august already holds other nights' }));

  it('records nothing for a move onto the very nights a hold already has', () => given([nightsHeld(WEEK)]).when(moveHold(WEEK.holdId, WEEK)).then([]));
});
