import type { TestApp } from '../support/test-app';
import { expectRefused, type OwnerOperation, type Owners } from './owner-operation';

/** A's block: the nights of 1 to 7 August 2026. */
const A_BLOCK = { from: '2026-08-01', to: '2026-08-08', reason: 'Famille Alpha' };

const PLANNING = 'query($id: ID!, $from: Date!, $to: Date!) { planning(accommodationId: $id, from: $from, to: $to) { date state holdId reason } }';

/** The id of A's block, known once createReservationOfA has run. */
export const aReservation = { blockId: '' };

/** A block on A's accommodation, for B to attack. */
export async function createReservationOfA(t: TestApp, token: string, accommodationId: string): Promise<typeof aReservation> {
  const answer = await t.gql(
    'mutation($id: ID!, $from: Date!, $to: Date!, $reason: String) { blockNights(accommodationId: $id, from: $from, to: $to, reason: $reason) { id } }',
    { id: accommodationId, ...A_BLOCK },
    token,
  );
  if (answer.errors || !answer.data) throw new Error(`setting up A's planning failed: ${JSON.stringify(answer.errors)}`);
  aReservation.blockId = answer.data.blockNights.id as string;
  return aReservation;
}

/** A's planning around the block reads back exactly as A left it: the 1st to the 7th blocked, the days around free. */
async function aPlanningIsUntouched(t: TestApp, o: Owners): Promise<void> {
  const answer = await t.gql(PLANNING, { id: o.aCatalogue.accommodationId, from: '2026-07-30', to: '2026-08-10' }, o.a.token);
  expect(answer.errors).toBeUndefined();
  const free = (date: string) => ({ date, state: 'FREE', holdId: null, reason: null });
  const blocked = (date: string) => ({ date, state: 'BLOCKED', holdId: aReservation.blockId, reason: A_BLOCK.reason });
  expect(answer.data?.planning).toEqual([
    free('2026-07-30'),
    free('2026-07-31'),
    ...['01', '02', '03', '04', '05', '06', '07'].map((day) => blocked(`2026-08-${day}`)),
    free('2026-08-08'),
    free('2026-08-09'),
  ]);
}

/** Refused with FORBIDDEN naming `accommodationId`, and A's planning is as it was. */
const forbiddenAndUntouched: OwnerOperation['verify'] = async (answer, o, t) => {
  expectRefused(answer, 'FORBIDDEN');
  expect(answer.errors?.[0].extensions?.field).toBe('accommodationId');
  await aPlanningIsUntouched(t, o);
};

export const RESERVATION_OPERATIONS: Record<string, OwnerOperation> = {
  blockNights: {
    // Free nights of A's, so only the ownership check stands between B and a block on them.
    document: 'mutation($id: ID!) { blockNights(accommodationId: $id, from: "2026-07-30", to: "2026-07-31", reason: "Beta") { id from to reason } }',
    variables: (o) => ({ id: o.aCatalogue.accommodationId }),
    verify: forbiddenAndUntouched,
  },
  unblockNights: {
    document: 'mutation($id: ID!) { unblockNights(accommodationId: $id, from: "2026-08-03", to: "2026-08-05") }',
    variables: (o) => ({ id: o.aCatalogue.accommodationId }),
    verify: forbiddenAndUntouched,
  },
  planning: {
    document: 'query($id: ID!) { planning(accommodationId: $id, from: "2026-07-30", to: "2026-08-10") { date state holdId reason nightlyPrice { cents } } }',
    variables: (o) => ({ id: o.aCatalogue.accommodationId }),
    verify: forbiddenAndUntouched,
  },
};
