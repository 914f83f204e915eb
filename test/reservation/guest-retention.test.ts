import { randomUUID } from 'node:crypto';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port';
import { FollowerRunner } from '../../src/event-store/following/follower-runner';
import { ReadModelWaiter } from '../../src/event-store/projection/read-model-waiter';
import { GuestRetention, type RetentionRound } from '../../src/reservation/application/guest-retention';
import { CREATE_DOSSIER, dossierInput, ownerWithGite, type OwnerWithGite } from '../support/booking-fixtures';
import { forgetParked } from '../support/database';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app';
import { until } from '../support/until';

/**
 * Guests anonymised some years after their last stay (RGPD art. 5, issue 17 §4), by the sweep the
 * scheduler runs: three years unless the owner chose otherwise, never while the owner still owes
 * the guest money, the files keeping their figures. Two owners: the Lavandes keep the default,
 * the Tilleuls keep their guests one year.
 */
const PAY = 'mutation($id: ID!, $cents: Int!) { recordPayment(dossierId: $id, input: { date: "2026-02-01", method: TRANSFER, cents: $cents }) { status } }';
const FILE = 'query($id: ID!) { dossier(id: $id) { status guestErasedAt guest { lastName email } total { cents } paid { cents } stays { arrival departure } } }';
const GUESTS = '{ guests { nodes { label } } }';
const YEAR = 365 * 86_400_000;

interface File {
  status: string;
  guestErasedAt: string | null;
  guest: { lastName: string; email: string | null };
  total: { cents: number };
  paid: { cents: number };
}

describe('anonymising guests past their retention period', () => {
  let t: TestApp;
  const clock = new ManualClock(new Date('2026-01-10T09:00:00Z'));
  let lavandes: OwnerWithGite;
  let tilleuls: OwnerWithGite;
  const files: Record<string, string> = {};

  const ok = async (document: string, variables: Record<string, unknown>, token: string) => {
    const answer = await t.gql(document, variables, token);
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    return answer.data ?? {};
  };

  const book = async (gite: OwnerWithGite, name: string, arrival: string, departure: string, paidCents: number) => {
    const { input } = dossierInput(gite, arrival, departure, 50_000, name);
    const created = await ok(CREATE_DOSSIER, { input: { ...input, guest: { lastName: name, email: `${name.toLowerCase()}@example.org` } } }, gite.owner.token);
    const id = created.createDossier.id as string;
    if (paidCents > 0) await ok(PAY, { id, cents: paidCents }, gite.owner.token);
    files[name] = id;
  };

  /** Every follower caught up, a sweep, then every follower caught up with it and with what its erasures made the policies write. */
  const sweep = async (): Promise<RetentionRound> => {
    const caughtUp = async () => {
      const head = await t.app.get<EventStore>(EVENT_STORE).headPosition();
      expect(await t.app.get(ReadModelWaiter).waitFor(head, t.app.get(FollowerRunner).names(), 30_000)).toBe(true);
    };
    // The sweep reads which files are due from a read model: it must hold every file made before.
    await caughtUp();
    const round = await t.app.get(GuestRetention).sweep();
    for (let cascade = 0; cascade < 2; cascade++) await caughtUp();
    return round;
  };

  const file = async (name: string, gite: OwnerWithGite): Promise<File> => (await ok(FILE, { id: files[name] }, gite.owner.token)).dossier as File;
  const directory = async (gite: OwnerWithGite): Promise<string[]> => ((await ok(GUESTS, {}, gite.owner.token)).guests.nodes as { label: string }[]).map((n) => n.label);

  beforeAll(async () => {
    t = await startTestApp({ clock });
    lavandes = await ownerWithGite(t, 'Gîte des Lavandes');
    tilleuls = await ownerWithGite(t, 'Gîte des Tilleuls');
    expect((await ok('mutation { setGuestRetention(years: 1) { guestRetentionYears } }', {}, tilleuls.owner.token)).setGuestRetention).toEqual({ guestRetentionYears: 1 });
    await book(lavandes, 'Paidup', '2026-03-07', '2026-03-14', 50_000);
    // Paid 100 € too much: the owner owes it back.
    await book(lavandes, 'Overpaid', '2026-04-04', '2026-04-11', 60_000);
    // Never paid the balance: the owner could claim it for two years only.
    await book(lavandes, 'Owing', '2026-05-02', '2026-05-09', 12_500);
    await book(lavandes, 'Recent', '2027-06-05', '2027-06-12', 50_000);
    await book(tilleuls, 'Tilleulguest', '2027-06-05', '2027-06-12', 50_000);
    // Deleted by the owner: in no list, but its events still hold the guest.
    await book(lavandes, 'Deletedguest', '2026-03-14', '2026-03-21', 0);
    await ok('mutation($id: ID!) { deleteDossier(id: $id) }', { id: files.Deletedguest }, lavandes.owner.token);
    await until('the files in the directory', async () => (await directory(lavandes)).length === 4 && (await directory(tilleuls)).length === 1);
  });
  afterAll(async () => {
    await t.close();
    if (files.Poisoned) await forgetParked(`dossier-${files.Poisoned}`);
  });

  // The sweep runs over every owner of the database, other test files' too: each file is looked at by itself.
  it('erases nobody while every stay is recent', async () => {
    await sweep();
    for (const [name, gite] of [['Paidup', lavandes], ['Overpaid', lavandes], ['Owing', lavandes], ['Recent', lavandes], ['Tilleulguest', tilleuls]] as const) {
      expect((await file(name, gite)).guestErasedAt).toBeNull();
    }
  });

  describe('three years and more on', () => {
    let round: RetentionRound;

    beforeAll(async () => {
      clock.advance(3 * YEAR + 150 * 86_400_000); // early June 2029
      round = await sweep();
    });

    it('erases the guests of the default owner’s files older than three years, and the one-year owner’s older than one', () => {
      // Paidup and Owing (time-barred), and the Tilleuls' guest of 2027; Overpaid is kept (and other tests' files may be counted too).
      expect(round.erased).toBeGreaterThanOrEqual(3);
      expect(round.kept).toBeGreaterThanOrEqual(1);
    });

    it('leaves each erased file its figures, and nobody in it', async () => {
      for (const [name, gite] of [['Paidup', lavandes], ['Owing', lavandes], ['Tilleulguest', tilleuls]] as const) {
        const erased = await file(name, gite);
        expect(erased).toMatchObject({ guest: { lastName: 'Anonyme', email: null }, total: { cents: 50_000 } });
        expect(erased.guestErasedAt).not.toBeNull();
      }
      expect((await file('Owing', lavandes)).paid).toEqual({ cents: 12_500 });
    });

    it('erases the guest of a deleted file too, as its history replays it', async () => {
      const AS_OF = 'query($id: ID!, $at: DateTime!) { dossierAsOf(id: $id, at: $at) { guestErasedAt guest { lastName email } } }';
      const replayed = (await ok(AS_OF, { id: files.Deletedguest, at: clock.now().toISOString() }, lavandes.owner.token)).dossierAsOf as { guestErasedAt: string | null; guest: unknown };
      expect(replayed.guest).toEqual({ lastName: 'Anonyme', email: null });
      expect(replayed.guestErasedAt).not.toBeNull();
    });

    it('keeps the guest the owner still owes money to, and the guest whose stay is recent', async () => {
      expect(await file('Overpaid', lavandes)).toMatchObject({ guestErasedAt: null, guest: { lastName: 'Overpaid', email: 'overpaid@example.org' } });
      expect(await file('Recent', lavandes)).toMatchObject({ guestErasedAt: null, guest: { lastName: 'Recent' } });
      expect((await directory(lavandes)).sort()).toEqual(['OVERPAID', 'RECENT']);
      expect(await directory(tilleuls)).toEqual([]);
    });

    it('erases nothing more when it runs again: the files erased stay as they were, the kept ones kept', async () => {
      const erasedAt = (await file('Paidup', lavandes)).guestErasedAt;
      clock.advance(86_400_000);
      await sweep();
      expect((await file('Paidup', lavandes)).guestErasedAt).toBe(erasedAt);
      expect(await file('Overpaid', lavandes)).toMatchObject({ guestErasedAt: null, guest: { lastName: 'Overpaid' } });
    });

    it('goes on past a file whose history it cannot read, and erases the others', async () => {
      await book(tilleuls, 'Poisoned', '2027-07-03', '2027-07-10', 50_000);
      await book(tilleuls, 'Beside', '2027-07-10', '2027-07-17', 50_000);
      // As a bug elsewhere might write it: a number that is not a number, in the file's own history.
      const store = t.app.get<EventStore>(EVENT_STORE);
      const [opened] = await store.readStream(`dossier-${files.Poisoned}`);
      await store.appendToStream(
        `dossier-${files.Poisoned}`,
        [{ type: 'DossierNumbered', schemaVersion: 1, data: { dossierId: files.Poisoned, ownerId: tilleuls.owner.id, number: 'forty-two' }, metadata: { ...opened.metadata, correlationId: randomUUID() } }],
        { expectedRevision: 'any' },
      );
      // The Tilleuls keep guests one year: these stays of July 2027 are already past it (June 2029),
      // so the clock stays put and other test files' files do not all fall due at once.
      const later = await sweep();
      expect(later.failed).toBeGreaterThanOrEqual(1);
      // As the scheduler does every 6 hours: what a round leaves (a change racing its erasure) is
      // the next round's, and the poisoned file must never stop it; it must go within a few.
      await until('the file beside erased', async () => (await file('Beside', tilleuls)).guest.lastName === 'Anonyme' || (await sweep(), false), 20_000, 200);
      expect(await file('Beside', tilleuls)).toMatchObject({ guest: { lastName: 'Anonyme', email: null } });
    });

    it('keeps a file erased from any change', async () => {
      const answer = await t.gql('mutation($id: ID!) { setDossierNotes(id: $id, note: "Back next year") { id } }', { id: files.Paidup }, lavandes.owner.token);
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'GUEST_ERASED' });
    });
  });

  it('refuses a retention period out of bounds by name', async () => {
    const answer = await t.gql('mutation { setGuestRetention(years: 11) { guestRetentionYears } }', {}, lavandes.owner.token);
    expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'years', reason: 'RETENTION_YEARS_OUT_OF_RANGE' });
  });
});
