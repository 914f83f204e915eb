import type { TestApp } from '../support/test-app';
import { expectRefused, type OwnerOperation, type Owners } from './owner-operation';

/** A's block: the nights of 1 to 7 August 2026. */
const A_BLOCK = { from: '2026-08-01', to: '2026-08-08', reason: 'Famille Alpha' };

const PLANNING = 'query($id: ID!, $from: Date!, $to: Date!) { planning(accommodationId: $id, from: $from, to: $to) { date state holdId reason } }';

/** Everything of A's file that B could touch: status, guest, notes, stays, supplements, payments. */
const A_FILE = `id number status guest { lastName firstName email phone1 } note internalNote contractSigned total { cents } paid { cents }
  stays { accommodationId arrival departure occupants { ageRangeId count } price { cents } }
  globalSupplements { label } payments { amount { cents } }`;
const A_POLICY = '{ depositPolicy { kind defaultPercent depositDueDays acceptedPaymentMethods chequePayableTo } }';

/** A's block, A's booking file (20 to 22 August) and A's deposit policy, known once createReservationOfA has run. */
export const aReservation = { blockId: '', dossierId: '', guestId: '', dossier: {} as Record<string, unknown>, policy: {} as Record<string, unknown> };

/** A block, a booking file with a payment, and a deposit policy of A's, for B to attack. */
export async function createReservationOfA(t: TestApp, token: string, accommodationId: string, adultId: string): Promise<typeof aReservation> {
  const setUp = async (document: string, variables: Record<string, unknown>) => {
    const answer = await t.gql(document, variables, token);
    if (answer.errors || !answer.data) throw new Error(`setting up A's reservations failed: ${JSON.stringify(answer.errors)}`);
    return answer.data;
  };
  const block = await setUp('mutation($id: ID!, $from: Date!, $to: Date!, $reason: String) { blockNights(accommodationId: $id, from: $from, to: $to, reason: $reason) { id } }', { id: accommodationId, ...A_BLOCK });
  aReservation.blockId = block.blockNights.id as string;
  await setUp('mutation($input: DepositPolicyInput!) { setDepositPolicy(input: $input) { kind } }', {
    input: { kind: 'ARRHES', defaultPercent: 30, acceptedPaymentMethods: ['CHEQUE', 'TRANSFER'], chequePayableTo: 'Alpha SARL' },
  });
  const created = await setUp('mutation($input: CreateDossierInput!) { createDossier(input: $input) { id } }', {
    input: { accommodationId, arrival: '2026-08-20', departure: '2026-08-22', occupants: [{ ageRangeId: adultId, count: 2 }], price: 20_000, guest: { lastName: 'Alpha-Guest', email: 'guest@alpha.example' }, note: 'Welcome' },
  });
  aReservation.dossierId = created.createDossier.id as string;
  await setUp('mutation($id: ID!) { recordPayment(dossierId: $id, input: { date: "2026-06-01", method: TRANSFER, cents: 1000 }) { id } }', { id: aReservation.dossierId });
  aReservation.dossier = (await setUp(`query($id: ID!) { dossier(id: $id) { ${A_FILE} } }`, { id: aReservation.dossierId })).dossier as Record<string, unknown>;
  aReservation.policy = (await setUp(A_POLICY, {})).depositPolicy as Record<string, unknown>;
  aReservation.guestId = ((await setUp('{ guests(search: "alpha") { nodes { id } } }', {})).guests.nodes as { id: string }[])[0].id;
  return aReservation;
}

/** A's file and deposit policy read back exactly as A left them. */
async function aFileIsUntouched(t: TestApp, o: Owners): Promise<void> {
  const file = await t.gql(`query($id: ID!) { dossier(id: $id) { ${A_FILE} } }`, { id: aReservation.dossierId }, o.a.token);
  expect(file.data?.dossier).toEqual(aReservation.dossier);
  const policy = await t.gql(A_POLICY, {}, o.a.token);
  expect(policy.data?.depositPolicy).toEqual(aReservation.policy);
}

/** Refused as if A's file did not exist, and A's file is as it was. */
const notFoundAndUntouched: OwnerOperation['verify'] = async (answer, o, t) => {
  expectRefused(answer, 'NOT_FOUND');
  await aFileIsUntouched(t, o);
};

/** B's answer is B's own (empty) world: none of A's files in it. */
const onlyOwnFiles =
  (field: string): OwnerOperation['verify'] =>
  async (answer, o, t) => {
    expect(answer.errors).toBeUndefined();
    expect(JSON.stringify(answer.data?.[field])).not.toContain(aReservation.dossierId);
    expect(answer.data?.[field]).toEqual(field === 'dossiers' ? { nodes: [], totalCount: 0 } : []);
    await aFileIsUntouched(t, o);
  };

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

/** Refused with NOT_FOUND naming the accommodation's argument, as for an unknown one, and A's planning is as it was. */
const notFoundOnPlanning =
  (field = 'accommodationId'): OwnerOperation['verify'] =>
  async (answer, o, t) => {
    expectRefused(answer, 'NOT_FOUND');
    expect(answer.errors?.[0].extensions?.field).toBe(field);
    await aPlanningIsUntouched(t, o);
  };

/** An operation on A's file, by id, that must answer NOT_FOUND to B. */
const onAFile = (document: string): OwnerOperation => ({ document, variables: () => ({ id: aReservation.dossierId }), verify: notFoundAndUntouched });

export const RESERVATION_OPERATIONS: Record<string, OwnerOperation> = {
  createDossier: {
    document: 'mutation($input: CreateDossierInput!) { createDossier(input: $input) { id } }',
    variables: (o) => ({ input: { accommodationId: o.aCatalogue.accommodationId, arrival: '2026-07-30', departure: '2026-07-31', occupants: [{ ageRangeId: o.aCatalogue.ageRangeIds[0], count: 1 }], price: 100, guest: { lastName: 'Beta' } } }),
    verify: notFoundOnPlanning('input.accommodationId'),
  },
  addStayToDossier: {
    document: 'mutation($id: ID!, $input: StayInput!) { addStayToDossier(id: $id, input: $input) { id } }',
    variables: (o) => ({ id: aReservation.dossierId, input: { accommodationId: o.aCatalogue.accommodationId, arrival: '2026-07-30', departure: '2026-07-31', occupants: [{ ageRangeId: o.aCatalogue.ageRangeIds[0], count: 1 }] } }),
    verify: notFoundAndUntouched,
  },
  changeDossierStay: onAFile('mutation($id: ID!) { changeDossierStay(id: $id, arrival: "2026-08-24", departure: "2026-08-26") { id } }'),
  changeDossierOccupants: {
    document: 'mutation($id: ID!, $occupants: [OccupantsInput!]!) { changeDossierOccupants(id: $id, occupants: $occupants) { id } }',
    variables: (o) => ({ id: aReservation.dossierId, occupants: [{ ageRangeId: o.aCatalogue.ageRangeIds[0], count: 1 }] }),
    verify: notFoundAndUntouched,
  },
  confirmDossier: onAFile('mutation($id: ID!) { confirmDossier(id: $id) { id } }'),
  cancelDossier: onAFile('mutation($id: ID!) { cancelDossier(id: $id, reason: "Beta") { id } }'),
  deleteDossier: onAFile('mutation($id: ID!) { deleteDossier(id: $id) }'),
  addGlobalSupplement: onAFile('mutation($id: ID!) { addGlobalSupplement(id: $id, label: "Beta", cents: 100) { id } }'),
  setDossierNotes: onAFile('mutation($id: ID!) { setDossierNotes(id: $id, note: "Beta", internalNote: "Beta") { id } }'),
  changeDossierGuest: onAFile('mutation($id: ID!) { changeDossierGuest(id: $id, guest: { lastName: "Beta", email: "beta@beta.example" }) { id guest { lastName } } }'),
  markContractSigned: onAFile('mutation($id: ID!) { markContractSigned(id: $id) { id } }'),
  setDossierTerms: onAFile('mutation($id: ID!) { setDossierTerms(id: $id, input: { depositPercent: 50, balanceDueDate: "2026-08-21" }) { id } }'),
  setDossierStayPrice: onAFile('mutation($id: ID!) { setDossierStayPrice(id: $id, cents: 100) { id } }'),
  touristTaxRegister: {
    // A's file (20 to 22 August 2026) is in A's register; B's register of the same nights is empty.
    document: '{ touristTaxRegister(from: "2026-08-01", to: "2026-08-31") { lines { dossierId accommodationName } totals { stays amount { cents } } } }',
    variables: () => ({}),
    verify: async (answer, o, t) => {
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.touristTaxRegister).toEqual({ lines: [], totals: { stays: 0, amount: { cents: 0 } } });
      const mine = await t.gql('{ touristTaxRegister(from: "2026-08-01", to: "2026-08-31") { lines { dossierId } } }', {}, o.a.token);
      expect(mine.data?.touristTaxRegister.lines).toEqual([{ dossierId: aReservation.dossierId }]);
    },
  },
  setStayTouristTaxExemptions: onAFile('mutation($id: ID!) { setStayTouristTaxExemptions(id: $id, exemptions: [{ reason: SEASONAL_WORKER, count: 1 }]) { id } }'),
  setDossierDiscount: onAFile('mutation($id: ID!) { setDossierDiscount(id: $id, discount: { cents: 100 }) { id } }'),
  setDossierTotal: onAFile('mutation($id: ID!) { setDossierTotal(id: $id, cents: 100) { id } }'),
  reservationSettings: {
    document: '{ reservationSettings { releaseUnpaidOptionsAfterDays } }',
    variables: () => ({}),
    verify: async (answer, o, t) => {
      expect(answer.data?.reservationSettings).toEqual({ releaseUnpaidOptionsAfterDays: null });
      await aFileIsUntouched(t, o);
    },
  },
  setUnpaidOptionRelease: {
    document: 'mutation { setUnpaidOptionRelease(afterDays: 5) { releaseUnpaidOptionsAfterDays } }',
    variables: () => ({}),
    verify: async (answer, o, t) => {
      // B sets B's own; A keeps A's options until A decides.
      expect(answer.data?.setUnpaidOptionRelease).toEqual({ releaseUnpaidOptionsAfterDays: 5 });
      expect((await t.gql('{ reservationSettings { releaseUnpaidOptionsAfterDays } }', {}, o.a.token)).data?.reservationSettings).toEqual({ releaseUnpaidOptionsAfterDays: null });
      await aFileIsUntouched(t, o);
    },
  },
  setGuestRetention: {
    document: 'mutation { setGuestRetention(years: 7) { guestRetentionYears } }',
    variables: () => ({}),
    verify: async (answer, o, t) => {
      // B keeps B's guests seven years; A's are still kept three.
      expect(answer.data?.setGuestRetention).toEqual({ guestRetentionYears: 7 });
      expect((await t.gql('{ reservationSettings { guestRetentionYears } }', {}, o.a.token)).data?.reservationSettings).toEqual({ guestRetentionYears: 3 });
      await aFileIsUntouched(t, o);
    },
  },
  eraseGuest: {
    document: 'mutation($id: ID!) { eraseGuest(guestId: $id) { guestId dossierIds } }',
    variables: () => ({ id: aReservation.guestId }),
    verify: async (answer, o, t) => {
      await notFoundAndUntouched(answer, o, t);
      expect(answer.errors?.[0].extensions?.field).toBe('guestId');
      const mine = await t.gql('{ guests(search: "alpha") { nodes { id } } }', {}, o.a.token);
      expect(mine.data?.guests).toEqual({ nodes: [{ id: aReservation.guestId }] });
    },
  },
  exportGuest: {
    document: 'query($id: ID!) { exportGuest(guestId: $id) { fileName json } }',
    variables: () => ({ id: aReservation.guestId }),
    verify: async (answer, o, t) => {
      await notFoundAndUntouched(answer, o, t);
      expect(JSON.stringify(answer)).not.toContain('Alpha-Guest');
    },
  },
  recordPayment: {
    document: 'mutation($id: ID!) { recordPayment(dossierId: $id, input: { date: "2026-06-01", method: TRANSFER, cents: 500 }) { id } }',
    variables: () => ({ id: aReservation.dossierId }),
    verify: async (answer, o, t) => {
      await notFoundAndUntouched(answer, o, t);
      expect(answer.errors?.[0].extensions?.field).toBe('dossierId');
    },
  },
  dossierHistory: onAFile('query($id: ID!) { dossierHistory(id: $id) { type data } }'),
  dossierAsOf: {
    document: 'query($id: ID!) { dossierAsOf(id: $id, at: "2030-01-01T00:00:00Z") { id guest { lastName } } }',
    variables: () => ({ id: aReservation.dossierId }),
    verify: async (answer, o, t) => {
      // A nullable field answers null beside its error; nothing of A's comes with it.
      expect(answer.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(answer.data?.dossierAsOf ?? null).toBeNull();
      await aFileIsUntouched(t, o);
    },
  },
  dossier: {
    document: `query($id: ID!) { dossier(id: $id) { ${A_FILE} } }`,
    variables: () => ({ id: aReservation.dossierId }),
    verify: async (answer, o, t) => {
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.dossier).toBeNull();
      await aFileIsUntouched(t, o);
    },
  },
  dossiers: { document: '{ dossiers(filter: { guest: "alpha" }) { nodes { id } totalCount } }', variables: () => ({}), verify: onlyOwnFiles('dossiers') },
  arrivals: { document: '{ arrivals(date: "2026-08-20") { id } }', variables: () => ({}), verify: onlyOwnFiles('arrivals') },
  departures: { document: '{ departures(date: "2026-08-22") { id } }', variables: () => ({}), verify: onlyOwnFiles('departures') },
  depositReminders: { document: '{ depositReminders { id } }', variables: () => ({}), verify: onlyOwnFiles('depositReminders') },
  dashboard: {
    // A's file was made and waits for its balance; B's dashboard counts and lists none of it.
    document: '{ dashboard { bookedToday { bookings } recentActivity { last12Months { bookings } } waitingForDeposit { count dossiers { id } } waitingForBalance { count dossiers { id } } latestBookings { id } nextArrivals { id } origins { bookings } } }',
    variables: () => ({}),
    verify: async (answer, o, t) => {
      expect(answer.errors).toBeUndefined();
      const mine = await t.gql('{ dashboard { latestBookings { id } } }', {}, o.a.token);
      expect(mine.data?.dashboard.latestBookings).toEqual([{ id: aReservation.dossierId }]);
      const board = answer.data?.dashboard as { origins: { bookings: number }[] };
      expect(JSON.stringify(board)).not.toContain(aReservation.dossierId);
      expect(board).toMatchObject({ bookedToday: { bookings: 0 }, recentActivity: { last12Months: { bookings: 0 } }, waitingForDeposit: { count: 0 }, waitingForBalance: { count: 0 }, latestBookings: [] });
      expect(board.origins.every((o) => o.bookings === 0)).toBe(true);
    },
  },
  depositPolicy: {
    document: A_POLICY,
    variables: () => ({}),
    verify: async (answer, o, t) => {
      expect(answer.data?.depositPolicy).toMatchObject({ kind: 'ACOMPTE', defaultPercent: 25, chequePayableTo: null });
      await aFileIsUntouched(t, o);
    },
  },
  setDepositPolicy: {
    document: 'mutation { setDepositPolicy(input: { kind: ACOMPTE, defaultPercent: 50, acceptedPaymentMethods: [CASH] }) { kind defaultPercent } }',
    variables: () => ({}),
    verify: async (answer, o, t) => {
      // B sets B's own policy; A's is the one A set.
      expect(answer.data?.setDepositPolicy).toEqual({ kind: 'ACOMPTE', defaultPercent: 50 });
      await aFileIsUntouched(t, o);
    },
  },
  blockNights: {
    // Free nights of A's, so only the ownership check stands between B and a block on them.
    document: 'mutation($id: ID!) { blockNights(accommodationId: $id, from: "2026-07-30", to: "2026-07-31", reason: "Beta") { id from to reason } }',
    variables: (o) => ({ id: o.aCatalogue.accommodationId }),
    verify: notFoundOnPlanning(),
  },
  unblockNights: {
    document: 'mutation($id: ID!) { unblockNights(accommodationId: $id, from: "2026-08-03", to: "2026-08-05") }',
    variables: (o) => ({ id: o.aCatalogue.accommodationId }),
    verify: notFoundOnPlanning(),
  },
  planning: {
    document: 'query($id: ID!) { planning(accommodationId: $id, from: "2026-07-30", to: "2026-08-10") { date state holdId reason nightlyPrice { cents } } }',
    variables: (o) => ({ id: o.aCatalogue.accommodationId }),
    verify: notFoundOnPlanning(),
  },
  guests: {
    document: '{ guests(search: "alpha") { nodes { id label guest { lastName email } } totalCount } }',
    variables: () => ({}),
    verify: async (answer, o, t) => {
      // A's guest (Alpha-Guest) is in A's directory, never in B's.
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.guests).toEqual({ nodes: [], totalCount: 0 });
      const mine = await t.gql('{ guests(search: "alpha") { totalCount } }', {}, o.a.token);
      expect(mine.data?.guests).toEqual({ totalCount: 1 });
      await aFileIsUntouched(t, o);
    },
  },
  ownerPlanning: {
    document: '{ ownerPlanning(from: "2026-07-30", to: "2026-08-10") { accommodationId days { date state holdId dossierId guestLabel } } }',
    variables: () => ({}),
    verify: async (answer, o, t) => {
      // B's own accommodations only: none of A's, nor A's block or file, shows.
      expect(answer.errors).toBeUndefined();
      const plannings = answer.data?.ownerPlanning as { accommodationId: string }[];
      expect(plannings.map((p) => p.accommodationId)).not.toContain(o.aCatalogue.accommodationId);
      expect(JSON.stringify(plannings)).not.toContain(aReservation.dossierId);
      expect(JSON.stringify(plannings)).not.toContain(aReservation.blockId);
      await aPlanningIsUntouched(t, o);
    },
  },
  notifications: {
    document: '{ notifications { unseenFiles unseenCount nodes { id dossierId } } }',
    variables: () => ({}),
    verify: async (answer, o, t) => {
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.notifications).toEqual({ unseenFiles: 0, unseenCount: 0, nodes: [] });
      await aFileIsUntouched(t, o);
    },
  },
  markNotificationsSeen: {
    document: 'mutation($id: ID!) { markNotificationsSeen(dossierId: $id) }',
    variables: () => ({ id: aReservation.dossierId }),
    verify: async (answer, o, t) => {
      // Nothing of A's is marked: B's call finds none of B's own to mark.
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.markNotificationsSeen).toBe(0);
      await aFileIsUntouched(t, o);
    },
  },
  destinationBookings: {
    document: '{ destinationBookings { nodes { bookingId guestName } totalCount } }',
    variables: () => ({}),
    destinationOnly: true,
    verify: async (answer, o, t) => {
      expectRefused(answer, 'FORBIDDEN');
      // The destination's own list: A's file was made in A's back office, not through it.
      const own = await t.gql('{ destinationBookings { nodes { bookingId guestName } totalCount } }', {}, o.marketplace.destinationToken);
      expect(own.errors).toBeUndefined();
      expect(own.data?.destinationBookings).toEqual({ nodes: [], totalCount: 0 });
      await aFileIsUntouched(t, o);
    },
  },
};
