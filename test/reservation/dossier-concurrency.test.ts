import { Client } from 'pg';
import { onRealServer, testDatabaseUrl } from '../support/database';
import { signUpOwner, type SignedUpOwner } from '../support/owners';
import { startTestApp, type GraphqlAnswer, type TestApp } from '../support/test-app';

const CREATE = 'mutation($input: CreateDossierInput!) { createDossier(input: $input) { id number stays { accommodationId arrival departure } } }';

interface Range {
  from: string;
  to: string;
}

interface Attempt {
  accommodationId: string;
  range: Range;
}

interface Created {
  id: string;
  number: number | null;
  stays: { accommodationId: string; arrival: string; departure: string }[];
}

type Answer = GraphqlAnswer<{ createDossier: Created }>;

const day = (offset: number): string => new Date(Date.UTC(2028, 0, 1 + offset)).toISOString().slice(0, 10);
const overlap = (a: Range, b: Range): boolean => a.from < b.to && b.from < a.to;
const codeOf = (answer: Answer): string => (answer.data?.createDossier ? 'OK' : String(answer.errors?.[0]?.extensions?.code ?? answer.errors?.[0]?.message));

/** How many answers of each kind: read in a failure message, it says what went wrong at once. */
const tally = (answers: Answer[]): Record<string, number> =>
  answers.reduce<Record<string, number>>((counts, answer) => ({ ...counts, [codeOf(answer)]: (counts[codeOf(answer)] ?? 0) + 1 }), {});

/** A deterministic pseudo-random sequence, so that a failing race can be run again as it was. */
const seeded = (seed: number) => (n: number) => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed % n;
};

async function sql<R extends object>(text: string, params: unknown[] = []): Promise<R[]> {
  const client = new Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    return (await client.query<R & Record<string, unknown>>(text, params)).rows;
  } finally {
    await client.end();
  }
}

/** Polls until `read` satisfies `done`, or gives back its last reading after the timeout. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Never a night sold twice: booking files created at once for the same nights, through one app
 * or two on one database, on the real server where transactions truly run concurrently (the
 * embedded database runs one at a time). Each race has its own owner, so its numbers start at 1.
 */
(onRealServer() ? describe : describe.skip)('booking files under concurrent creation', () => {
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    first = await startTestApp();
    second = await startTestApp();
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
  });

  /** An owner with `count` accommodations and the id of their adults' age range. */
  const ownerWith = async (count: number): Promise<{ owner: SignedUpOwner; adults: string; accommodationIds: string[] }> => {
    const owner = await signUpOwner(first);
    const ranges = (await first.gql('{ ageRanges { id label } }', {}, owner.token)).data?.ageRanges as { id: string; label: string }[];
    const adults = ranges.find((r) => r.label === 'Adult')?.id as string;
    const accommodationIds = await Promise.all(
      Array.from({ length: count }, async (_, i) => {
        const created = await first.gql(
          'mutation($input: AccommodationInput!) { createAccommodation(input: $input) { id } }',
          { input: { name: `Gîte de la course ${i + 1}`, kind: 'HOLIDAY_RENTAL', city: 'Nyons', maxCapacity: 4, description: { fr: 'Un gîte.' } } },
          owner.token,
        );
        return created.data?.createAccommodation.id as string;
      }),
    );
    return { owner, adults, accommodationIds };
  };

  /** Every attempt at once, spread over the given apps in turn; the owner gives the price. */
  const race = (apps: TestApp[], owner: SignedUpOwner, adults: string, attempts: Attempt[]): Promise<Answer[]> =>
    Promise.all(
      attempts.map(({ accommodationId, range }, i) =>
        apps[i % apps.length].gql<{ createDossier: Created }>(
          CREATE,
          {
            input: {
              accommodationId,
              arrival: range.from,
              departure: range.to,
              occupants: [{ ageRangeId: adults, count: 2 }],
              guest: { lastName: `Client ${i}`, firstName: 'Course' },
              price: 10_000 + i,
            },
          },
          owner.token,
        ),
      ),
    );

  const holdsOf = (accommodationId: string) =>
    sql<Range & { kind: string; dossier_id: string | null }>(
      "SELECT to_char(arrival, 'YYYY-MM-DD') AS from, to_char(departure, 'YYYY-MM-DD') AS to, kind, dossier_id FROM planning_holds WHERE accommodation_id = $1 ORDER BY arrival",
      [accommodationId],
    );
  const dossierRows = (ownerId: string) =>
    sql<{ id: string; number: number | null; accommodation_ids: string[]; arrival: string; departure: string }>(
      "SELECT id, number, accommodation_ids, to_char(arrival, 'YYYY-MM-DD') AS arrival, to_char(departure, 'YYYY-MM-DD') AS departure FROM dossiers WHERE owner_id = $1 ORDER BY number",
      [ownerId],
    );
  /** The owner's numbering stream: a burnt number would show here as one no file carries. */
  const numbersGiven = (ownerId: string) =>
    sql<{ dossier_id: string; number: number }>(
      "SELECT data->>'dossierId' AS dossier_id, (data->>'number')::int AS number FROM events WHERE stream_name = $1 AND type = 'DossierNumberAssigned' ORDER BY stream_revision",
      [`dossier-numbers-${ownerId}`],
    );
  const filesOpened = (ownerId: string) =>
    sql<{ dossier_id: string }>("SELECT data->>'dossierId' AS dossier_id FROM events WHERE type = 'DossierOpened' AND data->>'ownerId' = $1", [ownerId]);

  /**
   * What must hold after any race: every answer is a file or UNAVAILABLE; the read models show
   * exactly the files that were answered, numbered 1..N with nothing burnt; no two holds of an
   * accommodation overlap, they are exactly the successful stays, and every refusal overlapped
   * one of them.
   */
  const expectSoundOutcome = async (ownerId: string, accommodationIds: string[], attempts: Attempt[], answers: Answer[]): Promise<number> => {
    expect({ answers: tally(answers), neitherFileNorUnavailable: answers.filter((a) => !a.data?.createDossier && codeOf(a) !== 'UNAVAILABLE').slice(0, 3) }).toEqual({
      answers: expect.anything(),
      neitherFileNorUnavailable: [],
    });
    const created = answers.flatMap((a, i) => (a.data?.createDossier ? [{ file: a.data.createDossier, attempt: attempts[i] }] : []));
    const n = created.length;
    expect(n).toBeGreaterThan(0);

    // The files answered are the files stored: one row each, numbered 1..N, no gap, no duplicate.
    const rows = await eventually(
      () => dossierRows(ownerId),
      (r) => r.length >= n && r.every((row) => row.number !== null),
    );
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(rows.map(({ id, accommodation_ids, arrival, departure }) => ({ id, accommodation_ids, arrival, departure })).sort(byId)).toEqual(
      created.map((c) => ({ id: c.file.id, accommodation_ids: [c.attempt.accommodationId], arrival: c.attempt.range.from, departure: c.attempt.range.to })).sort(byId),
    );
    expect(rows.map((r) => r.number)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    // An answer that carries a number carries the stored one (a missing one: see the last test).
    const stored = new Map(rows.map((r) => [r.id, r.number]));
    expect(created.filter((c) => c.file.number !== null && c.file.number !== stored.get(c.file.id))).toEqual([]);
    for (const { file, attempt } of created) {
      expect(file.stays).toEqual([{ accommodationId: attempt.accommodationId, arrival: attempt.range.from, departure: attempt.range.to }]);
    }
    // Nothing left behind by a refusal: no file opened, no number given, for anyone but the N.
    expect((await filesOpened(ownerId)).map((f) => f.dossier_id).sort()).toEqual(created.map((c) => c.file.id).sort());
    const given = await numbersGiven(ownerId);
    expect(given.map((g) => g.number)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    expect(given.map((g) => g.dossier_id).sort()).toEqual(created.map((c) => c.file.id).sort());

    for (const accommodationId of accommodationIds) {
      const accepted = created.filter((c) => c.attempt.accommodationId === accommodationId);
      const held = await eventually(
        () => holdsOf(accommodationId),
        (h) => h.length === accepted.length,
      );
      held.forEach((a, i) => held.slice(i + 1).forEach((b) => expect({ a, b, overlap: overlap(a, b) }).toEqual({ a, b, overlap: false })));
      expect(held.map(({ from, to, kind, dossier_id }) => ({ from, to, kind, dossier_id }))).toEqual(
        accepted
          .map((c) => ({ from: c.attempt.range.from, to: c.attempt.range.to, kind: 'DOSSIER', dossier_id: c.file.id }))
          .sort((a, b) => a.from.localeCompare(b.from)),
      );
      attempts.forEach((attempt, i) => {
        if (attempt.accommodationId !== accommodationId || answers[i].data?.createDossier) return;
        const clash = accepted.find((c) => overlap(c.attempt.range, attempt.range));
        expect({ refused: attempt.range, clash: clash ? 'overlaps a booked stay' : 'overlaps no booked stay' }).toEqual({ refused: attempt.range, clash: 'overlaps a booked stay' });
      });
    }
    return n;
  };

  /** 50 stays of one accommodation that all hold the nights of days 9 to 11: only one can stand. */
  const overlappingStays = (accommodationId: string): Attempt[] =>
    Array.from({ length: 50 }, (_, i) => ({ accommodationId, range: { from: day(i % 10), to: day(12 + (i % 7)) } }));

  /** 200 stays of 1 to 14 nights over 120 days of 10 accommodations, from a fixed seed. */
  const randomStays = (accommodationIds: string[], seed: number): Attempt[] => {
    const random = seeded(seed);
    return Array.from({ length: 200 }, () => {
      const start = random(120);
      return { accommodationId: accommodationIds[random(accommodationIds.length)], range: { from: day(start), to: day(start + 1 + random(14)) } };
    });
  };

  it('opens exactly one of 50 files for overlapping stays, and tells the 49 others UNAVAILABLE', async () => {
    const { owner, adults, accommodationIds } = await ownerWith(1);
    const attempts = overlappingStays(accommodationIds[0]);
    const answers = await race([first], owner, adults, attempts);
    expect(tally(answers)).toEqual({ OK: 1, UNAVAILABLE: 49 });
    expect(await expectSoundOutcome(owner.id, accommodationIds, attempts, answers)).toBe(1);
    expect(await holdsOf(accommodationIds[0])).toHaveLength(1);
  });

  it('keeps 200 random files over 10 accommodations from ever sharing a night, refusing only real overlaps and numbering 1..N', async () => {
    const { owner, adults, accommodationIds } = await ownerWith(10);
    const attempts = randomStays(accommodationIds, 11);
    const answers = await race([first], owner, adults, attempts);
    const n = await expectSoundOutcome(owner.id, accommodationIds, attempts, answers);
    // The seed makes for a real race: many files and many refusals, not a walkover either way.
    expect(n).toBeGreaterThan(20);
    expect(200 - n).toBeGreaterThan(20);
  });

  it('holds the line when two app instances on one database race for the same nights', async () => {
    const { owner, adults, accommodationIds } = await ownerWith(1);
    const attempts = overlappingStays(accommodationIds[0]);
    const answers = await race([first, second], owner, adults, attempts);
    expect(tally(answers)).toEqual({ OK: 1, UNAVAILABLE: 49 });
    expect(await expectSoundOutcome(owner.id, accommodationIds, attempts, answers)).toBe(1);
  });

  it('keeps 200 random files over 10 accommodations sound when two app instances share the race', async () => {
    const { owner, adults, accommodationIds } = await ownerWith(10);
    const attempts = randomStays(accommodationIds, 23);
    const answers = await race([first, second], owner, adults, attempts);
    const n = await expectSoundOutcome(owner.id, accommodationIds, attempts, answers);
    expect(n).toBeGreaterThan(20);
    expect(200 - n).toBeGreaterThan(20);
  });

  it('answers each of 100 files created at once, over two apps, with the number the store gave it', async () => {
    const { owner, adults, accommodationIds } = await ownerWith(10);
    // Disjoint stays: every file is opened, so all 100 queue on the owner's numbering at once.
    const attempts = Array.from({ length: 100 }, (_, i) => ({ accommodationId: accommodationIds[i % 10], range: { from: day(3 * Math.floor(i / 10)), to: day(3 * Math.floor(i / 10) + 2) } }));
    const answers = await race([first, second], owner, adults, attempts);
    expect(tally(answers)).toEqual({ OK: 100 });
    const rows = await eventually(
      () => dossierRows(owner.id),
      (r) => r.length === 100 && r.every((row) => row.number !== null),
    );
    expect(rows.map((r) => r.number)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    const stored = new Map(rows.map((r) => [r.id, r.number]));
    // Who wrote DossierNumbered: the handler itself, or the Reservation policy (it has a cause).
    const numberedBy = new Map(
      (await sql<{ id: string; causation: string | null }>("SELECT data->>'dossierId' AS id, metadata->>'causationId' AS causation FROM events WHERE type = 'DossierNumbered' AND data->>'ownerId' = $1", [owner.id])).map(
        (e) => [e.id, e.causation ? 'the Reservation policy' : 'the createDossier handler'],
      ),
    );
    const mismatched = answers
      .map((a) => a.data?.createDossier as Created)
      .filter((file) => file.number !== stored.get(file.id))
      .map((file) => ({ id: file.id, answered: file.number, stored: stored.get(file.id), numberedBy: numberedBy.get(file.id) }));
    expect(mismatched).toEqual([]);
  });
});
