import { randomUUID } from 'node:crypto';
import { isUuid } from '../../src/shared/kernel/ids';
import { eventCount } from '../support/database';
import { signUpOwner, type SignedUpOwner } from '../support/owners';
import { startTestApp, type TestApp } from '../support/test-app';

const BLOCK = `mutation($id: ID!, $from: Date!, $to: Date!, $reason: String) {
  blockNights(accommodationId: $id, from: $from, to: $to, reason: $reason) { id accommodationId from to nights reason }
}`;
const UNBLOCK = 'mutation($id: ID!, $from: Date!, $to: Date!) { unblockNights(accommodationId: $id, from: $from, to: $to) }';
const PLANNING = `query($id: ID!, $from: Date!, $to: Date!) {
  planning(accommodationId: $id, from: $from, to: $to) { date state holdId dossierId guestName reason nightlyPrice { cents } }
}`;
const SET_RATES = 'mutation($input: SetRatesInput!) { setRates(input: $input) { count } }';

const EVERY_DAY = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

interface Day {
  date: string;
  state: string;
  holdId: string | null;
  dossierId: string | null;
  guestName: string | null;
  reason: string | null;
  nightlyPrice: { cents: number } | null;
}

interface Block {
  id: string;
  accommodationId: string;
  from: string;
  to: string;
  nights: number;
  reason: string | null;
}

/** The planning over GraphQL: blocks ("interdiction de vente"), lifting them, and each night's state and price. */
describe('planning over GraphQL', () => {
  let t: TestApp;
  let owner: SignedUpOwner;
  let other: SignedUpOwner;

  beforeAll(async () => {
    t = await startTestApp();
    owner = await signUpOwner(t);
    other = await signUpOwner(t, { lastName: 'Durand' });
  });
  afterAll(() => t.close());

  /** A fresh gîte, so each rule is proven on a planning of its own. */
  const gite = async (token = owner.token): Promise<string> => {
    const created = await t.gql(
      'mutation($input: AccommodationInput!) { createAccommodation(input: $input) { id } }',
      { input: { name: 'Gîte des Tilleuls', kind: 'HOLIDAY_RENTAL', city: 'Cahors', maxCapacity: 4, description: { fr: 'Un gîte.' } } },
      token,
    );
    if (!created.data) throw new Error(`creating a gîte failed: ${JSON.stringify(created.errors)}`);
    return created.data.createAccommodation.id as string;
  };
  const block = async (id: string, from: string, to: string, reason: string | null = null): Promise<Block> => {
    const answer = await t.gql<{ blockNights: Block }>(BLOCK, { id, from, to, reason }, owner.token);
    expect(answer.errors).toBeUndefined();
    return answer.data?.blockNights as Block;
  };
  const unblock = async (id: string, from: string, to: string): Promise<number> => {
    const answer = await t.gql<{ unblockNights: number }>(UNBLOCK, { id, from, to }, owner.token);
    expect(answer.errors).toBeUndefined();
    return answer.data?.unblockNights as number;
  };
  const planning = async (id: string, from: string, to: string): Promise<Day[]> => {
    const answer = await t.gql<{ planning: Day[] }>(PLANNING, { id, from, to }, owner.token);
    expect(answer.errors).toBeUndefined();
    return answer.data?.planning ?? [];
  };
  /** Each day as `date state`, and the reason after it when there is one: the planning at a glance. */
  const glance = async (id: string, from: string, to: string): Promise<string[]> =>
    (await planning(id, from, to)).map((d) => [d.date, d.state, d.reason].filter((part) => part !== null).join(' '));

  describe('blocking nights', () => {
    it('answers the block: its id, its first night, the day after its last, how many nights and why', async () => {
      const id = await gite();
      const answer = await block(id, '2026-07-04', '2026-07-11', 'Travaux de peinture');
      expect(answer).toEqual({ id: expect.any(String), accommodationId: id, from: '2026-07-04', to: '2026-07-11', nights: 7, reason: 'Travaux de peinture' });
      expect(isUuid(answer.id)).toBe(true);
    });

    it('shows the blocked nights BLOCKED with the reason and the block, and the nights around them FREE', async () => {
      const id = await gite();
      const { id: blockId } = await block(id, '2026-07-04', '2026-07-07', 'Famille');
      const days = await planning(id, '2026-07-02', '2026-07-09');
      expect(days.map((d) => [d.date, d.state, d.holdId, d.reason])).toEqual([
        ['2026-07-02', 'FREE', null, null],
        ['2026-07-03', 'FREE', null, null],
        ['2026-07-04', 'BLOCKED', blockId, 'Famille'],
        ['2026-07-05', 'BLOCKED', blockId, 'Famille'],
        ['2026-07-06', 'BLOCKED', blockId, 'Famille'],
        ['2026-07-07', 'FREE', null, null],
        ['2026-07-08', 'FREE', null, null],
      ]);
      expect(days.every((d) => d.dossierId === null && d.guestName === null)).toBe(true);
    });

    it('keeps a block without a reason, showing none', async () => {
      const id = await gite();
      expect((await block(id, '2026-07-04', '2026-07-05')).reason).toBeNull();
      expect(await glance(id, '2026-07-04', '2026-07-05')).toEqual(['2026-07-04 BLOCKED']);
    });

    it('trims the reason, and keeps a blank one as none', async () => {
      const id = await gite();
      expect((await block(id, '2026-07-04', '2026-07-05', '  Travaux  ')).reason).toBe('Travaux');
      expect((await block(id, '2026-07-05', '2026-07-06', '   ')).reason).toBeNull();
    });

    it('refuses a block overlapping another with UNAVAILABLE, naming the nights that clash, and writes no event', async () => {
      const id = await gite();
      await block(id, '2026-07-04', '2026-07-11', 'Travaux');
      const before = await eventCount();
      const answer = await t.gql(BLOCK, { id, from: '2026-07-10', to: '2026-07-15', reason: 'Famille' }, owner.token);
      expect(answer.errors?.[0].extensions?.code).toBe('UNAVAILABLE');
      expect(answer.errors?.[0].message).toContain('the night of Friday 10 July 2026 is blocked');
      expect(answer.data ?? null).toBeNull();
      expect(await eventCount()).toBe(before);
      expect(await glance(id, '2026-07-10', '2026-07-12')).toEqual(['2026-07-10 BLOCKED Travaux', '2026-07-11 FREE']);
    });

    it('lets a block start the day another ends, and end the day another starts', async () => {
      const id = await gite();
      await block(id, '2026-07-04', '2026-07-11', 'A');
      await block(id, '2026-07-11', '2026-07-18', 'B');
      await block(id, '2026-07-01', '2026-07-04', 'C');
      expect(await glance(id, '2026-07-03', '2026-07-05')).toEqual(['2026-07-03 BLOCKED C', '2026-07-04 BLOCKED A']);
      expect(await glance(id, '2026-07-10', '2026-07-12')).toEqual(['2026-07-10 BLOCKED A', '2026-07-11 BLOCKED B']);
    });

    it.each<[string, string, string]>([
      ['that ends the day it starts', '2026-07-04', '2026-07-04'],
      ['that ends before it starts', '2026-07-11', '2026-07-04'],
      ['of more than 731 nights', '2026-01-01', '2028-01-03'],
    ])('refuses a range %s, naming `to`, and writes no event', async (_, from, to) => {
      const id = await gite();
      const before = await eventCount();
      const answer = await t.gql(BLOCK, { id, from, to }, owner.token);
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
      expect(await eventCount()).toBe(before);
    });

    it('refuses a reason longer than a line, naming `reason`, and writes no event', async () => {
      const id = await gite();
      const before = await eventCount();
      const answer = await t.gql(BLOCK, { id, from: '2026-07-04', to: '2026-07-11', reason: 'x'.repeat(201) }, owner.token);
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
      expect(await eventCount()).toBe(before);
      expect(await glance(id, '2026-07-04', '2026-07-05')).toEqual(['2026-07-04 FREE']);
    });

    it.each(['2026-02-30', '2026-7-4', '04/07/2026', '1999-12-31'])('refuses %s as a Date before any handler runs, and writes no event', async (date) => {
      const id = await gite();
      const before = await eventCount();
      const answer = await t.gql(BLOCK, { id, from: date, to: '2026-07-11' }, owner.token);
      expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.data ?? null).toBeNull();
      expect(await eventCount()).toBe(before);
    });

    it.each([
      ['an accommodation that does not exist', () => randomUUID()],
      ['an id that is not one', () => 'planning-x'],
    ])('refuses %s with NOT_FOUND, naming `accommodationId`, and writes no event', async (_, id) => {
      const before = await eventCount();
      const answer = await t.gql(BLOCK, { id: id(), from: '2026-07-04', to: '2026-07-11' }, owner.token);
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'accommodationId' });
      expect(await eventCount()).toBe(before);
    });
  });

  describe('unblocking nights', () => {
    it('frees nights in the middle of a ten-night block, answers how many, and leaves a block on either side', async () => {
      const id = await gite();
      const { id: blockId } = await block(id, '2026-08-01', '2026-08-11', 'Famille');
      expect(await unblock(id, '2026-08-04', '2026-08-07')).toBe(3);
      const days = await planning(id, '2026-08-01', '2026-08-11');
      expect(days.map((d) => [d.date, d.state, d.reason])).toEqual([
        ['2026-08-01', 'BLOCKED', 'Famille'],
        ['2026-08-02', 'BLOCKED', 'Famille'],
        ['2026-08-03', 'BLOCKED', 'Famille'],
        ['2026-08-04', 'FREE', null],
        ['2026-08-05', 'FREE', null],
        ['2026-08-06', 'FREE', null],
        ['2026-08-07', 'BLOCKED', 'Famille'],
        ['2026-08-08', 'BLOCKED', 'Famille'],
        ['2026-08-09', 'BLOCKED', 'Famille'],
        ['2026-08-10', 'BLOCKED', 'Famille'],
      ]);
      const before = days[0].holdId;
      const after = days[9].holdId;
      expect(new Set(days.slice(0, 3).map((d) => d.holdId))).toEqual(new Set([before]));
      expect(new Set(days.slice(6).map((d) => d.holdId))).toEqual(new Set([after]));
      expect(new Set([blockId, before, after]).size).toBe(3);
    });

    it('lets the freed nights be blocked again, and still refuses the nights left blocked', async () => {
      const id = await gite();
      await block(id, '2026-08-01', '2026-08-11');
      await unblock(id, '2026-08-04', '2026-08-07');
      expect((await block(id, '2026-08-04', '2026-08-07', 'Autre')).nights).toBe(3);
      const answer = await t.gql(BLOCK, { id, from: '2026-08-03', to: '2026-08-04' }, owner.token);
      expect(answer.errors?.[0].extensions?.code).toBe('UNAVAILABLE');
    });

    it('counts only the nights that were blocked, when the range reaches past a block', async () => {
      const id = await gite();
      await block(id, '2026-08-01', '2026-08-05');
      expect(await unblock(id, '2026-07-28', '2026-08-03')).toBe(2);
      expect(await glance(id, '2026-07-31', '2026-08-06')).toEqual(['2026-07-31 FREE', '2026-08-01 FREE', '2026-08-02 FREE', '2026-08-03 BLOCKED', '2026-08-04 BLOCKED', '2026-08-05 FREE']);
    });

    it('frees the nights of every block in the range, counting them all', async () => {
      const id = await gite();
      await block(id, '2026-08-01', '2026-08-04');
      await block(id, '2026-08-06', '2026-08-08');
      await block(id, '2026-08-10', '2026-08-15');
      expect(await unblock(id, '2026-08-02', '2026-08-12')).toBe(2 + 2 + 2);
      expect(await glance(id, '2026-08-01', '2026-08-15')).toEqual([
        '2026-08-01 BLOCKED',
        ...['02', '03', '04', '05', '06', '07', '08', '09', '10', '11'].map((day) => `2026-08-${day} FREE`),
        '2026-08-12 BLOCKED',
        '2026-08-13 BLOCKED',
        '2026-08-14 BLOCKED',
      ]);
    });

    it('frees a whole block lifted exactly', async () => {
      const id = await gite();
      await block(id, '2026-08-01', '2026-08-08');
      expect(await unblock(id, '2026-08-01', '2026-08-08')).toBe(7);
      expect((await planning(id, '2026-08-01', '2026-08-08')).every((d) => d.state === 'FREE' && d.holdId === null)).toBe(true);
    });

    it('answers 0 where nothing is blocked, and writes no event', async () => {
      const id = await gite();
      await block(id, '2026-08-01', '2026-08-08');
      const before = await eventCount();
      expect(await unblock(id, '2026-08-08', '2026-08-20')).toBe(0);
      expect(await unblock(id, '2026-07-20', '2026-08-01')).toBe(0);
      expect(await eventCount()).toBe(before);
      expect(await glance(id, '2026-08-07', '2026-08-09')).toEqual(['2026-08-07 BLOCKED', '2026-08-08 FREE']);
    });

    it('refuses a range that ends before it starts, naming `to`, and writes no event', async () => {
      const id = await gite();
      await block(id, '2026-08-01', '2026-08-08');
      const before = await eventCount();
      const answer = await t.gql(UNBLOCK, { id, from: '2026-08-08', to: '2026-08-01' }, owner.token);
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
      expect(await eventCount()).toBe(before);
    });

    it('refuses an accommodation that does not exist with NOT_FOUND, naming `accommodationId`', async () => {
      const answer = await t.gql(UNBLOCK, { id: randomUUID(), from: '2026-08-01', to: '2026-08-08' }, owner.token);
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'accommodationId' });
    });
  });

  describe('the planning', () => {
    it('shows one day per night from `from` up to, not including, `to`, each FREE and held by nobody on a new gîte', async () => {
      const id = await gite();
      expect(await planning(id, '2026-12-30', '2027-01-02')).toEqual(
        ['2026-12-30', '2026-12-31', '2027-01-01'].map((date) => ({ date, state: 'FREE', holdId: null, dossierId: null, guestName: null, reason: null, nightlyPrice: null })),
      );
    });

    it('shows a block that starts before `from` and ends after `to` on every day asked', async () => {
      const id = await gite();
      await block(id, '2026-07-01', '2026-07-31', 'Saison fermée');
      expect(await glance(id, '2026-07-10', '2026-07-12')).toEqual(['2026-07-10 BLOCKED Saison fermée', '2026-07-11 BLOCKED Saison fermée']);
    });

    it('shows the price of the 1-night stay of each night from the rate grid, and none where the grid has none', async () => {
      const id = await gite();
      const rates = await t.gql(
        SET_RATES,
        { input: { accommodationId: id, periods: [{ from: '2026-09-01', to: '2026-09-30' }], nights: [1], arrivalDays: EVERY_DAY, initialPrice: 8_000 } },
        owner.token,
      );
      expect(rates.errors).toBeUndefined();
      await t.gql(
        SET_RATES,
        { input: { accommodationId: id, periods: [{ from: '2026-09-29', to: '2026-09-29' }], nights: [1], arrivalDays: EVERY_DAY, initialPrice: 9_500 } },
        owner.token,
      );
      expect((await planning(id, '2026-08-31', '2026-10-02')).filter((_, i) => [0, 1, 29, 30, 31].includes(i)).map((d) => [d.date, d.nightlyPrice])).toEqual([
        ['2026-08-31', null],
        ['2026-09-01', { cents: 8_000 }],
        ['2026-09-29', { cents: 9_500 }],
        ['2026-09-30', { cents: 8_000 }],
        ['2026-10-01', null],
      ]);
    });

    it('shows the price of a night beside its BLOCKED state', async () => {
      const id = await gite();
      await t.gql(
        SET_RATES,
        { input: { accommodationId: id, periods: [{ from: '2026-09-01', to: '2026-09-30' }], nights: [1], arrivalDays: EVERY_DAY, initialPrice: 8_000 } },
        owner.token,
      );
      await block(id, '2026-09-10', '2026-09-11');
      expect((await planning(id, '2026-09-10', '2026-09-11')).map((d) => [d.state, d.nightlyPrice])).toEqual([['BLOCKED', { cents: 8_000 }]]);
    });

    it('shows no price on any night of a gîte without rates', async () => {
      const id = await gite();
      expect((await planning(id, '2026-09-01', '2026-09-30')).every((d) => d.nightlyPrice === null)).toBe(true);
    });

    it('shows a year and a day, 367 nights, at once', async () => {
      const id = await gite();
      const days = await planning(id, '2026-01-01', '2027-01-03');
      expect(days).toHaveLength(367);
      expect([days[0].date, days[366].date]).toEqual(['2026-01-01', '2027-01-02']);
    });

    it.each<[string, string, string]>([
      ['that ends the day it starts', '2026-07-04', '2026-07-04'],
      ['that ends before it starts', '2026-07-11', '2026-07-04'],
      ['of 368 days', '2026-01-01', '2027-01-04'],
    ])('refuses a range %s, naming `to`', async (_, from, to) => {
      const id = await gite();
      const answer = await t.gql(PLANNING, { id, from, to }, owner.token);
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
      expect(answer.data ?? null).toBeNull();
    });

    it.each(['2026-02-30', '2026-7-4', '04/07/2026', '1999-12-31'])('refuses %s as a Date', async (date) => {
      const id = await gite();
      const answer = await t.gql(PLANNING, { id, from: date, to: '2026-07-11' }, owner.token);
      expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.data ?? null).toBeNull();
    });

    it.each([
      ['an accommodation that does not exist', () => randomUUID()],
      ['an id that is not one', () => 'planning-x'],
    ])('refuses %s with NOT_FOUND, naming `accommodationId`', async (_, id) => {
      const answer = await t.gql(PLANNING, { id: id(), from: '2026-07-04', to: '2026-07-11' }, owner.token);
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'accommodationId' });
    });
  });

  describe("another owner's accommodation", () => {
    let theirs: string;

    beforeAll(async () => {
      theirs = await gite(other.token);
      const answer = await t.gql(BLOCK, { id: theirs, from: '2026-07-04', to: '2026-07-11', reason: 'Privé' }, other.token);
      expect(answer.errors).toBeUndefined();
    });

    /** The other owner's planning, as that owner sees it. */
    const theirPlanning = async () => {
      const answer = await t.gql<{ planning: Day[] }>(PLANNING, { id: theirs, from: '2026-07-01', to: '2026-07-15' }, other.token);
      return (answer.data?.planning ?? []).map((d) => `${d.date} ${d.state}`);
    };
    const UNTOUCHED = [
      ...['01', '02', '03'].map((day) => `2026-07-${day} FREE`),
      ...['04', '05', '06', '07', '08', '09', '10'].map((day) => `2026-07-${day} BLOCKED`),
      ...['11', '12', '13', '14'].map((day) => `2026-07-${day} FREE`),
    ];

    it('refuses to show its planning with NOT_FOUND, as an unknown one,, naming `accommodationId`', async () => {
      const answer = await t.gql(PLANNING, { id: theirs, from: '2026-07-01', to: '2026-07-15' }, owner.token);
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'accommodationId' });
      expect(answer.data ?? null).toBeNull();
    });

    it.each([
      ['free nights', '2026-07-20', '2026-07-27'],
      ['nights it has blocked, without saying they are taken', '2026-07-05', '2026-07-06'],
    ])('refuses to block %s with NOT_FOUND, as an unknown one,, and writes no event', async (_, from, to) => {
      const before = await eventCount();
      const answer = await t.gql(BLOCK, { id: theirs, from, to, reason: 'Intrus' }, owner.token);
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'accommodationId' });
      expect(answer.data ?? null).toBeNull();
      expect(await eventCount()).toBe(before);
      expect(await theirPlanning()).toEqual(UNTOUCHED);
    });

    it('refuses to unblock its nights with NOT_FOUND, as an unknown one,, and writes no event', async () => {
      const before = await eventCount();
      const answer = await t.gql(UNBLOCK, { id: theirs, from: '2026-07-01', to: '2026-07-15' }, owner.token);
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'accommodationId' });
      expect(answer.data ?? null).toBeNull();
      expect(await eventCount()).toBe(before);
      expect(await theirPlanning()).toEqual(UNTOUCHED);
    });
  });
});
