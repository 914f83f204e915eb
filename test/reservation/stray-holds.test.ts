import { randomUUID } from 'node:crypto';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port';
import { FollowerRunner } from '../../src/event-store/following/follower-runner';
import { ReadModelWaiter } from '../../src/event-store/projection/read-model-waiter';
import { planningStream } from '../../src/reservation/domain/planning/planning.decider';
import { STRAY_AFTER_MS, StrayHoldsSweeper } from '../../src/reservation/application/stray-holds.sweeper';
import { forgetParked } from '../support/database';
import { signUpOwner, type SignedUpOwner } from '../support/owners';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app';

const PLANNING = 'query($id: ID!) { planning(accommodationId: $id, from: "2026-07-01", to: "2026-07-18") { date state dossierId } }';

/**
 * A process that dies between holding nights and writing the file leaves a hold no file knows.
 * Such a death is played here by appending the hold alone, as the dying process would have.
 */
describe('stray holds left by a process that died mid-booking', () => {
  let t: TestApp;
  let clock: ManualClock;
  let owner: SignedUpOwner;
  let accommodationId: string;
  let adults: string;
  let store: EventStore;
  let sweeper: StrayHoldsSweeper;

  beforeAll(async () => {
    clock = new ManualClock(new Date('2026-06-01T10:00:00Z'));
    t = await startTestApp({ clock });
    store = t.app.get<EventStore>(EVENT_STORE);
    sweeper = t.app.get(StrayHoldsSweeper);
    owner = await signUpOwner(t);
    const created = await t.gql(
      'mutation($input: AccommodationInput!) { createAccommodation(input: $input) { id } }',
      { input: { name: 'Chambre Lavande', kind: 'GUEST_ROOM', city: 'Uzès', maxCapacity: 2, description: { fr: 'Une chambre.' } } },
      owner.token,
    );
    accommodationId = created.data?.createAccommodation.id as string;
    adults = ((await t.gql('{ ageRanges { id label } }', {}, owner.token)).data?.ageRanges as { id: string; label: string }[]).find((r) => r.label === 'Adult')?.id as string;
  });
  afterAll(() => t.close());

  /** Appends a file's hold on the planning, and nothing else, as a process dying right after would. */
  const strandHold = async (dossierId: string, arrival: string, departure: string, holdId: string = randomUUID()): Promise<string> => {
    const stream = planningStream(accommodationId);
    await store.appendToStream(
      stream,
      [
        {
          type: 'NightsHeld',
          schemaVersion: 1,
          data: { accommodationId, ownerId: owner.id, hold: { holdId, kind: 'DOSSIER', arrival, departure, dossierId, reason: null } },
          metadata: { occurredAt: clock.now().toISOString(), actor: { kind: 'owner', id: owner.id }, correlationId: randomUUID(), causationId: null },
        },
      ],
      { expectedRevision: 'any' },
    );
    return holdId;
  };
  const states = async () => {
    const answer = await t.gql<{ planning: { date: string; state: string; dossierId: string | null }[] }>(PLANNING, { id: accommodationId }, owner.token);
    expect(answer.errors).toBeUndefined();
    return answer.data?.planning.map((d) => `${d.date} ${d.state}`) ?? [];
  };
  /** Every follower caught up with what is written so far: the sweeper reads the planning's read model. */
  const caughtUp = async () => {
    const head = await store.headPosition();
    expect(await t.app.get(ReadModelWaiter).waitFor(head, t.app.get(FollowerRunner).names(), 30_000)).toBe(true);
  };
  const settleWhenReadModelsCaughtUp = async (): Promise<number> => {
    await caughtUp();
    return sweeper.sweep();
  };

  it('leaves a fresh hold alone (its booking may still be on its way), then frees it once it is old and no file was opened', async () => {
    await strandHold(randomUUID(), '2026-07-01', '2026-07-03');
    expect(await settleWhenReadModelsCaughtUp()).toBe(0);
    expect((await states()).slice(0, 2)).toEqual(['2026-07-01 OPTION', '2026-07-02 OPTION']);
    clock.advance(STRAY_AFTER_MS + 1000);
    expect(await sweeper.sweep()).toBe(1);
    await caughtUp();
    expect((await states()).slice(0, 2)).toEqual(['2026-07-01 FREE', '2026-07-02 FREE']);
    // The nights can be booked again.
    const again = await t.gql(
      'mutation($input: CreateDossierInput!) { createDossier(input: $input) { id status } }',
      { input: { accommodationId, arrival: '2026-07-01', departure: '2026-07-03', occupants: [{ ageRangeId: adults, count: 1 }], price: 10_000, guest: { lastName: 'Martin' } } },
      owner.token,
    );
    expect(again.data?.createDossier.status).toBe('OPTION');
  });

  it('never touches the holds of files that know them', async () => {
    clock.advance(STRAY_AFTER_MS + 1000);
    expect(await sweeper.sweep()).toBe(0);
    expect((await states()).slice(0, 2)).toEqual(['2026-07-01 OPTION', '2026-07-02 OPTION']);
  });

  it('moves back to its stay the nights a file change moved before the process died, so the file keeps nights', async () => {
    const created = await t.gql(
      'mutation($input: CreateDossierInput!) { createDossier(input: $input) { id } }',
      { input: { accommodationId, arrival: '2026-07-10', departure: '2026-07-12', occupants: [{ ageRangeId: adults, count: 1 }], price: 10_000, guest: { lastName: 'Bernard' } } },
      owner.token,
    );
    const dossierId = created.data?.createDossier.id as string;
    const stream = planningStream(accommodationId);
    const [held] = (await store.readStream(stream)).filter((e) => e.type === 'NightsHeld' && (e.data.hold as { dossierId: string }).dossierId === dossierId);
    const oldHold = held.data.hold as Record<string, unknown>;
    const metadata = { occurredAt: clock.now().toISOString(), actor: { kind: 'owner' as const, id: owner.id }, correlationId: randomUUID(), causationId: null };
    // The move to the 14th–16th, as changeDossierStay appends it, and then nothing: the file never learnt of it.
    await store.appendToStream(
      stream,
      [
        { type: 'NightsReleased', schemaVersion: 1, data: { accommodationId, ownerId: owner.id, hold: oldHold }, metadata },
        { type: 'NightsHeld', schemaVersion: 1, data: { accommodationId, ownerId: owner.id, hold: { ...oldHold, holdId: randomUUID(), arrival: '2026-07-14', departure: '2026-07-16' } }, metadata },
      ],
      { expectedRevision: 'any' },
    );
    await settleWhenReadModelsCaughtUp();
    clock.advance(STRAY_AFTER_MS + 1000);
    expect(await sweeper.sweep()).toBe(1);
    await caughtUp();
    expect((await states()).slice(9, 16)).toEqual(['2026-07-10 OPTION', '2026-07-11 OPTION', '2026-07-12 FREE', '2026-07-13 FREE', '2026-07-14 FREE', '2026-07-15 FREE', '2026-07-16 FREE']);
  });

  it('settles a stray hold behind more than a page of holds whose file cannot be read, and goes on sweeping', async () => {
    // A file whose history a bug made unreadable, and 120 stray holds of it that sort before ours.
    const unreadable = randomUUID();
    const metadata = { occurredAt: clock.now().toISOString(), actor: { kind: 'owner' as const, id: owner.id }, correlationId: randomUUID(), causationId: null };
    await store.appendToStream(`dossier-${unreadable}`, [{ type: 'DossierNumbered', schemaVersion: 1, data: { dossierId: unreadable, ownerId: owner.id, number: 'forty-two' }, metadata }], { expectedRevision: 'any' });
    try {
      for (let i = 0; i < 120; i++) {
        const night = new Date(Date.UTC(2028, 0, 1 + i)).toISOString().slice(0, 10);
        const next = new Date(Date.UTC(2028, 0, 2 + i)).toISOString().slice(0, 10);
        await strandHold(unreadable, night, next, `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
      }
      await strandHold(randomUUID(), '2026-07-17', '2026-07-18', 'ffffffff-ffff-4fff-bfff-ffffffffffff');
      await settleWhenReadModelsCaughtUp();
      clock.advance(STRAY_AFTER_MS + 1000);
      expect(await sweeper.sweep()).toBeGreaterThanOrEqual(1);
      await caughtUp();
      expect((await states()).slice(16, 17)).toEqual(['2026-07-17 FREE']);
    } finally {
      // Once the dossiers read model has parked it, never before: the next test file starts without it.
      await caughtUp();
      await forgetParked(`dossier-${unreadable}`);
    }
  });
});
