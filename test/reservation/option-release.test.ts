import { QueryBus } from '@nestjs/cqrs';
import { Outbox } from '../../src/communication/application/outbox';
import { depositReminderCause, ReminderScheduler } from '../../src/communication/application/reminder-scheduler';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port';
import { LateOptionsOfReleasingOwners, UnpaidOptionsRelease, type LateOption, type ReleaseRound } from '../../src/reservation/application/unpaid-options-release';
import { ownerWithGite, type OwnerWithGite } from '../support/booking-fixtures';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app';
import { until } from '../support/until';

const HOUR = 3_600_000;

/**
 * Options released when their deposit stays unpaid, for an owner who turned it on: the guest is
 * told the day first, in the deposit reminder, then the option is cancelled with a reason and its
 * nights freed. Two app instances run the release on one clock moved by hand, and every round is
 * run twice: each step happens once.
 */
describe('releasing options whose deposit stays unpaid', () => {
  let first: TestApp;
  let second: TestApp;
  let gite: OwnerWithGite;
  // 09:00 in Paris on 10 January 2033: a file made now has its deposit due on the 20th. Other
  // files of the database are other owners', whose options are never released.
  const clock = new ManualClock(new Date('2033-01-10T08:00:00Z'));

  beforeAll(async () => {
    [first, second] = await Promise.all([startTestApp({ clock, config: { emailPollMs: 0 } }), startTestApp({ clock, config: { emailPollMs: 0 } })]);
    gite = await ownerWithGite(first);
  });
  afterAll(() => Promise.all([first.close(), second.close()]));

  const ok = async <T>(document: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const answer = await first.gql<T>(document, variables, gite.owner.token);
    if (!answer.data) throw new Error(JSON.stringify(answer.errors));
    return answer.data;
  };
  const book = async (arrival: string, departure: string): Promise<string> =>
    (
      await ok<{ createDossier: { id: string } }>('mutation($input: CreateDossierInput!) { createDossier(input: $input) { id } }', {
        input: { accommodationId: gite.accommodationId, arrival, departure, occupants: [{ ageRangeId: gite.adults, count: 2 }], price: 40_000, guest: { lastName: 'Dupont', email: 'dupont@example.org' } },
      })
    ).createDossier.id;
  const file = async (id: string) =>
    (await ok<{ dossier: { status: string; cancellationReason: string | null; emails: { kind: string; copy: boolean }[] } }>('query($id: ID!) { dossier(id: $id) { status cancellationReason emails { kind copy } } }', { id })).dossier;
  const guestEmails = async (id: string, kind: string) => (await file(id)).emails.filter((e) => e.kind === kind && !e.copy).length;
  /** Both instances at once, then once more: what the round did in all. */
  const round = async (): Promise<ReleaseRound> => {
    const rounds = await Promise.all([first, second, first].map((t) => t.app.get(UnpaidOptionsRelease).releaseDue()));
    return rounds.reduce((a, b) => ({ noticed: a.noticed + b.noticed, released: a.released + b.released }));
  };
  /** This owner's options the round reads now, with something to do or not. */
  const listed = async (): Promise<string[]> => {
    const ours = [released, paid, relance, arrivingFirst];
    const late: LateOption[] = await first.app.get(QueryBus).execute(new LateOptionsOfReleasingOwners(clock.now(), 10_000, null));
    return late.map((o) => o.dossierId).filter((id) => ours.includes(id));
  };
  /** What an email about the file says, as the outbox wrote it, spaces made single. */
  const text = async (cause: string, kind: string): Promise<string> => {
    const store = first.app.get<EventStore>(EVENT_STORE);
    const [queued] = await until(`the ${kind} email`, () => store.readStream(`email-${Outbox.idOf({ cause, recipient: 'GUEST', facts: { kind: kind as 'DEPOSIT_REMINDER', copy: false } })}`).then((events) => events.length > 0 && events));
    return (queued.data as { text: string }).text.replace(/\s+/g, ' ');
  };

  let released: string;
  let paid: string;
  let relance: string;
  let arrivingFirst: string;

  it('is off until the owner chooses a number of days', async () => {
    expect(await ok('{ reservationSettings { releaseUnpaidOptionsAfterDays } }')).toEqual({ reservationSettings: { releaseUnpaidOptionsAfterDays: null } });
    expect(await ok('mutation { setUnpaidOptionRelease(afterDays: 3) { releaseUnpaidOptionsAfterDays } }')).toEqual({ setUnpaidOptionRelease: { releaseUnpaidOptionsAfterDays: 3 } });
    const refused = await first.gql('mutation { setUnpaidOptionRelease(afterDays: 61) { releaseUnpaidOptionsAfterDays } }', {}, gite.owner.token);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'afterDays', reason: 'RELEASE_DAYS_OUT_OF_RANGE' });
  });

  it('tells the guest of a late deposit, once, the day the option goes, in the deposit reminder', async () => {
    released = await book('2033-03-05', '2033-03-12');
    paid = await book('2033-03-19', '2033-03-26');
    relance = await book('2033-04-02', '2033-04-09');
    arrivingFirst = await book('2033-01-22', '2033-01-29');
    await ok('mutation($id: ID!) { recordPayment(dossierId: $id, input: { date: "2033-01-12", method: TRANSFER, cents: 10000 }) { id } }', { id: paid });

    clock.advance(10 * 24 * HOUR + 14 * HOUR); // 20 January, 23:00 in Paris: due today, not late yet
    expect(await round()).toEqual({ noticed: 0, released: 0 });

    clock.advance(2 * HOUR); // 21 January, 01:00 in Paris
    expect(await round()).toEqual({ noticed: 2, released: 0 });
    // The plain reminder leaves the noticed options to the notice's own, and still reminds a guest arriving before any release.
    await first.app.get(ReminderScheduler).remind();
    await until('the reminders', async () => (await guestEmails(released, 'DEPOSIT_REMINDER')) === 1 && (await guestEmails(arrivingFirst, 'DEPOSIT_REMINDER')) === 1);
    expect(await text(depositReminderCause(released, '2033-01-20'), 'DEPOSIT_REMINDER')).toContain(
      'Sans règlement de votre part, votre option sera considérée comme non acceptée et les dates seront libérées le dimanche 23 janvier 2033.',
    );
    expect(await text(depositReminderCause(arrivingFirst, '2033-01-20'), 'DEPOSIT_REMINDER')).not.toContain('libérées');
    expect(await guestEmails(paid, 'DEPOSIT_REMINDER')).toBe(0);
  });

  it('releases the option on that day, still unpaid: cancelled with a reason, its nights freed, the guest told why', async () => {
    // The owner gave this guest more time: the notice given for the old due date no longer counts.
    await ok('mutation($id: ID!) { setDossierTerms(id: $id, input: { depositDueDate: "2033-02-15" }) { id } }', { id: relance });
    clock.advance(24 * HOUR - 30 * 60_000); // 22 January, 00:30 in Paris
    expect(await round()).toEqual({ noticed: 0, released: 0 });
    // A guest told of a day still ahead costs the round nothing: the file is not even read.
    await until('the notices read', async () => (await listed()).length === 0);

    clock.advance(24 * HOUR); // 23 January, 00:30 in Paris
    expect(await listed()).toEqual([released]);
    expect(await round()).toEqual({ noticed: 0, released: 1 });
    expect(await round()).toEqual({ noticed: 0, released: 0 });

    // The read models follow the file within moments.
    const cancelled = await until('the file cancelled', async () => {
      const read = await file(released);
      return read.status === 'CANCELLED' && read;
    });
    expect(cancelled.cancellationReason).toMatch(/^Option non acceptée : acompte attendu le 20\/01\/2033 non reçu/);
    expect((await file(relance)).status).toBe('OPTION');
    expect((await file(paid)).status).toBe('CONFIRMED');
    await until('the nights freed', async () => {
      const nights = await ok<{ planning: { state: string; dossierId: string | null }[] }>(
        'query($id: ID!) { planning(accommodationId: $id, from: "2033-03-05", to: "2033-03-12") { state dossierId } }',
        { id: gite.accommodationId },
      );
      return nights.planning.every((night) => night.state === 'FREE' && night.dossierId === null);
    });
    await until('the cancellation email', async () => (await guestEmails(released, 'CANCELLATION')) === 1);
    const [cancellation] = (await first.app.get<EventStore>(EVENT_STORE).readStream(`dossier-${released}`)).filter((e) => e.type === 'DossierCancelled');
    expect(await text(cancellation.id, 'CANCELLATION')).toContain("votre option de réservation n° 1 est considérée comme non acceptée : nous l'avons annulée");
  });

  it('tells integrators the booking was cancelled, and nothing of the notice', async () => {
    const feed = await until('the cancellation published', async () => {
      const { integrationEvents } = await ok<{ integrationEvents: { nodes: { type: string; data: { booking?: { bookingId: string } } }[] } }>('{ integrationEvents(first: 500) { nodes { type data } } }');
      const about = integrationEvents.nodes.filter((e) => e.data.booking?.bookingId === released).map((e) => e.type);
      return about.includes('booking.cancelled') && about;
    });
    expect(feed).toEqual(['booking.created', 'booking.numbered', 'booking.cancelled']);
  });

  it('stops when the owner turns it off', async () => {
    expect(await ok('mutation { setUnpaidOptionRelease(afterDays: 0) { releaseUnpaidOptionsAfterDays } }')).toEqual({ setUnpaidOptionRelease: { releaseUnpaidOptionsAfterDays: null } });
    clock.advance(30 * 24 * HOUR);
    expect(await round()).toEqual({ noticed: 0, released: 0 });
    expect((await file(relance)).status).toBe('OPTION');
  });
});
