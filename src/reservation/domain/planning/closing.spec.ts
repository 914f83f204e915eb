import { givenDecider } from '../../../../test/support/decider-spec';
import { addDays } from '../../../shared/kernel/calendar-date';
import { fold } from '../../../shared/kernel/decider';
import { command, event } from '../../../shared/kernel/message';
import type { Hold } from './hold';
import { CLOSE_AFTER_DAYS, CLOSE_AT_LEAST, planningDecider, type PlanningCommand, type PlanningEvent } from './planning.decider';
import { NightsClosed } from './planning.errors';

const GITE = 'acc-gite';
const OWNER = 'owner-1';
const TODAY = '2027-06-01';
const HORIZON = addDays(TODAY, -CLOSE_AFTER_DAYS);

const given = givenDecider(planningDecider);

const stay = (holdId: string, arrival: string, departure: string): Hold => ({ holdId, kind: 'DOSSIER', arrival, departure, dossierId: `dossier-of-${holdId}`, reason: null });
const held = (hold: Hold): PlanningEvent => event('NightsHeld', { accommodationId: GITE, ownerId: OWNER, hold });
const hold = (h: Hold, today = TODAY): PlanningCommand => command('HoldNights', { accommodationId: GITE, ownerId: OWNER, accommodationOwnerId: OWNER, today, hold: h });
const closed = (before: string): PlanningEvent => event('PastNightsClosed', { accommodationId: GITE, ownerId: OWNER, before });

/** `count` one-night stays long past, each on its own night of 2026. */
const pastStays = (count: number): PlanningEvent[] => Array.from({ length: count }, (_, i) => held(stay(`past-${i}`, addDays('2026-01-01', i), addDays('2026-01-02', i))));

const NEXT = stay('next', '2027-07-04', '2027-07-11');

describe('Closing the nights long past on a planning', () => {
  it(`closes them once ${CLOSE_AT_LEAST} holds ended more than ${CLOSE_AFTER_DAYS} days ago, in the same append as the command`, () =>
    given(pastStays(CLOSE_AT_LEAST)).when(hold(NEXT)).then([closed(HORIZON), held(NEXT)]));

  it('leaves fewer past holds as they are, so a planning is not written to for each old stay', () =>
    given(pastStays(CLOSE_AT_LEAST - 1)).when(hold(NEXT)).then([held(NEXT)]));

  it('keeps in mind only the holds that still matter', () => {
    const recent = held(stay('recent', addDays(TODAY, -10), addDays(TODAY, -3)));
    const state = fold(planningDecider, [...pastStays(CLOSE_AT_LEAST), recent, closed(HORIZON)]);
    expect([...state.holds.keys()]).toEqual(['recent']);
    expect(state.closedBefore).toBe(HORIZON);
  });

  it('refuses any hold starting before the closed nights, though nothing holds them any more', () =>
    given([...pastStays(CLOSE_AT_LEAST), closed(HORIZON)])
      .when(hold(stay('late', addDays(HORIZON, -1), addDays(HORIZON, 1))))
      .thenThrows(NightsClosed, { code: 'UNAVAILABLE' }));

  it('still holds nights from the closed day on', () => {
    const fromHorizon = stay('from-horizon', HORIZON, addDays(HORIZON, 2));
    return given([...pastStays(CLOSE_AT_LEAST), closed(HORIZON)]).when(hold(fromHorizon)).then([held(fromHorizon)]);
  });

  it('reads back the snapshot it writes, open holds and closed day alike', () => {
    const snapshot = planningDecider.snapshot;
    const state = fold(planningDecider, [...pastStays(CLOSE_AT_LEAST), held(NEXT), closed(HORIZON)]);
    const json = JSON.parse(JSON.stringify(snapshot?.encode(state))) as unknown;
    expect(snapshot?.decode(json)).toEqual(state);
  });

  it('refuses a snapshot of another shape, so the stream is folded from its start instead', () => {
    expect(() => planningDecider.snapshot?.decode({ holds: [{ holdId: 1 }], closedBefore: null })).toThrow();
    expect(() => planningDecider.snapshot?.decode('not a planning')).toThrow();
  });
});
