import { Client } from 'pg';
import { onRealServer, testDatabaseUrl } from '../support/database';
import { signUpOwner, type SignedUpOwner } from '../support/owners';
import { startTestApp, type TestApp } from '../support/test-app';

const BLOCK = 'mutation($id: ID!, $from: Date!, $to: Date!) { blockNights(accommodationId: $id, from: $from, to: $to) { id from to } }';

interface Range {
  from: string;
  to: string;
}

const day = (offset: number): string => new Date(Date.UTC(2027, 0, 1 + offset)).toISOString().slice(0, 10);
const overlap = (a: Range, b: Range): boolean => a.from < b.to && b.from < a.to;

/**
 * Never a night held twice: writers racing on one planning, through one app or two, on the real
 * server where transactions truly run at once (the embedded database runs one at a time).
 */
(onRealServer() ? describe : describe.skip)('the planning under concurrent holds', () => {
  let first: TestApp;
  let second: TestApp;
  let owner: SignedUpOwner;

  beforeAll(async () => {
    first = await startTestApp();
    second = await startTestApp();
    owner = await signUpOwner(first);
  });
  afterAll(async () => {
    await first.close();
    await second.close();
  });

  const accommodation = async (): Promise<string> => {
    const created = await first.gql(
      'mutation($input: AccommodationInput!) { createAccommodation(input: $input) { id } }',
      { input: { name: 'Chambre du Tilleul', kind: 'GUEST_ROOM', city: 'Uzès', maxCapacity: 2, description: { fr: 'Une chambre.' } } },
      owner.token,
    );
    return created.data?.createAccommodation.id as string;
  };
  const block = (app: TestApp, id: string, range: Range) => app.gql(BLOCK, { id, ...range }, owner.token);

  /** The holds the store's planning read model keeps for an accommodation. */
  const heldRanges = async (accommodationId: string): Promise<Range[]> => {
    const client = new Client({ connectionString: testDatabaseUrl() });
    await client.connect();
    try {
      const { rows } = await client.query<Range>(
        "SELECT to_char(arrival, 'YYYY-MM-DD') AS from, to_char(departure, 'YYYY-MM-DD') AS to FROM planning_holds WHERE accommodation_id = $1 ORDER BY arrival",
        [accommodationId],
      );
      return rows;
    } finally {
      await client.end();
    }
  };

  it('lets exactly one of 50 overlapping holds through, and tells the 49 others UNAVAILABLE', async () => {
    const id = await accommodation();
    const ranges = Array.from({ length: 50 }, (_, i) => ({ from: day(i % 5), to: day(10 + (i % 7)) }));
    const answers = await Promise.all(ranges.map((range) => block(first, id, range)));
    expect(answers.filter((a) => a.data?.blockNights)).toHaveLength(1);
    expect(answers.filter((a) => a.errors?.[0].extensions?.code === 'UNAVAILABLE')).toHaveLength(49);
    expect(await heldRanges(id)).toHaveLength(1);
  });

  it('keeps 200 random holds over 10 accommodations from ever overlapping, and refuses only real overlaps', async () => {
    const ids = await Promise.all(Array.from({ length: 10 }, accommodation));
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    const attempts = Array.from({ length: 200 }, () => {
      const start = random(120);
      return { id: ids[random(10)], range: { from: day(start), to: day(start + 1 + random(14)) } };
    });
    const answers = await Promise.all(attempts.map(({ id, range }, i) => block(i % 2 === 0 ? first : second, id, range)));
    expect(answers.every((a) => a.data?.blockNights || a.errors?.[0].extensions?.code === 'UNAVAILABLE')).toBe(true);
    for (const id of ids) {
      const held = await heldRanges(id);
      held.forEach((a, i) => held.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
      const accepted = attempts.filter((attempt, i) => attempt.id === id && answers[i].data?.blockNights).map((attempt) => attempt.range);
      expect(held).toEqual([...accepted].sort((a, b) => a.from.localeCompare(b.from)));
      attempts.forEach((attempt, i) => {
        if (attempt.id === id && !answers[i].data?.blockNights) expect(accepted.some((range) => overlap(range, attempt.range))).toBe(true);
      });
    }
  });

  it('holds the line across two app instances racing for the same nights', async () => {
    const id = await accommodation();
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => block(i % 2 === 0 ? first : second, id, { from: day(30 + (i % 3)), to: day(35) })));
    expect(answers.filter((a) => a.data?.blockNights)).toHaveLength(1);
    expect(await heldRanges(id)).toHaveLength(1);
  });
});
