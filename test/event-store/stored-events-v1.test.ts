import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EntityManager } from '@mikro-orm/postgresql';
import { FollowerRunner } from '../../src/event-store/following/follower-runner';
import { accommodationDecider } from '../../src/catalogue/domain/accommodation/accommodation.decider';
import { establishmentDecider } from '../../src/catalogue/domain/establishment/establishment.decider';
import { emailClaimDecider } from '../../src/catalogue/domain/owner/email-claim.decider';
import { ownerNumberClaimDecider } from '../../src/catalogue/domain/owner/owner-number-claim.decider';
import { ownerDecider } from '../../src/catalogue/domain/owner/owner.decider';
import { supplementDecider } from '../../src/catalogue/domain/supplement/supplement.decider';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port';
import { policyCheckpoint } from '../../src/event-store/following/follower';
import { listParked } from '../../src/event-store/following/parked-events';
import { PolicyRegistry } from '../../src/event-store/policy/policy-registry';
import { ProjectionRegistry } from '../../src/event-store/projection/projection-registry';
import { ReadModelWaiter } from '../../src/event-store/projection/read-model-waiter';
import { WrongExpectedRevision } from '../../src/event-store/wrong-expected-revision.error';
import { depositPolicyDecider } from '../../src/paiement/domain/deposit-policy/deposit-policy.decider';
import { paymentsDecider } from '../../src/paiement/domain/payments/payments.decider';
import { dossierNumbersDecider } from '../../src/reservation/domain/dossier/dossier-numbers.decider';
import { dossierDecider } from '../../src/reservation/domain/dossier/dossier.decider';
import { planningDecider } from '../../src/reservation/domain/planning/planning.decider';
import { fold, type Decider } from '../../src/shared/kernel/decider';
import type { StoredEvent } from '../../src/shared/kernel/event-codec';
import type { Command, Event, EventMetadata } from '../../src/shared/kernel/message';
import { promoCodesDecider } from '../../src/tarification/domain/promo-codes/promo-codes.decider';
import { promotionsDecider } from '../../src/tarification/domain/promotions/promotions.decider';
import { ratesDecider } from '../../src/tarification/domain/rates/rates.decider';
import { bookingRulesDecider } from '../../src/tarification/domain/rules/booking-rules.decider';
import { touristTaxDecider } from '../../src/tarification/domain/rules/tourist-tax.decider';
import { startTestApp, type GraphqlAnswer, type TestApp } from '../support/test-app';

/**
 * Rows of the `events` table as the first schema wrote them (no version then: version 1), and
 * what the GraphQL API of that code answered for them; the fixture's description says how they
 * were made. Stored history is never rewritten, so every later code must still read these.
 */
interface StoredV1Event {
  event_id: string;
  stream_name: string;
  stream_revision: number;
  type: string;
  data: Record<string, unknown>;
  metadata: EventMetadata;
  recorded_at: string;
}

interface RecordedAnswer {
  query: string;
  variables: Record<string, unknown>;
  data: Record<string, unknown>;
}

interface FixtureOwner {
  ownerId: string;
  email: string;
  password: string;
  answers: Record<string, RecordedAnswer>;
}

const readFixture = <T>(name: string): T => JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8')) as T;
const { events: storedV1 } = readFixture<{ events: StoredV1Event[] }>('events-v1.json');
const { owners } = readFixture<{ owners: FixtureOwner[] }>('events-v1.expected.json');

const streams = [...new Set(storedV1.map((e) => e.stream_name))];
const eventsOf = (stream: string) => storedV1.filter((e) => e.stream_name === stream);
const asStored = (e: StoredV1Event): StoredEvent => ({ type: e.type, schemaVersion: 1, data: e.data });

/** A stream read as a command reads it: every event through its category's codec, then the fold. */
const reader = <C extends Command, E extends Event, S>(decider: Decider<C, E, S>) => ({
  // A codec's category is the stream name up to the id.
  prefix: `${decider.events.category}-`,
  read(events: readonly StoredEvent[]) {
    const decoded = events.map(decider.events.decode);
    return { decoded, state: fold(decider, decoded) };
  },
});

const readers = [
  reader(ownerDecider),
  reader(emailClaimDecider),
  reader(ownerNumberClaimDecider),
  reader(accommodationDecider),
  reader(supplementDecider),
  reader(establishmentDecider),
  reader(ratesDecider),
  reader(promotionsDecider),
  reader(promoCodesDecider),
  reader(bookingRulesDecider),
  reader(touristTaxDecider),
  reader(depositPolicyDecider),
  reader(paymentsDecider),
  reader(planningDecider),
  reader(dossierDecider),
  reader(dossierNumbersDecider),
];

/** The longest prefix wins: `owner-email-…` is no `owner-…` stream, nor `dossier-numbers-…` a `dossier-…` one. */
function readerOf(stream: string) {
  const [longest] = readers.filter((r) => stream.startsWith(r.prefix)).sort((a, b) => b.prefix.length - a.prefix.length);
  if (!longest) throw new Error(`No decider reads ${stream}`);
  return longest;
}

const OWNER_NUMBER = readerOf('owner-number-1').prefix;

/** Runs of consecutive events of one stream, in the fixture's (the commit) order: one append each. */
function appends(): StoredV1Event[][] {
  const runs: StoredV1Event[][] = [];
  for (const e of storedV1) {
    const last = runs.at(-1);
    if (last?.[0].stream_name === e.stream_name) last.push(e);
    else runs.push([e]);
  }
  return runs;
}

/**
 * Writes every event at the revision it had. Answers the streams it could not write: owner
 * numbers count from 1 in every database, so where earlier files of the run signed owners up,
 * `owner-number-1` is another owner's claim. No other fixture stream is named by anything but the
 * fixture's own ids and emails, and no read model follows number claims (an owner's number comes
 * from the owner's own stream), so those claims are read from the fixture instead. A run stored
 * by an earlier test run on the same database (shared when the server refuses CREATE DATABASE) is
 * left as it is.
 */
async function writeAsStored(store: EventStore): Promise<ReadonlySet<string>> {
  const claimedByOthers = new Set<string>();
  for (const run of appends()) {
    const [first] = run;
    try {
      await store.appendToStream(
        first.stream_name,
        run.map((e) => ({ id: e.event_id, type: e.type, schemaVersion: 1, data: e.data, metadata: e.metadata })),
        { expectedRevision: first.stream_revision === 0 ? 'no_stream' : first.stream_revision - 1 },
      );
    } catch (error) {
      if (!(error instanceof WrongExpectedRevision)) throw error;
      const there = await store.readStream(first.stream_name, { fromRevision: first.stream_revision });
      if (run.every((e, i) => there[i]?.id === e.event_id)) continue;
      if (!first.stream_name.startsWith(OWNER_NUMBER)) throw error;
      claimedByOthers.add(first.stream_name);
    }
  }
  return claimedByOthers;
}

const LOG_IN = 'mutation LogIn($email: String!, $password: String!) { logIn(email: $email, password: $password) { token } }';

describe('Events stored by the first schema', () => {
  let t: TestApp;
  let store: EventStore;
  let claimedByOthers: ReadonlySet<string>;

  beforeAll(async () => {
    t = await startTestApp();
    store = t.app.get<EventStore>(EVENT_STORE);
    // The fixture holds what policies wrote in their time (a ledger's payment, then the file's):
    // followers wait until it is all written, or one would write it again between two appends.
    const runner = t.app.get(FollowerRunner);
    await runner.stop();
    claimedByOthers = await writeAsStored(store);
    runner.start();
    const followers = [...t.app.get(ProjectionRegistry).all().map((p) => p.name), ...t.app.get(PolicyRegistry).all().map((p) => policyCheckpoint(p.name))];
    expect(await t.app.get(ReadModelWaiter).waitFor(await store.headPosition(), followers, 30_000)).toBe(true);
  }, 120_000);
  afterAll(() => t.close());

  describe('every event stored by the first schema still decodes and folds', () => {
    const ours = () => streams.filter((s) => !claimedByOthers.has(s));
    let readBack: Map<string, StoredEvent[]>;

    beforeAll(async () => {
      const fromStore = await Promise.all(ours().map(async (s) => [s, await store.readStream(s)] as const));
      readBack = new Map([...fromStore, ...[...claimedByOthers].map((s) => [s, eventsOf(s).map(asStored)] as const)]);
    });

    it('gives every stream back as it was stored, as version 1, with nothing added by a follower', async () => {
      const shape = (id: string, revision: number, e: StoredEvent) => ({ id, revision, type: e.type, schemaVersion: e.schemaVersion, data: e.data });
      const stored = await Promise.all(ours().map(async (s) => (await store.readStream(s)).map((e) => shape(e.id, e.revision, e))));
      expect(stored).toEqual(ours().map((s) => eventsOf(s).map((e) => shape(e.event_id, e.stream_revision, asStored(e)))));
    });

    it.each(streams)('%s', (stream) => {
      expect(() => readerOf(stream).read(readBack.get(stream) ?? [])).not.toThrow();
    });

    it('reads a file opened by the first schema as one counted in Paris time, from no destination', () => {
      const opened = storedV1.filter((e) => e.type === 'DossierOpened');
      expect(opened).not.toHaveLength(0);
      for (const v1 of opened) {
        const [first] = readerOf(v1.stream_name).read(readBack.get(v1.stream_name) ?? []).decoded;
        expect(first).toEqual({ type: 'DossierOpened', data: { ...v1.data, timeZone: 'Europe/Paris', destinationId: null } });
      }
    });

    it('reads a cancellation stored by the first schema as one that did not say who gave up the stay: no settlement shown', async () => {
      const cancelled = storedV1.filter((e) => e.type === 'DossierCancelled');
      expect(cancelled).not.toHaveLength(0);
      for (const v1 of cancelled) {
        const { decoded } = readerOf(v1.stream_name).read(readBack.get(v1.stream_name) ?? []);
        expect(decoded.filter((e) => e.type === 'DossierCancelled')).toEqual([{ type: 'DossierCancelled', data: { ...v1.data, by: null } }]);
        const owner = owners.find((o) => o.ownerId === v1.data.ownerId);
        const token = (await t.gql<{ logIn: { token: string } }>(LOG_IN, { email: owner?.email, password: owner?.password })).data?.logIn.token;
        const file = await t.gql('query($id: ID!) { dossier(id: $id) { status cancelledBy cancellationSettlement { by } } }', { id: v1.data.dossierId }, token);
        expect(file.data?.dossier).toEqual({ status: 'CANCELLED', cancelledBy: null, cancellationSettlement: null });
      }
    });

    it('leaves none of them parked by a projection or a policy', async () => {
      const ids = new Set(storedV1.map((e) => e.event_id));
      const parked = await listParked(t.app.get(EntityManager).fork());
      expect(parked.filter((p) => ids.has(p.eventId))).toEqual([]);
    });
  });

  /**
   * No answer needs normalising: the recorded answers hold no errors, so the clash error that now
   * names only the clashing nights never shows; the recorded queries ask for no field `Dossier`
   * gained; and the one `dossierAsOf` of the deleted file E asks at an instant before its deletion.
   */
  describe('the read models rebuilt from those events answer as the first code did', () => {
    const cases = owners.flatMap((owner) => Object.entries(owner.answers).map(([name, recorded]) => ({ owner, name, recorded })));
    let answers: Map<string, GraphqlAnswer>;

    beforeAll(async () => {
      const tokens = new Map(
        await Promise.all(
          owners.map(async (o) => {
            const answer = await t.gql<{ logIn: { token: string } }>(LOG_IN, { email: o.email, password: o.password });
            if (!answer.data?.logIn) throw new Error(`${o.email} cannot log in: ${JSON.stringify(answer.errors)}`);
            return [o.ownerId, answer.data.logIn.token] as const;
          }),
        ),
      );
      answers = new Map(
        await Promise.all(cases.map(async (c) => [`${c.owner.ownerId} ${c.name}`, await t.gql(c.recorded.query, c.recorded.variables, tokens.get(c.owner.ownerId))] as const)),
      );
    });

    it.each(cases.map((c) => [c.owner.email, c.name, c] as const))('%s: %s', (_email, _name, c) => {
      const answer = answers.get(`${c.owner.ownerId} ${c.name}`);
      expect(answer?.errors).toBeUndefined();
      expect(answer?.data).toEqual(c.recorded.data);
    });
  });
});
