import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import type { ParsedMail } from 'mailparser';
import { BookingEmailsPolicy } from '../../src/communication/application/booking-emails.policy';
import { BOOKING_EMAIL_KINDS } from '../../src/communication/domain/email/email-facts';
import { emailContent } from '../../src/communication/infrastructure/email/email-content';
import { decoded, EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port';
import { GuestBookingExpiry } from '../../src/reservation/application/guest-booking-expiry';
import { guestBookingEvents } from '../../src/reservation/contracts';
import { guestBookingStream } from '../../src/reservation/domain/guest-booking/guest-booking.decider';
import { LANGS } from '../../src/shared/kernel/lang';
import { CREATE_DOSSIER, dossierInput, type OwnerWithGite } from '../support/booking-fixtures';
import { bookableGite, localPaymentArrives } from '../support/guest-booking-fixtures';
import { emailsOf } from '../support/communication-fixtures';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app';
import { until } from '../support/until';

/**
 * What a guest booking online is told, on a real SMTP server in the test process, with the local
 * test provider taking the deposit: the booking expired unpaid, in the language the guest booked
 * in; the booking confirmed, in that language too; a payment come too late for nights someone
 * else took, given back, which the owner hears of. « La Grange » let by the week from Saturday in
 * July 2027, 600 €, 25 % deposit (150 €) paid online within 30 minutes.
 */
const GITE = 'La Grange';
const BOOK_STAY = 'mutation($input: BookStayInput!) { bookStay(input: $input) { dossierId paymentUrl } }';

interface Booking {
  readonly dossierId: string;
  readonly paymentUrl: string | null;
  readonly email: string;
}

/** Intl writes no-break spaces in French amounts, and the wording holds names in French quotes with them. */
const spaced = (s: string | undefined): string => (s ?? '').replace(/[\u202f\u00a0]/g, ' ');

const addressesOf = (mail: ParsedMail): string[] => (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((to) => to.value.map((v) => v.address ?? ''));

describe('emails about a guest’s online booking', () => {
  let sink: SmtpSink;
  let t: TestApp;
  const clock = new ManualClock(new Date('2027-06-01T08:00:00Z'));

  const ok = async (document: string, variables: Record<string, unknown>, token?: string) => {
    const answer = await t.gql(document, variables, token);
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    return answer.data ?? {};
  };

  const payingGite = (): Promise<OwnerWithGite> => bookableGite(t, { name: GITE, provider: 'LOCAL' });

  async function book(gite: OwnerWithGite, lang: 'FR' | 'EN', lastName: string, arrival = '2027-07-17', departure = '2027-07-24'): Promise<Booking> {
    const email = `${lastName.toLowerCase()}.${randomUUID().slice(0, 8)}@example.org`;
    const input = { accommodationId: gite.accommodationId, arrival, departure, occupants: [{ ageRangeId: gite.adults, count: 2 }], guest: { firstName: 'Alex', lastName, email }, acceptTerms: true, payOnline: true, lang };
    const booked = (await ok(BOOK_STAY, { input })).bookStay as { dossierId: string; paymentUrl: string | null };
    return { ...booked, email };
  }

  const eventsOf = (booking: Booking) => t.app.get<EventStore>(EVENT_STORE).readStream(guestBookingStream(booking.dossierId));

  /** Past the 30 minutes the guest had to pay, the expiry run until it has seen the nights held (their read model may lag). */
  async function expire(booking: Booking): Promise<void> {
    clock.advance(31 * 60_000);
    await until('the booking expired', async () => {
      await t.app.get(GuestBookingExpiry).expireDue();
      return (await eventsOf(booking)).some((e) => e.type === 'GuestBookingExpired');
    });
  }

  /** The emails the SMTP server received for `address` (those `which` picks), once there are `count`. */
  const received = (address: string, count = 1, which: (mail: ParsedMail) => boolean = () => true) =>
    until(`${count} email(s) to ${address}`, () => {
      const mails = sink.received.filter((m) => addressesOf(m).includes(address) && which(m));
      return Promise.resolve(mails.length >= count && mails);
    });

  /** The outbox's rows filed under the booking's id. */
  const outboxOf = (bookingId: string) =>
    t.app.get(EntityManager).fork().getConnection().execute<{ id: string; kind: string; recipient: string; status: string }[]>('SELECT id, kind, recipient, status FROM emails WHERE dossier_id = ? ORDER BY kind, recipient', [bookingId]);

  const providerSays = (gite: OwnerWithGite, reference: string, cents: number): Promise<string> => localPaymentArrives(t, gite, reference, cents, clock.now());

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ clock, config: { smtpUrl: sink.url, emailPollMs: 50, mailFrom: 'reservations@gites.example', pdfWorkers: 1 } });
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  describe('a booking not paid in time', () => {
    it('tells the guest who booked in English, in English: not confirmed, the nights of their stay released, free to book again', async () => {
      const gite = await payingGite();
      const booking = await book(gite, 'EN', 'Smith');
      await expire(booking);

      const [mail] = await received(booking.email);
      expect(mail.subject).toBe(`Booking not confirmed – ${GITE}`);
      expect(mail.replyTo?.text).toBe(gite.owner.email);
      const text = spaced(mail.text);
      expect(text).toContain('Hello Alex Smith,');
      expect(text).toContain('Your booking was not confirmed: the deposit was not received in time.');
      expect(text).toContain(`The nights held for you at ${GITE}, from Saturday 17 July 2027 to Saturday 24 July 2027, have therefore been released.`);
      expect(text).toContain('You may book again');
      expect(spaced(mail.html || '')).toContain('Saturday 17 July 2027');
    });

    it('tells a French guest in French, and the owner nothing', async () => {
      const gite = await payingGite();
      const booking = await book(gite, 'FR', 'Dupont');
      await expire(booking);

      const [mail] = await received(booking.email);
      expect(mail.subject).toBe(`Réservation non confirmée – ${GITE}`);
      const text = spaced(mail.text);
      expect(text).toContain("Votre réservation n'a pas été confirmée");
      expect(text).toContain(`Les nuits que nous vous avions réservées à « ${GITE} », du samedi 17 juillet 2027 au samedi 24 juillet 2027, ont donc été libérées.`);
      expect(text).toContain('Vous pouvez réserver de nouveau');
      const outbox = await until('the email sent', async () => {
        const rows = await outboxOf(booking.dossierId);
        return rows.length > 0 && rows.every((r) => r.status === 'SENT') && rows;
      });
      expect(outbox.map((r) => [r.kind, r.recipient])).toEqual([['BOOKING_EXPIRED', 'GUEST']]);
    });

    it('writes in the owner’s language when the owner does not write in the guest’s', async () => {
      const gite = await payingGite();
      await ok('mutation { setEmailSettings(input: { languages: [FR] }) { languages } }', {}, gite.owner.token);
      const booking = await book(gite, 'EN', 'Jones');
      await expire(booking);

      const [mail] = await received(booking.email);
      expect(mail.subject).toBe(`Réservation non confirmée – ${GITE}`);
    });

    it('queues one email however often the expiry is seen', async () => {
      const gite = await payingGite();
      const booking = await book(gite, 'EN', 'Twice');
      await expire(booking);
      await received(booking.email);

      const expired = (await eventsOf(booking)).find((e) => e.type === 'GuestBookingExpired');
      if (!expired) throw new Error('the booking did not expire');
      const policy = t.app.get(BookingEmailsPolicy);
      await policy.react(decoded(expired, guestBookingEvents.decode(expired)));
      await policy.react(decoded(expired, guestBookingEvents.decode(expired)));
      // Time for a second email to be queued, shown and sent, were there one.
      await new Promise((resolve) => setTimeout(resolve, 500));

      expect((await outboxOf(booking.dossierId)).map((r) => r.kind)).toEqual(['BOOKING_EXPIRED']);
      expect(sink.received.filter((m) => addressesOf(m).includes(booking.email))).toHaveLength(1);
    });
  });

  describe('a booking paid in time', () => {
    it('confirms the booking and the payment in the guest’s language, and tells the owner in the owner’s', async () => {
      const gite = await payingGite();
      const booking = await book(gite, 'EN', 'Brown', '2027-07-03', '2027-07-10');
      if (!booking.paymentUrl) throw new Error('no payment page');
      const paid = await fetch(`${booking.paymentUrl}/pay`, { method: 'POST', redirect: 'manual' });
      expect(paid.status).toBe(303);

      const emails = await until('the file’s emails sent', async () => {
        const all = await emailsOf(t, gite.owner.token, booking.dossierId);
        const kinds = new Set(all.filter((e) => e.status === 'SENT').map((e) => `${e.kind}:${e.recipient}:${e.copy}`));
        return ['DOSSIER_DOCUMENT:GUEST:false', 'PAYMENT_RECEIVED:GUEST:false', 'OWNER_NEW_BOOKING:OWNER:false'].every((k) => kinds.has(k)) && all;
      });
      const subjectOf = (kind: string, recipient: string) => emails.find((e) => e.kind === kind && e.recipient === recipient && !e.copy)?.subject;
      expect(subjectOf('DOSSIER_DOCUMENT', 'GUEST')).toMatch(/^Rental (proposal|contract) no\. \d+$/);
      expect(subjectOf('PAYMENT_RECEIVED', 'GUEST')).toMatch(/^Payment received – booking no\. \d+$/);
      expect(subjectOf('OWNER_NEW_BOOKING', 'OWNER')).toMatch(/^Nouvelle réservation en ligne n° \d+ – Alex Brown$/);

      const toGuest = await received(booking.email, 2);
      const document = toGuest.find((m) => m.subject?.startsWith('Rental'));
      expect(spaced(document?.text)).toContain('Saturday 3 July 2027');
      expect(document?.attachments[0]?.filename).toMatch(/^(proposal|contract)-\d+\.pdf$/);
    });
  });

  describe('a late payment for nights someone else took meanwhile', () => {
    it('tells the guest it is refunded in full, and the owner that a late payment was given back', async () => {
      const gite = await payingGite();
      const booking = await book(gite, 'EN', 'Late', '2027-07-24', '2027-07-31');
      await expire(booking);
      await ok(CREATE_DOSSIER, dossierInput(gite, '2027-07-24', '2027-07-31', 50_000, 'Autre'), gite.owner.token);
      await providerSays(gite, booking.dossierId, 15_000);

      const refund = (await received(booking.email, 2)).find((m) => m.subject === `Your payment is refunded – ${GITE}`);
      const text = spaced(refund?.text);
      expect(text).toContain('Your payment of €150.00 reached us after the time to pay had run out');
      expect(text).toContain('from Saturday 24 July 2027 to Saturday 31 July 2027 at La Grange had been booked by someone else');
      expect(text).toContain('your payment is refunded in full');

      const [notice] = await received(gite.owner.email, 1, (m) => m.subject?.startsWith('Paiement tardif remboursé') ?? false);
      expect(notice.subject).toBe('Paiement tardif remboursé – Alex Late');
      expect(notice.replyTo?.text).toBe(booking.email);
      const said = spaced(notice.text);
      expect(said).toContain('Alex Late a payé en ligne 150,00 € après le délai prévu');
      expect(said).toContain('du samedi 24 juillet 2027 au samedi 31 juillet 2027 à « La Grange »');
      expect(said).toContain('le paiement est intégralement remboursé');
      expect((await outboxOf(booking.dossierId)).map((r) => `${r.kind}:${r.recipient}`)).toEqual(['BOOKING_EXPIRED:GUEST', 'LATE_PAYMENT_REFUNDED:GUEST', 'OWNER_LATE_PAYMENT_REFUNDED:OWNER']);
    });
  });

  describe('a payment the booking refuses, given back', () => {
    it('tells a guest who paid twice that the second payment is refunded and the booking unchanged, in French', async () => {
      const gite = await payingGite();
      const booking = await book(gite, 'FR', 'Double', '2027-07-10', '2027-07-17');
      if (!booking.paymentUrl) throw new Error('no payment page');
      expect((await fetch(`${booking.paymentUrl}/pay`, { method: 'POST', redirect: 'manual' })).status).toBe(303);
      await until('the booking paid', async () => (await eventsOf(booking)).some((e) => e.type === 'GuestBookingPaid'));
      await providerSays(gite, booking.dossierId, 15_000);

      const [refund] = await received(booking.email, 1, (m) => m.subject === `Paiement en double remboursé – ${GITE}`);
      const text = spaced(refund.text);
      expect(text).toContain('Nous avons reçu un paiement de 150,00 € pour votre réservation à « La Grange », du samedi 10 juillet 2027 au samedi 17 juillet 2027');
      expect(text).toContain("alors qu'un paiement avait déjà été reçu pour elle");
      expect(text).toContain('Remboursé');
      const rejected = (await eventsOf(booking)).filter((e) => e.type === 'GuestPaymentRejected');
      expect(rejected.map((e) => (e.data as { reason: string }).reason)).toEqual(['ALREADY_PAID']);
      expect((await outboxOf(booking.dossierId)).filter((r) => r.kind === 'DUPLICATE_PAYMENT_REFUNDED').map((r) => r.recipient)).toEqual(['GUEST']);
    });

    it('writes to the address the owner corrected on the file since the booking', async () => {
      const gite = await payingGite();
      const booking = await book(gite, 'FR', 'Typo', '2027-07-03', '2027-07-10');
      if (!booking.paymentUrl) throw new Error('no payment page');
      expect((await fetch(`${booking.paymentUrl}/pay`, { method: 'POST', redirect: 'manual' })).status).toBe(303);
      await until('the file opened', async () => (await eventsOf(booking)).some((e) => e.type === 'GuestBookingOpened'));
      const corrected = `corrected.${randomUUID().slice(0, 8)}@example.org`;
      await ok('mutation($id: ID!, $guest: GuestInput!) { changeDossierGuest(id: $id, guest: $guest) { id } }', { id: booking.dossierId, guest: { firstName: 'Alex', lastName: 'Typo', email: corrected } }, gite.owner.token);

      await providerSays(gite, booking.dossierId, 15_000);

      await received(corrected, 1, (m) => m.subject === `Paiement en double remboursé – ${GITE}`);
      expect(sink.received.filter((m) => addressesOf(m).includes(booking.email) && m.subject === `Paiement en double remboursé – ${GITE}`)).toEqual([]);
    });

    it('tells a guest whose payment was not the amount asked that it is refunded and confirms nothing, in English', async () => {
      const gite = await payingGite();
      const booking = await book(gite, 'EN', 'Short', '2027-07-10', '2027-07-17');
      await providerSays(gite, booking.dossierId, 10_000);

      const [refund] = await received(booking.email, 1, (m) => m.subject === `Payment refunded – ${GITE}`);
      const text = spaced(refund.text);
      expect(text).toContain('The payment of €100.00 received for your booking at La Grange, from Saturday 10 July 2027 to Saturday 17 July 2027, is not the amount asked for.');
      expect(text).toContain('so it does not confirm your booking');
      expect((await eventsOf(booking)).some((e) => e.type === 'GuestBookingPaid')).toBe(false);
    });
  });
});

describe('an email about an online booking that has no file', () => {
  const content = (kind: (typeof BOOKING_EMAIL_KINDS)[number], lang: (typeof LANGS)[number]) =>
    emailContent({
      kind,
      lang,
      copy: false,
      sender: 'Gîte <Lilas>',
      booking: { guestName: 'Marie\nDupont', guestEmail: 'marie@example.org', guestPhone: null, accommodationName: 'Grange <b>', arrival: '2027-07-17', departure: '2027-07-24' },
      refund: { cents: 15_000, currency: 'EUR' },
      footer: ['Gîte des Lilas'],
    });

  describe.each(LANGS)('in %s', (lang) => {
    it.each(BOOKING_EMAIL_KINDS)('writes %s on one subject line, with what the guest and the owner typed escaped in the HTML', (kind) => {
      const { subject, html, text } = content(kind, lang);
      expect(subject).not.toMatch(/[\r\n]/);
      expect(html).toContain('Grange &lt;b&gt;');
      expect(html).not.toContain('<b>');
      expect(html).toContain('Gîte &lt;Lilas&gt;');
      expect(text).toContain('Marie Dupont');
    });
  });
});
